"""Tests of core.exposure: corridor search, population handling, border crossings, summaries.

Real-data tests build the Irtysh pathway from the WaterHydro network by following reach endpoints and
check GeoNames settlements and Natural Earth countries; synthetic tests compare with brute force.
"""

import json
import math

import numpy as np
import pytest
from fixture_data import SHARED_DATA
from pyproj import Geod
from shapely.geometry import Point, Polygon, box, shape

from tailings_qgis_plugin.core.common import Cancelled, NullFeedback, TailingsError
from tailings_qgis_plugin.core.exposure import (
    NO_COUNTRY,
    Countries,
    Pathway,
    analyse_downstream_impact,
    border_crossings,
    corridor_search,
    make_places,
    parse_population,
    places_from_geometries,
)

GEOD = Geod(ellps="WGS84")
DATA = SHARED_DATA
RIVERS = DATA / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"
CITIES = DATA / "settlements" / "geonames_cities500_central_asia.geojson"
COUNTRIES = DATA / "boundaries" / "ne_50m_admin_0_countries_central_asia.geojson"
needs_data = pytest.mark.skipif(
    not (RIVERS.exists() and CITIES.exists() and COUNTRIES.exists()),
    reason=f"real data not found under {DATA}",
)


def geod_chainage_km(xy):
    _, _, d = GEOD.inv(xy[:-1, 0], xy[:-1, 1], xy[1:, 0], xy[1:, 1])
    return np.concatenate([[0.0], np.cumsum(d)]) / 1000.0


# --- real data -------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def river_lines():
    feats = json.loads(RIVERS.read_text())["features"]
    return [np.asarray(f["geometry"]["coordinates"], dtype=float)[:, :2] for f in feats]


def trace_down(lines, lon, lat):
    """Pathway from the vertex nearest to (lon, lat): follow 'last vertex = next reach's first vertex'."""
    starts = {}
    for i, ln in enumerate(lines):
        starts.setdefault(tuple(np.round(ln[0], 5)), []).append(i)
    dmin = [float(np.min(np.hypot(ln[:, 0] - lon, ln[:, 1] - lat))) for ln in lines]
    cur = int(np.argmin(dmin))
    k = int(np.argmin(np.hypot(lines[cur][:, 0] - lon, lines[cur][:, 1] - lat)))
    parts, seen = [lines[cur][k:]], {cur}
    while True:
        nxt = [j for j in starts.get(tuple(np.round(lines[cur][-1], 5)), []) if j not in seen]
        if not nxt:
            break
        cur = nxt[0]
        seen.add(cur)
        parts.append(lines[cur][1:])
    return np.vstack(parts)


@pytest.fixture(scope="module")
def cities():
    feats = json.loads(CITIES.read_text())["features"]
    feats = [f for f in feats if (f["properties"]["population"] or 0) > 0]
    xy = np.array([f["geometry"]["coordinates"][:2] for f in feats])
    names = [f["properties"]["name"] for f in feats]
    pops = [f["properties"]["population"] for f in feats]
    return make_places(xy[:, 0], xy[:, 1], names, pops)


@pytest.fixture(scope="module")
def countries():
    feats = json.loads(COUNTRIES.read_text())["features"]
    return Countries([shape(f["geometry"]) for f in feats], [f["properties"]["ADM0_A3"] for f in feats])


