"""A river along the border (the Zhaiyk/Ural, the Tobyl) in tailings:borderwatch (issue 18).

Decision (core/border_merge.py and crossing_direction in alg_border_watch.py): changes of country that
follow each other along the flow within the border tolerance are one border_stretch, across reach ends
too, as tailings:downstreamimpact merges them along a pathway; a stretch that comes back to the Kazakh
side still carries the release into the neighbour and is an outgoing row; nothing is merged by map
distance. The independent reference is the forward analysis on the bundled sample: for every facility,
the outgoing crossings of tailings:borderwatch it reaches must be exactly the forward crossings that start
in Kazakhstan (same distance, kind and number of changes).
"""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsVectorLayer

from tailings_qgis_plugin.core import border_merge

_KEEP = []


def _layer(gpkg, name):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def _common(gpkg):
    return {
        "FACILITIES": _layer(gpkg, "facilities"),
        "FACILITY_ID_FIELD": "facility_id",
        "RIVERS": _layer(gpkg, "rivers"),
        "LAKES": _layer(gpkg, "lakes"),
        "SNAP_DISTANCE": 100000.0,
        "VELOCITY": 1.0,
        "COUNTRIES": _layer(gpkg, "countries"),
        "COUNTRY_FIELD": "adm0_a3",
    }


def _run(alg_id, params):
    import processing

    context = QgsProcessingContext()
    _KEEP.append(context)
    return processing.run(alg_id, params, context=context, feedback=QgsProcessingFeedback())


def _watch(gpkg, **extra):
    params = dict(
        _common(gpkg),
        COUNTRY="KAZ",
        CROSSINGS=0,
        RIVER_NAME_FIELD="watershed",
        OUTPUT="TEMPORARY_OUTPUT",
        SUMMARY="TEMPORARY_OUTPUT",
        **extra,
    )
    res = _run("tailings:borderwatch", params)
    return list(res["SUMMARY"].getFeatures()), list(res["OUTPUT"].getFeatures())


def _by_facility(rows, key):
    out = {}
    for r in rows:
        out.setdefault(r["facility_id"], []).append(key(r))
    return {k: sorted(v) for k, v in out.items()}


@pytest.fixture(scope="module")
def forward(qgis_processing, sample_gpkg, provider):
    params = dict(
        _common(sample_gpkg),
        PATHWAYS="TEMPORARY_OUTPUT",
        EXPOSED="TEMPORARY_OUTPUT",
        CROSSINGS="TEMPORARY_OUTPUT",
        SUMMARY="TEMPORARY_OUTPUT",
    )
    crossings = [c for c in _run("tailings:downstreamimpact", params)["CROSSINGS"].getFeatures()]
    from_kaz = [c for c in crossings if c["from_country"] == "KAZ"]
    return _by_facility(from_kaz, lambda c: (round(c["dist_km"], 2), c["kind"], c["n_changes"]))


def _key(r):
    return (round(r["dist_km"], 2), r["kind"], r["n_changes"])


def test_outgoing_crossings_equal_the_forward_ones(sample_gpkg, forward):
    summary, pairs = _watch(sample_gpkg)
    n_changes = {s["crossing_id"]: s["n_changes"] for s in summary}
    kinds = {s["crossing_id"]: s["kind"] for s in summary}
    rows = [
        {
            "facility_id": p["facility_id"],
            "dist_km": p["dist_km"],
            "kind": kinds[p["crossing_id"]],
            "n_changes": n_changes[p["crossing_id"]],
        }
        for p in pairs
    ]
    watch = _by_facility(rows, _key)
    assert len(forward) >= 20  # the Zhaiyk, Tobyl and Ertis facilities of the sample
    assert watch == forward
    # the Zhaiyk (Ural) west of Orsk runs along the border: stretches, one of them coming back to the
    # Kazakh side (KAZ > RUS > KAZ) and still listed as outgoing into Russia
    zhaiyk = [s for s in summary if s["river"] == "Zhaiyk-Caspian" and s["to_country"] == "RUS"]
    assert any(s["kind"] == "border_stretch" and s["n_changes"] >= 3 for s in zhaiyk)
    assert all(s["direction"] == "outgoing" and s["from_country"] == "KAZ" for s in summary)


def test_a_stretch_back_to_kazakhstan_is_still_a_notification(sample_gpkg, forward, monkeypatch):
    """Without the rule for a stretch that comes back (KAZ > RUS > KAZ within the tolerance, the Ilek/Zhaiyk
    below Aktobe), three sample facilities would miss the Russian border there: the forward analysis lists
    it (countries KAZ > RUS > KAZ > RUS > KAZ for 50 Years of October), the watch must too."""
    from qgis.core import QgsApplication

    def strict(p, country):
        a, b = p["from_country"], p["to_country"]
        return "outgoing" if a == country != b else ("incoming" if b == country != a else None)

    alg = QgsApplication.processingRegistry().algorithmById("tailings:borderwatch")
    monkeypatch.setitem(type(alg)._crossings.__globals__, "crossing_direction", strict)
    _summary, pairs = _watch(sample_gpkg)
    monkeypatch.undo()
    strict_rows = _by_facility(pairs, lambda r: round(r["dist_km"], 2))
    reference = {fid: [k[0] for k in keys] for fid, keys in forward.items()}
    missed = {fid for fid in reference if strict_rows.get(fid) != reference[fid]}
    assert missed == {
        "KZ-ICMM13265",
        "KZ-ICMM05696",
        "KZ-ICMM17476",
    }  # 50 Years of October, Kempirsai, Donskoy
    stretch = [k for k in forward["KZ-ICMM13265"] if k[1] == "border_stretch"]
    assert any(k[0] > 800 for k in stretch)  # the stretch back to Kazakhstan, 858.7 km downstream


