"""core.upstream against the forward analysis (core.tracing + core.exposure + core.hydraulics), no QGIS.

The forward reference is built here the way tailings:downstreamimpact builds it: trace each facility, join
its pieces into one exposure.Pathway with per-segment velocity, discharge and slope of the reach, and let
analyse_downstream_impact find the receptors in its corridor. The reverse engine must give the same pairs,
distances, arrival times and peak concentrations.
"""

from __future__ import annotations

import numpy as np
import pytest
from pyproj import Geod
from shapely.geometry import box

from tailings_qgis_plugin.core.common import Cancelled, NullFeedback, TailingsError
from tailings_qgis_plugin.core.exposure import Countries, Pathway, analyse_downstream_impact, make_places
from tailings_qgis_plugin.core.network import RiverNetwork
from tailings_qgis_plugin.core.tracing import Tracer
from tailings_qgis_plugin.core.upstream import EdgeHydraulics, UpstreamIndex, border_points, countries_on_way

GEOD = Geod(ellps="WGS84")


def _line(lon0, lat0, lon1, lat1, n=6):
    t = np.linspace(0.0, 1.0, n)[:, None]
    return np.hstack([lon0 + t * (lon1 - lon0), lat0 + t * (lat1 - lat0)])


def _network():
    """A main river flowing east along 50 N in three reaches, a tributary from the north joining mid-reach,
    a second tributary joining the start of the last reach, and a river in another basin."""
    lines = [
        _line(70.0, 50.0, 71.0, 50.0),  # 0 main, upper
        _line(71.0, 50.0, 72.0, 50.0, 11),  # 1 main, middle (tributary 2 joins at 71.5)
        _line(71.5, 50.8, 71.5, 50.0),  # 2 tributary ending mid-line on reach 1
        _line(72.0, 50.0, 73.0, 50.0),  # 3 main, lower
        _line(72.0, 51.0, 72.0, 50.0),  # 4 tributary ending at the start of reach 3
        _line(80.0, 45.0, 81.0, 45.0),  # 5 another basin
    ]
    velocity = np.array([0.8, 1.2, 0.5, 1.5, np.nan, 1.0])  # reach 4 takes the constant
    discharge = np.array([100.0, 150.0, 20.0, 300.0, 40.0, 50.0])
    slope = np.array([2e-4, 1e-4, 5e-4, np.nan, 3e-4, 1e-4])  # reach 3 takes the assumed slope
    return lines, velocity, discharge, slope


FACILITIES = np.array(
    [
        (70.10, 50.01),  # on the upper main river
        (70.60, 49.98),
        (71.50, 50.60),  # on tributary 2
        (71.80, 50.02),  # below the confluence
        (72.01, 50.70),  # tributary 4
        (80.5, 45.01),  # other basin
        (75.0, 40.0),  # far from any river
    ]
)
RECEPTORS = np.array([(71.2, 50.0), (71.9, 50.0), (72.5, 50.0), (72.95, 50.0), (80.9, 45.0), (71.5, 50.3)])
MASS = [1e4, None, 5e3, 2e4, 1e3, 1e3, 1e3]
HYD = {"fallback_velocity_m_s": 0.7, "assumed_slope": 1e-4, "decay_per_h": 0.01, "method": "fischer"}


