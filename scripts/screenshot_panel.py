"""Screenshots of the facility panel on the sample project, as a user gets there (needs Xvfb).

    xvfb-run -a -s "-screen 0 1600x1000x24" env QT_QPA_PLATFORM=xcb .venv/bin/python \
        scripts/screenshot_panel.py [--language ru] [--search Лениногорск] [--out docs/images/panel_profile.png]

Opens a copy of resources/sample_data/kazakhstan.qgz in a main window (map canvas + the panel), types
the search, chooses the facility, presses Analyse, accepts the snap-distance offer (second run), zooms
to the pathway and saves the window and the panel alone (card at the downstream section, profile below),
plus the comparison table.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))


def pump(seconds=0.3, until=None):
    from qgis.PyQt.QtCore import QCoreApplication

    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        if until is not None and until():
            return True
        time.sleep(0.01)
    return until() if until is not None else True


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--search", default="Лениногорск")
    parser.add_argument("--language", default="en", choices=("en", "ru", "kk"))
    parser.add_argument("--out", default=None)
    args = parser.parse_args(argv)
    suffix = "" if args.language == "en" else f"_{args.language}"
    out = Path(args.out or ROOT / "docs" / "images" / f"panel_profile{suffix}.png")

    from qgis.core import QgsApplication, QgsProject
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QMainWindow
    from screenshot_dock import Iface

    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from tailings_qgis_plugin import i18n
    from tailings_qgis_plugin.processing_algorithms.provider import TailingsProvider

    provider = TailingsProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    work = Path(tempfile.mkdtemp(prefix="tailings_shot_"))
    if args.language != "en":
        import i18n as i18n_tool

        for ts in i18n_tool.I18N.glob("*.ts"):
            shutil.copy2(ts, work / ts.name)
        i18n_tool.compile_all(work)
        i18n.qm_path = lambda language: work / f"tailings_{language}.qm"
    i18n.install_translator(args.language)
    from tailings_qgis_plugin.gui.dock import FacilityDock

    for name in ("kazakhstan.qgz", "kazakhstan.gpkg"):
        shutil.copy2(ROOT / "resources" / "sample_data" / name, work / name)
    project = QgsProject.instance()
    project.read(str(work / "kazakhstan.qgz"))
    window = QMainWindow()
    window.resize(1500, 950)
    canvas = QgsMapCanvas(window)
    canvas.setCanvasColor(Qt.white)
    window.setCentralWidget(canvas)
    from qgis.gui import QgsLayerTreeMapCanvasBridge

    bridge = QgsLayerTreeMapCanvasBridge(project.layerTreeRoot(), canvas)
    canvas.setDestinationCrs(project.crs())
    canvas.setExtent(project.viewSettings().defaultViewExtent())
    iface = Iface(window, canvas)
    dock = FacilityDock(iface, window)
    dock.open_exported_files = False
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [470], Qt.Horizontal)
    window.show()
    pump(0.5)
    dock.ui.searchEdit.setText(args.search)
    dock.ui.facilityList.setCurrentIndex(dock.model.index(0, 0))
    dock.run_downstream()
    pump(120, lambda: not dock.launcher.running)
    pump(0.3)
    if dock.snap_hint.isVisible():
        dock.snap_hint.button.click()
        pump(120, lambda: not dock.launcher.running)
    pump(0.5)
    dock.zoom_to_facility()
    dock.ui.splitter.setSizes([60, 330, 420])
    dock.ui.cardBrowser.scrollToAnchor("downstream")
    canvas.refresh()
    canvas.waitWhileRendering()
    pump(2.0, lambda: dock.profile.figure is not None and False)
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    panel = out.with_name(out.stem + "_panel" + out.suffix)
    dock.grab().save(str(panel))
    dialog = dock.open_comparison()
    dialog.resize(1100, 500)
    pump(0.5)
    compare = out.with_name(f"comparison{suffix}.png")
    dialog.grab().save(str(compare))
    dialog.close()
    print(f"saved {out}, {panel}, {compare}")
    dock.close_panel()
    window.removeDockWidget(dock)
    dock.deleteLater()
    del bridge
    project.clear()
    pump(0.2)
    QgsApplication.processingRegistry().removeProvider(provider)
    app.exitQgis()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