@needs_data
def test_irtysh_semey_pavlodar_omsk_in_downstream_order(river_lines, cities, countries):
    xy = trace_down(river_lines, 82.6, 49.95)
    pw = Pathway("ust-kamenogorsk", xy, geod_chainage_km(xy), velocity_m_s=1.0)
    hits = corridor_search([pw], cities, corridor_m=5000.0)
    names = [cities.names[i] for i in hits.place]
    for town in ("Semey", "Pavlodar", "Omsk"):
        assert town in names
    pos = [names.index(t) for t in ("Semey", "Pavlodar", "Omsk")]
    assert pos == sorted(pos)
    assert np.all(np.diff(hits.dist_km) >= 0) and np.all(hits.dist_km >= 0)
    assert np.all(hits.offset_m <= 5000.0)
    # independent check: geodesic distance to the path densified to ~1/50 of each segment
    ch = geod_chainage_km(xy)
    t = np.linspace(0.0, 1.0, 51)[:-1]
    dense = (xy[:-1, None, :] + t[None, :, None] * (xy[1:, None, :] - xy[:-1, None, :])).reshape(-1, 2)
    dch = (ch[:-1, None] + t[None, :] * np.diff(ch)[:, None]).ravel()
    for town in ("Semey", "Pavlodar", "Omsk"):
        j = names.index(town)
        i = hits.place[j]
        box_ = (np.abs(dense[:, 0] - cities.lon[i]) < 0.2) & (np.abs(dense[:, 1] - cities.lat[i]) < 0.2)
        sub, subch = dense[box_], dch[box_]
        _, _, d = GEOD.inv(
            np.full(len(sub), cities.lon[i]), np.full(len(sub), cities.lat[i]), sub[:, 0], sub[:, 1]
        )
        k = int(np.argmin(d))
        assert hits.offset_m[j] == pytest.approx(d[k], abs=30.0)
        assert 1000.0 <= hits.offset_m[j] <= 3000.0  # GeoNames centres lie 1-3 km from the mapped Irtysh
        assert hits.dist_km[j] == pytest.approx(subch[k], abs=0.5)
    # Semey is about 236 km and Omsk about 1270 km downstream along this network
    assert hits.dist_km[names.index("Semey")] == pytest.approx(236.0, abs=15.0)
    assert hits.dist_km[names.index("Omsk")] == pytest.approx(1271.0, abs=30.0)


@needs_data
def test_irtysh_crosses_kaz_to_rus_once(river_lines, countries):
    xy = trace_down(river_lines, 82.6, 49.95)
    pw = Pathway("uk", xy, geod_chainage_km(xy))
    cross = border_crossings(pw, countries, tolerance_km=5.0)
    kaz_rus = [c for c in cross if c["from_country"] == "KAZ" and c["to_country"] == "RUS"]
    assert len(kaz_rus) == 1
    assert [c["from_country"] for c in cross][0] == "KAZ"
    c = kaz_rus[0]
    # the crossing point lies on the border: within 200 m of both polygons
    kaz = countries.geoms[countries.names.index("KAZ")]
    rus = countries.geoms[countries.names.index("RUS")]
    p = Point(c["lon"], c["lat"])
    assert kaz.distance(p) < 0.002 and rus.distance(p) < 0.002
    # dist_km is the geodesic chainage to that point: between the chainages of the two bracketing vertices
    ch = geod_chainage_km(xy)
    inside = np.array([kaz.contains(Point(x, y)) for x, y in xy[::10]])
    last_kaz = int(np.flatnonzero(inside)[-1]) * 10
    assert ch[last_kaz] - 10.0 <= c["dist_km"] <= ch[min(last_kaz + 10, len(ch) - 1)] + 10.0


@needs_data
def test_black_irtysh_crosses_chn_to_kaz(river_lines, countries):
    xy = trace_down(river_lines, 86.5, 47.9)
    pw = Pathway("black-irtysh", xy)
    res = analyse_downstream_impact([pw], countries=countries, hydraulics={"fallback_velocity_m_s": 1.0})
    cross = res.crossings
    assert cross[0]["from_country"] == "CHN" and cross[0]["to_country"] == "KAZ"
    assert res.summary[0]["countries"].startswith("CHN > KAZ")
    assert res.summary[0]["first_border_to"] == "KAZ"
    assert res.summary[0]["first_border_km"] == pytest.approx(cross[0]["dist_km"])
    # arrival at the border (Jobson 0.89 of the travel time at 1 m/s)
    assert cross[0]["arrival_h"] == pytest.approx(0.89 * cross[0]["dist_km"] * 1000.0 / 3600.0)