def _forward(net, tracer, velocity, discharge, slope, snap_m, max_km=0.0):
    """What tailings:downstreamimpact computes, as a dict (facility, receptor) -> exposed row."""
    res = tracer.trace(FACILITIES[:, 0], FACILITIES[:, 1], snap_m, max_km)
    pathways, fids = [], []
    for i in range(len(FACILITIES)):
        pw = res.pathway(i)
        if not pw.snapped or not pw.pieces:
            continue
        coords, reach, kind = [], [], []
        for piece in pw.pieces:
            c = piece.coords
            part = c if not coords else c[1:]
            coords.append(part)
            reach += [piece.reach] * (len(part) - (1 if len(coords) == 1 else 0))
            kind += [piece.kind] * (len(part) - (1 if len(coords) == 1 else 0))
        xy = np.vstack(coords)
        keep = np.concatenate([[True], np.any(np.diff(xy, axis=0) != 0, axis=1)])
        xy = xy[keep]
        reach = np.asarray(reach)[keep[1:]]
        kind = list(np.asarray(kind, dtype=object)[keep[1:]])
        ok = reach >= 0

        def attr(a, reach=reach, ok=ok):
            out = np.full(reach.size, np.nan)
            out[ok] = a[reach[ok]]
            return out

        pathways.append(
            Pathway(i, xy, None, attr(velocity), attr(discharge), attr(slope), kind, MASS[i], pw.end_reason)
        )
        fids.append(i)
    rec = make_places(RECEPTORS[:, 0], RECEPTORS[:, 1], kind="receptor")
    out = analyse_downstream_impact(pathways, None, rec, None, corridor_m=100.0, hydraulics=HYD)
    return {(r["facility_id"], r["place_index"]): r for r in out.exposed}


@pytest.fixture(scope="module", params=["main_stem", "all_branches"])
def setup(request):
    lines, velocity, discharge, slope = _network()
    net = RiverNetwork.build_from_digitised(lines, node_tolerance_m=5.0)
    main = discharge if request.param == "main_stem" else None
    tracer = Tracer(net, main)
    hyd = EdgeHydraulics.build(net, velocity, discharge, slope, **HYD)
    up = UpstreamIndex(tracer, hyd)
    return net, tracer, up, (velocity, discharge, slope)


def _reverse(up, snap_m=3000.0, **kw):
    rec = up.snap(RECEPTORS[:, 0], RECEPTORS[:, 1], 100.0)
    fac = up.snap(FACILITIES[:, 0], FACILITIES[:, 1], snap_m)
    return up.sources(rec, fac, mass_kg=MASS, **kw)


def test_reverse_agrees_with_forward_for_every_pair(setup):
    net, tracer, up, (v, q, s) = setup
    fwd = _forward(net, tracer, v, q, s, 3000.0)
    res = _reverse(up)
    got = {(int(f), int(r)): k for k, (r, f) in enumerate(zip(res.receptor, res.facility))}
    assert set(got) == set(fwd)
    # the pairs a map reader expects: upper main river reaches all main-stem receptors, tributary 2 only
    # those below its confluence, the other basin only its own receptor, the far site nothing
    assert {r for f, r in got if f == 0} == {0, 1, 2, 3}
    assert {r for f, r in got if f == 2} == {1, 2, 3, 5}
    assert {r for f, r in got if f == 5} == {4}
    assert not any(f == 6 for f, _ in got)
    for key, k in got.items():
        row = fwd[key]
        assert res.dist_km[k] == pytest.approx(row["dist_km"], abs=1e-3)
        assert res.arrival_h[k] == pytest.approx(row["arrival_h"], rel=1e-4)
        assert res.peak_h[k] == pytest.approx(row["peak_h"], rel=1e-4)
        if row["peak_conc_mg_l"] is None:
            assert np.isnan(res.peak_conc_mg_l[k])
        else:
            assert res.peak_conc_mg_l[k] == pytest.approx(row["peak_conc_mg_l"], rel=1e-3)
            assert res.peak_conc_lo_mg_l[k] == pytest.approx(row["peak_conc_lo_mg_l"], rel=1e-3)
            assert res.peak_conc_hi_mg_l[k] == pytest.approx(row["peak_conc_hi_mg_l"], rel=1e-3)


