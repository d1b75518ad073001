"""Tests of core.geodesy and core.network (no QGIS): geodesic lengths, topology, bad input."""

from __future__ import annotations

import json
import warnings

import numpy as np
import pytest
from fixture_data import SHARED_DATA
from pyproj import Geod

from tailings_qgis_plugin.core.common import NullFeedback, TailingsError
from tailings_qgis_plugin.core.geodesy import (
    cumulative_chainage_m,
    geodesic_distance_m,
    interpolate,
    line_lengths_m,
    nearest_point_on_line,
    segment_lengths_m,
    substring,
)
from tailings_qgis_plugin.core.network import RiverNetwork, cluster_points

DATA = SHARED_DATA
RIVERS = DATA / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"
GEOD = Geod(ellps="WGS84")


def _need(path):
    if not path.exists():
        pytest.skip(f"real data not available: {path}")


@pytest.fixture(scope="module")
def rivers():
    _need(RIVERS)
    d = json.loads(RIVERS.read_text())
    return [np.asarray(f["geometry"]["coordinates"], dtype=float) for f in d["features"]]


def id_copy(lines):
    """Independent reach-id / downstream-id table: the reach whose FIRST vertex equals my LAST vertex."""
    start = {tuple(np.round(ln[0], 6)): i for i, ln in enumerate(lines)}
    ids = np.arange(len(lines)) * 7 + 1001  # arbitrary, non-consecutive ids
    down = []
    for ln in lines:
        j = start.get(tuple(np.round(ln[-1], 6)))
        down.append(0 if j is None else int(ids[j]))
    return ids, np.asarray(down)


# --- geodesy ---------------------------------------------------------------------------------------------
def test_line_lengths_match_pyproj_geod(rivers):
    ours = line_lengths_m(rivers)
    ref = np.array([GEOD.line_length(ln[:, 0], ln[:, 1]) for ln in rivers])
    assert np.all(ref > 0)
    np.testing.assert_allclose(ours, ref, rtol=1e-6)
    np.testing.assert_allclose(line_lengths_m(rivers, exact=True), ref, rtol=1e-12)


def test_line_lengths_with_empty_and_single_vertex_lines_anywhere(rivers):
    """Lines with no or one vertex (first, between others, last) have length 0 and do not shift the sums of
    the others."""
    empty, single = np.zeros((0, 2)), rivers[0][:1]
    lines = [single, rivers[0], empty, single, rivers[1], rivers[2], empty, single]
    ref = [GEOD.line_length(ln[:, 0], ln[:, 1]) if len(ln) >= 2 else 0.0 for ln in lines]
    np.testing.assert_allclose(line_lengths_m(lines, exact=True), ref, rtol=1e-12, atol=0.0)
    assert line_lengths_m([single, empty]).tolist() == [0.0, 0.0]


def test_segment_approximation_long_segments_are_exact():
    lon = np.array([60.0, 60.01, 70.0, 70.0])
    lat = np.array([45.0, 45.01, 50.0, 40.0])
    _, _, ref = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    np.testing.assert_allclose(segment_lengths_m(lon, lat), ref, rtol=1e-6)