@needs_data
def test_full_analysis_on_real_data(river_lines, cities, countries):
    xy = trace_down(river_lines, 82.6, 49.95)
    n = len(xy)
    pw = Pathway("uk", xy, velocity_m_s=1.0, discharge_m3_s=np.linspace(600.0, 2500.0, n), mass_kg=1e5)
    fb = NullFeedback()
    res = analyse_downstream_impact(
        [pw], cities, None, countries, corridor_m=5000.0, hydraulics={"assumed_slope": 1e-4}, feedback=fb
    )
    rows = res.exposed
    names = [r["name"] for r in rows]
    assert names.index("Semey") < names.index("Pavlodar") < names.index("Omsk")
    omsk = rows[names.index("Omsk")]
    assert omsk["country"] == "RUS" and rows[names.index("Semey")]["country"] == "KAZ"
    conc = [r["peak_conc_mg_l"] for r in rows]
    assert all(c is not None for c in conc) and all(b < a for a, b in zip(conc, conc[1:]))
    s = res.summary[0]
    assert s["population"] == pytest.approx(sum(r["population"] for r in rows))
    assert s["population_24h"] == pytest.approx(sum(r["population"] for r in rows if r["arrival_h"] <= 24))
    assert s["population_24h"] <= s["population_72h"] <= s["population"]
    assert s["countries"] == "KAZ > RUS"
    assert s["end_km"] == pytest.approx(geod_chainage_km(xy)[-1], rel=1e-6)
    assert any("assumed slope" in w for w in fb.warnings)


# --- synthetic: corridor search --------------------------------------------------------------------------


def test_corridor_matches_brute_force_and_nothing_beyond_ends():
    rng = np.random.default_rng(4)
    lon = 70.0 + np.cumsum(rng.uniform(0.002, 0.006, 400))
    lat = 50.0 + np.cumsum(rng.normal(0.0, 0.003, 400))
    xy = np.column_stack([lon, lat])
    pw = Pathway("f", xy)
    plon = rng.uniform(lon.min() - 0.05, lon.max() + 0.05, 800)
    plat = rng.uniform(lat.min() - 0.05, lat.max() + 0.05, 800)
    places = make_places(plon, plat)
    hits = corridor_search([pw], places, corridor_m=1500.0)
    # brute force: densify every segment to ~5 m and take geodesic distances to all points
    dense, dch = [], []
    ch = pw.chainage_km
    for i in range(len(xy) - 1):
        t = np.linspace(0.0, 1.0, 41)[:-1]
        dense.append(xy[i] + t[:, None] * (xy[i + 1] - xy[i]))
        dch.append(ch[i] + t * (ch[i + 1] - ch[i]))
    dense = np.vstack([*dense, xy[-1:]])
    dch = np.concatenate([*dch, ch[-1:]])
    found = dict(zip(hits.place.tolist(), range(hits.place.size)))
    n_in = 0
    for i in range(places.n):
        near = (np.abs(dense[:, 0] - plon[i]) < 0.05) & (np.abs(dense[:, 1] - plat[i]) < 0.05)
        if not near.any():
            assert i not in found
            continue
        idx = np.flatnonzero(near)
        # lists, not arrays: pyproj's scalar fast path would float() a 1-element array (numpy 2 warns)
        _, _, dd = GEOD.inv(
            [plon[i]] * idx.size, [plat[i]] * idx.size, dense[idx, 0].tolist(), dense[idx, 1].tolist()
        )
        d = np.full(len(dense), np.inf)
        d[idx] = dd
        k = int(np.argmin(d))
        at_end = k in (0, len(dense) - 1)
        if d[k] < 1490.0 and not at_end:
            n_in += 1
            assert i in found, f"place {i} at {d[k]:.0f} m missed"
            j = found[i]
            assert hits.offset_m[j] == pytest.approx(d[k], abs=10.0)
            assert hits.dist_km[j] == pytest.approx(dch[k], abs=0.01)
        elif d[k] > 1510.0 or (at_end and d[k] > 20.0):
            assert i not in found, f"place {i} at {d[k]:.0f} m (end: {at_end}) reported"
    assert n_in > 30


