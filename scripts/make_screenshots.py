"""Screenshots for the user guide, made from the real plugin on the bundled sample data (needs a display).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/make_screenshots.py [--lang ru]

Writes into docs/images/ (English) or docs/images/ru/ (Russian, from resources/i18n/tailings_ru.ts,
compiled into a temporary folder with lrelease):

- toolbox.png: the Tailings provider in the Processing toolbox;
- dialog_hazard_screening.png, dialog_downstream_impact.png: the algorithms' Processing dialogs,
  filled in as in the guide's walkthrough;
- dock_hazard.png: the facility panel with the hazard-screening section of a facility;
- map_page.png: the meeting map page tailings:exportimpactmaps writes for that facility;
- report.png: the top of the HTML report of tailings:exportreport, rendered with QtWebKit.

The algorithms run first (hazard screening, downstream impact for all 81 sites, one map page, the
report) in a temporary folder, exactly as in the walkthrough, so every picture shows current results.
With --dock (English only) it also runs scripts/screenshot_dock.py, which makes facility_dock.png and
facility_dock_panel.png; --no-map skips map_page.png. Images are scaled down so that each PNG stays below --max-kb.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
SAMPLE = ROOT / "resources" / "sample_data" / "kazakhstan.gpkg"
FACILITY = "KZ-ICMM06886"  # Ust Kamenogorsk Pb smelter on the Irtysh; its release reaches Russia
LANGUAGES = ("en", "ru")


def pump(seconds: float = 0.3) -> None:
    from qgis.PyQt.QtCore import QCoreApplication

    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


class Iface:
    """The few QgisInterface calls that Processing's dialogs and the facility panel make."""

    def __init__(self, window, canvas):
        from qgis.gui import QgsBrowserGuiModel, QgsMessageBar

        self.window, self.canvas = window, canvas
        self.bar = QgsMessageBar(window)
        self.browser = QgsBrowserGuiModel()
        self.browser.initialize()

    def mapCanvas(self):
        return self.canvas

    def mainWindow(self):
        return self.window

    def messageBar(self):
        return self.bar

    def browserModel(self):
        return self.browser

    def activeLayer(self):
        return None

    def layerTreeView(self):
        return None

    def openFeatureForm(self, *args):
        return None


def compile_translation(lang: str, folder: Path) -> Path | None:
    """resources/i18n/tailings_<lang>.ts compiled to ``folder`` (the repository is not written)."""
    if lang == "en":
        return None
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        raise SystemExit("lrelease not found (Debian: apt install qttools5-dev-tools)")
    qm = folder / f"tailings_{lang}.qm"
    ts = ROOT / "resources" / "i18n" / f"tailings_{lang}.ts"
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def qgis_translator(lang: str):
    """QGIS's own translation (/usr/share/qgis/i18n/qgis_<lang>.qm) installed, or None."""
    if lang == "en":
        return None
    from qgis.core import QgsApplication
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    translator = QTranslator()
    folder = Path(QgsApplication.i18nPath())
    if not translator.load(f"qgis_{lang}", str(folder)):
        print(f"  QGIS's own {lang} translation not found in {folder}: its buttons stay in English")
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def save_png(image_or_widget, path: Path, max_kb: int, max_width: int = 1400) -> Path:
    """Save a QImage/QPixmap (or a widget's grab), scaled down until the file is below ``max_kb``."""
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtGui import QImage, QPixmap

    image = image_or_widget
    if not isinstance(image, (QImage, QPixmap)):
        image = image_or_widget.grab()
    if isinstance(image, QPixmap):
        image = image.toImage()
    image = image.convertToFormat(QImage.Format_RGB888)
    width = min(image.width(), max_width)
    while True:
        scaled = image if width == image.width() else image.scaledToWidth(width, Qt.SmoothTransformation)
        scaled.save(str(path), "PNG", 9)
        if path.stat().st_size <= max_kb * 1024 or width < 500:
            break
        width = int(width * 0.85)
    print(
        f"  {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {scaled.width()}×{scaled.height()}, "
        f"{path.stat().st_size // 1024} KB"
    )
    return path