def test_distance_and_time_by_hand(setup):
    """Facility 0 to receptor 0 (71.2 E): overland leg + river along 50 N, by pyproj and U per reach."""
    _net, _tr, up, _ = setup
    res = _reverse(up)
    k = next(k for k in range(len(res)) if res.facility[k] == 0 and res.receptor[k] == 0)
    overland = GEOD.inv(70.10, 50.01, 70.10, 50.0)[2]
    r0 = GEOD.inv(70.10, 50.0, 71.0, 50.0)[2]
    r1 = GEOD.inv(71.0, 50.0, 71.2, 50.0)[2]
    assert res.dist_km[k] * 1000 == pytest.approx(overland + r0 + r1, abs=2.0)
    tau_h = (overland / 0.7 + r0 / 0.8 + r1 / 1.2) / 3600.0
    assert res.travel_time_h[k] == pytest.approx(tau_h, rel=1e-4)
    # decay lowers the time to peak by k*sigma^2 and the leading edge is 0.89 of it (Jobson 1996)
    assert res.peak_h[k] < tau_h
    assert res.arrival_h[k] == pytest.approx(0.89 * res.peak_h[k], rel=1e-9)
    # the line runs from the facility to the receptor
    line = res.stretch(k)
    assert tuple(line[0]) == pytest.approx((70.10, 50.01))
    assert tuple(line[-1]) == pytest.approx((71.2, 50.0), abs=1e-6)


def test_limits(setup):
    _net, _tr, up, _ = setup
    full = _reverse(up)
    short = _reverse(up, max_distance_km=60.0)
    assert len(short) < len(full)
    assert np.all(short.dist_km <= 60.0 + 1e-9)
    kept = {(int(r), int(f)) for r, f in zip(short.receptor, short.facility)}
    assert kept == {
        (int(r), int(f)) for r, f, d in zip(full.receptor, full.facility, full.dist_km) if d <= 60
    }
    fast = _reverse(up, max_time_h=12.0)
    assert np.all(fast.arrival_h <= 12.0)
    assert len(fast) == int(np.sum(full.arrival_h <= 12.0))
    # ordered by receptor, then arrival
    for r in np.unique(full.receptor):
        a = full.arrival_h[full.receptor == r]
        assert np.all(np.diff(a) >= 0)


def test_pair_filter_and_unsnapped_receptor(setup):
    _net, _tr, up, _ = setup
    res = _reverse(up, pair_filter=lambda r, f: f % 2 == 0)
    assert np.all(res.facility % 2 == 0) and len(res) > 0
    rec = up.snap([60.0], [40.0], 1000.0)
    assert not rec.snapped[0] and rec.distance_m[0] > 100_000
    fac = up.snap(FACILITIES[:, 0], FACILITIES[:, 1], 3000.0)
    assert len(up.sources(rec, fac)) == 0


def test_cancel(setup):
    _net, _tr, up, _ = setup

    class Stop(NullFeedback):
        def isCanceled(self):
            return True

    with pytest.raises(Cancelled):
        _reverse(up, feedback=Stop())


def test_time_limit_needs_hydraulics(setup):
    _net, tracer, _up, _ = setup
    plain = UpstreamIndex(tracer)
    res = _reverse(plain)
    assert len(res) > 0 and np.all(np.isnan(res.arrival_h))
    with pytest.raises(TailingsError):
        _reverse(plain, max_time_h=5.0)


def test_border_points_and_countries_on_way():
    """Two 'countries' split at 71.5 E: the main river leaves A there, the tributary 4 stays in B."""
    lines, *_ = _network()
    net = RiverNetwork.build_from_digitised(lines, node_tolerance_m=5.0)
    countries = Countries([box(60, 40, 71.5, 60), box(71.5, 40, 90, 60)], ["AAA", "BBB"])
    pts = border_points(net, countries, tolerance_km=1.0)
    assert [(p["from_country"], p["to_country"]) for p in pts] == [("AAA", "BBB")]
    p = pts[0]
    assert p["lon"] == pytest.approx(71.5, abs=1e-5) and p["lat"] == pytest.approx(50.0)
    # tributary 2 runs exactly along the border meridian: it must not create a crossing of its own
    assert int(net.e_parent[p["edge"]]) == 1
    tracer = Tracer(net)
    up = UpstreamIndex(tracer, EdgeHydraulics.build(net, fallback_velocity_m_s=1.0))
    rec = up.snap_on_edge([p["edge"]], [p["c"]], [p["lon"]], [p["lat"]])
    fac = up.snap(FACILITIES[:, 0], FACILITIES[:, 1], 3000.0)
    res = up.sources(rec, fac)
    assert {int(f) for f in res.facility} == {0, 1, 2}
    # distance to the crossing equals the forward distance to the first border
    k = next(k for k in range(len(res)) if res.facility[k] == 0)
    assert res.dist_km[k] * 1000 == pytest.approx(
        GEOD.inv(70.10, 50.01, 70.10, 50.0)[2] + GEOD.inv(70.10, 50.0, 71.5, 50.0)[2], abs=2.0
    )
    assert countries_on_way(res.stretch(k), countries) == ["AAA", "BBB"] or countries_on_way(
        res.stretch(k), countries
    ) == ["AAA"]


