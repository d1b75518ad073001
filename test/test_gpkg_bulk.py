"""GeoPackage outputs written straight into SQLite (processing_algorithms/gpkg_bulk.py, issue 17).

The rows written by the bulk path are compared with the rows QGIS's own sink writes for the same run (to
GeoJSON, and to GeoPackage with the bulk path switched off); the R-tree is checked with SQLite's own
``rtreecheck`` and against a brute-force box filter of the features; extent and feature count against the
rows themselves.
"""

from __future__ import annotations

import sqlite3

import numpy as np
import pytest
from fixture_data import SHARED_DATA

RIVERS = SHARED_DATA / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"
MINES = SHARED_DATA / "tailings_mines_icmm" / "icmm_global_mining_dataset_2025_central_asia.geojson"


def _run(params):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    return processing.run(
        "tailings:tracedownstream", params, context=QgsProcessingContext(), feedback=QgsProcessingFeedback()
    )


def _rows(path):
    """(attributes, WKB) of every feature in file order, read with OGR."""
    from osgeo import ogr

    ds = ogr.Open(str(path))
    layer = ds.GetLayer(0)
    defn = layer.GetLayerDefn()
    names = [defn.GetFieldDefn(i).GetName() for i in range(defn.GetFieldCount())]
    types = [(defn.GetFieldDefn(i).GetType(), defn.GetFieldDefn(i).GetSubType()) for i in range(len(names))]
    rows = []
    for f in layer:
        g = f.GetGeometryRef()
        rows.append((tuple(f.GetField(i) for i in range(len(names))), bytes(g.ExportToWkb())))
    ds = None
    return names, types, rows


def _envelopes(con, table):
    """Feature envelopes computed from the geometry blobs in Python (GeoPackage header + WKB)."""
    from shapely import wkb

    out = {}
    for fid, blob in con.execute(f'SELECT fid, geom FROM "{table}"'):
        flags = blob[3]
        env = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[(flags >> 1) & 7]
        minx, miny, maxx, maxy = wkb.loads(bytes(blob[8 + env :])).bounds
        out[fid] = (minx, maxx, miny, maxy)
    return out


@pytest.fixture(scope="module")
def outputs(qgis_processing, provider, tmp_path_factory):
    """One trace of the real mines on the real rivers (500 km), written three ways."""
    from tailings_qgis_plugin.processing_algorithms import gpkg_bulk

    tmp = tmp_path_factory.mktemp("bulk")
    params = {"FACILITIES": str(MINES), "RIVERS": str(RIVERS), "MAX_DISTANCE": 500}
    _run(dict(params, OUTPUT=str(tmp / "fast.gpkg"), SUMMARY=str(tmp / "fast_s.gpkg")))
    _run(dict(params, OUTPUT=str(tmp / "sink.geojson"), SUMMARY=str(tmp / "sink_s.geojson")))
    from tailings_qgis_plugin.processing_algorithms import alg_trace_downstream

    real = alg_trace_downstream.bulk_destination
    alg_trace_downstream.bulk_destination = lambda parameters, name, dest: (
        False
    )  # the QGIS sink for a GeoPackage
    try:
        _run(dict(params, OUTPUT=str(tmp / "sink.gpkg"), SUMMARY=str(tmp / "sink_s.gpkg")))
    finally:
        alg_trace_downstream.bulk_destination = real
    assert gpkg_bulk.bulk_destination({}, "OUTPUT", str(tmp / "fast.gpkg"))
    return tmp


def test_bulk_rows_equal_the_sink_rows(outputs):
    fast = _rows(outputs / "fast.gpkg")
    assert len(fast[2]) > 300  # pathways of the real mines
    assert fast == _rows(outputs / "sink.gpkg")  # same names, types, attributes and geometries
    geojson = _rows(outputs / "sink.geojson")
    assert [r[0] for r in fast[2]] == [r[0] for r in geojson[2]]
    # GeoJSON keeps 15 significant digits
    for (_, a), (_, b) in zip(fast[2], geojson[2]):
        ga, gb = (np.frombuffer(w[9:], "<f8") for w in (a, b))
        np.testing.assert_allclose(ga, gb, rtol=1e-14, atol=0)
    assert _rows(outputs / "fast_s.gpkg") == _rows(outputs / "sink_s.gpkg")


