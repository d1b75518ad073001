"""The flat piece table (core.pathways) against the per-facility pathways and independent geodesic lengths."""

from __future__ import annotations

import json

import numpy as np
import pytest
from fixture_data import SHARED_DATA
from pyproj import Geod

from tailings_qgis_plugin.core.geodesy import substring
from tailings_qgis_plugin.core.network import RiverNetwork
from tailings_qgis_plugin.core.pathways import PIECE_KINDS
from tailings_qgis_plugin.core.tracing import Tracer, _edge_slice

HYDRO = SHARED_DATA / "rivers_basins_waterhydro_kz"  # committed copy (test/data/shared)
GEOD = Geod(ellps="WGS84")


@pytest.fixture(scope="module")
def real():
    rivers = [
        np.asarray(f["geometry"]["coordinates"], dtype=float)
        for f in json.loads((HYDRO / "waterhydro_rivers.geojson").read_text())["features"]
    ]
    from shapely.geometry import shape

    lakes = [
        shape(f["geometry"]) for f in json.loads((HYDRO / "waterhydro_lakes.geojson").read_text())["features"]
    ]
    net = RiverNetwork.build_from_digitised(rivers, node_tolerance_m=5.0, lakes=lakes)
    rng = np.random.default_rng(7)
    co = np.concatenate(rivers)
    pts = co[rng.integers(0, len(co), 400)] + rng.uniform(-0.08, 0.08, (400, 2))
    return net, pts


def assert_same_as_pathways(res):
    table = res.piece_table()
    off = table["offsets"]
    row = 0
    for i in range(len(res)):
        pw = res.pathway(i)
        for seq, piece in enumerate(pw.pieces):
            assert table["facility"][row] == i
            assert table["seq"][row] == seq
            assert table["reach"][row] == piece.reach
            assert PIECE_KINDS[table["kind"][row]] == piece.kind
            assert table["assumed"][row] == piece.assumed
            assert table["from_km"][row] == pytest.approx(piece.from_km, abs=1e-6)
            assert table["to_km"][row] == pytest.approx(piece.to_km, abs=1e-6)
            assert table["reach_from_m"][row] == pytest.approx(piece.reach_from_m, abs=1e-3)
            assert table["reach_to_m"][row] == pytest.approx(piece.reach_to_m, abs=1e-3)
            xy = table["coords"][off[row] : off[row + 1]]
            assert xy.shape == piece.coords.shape
            np.testing.assert_allclose(xy, piece.coords, atol=1e-9)
            row += 1
    assert row == table["facility"].size
    return table


