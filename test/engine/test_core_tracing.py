"""Tests of core.tracing on the real WaterHydro network and on small synthetic networks (no QGIS)."""

from __future__ import annotations

import json

import numpy as np
import pytest
from fixture_data import SHARED_DATA
from pyproj import Geod

from tailings_qgis_plugin.core.common import Cancelled, NullFeedback
from tailings_qgis_plugin.core.geodesy import nearest_point_on_line
from tailings_qgis_plugin.core.network import RiverNetwork
from tailings_qgis_plugin.core.tracing import Tracer, trace_downstream

DATA = SHARED_DATA
HYDRO = DATA / "rivers_basins_waterhydro_kz"
ICMM = DATA / "tailings_mines_icmm" / "icmm_global_mining_dataset_2025_central_asia.geojson"
GEOD = Geod(ellps="WGS84")

UST_KAMENOGORSK = (82.6, 49.95)
ASTANA = (71.43, 51.13)
ILI = (77.0, 44.0)  # below Kapchagay
KYZYLORDA = (65.51, 44.85)  # on the Syr Darya
IRTYSH_END = (68.216667, 58.1625)
BALKHASH_END = (75.297917, 46.652083)
ARAL_END = (60.952083, 46.335417)


def _load(name):
    path = HYDRO / name
    if not path.exists():
        pytest.skip(f"real data not available: {path}")
    return json.loads(path.read_text())


@pytest.fixture(scope="module")
def rivers():
    d = _load("waterhydro_rivers.geojson")
    return [np.asarray(f["geometry"]["coordinates"], dtype=float) for f in d["features"]]


@pytest.fixture(scope="module")
def lakes():
    from shapely.geometry import shape

    d = _load("waterhydro_lakes.geojson")
    return [shape(f["geometry"]) for f in d["features"]]


@pytest.fixture(scope="module")
def tracer(rivers, lakes):
    return Tracer(RiverNetwork.build_from_digitised(rivers, node_tolerance_m=5.0, lakes=lakes))


def independent_path(lines, first):
    """Reach sequence from ``first`` following 'my last vertex == your first vertex' (test-side topology)."""
    start = {tuple(np.round(ln[0], 6)): i for i, ln in enumerate(lines)}
    seq = [first]
    while True:
        j = start.get(tuple(np.round(lines[seq[-1]][-1], 6)))
        if j is None or j in seq:
            return seq
        seq.append(j)


def check_lengths(pw, lines=None):
    """Pieces are contiguous, and each piece's km range matches Geod.line_length of its coordinates."""
    total = 0.0
    prev = 0.0
    for p in pw.pieces:
        assert p.from_km == pytest.approx(prev, abs=1e-6)
        prev = p.to_km
        ref = GEOD.line_length(p.coords[:, 0], p.coords[:, 1]) / 1000.0
        assert p.to_km - p.from_km == pytest.approx(ref, rel=5e-3, abs=1e-6)
        total += ref
    assert pw.total_km == pytest.approx(total, rel=5e-3)
    if lines is not None:
        # independent: overland leg + rest of the entry reach + full Geod lengths of the following reaches
        river = [p for p in pw.pieces if p.kind != "overland"]
        first = river[0].reach
        seq = independent_path(lines, first)
        assert [p.reach for p in river] == seq
        ln = lines[first]
        # chainage of the entry point on its reach, by brute force on the densified reach
        dense = np.vstack([np.linspace(ln[k], ln[k + 1], 50) for k in range(len(ln) - 1)])
        _, _, dd = GEOD.inv(
            np.full(len(dense), pw.entry_lon), np.full(len(dense), pw.entry_lat), dense[:, 0], dense[:, 1]
        )
        k = int(np.argmin(dd))
        rest = GEOD.line_length(dense[k:, 0], dense[k:, 1])
        others = sum(GEOD.line_length(lines[j][:, 0], lines[j][:, 1]) for j in seq[1:])
        expect_km = (pw.snap_distance_m + rest + others) / 1000.0
        assert pw.total_km == pytest.approx(expect_km, rel=5e-3)


