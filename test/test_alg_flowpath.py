"""tailings:overlandflowpath through processing.run, on the real SRTM clip of test/data."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("rasterio")

DATA = Path(__file__).resolve().parent / "data"
CLIP = DATA / "srtm1_atbasar_clip.tif"
RIVERS = DATA / "waterhydro_rivers_atbasar.geojson"

pytestmark = pytest.mark.skipif(
    not CLIP.exists(), reason="test/data clip missing (run scripts/make_test_dem.py)"
)


def _run(params):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from tailings_qgis_plugin.processing_algorithms.alg_overland_flow_path import OverlandFlowPathAlgorithm

    feedback = QgsProcessingFeedback()
    return processing.run(
        OverlandFlowPathAlgorithm().create(), params, context=QgsProcessingContext(), feedback=feedback
    )


def _facilities(points, crs="EPSG:4326"):
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from tailings_qgis_plugin.qgis_compat import make_field

    layer = QgsVectorLayer(f"Point?crs={crs}", "facilities", "memory")
    layer.dataProvider().addAttributes([make_field("facility_id", "text")])
    layer.updateFields()
    feats = []
    for fid, x, y in points:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        f.setAttributes([fid])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _layers():
    from qgis.core import QgsRasterLayer, QgsVectorLayer

    dem = QgsRasterLayer(str(CLIP), "dem")
    rivers = QgsVectorLayer(str(RIVERS), "rivers", "ogr")
    assert dem.isValid() and rivers.isValid()
    return dem, rivers


def test_overland_flow_path_real_clip(qgis_processing):
    from pyproj import Geod

    from tailings_qgis_plugin.core.flowpath import trace_flow_paths

    dem, rivers = _layers()
    # the last point is outside the DEM: reported, not fatal
    pts = [
        ("ishim_s", 68.31, 51.64),
        ("zhabay_w", 68.34, 51.79),
        ("ishim_e", 68.46, 51.70),
        ("far", 75.0, 45.0),
    ]
    res = _run(
        {
            "FACILITIES": _facilities(pts),
            "DEM": dem,
            "RIVERS": rivers,
            "MAX_LENGTH": 50000,
            "OUTPUT": "memory:",
            "RIVER_POINTS": "memory:",
        }
    )
    paths = {f["facility_id"]: f for f in res["OUTPUT"].getFeatures()}
    assert set(paths) == {"ishim_s", "zhabay_w", "ishim_e"}
    entries = {f["facility_id"]: f for f in res["RIVER_POINTS"].getFeatures()}
    assert set(entries) == set(paths)

    # independent check of the sinks: the engine on the same points, lengths by pyproj Geod on the lines
    from shapely.geometry import shape

    data = json.loads(RIVERS.read_text())
    lines = [shape(f["geometry"]) for f in data["features"]]
    engine = trace_flow_paths(CLIP, [(x, y) for _, x, y in pts[:3]], rivers=lines, max_length_m=50000)
    geod = Geod(ellps="WGS84")
    rfids = {f.id(): f["source_index"] for f in rivers.getFeatures()}
    expected_reach = {"ishim_s": 158, "zhabay_w": 163, "ishim_e": 159}
    for (fid, _, _), fp in zip(pts[:3], engine):
        f = paths[fid]
        line = np.array([(p.x(), p.y()) for p in f.geometry().asPolyline()])
        assert f["end_reason"] == "river"
        assert f["length_m"] == pytest.approx(geod.line_length(line[:, 0], line[:, 1]), abs=0.1)
        assert f["length_m"] == pytest.approx(fp.length_m, abs=0.1)
        assert f["drop_m"] == pytest.approx(f["start_z_m"] - f["end_z_m"]) and f["drop_m"] > 0
        e = entries[fid]
        assert rfids[e["river_fid"]] == expected_reach[fid]
        q = e.geometry().asPoint()
        assert geod.inv(line[-1, 0], line[-1, 1], q.x(), q.y())[2] == pytest.approx(
            e["river_offset_m"], abs=0.1
        )


def test_overland_flow_path_facilities_in_another_crs_and_no_rivers(qgis_processing):
    from pyproj import Transformer

    dem, _ = _layers()
    x, y = Transformer.from_crs(4326, 32642, always_xy=True).transform(68.34, 51.79)
    res = _run(
        {
            "FACILITIES": _facilities([("utm", x, y)], crs="EPSG:32642"),
            "DEM": dem,
            "MAX_LENGTH": 2000,
            "OUTPUT": "memory:",
            "RIVER_POINTS": "memory:",
        }
    )
    (f,) = list(res["OUTPUT"].getFeatures())
    assert f["end_reason"] == "max_length" and 1900 < f["length_m"] <= 2000
    start = f.geometry().asPolyline()[0]
    assert abs(start.x() - 68.34) < 0.0003 and abs(start.y() - 51.79) < 0.0003
    assert res["RIVER_POINTS"].featureCount() == 0
