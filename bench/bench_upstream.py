"""Benchmark: which facilities reach each receptor (core.upstream), on the replicated real river network.

The network and the facilities are those of bench/bench_trace.py (the real WaterHydro network cut into
reaches of ``--seg`` segments and copied until it holds ``--reaches`` reaches; ``--facilities`` sites, 85 %
within about 3 km of the network). ``--receptors`` receptors (default 100) are put on random network
vertices, 85 % of them on the 15 % longest-chain edges so that many lie far downstream with large
catchments (the hard case: an intake near a river mouth), the rest anywhere.

Timed (median of ``--runs``), after the network and the Tracer are built (the forward tracing's own cost,
reported once): EdgeHydraulics.build (velocity from a constant, as the algorithms' default), UpstreamIndex
(pointer doubling), snapping the facilities and attaching the receptors (every reach within 2 km), and
UpstreamIndex.sources for all receptor x facility pairs. Peak memory: ru_maxrss of the whole process.

Baseline, in the same run: the forward way, one trace per facility: Tracer.trace for all facilities (the
vectorised tracer of bench_trace.py, timed in full), then each facility's pathway is walked edge by edge and
every receptor point on it is matched (a dict from edge to receptor points), with the distance from the
facility. The walk runs on ``--baseline-sample`` facilities and is extrapolated linearly to all (stated in
the output); the pairs found for the sample are compared with ours.

Usage: python bench/bench_upstream.py [--reaches 1000000] [--facilities 10000] [--receptors 100] [--quick]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from bench_trace import (  # noqa: E402
    base_pieces,
    facilities,
    network_arguments,
    parse_network_arguments,
    peak_mb,
    replicate,
)

from tailings_qgis_plugin.core.network import RiverNetwork  # noqa: E402
from tailings_qgis_plugin.core.tracing import Tracer  # noqa: E402
from tailings_qgis_plugin.core.upstream import EdgeHydraulics, UpstreamIndex  # noqa: E402


def receptors(net, tracer, n, rng):
    """Receptor points on network vertices, most of them far down long chains."""
    real = np.flatnonzero(net.e_parent >= 0)
    long_chain = real[tracer.T[real] < np.quantile(tracer.T[real], 0.15)]  # close to an outlet
    pick = np.concatenate([rng.choice(long_chain, int(n * 0.85)), rng.choice(real, n - int(n * 0.85))])
    v = net.e_offsets[pick] + (net.e_offsets[pick + 1] - net.e_offsets[pick]) // 2
    return net.e_coords[v]


def ours(net, tracer, fac, rec, snap_m, rec_snap_m):
    t0 = time.perf_counter()
    hyd = EdgeHydraulics.build(net, fallback_velocity_m_s=1.0)
    up = UpstreamIndex(tracer, hyd)
    t1 = time.perf_counter()
    fs = up.snap(fac[:, 0], fac[:, 1], snap_m, far_distance=False)  # only snapped sites can reach
    ta = time.perf_counter()
    pts = up.attach(rec[:, 0], rec[:, 1], rec_snap_m)
    t2 = time.perf_counter()
    res = up.sources(pts, fs)
    t3 = time.perf_counter()
    return (t1 - t0, ta - t1, t2 - ta, t3 - t2, t3 - t0), up, pts, res


def baseline(tracer, fac, pts, snap_m, sample, rng):
    """One forward trace per facility, walking its pathway and matching receptor points on it."""
    at_edge = {}
    for k, (e, c) in enumerate(zip(pts.e.tolist(), pts.c.tolist())):
        if e >= 0:
            at_edge.setdefault(e, []).append((c, k))
    t0 = time.perf_counter()
    res = tracer.trace(fac[:, 0], fac[:, 1], snap_m)  # all facilities at once (vectorised snapping + chains)
    t_trace = time.perf_counter() - t0
    pick = np.sort(rng.choice(len(fac), size=min(sample, len(fac)), replace=False))
    t0 = time.perf_counter()
    found = {}
    for j in pick.tolist():
        if not res.snapped[j]:
            continue
        snap = float(res.snap_distance_m[j])
        for e, c1, c2, dist in res._edge_pieces(j):
            for c, k in at_edge.get(e, ()):
                if c1 - 1e-9 <= c <= c2 + 1e-9:
                    key = (int(pts.owner[k]), int(j))
                    d = (snap + dist + c - c1) / 1000.0
                    off = float(pts.distance_m[k])
                    if key not in found or off < found[key][1]:
                        found[key] = (d, off)
    return t_trace, time.perf_counter() - t0, pick, found


def main(argv=None):
    ap = network_arguments(__doc__, "facility snap distance, m")
    ap.add_argument("--receptors", type=int, default=100)
    ap.add_argument("--receptor-snap", type=float, default=2000.0, help="receptor snap distance, m")
    a, rng = parse_network_arguments(ap, argv)
    t0 = time.perf_counter()
    coords, offsets = replicate(base_pieces(a.seg), a.reaches)
    fac = facilities(coords, a.facilities, rng)
    t1 = time.perf_counter()
    net = RiverNetwork.build_from_digitised((coords, offsets), node_tolerance_m=1.0)
    tracer = Tracer(net)
    t2 = time.perf_counter()
    rec = receptors(net, tracer, a.receptors, rng)
    print(
        f"network: {offsets.size - 1:,} reaches, {coords.shape[0]:,} vertices, {net.n_edges:,} edges; "
        f"{len(fac):,} facilities, {len(rec)} receptors; generated in {t1 - t0:.1f} s; network + Tracer "
        f"(shared with the forward analysis, not in the figures below) {t2 - t1:.1f} s"
    )
    times = []
    for r in range(a.runs):
        (tp, tf, ta, tq, tot), _up, pts, res = ours(net, tracer, fac, rec, a.snap, a.receptor_snap)
        times.append((tp, tf, ta, tq, tot))
        print(
            f"  run {r + 1}: hydraulics + index {tp:.2f} s, snap facilities {tf:.2f} s, attach receptors "
            f"{ta:.2f} s, sources {tq:.2f} s, total {tot:.2f} s"
        )
    med = [statistics.median(x) for x in zip(*times)]
    print(
        f"ours (median of {a.runs}): hydraulics + index {med[0]:.2f} s + snap facilities {med[1]:.2f} s + "
        f"attach receptors {med[2]:.2f} s + sources {med[3]:.2f} s = {med[4]:.2f} s for {len(rec)} receptors x "
        f"{len(fac):,} facilities; {len(res):,} pairs; {len(pts)} receptor points; "
        f"peak memory {peak_mb():.0f} MB (ru_maxrss)"
    )
    nb = int(np.count_nonzero(tracer.bif_down[pts.e[pts.e >= 0]]))
    print(f"  receptor points below a bifurcation (branch walks): {nb}")
    tt, tb, pick, found = baseline(tracer, fac, pts, a.snap, a.baseline_sample, rng)
    tb_all = tb / max(pick.size, 1) * len(fac)
    base_total = tt + tb_all
    print(
        f"baseline (forward: Tracer.trace of all facilities {tt:.2f} s, then each pathway walked and matched "
        f"against the receptor points: {tb:.2f} s for {pick.size} facilities, extrapolated to {len(fac):,}: "
        f"{tb_all:.1f} s; 1 run): total {base_total:.1f} s"
    )
    sel = set(pick.tolist())
    mine = {(int(r), int(f)): d for r, f, d in zip(res.receptor, res.facility, res.dist_km) if int(f) in sel}
    # the forward walk matches receptor points on the chosen chain; ours also on all branches: compare those
    common = set(mine) & set(found)
    diff = [abs(mine[k] - found[k][0]) for k in common]
    print(
        f"  pairs for the sampled facilities: ours {len(mine)}, baseline {len(found)}, in both {len(common)}; "
        f"max |dist_km difference| {max(diff) if diff else 0.0:.2e}"
    )
    print(
        f"speed-up: {base_total / med[4]:.1f}x overall; pair search alone (sources vs walk + match) "
        f"{tb_all / max(med[3], 1e-9):.0f}x"
    )


if __name__ == "__main__":
    main()
