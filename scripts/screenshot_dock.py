"""Screenshot of the facility dock panel with the bundled sample data (needs a display: use Xvfb).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshot_dock.py \
        [--facility KZ-ICMM06886] [--search Усть-Каменогорск] [--out docs/images/facility_dock.png]

Opens the sample layers in a small main window (map canvas + the panel), runs the plugin's
hazard screening on all sites and its downstream impact for the chosen facility when those
algorithms are available (the panel itself computes nothing), chooses the facility in the
panel, zooms to it and saves a PNG of the window and one of the panel alone.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "resources" / "sample_data" / "kazakhstan.gpkg"
DEFAULT_FACILITY = "KZ-ICMM06886"  # Ust Kamenogorsk Pb smelter, on the Irtysh: drains on into Russia
DEFAULT_SEARCH = "Усть-Каменогорск"


class Iface:
    """The QgisInterface calls the panel uses, on a plain main window."""

    def __init__(self, window, canvas):
        from qgis.gui import QgsMessageBar

        self.window, self.canvas = window, canvas
        self.bar = QgsMessageBar(window)

    def mapCanvas(self):
        return self.canvas

    def mainWindow(self):
        return self.window

    def messageBar(self):
        return self.bar

    def openFeatureForm(self, *args):
        return None


def pump(seconds=0.3):
    from qgis.PyQt.QtCore import QCoreApplication

    end = time.time() + seconds
    while time.time() < end:
        QCoreApplication.processEvents()
        time.sleep(0.01)


def run_analyses(layers, facility_layer, fid):
    """Hazard screening (all sites) and downstream impact (one site), if the algorithms are there."""
    import processing
    from qgis.core import (
        QgsApplication,
        QgsProcessingContext,
        QgsProcessingFeatureSourceDefinition,
        QgsProcessingFeedback,
        QgsProject,
    )

    from tailings_qgis_plugin.processing_algorithms.provider import TailingsProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("tailings") is None:
        # keep a reference: a provider object collected by Python takes its algorithms with it
        run_analyses.provider = TailingsProvider()
        registry.addProvider(run_analyses.provider)
    added = []
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    feedback = QgsProcessingFeedback()
    try:
        result = processing.run(
            "tailings:hazardscreening",
            {
                "FACILITIES": facility_layer,
                "FACILITY_ID_FIELD": "facility_id",
                "VOLUME_FIELD": "scenario_volume_m3",
                "HEIGHT_FIELD": "scenario_dam_height_m",
                "RIVERS": layers["rivers"],
                "SETTLEMENTS": layers["settlements"],
                "POPULATION_FIELD": "population",
                "SNAP_DISTANCE": 100000,
                "OUTPUT": "TEMPORARY_OUTPUT",
            },
            context=context,
            feedback=feedback,
        )
        layer = _result_layer(context, result["OUTPUT"])
        layer.setName("Hazard screening")
        added.append(layer)
    except Exception as exc:
        print(f"hazard screening not run: {exc}")
    alg_id = "tailings:downstreamimpact"
    facility_layer.selectByIds([fid])
    params = {
        "FACILITIES": QgsProcessingFeatureSourceDefinition(facility_layer.id(), selectedFeaturesOnly=True),
        "FACILITY_ID_FIELD": "facility_id",
        "RIVERS": layers["rivers"],
        "LAKES": layers["lakes"],
        "SETTLEMENTS": layers["settlements"],
        "SETTLEMENT_NAME_FIELD": "name",
        "POPULATION_FIELD": "population",
        "COUNTRIES": layers["countries"],
        "COUNTRY_FIELD": "name",
        "SNAP_DISTANCE": 100000,
    }
    outputs = {"EXPOSED": "Exposed places", "CROSSINGS": "Border crossings", "SUMMARY": "Impact summary"}
    outputs["PATHWAYS"] = "Pathway"
    for key in outputs:
        params[key] = "TEMPORARY_OUTPUT"
    try:
        result = processing.run(alg_id, params, context=context, feedback=feedback)
        for key, title in outputs.items():
            layer = _result_layer(context, result[key])
            if layer is not None:
                layer.setName(title)
                added.append(layer)
    except Exception as exc:
        print(f"downstream impact not run: {exc}")
    return added


def _result_layer(context, value):
    """processing.run gives a layer object or a layer id, depending on the QGIS version."""
    from qgis.core import QgsMapLayer

    if isinstance(value, QgsMapLayer):
        return value
    return context.takeResultLayer(value)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facility", default=DEFAULT_FACILITY, help="facility id or name")
    parser.add_argument("--search", default=DEFAULT_SEARCH, help="text typed in the search box")
    parser.add_argument("--out", default=str(ROOT / "docs" / "images" / "facility_dock.png"))
    parser.add_argument("--no-analysis", action="store_true", help="do not run the algorithms first")
    args = parser.parse_args(argv)

    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import Qt
    from qgis.PyQt.QtWidgets import QMainWindow

    app = QgsApplication([], True)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from tailings_qgis_plugin.gui.dock import FacilityDock
    from tailings_qgis_plugin.i18n import install_translator

    install_translator("en")

    window = QMainWindow()
    window.resize(1500, 950)
    canvas = QgsMapCanvas(window)
    canvas.setCanvasColor(Qt.white)
    window.setCentralWidget(canvas)
    iface = Iface(window, canvas)

    project = QgsProject.instance()
    layers = {}
    for name in ("countries", "lakes", "rivers", "settlements", "facilities"):
        layer = QgsVectorLayer(f"{SAMPLE}|layername={name}", name.capitalize(), "ogr")
        if not layer.isValid():
            raise SystemExit(f"cannot open {name} in {SAMPLE}")
        layers[name] = layer
    project.addMapLayers(list(layers.values()))
    facilities = layers["facilities"]
    _style(layers)

    target = None
    for feature in facilities.getFeatures():
        if args.facility in (feature["facility_id"], feature["name"]):
            target = feature.id()
            break
    if target is None:
        raise SystemExit(f"no facility {args.facility!r} in the sample")

    outputs = [] if args.no_analysis else run_analyses(layers, facilities, target)
    project.addMapLayers(outputs)
    canvas.setLayers([*reversed(outputs), *reversed(list(layers.values()))])
    canvas.setDestinationCrs(facilities.crs())

    dock = FacilityDock(iface, window)
    window.addDockWidget(Qt.RightDockWidgetArea, dock)
    window.resizeDocks([dock], [560], Qt.Horizontal)
    dock.set_layer(facilities)
    window.show()
    pump(0.3)
    dock.show_facility(target)
    dock.ui.searchEdit.setText(args.search)
    dock.ui.splitter.setSizes([140, 700])
    canvas.setExtent(facilities.getFeature(target).geometry().boundingBox().buffered(4.0))
    canvas.refresh()
    pump(1.0)
    canvas.waitWhileRendering()
    dock.zoom_to_facility()
    canvas.zoomScale(6_000_000)
    canvas.refresh()
    canvas.waitWhileRendering()
    pump(1.5)

    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    window.grab().save(str(out))
    # the panel alone, its card scrolled to the downstream results
    panel = out.with_name(out.stem + "_panel" + out.suffix)
    dock.ui.searchEdit.clear()
    dock.ui.splitter.setSizes([220, 620])
    dock.ui.cardBrowser.scrollToAnchor("downstream")
    pump(0.3)
    dock.grab().save(str(panel))
    print(f"saved {out} and {panel}")
    dock.close_panel()
    window.removeDockWidget(dock)
    dock.deleteLater()
    canvas.setLayers([])
    project.clear()
    pump(0.2)
    del dock, window, canvas, iface
    app.exitQgis()
    return 0


def _style(layers):
    from qgis.core import QgsMarkerSymbol, QgsSingleSymbolRenderer

    layers["facilities"].setRenderer(
        QgsSingleSymbolRenderer(
            QgsMarkerSymbol.createSimple(
                {"name": "triangle", "color": "#d7301f", "size": "3.2", "outline_color": "#000000"}
            )
        )
    )
    layers["settlements"].setRenderer(
        QgsSingleSymbolRenderer(
            QgsMarkerSymbol.createSimple({"name": "circle", "color": "#555555", "size": "1.2"})
        )
    )
    layers["rivers"].renderer().symbol().setColor(_color("#2b8cbe"))
    layers["lakes"].renderer().symbol().setColor(_color("#a6d8f0"))
    layers["countries"].renderer().symbol().setColor(_color("#f4f1e8"))


def _color(text):
    from qgis.PyQt.QtGui import QColor

    return QColor(text)


if __name__ == "__main__":
    sys.exit(main())