class Session:
    """QGIS with a GUI, Processing, the Tailings provider and the sample layers in a project."""

    def __init__(self, lang: str, work: Path):
        from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
        from qgis.gui import QgsMapCanvas
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QMainWindow

        self.lang, self.work = lang, work
        self.app = QgsApplication([], True)
        self.app.initQgis()
        sys.path.append("/usr/share/qgis/python/plugins")
        self.window = QMainWindow()
        self.window.resize(1500, 950)
        self.canvas = QgsMapCanvas(self.window)
        self.canvas.setCanvasColor(Qt.white)
        self.window.setCentralWidget(self.canvas)
        self.iface = Iface(self.window, self.canvas)
        import qgis.utils

        qgis.utils.iface = self.iface  # processing.gui modules read it when imported
        from processing.core.Processing import Processing

        Processing.initialize()
        from tailings_qgis_plugin import i18n

        qm = compile_translation(lang, work)
        if qm is not None:
            i18n.qm_path = lambda language, _qm=qm: _qm if language == lang else work / "none.qm"
        self._qgis_translator = qgis_translator(lang)  # QGIS's own strings (Run, Close, [optional] ...)
        used = i18n.install_translator(lang)
        if used != lang:
            raise SystemExit(f"the {lang} translation could not be loaded")
        from tailings_qgis_plugin.plugin import SAMPLE_LAYERS
        from tailings_qgis_plugin.processing_algorithms.provider import TailingsProvider

        self.provider = TailingsProvider()  # keep a reference: the registry only borrows it
        QgsApplication.processingRegistry().addProvider(self.provider)
        self.project = QgsProject.instance()
        self.layers = {}
        for table, title in SAMPLE_LAYERS:
            layer = QgsVectorLayer(f"{SAMPLE}|layername={table}", i18n.tr(title), "ogr")
            if not layer.isValid():
                raise SystemExit(f"cannot open {table} in {SAMPLE}")
            self.layers[table] = layer
        self.project.addMapLayers(list(self.layers.values()))

    def source(self, table: str) -> str:
        return f"{SAMPLE}|layername={table}"

    def run(self, alg_id: str, params: dict) -> dict:
        import processing
        from qgis.core import QgsProcessingFeedback

        started = time.perf_counter()
        result = processing.run(alg_id, params, feedback=QgsProcessingFeedback())
        print(f"  ran {alg_id} in {time.perf_counter() - started:.1f} s")
        return result

    def close(self) -> None:
        import gc

        import qgis.utils

        self.canvas.setLayers([])
        self.project.clear()
        self.window.close()
        pump(0.2)
        qgis.utils.iface = None
        self.iface = self.canvas = self.window = self.layers = None
        QgsApplication = type(self.app)
        QgsApplication.processingRegistry().removeProvider(self.provider)
        self.provider = None
        gc.collect()
        pump(0.2)
        self.app.exitQgis()


# --- the walkthrough's parameters (the same values the guide prints) ------------------------------------------
def hazard_params(s: Session, output: str) -> dict:
    return {
        "FACILITIES": s.source("facilities"),
        "FACILITY_ID_FIELD": "facility_id",
        "VOLUME_FIELD": "scenario_volume_m3",
        "HEIGHT_FIELD": "scenario_dam_height_m",
        "SETTLEMENTS": s.source("settlements"),
        "POPULATION_FIELD": "population",
        "RIVERS": s.source("rivers"),
        "OUTPUT": output,
    }


def impact_params(s: Session, folder: Path) -> dict:
    return {
        "FACILITIES": s.source("facilities"),
        "FACILITY_ID_FIELD": "facility_id",
        "RIVERS": s.source("rivers"),
        "DIRECTION": 0,
        "SNAP_DISTANCE": 100000,
        "LAKES": s.source("lakes"),
        "SETTLEMENTS": s.source("settlements"),
        "SETTLEMENT_NAME_FIELD": "name",
        "POPULATION_FIELD": "population",
        "COUNTRIES": s.source("countries"),
        "COUNTRY_FIELD": "adm0_a3",
        "CORRIDOR": 5000,
        "VELOCITY_SOURCE": 0,
        "VELOCITY": 1.0,
        "PATHWAYS": str(folder / "pathways.gpkg"),
        "EXPOSED": str(folder / "exposed.gpkg"),
        "CROSSINGS": str(folder / "crossings.gpkg"),
        "SUMMARY": str(folder / "summary.gpkg"),
    }


def with_language(s: Session, alg_id: str, params: dict) -> dict:
    """Add LANGUAGE (the output language of the export algorithms) when the algorithm has it."""
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    if alg is not None and alg.parameterDefinition("LANGUAGE") is not None:
        from tailings_qgis_plugin.i18n import LANGUAGES as CODES

        params = dict(params, LANGUAGE=CODES.index(s.lang))
    return params