def test_bulk_blobs_schema_and_metadata_equal_gdal(outputs):
    for name in ("fast", "fast_s"):
        table = name
        other = name.replace("fast", "sink")
        a = sqlite3.connect(outputs / f"{name}.gpkg")
        b = sqlite3.connect(outputs / f"{other}.gpkg")
        # the geometry blobs GDAL writes (header flags, envelope, WKB) byte for byte
        blobs_a = [r[0] for r in a.execute(f'SELECT geom FROM "{table}" ORDER BY fid')]
        blobs_b = [r[0] for r in b.execute(f'SELECT geom FROM "{other}" ORDER BY fid')]
        assert blobs_a == blobs_b
        schema = "SELECT type, sql FROM sqlite_master WHERE tbl_name = ? ORDER BY type, name"
        assert [(t, s.replace(table, "T")) for t, s in a.execute(schema, (table,)) if s] == [
            (t, s.replace(other, "T")) for t, s in b.execute(schema, (other,)) if s
        ]
        n = a.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        assert a.execute("SELECT feature_count FROM gpkg_ogr_contents").fetchone()[0] == n
        # the freshly created file was rebuilt with large pages before the rows went in, and is sound
        assert a.execute("PRAGMA page_size").fetchone()[0] == 65536
        assert a.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        env = np.array(list(_envelopes(a, table).values()))
        got = a.execute("SELECT min_x, max_x, min_y, max_y FROM gpkg_contents").fetchone()
        want = (env[:, 0].min(), env[:, 1].max(), env[:, 2].min(), env[:, 3].max())
        np.testing.assert_allclose(got, want, rtol=0, atol=1e-12)
        a.close()
        b.close()


def test_bulk_rtree_is_valid_and_answers_box_queries(outputs):
    con = sqlite3.connect(outputs / "fast.gpkg")
    assert con.execute("SELECT rtreecheck('rtree_fast_geom')").fetchone()[0] == "ok"
    env = _envelopes(con, "fast")
    assert con.execute("SELECT count(*) FROM rtree_fast_geom").fetchone()[0] == len(env)
    rng = np.random.default_rng(3)
    for _ in range(20):
        x0, y0 = rng.uniform(50, 85), rng.uniform(38, 54)
        x1, y1 = x0 + rng.uniform(0.1, 5), y0 + rng.uniform(0.1, 3)
        got = {
            r[0]
            for r in con.execute(
                "SELECT id FROM rtree_fast_geom WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?",
                (x0, x1, y0, y1),
            )
        }
        want = {f for f, (a, b, c, d) in env.items() if b >= x0 and a <= x1 and d >= y0 and c <= y1}
        # float32 boxes are rounded outwards: never a feature missing, at most a touching one extra
        assert want <= got
        assert len(got - want) <= 2
    con.close()
    from qgis.core import QgsFeatureRequest, QgsRectangle, QgsVectorLayer

    layer = QgsVectorLayer(str(outputs / "fast.gpkg"), "fast", "ogr")
    assert layer.isValid()
    assert layer.featureCount() == len(env)
    rect = QgsRectangle(68.0, 42.0, 72.0, 46.0)
    ids = {f.id() for f in layer.getFeatures(QgsFeatureRequest().setFilterRect(rect))}
    want = {f for f, (a, b, c, d) in env.items() if b >= 68 and a <= 72 and d >= 42 and c <= 46}
    assert ids == want


