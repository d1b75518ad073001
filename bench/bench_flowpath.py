"""Benchmark: overland flow paths on the full SRTM 1" DEM (10801 x 7201 = 78 M cells) against GRASS.

Ours (tailings_qgis_plugin.core.flowpath), each run in a fresh Python process:
  open the DEM + trace ``--points`` paths (default 100, random over the DEM, fixed seed), with every
  depression on the way filled (no max fill depth), (a) without rivers: paths run to the DEM edge or
  nodata, the same task as r.drain; (b) with the WaterHydro reaches: paths stop at the first river.
  Time: wall clock of open + all traces. Memory: ru_maxrss of the process, the same minus the process's
  RSS after importing numpy/rasterio/pyproj/shapely (the engine's part, block cache ``--cache-mb``
  included), and the peak of Python allocations traced by tracemalloc in one extra, untimed run.

GRASS GIS (bench/grass_rdrain.py), in the same run, in a fresh temporary location each time:
  r.in.gdal import + r.fill.dir (one pass) + r.drain from the same points. Time per step (wall clock of
  each GRASS process); memory: the largest ru_maxrss among the GRASS processes.

Agreement (no-river paths vs r.drain): for each path, the median distance (in cells, Chebyshev) from the
r.drain vertices to our path, and whether both end within 3 cells; r.drain stops on the flats that one
r.fill.dir pass leaves, so its paths are often shorter: only its vertices are compared.

Usage: python bench/bench_flowpath.py [--points 100] [--runs 3] [--grass-runs 1] [--dem PATH]
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

SHARED = ROOT.parent / "shared" / "data"
DEM = SHARED / "dem" / "srtm1_N51-N52_E067-E069_ishim_zhabay.tif"
RIVERS = SHARED / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"


def rss_mb(who=resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024.0


def start_points(dem, n, seed):
    import rasterio

    with rasterio.open(dem) as ds:
        b = ds.bounds
    rng = np.random.default_rng(seed)
    margin = 0.01
    return np.column_stack(
        [rng.uniform(b.left + margin, b.right - margin, n), rng.uniform(b.bottom + margin, b.top + margin, n)]
    )


def worker_ours(args) -> dict:
    """One timed run of our engine (run in a fresh process)."""
    import pyproj  # noqa: F401 - imports counted in the baseline, not in the engine's memory
    import rasterio
    import shapely.geometry  # noqa: F401

    from tailings_qgis_plugin.core.flowpath import FlowPathRouter

    pts = np.asarray(json.loads(args.points_json))
    lines = None
    if args.rivers:
        from shapely.geometry import box, shape

        with rasterio.open(args.dem) as ds:
            area = box(*ds.bounds)
        data = json.loads(Path(RIVERS).read_text())
        lines = [g for g in (shape(f["geometry"]) for f in data["features"]) if g.intersects(area)]
    base = rss_mb()
    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start()
    t0 = time.perf_counter()
    reasons = {}
    paths = []
    with FlowPathRouter(args.dem, rivers=lines, cache_mb=args.cache_mb) as router:
        t_open = time.perf_counter() - t0
        for lon, lat in pts.tolist():
            fp = router.trace(lon, lat)
            reasons[fp.end_reason] = reasons.get(fp.end_reason, 0) + 1
            paths.append(np.column_stack([fp.rows, fp.cols]).tolist() if args.keep_paths else fp.n_cells)
        blocks = router.dem.blocks_read
        flooded = router.flooded_cells
    t = time.perf_counter() - t0
    traced = None
    if args.tracemalloc:
        import tracemalloc

        traced = tracemalloc.get_traced_memory()[1] / 2**20
    return {
        "t": t,
        "traced_peak_mb": traced,
        "t_open": t_open,
        "rss_mb": rss_mb(),
        "base_rss_mb": base,
        "reasons": reasons,
        "blocks_read": blocks,
        "flooded_cells": flooded,
        "paths": paths,
    }


def worker_grass(args) -> dict:
    from grass_rdrain import run_grass

    pts = json.loads(args.points_json)
    t0 = time.perf_counter()
    res = run_grass(args.dem, pts, fill_passes=1)
    res["t"] = time.perf_counter() - t0
    res["rss_mb"] = rss_mb(resource.RUSAGE_CHILDREN)
    return res


def spawn(kind, args, pts, rivers=False, keep_paths=False, traced=False) -> dict:
    cmd = [
        sys.executable,
        __file__,
        "--worker",
        kind,
        "--dem",
        str(args.dem),
        "--cache-mb",
        str(args.cache_mb),
        "--points-json",
        json.dumps(pts.tolist()),
    ]
    if rivers:
        cmd.append("--rivers")
    if keep_paths:
        cmd.append("--keep-paths")
    if traced:
        cmd.append("--tracemalloc")
    out = subprocess.run(cmd, capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def agreement(ours_paths, grass_paths, transform):
    """Per path: median Chebyshev distance (cells) of r.drain vertices to our path; ends within 3 cells."""
    med, ends = [], []
    for ours, g in zip(ours_paths, grass_paths):
        if len(g) < 2:
            continue
        a = np.asarray(ours)
        g = np.asarray(g)
        gc = np.floor((g[:, 0] - transform.c) / transform.a)
        gr = np.floor((g[:, 1] - transform.f) / transform.e)
        d = np.array([np.abs(a - (r, c)).max(axis=1).min() for r, c in zip(gr, gc)])
        med.append(float(np.median(d)))
        ends.append(bool(d[-1] <= 3))
    return med, ends


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dem", default=str(DEM))
    ap.add_argument("--points", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--grass-runs", type=int, default=1)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--cache-mb", type=float, default=32.0)
    ap.add_argument("--worker", choices=("ours", "grass"))
    ap.add_argument("--points-json")
    ap.add_argument("--rivers", action="store_true")
    ap.add_argument("--keep-paths", action="store_true")
    ap.add_argument("--tracemalloc", action="store_true")
    args = ap.parse_args()
    if args.worker:
        res = worker_ours(args) if args.worker == "ours" else worker_grass(args)
        print(json.dumps(res))
        return

    import rasterio

    with rasterio.open(args.dem) as ds:
        shape = (ds.height, ds.width)
        transform = ds.transform
        raw_mb = ds.width * ds.height * np.dtype(ds.dtypes[0]).itemsize / 2**20
    pts = start_points(args.dem, args.points, args.seed)
    print(
        f"DEM {args.dem}: {shape[1]} x {shape[0]} = {shape[0] * shape[1] / 1e6:.1f} M cells, {raw_mb:.0f} MB raw"
    )
    print(
        f"{args.points} start points (seed {args.seed}); ours: {args.runs} runs, GRASS: {args.grass_runs} runs\n"
    )

    results = {}
    for label, rivers in (("ours, no rivers (to DEM edge)", False), ("ours, WaterHydro rivers", True)):
        runs = [
            spawn("ours", args, pts, rivers=rivers, keep_paths=(i == 0 and not rivers))
            for i in range(args.runs)
        ]
        results[label] = runs
        t = statistics.median(r["t"] for r in runs)
        rss = statistics.median(r["rss_mb"] for r in runs)
        own = statistics.median(r["rss_mb"] - r["base_rss_mb"] for r in runs)
        times = ", ".join(f"{r['t']:.1f}" for r in runs)
        mem = spawn("ours", args, pts, rivers=rivers, traced=True)  # untimed: tracemalloc slows Python
        print(
            f"{label:34s} median {t:7.1f} s  (runs: {times})  "
            f"peak RSS {rss:.0f} MB (after imports {runs[0]['base_rss_mb']:.0f} MB, so {own:.0f} MB for the "
            f"engine; Python allocations traced: {mem['traced_peak_mb']:.0f} MB); blocks read {runs[0]['blocks_read']}, "
            f"flooded cells {runs[0]['flooded_cells']:,}; end reasons {runs[0]['reasons']}"
        )

    gruns = [spawn("grass", args, pts) for _ in range(args.grass_runs)]
    gt = statistics.median(r["t"] for r in gruns)
    print(
        f"{'GRASS import+r.fill.dir+r.drain':34s} median {gt:7.1f} s  (import {statistics.median(r['t_import'] for r in gruns):.1f} s, "
        f"r.fill.dir {statistics.median(r['t_fill'] for r in gruns):.1f} s, "
        f"r.drain {statistics.median(r['t_drain'] for r in gruns):.1f} s)  "
        f"peak RSS of a GRASS module {max(r['rss_mb'] for r in gruns):.0f} MB"
    )
    ours_t = statistics.median(r["t"] for r in results["ours, no rivers (to DEM edge)"])
    print(f"\nspeed-up (no rivers vs GRASS): {gt / ours_t:.1f}x")
    med, ends = agreement(results["ours, no rivers (to DEM edge)"][0]["paths"], gruns[0]["drain"], transform)
    if med:
        print(
            f"agreement with r.drain on {len(med)} paths: median of per-path median distance "
            f"{statistics.median(med):.1f} cells; paths with median <= 3 cells: {np.mean(np.array(med) <= 3):.0%}; "
            f"r.drain end on our path (<= 3 cells): {np.mean(ends):.0%}"
        )


if __name__ == "__main__":
    main()
