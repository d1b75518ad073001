"""Benchmark: topology build + downstream tracing of many facilities on a replicated real river network.

The real WaterHydro network (448 reaches, ~65,000 vertices, HydroSHEDS-derived) is cut into reaches of
``--seg`` segments (HydroRIVERS-like reach lengths of a few km) and copied with small lon/lat shifts until
it holds ``--reaches`` reaches (default 1,000,000, about 10 million vertices), all over the real extent, so
density and snapping load are realistic. ``--facilities`` points (default 10,000) are placed: 85 % within
about 3 km of a random vertex, 15 % 5-40 km from a random vertex (sites off the mapped network; many are
beyond the snap distance, as in the sample data where the median site is 27 km from the network).

Timed (median of ``--runs``): RiverNetwork.build_from_digitised + Tracer(...) + Tracer.trace(...) on the
packed arrays, no distance limit (every walk runs to the end of the network). Peak memory: ru_maxrss of
the process before the baseline starts (it includes generating the synthetic network).

Baseline, in the same run: the straightforward approach: Geod.line_length per reach, a networkx DiGraph
keyed by rounded end coordinates, a shapely STRtree for snapping, and a walk per facility following
successors. Its build runs once on the full network; its per-facility snapping+walk runs on
``--baseline-sample`` facilities and is extrapolated linearly to all facilities (stated in the output).

Usage: python bench/bench_trace.py [--reaches 1000000] [--facilities 10000] [--runs 3] [--quick]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tailings_qgis_plugin.core.network import RiverNetwork  # noqa: E402
from tailings_qgis_plugin.core.tracing import Tracer  # noqa: E402

RIVERS = ROOT.parent / "shared" / "data" / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def base_pieces(seg):
    d = json.loads(RIVERS.read_text())
    pieces = []
    for f in d["features"]:
        a = np.asarray(f["geometry"]["coordinates"], dtype=float)
        k = 0
        while k < len(a) - 1:
            pieces.append(a[k : k + seg + 1])
            k += seg
    return pieces


def replicate(pieces, target):
    counts = np.array([len(p) for p in pieces])
    base = np.concatenate(pieces)
    copies = int(np.ceil(target / len(pieces)))
    k = np.arange(copies)
    # shifts that are not multiples of the 15" grid, so copies never share vertices
    shift = np.stack([(k % 13) * 0.0371, (k // 13) * 0.0293], axis=1)
    coords = (base[None, :, :] + shift[:, None, :]).reshape(-1, 2)
    cnt = np.tile(counts, copies)
    offsets = np.zeros(cnt.size + 1, dtype=np.int64)
    np.cumsum(cnt, out=offsets[1:])
    n = min(target, cnt.size)
    coords = coords[: offsets[n]]
    return coords, offsets[: n + 1]


def facilities(coords, n, rng):
    near = int(n * 0.85)
    v = rng.integers(0, coords.shape[0], n)
    off = rng.uniform(-0.03, 0.03, (n, 2))
    # 15 %: 5-40 km from a river (off the mapped network, as many real sites are), random direction
    ang = rng.uniform(0, 2 * np.pi, n - near)
    dist_deg = rng.uniform(0.05, 0.4, n - near)
    off[near:] = np.stack(
        [np.cos(ang) * dist_deg / np.cos(np.radians(coords[v[near:], 1])), np.sin(ang) * dist_deg], axis=1
    )
    p = coords[v] + off
    rng.shuffle(p)
    return p


def ours(coords, offsets, fac, snap_m):
    t0 = time.perf_counter()
    net = RiverNetwork.build_from_digitised((coords, offsets), node_tolerance_m=1.0)
    t1 = time.perf_counter()
    tracer = Tracer(net)
    t2 = time.perf_counter()
    res = tracer.trace(fac[:, 0], fac[:, 1], snap_distance_m=snap_m)
    t3 = time.perf_counter()
    return (t1 - t0, t2 - t1, t3 - t2, t3 - t0), net, tracer, res


def baseline(coords, offsets, fac, snap_m, sample, rng):
    import networkx as nx
    import shapely
    from pyproj import Geod
    from shapely.geometry import LineString, Point
    from shapely.strtree import STRtree

    geod = Geod(ellps="WGS84")
    n = offsets.size - 1
    t0 = time.perf_counter()
    g = nx.DiGraph()
    lines = []
    lengths = np.empty(n)
    for i in range(n):
        a = coords[offsets[i] : offsets[i + 1]]
        lengths[i] = geod.line_length(a[:, 0], a[:, 1])
        u = (round(a[0, 0], 6), round(a[0, 1], 6))
        v = (round(a[-1, 0], 6), round(a[-1, 1], 6))
        g.add_edge(u, v, reach=i, length=lengths[i])
        lines.append(LineString(a))
    tree = STRtree(lines)
    t_build = time.perf_counter() - t0
    shapely2 = int(shapely.__version__.split(".")[0]) >= 2
    index_of = None if shapely2 else {id(ln): i for i, ln in enumerate(lines)}
    pick = rng.choice(len(fac), size=min(sample, len(fac)), replace=False)
    deg = snap_m / 111320.0 / np.cos(np.radians(50))
    t0 = time.perf_counter()
    totals = {}
    for f in pick:
        p = Point(fac[f, 0], fac[f, 1])
        cands = tree.query(p.buffer(deg))
        idx = list(cands) if shapely2 else [index_of[id(c)] for c in cands]
        if not idx:
            continue
        best = min(idx, key=lambda j: lines[j].distance(p))
        q = lines[best].interpolate(lines[best].project(p))
        _, _, d = geod.inv(p.x, p.y, q.x, q.y)
        if d > snap_m:
            continue
        frac = lines[best].project(p, normalized=True)
        total = d + (1 - frac) * lengths[best]
        a = coords[offsets[best + 1] - 1]
        node = (round(a[0], 6), round(a[1], 6))
        seen = set()
        while node not in seen:
            seen.add(node)
            succ = list(g.successors(node))
            if not succ:
                break
            total += g.edges[node, succ[0]]["length"]
            node = succ[0]
        totals[int(f)] = total / 1000.0
    t_walk = time.perf_counter() - t0
    return t_build, t_walk, pick.size, totals


def network_arguments(doc, snap_help):
    """Command line of the network benchmarks (this one and bench_upstream.py): size, runs, snap, baseline."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--reaches", type=int, default=1_000_000)
    ap.add_argument("--facilities", type=int, default=10_000)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seg", type=int, default=10, help="segments per reach when cutting the real network")
    ap.add_argument("--snap", type=float, default=5000.0, help=snap_help)
    ap.add_argument("--baseline-sample", type=int, default=300)
    ap.add_argument("--quick", action="store_true", help="100,000 reaches, 1,000 facilities, 2 runs")
    return ap


