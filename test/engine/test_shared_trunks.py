"""Issue 17: work done once per shared downstream trunk gives what doing it per pathway gives.

Pathways that share a trunk are searched once per distinct segment (core/segment_hits.py) and their vertices
are classified by country once (core/borders.py unique_points); these tests compare the shared computation
with each pathway searched or classified on its own (where nothing repeats, so nothing is shared).
"""

import numpy as np
import pytest
from shapely.geometry import box

from tailings_qgis_plugin.core import segment_hits
from tailings_qgis_plugin.core.borders import Countries, border_crossings, unique_points
from tailings_qgis_plugin.core.exposure import Pathway, corridor_search, make_places


def _network_pathways():
    """Five pathways: tributaries joining one meandering trunk at different vertices (the trunk is shared),
    plus one pathway on its own."""
    rng = np.random.default_rng(3)
    t = np.linspace(0.0, 6.0, 400)
    trunk = np.column_stack([70.0 + t, 50.0 + 0.05 * np.sin(5 * t)])
    out = []
    for k, join in enumerate((0, 40, 120, 250)):
        trib = np.column_stack(
            [np.linspace(69.5 + 0.3 * k, trunk[join, 0], 30), np.linspace(49.2, trunk[join, 1], 30)]
        )
        xy = np.vstack([trib[:-1], trunk[join:]])
        out.append(Pathway(f"F{k}", xy))
    out.append(Pathway("alone", np.column_stack([np.linspace(72, 73, 50), np.full(50, 48.0)])))
    places = make_places(70.0 + rng.uniform(-0.5, 6.5, 3000), 50.0 + rng.uniform(-1.0, 0.4, 3000))
    return out, places


def _rows(hits, ids):
    return sorted(
        (ids[int(p)], int(k), round(float(d), 9), round(float(o), 6), round(float(x), 9), round(float(y), 9))
        for p, k, d, o, x, y in zip(
            hits.path, hits.place, hits.dist_km, hits.offset_m, hits.near_lon, hits.near_lat
        )
    )


def test_shared_trunk_search_equals_search_per_pathway(monkeypatch):
    pws, places = _network_pathways()
    calls = []
    real = segment_hits.unique_segment_hits

    def spy(*a, **k):
        res = real(*a, **k)
        calls.append(res is not None)
        return res

    monkeypatch.setattr("tailings_qgis_plugin.core.exposure.unique_segment_hits", spy)
    together = corridor_search(pws, places, corridor_m=3000.0, chunk_segments=500)
    assert calls == [True]  # the trunk repeats: segments were searched once each, across chunks
    separate = []
    for pw in pws:  # one pathway alone has no repeated segment: every segment is searched
        h = corridor_search([pw], places, corridor_m=3000.0)
        separate += [(pw.facility_id, *r[1:]) for r in _rows(h, [pw.facility_id])]
    assert calls[1:] == [False] * len(pws)
    assert together.path.size > 100
    assert _rows(together, [pw.facility_id for pw in pws]) == sorted(separate)
    # sorted by pathway then chainage, as before
    key = together.path * 1e6 + together.dist_km
    assert np.all(np.diff(key) >= 0)


def test_segment_keys_tell_segments_apart():
    x = np.array([70.0, 70.0, 70.0, -0.0, 0.0])
    y = np.array([50.0, 50.0, 50.0, 1.0, 1.0])
    k = segment_hits.segment_keys(x, y, x + np.array([1e-9, 1e-9, 2e-9, 1, 1]), y)
    assert k[0] == k[1] and k[0] != k[2]
    assert k[3] == k[4]  # -0.0 and 0.0 are one point


def test_unique_points_round_trip_and_shared_classification():
    rng = np.random.default_rng(5)
    base = rng.uniform([60, 40], [80, 55], (2000, 2))
    pts = base[rng.integers(0, 2000, 20000)]
    ux, uy, inv = unique_points(pts[:, 0], pts[:, 1])
    assert ux.size == np.unique(pts, axis=0).shape[0]
    assert np.array_equal(ux[inv], pts[:, 0]) and np.array_equal(uy[inv], pts[:, 1])
    c = Countries([box(60, 40, 70, 56), box(69, 40, 81, 56)], ["A", "B"])  # 69-70 E lies in both
    lab, overlap = c.classify(pts[:, 0], pts[:, 1])
    expect = np.where(pts[:, 0] <= 70, 0, 1)
    assert np.array_equal(lab, expect)
    assert overlap == int(((pts[:, 0] >= 69) & (pts[:, 0] <= 70)).sum())