@pytest.mark.parametrize("kind", ["one", "full leaf", "two leaves", "three levels"])
def test_packed_rtree_levels(tmp_path, kind):
    """Trees of one leaf, one full leaf, two leaves and three levels: SQLite's own check passes and box
    queries agree with a brute-force filter."""
    from tailings_qgis_plugin.processing_algorithms.gpkg_bulk import (
        packed_rtree_rows,
        rtree_node_size,
        write_rtree_rows,
    )

    con = sqlite3.connect(tmp_path / "t.db", isolation_level=None)
    con.execute("CREATE VIRTUAL TABLE rt USING rtree(id, minx, maxx, miny, maxy)")
    m = (len(con.execute("SELECT data FROM rt_node WHERE nodeno = 1").fetchone()[0]) - 4) // 24
    n, want_depth = {
        "one": (1, 0),
        "full leaf": (m, 0),
        "two leaves": (m + 1, 1),
        "three levels": (m * m + 1, 2),
    }[kind]
    rng = np.random.default_rng(n)
    lo = rng.uniform([40, 30], [90, 55], (n, 2))
    size = rng.exponential(0.05, (n, 2))
    boxes = np.column_stack([lo[:, 0], lo[:, 0] + size[:, 0], lo[:, 1], lo[:, 1] + size[:, 1]])
    ids = rng.permutation(np.arange(1, n + 1)) * 3  # not 1..n, not in order
    con.execute("BEGIN")
    write_rtree_rows(con, "rt", packed_rtree_rows("rt", ids, boxes, rtree_node_size(con, "rt")))
    con.execute("COMMIT")
    assert con.execute("SELECT rtreecheck('rt')").fetchone()[0] == "ok"
    depth = int.from_bytes(con.execute("SELECT data FROM rt_node WHERE nodeno = 1").fetchone()[0][:2], "big")
    assert depth == want_depth
    for x0, y0 in rng.uniform([40, 30], [90, 55], (10, 2)):
        q = (x0, x0 + 2, y0, y0 + 1)
        got = {
            r[0]
            for r in con.execute(
                "SELECT id FROM rt WHERE maxx >= ? AND minx <= ? AND maxy >= ? AND miny <= ?",
                (q[0], q[1], q[2], q[3]),
            )
        }
        want = set(
            ids[
                (boxes[:, 1] >= q[0]) & (boxes[:, 0] <= q[1]) & (boxes[:, 3] >= q[2]) & (boxes[:, 2] <= q[3])
            ].tolist()
        )
        assert want <= got and len(got - want) <= 2
    # the tree stays a normal SQLite R-tree: rows can be added and removed afterwards
    con.execute("INSERT INTO rt VALUES (1, 60, 61, 40, 41)")
    con.execute("DELETE FROM rt WHERE id = ?", (int(ids[0]),))
    assert con.execute("SELECT rtreecheck('rt')").fetchone()[0] == "ok"


def test_writer_refuses_what_it_cannot_write(tmp_path, outputs):
    import shutil

    from tailings_qgis_plugin.processing_algorithms.gpkg_bulk import GpkgLayerWriter

    fields = ["facility_id", "seq", "reach_id", "kind", "from_km", "to_km", "assumed"]
    assert GpkgLayerWriter.open(str(outputs / "sink.geojson"), fields) is None  # not a GeoPackage
    assert GpkgLayerWriter.open(str(tmp_path / "missing.gpkg"), fields) is None
    full = shutil.copy2(outputs / "fast.gpkg", tmp_path / "full.gpkg")
    assert GpkgLayerWriter.open(str(full), fields) is None  # a layer with rows already
    con = sqlite3.connect(full)
    con.execute('DELETE FROM "fast"')
    con.commit()
    con.close()
    assert GpkgLayerWriter.open(str(full), fields[:-1]) is None  # other columns
    assert GpkgLayerWriter.open(f"{full}|layername=other", fields) is None  # another layer
    writer = GpkgLayerWriter.open(str(full), fields)
    assert writer is not None
    writer.abort()  # rolled back: the layer is as it was, with its triggers
    con = sqlite3.connect(full)
    assert (
        con.execute(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'fast'"
        ).fetchone()[0]
        > 0
    )
    con.close()


