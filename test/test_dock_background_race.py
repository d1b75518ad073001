"""A background analysis never reads a project layer that the main thread changes under it.

The panel runs tailings:downstreamimpact as a QgsProcessingAlgRunnerTask: ``processAlgorithm`` is in a
worker thread. The inputs are resolved in ``prepareAlgorithm`` on the main thread
(processing_algorithms/prepared_inputs.py: feature-source snapshots), and the panel's "within N hours"
filter leaves a layer a running analysis reads alone until the run ends. These tests:

* take a prepared source, then change the layer (subset string) and remove it from the project: the
  source still gives the features it had when taken (counted independently before the change);
* run Analyse and, WHILE the task runs, switch the hours filter, set and clear a subset string on an
  input layer and add/remove project layers, many times: no crash, and the disturbed run gives exactly
  the places of an undisturbed run (read from its output layer);
* the hours filter skips a layer named as busy.
"""

from __future__ import annotations

import pytest
from panel_scan import analyse_leninogorsk
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingFeedback,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from conftest import SAMPLE_GPKG, clear_project, settle_canvas, wait_for
from tailings_qgis_plugin.gui.alg_launcher import algorithm
from tailings_qgis_plugin.gui.hours_filter import apply_hours_filter, layers_in_use, run_layers

pytestmark = pytest.mark.skipif(not SAMPLE_GPKG.is_file(), reason="sample GeoPackage not built")


@pytest.fixture()
def sample_project(plugin, tmp_path):
    """conftest's sample project, but from a private copy of the GeoPackage: these tests set subset
    strings on its layers, and a subset string on the session's shared copy (after test_crossing_maps
    has used it) made every later open of that copy fail with "unable to open database file"."""
    import shutil

    copy = tmp_path / "sample.gpkg"
    shutil.copy2(SAMPLE_GPKG, copy)
    project = QgsProject.instance()
    clear_project(project)
    layers = {}
    for name in ("countries", "lakes", "rivers", "settlements", "facilities"):
        layers[name] = QgsVectorLayer(f"{copy}|layername={name}", name.capitalize(), "ogr")
        assert layers[name].isValid(), name
    project.addMapLayers(list(layers.values()))
    yield layers
    clear_project(project)


def _places(layer):
    return sorted((str(f["name"]), round(float(f["arrival_h"]), 6)) for f in layer.getFeatures())


def _exposed_layers():
    return [lyr for lyr in run_layers() if {"arrival_h", "offset_m"} <= set(lyr.fields().names())]


def test_prepared_source_is_a_snapshot(sample_project):
    project = QgsProject.instance()
    settlements = sample_project["settlements"]
    facilities = sample_project["facilities"]
    names = sorted(str(f["name"]) for f in settlements.getFeatures())
    assert len(names) > 5
    alg = algorithm("tailings:downstreamimpact").create()
    context = QgsProcessingContext()
    context.setProject(project)
    params = {
        "FACILITIES": QgsProcessingFeatureSourceDefinition(facilities.id(), False),
        "SETTLEMENTS": settlements.id(),
        "RIVERS": sample_project["rivers"],
    }
    assert alg.prepareAlgorithm(params, context, QgsProcessingFeedback())
    source = alg.parameterAsSource(params, "SETTLEMENTS", context)
    assert settlements.setSubsetString("fid <= 2")
    assert sum(1 for _f in settlements.getFeatures()) == 2  # the live layer changed...
    assert sorted(str(f["name"]) for f in source.getFeatures()) == names  # ...the snapshot did not
    assert source.featureCount() == len(names)
    assert source.fields().names() == settlements.fields().names()
    project.removeMapLayer(settlements.id())  # deleted: the snapshot owns its provider copy
    QCoreApplication.processEvents()
    assert sorted(str(f["name"]) for f in source.getFeatures()) == names
    # a value other than the prepared one is resolved by QGIS as usual
    assert alg.parameterAsSource({"SETTLEMENTS": facilities.id()}, "SETTLEMENTS", context).featureCount() == (
        facilities.featureCount()
    )
    clear_project(project)