def test_blockwise_segment_lengths_equal_the_whole_array_formula():
    """The plane approximation runs block by block (cache-sized passes); across block boundaries, the
    antimeridian and strided (N, 2) columns, every length is the whole-array formula's value (to a unit in
    the last place: numpy's vectorised sine may round differently from the scalar one), and within 0.1 % of
    pyproj's geodesic (independent reference)."""
    from tailings_qgis_plugin.core import geodesy

    rng = np.random.default_rng(7)
    n = 3 * geodesy._BLOCK + 17
    coords = np.empty((n, 2))
    coords[:, 0] = 179.97 + np.abs(np.cumsum(rng.normal(0.0, 0.0002, n)))
    coords[:, 0] = np.where(
        coords[:, 0] > 180.0, coords[:, 0] - 360.0, coords[:, 0]
    )  # crosses the antimeridian
    coords[:, 1] = 50.0 + np.cumsum(rng.normal(0.0, 0.0001, n))
    lon, lat = coords[:, 0], coords[:, 1]
    got = segment_lengths_m(lon, lat)
    assert got.max() < geodesy.EXACT_ABOVE_M  # all by the plane formula (longer ones go to pyproj)
    # the formula as one whole-array expression (Snyder 1987, eqs. 4-18/4-20)
    rad = np.pi / 180.0
    s = np.sin((lat[:-1] + lat[1:]) * (0.5 * rad))
    rw = 1.0 / np.sqrt(1.0 - geodesy.WGS84_E2 * s * s)
    dlon = np.diff(lon)
    dlon = np.where(np.abs(dlon) > 180.0, (dlon + 180.0) % 360.0 - 180.0, dlon)
    dx = dlon * (geodesy.WGS84_A * rad) * rw * np.sqrt(1.0 - s * s)
    dy = np.diff(lat) * (geodesy.WGS84_A * (1.0 - geodesy.WGS84_E2) * rad) * (rw * rw * rw)
    np.testing.assert_allclose(got, np.hypot(dx, dy), rtol=1e-15, atol=0.0)
    _, _, ref = GEOD.inv(lon[:-1], lat[:-1], lon[1:], lat[1:])
    np.testing.assert_allclose(got, ref, rtol=1e-3)
    assert np.count_nonzero(np.abs(np.diff(lon)) > 180.0) > 0  # the walk did cross the antimeridian


@pytest.mark.parametrize("shape", [(10,), (10, 2)])
def test_insert_rows_sorted_equals_numpy_insert(shape):
    """Cut vertices go in run by run; the result is ``np.insert``'s, also for repeated positions and
    positions at both ends."""
    from tailings_qgis_plugin.core.network_index import insert_rows_sorted

    a = np.arange(np.prod(shape), dtype=float).reshape(shape)
    for pos in ([0], [10], [3, 3], [0, 0, 4, 4, 10, 10], []):
        vals = -1.0 - np.arange(len(pos) * (shape[1] if len(shape) > 1 else 1), dtype=float)
        vals = vals.reshape((len(pos),) + shape[1:])
        assert np.array_equal(insert_rows_sorted(a, pos, vals), np.insert(a, pos, vals, axis=0))


def test_range_expansion_equals_a_loop_over_the_ranges():
    """The running-sum expansion of ranges (every index built from it) equals the plain loop, with empty and
    negative counts, ranges that overlap or go backwards, and no ranges at all."""
    from tailings_qgis_plugin.core.network_index import _expand_ranges, _range_values

    rng = np.random.default_rng(5)
    for _ in range(200):
        n = int(rng.integers(0, 40))
        lo = rng.integers(-10, 60, n)
        counts = rng.integers(-3, 7, n)
        want = [v for a, c in zip(lo, counts) for v in range(a, a + max(c, 0))]
        owners = [i for i, c in enumerate(counts) for _ in range(max(c, 0))]
        got = _range_values(lo, counts)
        assert got.dtype == np.int64 and got.tolist() == want
        own, val = _expand_ranges(lo, lo + counts)
        assert own.tolist() == owners and val.tolist() == want


def test_one_segment_and_one_pair_give_arrays_without_numpy_warnings():
    # a single long segment (exact path) and a single point pair: 1-element arrays must not reach pyproj's
    # scalar fast path (numpy 2 deprecates float() of a 1-element array) and the results stay arrays
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        one = segment_lengths_m([60.0, 70.0], [45.0, 50.0])
        one_exact = segment_lengths_m([60.0, 60.01], [45.0, 45.01], exact=True)
        pair = geodesic_distance_m([60.0], [45.0], [70.0], [50.0])
    assert one.shape == one_exact.shape == pair.shape == (1,)
    np.testing.assert_allclose(one, [GEOD.inv(60.0, 45.0, 70.0, 50.0)[2]], rtol=1e-12)
    np.testing.assert_allclose(one_exact, [GEOD.inv(60.0, 45.0, 60.01, 45.01)[2]], rtol=1e-12)
    np.testing.assert_allclose(pair, one, rtol=1e-12)