def _empty_copy(outputs, tmp_path, name):
    """A copy of the bulk-written pathway layer with its rows deleted: the empty layer QGIS would create."""
    import shutil

    path = shutil.copy2(outputs / "fast.gpkg", tmp_path / name)
    con = sqlite3.connect(path)
    con.execute('DELETE FROM "fast"')
    con.execute('DELETE FROM "rtree_fast_geom"')
    con.commit()
    con.close()
    return str(path)


def _line_batch(k, n):
    """``n`` two-vertex lines (coords, offsets) and their seven attribute columns, batch ``k``."""
    x = 70.0 + k + np.arange(n) * 0.01
    coords = np.stack([np.repeat(x, 2), np.tile([50.0, 50.1], n)], axis=1)
    offsets = np.arange(0, 2 * n + 1, 2)
    columns = [[f"f{k}"] * n, list(range(n)), [None] * n, ["river"] * n, [0.0] * n, [1.0] * n, [False] * n]
    return coords, offsets, columns


FIELDS = ["facility_id", "seq", "reach_id", "kind", "from_km", "to_km", "assumed"]


def test_background_inserts_keep_the_rows_when_the_caller_reuses_its_lists(outputs, tmp_path):
    """The rows are inserted in a background thread after add_lines returns: a caller that clears or
    refills its column lists at once (as the impact writer does) still gets every row as it was given, in
    order, with a valid R-tree and the right count."""
    from tailings_qgis_plugin.processing_algorithms.gpkg_bulk import GpkgLayerWriter

    path = _empty_copy(outputs, tmp_path, "reuse.gpkg")
    writer = GpkgLayerWriter.open(path, FIELDS)
    assert writer is not None
    expected = []
    for k in range(5):
        coords, offsets, columns = _line_batch(k, 150)
        expected += list(zip(*columns))
        writer.add_lines(coords, offsets, columns)
        for c in columns:
            c.clear()  # reused by the caller while the inserter may still hold the batch
    writer.close()
    con = sqlite3.connect(path)
    got = con.execute(f'SELECT {", ".join(FIELDS)} FROM "fast" ORDER BY fid').fetchall()
    assert got == [(a, b, c, d, e, f, int(g)) for a, b, c, d, e, f, g in expected]
    assert con.execute("SELECT rtreecheck('rtree_fast_geom')").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM rtree_fast_geom").fetchone()[0] == 750
    # the layer had held rows (its AUTOINCREMENT counter was past them): the new rows are numbered from 1,
    # as the R-tree entries, by SQLite itself
    assert con.execute('SELECT min(fid), max(fid) FROM "fast"').fetchone() == (1, 750)
    x = [70.0 + k + i * 0.01 for k in range(5) for i in range(150)]
    boxes = con.execute(
        'SELECT minx FROM rtree_fast_geom r JOIN "fast" f ON f.fid = r.id ORDER BY f.fid'
    ).fetchall()
    np.testing.assert_allclose([b[0] for b in boxes], x, atol=1e-4)  # float32 boxes
    assert (
        con.execute("SELECT feature_count FROM gpkg_ogr_contents WHERE table_name = 'fast'").fetchone()[0]
        == 750
    )
    con.close()


def test_an_insert_error_in_the_background_reaches_the_caller_and_nothing_is_written(outputs, tmp_path):
    """A value SQLite cannot store fails in the inserter thread: the caller's next call raises that error,
    abort rolls back, and the layer is left empty with its triggers, as QGIS created it."""
    from tailings_qgis_plugin.processing_algorithms.gpkg_bulk import GpkgLayerWriter

    path = _empty_copy(outputs, tmp_path, "error.gpkg")
    con = sqlite3.connect(path)
    sequence = con.execute("SELECT seq FROM sqlite_sequence WHERE name = 'fast'").fetchone()
    con.close()
    assert sequence[0] > 0  # the layer had held rows
    writer = GpkgLayerWriter.open(path, FIELDS)
    coords, offsets, columns = _line_batch(0, 120)
    writer.add_lines(coords, offsets, columns)
    coords, offsets, columns = _line_batch(1, 120)
    columns[3][5] = {"not": "storable"}
    with pytest.raises(sqlite3.Error):
        writer.add_lines(coords, offsets, columns)
        for k in range(2, 50):  # the error is raised by one of the next calls at the latest
            writer.add_lines(*_line_batch(k, 10))
        writer.close()
    writer.abort()
    writer.abort()  # twice, as an algorithm's cleanup may
    con = sqlite3.connect(path)
    assert con.execute('SELECT count(*) FROM "fast"').fetchone()[0] == 0
    triggers = "SELECT count(*) FROM sqlite_master WHERE tbl_name = 'fast' AND type = 'trigger'"
    assert con.execute(triggers).fetchone()[0] > 0
    assert con.execute("SELECT seq FROM sqlite_sequence WHERE name = 'fast'").fetchone() == sequence
    con.close()