def test_border_point_inside_an_edge():
    """The split at 72.55 E lies between two vertices of reach 3: located by bisection, as the forward."""
    lines, *_ = _network()
    net = RiverNetwork.build_from_digitised(lines, node_tolerance_m=5.0)
    countries = Countries([box(60, 40, 72.55, 60), box(72.55, 40, 90, 60)], ["KAZ", "RUS"])
    pts = border_points(net, countries, tolerance_km=1.0)
    assert [(p["from_country"], p["to_country"], int(net.e_parent[p["edge"]])) for p in pts] == [
        ("KAZ", "RUS", 3)
    ]
    assert pts[0]["lon"] == pytest.approx(72.55, abs=1e-5)
    assert pts[0]["c"] == pytest.approx(GEOD.inv(72.0, 50.0, 72.55, 50.0)[2], abs=1.0)


def test_bifurcation_without_main_stem_follows_all_branches():
    """A river splits into two channels (no main stem): a site above the split reaches receptors on both,
    at the distances of the forward all-branch walk (Tracer._walk_all); with a main stem only one branch."""
    lines = [
        _line(70.0, 50.0, 71.0, 50.0),  # 0 main
        _line(71.0, 50.0, 72.0, 50.5),  # 1 northern channel
        _line(71.0, 50.0, 72.0, 49.8),  # 2 southern channel
    ]
    net = RiverNetwork.build_from_digitised(lines, node_tolerance_m=5.0)
    site = np.array([[70.2, 50.0]])
    rec = np.array([[71.5, 50.25], [71.5, 49.9]])
    up = UpstreamIndex(Tracer(net), EdgeHydraulics.build(net, fallback_velocity_m_s=1.0))
    res = up.sources(up.snap(rec[:, 0], rec[:, 1], 100.0), up.snap(site[:, 0], site[:, 1], 100.0))
    assert sorted(int(r) for r in res.receptor) == [0, 1]
    fwd = Tracer(net).trace(site[:, 0], site[:, 1], 100.0)
    pieces = fwd.branch_pieces[0]  # (edge, c_from, c_to, dist_from_entry_m), all branches
    assert {int(net.e_parent[p[0]]) for p in pieces} == {0, 1, 2}
    for k in range(len(res)):
        pt = up.snap(rec[int(res.receptor[k]), :1], rec[int(res.receptor[k]), 1:], 100.0)
        e, c = int(pt.e[0]), float(pt.c[0])
        piece = next(p for p in pieces if p[0] == e)
        assert res.dist_km[k] * 1000 == pytest.approx(piece[3] + c - piece[1], abs=1e-6)
        by_hand = GEOD.inv(70.2, 50.0, 71.0, 50.0)[2] + GEOD.inv(71.0, 50.0, *rec[int(res.receptor[k])])[2]
        assert res.dist_km[k] * 1000 == pytest.approx(by_hand, rel=1e-4)
        line = res.stretch(k)
        assert tuple(line[0]) == pytest.approx((70.2, 50.0)) and tuple(line[-1]) == pytest.approx(
            tuple(rec[int(res.receptor[k])]), abs=1e-6
        )
    # with a main stem (the northern channel carries more water) only that branch is followed
    main = UpstreamIndex(Tracer(net, [100.0, 80.0, 20.0]))
    res = main.sources(main.snap(rec[:, 0], rec[:, 1], 100.0), main.snap(site[:, 0], site[:, 1], 100.0))
    assert [int(r) for r in res.receptor] == [0]