def test_border_changes_cached_across_pathways_equal_uncached():
    pws, _ = _network_pathways()
    c = Countries([box(60, 40, 72.2, 56), box(72.2, 40, 81, 56)], ["KAZ", "RUS"])
    cache = {}
    total = 0
    for pw in pws:
        cross = border_crossings(pw, c, 5.0, cache=cache)
        assert cross == border_crossings(pw, c, 5.0)
        total += len(cross)
    # F0-F2 cross on the shared trunk (one change located once), F3 on its own tributary, "alone" on its own
    assert total == 5
    assert len(cache) == 3


class _PerFacility:
    """A trace result without its piece table: assemble_pathways reads one TraceResult.pathway at a time."""

    def __init__(self, r):
        self.r = r

    def pathway(self, i):
        return self.r.pathway(i)


def _assert_same_assembly(res, q):
    from tailings_qgis_plugin.core.pathway import assemble_pathways

    ids = [f"F{i}" for i in range(len(res))]
    fast = assemble_pathways(res, ids, discharge=q)
    slow = assemble_pathways(_PerFacility(res), ids, discharge=q)
    assert fast.not_snapped == slow.not_snapped and fast.branching == slow.branching
    assert len(fast.pathways) == len(slow.pathways)
    for a, b, sa, sb in zip(fast.pathways, slow.pathways, fast.source, slow.source):
        assert a.facility_id == b.facility_id and a.end_reason == b.end_reason
        np.testing.assert_allclose(a.coords, b.coords, atol=1e-9)
        np.testing.assert_allclose(a.chainage_km, b.chainage_km, atol=1e-6)
        np.testing.assert_array_equal(a.discharge_m3_s, b.discharge_m3_s)
        assert list(a.kind) == list(b.kind)
        assert sa[0] == sb[0] and len(sa[1]) == len(sb[1])
        for p, r in zip(sa[1], sb[1]):  # the writer's pieces: PieceRows against Piece objects
            assert (p.reach, p.kind) == (r.reach, r.kind)
            assert p.from_km == pytest.approx(r.from_km, abs=1e-6) and p.to_km == pytest.approx(
                r.to_km, abs=1e-6
            )
            np.testing.assert_allclose(p.coords, r.coords, atol=1e-9)
    return fast


def test_pathways_from_the_piece_table_equal_those_from_each_trace():
    """assemble_pathways stitches the trace's piece table with array operations; the same facilities read one
    TraceResult.pathway at a time give the same pathways (real WaterHydro network, 150 facilities)."""
    import json

    from fixture_data import SHARED_DATA

    from tailings_qgis_plugin.core.network import RiverNetwork
    from tailings_qgis_plugin.core.tracing import Tracer

    hydro = SHARED_DATA / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"
    rivers = [
        np.asarray(f["geometry"]["coordinates"], float) for f in json.loads(hydro.read_text())["features"]
    ]
    net = RiverNetwork.build_from_digitised(rivers, node_tolerance_m=5.0)
    rng = np.random.default_rng(11)
    co = np.concatenate(rivers)
    pts = co[rng.integers(0, len(co), 150)] + rng.uniform(-0.1, 0.1, (150, 2))
    res = Tracer(net).trace(pts[:, 0], pts[:, 1], 5000, None)
    fast = _assert_same_assembly(res, rng.uniform(1, 500, net.n_reaches))
    assert len(fast.pathways) > 100


def test_branching_walks_keep_their_first_chain_either_way():
    """A river that splits and joins again (walks follow every branch): the first chain only, both routes."""
    from tailings_qgis_plugin.core.network import RiverNetwork
    from tailings_qgis_plugin.core.tracing import Tracer

    a = np.array([[70.0, 50.0], [70.1, 50.0]])
    b1 = np.array([[70.1, 50.0], [70.15, 50.03], [70.2, 50.0]])
    b2 = np.array([[70.1, 50.0], [70.15, 49.97], [70.2, 50.0]])
    c = np.array([[70.2, 50.0], [70.3, 50.0], [70.4, 50.01]])
    net = RiverNetwork.build_from_digitised([a, b1, b2, c], node_tolerance_m=1.0)
    res = Tracer(net).trace(np.array([70.02, 70.12, 70.3]), np.array([50.001, 50.02, 50.005]), 3000, None)
    assert res.branch_pieces
    fast = _assert_same_assembly(res, np.full(net.n_reaches, 50.0))
    assert fast.branching >= 1
