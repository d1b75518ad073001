"""Line geometries to and from WKB without one Python object per vertex (processing_algorithms/batch_io.py)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(
    "wkt",
    [
        "LineString (70 50, 70.5 50.25, 71 50.1)",
        "LineStringZ (70 50 1, 70.5 50.25 2, 71 50.1 3)",
        "LineStringM (70 50 1, 70.5 50.25 2)",
        "LineStringZM (70 50 1 5, 70.5 50.25 2 6)",
        "MultiLineString ((70 50, 71 51), (72 52, 73 53, 74 53.5))",
        "MultiLineStringZ ((70 50 0, 71 51 0), (72 52 1, 73 53 1))",
        "CompoundCurve ((70 50, 71 51), CircularString (71 51, 71.5 51.5, 72 51))",
    ],
)
def test_polyline_parts_match_qgis_vertices(wkt):
    from qgis.core import QgsGeometry

    from tailings_qgis_plugin.processing_algorithms.batch_io import polyline_parts

    g = QgsGeometry.fromWkt(wkt)
    assert not g.isNull()
    expected = g.asMultiPolyline() if g.isMultipart() else [g.asPolyline()]
    parts = polyline_parts(g)
    assert len(parts) == len(expected)
    for got, exp in zip(parts, expected):
        np.testing.assert_array_equal(got, np.array([(p.x(), p.y()) for p in exp]).reshape(-1, 2))


def test_line_geometry_round_trip():
    from tailings_qgis_plugin.processing_algorithms.batch_io import line_geometry, polyline_parts

    xy = np.cumsum(np.random.default_rng(1).uniform(-0.01, 0.01, (500, 2)), axis=0) + [70.0, 50.0]
    g = line_geometry(xy)
    assert g.isGeosValid()
    assert g.constGet().numPoints() == 500
    np.testing.assert_array_equal(polyline_parts(g)[0], xy)
    np.testing.assert_array_equal(np.array([(p.x(), p.y()) for p in g.asPolyline()]), xy)


def test_columnar_gpkg_read_equals_the_qgis_read(sample_gpkg, tmp_path):
    import shutil

    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

    # a private copy: the subset filter below makes QGIS 3.22 reopen the GeoPackage, which left the
    # session's shared copy unreadable ("unable to open database file") for later tests
    sample_gpkg = shutil.copy2(sample_gpkg, tmp_path / "sample.gpkg")

    from tailings_qgis_plugin.processing_algorithms.layer_io import read_lines
    from tailings_qgis_plugin.processing_algorithms.ogr_lines import read_ogr_lines

    layer = QgsVectorLayer(f"{sample_gpkg}|layername=rivers", "rivers", "ogr")
    assert layer.isValid()
    fields = ("reach_id", "watershed", "watershed_area_km2")
    fast = read_ogr_lines(layer, None, fields)
    assert fast is not None
    coords, offsets, values, fids = fast
    lines, owner, slow_values, slow_fids = read_lines(
        layer, QgsProcessingContext(), QgsProcessingFeedback(), attributes=fields
    )
    assert list(owner) == list(range(len(slow_fids)))  # single parts: one line per feature
    assert fids == slow_fids
    assert values == slow_values
    assert offsets.size - 1 == len(lines)
    for i, line in enumerate(lines):
        np.testing.assert_array_equal(coords[offsets[i] : offsets[i + 1]], line)
    # a subset filter or another format: not taken, the general reader is used
    layer.setSubsetString('"reach_id" < 10')
    assert read_ogr_lines(layer, None, fields) is None
    geojson = QgsVectorLayer(
        str(ROOT.parent / "shared" / "data" / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"),
        "r",
        "ogr",
    )
    assert read_ogr_lines(geojson, None, ()) is None
