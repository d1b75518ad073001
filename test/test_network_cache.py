"""A river network built by one run is reused by the next while the layer and the parameters are unchanged."""

from __future__ import annotations

import os
import shutil

from fixture_data import SHARED_DATA

DATA = SHARED_DATA  # committed copy of ../shared/data files (test/data/shared)
RIVERS = DATA / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"


def _facilities():
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from tailings_qgis_plugin.qgis_compat import make_field

    layer = QgsVectorLayer("Point?crs=EPSG:4326", "facilities", "memory")
    layer.dataProvider().addAttributes([make_field("facility_id", "text")])
    layer.updateFields()
    feats = []
    for i, (x, y) in enumerate([(82.6, 49.95), (71.43, 51.13), (77.0, 44.0)]):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes([f"F{i}"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _trace(rivers, **extra):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from tailings_qgis_plugin.processing_algorithms.alg_trace_downstream import TraceDownstreamAlgorithm

    params = {
        "FACILITIES": _facilities(),
        "RIVERS": rivers,
        "MAX_DISTANCE": 300.0,
        "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
    }
    params.update(extra)
    res = processing.run(
        TraceDownstreamAlgorithm().create(),
        params,
        context=QgsProcessingContext(),
        feedback=QgsProcessingFeedback(),
    )
    summary = res["SUMMARY"]
    return sorted((f["facility_id"], f["total_km"], f["end_reason"]) for f in summary.getFeatures())


def test_second_run_on_unchanged_rivers_builds_nothing(tmp_path, qgis_processing):
    from tailings_qgis_plugin.processing_algorithms import network_cache

    rivers = tmp_path / "rivers.geojson"
    shutil.copy2(RIVERS, rivers)
    network_cache.clear()
    before = network_cache.BUILDS
    first = _trace(str(rivers))
    assert network_cache.BUILDS == before + 1
    second = _trace(str(rivers))
    assert network_cache.BUILDS == before + 1  # reused: nothing read, nothing built
    assert second == first
    # another build parameter -> another network
    _trace(str(rivers), NODE_TOLERANCE=20.0)
    assert network_cache.BUILDS == before + 2
    # the file changes (modification time) -> built again, and the answer follows the new contents
    st = os.stat(rivers)
    os.utime(rivers, ns=(st.st_atime_ns, st.st_mtime_ns + 5_000_000_000))
    third = _trace(str(rivers))
    assert network_cache.BUILDS == before + 3
    assert third == first


def test_layers_that_cannot_be_dated_are_not_cached(qgis_processing):
    from qgis.core import QgsFeatureRequest, QgsVectorLayer

    from tailings_qgis_plugin.processing_algorithms import network_cache

    src = QgsVectorLayer(str(RIVERS), "rivers", "ogr")
    mem = src.materialize(QgsFeatureRequest())
    assert mem.providerType() == "memory"
    before = network_cache.BUILDS
    a = _trace(mem)
    b = _trace(mem)
    assert network_cache.BUILDS == before + 2
    assert a == b
