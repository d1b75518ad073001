"""Engine tests of issue 14 / issue 12 item 1: pathway model helpers, assumed slope, highest peak, DEM slope.

Expected values come from hand arithmetic or from the hydraulics module's own per-method results, never
from the function under test.
"""

from __future__ import annotations

import numpy as np
import pytest

from tailings_qgis_plugin.core.borders import Countries
from tailings_qgis_plugin.core.exposure import Pathway, make_places
from tailings_qgis_plugin.core.hydraulics import DISPERSION_METHODS, HIGHEST, plume_profile
from tailings_qgis_plugin.core.pathway import (
    NETWORK_END,
    fill_slope_from_dem,
    overland_position,
    population_at_risk,
    refine_end_reasons,
    slope_from_elevations,
)


def _line(n=11, lat0=50.0, dlat=0.1):
    return np.column_stack([np.full(n, 80.0), lat0 + dlat * np.arange(n)])


def test_overland_position_marks_the_assumed_leg():
    pw = Pathway("F", _line(), kind=["overland"] * 3 + ["river"] * 7)
    ch = pw.chainage_km
    on, along = overland_position(pw, [ch[1], ch[2] + 0.5 * (ch[3] - ch[2]), ch[5]])
    assert list(on) == [True, True, False]
    assert along[0] == pytest.approx(ch[1]) and along[1] == pytest.approx(0.5 * (ch[2] + ch[3]))
    assert np.isnan(along[2])


def test_population_counts_each_place_once_per_facility():
    a = Pathway("A", _line())
    b = Pathway("A", _line(lat0=50.5))  # a second pathway of the same facility, overlapping the first
    c = Pathway("C", _line(lat0=60.0))
    places = make_places([80.01, 80.01, 85.0], [50.55, 50.95, 50.5], population=[100, 20, 5000])
    people = population_at_risk([a, b, c], places, corridor_m=2000.0)
    assert people == {"A": 120.0, "C": 0.0}


def test_network_end_at_the_edge_of_the_data():
    from shapely.geometry import box

    land = Countries([box(60, 40, 90, 60)], ["XXX"])
    extent = (70.0, 45.0, 80.0, 57.0)  # the river data were clipped at 57 N
    reasons = refine_end_reasons(
        ["outlet", "outlet", "outlet", "terminal_lake", "max_distance"],
        [75.0, 75.0, 79.99, 75.0, 75.0],
        [56.98, 50.0, 56.99, 56.98, 56.98],
        land,
        extent=extent,
    )
    # at the clip line on land: the data stop; inland away from the edge: a real end (e.g. a river that dries
    # out in the steppe); other reasons unchanged
    assert reasons == [NETWORK_END, "outlet", NETWORK_END, "terminal_lake", "max_distance"]
    sea = Countries([box(60, 40, 90, 56.95)], ["XXX"])  # the coast runs along 56.95 N: the mouth is at sea
    assert refine_end_reasons(["outlet"], [75.0], [56.98], sea, extent=extent) == ["outlet"]
    assert refine_end_reasons(["outlet"], [75.0], [56.98], None, extent=extent) == [NETWORK_END]
    assert refine_end_reasons(["outlet"], [75.0], [56.98], land) == ["outlet"]  # no extent: cannot tell


def test_highest_is_the_largest_of_the_four_methods():
    ch = np.linspace(0.0, 200.0, 41)
    kw = dict(discharge_m3_s=300.0, mass_kg=1.0e5, fallback_velocity_m_s=1.0, assumed_slope=1e-4)
    prof = plume_profile(ch, method=HIGHEST, **kw)
    d = np.array([20.0, 100.0, 190.0])
    per = [plume_profile(ch, method=m, **kw).at(d)["peak_conc_mg_l"] for m in DISPERSION_METHODS]
    assert prof.at(d)["peak_conc_mg_l"] == pytest.approx(np.max(per, axis=0))
    assert prof.at(d)["peak_conc_hi_mg_l"] == pytest.approx(np.max(per, axis=0))
    # every station here used the assumed slope, and says so; with a given slope nothing is assumed
    assert prof.slope_assumed_at(d).all()
    given = plume_profile(ch, method=HIGHEST, slope=1e-3, **kw)
    assert not given.slope_assumed_at(d).any()


def test_slope_from_dem_profile():
    ch = np.linspace(0.0, 20.0, 21)  # km
    z = 500.0 - 2.0 * ch  # 2 m per km = 0.002
    s = slope_from_elevations(ch, z, window_km=5.0)
    assert s == pytest.approx(np.full(20, 0.002))
    rising = slope_from_elevations(ch, 500.0 + ch, window_km=5.0)
    assert rising == pytest.approx(np.full(20, 1.0e-5))  # clipped: DEM noise never gives negative slopes
    pw = Pathway("F", _line(n=21, dlat=0.009), kind=["overland"] * 2 + ["river"] * 18)
    filled = fill_slope_from_dem(pw, lambda xy: 500.0 - 2.0 * pw.chainage_km)
    assert filled == 18 and np.isnan(pw.slope[:2]).all()
    assert pw.slope[5] == pytest.approx(0.002, rel=1e-6)


def test_network_end_where_a_downstream_id_points_nowhere():
    reasons = refine_end_reasons(
        ["outlet", "outlet"], [75.0, 75.0], [50.0, 50.0], None, end_reaches=[3, 4], open_reaches=[4]
    )
    assert reasons == ["outlet", NETWORK_END]
    from shapely.geometry import box

    land = Countries([box(60, 40, 90, 60)], ["XXX"])
    # declared outlets (downstream id 0 / NULL) are outlets even inland (e.g. a river that ends in a desert)
    assert refine_end_reasons(["outlet"], [75.0], [50.0], land, declared_outlets=True) == ["outlet"]


def test_trace_end_reasons_one_call_for_both_algorithms():
    """``trace_end_reasons`` (used by tracedownstream and downstreamimpact) on a traced network: a declared
    outlet stays an outlet, a downstream id pointing nowhere is network_end; with digitised direction an end
    at the edge of the data is network_end and an inner end an outlet (expected from the geometry below)."""
    from tailings_qgis_plugin.core.network import RiverNetwork
    from tailings_qgis_plugin.core.pathway import trace_end_reasons
    from tailings_qgis_plugin.core.tracing import Tracer

    a = np.array([[70.0, 50.0], [71.0, 50.0]])  # ends on the southern edge of the data
    b = np.array([[72.0, 52.0], [73.0, 52.0]])  # ends on the eastern / northern edge
    c = np.array([[71.5, 51.0], [72.0, 51.2]])  # ends inside the data's extent
    starts = np.array([a[0], b[0], c[0]])

    def ends(net, declared):
        res = Tracer(net, None, feedback=None).trace(starts[:, 0], starts[:, 1], 1000.0, np.zeros(3))
        assert res.end_reason_names() == ["outlet"] * 3  # the tracer alone cannot tell
        return trace_end_reasons(
            net, res.end_reason_names(), res.end_lon, res.end_lat, res.end_e, declared_outlets=declared
        )

    by_ids = RiverNetwork.build_from_ids([a, b, c], [1, 2, 3], [0, 99, None])
    assert ends(by_ids, True) == ["outlet", NETWORK_END, "outlet"]  # 99 is no reach: the data stops
    digitised = RiverNetwork.build_from_digitised([a, b, c])
    assert ends(digitised, False) == [NETWORK_END, NETWORK_END, "outlet"]