def test_upstream_and_downstream_of_ends_not_reported():
    xy = np.array([[70.0, 50.0], [70.1, 50.0], [70.2, 50.0]])
    pw = Pathway("f", xy)
    places = make_places(
        [69.99, 70.05, 70.21, 70.15], [50.0, 50.01, 50.0, 49.99], ["up", "mid", "down", "mid2"]
    )
    hits = corridor_search([pw], places, corridor_m=2000.0)
    assert [places.names[i] for i in hits.place] == ["mid", "mid2"]
    _, _, d = GEOD.inv(70.05, 50.01, 70.05, 50.0)
    assert hits.offset_m[0] == pytest.approx(d, rel=1e-4)
    assert hits.dist_km[0] == pytest.approx(GEOD.inv(70.0, 50.0, 70.05, 50.0)[2] / 1000.0, rel=1e-4)


def test_many_pathways_each_get_own_rows_in_downstream_order():
    a = np.array([[70.0, 50.0], [70.2, 50.0]])
    b = np.array([[70.2, 50.05], [70.0, 50.05]])  # flows west
    places = make_places([70.05, 70.15, 70.05, 70.15], [50.005, 50.005, 50.045, 50.045], list("abcd"))
    res = analyse_downstream_impact(
        [Pathway(1, a), Pathway(2, b)], places, corridor_m=1000.0, hydraulics={"fallback_velocity_m_s": 1.0}
    )
    got = [(r["facility_id"], r["name"]) for r in res.exposed]
    assert got == [(1, "a"), (1, "b"), (2, "d"), (2, "c")]


def test_polygon_settlement_offset_zero_when_crossed_and_edge_distance_otherwise():
    xy = np.array([[70.0, 50.0], [70.3, 50.0]])
    town = box(70.1, 49.99, 70.12, 50.01)  # the river runs through it
    near = box(70.2, 50.01, 70.22, 50.03)  # 0.01 deg (about 1.11 km) north of the river
    places = places_from_geometries([town, near], ["town", "near"], [1000, 2000], spacing_m=50.0)
    hits = corridor_search([Pathway("f", xy)], places, corridor_m=2000.0)
    off = dict(zip([places.names[i] for i in hits.place], hits.offset_m))
    assert off["town"] == 0.0
    assert off["near"] == pytest.approx(GEOD.inv(70.21, 50.01, 70.21, 50.0)[2], abs=1.0)


def test_bad_corridor_and_crs():
    pw = Pathway("f", np.array([[70.0, 50.0], [70.1, 50.0]]))
    places = make_places([70.05], [50.0])
    for bad in (0, -5, None, "wide"):
        with pytest.raises(TailingsError, match="corridor"):
            corridor_search([pw], places, corridor_m=bad)
    with pytest.raises(TailingsError, match="EPSG:4326"):
        make_places([500000.0], [5500000.0])
    with pytest.raises(TailingsError, match="EPSG:4326"):
        Pathway("f", np.array([[500000.0, 5500000.0], [500100.0, 5500000.0]]))


def test_cancel():
    class Cancel(NullFeedback):
        def isCanceled(self):
            return True

    pw = Pathway("f", np.array([[70.0, 50.0], [70.1, 50.0]]))
    with pytest.raises(Cancelled):
        corridor_search([pw], make_places([70.05], [50.0]), feedback=Cancel())


# --- population ------------------------------------------------------------------------------------------


def test_parse_population_flags():
    pop, flags = parse_population([1200, None, 0, "n/a", "abc", "12 000", -3, float("nan"), "7.5e3"])
    assert flags == ["", "missing", "zero", "missing", "not a number", "", "negative", "missing", ""]
    np.testing.assert_array_equal(
        np.isfinite(pop), [True, False, False, False, False, True, False, False, True]
    )
    assert pop[5] == 12000.0 and pop[8] == 7500.0


def test_bad_population_listed_but_not_counted_with_warning():
    xy = np.array([[70.0, 50.0], [70.2, 50.0]])
    places = make_places([70.05, 70.1, 70.15, 70.18], [50.001] * 4, list("abcd"), [500, None, 0, "many"])
    fb = NullFeedback()
    res = analyse_downstream_impact(
        [Pathway("f", xy)], places, hydraulics={"fallback_velocity_m_s": 1.0}, feedback=fb
    )
    assert [r["name"] for r in res.exposed] == list("abcd")
    assert [r["population"] for r in res.exposed] == [500.0, None, None, None]
    s = res.summary[0]
    assert s["population"] == 500.0 and s["n_settlements"] == 4 and s["n_pop_unknown"] == 3
    assert any("3 settlements have no usable population" in w for w in fb.warnings)