def test_chainage_interpolate_substring():
    line = np.array([[70.0, 50.0], [70.1, 50.0], [70.1, 50.2]])
    cum = cumulative_chainage_m(line)
    _, _, d1 = GEOD.inv(70.0, 50.0, 70.1, 50.0)
    _, _, d2 = GEOD.inv(70.1, 50.0, 70.1, 50.2)
    np.testing.assert_allclose(cum, [0, d1, d1 + d2], rtol=1e-7)
    p = interpolate(line, d1 + d2 / 2)
    np.testing.assert_allclose(p, [70.1, 50.1], atol=1e-9)
    sub = substring(line, d1 / 2, d1 + d2 / 2)
    np.testing.assert_allclose(GEOD.line_length(sub[:, 0], sub[:, 1]), d1 / 2 + d2 / 2, rtol=1e-5)
    rev = substring(line, d1 + d2 / 2, d1 / 2)
    np.testing.assert_allclose(rev, sub[::-1])


def test_nearest_point_against_dense_sampling():
    line = np.array([[70.0, 50.0], [70.3, 50.1], [70.5, 49.9]])
    q = (70.2, 50.2)
    npnt = nearest_point_on_line(line, *q)
    # brute force: densify every segment and measure every sample with Geod
    pts = np.vstack([np.linspace(line[k], line[k + 1], 20001) for k in range(2)])
    _, _, d = GEOD.inv(np.full(len(pts), q[0]), np.full(len(pts), q[1]), pts[:, 0], pts[:, 1])
    assert npnt.distance_m == pytest.approx(d.min(), rel=1e-3)
    _, _, dd = GEOD.inv(q[0], q[1], npnt.lon, npnt.lat)
    assert npnt.distance_m == pytest.approx(dd, rel=1e-9)


def test_cluster_points_tolerance():
    # two points 3 m apart (east-west at 50 N), one far away
    dlon = 3.0 / (111320.0 * np.cos(np.radians(50)))
    lon = np.array([70.0, 70.0 + dlon, 71.0])
    lat = np.array([50.0, 50.0, 50.0])
    node, pairs = cluster_points(lon, lat, 5.0)
    assert node[0] == node[1] != node[2]
    assert len(pairs) == 1 and pairs[0][2] == pytest.approx(3.0, rel=0.01)
    node, pairs = cluster_points(lon, lat, 1.0)
    assert len(set(node)) == 3 and pairs == []


# --- real network ----------------------------------------------------------------------------------------
def test_digitised_network_real(rivers):
    net = RiverNetwork.build_from_digitised(rivers, node_tolerance_m=5.0)
    rep = net.report
    assert rep.n_reaches == 448 and rep.n_valid == 448
    assert rep.cycles == [] and rep.invalid == []
    # independent: downstream = reach starting where I end
    ids, down = id_copy(rivers)
    id_to_idx = {int(v): i for i, v in enumerate(ids)}
    for i in range(len(rivers)):
        expect = [] if down[i] == 0 else [id_to_idx[int(down[i])]]
        assert net.downstream(i) == expect
    ref = np.array([GEOD.line_length(ln[:, 0], ln[:, 1]) for ln in rivers]) / 1000.0
    np.testing.assert_allclose(net.length_km, ref, rtol=1e-6)
    # every reach without a downstream reach is either dangling or ends in a (no-lake) terminal
    outlets = sum(1 for d in down if d == 0)
    assert len(rep.dangling_ends) + len(rep.terminal_lakes) == outlets