def run_walkthrough(s: Session) -> dict:
    """The guide's chain in s.work: hazard screening, downstream impact, one map page, the report."""
    w = s.work
    hazard = str(w / "hazard.gpkg")
    s.run("tailings:hazardscreening", hazard_params(s, hazard))
    s.run("tailings:downstreamimpact", impact_params(s, w))
    maps = w / "maps"
    s.run(
        "tailings:exportimpactmaps",
        with_language(
            s,
            "tailings:exportimpactmaps",
            {
                "FACILITIES": hazard,
                "PATHWAYS": str(w / "pathways.gpkg"),
                "EXPOSED": str(w / "exposed.gpkg"),
                "CROSSINGS": str(w / "crossings.gpkg"),
                "FACILITY_IDS": FACILITY,
                "FORMAT": 2,
                "DPI": 110,
                "OUTPUT_FOLDER": str(maps),
            },
        ),
    )
    s.run(
        "tailings:exportreport",
        with_language(
            s,
            "tailings:exportreport",
            {
                "FACILITIES": hazard,
                "SUMMARY": str(w / "summary.gpkg"),
                "EXPOSED": str(w / "exposed.gpkg"),
                "CROSSINGS": str(w / "crossings.gpkg"),
                "MAPS_FOLDER": str(maps),
                "OUTPUT_HTML": str(w / "report.html"),
            },
        ),
    )
    return {"hazard": hazard, "map": maps / f"{FACILITY}.png", "report": w / "report.html"}


# --- pictures ---------------------------------------------------------------------------------------------------
def shot_toolbox(s: Session, out: Path, max_kb: int) -> None:
    from qgis.core import QgsApplication
    from qgis.gui import QgsProcessingToolboxProxyModel, QgsProcessingToolboxTreeView

    registry = QgsApplication.processingRegistry()
    view = QgsProcessingToolboxTreeView(None, registry)
    view.setHeaderHidden(True)
    proxy = QgsProcessingToolboxProxyModel(view, registry)
    proxy.setFilters(QgsProcessingToolboxProxyModel.FilterToolbox)
    view.setToolboxProxyModel(proxy)
    source = proxy.toolboxModel()
    root = proxy.mapFromSource(source.indexForProvider("tailings"))
    if not root.isValid():
        raise SystemExit("the Tailings provider is not in the toolbox model")
    view.setRootIndex(root)
    view.expandAll()
    view.resize(760, 240)
    view.show()
    pump(0.5)
    save_png(view, out / "toolbox.png", max_kb)
    view.close()


def shot_dialog(s: Session, alg_id: str, params: dict, out: Path, name: str, max_kb: int, scroll_to=None):
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.core import QgsApplication

    alg = QgsApplication.processingRegistry().createAlgorithmById(alg_id)
    dialog = AlgorithmDialog(alg, parent=s.window)
    outputs = {d.name() for d in alg.destinationParameterDefinitions()}
    dialog.setParameters({k: v for k, v in params.items() if k not in outputs})  # outputs: temporary
    dialog.show()
    pump(0.5)
    dialog.resize(1400, 980)  # after show(): the dialog restores its saved geometry when shown
    pump(0.5)
    if scroll_to is not None:
        scroll_dialog(dialog, scroll_to)
    save_png(dialog, out / name, max_kb)
    dialog.close()
    dialog.deleteLater()
    pump(0.2)


def scroll_dialog(dialog, parameter: str) -> None:
    """Scroll the parameter panel so that ``parameter``'s label is at the top."""
    from qgis.PyQt.QtCore import QPoint
    from qgis.PyQt.QtWidgets import QScrollArea

    panel = dialog.mainWidget()
    wrapper = getattr(panel, "wrappers", {}).get(parameter)
    area = panel.findChild(QScrollArea)
    if wrapper is None or area is None:
        print(f"  cannot scroll the dialog to {parameter}")
        return
    label = getattr(wrapper, "wrappedLabel", lambda: None)() or getattr(wrapper, "label", None)
    target = label if label is not None else wrapper.wrappedWidget()
    y = target.mapTo(area.widget(), QPoint(0, 0)).y()
    area.verticalScrollBar().setValue(max(0, y - 8))
    pump(0.3)


def dialog_layers(s: Session, params: dict) -> dict:
    """The parameters with the sample sources replaced by the project layers (as a user picks them)."""
    by_source = {s.source(t): layer for t, layer in s.layers.items()}
    return {k: by_source.get(v, v) if isinstance(v, str) else v for k, v in params.items()}