# --- the four real-data checks of the issue ----------------------------------------------------------------
def test_ust_kamenogorsk_irtysh_into_russia(tracer, rivers):
    res = tracer.trace([UST_KAMENOGORSK[0]], [UST_KAMENOGORSK[1]])
    pw = res.pathway(0)
    assert pw.snapped and pw.snap_distance_m < 5000
    assert pw.end_reason == "outlet"
    assert (pw.end_lon, pw.end_lat) == pytest.approx(IRTYSH_END, abs=0.01)
    assert pw.pieces[0].kind == "overland" and pw.pieces[0].assumed
    # crosses into Russia: the Irtysh leaves Kazakhstan north of Pavlodar (about 54.4 N)
    assert max(p.coords[:, 1].max() for p in pw.pieces) > 57.0
    check_lengths(pw, rivers)


def test_ili_ends_in_balkhash(tracer, rivers):
    pw = tracer.trace([ILI[0]], [ILI[1]]).pathway(0)
    assert pw.end_reason == "terminal_lake"
    assert (pw.end_lon, pw.end_lat) == pytest.approx(BALKHASH_END, abs=0.01)
    check_lengths(pw, rivers)


def test_syr_darya_ends_at_aral(tracer, rivers):
    pw = tracer.trace([KYZYLORDA[0]], [KYZYLORDA[1]]).pathway(0)
    assert pw.end_reason == "terminal_lake"
    assert (pw.end_lon, pw.end_lat) == pytest.approx(ARAL_END, abs=0.01)
    check_lengths(pw, rivers)


def test_ishim_from_astana_reaches_irtysh(tracer, rivers):
    res = tracer.trace([ASTANA[0], UST_KAMENOGORSK[0]], [ASTANA[1], UST_KAMENOGORSK[1]])
    ishim, irtysh = res.pathway(0), res.pathway(1)
    assert ishim.end_reason == "outlet"
    assert (ishim.end_lon, ishim.end_lat) == pytest.approx(IRTYSH_END, abs=0.01)
    shared = {p.reach for p in ishim.pieces if p.reach >= 0} & {
        p.reach for p in irtysh.pieces if p.reach >= 0
    }
    assert shared, "the Ishim pathway must join reaches of the Irtysh"
    check_lengths(ishim, rivers)


def test_without_lakes_the_ili_ends_at_an_outlet(rivers):
    pw = trace_downstream(RiverNetwork.build_from_digitised(rivers, 5.0), [ILI[0]], [ILI[1]]).pathway(0)
    assert pw.end_reason == "outlet"
    assert (pw.end_lon, pw.end_lat) == pytest.approx(BALKHASH_END, abs=0.01)


def test_digitised_and_id_modes_give_the_same_pathways(rivers, lakes):
    if not ICMM.exists():
        pytest.skip("ICMM sites not available")
    sites = json.loads(ICMM.read_text())["features"]
    lon = np.array([f["geometry"]["coordinates"][0] for f in sites])
    lat = np.array([f["geometry"]["coordinates"][1] for f in sites])
    start = {tuple(np.round(ln[0], 6)): i for i, ln in enumerate(rivers)}
    ids = np.arange(len(rivers)) * 3 + 10
    down = [ids[start[k]] if (k := tuple(np.round(ln[-1], 6))) in start else None for ln in rivers]
    t_d = Tracer(RiverNetwork.build_from_digitised(rivers, 5.0, lakes=lakes))
    t_i = Tracer(RiverNetwork.build_from_ids(rivers, ids, down, lakes=lakes))
    r_d = t_d.trace(lon, lat, 30000, 500)
    r_i = t_i.trace(lon, lat, 30000, 500)
    assert r_d.snapped.sum() > 20
    np.testing.assert_array_equal(r_d.snapped, r_i.snapped)
    np.testing.assert_array_equal(r_d.end_reason, r_i.end_reason)
    np.testing.assert_allclose(r_d.total_km, r_i.total_km, rtol=1e-9)
    np.testing.assert_allclose(r_d.end_lon, r_i.end_lon, rtol=1e-9)
    for i in np.flatnonzero(r_d.snapped):
        a, b = r_d.pathway(i, with_coords=False), r_i.pathway(i, with_coords=False)
        assert [p.reach for p in a.pieces] == [p.reach for p in b.pieces]


