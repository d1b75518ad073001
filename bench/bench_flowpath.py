"""Benchmark: overland flow paths on the full SRTM 1" DEM (10801 x 7201 = 78 M cells) against pyflwdir and GRASS.

Ours (tailings_qgis_plugin.core.flowpath), each run in a fresh Python process:
  open the DEM + trace ``--points`` paths (default 100, random over the DEM, fixed seed), with every
  depression on the way filled (no max fill depth), (a) without rivers: paths run to the DEM edge or
  nodata, the same task as r.drain; (b) with the WaterHydro reaches: paths stop at the first river.
  Engine ``--engine`` (default numba, the compiled kernel; ``python`` for the pure-Python engine; both give
  identical paths). The numba runs use their own kernel cache folder (NUMBA_CACHE_DIR, empty at the start):
  the first run compiles the kernels (its time includes the JIT compile, shown apart), the next ones load
  them from the cache, as every run after the first does for a user. ``--python-runs N`` adds N runs of
  the pure-Python engine (the engine of the previous release) to the table.
  Time: wall clock of open + all traces. Memory: ru_maxrss of the process, the same minus the process's
  RSS after importing numpy/rasterio/pyproj/shapely (the engine's part: numba and its compiler, block cache
  ``--cache-mb`` and per-path pools included), and (pure-Python engine) the peak of Python allocations
  traced by tracemalloc in one extra, untimed run (not for numba: its pools are reserved with np.zeros and
  only the pages it writes become memory, which RSS counts and tracemalloc does not tell apart).

pyflwdir (Eilander et al. 2021, https://github.com/Deltares/pyflwdir), in the same run, in a fresh process:
  read the whole DEM, ``pyflwdir.from_dem`` (priority-flood depression filling and D8 directions of the
  whole raster, outlets at the edge, ``latlon=True``) and ``FlwdirRaster.path`` from the same points (to the
  edge). Its numba kernels compile on the first call, as in a user's first run: the time includes that.
  pyflwdir must be importable by ``--pyflwdir-python`` (default: this interpreter). It is not a dependency of
  the plugin and must not go into the project venv: ``--pyflwdir-venv DIR`` makes a separate venv
  (``python3 -m venv --system-site-packages DIR`` + ``pip install pyflwdir``) and uses it.

GRASS GIS (bench/grass_rdrain.py), in the same run, in a fresh temporary location each time:
  r.in.gdal import + r.fill.dir (one pass) + r.drain from the same points. Time per step (wall clock of
  each GRASS process); memory: the largest ru_maxrss among the GRASS processes.

Agreement (no-river paths vs r.drain): for each path, the median distance (in cells, Chebyshev) from the
r.drain vertices to our path, and whether both end within 3 cells; r.drain stops on the flats that one
r.fill.dir pass leaves, so its paths are often shorter: only its vertices are compared.

Agreement with pyflwdir (to the edge, both without rivers): per path, the Chebyshev distance (cells)
between the end cells, and the median distance from the pyflwdir cells to our path. Both fill depressions
by priority-flood; they route flats differently (pyflwdir: its own flat resolution; ours: shortest route
to the spill), so paths may part on filled flats and lakes.

Usage: python bench/bench_flowpath.py [--points 100] [--runs 3] [--grass-runs 0] [--pyflwdir-runs 1]
       [--pyflwdir-venv /tmp/pyflwdir-venv] [--python-runs 0] [--dem PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
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
    """Peak RSS (MB) of this process: VmHWM of /proc/self/status on Linux. Not ru_maxrss: Linux carries the
    parent's RSS at fork time into the child's ru_maxrss (kept across exec), so a worker spawned by a
    parent holding 200 MB of results would report at least that. ru_maxrss elsewhere, and for children."""
    if who == resource.RUSAGE_SELF:
        try:
            with open("/proc/self/status") as fh:
                for line in fh:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024.0
        except OSError:
            pass
    return resource.getrusage(who).ru_maxrss / 1024.0


def cpu_s() -> float:
    """CPU time (user + system) of this process so far: less sensitive than wall time to a loaded machine."""
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


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
    from tailings_qgis_plugin.core.flowpath_fast import kernels

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
    c0 = cpu_s()
    t0 = time.perf_counter()
    reasons = {}
    paths = []
    t_jit = 0.0
    if args.engine == "numba":  # import numba + load (or compile) the kernels, timed apart, inside t
        kernels().trace_kernel  # noqa: B018 - the import compiles nothing yet: numba compiles on first call
    with FlowPathRouter(args.dem, rivers=lines, cache_mb=args.cache_mb, engine=args.engine) as router:
        t_open = time.perf_counter() - t0
        for i, (lon, lat) in enumerate(pts.tolist()):
            t1 = time.perf_counter()
            fp = router.trace(lon, lat)
            if i == 0 and args.engine == "numba":
                # first path: compiles (cold cache) or loads (warm cache) the kernels; see t_first_path
                t_jit = time.perf_counter() - t1
            reasons[fp.end_reason] = reasons.get(fp.end_reason, 0) + 1
            # compact while measuring (lists of lists would add ~100 MB to the peak RSS); listed after it
            paths.append(
                np.column_stack([fp.rows, fp.cols]).astype(np.int32) if args.keep_paths else fp.n_cells
            )
        blocks = router.dem.blocks_read
        flooded = router.flooded_cells
    t = time.perf_counter() - t0
    traced = None
    if args.tracemalloc:
        import tracemalloc

        traced = tracemalloc.get_traced_memory()[1] / 2**20
    return {
        "t": t,
        "cpu": cpu_s() - c0,
        "t_first_path": t_jit,
        "traced_peak_mb": traced,
        "t_open": t_open,
        "rss_mb": rss_mb(),
        "base_rss_mb": base,
        "reasons": reasons,
        "blocks_read": blocks,
        "flooded_cells": flooded,
        "paths": [p.tolist() if args.keep_paths else p for p in paths],
    }


def worker_pyflwdir(args) -> dict:
    """pyflwdir: read the whole DEM, condition it and trace the paths (run in a fresh process)."""
    import pyflwdir
    import rasterio

    pts = np.asarray(json.loads(args.points_json))
    base = rss_mb()
    c0 = cpu_s()
    t0 = time.perf_counter()
    with rasterio.open(args.dem) as ds:
        data = ds.read(1)
        transform = ds.transform
        nodata = ds.nodata
        geographic = bool(ds.crs.is_geographic)
    t_read = time.perf_counter() - t0
    flw = pyflwdir.from_dem(data, nodata=nodata, transform=transform, latlon=geographic, outlets="edge")
    t_cond = time.perf_counter() - t0 - t_read
    paths, _ = flw.path(xy=(pts[:, 0], pts[:, 1]))
    t = time.perf_counter() - t0
    W = data.shape[1]
    return {
        "t": t,
        "cpu": cpu_s() - c0,
        "t_read": t_read,
        "t_cond": t_cond,
        "t_path": t - t_read - t_cond,
        "rss_mb": rss_mb(),
        "base_rss_mb": base,
        "version": pyflwdir.__version__,
        "paths": [np.column_stack([np.asarray(p) // W, np.asarray(p) % W]).tolist() for p in paths],
    }


def worker_grass(args) -> dict:
    from grass_rdrain import run_grass

    pts = json.loads(args.points_json)
    t0 = time.perf_counter()
    res = run_grass(args.dem, pts, fill_passes=1)
    res["t"] = time.perf_counter() - t0
    res["rss_mb"] = rss_mb(resource.RUSAGE_CHILDREN)
    return res


def spawn(
    kind, args, pts, rivers=False, keep_paths=False, traced=False, engine="numba", python=None, env=None
):
    cmd = [
        python or sys.executable,
        __file__,
        "--worker",
        kind,
        "--engine",
        engine,
        "--dem",
        str(args.dem),
        "--points-json",
        json.dumps(pts.tolist()),
    ]
    if args.cache_mb is not None:
        cmd += ["--cache-mb", str(args.cache_mb)]
    if rivers:
        cmd.append("--rivers")
    if keep_paths:
        cmd.append("--keep-paths")
    if traced:
        cmd.append("--tracemalloc")
    out = subprocess.run(cmd, capture_output=True, text=True, env=env)
    if out.returncode != 0:
        raise RuntimeError(f"{kind} worker failed: {out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def pyflwdir_python(args):
    """An interpreter that can import pyflwdir, or None (with a message saying how to get one)."""
    py = args.pyflwdir_python or sys.executable
    if args.pyflwdir_venv:
        venv = Path(args.pyflwdir_venv)
        py = str(venv / "bin" / "python")
        if not Path(py).exists():
            print(f"making a separate venv for pyflwdir in {venv} (not the project venv)")
            subprocess.run(
                ["/usr/bin/python3", "-m", "venv", "--system-site-packages", str(venv)], check=True
            )
            subprocess.run([py, "-m", "pip", "install", "-q", "pyflwdir"], check=True)
    ok = subprocess.run([py, "-c", "import pyflwdir"], capture_output=True).returncode == 0
    if not ok:
        print(
            f"pyflwdir is not importable by {py}: skipped. Get it without touching the project venv:\n"
            "  python3 -m venv --system-site-packages /tmp/pyflwdir-venv && "
            "/tmp/pyflwdir-venv/bin/pip install pyflwdir\n"
            "then pass --pyflwdir-python /tmp/pyflwdir-venv/bin/python (or --pyflwdir-venv /tmp/pyflwdir-venv)"
        )
        return None
    return py


def load_str():
    return "load average " + ", ".join(f"{x:.1f}" for x in os.getloadavg())


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


def agreement_cells(ours_paths, their_paths):
    """Per path: Chebyshev distance (cells) between the end cells, and median distance of their cells to our
    path (nearest cell, Chebyshev)."""
    from scipy.spatial import cKDTree

    ends, med = [], []
    for ours, theirs in zip(ours_paths, their_paths):
        a = np.asarray(ours, dtype=float).reshape(-1, 2)
        b = np.asarray(theirs, dtype=float).reshape(-1, 2)
        if len(a) == 0 or len(b) == 0:
            continue
        ends.append(float(np.abs(a[-1] - b[-1]).max()))
        d, _ = cKDTree(a).query(b, p=np.inf)
        med.append(float(np.median(d)))
    return np.array(ends), np.array(med)


def summary(label, runs, extra=""):
    t = statistics.median(r["t"] for r in runs)
    cpu = statistics.median(r["cpu"] for r in runs)
    rss = statistics.median(r["rss_mb"] for r in runs)
    own = statistics.median(r["rss_mb"] - r["base_rss_mb"] for r in runs)
    times = ", ".join(f"{r['t']:.1f}" for r in runs)
    print(
        f"{label:44s} median {t:7.1f} s  (runs: {times}; CPU {cpu:.1f} s)  peak RSS {rss:.0f} MB (after imports "
        f"{runs[0]['base_rss_mb']:.0f} MB, so {own:.0f} MB for the engine){extra}"
    )
    RAW.append({"label": label, "runs": [{k: v for k, v in r.items() if k != "paths"} for r in runs]})
    return t


def parse_args():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--dem", default=str(DEM))
    ap.add_argument("--points", type=int, default=100)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--engine", choices=("numba", "python"), default="numba")
    ap.add_argument("--python-runs", type=int, default=0, help="runs of the pure-Python engine as well")
    ap.add_argument("--pyflwdir-runs", type=int, default=1)
    ap.add_argument("--pyflwdir-python", help="an interpreter that can import pyflwdir")
    ap.add_argument("--pyflwdir-venv", help="make (if missing) and use a separate venv with pyflwdir here")
    ap.add_argument("--grass-runs", type=int, default=0)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument(
        "--cache-mb", type=float, help="DEM block cache (default: the engine's, 16 MB numba, 32 MB Python)"
    )
    ap.add_argument("--json", help="write every run's figures to this file")
    ap.add_argument("--worker", choices=("ours", "grass", "pyflwdir"))
    ap.add_argument("--points-json")
    ap.add_argument("--rivers", action="store_true")
    ap.add_argument("--keep-paths", action="store_true")
    ap.add_argument("--tracemalloc", action="store_true")
    return ap.parse_args()


def run_pyflwdir(args, pts, ours_t, ours_paths):
    py = pyflwdir_python(args)
    if not py:
        return
    fruns = [spawn("pyflwdir", args, pts, python=py) for _ in range(args.pyflwdir_runs)]
    f0 = fruns[0]
    ft = summary(
        f"pyflwdir {f0['version']} whole DEM + paths",
        fruns,
        f" (read {statistics.median(r['t_read'] for r in fruns):.1f} s, from_dem "
        f"{statistics.median(r['t_cond'] for r in fruns):.1f} s, paths "
        f"{statistics.median(r['t_path'] for r in fruns):.1f} s); {load_str()}",
    )
    print(f"{'':44s} pyflwdir time / ours: {ft / ours_t:.2f}x")
    ends, med = agreement_cells(ours_paths, f0["paths"])
    print(
        f"agreement with pyflwdir on {len(ends)} paths: same end cell {np.mean(ends == 0):.0%}, end within 3 "
        f"cells {np.mean(ends <= 3):.0%}; median of per-path median distance {np.median(med):.1f} cells, "
        f"paths with median <= 3 cells {np.mean(med <= 3):.0%}"
    )


def run_grass_baseline(args, pts, ours_t, ours_paths, transform):
    gruns = [spawn("grass", args, pts) for _ in range(args.grass_runs)]
    gt = statistics.median(r["t"] for r in gruns)
    print(
        f"{'GRASS import+r.fill.dir+r.drain':44s} median {gt:7.1f} s  (import "
        f"{statistics.median(r['t_import'] for r in gruns):.1f} s, "
        f"r.fill.dir {statistics.median(r['t_fill'] for r in gruns):.1f} s, "
        f"r.drain {statistics.median(r['t_drain'] for r in gruns):.1f} s)  "
        f"peak RSS of a GRASS module {max(r['rss_mb'] for r in gruns):.0f} MB"
    )
    print(f"speed-up (no rivers vs GRASS): {gt / ours_t:.1f}x")
    med, ends = agreement(ours_paths, gruns[0]["drain"], transform)
    if med:
        print(
            f"agreement with r.drain on {len(med)} paths: median of per-path median distance "
            f"{statistics.median(med):.1f} cells; paths with median <= 3 cells: {np.mean(np.array(med) <= 3):.0%}; "
            f"r.drain end on our path (<= 3 cells): {np.mean(ends):.0%}"
        )


RAW: list = []  # every run's figures, for --json


def main():
    args = parse_args()
    if args.worker:
        work = {"ours": worker_ours, "grass": worker_grass, "pyflwdir": worker_pyflwdir}[args.worker]
        print(json.dumps(work(args)))
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
        f"{args.points} start points (seed {args.seed}); ours ({args.engine}): {args.runs} runs; "
        f"{os.cpu_count()} cores, {load_str()}\n"
    )

    cache_dir = tempfile.mkdtemp(prefix="bench_flowpath_numba_")
    env = dict(os.environ, NUMBA_CACHE_DIR=cache_dir)  # empty: the first run compiles the kernels
    results = {}
    try:
        if args.engine == "numba":
            cold = spawn("ours", args, pts, env=env)
            print(
                f"{'ours, first run (JIT compile, no rivers)':44s} {cold['t']:7.1f} s  (of which the first path, "
                f"with the compile of the kernels: {cold['t_first_path']:.1f} s; CPU {cold['cpu']:.1f} s)  "
                f"peak RSS {cold['rss_mb']:.0f} MB; {load_str()}"
            )
            RAW.append({"label": "first run", "runs": [{k: v for k, v in cold.items() if k != "paths"}]})
        for label, rivers in (("ours, no rivers (to DEM edge)", False), ("ours, WaterHydro rivers", True)):
            runs = [
                spawn(
                    "ours",
                    args,
                    pts,
                    rivers=rivers,
                    keep_paths=(i == 0 and not rivers),
                    engine=args.engine,
                    env=env,
                )
                for i in range(args.runs)
            ]
            results[label] = runs
            traced = ""
            if (
                args.engine == "python"
            ):  # numba's pools are reserved with np.zeros: tracemalloc counts them whole
                mem = spawn("ours", args, pts, rivers=rivers, traced=True, engine=args.engine, env=env)
                traced = f"; Python allocations traced: {mem['traced_peak_mb']:.0f} MB"
            summary(
                label,
                runs,
                f"{traced}; blocks read {runs[0]['blocks_read']}, flooded cells {runs[0]['flooded_cells']:,}; "
                f"end reasons {runs[0]['reasons']}; {load_str()}",
            )
    finally:
        shutil.rmtree(cache_dir, ignore_errors=True)
    ours_t = statistics.median(r["t"] for r in results["ours, no rivers (to DEM edge)"])
    ours_paths = results["ours, no rivers (to DEM edge)"][0]["paths"]

    if args.python_runs:
        pruns = [spawn("ours", args, pts, engine="python") for _ in range(args.python_runs)]
        pt = summary("ours, pure-Python engine, no rivers", pruns, f"; {load_str()}")
        print(f"{'':44s} compiled engine speed-up: {pt / ours_t:.1f}x")

    if args.pyflwdir_runs:
        run_pyflwdir(args, pts, ours_t, ours_paths)
    if args.grass_runs:
        run_grass_baseline(args, pts, ours_t, ours_paths, transform)
    if args.json:
        Path(args.json).write_text(json.dumps(RAW, indent=1))


if __name__ == "__main__":
    main()