def test_population_within_24_and_72_hours():
    # 0.5 m/s, leading edge = advective: 24 h = 43.2 km, 72 h = 129.6 km
    ch_pts = np.column_stack([np.linspace(70.0, 72.5, 251), np.full(251, 50.0)])
    pw = Pathway("f", ch_pts, velocity_m_s=0.5)
    lon_at = [float(np.interp(d, pw.chainage_km, ch_pts[:, 0])) for d in (20.0, 60.0, 150.0)]
    places = make_places(lon_at, [50.002] * 3, list("abc"), [10, 100, 1000])
    res = analyse_downstream_impact([pw], places, hydraulics={"leading_edge": "advective"})
    s = res.summary[0]
    assert (s["population_24h"], s["population_72h"], s["population"]) == (10.0, 110.0, 1110.0)
    arr = [r["arrival_h"] for r in res.exposed]
    np.testing.assert_allclose(arr, [r["dist_km"] * 1000.0 / 0.5 / 3600.0 for r in res.exposed])


# --- borders ---------------------------------------------------------------------------------------------


def _two_countries():
    return Countries([box(60.0, 40.0, 80.0, 50.0), box(60.0, 50.0, 80.0, 60.0)], ["AAA", "BBB"])


def test_river_along_border_is_one_stretch_not_dozens_of_crossings():
    # 30 km in A, then 60 km along the border wiggling 100 m either side every ~1 km, then into B
    lon = np.linspace(70.0, 71.5, 301)
    lat = np.full(lon.size, 49.8)
    along = (lon > 70.4) & (lon < 71.2)
    lat[along] = 50.0 + 0.0009 * np.where(np.arange(lon.size)[along] % 3 == 0, 1.0, -1.0)
    lat[lon >= 71.2] = 50.2
    xy = np.column_stack([lon, lat])
    pw = Pathway("f", xy)
    c = _two_countries()
    raw = border_crossings(pw, c, tolerance_km=0.0)
    assert len(raw) > 20  # the wiggles
    merged = border_crossings(pw, c, tolerance_km=5.0)
    assert len(merged) == 1
    m = merged[0]
    assert m["kind"] == "border_stretch" and m["from_country"] == "AAA" and m["to_country"] == "BBB"
    assert m["n_changes"] == len(raw)
    assert m["dist_km"] == pytest.approx(raw[0]["dist_km"]) and m["end_km"] == pytest.approx(
        raw[-1]["dist_km"]
    )
    assert m["end_km"] - m["dist_km"] > 40.0


def test_single_crossing_located_on_border():
    xy = np.array([[70.0, 49.5], [70.0, 50.5]])
    pw = Pathway("f", xy)
    (c,) = border_crossings(pw, _two_countries())
    assert c["kind"] == "crossing" and (c["from_country"], c["to_country"]) == ("AAA", "BBB")
    assert c["lat"] == pytest.approx(50.0, abs=1e-5)
    assert c["dist_km"] == pytest.approx(GEOD.inv(70.0, 49.5, 70.0, 50.0)[2] / 1000.0, rel=1e-4)


def test_gap_and_overlap_warned():
    gap = Countries([box(60.0, 40.0, 80.0, 49.9), box(60.0, 50.1, 80.0, 60.0)], ["AAA", "BBB"])
    pw = Pathway("f", np.column_stack([np.full(101, 70.0), np.linspace(49.5, 50.5, 101)]))
    fb = NullFeedback()
    res = analyse_downstream_impact(
        [pw], countries=gap, hydraulics={"fallback_velocity_m_s": 1.0}, feedback=fb
    )
    assert any("no country polygon" in w for w in fb.warnings)
    # a gap between polygons is warned about but is not a country: the river goes from AAA to BBB
    assert res.summary[0]["countries"] == "AAA > BBB"
    assert [(c["from_country"], c["to_country"]) for c in res.crossings] == [("AAA", "BBB")]
    over = Countries([box(60.0, 40.0, 80.0, 50.1), box(60.0, 49.9, 80.0, 60.0)], ["AAA", "BBB"])
    fb = NullFeedback()
    analyse_downstream_impact([pw], countries=over, hydraulics={"fallback_velocity_m_s": 1.0}, feedback=fb)
    assert any("more than one country" in w for w in fb.warnings)