def test_hours_filter_skips_busy_layers(panel):
    dock = panel
    analyse_leninogorsk(dock)
    (exposed,) = _exposed_layers()
    assert exposed.id() in layers_in_use({"A": exposed.id()})
    assert exposed not in apply_hours_filter(1.0, busy={exposed.id()})
    assert exposed.subsetString() == ""
    assert exposed in apply_hours_filter(1.0)
    assert exposed.subsetString() != ""
    assert exposed in apply_hours_filter(None)
    assert exposed.subsetString() == ""


def test_changes_while_a_run_reads_the_layers(panel, sample_project):
    dock = panel
    settlements = sample_project["settlements"]
    analyse_leninogorsk(dock)
    (first,) = _exposed_layers()
    expected = _places(first)
    assert len(expected) >= 2
    arrivals = sorted(a for _n, a in expected)
    hours = max(1, int(arrivals[len(arrivals) // 2]))

    project = QgsProject.instance()
    iterations = 0
    for _run in range(3):
        assert dock.run_downstream() == "task"
        while dock.launcher.running:
            iterations += 1
            dock.profile.hoursSpin.setValue(hours if iterations % 2 else 0)
            settlements.setSubsetString("fid <= 3" if iterations % 2 else "")
            extra = QgsVectorLayer("Point?crs=EPSG:4326&field=n:integer", f"scratch {iterations}", "memory")
            project.addMapLayer(extra)
            QCoreApplication.processEvents()
            settle_canvas()  # a canvas render (not the analysis) must not see a layer removed under it
            project.removeMapLayer(extra.id())
            QCoreApplication.processEvents()
        settlements.setSubsetString("")
    assert iterations >= 3, iterations  # the changes really happened while the runs were in progress
    from osgeo import gdal

    assert gdal.GetConfigOption("OGR_SQLITE_JOURNAL") is None  # every ended run released its hold
    dock.profile.hoursSpin.setValue(0)
    runs = _exposed_layers()
    assert len(runs) == 4
    for layer in runs[1:] if runs[0].id() == first.id() else runs:
        # every run read the settlements as they were when it started (all of them)
        assert _places(layer) == expected
    # and the hours filter reaches every run's layer once the runs are over
    dock.profile.hoursSpin.setValue(hours)
    for layer in runs:
        assert sorted(a for _n, a in _places(layer)) == [a for a in arrivals if a <= hours]


def test_geopackage_journal_mode_is_held_while_runs_read(sample_project):
    """QGIS switches a closed GeoPackage back to the delete journal mode unless OGR_SQLITE_JOURNAL is set;
    that switch removed the -wal/-shm files under the worker reading the same file (the run then read no
    settlements at all). The hold sets the option while any run that reads a GeoPackage is prepared and
    not yet ended, counted across overlapping runs, and never touches a value set by someone else."""
    from osgeo import gdal

    from tailings_qgis_plugin.processing_algorithms.prepared_inputs import JOURNAL_OPTION, KEEP_JOURNAL

    # the test sets only thread-local values: a process-wide set from here would race the hold
    assert gdal.GetConfigOption(JOURNAL_OPTION) is None
    first, second = _prepared(sample_project), _prepared(sample_project)
    assert gdal.GetConfigOption(JOURNAL_OPTION) == KEEP_JOURNAL
    first.release()
    first.release()  # idempotent: the worker's finally and the garbage collector may both call it
    assert gdal.GetConfigOption(JOURNAL_OPTION) == KEEP_JOURNAL  # the second run still reads
    second.release()
    assert gdal.GetConfigOption(JOURNAL_OPTION) is None
    # a value set by the user (here a thread-local one) stays as it was
    gdal.SetThreadLocalConfigOption(JOURNAL_OPTION, "TRUNCATE")
    try:
        third = _prepared(sample_project)
        assert gdal.GetConfigOption(JOURNAL_OPTION) == "TRUNCATE"
        third.release()
        assert gdal.GetConfigOption(JOURNAL_OPTION) == "TRUNCATE"
    finally:
        gdal.SetThreadLocalConfigOption(JOURNAL_OPTION, None)
    # a release from a worker thread (the end of processAlgorithm in a task) is done on the main thread:
    # the option is only set and cleared there
    import threading

    held = _prepared(sample_project)
    assert gdal.GetConfigOption(JOURNAL_OPTION) == KEEP_JOURNAL
    worker = threading.Thread(target=held.release)
    worker.start()
    worker.join()
    assert gdal.GetConfigOption(JOURNAL_OPTION) == KEEP_JOURNAL  # not yet: waits for the event loop
    assert wait_for(lambda: gdal.GetConfigOption(JOURNAL_OPTION) is None, 5)
    # a memory layer holds nothing
    memory = QgsVectorLayer("Point?crs=EPSG:4326", "m", "memory")
    QgsProject.instance().addMapLayer(memory)
    assert _prepared({"settlements": memory}).journal is None


def _prepared(layers):
    from tailings_qgis_plugin.processing_algorithms.prepared_inputs import PreparedInputs

    alg = algorithm("tailings:downstreamimpact").create()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return PreparedInputs(alg, {"SETTLEMENTS": layers["settlements"].id()}, context)


def test_reads_survive_filters_set_on_the_same_geopackage(tmp_path):
    """The mechanism itself, under stress: a worker thread reads the settlements of a GeoPackage again and
    again while the main thread sets and clears filters on two layers of the same file. Without the hold,
    QGIS switched the file's journal mode on every close and whole reads came back empty (here: 6 to 322
    empty reads in 8 s); with it, every read returns every feature."""
    import shutil
    import threading
    import time

    from qgis.core import QgsFeatureRequest, QgsVectorLayerFeatureSource

    from tailings_qgis_plugin.processing_algorithms.prepared_inputs import JournalHold

    copy = tmp_path / "stress.gpkg"
    shutil.copy2(SAMPLE_GPKG, copy)
    layers = [QgsVectorLayer(f"{copy}|layername={n}", n, "ogr") for n in ("settlements", "countries")]
    QgsProject.instance().addMapLayers(layers)
    expected = layers[0].featureCount()
    source = QgsVectorLayerFeatureSource(layers[0])
    hold = JournalHold()
    counts, stop = [], threading.Event()

    def reader():
        while not stop.is_set():
            counts.append(sum(1 for _ in source.getFeatures(QgsFeatureRequest())))

    worker = threading.Thread(target=reader)
    worker.start()
    toggles, start = 0, time.monotonic()
    try:
        while time.monotonic() - start < 3.0:
            toggles += 1
            for layer in layers:
                layer.setSubsetString("fid <= 3" if toggles % 2 else "")
            QCoreApplication.processEvents()
    finally:
        stop.set()
        worker.join()
        hold.release()
        QgsProject.instance().removeMapLayers([layer.id() for layer in layers])
    assert toggles > 50 and len(counts) > 20, (toggles, len(counts))
    assert [c for c in counts if c != expected] == []


def test_the_worker_never_looks_up_a_project_layer(panel, monkeypatch):
    """Every layer parameter of a panel run is resolved in prepareAlgorithm, on the main thread: the
    facilities as a selection (a feature-source definition), the layers left empty (RECEPTORS, DEM) as
    "no layer". Before, the definition and the empty ones fell through to QGIS's own lookup in the worker
    (the project's layer store and the layer's selected ids read in the worker thread: the Debian 13
    segfaults of test_dock_runs)."""
    import threading

    from tailings_qgis_plugin.processing_algorithms import base
    from tailings_qgis_plugin.processing_algorithms.prepared_inputs import NOT_PREPARED

    fell_through = []
    asked = []

    def recording(method, what):
        def wrapper(self, parameters, name, *args):
            got = method(self, parameters, name, *args)
            if threading.current_thread() is not threading.main_thread():
                asked.append(name)
                if got is NOT_PREPARED:
                    fell_through.append((what, name))
            return got

        return wrapper

    monkeypatch.setattr(
        base.TailingsAlgorithm, "_prepared_layer", recording(base.TailingsAlgorithm._prepared_layer, "layer")
    )
    source = base.TailingsAlgorithm.parameterAsSource

    def as_source(self, parameters, name, context):
        prepared = self._prepared()
        got = prepared.source(parameters, name) if prepared is not None else NOT_PREPARED
        if threading.current_thread() is not threading.main_thread():
            asked.append(name)
            if got is NOT_PREPARED:
                fell_through.append(("source", name))
        return source(self, parameters, name, context)

    monkeypatch.setattr(base.TailingsAlgorithm, "parameterAsSource", as_source)
    dock = panel
    analyse_leninogorsk(dock)
    assert {"FACILITIES", "RIVERS", "SETTLEMENTS"} <= set(asked)  # the run did read in the worker
    assert fell_through == []
    assert _exposed_layers()  # and it produced its places