def test_close_on_the_map_is_not_close_along_the_river(sample_gpkg, provider):
    """Not merged by map distance: two outgoing Zhaiyk crossings 1.6 km apart on the map lie farther apart
    than the tolerance along the meandering river, and the forward analysis keeps them apart too."""
    from pyproj import Geod

    summary, _pairs = _watch(sample_gpkg)
    geod = Geod(ellps="WGS84")
    zhaiyk = [s.geometry().asPoint() for s in summary if s["river"] == "Zhaiyk-Caspian"]
    close = [
        (a, b)
        for n, a in enumerate(zhaiyk)
        for b in zhaiyk[n + 1 :]
        if geod.inv(a.x(), a.y(), b.x(), b.y())[2] < 2000.0
    ]
    assert close


def _river(xs, y=50.0):
    """An eastward river along latitude ``y`` cut into reaches at the longitudes ``xs``."""
    return [np.column_stack([np.linspace(a, b, 8), np.full(8, y)]) for a, b in zip(xs, xs[1:])]


def test_changes_on_different_reaches_merge_within_the_tolerance():
    """A river cut into reaches at 70.05 and 70.10 E crosses A > B at 70.045, B > A at 70.055 and A > B
    at 70.105: three changes on three reaches, 0.7 km and 3.6 km apart along the river."""
    from shapely.geometry import box
    from shapely.ops import unary_union

    from tailings_qgis_plugin.core.exposure import Countries
    from tailings_qgis_plugin.core.network import RiverNetwork
    from tailings_qgis_plugin.core.upstream import border_points

    net = RiverNetwork.build_from_digitised(_river([70.0, 70.05, 70.10, 70.15]), node_tolerance_m=5.0)
    a = unary_union([box(60, 40, 70.045, 60), box(70.055, 40, 70.105, 60)])
    b = unary_union([box(70.045, 40, 70.055, 60), box(70.105, 40, 90, 60)])
    countries = Countries([a, b], ["AAA", "BBB"])
    raw = border_points(net, countries, tolerance_km=5.0)
    assert sorted(round(p["lon"], 3) for p in raw) == [70.045, 70.055, 70.105]
    assert len({int(p["edge"]) for p in raw}) == 3  # one change per reach: the edge rule alone merges none
    merged = border_merge.merge_close_crossings(net, raw, tolerance_km=5.0)
    assert len(merged) == 1
    m = merged[0]
    assert (m["kind"], m["from_country"], m["to_country"], m["n_changes"]) == (
        "border_stretch",
        "AAA",
        "BBB",
        3,
    )
    assert m["lon"] == pytest.approx(70.045, abs=1e-4) and m["end_lon"] == pytest.approx(70.105, abs=1e-4)
    # 1 km: the first two changes (0.7 km apart along the river) are one stretch, the third stays alone
    one_km = border_merge.merge_close_crossings(net, raw, tolerance_km=1.0)
    assert sorted((p["kind"], p["n_changes"], round(p["lon"], 3)) for p in one_km) == [
        ("border_stretch", 2, 70.045),
        ("crossing", 1, 70.105),
    ]
    # the stretch that comes back (A > B > A) is outgoing from A into B for the border watch
    from tailings_qgis_plugin.processing_algorithms.alg_border_watch import crossing_direction

    back = next(p for p in one_km if p["kind"] == "border_stretch")
    assert (back["from_country"], back["to_country"]) == ("AAA", "AAA")
    assert crossing_direction(back, "AAA") == "outgoing" and back["to_country"] == "BBB"
    assert crossing_direction(
        dict(back, from_country="BBB", to_country="BBB", countries=["BBB", "AAA"]), "AAA"
    ) == ("incoming")
    assert border_merge.merge_close_crossings(net, raw, tolerance_km=0.0) == raw


def test_zero_tolerance_keeps_every_change(sample_gpkg, provider):
    summary0, _ = _watch(sample_gpkg, BORDER_TOLERANCE=0.0)
    summary5, _ = _watch(sample_gpkg)
    assert all(s["kind"] == "crossing" and s["n_changes"] == 1 for s in summary0)
    assert len(summary0) > len(summary5)


def test_chains_keep_the_nearest_predecessor_and_survive_cycles():
    # 0 -> 1 -> 2 and 3 -> 1 (farther): 3 stays alone; 4 <-> 5 is a cycle: both stay as they are
    successor = {0: (1, 100.0), 1: (2, 50.0), 3: (1, 900.0), 4: (5, 10.0), 5: (4, 10.0)}
    groups = border_merge._chains(successor, 6)
    assert sorted(map(tuple, groups)) == [(0, 1, 2), (3,), (4,), (5,)]