@pytest.mark.parametrize("max_km", [None, 150.0])
def test_piece_table_equals_pathways_on_the_real_network(real, max_km):
    net, pts = real
    res = Tracer(net, main_stem_values=np.ones(net.n_reaches)).trace(pts[:, 0], pts[:, 1], 5000, max_km)
    table = assert_same_as_pathways(res)
    # independent: the geodesic length of each river piece's line equals its to_km - from_km
    river = np.flatnonzero(table["kind"] == 0)
    off = table["offsets"]
    for r in river[:: max(1, river.size // 300)]:
        xy = table["coords"][off[r] : off[r + 1]]
        length = GEOD.line_length(xy[:, 0], xy[:, 1]) / 1000.0
        assert length == pytest.approx(table["to_km"][r] - table["from_km"][r], rel=2e-3, abs=2e-3)
    # and the last piece ends at the facility's total distance
    last = np.r_[table["facility"][1:] != table["facility"][:-1], True]
    np.testing.assert_allclose(table["to_km"][last], res.total_km[table["facility"][last]], atol=1e-6)


def test_piece_table_with_branching_walks():
    # a river splitting in two branches that join again, and a tributary: walks follow every branch
    a = np.array([[70.0, 50.0], [70.1, 50.0]])
    b1 = np.array([[70.1, 50.0], [70.15, 50.03], [70.2, 50.0]])
    b2 = np.array([[70.1, 50.0], [70.15, 49.97], [70.2, 50.0]])
    c = np.array([[70.2, 50.0], [70.3, 50.0], [70.4, 50.01]])
    t = np.array([[70.25, 50.1], [70.25, 50.0]])
    net = RiverNetwork.build_from_digitised([a, b1, b2, c, t], node_tolerance_m=1.0)
    lon = np.array([70.02, 70.12, 70.26, 70.25, 75.0])
    lat = np.array([50.001, 50.02, 50.005, 50.05, 50.0])
    for max_km in (None, 12.0):
        res = Tracer(net).trace(lon, lat, 3000, max_km)
        assert res.branch_pieces  # the test covers the per-facility fallback
        assert_same_as_pathways(res)


def test_edge_slice_equals_substring(real):
    net, _ = real
    rng = np.random.default_rng(3)
    for e in rng.integers(0, net.n_edges, 200):
        a, b = net.e_offsets[e], net.e_offsets[e + 1]
        if b - a < 2:
            continue
        ln = net.e_len_m[e]
        c1, c2 = np.sort(rng.uniform(-0.1 * ln, 1.1 * ln, 2))
        cum = net.e_vcum[a:b] - net.e_vcum[a]
        np.testing.assert_allclose(
            _edge_slice(net, e, c1, c2), substring(net.e_coords[a:b], c1, c2, cum), atol=1e-9
        )


def test_piece_table_in_chunks_equals_the_whole(real):
    net, pts = real
    res = Tracer(net).trace(pts[:, 0], pts[:, 1], 5000, 300.0)
    whole = res.piece_table()
    parts = [res.piece_table(facilities=np.arange(a, min(a + 37, len(res)))) for a in range(0, len(res), 37)]
    for key in ("facility", "seq", "reach", "kind", "from_km", "to_km", "assumed"):
        np.testing.assert_array_equal(np.concatenate([p[key] for p in parts]), whole[key])
    np.testing.assert_array_equal(np.concatenate([p["coords"] for p in parts]), whole["coords"])


def test_checked_guesses_give_numpy_searchsorted():
    """The guessed-then-checked search used for the vertex ranges equals np.searchsorted, with plateaus
    (zero-length segments and edge boundaries), out-of-range guesses and values outside the array."""
    from tailings_qgis_plugin.core.pathways import _searchsorted

    rng = np.random.default_rng(11)
    v = np.cumsum(np.where(rng.random(5000) < 0.2, 0.0, rng.random(5000)))
    x = np.concatenate([v[rng.integers(0, v.size, 3000)], rng.uniform(-1, v[-1] + 1, 3000)])
    x[::7] = np.nextafter(x[::7], np.inf)  # one ulp off a stored value
    exact = np.searchsorted(v, x[:3000], side="left")
    for side in ("left", "right"):
        want = np.searchsorted(v, x, side=side)
        good = np.concatenate([exact, want[3000:]])  # right for some queries, not for others
        for guesses in ((good,), (good + 1, good - 1), (rng.integers(-5, v.size + 5, x.size),)):
            np.testing.assert_array_equal(_searchsorted(v, x, side, *guesses), want)


def test_runs_of_rows_are_copied_as_slices_or_gathered():
    """The coordinates of pieces given as (start, count) ranges, one after the other: a few long runs are
    copied as slices (the whole array is returned as it is), many short ones gathered; always the plain
    concatenation of the ranges."""
    from tailings_qgis_plugin.core.pathways import _gather_runs

    coords = np.arange(2000, dtype=float).reshape(-1, 2)
    rng = np.random.default_rng(3)
    cases = [
        (np.array([0]), np.array([1000])),  # the whole array
        (np.array([0, 400, 10]), np.array([400, 600, 5])),  # continues, then jumps back
        (rng.integers(0, 990, 300), rng.integers(0, 10, 300)),  # many short ranges
        (np.zeros(0, np.int64), np.zeros(0, np.int64)),
    ]
    for starts, counts in cases:
        want = np.concatenate([coords[a : a + c] for a, c in zip(starts, counts)] + [coords[:0]])
        np.testing.assert_array_equal(_gather_runs(coords, starts, counts), want)
    assert _gather_runs(coords, np.array([0]), np.array([1000])) is coords


def test_pieces_that_end_at_vertices_hold_the_vertices_themselves(real):
    """A piece's end points that fall on vertices of the network are those vertices, bit for bit (not the
    interpolation of a segment at t = 0 or 1); the others lie on their segment."""
    net, pts = real
    res = Tracer(net).trace(pts[:, 0], pts[:, 1], 5000, 300.0)
    table = res.piece_table()
    off = table["offsets"]
    vertices = {tuple(v) for v in net.e_coords.tolist()}
    river = np.flatnonzero(table["kind"] == 0)
    on_vertex = 0
    for r in river:
        xy = table["coords"][off[r] : off[r + 1]]
        assert all(tuple(v) in vertices for v in xy[1:-1].tolist())  # inner vertices are copied
        on_vertex += sum(tuple(v) in vertices for v in (xy[0].tolist(), xy[-1].tolist()))
    assert on_vertex > river.size  # most pieces run between reach ends: both of their ends are vertices