def shot_dock(s: Session, results: dict, out: Path, max_kb: int) -> None:
    from qgis.core import QgsVectorLayer
    from qgis.PyQt.QtCore import Qt
    from screenshot_dock import _style

    from tailings_qgis_plugin.gui.dock import FacilityDock
    from tailings_qgis_plugin.i18n import tr

    layers = dict(s.layers)
    _style(layers)
    hazard = QgsVectorLayer(results["hazard"], tr("Hazard screening"), "ogr")
    added = [hazard]
    for name, title in (
        ("summary", tr("Impact summary")),
        ("exposed", tr("Exposed settlements and receptors")),
        ("crossings", tr("Border crossings")),
    ):
        added.append(QgsVectorLayer(str(s.work / f"{name}.gpkg"), title, "ogr"))
    s.project.addMapLayers(added)
    facilities = layers["facilities"]
    s.canvas.setLayers([*reversed(added), *reversed(list(layers.values()))])
    s.canvas.setDestinationCrs(facilities.crs())
    dock = FacilityDock(s.iface, s.window)
    s.window.addDockWidget(Qt.RightDockWidgetArea, dock)
    dock.set_layer(facilities)
    s.window.show()
    pump(0.5)
    if not dock.show_facility_id(FACILITY):
        raise SystemExit(f"no facility {FACILITY} in the panel")
    dock.resize(560, 950)
    dock.ui.splitter.setSizes([150, 700])
    pump(0.5)
    dock.ui.facilityList.scrollTo(dock.ui.facilityList.currentIndex())
    dock.ui.cardBrowser.scrollToAnchor("hazard")
    pump(0.3)
    save_png(dock, out / "dock_hazard.png", max_kb)
    dock.close_panel()
    s.window.removeDockWidget(dock)
    dock.deleteLater()
    pump(0.2)


def shot_map(results: dict, out: Path, max_kb: int) -> None:
    from qgis.PyQt.QtGui import QImage

    image = QImage(str(results["map"]))
    if image.isNull():
        raise SystemExit(f"the map page {results['map']} was not written")
    save_png(image, out / "map_page.png", max_kb, max_width=1280)


def shot_report(results: dict, out: Path, max_kb: int) -> None:
    """The top of the HTML report, as a browser shows it (QtWebKit, as in QGIS's own HTML items)."""
    try:
        from qgis.PyQt.QtCore import QSize, QUrl
        from qgis.PyQt.QtGui import QImage, QPainter
        from qgis.PyQt.QtWebKitWidgets import QWebPage
    except ImportError:
        print("  report.png skipped: QtWebKit is not installed (python3-pyqt5.qtwebkit)")
        return
    page = QWebPage()
    done = []
    page.mainFrame().loadFinished.connect(done.append)
    size = QSize(1260, 820)
    page.setViewportSize(size)
    page.mainFrame().setZoomFactor(0.8)  # the summary table is wider than the page body
    page.mainFrame().load(QUrl.fromLocalFile(str(results["report"])))
    end = time.time() + 60
    while not done and time.time() < end:
        pump(0.1)
    wide = page.mainFrame().contentsSize().width()  # the summary table may be wider than the body
    size = QSize(min(max(wide + 20, 1000), 1700), size.height())
    page.setViewportSize(size)
    pump(0.3)
    image = QImage(size, QImage.Format_RGB32)
    image.fill(0xFFFFFF)
    painter = QPainter(image)
    page.mainFrame().render(painter)
    painter.end()
    save_png(image, out / "report.png", max_kb)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGUAGES, default="en", help="interface language (default en)")
    parser.add_argument("--out", help="image folder (default docs/images, or docs/images/ru for --lang ru)")
    parser.add_argument("--max-kb", type=int, default=380, help="largest PNG size in KB (default 380)")
    parser.add_argument("--dock", action="store_true", help="also run scripts/screenshot_dock.py (English)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary results folder")
    parser.add_argument("--no-map", action="store_true", help="do not write map_page.png")
    args = parser.parse_args(argv)
    out = Path(args.out) if args.out else ROOT / "docs" / "images" / ("" if args.lang == "en" else args.lang)
    out = out.resolve()
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="tailings_shots_"))
    print(f"results in {work}, images in {out}")
    s = Session(args.lang, work)
    try:
        results = run_walkthrough(s)
        shot_toolbox(s, out, args.max_kb)
        hazard = dialog_layers(s, hazard_params(s, str(work / "hazard_screening.gpkg")))
        shot_dialog(s, "tailings:hazardscreening", hazard, out, "dialog_hazard_screening.png", args.max_kb)
        impact = dialog_layers(s, impact_params(s, work))
        shot_dialog(s, "tailings:downstreamimpact", impact, out, "dialog_downstream_impact.png", args.max_kb)
        shot_dialog(
            s,
            "tailings:downstreamimpact",
            impact,
            out,
            "dialog_downstream_impact_2.png",
            args.max_kb,
            scroll_to="LAKES",
        )
        shot_dock(s, results, out, args.max_kb)
        if not args.no_map:
            shot_map(results, out, args.max_kb)
        shot_report(results, out, args.max_kb)
    finally:
        s.close()
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.dock:
        if args.lang != "en":
            print("--dock: scripts/screenshot_dock.py makes English pictures only; skipped")
        else:
            subprocess.run(
                [
                    sys.executable,
                    str(ROOT / "scripts" / "screenshot_dock.py"),
                    "--out",
                    str(out / "facility_dock.png"),
                ],
                check=True,
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