def parse_network_arguments(ap, argv):
    """Parsed arguments (``--quick`` applied) and the seeded random generator; exits without the real data."""
    a = ap.parse_args(argv)
    if a.quick:
        a.reaches, a.facilities, a.runs = 100_000, 1_000, 2
    if not RIVERS.exists():
        sys.exit(f"real data not found: {RIVERS}")
    return a, np.random.default_rng(42)


def main(argv=None):
    ap = network_arguments(__doc__, "snap distance, m")
    ap.add_argument("--no-baseline", action="store_true")
    a, rng = parse_network_arguments(ap, argv)
    t0 = time.perf_counter()
    pieces = base_pieces(a.seg)
    coords, offsets = replicate(pieces, a.reaches)
    fac = facilities(coords, a.facilities, rng)
    print(
        f"network: {offsets.size - 1:,} reaches, {coords.shape[0]:,} vertices "
        f"({len(pieces):,} per copy); {len(fac):,} facilities; generated in {time.perf_counter() - t0:.1f} s"
    )
    print(f"memory after generating the data: {peak_mb():.0f} MB")
    times = []
    for r in range(a.runs):
        (tb, tt, tr_, tot), net, tracer, res = ours(coords, offsets, fac, a.snap)
        times.append((tb, tt, tr_, tot))
        print(f"  run {r + 1}: build {tb:.2f} s, precompute {tt:.2f} s, trace {tr_:.2f} s, total {tot:.2f} s")
        if r < a.runs - 1:
            del net, tracer, res
    med = [statistics.median(x) for x in zip(*times)]
    mem = peak_mb()
    reasons = np.bincount(res.end_reason, minlength=4)
    print(
        f"ours (median of {a.runs}): build {med[0]:.2f} s + precompute {med[1]:.2f} s + trace {med[2]:.2f} s"
        f" = {med[3]:.2f} s; peak memory {mem:.0f} MB (ru_maxrss, whole process)"
    )
    print(
        f"  end reasons: max_distance {reasons[0]}, outlet {reasons[1]}, terminal_lake {reasons[2]}, "
        f"no_river {reasons[3]}; {net.n_edges:,} edges, {len(tracer.up)} lifting levels; "
        f"report: {net.report.counts()}"
    )
    m = min(200, int(res.snapped.sum()))
    idx = np.flatnonzero(res.snapped)[:m]
    t0 = time.perf_counter()
    npieces = sum(len(res.pathway(i).pieces) for i in idx)
    tm = time.perf_counter() - t0
    if m:
        print(
            f"  materialising pathways with coordinates (not in the total): {tm / m * 1000:.1f} ms per facility"
            f" ({npieces / m:.0f} pieces on average)"
        )
    if a.no_baseline:
        return
    tb, tw, k, totals = baseline(coords, offsets, fac, a.snap, a.baseline_sample, rng)
    tw_all = tw / max(k, 1) * len(fac)
    base_total = tb + tw_all
    print(
        f"baseline (networkx + STRtree, 1 run): build {tb:.2f} s; snap+walk {tw:.2f} s for {k} facilities,"
        f" extrapolated to {len(fac):,}: {tw_all:.1f} s; total {base_total:.1f} s"
    )
    agree = [abs(totals[f] - res.total_km[f]) / max(totals[f], 1e-9) for f in totals if res.snapped[f]]
    if agree:
        print(
            f"  baseline vs ours total_km: median relative difference {np.median(agree):.2e}, "
            f"max {np.max(agree):.2e} over {len(agree)} facilities"
        )
    print(f"speed-up: {base_total / med[3]:.1f}x (targets: <= 10 s, <= 2048 MB, >= 10x)")


if __name__ == "__main__":
    main()