def test_abort_drops_the_batches_still_waiting(outputs, tmp_path):
    """Cancel while batches wait: abort returns once the batch being written is done, and the
    transaction is rolled back (no row, the file closed and readable)."""
    from tailings_qgis_plugin.processing_algorithms.gpkg_bulk import GpkgLayerWriter

    path = _empty_copy(outputs, tmp_path, "abort.gpkg")
    writer = GpkgLayerWriter.open(path, FIELDS)
    for k in range(4):
        writer.add_lines(*_line_batch(k, 2000))
    writer.abort()
    con = sqlite3.connect(path)
    assert con.execute('SELECT count(*) FROM "fast"').fetchone()[0] == 0
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_reopened_layer_when_the_table_is_not_the_expected_one(
    qgis_processing, provider, tmp_path, monkeypatch
):
    """A GeoPackage layer the bulk writer does not take is written through the layer, reopened in QGIS."""
    from tailings_qgis_plugin.processing_algorithms import gpkg_bulk

    monkeypatch.setattr(gpkg_bulk.GpkgLayerWriter, "open", classmethod(lambda cls, dest, fields: None))
    params = {"FACILITIES": str(MINES), "RIVERS": str(RIVERS), "MAX_DISTANCE": 100}
    _run(dict(params, OUTPUT=str(tmp_path / "a.gpkg"), SUMMARY=str(tmp_path / "a_s.gpkg")))
    monkeypatch.undo()
    _run(dict(params, OUTPUT=str(tmp_path / "b.gpkg"), SUMMARY=str(tmp_path / "b_s.gpkg")))
    assert _rows(tmp_path / "a.gpkg") == _rows(tmp_path / "b.gpkg")
    assert _rows(tmp_path / "a_s.gpkg") == _rows(tmp_path / "b_s.gpkg")
    assert len(_rows(tmp_path / "a.gpkg")[2]) > 100


def test_existing_geopackage_keeps_its_other_layers(qgis_processing, provider, tmp_path):
    """An ogr: destination in an existing GeoPackage: the bulk path writes the new layer, the output guard
    keeps the file's other layers."""
    from osgeo import ogr

    target = tmp_path / "project.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    keep = ds.CreateLayer("keep", None, ogr.wkbPoint)
    f = ogr.Feature(keep.GetLayerDefn())
    f.SetGeometry(ogr.CreateGeometryFromWkt("POINT (1 2)"))
    keep.CreateFeature(f)
    ds = None
    uri = f"ogr:dbname='{target}' table=\"paths\" (geom)"
    params = {"FACILITIES": str(MINES), "RIVERS": str(RIVERS), "MAX_DISTANCE": 100, "OUTPUT": uri}
    _run(params)
    ds = ogr.Open(str(target))
    assert ds.GetLayerByName("keep").GetFeatureCount() == 1
    paths = ds.GetLayerByName("paths")
    assert paths is not None and paths.GetFeatureCount() > 100
    ds = None
    con = sqlite3.connect(target)
    assert con.execute("SELECT rtreecheck('rtree_paths_geom')").fetchone()[0] == "ok"
    con.close()