def test_countries_reached_list_a_return_to_the_first_country():
    """The Ural leaves Kazakhstan for Russia and comes back: the summary must say KAZ > RUS > KAZ."""
    three = Countries(
        [box(60.0, 40.0, 80.0, 50.0), box(60.0, 50.0, 80.0, 51.0), box(60.0, 51.0, 80.0, 60.0)],
        ["KAZ", "RUS", "KAZ"],
    )
    pw = Pathway("f", np.column_stack([np.full(301, 70.0), np.linspace(49.0, 52.0, 301)]))
    res = analyse_downstream_impact([pw], countries=three, hydraulics={"fallback_velocity_m_s": 1.0})
    assert res.summary[0]["countries"] == "KAZ > RUS > KAZ"
    assert [(c["from_country"], c["to_country"]) for c in res.crossings] == [("KAZ", "RUS"), ("RUS", "KAZ")]


def test_stretches_along_the_border_do_not_repeat_countries():
    """A river that touches the border again and again (the Ural) lists the other bank once."""
    from shapely.geometry import LineString

    kaz = box(60.0, 40.0, 70.0, 60.0)
    rus = box(70.0, 40.0, 80.0, 60.0)
    # wiggles across the border at 70E every ~0.2 deg of latitude, always back to Kazakhstan
    lat = np.linspace(45.0, 50.0, 501)
    lon = 69.99 + 0.02 * (np.sin(lat * 40.0) > 0.9)
    pw = Pathway("f", np.column_stack([lon, lat]))
    assert LineString(pw.coords).crosses(rus)
    res = analyse_downstream_impact(
        [pw], countries=Countries([kaz, rus], ["KAZ", "RUS"]), hydraulics={"fallback_velocity_m_s": 1.0}
    )
    assert res.summary[0]["countries"] == "KAZ > RUS"


def test_river_ending_in_a_sea_outside_every_country_crosses_no_border():
    """The Ural ends in the Caspian, which no land-country polygon covers: that is no border crossing."""
    land = Countries([box(60.0, 40.0, 80.0, 50.0)], ["KAZ"])
    pw = Pathway("f", np.column_stack([np.full(101, 70.0), np.linspace(49.0, 51.0, 101)]))
    res = analyse_downstream_impact([pw], countries=land, hydraulics={"fallback_velocity_m_s": 1.0})
    assert res.crossings == []
    assert res.summary[0]["countries"] == "KAZ"
    assert NO_COUNTRY not in res.summary[0]["countries"]


def test_countries_must_be_polygons_in_degrees():
    with pytest.raises(TailingsError, match="polygons"):
        Countries([Point(1, 1)], ["X"])
    with pytest.raises(TailingsError, match="EPSG:4326"):
        Countries([Polygon([(0, 0), (1e6, 0), (1e6, 1e6)])], ["X"])


def test_concentration_null_without_discharge_and_velocity_zero_error():
    xy = np.array([[70.0, 50.0], [70.2, 50.0]])
    places = make_places([70.1], [50.001], ["a"], [10])
    fb = NullFeedback()
    res = analyse_downstream_impact([Pathway("f", xy, velocity_m_s=1.0, mass_kg=100.0)], places, feedback=fb)
    assert any("No discharge is known" in w for w in fb.warnings)
    assert res.exposed[0]["peak_conc_mg_l"] is None and res.exposed[0]["dilution"] is None
    assert res.exposed[0]["peak_h"] == pytest.approx(res.exposed[0]["dist_km"] / 3.6)
    with pytest.raises(TailingsError, match="Facility f: Velocity must be positive"):
        analyse_downstream_impact([Pathway("f", xy, velocity_m_s=0.0)], places)
    assert math.isfinite(res.summary[0]["end_h"])
