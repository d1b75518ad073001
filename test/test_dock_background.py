"""The facility dock panel: running algorithms in the background, and the plugin life cycle."""

from __future__ import annotations

import time

import pytest
from dock_helpers import _fid, _table_layer, _text
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterVectorLayer,
    QgsProcessingProvider,
    QgsProject,
)
from qgis.PyQt.QtCore import QCoreApplication

from conftest import SAMPLE_GPKG
from tailings_qgis_plugin.gui.dock import FacilityDock
from tailings_qgis_plugin.gui.facility_layers import EXPOSED, layer_role

pytestmark = pytest.mark.skipif(not SAMPLE_GPKG.is_file(), reason="sample GeoPackage not built")


# --- running an algorithm in the background ------------------------------------------------------------------


class _FakeDownstream(QgsProcessingAlgorithm):
    """Stands in for tailings:downstreamimpact: one output row per input facility."""

    def name(self):
        return "downstreamimpact"

    def displayName(self):
        return "Fake downstream impact"

    def createInstance(self):
        return _FakeDownstream()

    def initAlgorithm(self, config=None):
        self.addParameter(QgsProcessingParameterFeatureSource("FACILITIES", "Facilities"))
        self.addParameter(
            QgsProcessingParameterField(
                "FACILITY_ID_FIELD", "Id", parentLayerParameterName="FACILITIES", optional=True
            )
        )
        self.addParameter(QgsProcessingParameterFeatureSink("EXPOSED", "Exposed", QgsProcessing.TypeVector))

    def processAlgorithm(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, "FACILITIES", context)
        fields = _table_layer(
            "x",
            [
                ("facility_id", "text"),
                ("name", "text"),
                ("population", "int"),
                ("country", "text"),
                ("dist_km", "real"),
                ("arrival_h", "real"),
            ],
            [],
        ).fields()
        sink, dest = self.parameterAsSink(parameters, "EXPOSED", context, fields)
        for i, facility in enumerate(source.getFeatures()):
            feedback.setProgress(50)
            f = QgsFeature(fields)
            id_field = self.parameterAsString(parameters, "FACILITY_ID_FIELD", context) or "fid"
            f.setAttributes([str(facility[id_field]), f"Town {i}", 1000, "KZ", 12.0, 3.0])
            sink.addFeature(f)
        return {"EXPOSED": dest}


class _NeedsMore(_FakeDownstream):
    def displayName(self):
        return "Fake needing rivers"

    def name(self):
        return "needsmore"

    def createInstance(self):
        return _NeedsMore()

    def initAlgorithm(self, config=None):
        super().initAlgorithm(config)
        self.addParameter(QgsProcessingParameterVectorLayer("RIVERS", "Rivers"))


class _SlowDownstream(_FakeDownstream):
    """Runs for up to 10 s unless cancelled."""

    def name(self):
        return "slowdownstream"

    def createInstance(self):
        return _SlowDownstream()

    def processAlgorithm(self, parameters, context, feedback):
        for step in range(1000):
            if feedback.isCanceled():
                return {}
            feedback.setProgress(step / 10)
            time.sleep(0.01)
        return super().processAlgorithm(parameters, context, feedback)


class _TestProvider(QgsProcessingProvider):
    def id(self):
        return "tailingsdocktest"

    def name(self):
        return "dock test"

    def loadAlgorithms(self):
        self.addAlgorithm(_FakeDownstream())
        self.addAlgorithm(_NeedsMore())
        self.addAlgorithm(_SlowDownstream())


@pytest.fixture()
def test_provider(qgis_processing):
    registry = QgsApplication.processingRegistry()
    provider = _TestProvider()
    assert registry.addProvider(provider)
    yield provider
    registry.removeProvider(provider)


def test_run_downstream_in_background_adds_results(dock, facilities, test_provider):
    dock.downstream_alg_id = "tailingsdocktest:downstreamimpact"
    fid = _fid(facilities, "KZ-ICMM06858")
    dock.show_facility(fid)
    dock.update_actions()
    assert dock.ui.runButton.isEnabled()
    params = dock.facility_parameters(dock.downstream_alg_id)
    definition = params["FACILITIES"]
    assert isinstance(definition, QgsProcessingFeatureSourceDefinition) and definition.selectedFeaturesOnly
    assert params["FACILITY_ID_FIELD"] == "facility_id"  # outputs keyed by the id the panel looks up
    assert dock.run_downstream() == "task"
    assert dock.ui.progressBox.isVisibleTo(dock) and not dock.ui.runButton.isEnabled()
    deadline = time.time() + 20
    while dock.launcher.running and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    assert not dock.launcher.running
    QCoreApplication.processEvents()
    outputs = [lyr for lyr in QgsProject.instance().mapLayers().values() if layer_role(lyr) == EXPOSED]
    assert len(outputs) == 1 and outputs[0].featureCount() == 1  # only the selected facility
    assert "Town 0" in _text(dock)
    assert not dock.ui.progressBox.isVisibleTo(dock)


def _wait(condition, seconds=20):
    deadline = time.time() + seconds
    while not condition() and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.01)
    return condition()