# --- distances, limits, entry ------------------------------------------------------------------------------
def test_max_distance_global_and_per_facility(tracer):
    lon = [UST_KAMENOGORSK[0], ASTANA[0], ILI[0]]
    lat = [UST_KAMENOGORSK[1], ASTANA[1], ILI[1]]
    res = tracer.trace(lon, lat, max_distance_km=100.0)
    assert list(res.end_reason_names()) == ["max_distance"] * 3
    np.testing.assert_allclose(res.total_km, 100.0)
    for i in range(3):
        check_lengths(res.pathway(i))
    res = tracer.trace(lon, lat, max_distance_km=[250.0, 0.0, np.nan])  # 0 and NaN: no limit
    assert res.end_reason_names() == ["max_distance", "outlet", "terminal_lake"]
    assert res.total_km[0] == pytest.approx(250.0)
    pw = res.pathway(0)
    assert (pw.end_lon, pw.end_lat) == pytest.approx(tuple(pw.pieces[-1].coords[-1]), abs=1e-9)


def test_max_distance_shorter_than_overland_leg(tracer):
    res = tracer.trace(
        [UST_KAMENOGORSK[0]], [UST_KAMENOGORSK[1] + 0.03], snap_distance_m=10000, max_distance_km=0.5
    )
    pw = res.pathway(0)
    assert pw.snap_distance_m > 500
    assert pw.end_reason == "max_distance" and pw.total_km == pytest.approx(0.5)
    assert [p.kind for p in pw.pieces] == ["overland"]


def test_no_river_reports_distance(tracer, rivers):
    fb = NullFeedback()
    res = tracer.trace([66.0, np.nan], [48.0, 50.0], snap_distance_m=5000, feedback=fb)
    assert res.end_reason_names() == ["no_river", "no_river"]
    assert not res.snapped.any()
    best = min(nearest_point_on_line(ln, 66.0, 48.0).distance_m for ln in rivers)
    assert res.snap_distance_m[0] == pytest.approx(best, rel=1e-6)
    assert np.isnan(res.snap_distance_m[1])
    assert any("farther than" in w for w in fb.warnings)
    assert res.pathway(0).pieces == []