def test_id_mode_equals_digitised_even_when_lines_are_reversed(rivers):
    ids, down = id_copy(rivers)
    # flip every third line: id mode must orient reaches from their neighbours
    flipped = [ln[::-1] if i % 3 == 0 else ln for i, ln in enumerate(rivers)]
    net_d = RiverNetwork.build_from_digitised(rivers, node_tolerance_m=5.0)
    net_i = RiverNetwork.build_from_ids(flipped, ids, down)
    has_up = {j for i in range(len(rivers)) for j in net_d.downstream(i)}
    for i in range(len(rivers)):
        assert net_i.downstream(i) == net_d.downstream(i)
        if net_d.downstream(i) or i in has_up:  # an isolated reach has no neighbour to orient it
            np.testing.assert_allclose(net_i.reach_line(i), net_d.reach_line(i))
    # reaches flipped and connected to a neighbour were all turned back
    assert set(net_i.report.reversed_reaches) <= set(range(0, len(rivers), 3))


def test_dem_mode_recovers_direction(rivers):
    """A 'DEM' that falls monotonically along the digitised network (distance to the outlet) must orient
    randomly flipped lines back to flow direction."""
    net_d = RiverNetwork.build_from_digitised(rivers, node_tolerance_m=5.0)
    from tailings_qgis_plugin.core.tracing import Tracer

    tr = Tracer(net_d)
    # elevation = distance to the end of the chain, looked up at the exact vertex positions
    height = {}
    for e in range(net_d.n_edges):
        line = net_d.edge_line(e)
        cum = cumulative_chainage_m(line)
        for p, c in zip(line, cum):
            height[tuple(np.round(p, 6))] = tr.T[e] - c

    def sampler(xy):
        return np.array([height.get(tuple(np.round(p, 6)), np.nan) for p in xy])

    rng = np.random.default_rng(1)
    flip = rng.random(len(rivers)) < 0.5
    lines = [ln[::-1] if f else ln for ln, f in zip(rivers, flip)]
    net = RiverNetwork.build_from_dem(lines, sampler, node_tolerance_m=5.0)
    assert sorted(net.report.reversed_reaches) == sorted(np.flatnonzero(flip).tolist())
    for i in range(len(rivers)):
        assert net.downstream(i) == net_d.downstream(i)


# --- bad input and synthetic topology --------------------------------------------------------------------
def test_empty_network_raises():
    with pytest.raises(TailingsError):
        RiverNetwork.build_from_digitised([])
    with pytest.raises(TailingsError):
        RiverNetwork.build_from_digitised([None, np.array([[70.0, 50.0]])])  # NULL geometry, a point


def test_invalid_and_zero_length_lines_are_reported():
    lines = [
        np.array([[70.0, 50.0], [70.1, 50.0]]),
        np.array([[70.2, 50.0], [70.2, 50.0]]),  # zero length
        np.array([[70.3, 50.0]]),  # a point
        None,
        np.array([[70.0, np.nan], [70.1, 50.0]]),
    ]
    net = RiverNetwork.build_from_digitised(lines)
    reasons = dict(net.report.invalid)
    assert set(reasons) == {1, 2, 3, 4}
    assert reasons[1] == "zero length"
    assert net.report.n_valid == 1 and net.length_km[1] == 0.0


def test_one_reach_network():
    net = RiverNetwork.build_from_digitised([np.array([[70.0, 50.0], [70.1, 50.1]])])
    assert net.downstream(0) == []
    assert net.report.n_components == 1 and len(net.report.dangling_ends) == 1


def test_missing_downstream_id_is_reported_and_treated_as_outlet():
    lines = [np.array([[70.0, 50.0], [70.1, 50.0]]), np.array([[70.1, 50.0], [70.2, 50.0]])]
    fb = NullFeedback()
    net = RiverNetwork.build_from_ids(lines, [1, 2], [2, 99], feedback=fb)
    assert net.downstream(0) == [1] and net.downstream(1) == []
    assert net.report.missing_downstream == [(1, 99)]
    assert any("does not exist" in m for m in fb.infos)
    net = RiverNetwork.build_from_ids(lines, [1, 2], [2, None])
    assert net.report.missing_downstream == []