def test_cancel_stops_the_background_run(dock, facilities, test_provider):
    dock.downstream_alg_id = "tailingsdocktest:slowdownstream"
    dock.show_facility(_fid(facilities, "KZ-ICMM06858"))
    before = set(QgsProject.instance().mapLayers())
    assert dock.run_downstream() == "task"
    assert _wait(lambda: dock.ui.progressBar.value() > 0, 5)  # progress reaches the panel
    started = time.time()
    dock.ui.cancelButton.click()
    assert _wait(lambda: not dock.launcher.running)
    assert time.time() - started < 5  # far less than the 10 s the run would take
    assert "cancelled" in dock.ui.statusLabel.text()
    assert not dock.ui.progressBox.isVisibleTo(dock) and dock.ui.runButton.isEnabled()
    assert set(QgsProject.instance().mapLayers()) == before  # nothing half-written was added


def test_closing_the_panel_during_a_run_is_safe(qgis_iface, project, facilities, test_provider):
    from tailings_qgis_plugin.gui import alg_launcher

    panel = FacilityDock(qgis_iface, qgis_iface.mainWindow())
    panel.downstream_alg_id = "tailingsdocktest:slowdownstream"
    panel.show_facility(_fid(facilities, "KZ-ICMM06858"))
    assert panel.run_downstream() == "task"
    panel.close_panel()
    panel.deleteLater()
    QCoreApplication.processEvents()
    assert _wait(lambda: not alg_launcher._ORPHANS)  # the task ended and released its context
    assert _wait(lambda: QgsApplication.taskManager().countActiveTasks() == 0)


def test_inputs_found_by_role_run_at_once(dock, facilities, test_provider, sample_layer):
    """RIVERS is required and a river layer is in the project: the run starts without a dialog."""
    rivers = sample_layer("rivers")
    rivers.setName("Rivers (WaterHydro)")
    settlements = sample_layer("settlements")
    QgsProject.instance().addMapLayers([settlements, rivers])
    dock.downstream_alg_id = "tailingsdocktest:needsmore"
    dock.show_facility(_fid(facilities, "KZ-ICMM06858"))
    assert dock.run_downstream() == "task"
    assert dock.launcher.params["RIVERS"] == rivers.id()  # the line layer with reach_id, not settlements
    assert _wait(lambda: not dock.launcher.running)


def test_algorithm_needing_more_input_opens_its_dialog(
    dock, facilities, test_provider, qgis_iface, sample_layer
):
    """No river layer in the project: the Processing dialog opens (non-modal) with the facility, and its
    outputs are new temporary layers, never the ids of layers already in the project."""
    from qgis.gui import QgsBrowserGuiModel

    browser = QgsBrowserGuiModel()
    qgis_iface.browserModel = lambda: browser  # QGIS has it; the test interface does not
    settlements = sample_layer("settlements")
    QgsProject.instance().addMapLayers([settlements])
    dock.downstream_alg_id = "tailingsdocktest:needsmore"
    fid = _fid(facilities, "KZ-ICMM06858")
    dock.show_facility(fid)
    assert dock.run_downstream() == "dialog"
    dialog = dock.launcher.dialog
    try:
        assert dialog.isVisible() and not dialog.isModal()  # QGIS stays usable
        values = dialog.createProcessingParameters()
        assert values["FACILITIES"].selectedFeaturesOnly and facilities.selectedFeatureIds() == [fid]
        assert values["FACILITY_ID_FIELD"] == "facility_id"
        assert "memory:" in str(values["EXPOSED"].sink.staticValue()) or values[
            "EXPOSED"
        ].sink.staticValue() in (
            "TEMPORARY_OUTPUT",
            "memory:",
        )
        assert not dock.launcher.running
    finally:
        dialog.close()
        dialog.deleteLater()
        del qgis_iface.browserModel


# --- plugin life cycle ---------------------------------------------------------------------------------------


def test_unload_removes_the_panel(plugin, project, sample_layer):
    layer = sample_layer("facilities")
    project.addMapLayer(layer)
    plugin.dock_action.setChecked(True)
    dock = plugin.dock
    assert dock is not None and dock.layer is layer
    plugin.unload()
    assert plugin.dock is None and dock._closed
    # the closed panel no longer follows the project
    project.removeMapLayer(layer.id())
    QCoreApplication.processEvents()
    plugin.initGui()
    assert plugin.dock is None


def test_map_export_dialog_is_prefilled_with_the_analysis_outputs():
    """The 'Map page' action pre-fills PATHWAYS, EXPOSED and CROSSINGS from the project's analysis layers."""
    from qgis.core import QgsVectorLayer

    from tailings_qgis_plugin.gui.facility_layers import suggest_inputs

    pathways = QgsVectorLayer(
        "LineString?crs=EPSG:4326&field=facility_id:string&field=seq:integer&field=from_km:double"
        "&field=arrival_from_h:double",
        "pathways",
        "memory",
    )
    exposed = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=facility_id:string&field=name:string&field=population:double"
        "&field=offset_m:double&field=arrival_h:double&field=peak_h:double",
        "exposed",
        "memory",
    )
    crossings = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=facility_id:string&field=from_country:string&field=to_country:string",
        "crossings",
        "memory",
    )
    places = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=name:string&field=population:integer", "towns", "memory"
    )
    got = suggest_inputs(
        {"PATHWAYS", "EXPOSED", "CROSSINGS", "SETTLEMENTS"}, [places, pathways, exposed, crossings]
    )
    assert got["PATHWAYS"] == pathways.id()
    assert got["EXPOSED"] == exposed.id()
    assert got["CROSSINGS"] == crossings.id()
    assert got["SETTLEMENTS"] == places.id()