def test_facility_exactly_on_a_confluence(tracer, rivers):
    # a node where several reaches end and one starts
    start = {tuple(np.round(ln[0], 6)): i for i, ln in enumerate(rivers)}
    ends = {}
    for i, ln in enumerate(rivers):
        ends.setdefault(tuple(np.round(ln[-1], 6)), []).append(i)
    node = next(k for k, v in ends.items() if len(v) >= 2 and k in start)
    below = start[node]
    mid = rivers[below][len(rivers[below]) // 2]
    res = tracer.trace([node[0], mid[0]], [node[1], mid[1]])
    assert res.snap_distance_m[0] == pytest.approx(0.0, abs=0.01)
    pw = res.pathway(0)
    river = [p for p in pw.pieces if p.kind != "overland"]
    assert river[0].reach == below  # no zero-length piece of the tributary
    assert pw.end_reason == res.end_reason_names()[1]
    seq_mid = [p.reach for p in res.pathway(1).pieces if p.reach >= 0]
    assert [p.reach for p in river] == [below] + seq_mid[1:]
    check_lengths(pw, rivers)


# --- synthetic networks ------------------------------------------------------------------------------------
def test_facility_on_a_lake_centre_line():
    lake = np.array([[70.0, 50.0], [70.2, 50.0]])
    river = np.array([[70.2, 50.0], [70.4, 50.1]])
    net = RiverNetwork.build_from_digitised([lake, river], kinds=["Lake Centerline", "River"])
    pw = trace_downstream(net, [70.1], [50.0]).pathway(0)
    assert [p.kind for p in pw.pieces] == ["overland", "lake", "river"]
    assert pw.end_reason == "outlet"
    check_lengths(pw)
    # a network ending in a lake centre-line is a terminal lake
    net = RiverNetwork.build_from_digitised([river, lake + [0.4, 0.1]], kinds=["river", "lake"])
    assert trace_downstream(net, [70.3], [50.05]).pathway(0).end_reason == "terminal_lake"


def test_cycle_does_not_loop_forever():
    a, b, c = [70.0, 50.0], [70.1, 50.0], [70.05, 50.1]
    net = RiverNetwork.build_from_digitised([np.array([a, b]), np.array([b, c]), np.array([c, a])])
    res = trace_downstream(net, [70.05, 70.07], [50.0, 50.05])
    assert (res.total_km < 40).all()
    for i in range(2):
        reaches = [p.reach for p in res.pathway(i).pieces if p.reach >= 0]
        assert len(reaches) == len(set(reaches)) or len(reaches) <= 4


def test_one_reach_network_trace():
    line = np.array([[70.0, 50.0], [70.1, 50.1]])
    net = RiverNetwork.build_from_digitised([line])
    pw = trace_downstream(net, [70.05], [50.05]).pathway(0)
    assert pw.end_reason == "outlet"
    assert pw.total_km == pytest.approx(GEOD.line_length(line[:, 0], line[:, 1]) / 2000.0, rel=1e-3)


def test_bifurcation_all_branches_or_main_stem():
    lines = [
        np.array([[70.0, 50.0], [70.1, 50.0]]),
        np.array([[70.1, 50.0], [70.3, 50.1]]),  # branch 1 (longer)
        np.array([[70.1, 50.0], [70.2, 49.95]]),  # branch 2
    ]
    net = RiverNetwork.build_from_digitised(lines)
    pw = trace_downstream(net, [70.05], [50.0]).pathway(0)
    assert sorted(p.reach for p in pw.pieces if p.reach >= 0) == [0, 1, 2]
    longest = GEOD.line_length([70.05, 70.1, 70.3], [50.0, 50.0, 50.1]) / 1000.0
    assert pw.total_km == pytest.approx(longest, rel=1e-3)
    pw = trace_downstream(net, [70.05], [50.0], main_stem_values=[5, 1, 9]).pathway(0)
    assert [p.reach for p in pw.pieces if p.reach >= 0] == [0, 2]
    check_lengths(pw)
    res = trace_downstream(net, [70.05], [50.0], max_distance_km=5.0)
    assert res.end_reason_names() == ["max_distance"] and res.total_km[0] == pytest.approx(5.0)


def test_cancel():
    class Cancelling(NullFeedback):
        def isCanceled(self):
            return True

    net = RiverNetwork.build_from_digitised([np.array([[70.0, 50.0], [70.1, 50.1]])])
    with pytest.raises(Cancelled):
        Tracer(net).trace([70.0], [50.0], feedback=Cancelling())


def _fresh_trace(net, lon, lat):
    """The trace with an index of the valid edges made here, not by the build."""
    from tailings_qgis_plugin.core.network_index import LineIndex

    tracer = Tracer(net)
    tracer._index = LineIndex(net.e_coords, net.e_offsets, tracer._active)
    return tracer.trace(lon, lat, 30_000.0)


def _same_trace(a, b):
    for name in ("snapped", "snap_distance_m", "entry_lon", "entry_lat", "total_km", "e0", "c0"):
        np.testing.assert_array_equal(getattr(a, name), getattr(b, name), err_msg=name)


def test_snapping_on_the_builds_reach_index_equals_a_fresh_index():
    """The tracer snaps on the spatial index the build made for the mid-line joins, seen through the edges
    (core/edge_index.py): no second index of the same lines. Where no reach was cut it answers as a fresh
    index of the edges; where a tributary joins mid-line (a reach cut in two edges) too, the segment and
    fraction moved onto the edge the point lies on, and a point on the cut itself at the start of the edge
    after it."""
    from tailings_qgis_plugin.core.edge_index import EdgeView

    rng = np.random.default_rng(7)
    lines = []
    for k in range(40):  # a fan of tributaries joining a main stem end to end
        x0 = 70.0 + 0.05 * k
        lines.append(np.array([[x0, 50.0], [x0 + 0.02, 50.03], [x0 + 0.05, 50.0]]))
        lines.append(np.array([[x0 + 0.01, 50.2], [x0, 50.1], [x0, 50.0]]))
    net = RiverNetwork.build_from_digitised(lines, node_tolerance_m=5.0)
    view = net.edge_index()
    assert isinstance(view, EdgeView) and view is net._edge_index_build.result()
    assert view.reaches.coords is net.coords  # the build's reach index itself
    lon = 70.0 + 2.0 * rng.random(200)
    lat = 49.9 + 0.4 * rng.random(200)
    shared = Tracer(net).trace(lon, lat, 30_000.0)
    assert shared.tracer.index is view
    _same_trace(shared, _fresh_trace(net, lon, lat))
    # tributaries ending mid-line cut the main stem: one on (70.5, 50)-(70.52, 50.03), two on one segment
    lines.append(np.array([[70.51, 50.2], [70.51, 50.1], [70.51, 50.015]]))
    lines.append(np.array([[70.555, 50.2], [70.555, 50.1], [70.555, 50.0075]]))  # two on (70.55, 50)-(70.57,
    lines.append(np.array([[70.565, 50.2], [70.565, 50.1], [70.565, 50.0225]]))  # 50.03)
    cut = RiverNetwork.build_from_digitised(lines, node_tolerance_m=5.0)
    assert cut.n_edges == cut.n_reaches + 3
    view = cut.edge_index()
    assert isinstance(view, EdgeView) and view.reaches.coords is cut.coords
    # points around the cuts as well as everywhere
    near = np.array(
        [[70.51, 50.0148], [70.5102, 50.016], [70.56, 50.0058], [70.5605, 50.0065], [70.58, 50.0175]]
    )
    lon = np.concatenate([lon, near[:, 0]])
    lat = np.concatenate([lat, near[:, 1]])
    traced = Tracer(cut).trace(lon, lat, 30_000.0)
    assert traced.tracer.index is view
    fresh = _fresh_trace(cut, lon, lat)
    np.testing.assert_array_equal(traced.snapped, fresh.snapped)
    np.testing.assert_array_equal(traced.e0, fresh.e0)
    # the same points, measured from the reach's segment instead of the edge's part of it: equal to rounding
    for name, atol in (("snap_distance_m", 1e-6), ("c0", 1e-6), ("total_km", 1e-9), ("entry_lon", 1e-12)):
        np.testing.assert_allclose(
            getattr(traced, name), getattr(fresh, name), rtol=0.0, atol=atol, err_msg=name
        )
    # points near the cuts entered edges on both sides of them
    entered = traced.e0[-near.shape[0] :]
    assert (cut.e_from_m[entered] > 0).any() and (cut.r_last_edge[cut.e_parent[entered]] > entered).any()
    # candidate edges near each point: every edge a fresh index offers (the view offers whole reaches)
    from tailings_qgis_plugin.core.network_index import LineIndex

    q1, l1 = view.candidate_lines(lon, lat, 2000.0)
    q2, l2 = LineIndex(cut.e_coords, cut.e_offsets, cut.valid_edges()).candidate_lines(lon, lat, 2000.0)
    assert q2.size and set(zip(q2.tolist(), l2.tolist())) <= set(zip(q1.tolist(), l1.tolist()))
    # a point on a cut: the start of the edge after it; just before it, the end of the edge before
    for k, t in zip(view.cut_segments.tolist(), view.cut_fractions.tolist()):
        edge, seg, frac = view._on_edges(np.array([k, k]), np.array([t, np.nextafter(t, 0.0)]))
        assert cut.e_from_m[edge[0]] > 0 and seg[0] == cut.e_offsets[edge[0]] and frac[0] == 0.0
        assert (
            edge[1] == edge[0] - 1 and seg[1] == cut.e_offsets[edge[0]] - 2 and frac[1] == pytest.approx(1.0)
        )