def test_cycles_are_reported_and_broken():
    # a triangle of reaches flowing into each other, plus a tributary
    a, b, c = [70.0, 50.0], [70.1, 50.0], [70.05, 50.1]
    lines = [np.array([a, b]), np.array([b, c]), np.array([c, a]), np.array([[69.9, 49.9], a])]
    net = RiverNetwork.build_from_digitised(lines)
    assert len(net.report.cycles) == 1 and sorted(net.report.cycles[0]) == [0, 1, 2]
    assert len(net.report.cut_links) == 1
    # acyclic now: following downstream from anywhere ends
    seen, r = set(), 3
    while True:
        assert r not in seen
        seen.add(r)
        d = net.downstream(r)
        if not d:
            break
        r = d[0]
    assert seen == {0, 1, 2, 3}


def test_tolerance_join_and_midline_join():
    dlon = 3.0 / (111320.0 * np.cos(np.radians(50)))
    main = np.array([[70.0, 50.0], [70.2, 50.0], [70.4, 50.0]])
    trib_gap = np.array([[70.1, 50.3], [70.0 - dlon, 50.0]])  # ends 3 m before the main river's start
    trib_mid = np.array([[70.3, 50.2], [70.3, 50.0]])  # ends on the interior of the main river
    net = RiverNetwork.build_from_digitised([main, trib_gap, trib_mid], node_tolerance_m=5.0)
    rep = net.report
    assert net.downstream(1) == [0] and net.downstream(2) == [0]
    assert len(rep.joined_by_tolerance) == 1
    assert rep.joined_by_tolerance[0]["distance_m"] == pytest.approx(3.0, rel=0.01)
    assert len(rep.midline_joins) == 1
    mj = rep.midline_joins[0]
    _, _, d03 = GEOD.inv(70.0, 50.0, 70.3, 50.0)
    assert mj["reach"] == 2 and mj["into_reach"] == 0
    assert mj["chainage_m"] == pytest.approx(d03, rel=1e-5)
    # the main river was cut into two edges; its length is unchanged
    assert net.n_edges == 4
    ref = GEOD.line_length(main[:, 0], main[:, 1])
    assert net.length_km[0] == pytest.approx(ref / 1000, rel=1e-6)
    # tighter tolerance: the 3 m gap stays open and is a dangling end
    net = RiverNetwork.build_from_digitised([main, trib_gap, trib_mid], node_tolerance_m=1.0)
    assert net.downstream(1) == [] and any(d["reach"] == 1 for d in net.report.dangling_ends)


def test_bifurcation_reported():
    lines = [
        np.array([[70.0, 50.0], [70.1, 50.0]]),
        np.array([[70.1, 50.0], [70.2, 50.1]]),
        np.array([[70.1, 50.0], [70.2, 49.9]]),
    ]
    net = RiverNetwork.build_from_digitised(lines)
    assert net.report.bifurcations == [0]
    assert net.downstream(0) == [1, 2]


def test_multipart_parts_are_chained():
    parts = [np.array([[70.1, 50.0], [70.2, 50.0]]), np.array([[70.0, 50.0], [70.1, 50.0]])]
    net = RiverNetwork.build_from_digitised([parts])
    np.testing.assert_allclose(net.reach_line(0), [[70.0, 50.0], [70.1, 50.0], [70.2, 50.0]])
    assert net.report.multipart_gaps == []


def test_input_is_not_modified(rivers):
    lines = [ln.copy() for ln in rivers[:50]]
    flipped = [ln[::-1].copy() for ln in lines]
    keep = [ln.copy() for ln in flipped]
    ids, down = id_copy(lines)
    RiverNetwork.build_from_ids(flipped, ids, down)
    for a, b in zip(flipped, keep):
        np.testing.assert_array_equal(a, b)