def test_fast_river_reader_leaves_null_geometries_to_qgis(tmp_path):
    from osgeo import ogr, osr
    from qgis.core import QgsVectorLayer

    from tailings_qgis_plugin.processing_algorithms.ogr_lines import read_ogr_lines

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    path = tmp_path / "r.gpkg"
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("r", srs, ogr.wkbLineString)
    for wkt in ("LINESTRING (70 45, 71 45)", None, "LINESTRING (71 45, 72 46)"):
        f = ogr.Feature(lyr.GetLayerDefn())
        if wkt:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        lyr.CreateFeature(f)
    ds = None
    layer = QgsVectorLayer(str(path), "r", "ogr")
    assert layer.isValid()
    assert read_ogr_lines(layer, None, ()) is None


def test_appending_through_a_field_mapping_keeps_the_sink(outputs):
    """Only QGIS's sink applies a field mapping (an output appended to an existing layer)."""
    from qgis.core import QgsProcessingOutputLayerDefinition, QgsRemappingSinkDefinition

    from tailings_qgis_plugin.processing_algorithms.gpkg_bulk import bulk_destination

    path = str(outputs / "fast.gpkg")
    plain = QgsProcessingOutputLayerDefinition(path)
    assert bulk_destination({"OUTPUT": plain}, "OUTPUT", path)
    mapped = QgsProcessingOutputLayerDefinition(path)
    mapped.setRemappingDefinition(QgsRemappingSinkDefinition())
    assert mapped.useRemapping()
    assert not bulk_destination({"OUTPUT": mapped}, "OUTPUT", path)
    assert not bulk_destination({"OUTPUT": path}, "OUTPUT", "memory:pathways")


@pytest.mark.parametrize("n", [0, 1, 7, 10, 23])
def test_insert_rows_many_per_statement_and_the_rest(n, monkeypatch):
    """Rows go in ``per`` at a time and the remainder one by one, converted a pass of rows at a time:
    every row once, in order, values and types unchanged (blob, text, integer from numpy, real, NULL)."""
    import sqlite3

    from tailings_qgis_plugin.processing_algorithms import gpkg_bulk
    from tailings_qgis_plugin.processing_algorithms.gpkg_bulk import insert_rows

    monkeypatch.setattr(gpkg_bulk, "ROWS_PER_PASS", 10)  # several passes of 10 rows

    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, b BLOB, s TEXT, x REAL, k INTEGER)")
    cols = [
        np.arange(1, n + 1, dtype=np.int64),
        [bytes([i % 256]) * 3 for i in range(n)],
        [None if i % 3 == 0 else f"r{i}" for i in range(n)],
        [i / 7 for i in range(n)],
        [bool(i % 2) for i in range(n)],
    ]
    insert_rows(con, "INSERT INTO t (id, b, s, x, k) VALUES ", cols, per=5)
    got = con.execute("SELECT id, b, s, x, k FROM t ORDER BY id").fetchall()
    assert got == [(i, b, s, x, int(k)) for i, b, s, x, k in zip(*cols)]


def test_impact_pathways_bulk_equal_the_sink(qgis_processing, provider, tmp_path, monkeypatch):
    """tailings:downstreamimpact writes PATHWAYS into a GeoPackage through the same bulk writer as the trace:
    the same rows (attributes, geometries, order) as the QGIS sink gives for the same file."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    from tailings_qgis_plugin.processing_algorithms import impact_output

    params = {"FACILITIES": str(MINES), "RIVERS": str(RIVERS), "MAX_DISTANCE": 300}

    def run(name):
        processing.run(
            "tailings:downstreamimpact",
            dict(params, PATHWAYS=str(tmp_path / name)),
            context=QgsProcessingContext(),
            feedback=QgsProcessingFeedback(),
        )
        return _rows(tmp_path / name)

    monkeypatch.setattr(impact_output, "PIECES_PER_WRITE", 97)  # several gathered writes
    fast = run("fast.gpkg")
    monkeypatch.setattr(impact_output, "bulk_destination", lambda parameters, name, dest: False)
    sink = run("sink.gpkg")
    assert len(fast[2]) > 300
    assert "arrival_to_h" in fast[0]
    assert fast == sink
