"""End-to-end benchmark: the pathway algorithms through Processing, from GeoPackage layers in to GeoPackage out.

Two cases, each next to a straightforward script baseline measured in the same run:

``big``: ``--reaches`` (default 1,000,000) reaches made by replicating the real WaterHydro network as
``bench_trace.py`` does (same cutting, shifts and facility placement), written to a GeoPackage, and
``--facilities`` (default 10,000) facilities. Each run is a fresh Python process (so peak memory, the
process's ru_maxrss, is the algorithm's and not the data generator's) that starts QGIS, registers the
provider and calls ``processing.run("tailings:tracedownstream", ...)`` with both outputs to GeoPackage; the
timed figure is that call (layers in to layers out). The same process then runs it a second time on the
unchanged layer (the network is reused, not rebuilt) and, with ``--impact``, runs
``tailings:downstreamimpact`` once. The baseline (also a fresh process) reads the GeoPackage with OGR,
measures reaches with ``pyproj.Geod.line_length``, builds a networkx DiGraph keyed by rounded end points
and a shapely STRtree, then for each facility snaps (``STRtree.nearest``, then the geodesic distance checked
against the snap distance), walks the first successor and writes the overland leg and each reach as a line
plus a summary point with OGR. Its build runs on the whole network; snap + walk + write runs on
``--baseline-sample`` facilities and is extrapolated linearly (stated in the output). Both sides use the
plugin's default snap distance (100 km). The CPU time of the timed call (all threads) is printed next to
its wall time: the machine may be shared.

``sample``: the 448-reach WaterHydro network, ``--facilities`` (default 20,000) facilities,
``MAX_DISTANCE`` ``--max-km`` (500) km, through ``qgis_process.bin`` (a staged copy of the plugin, as in the
README, with the byte code QGIS writes at a plugin's first load), both outputs to GeoPackage, against the
same baseline script cutting pathways at the maximum distance; then ``--no-limit`` (default 100,000) facilities with no distance limit through ``qgis_process``.

Medians of ``--runs``; the load average is printed with every figure (the machine is shared).

Usage: python bench/bench_e2e.py            (both cases, defaults)
       python bench/bench_e2e.py big [--reaches N] [--facilities N] [--runs 3] [--impact]
       python bench/bench_e2e.py sample [--facilities 20000] [--max-km 500] [--no-limit 100000]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import resource
import shutil
import statistics
import struct
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

DATA = ROOT.parent / "shared" / "data"
RIVERS = DATA / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"
QGIS_PROCESS = "/usr/bin/qgis_process.bin"


def load():
    return os.getloadavg()[0]


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


# --------------------------------------------------------------------------------------------------------
# data
# --------------------------------------------------------------------------------------------------------
def write_lines_gpkg(path, coords, offsets):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer("rivers", srs, ogr.wkbLineString)
    lyr.CreateField(ogr.FieldDefn("reach_id", ogr.OFTInteger))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for i in range(offsets.size - 1):
        a = coords[offsets[i] : offsets[i + 1]]
        f = ogr.Feature(defn)
        f.SetField(0, i + 1)
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(struct.pack("<BII", 1, 2, len(a)) + a.tobytes()))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None


def write_points_gpkg(path, pts, name="facilities"):
    from osgeo import ogr, osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    ds = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    lyr = ds.CreateLayer(name, srs, ogr.wkbPoint)
    lyr.CreateField(ogr.FieldDefn("facility_id", ogr.OFTString))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for i, (x, y) in enumerate(pts):
        f = ogr.Feature(defn)
        f.SetField(0, f"F{i + 1}")
        g = ogr.Geometry(ogr.wkbPoint)
        g.AddPoint_2D(float(x), float(y))
        f.SetGeometryDirectly(g)
        lyr.CreateFeature(f)
    lyr.CommitTransaction()
    ds = None


def big_data(work, reaches, n_fac, seg):
    import numpy as np
    from bench_trace import base_pieces, facilities, replicate

    rivers = work / f"rivers_{reaches}_{seg}.gpkg"
    fac = work / f"facilities_{reaches}_{seg}_{n_fac}.gpkg"
    if not (rivers.exists() and fac.exists()):
        t0 = time.perf_counter()
        coords, offsets = replicate(base_pieces(seg), reaches)
        pts = facilities(coords, n_fac, np.random.default_rng(42))
        for p in (rivers, fac):
            if p.exists():
                p.unlink()
        write_lines_gpkg(rivers, coords, offsets)
        write_points_gpkg(fac, pts)
        print(f"wrote {rivers.name} and {fac.name} in {time.perf_counter() - t0:.0f} s")
    return rivers, fac


def sample_data(work, n_fac):
    import numpy as np

    fac = work / f"sample_facilities_{n_fac}.gpkg"
    if not fac.exists():
        d = json.loads(RIVERS.read_text())
        co = np.concatenate([np.asarray(f["geometry"]["coordinates"], float) for f in d["features"]])
        rng = np.random.default_rng(7)
        # 85 % within ~3 km of a river vertex, 15 % 5-40 km away (as bench_trace places them)
        v = rng.integers(0, len(co), n_fac)
        off = rng.uniform(-0.03, 0.03, (n_fac, 2))
        far = rng.random(n_fac) < 0.15
        ang = rng.uniform(0, 2 * np.pi, far.sum())
        dd = rng.uniform(0.05, 0.4, far.sum())
        off[far] = np.stack([np.cos(ang) * dd / np.cos(np.radians(co[v[far], 1])), np.sin(ang) * dd], axis=1)
        write_points_gpkg(fac, co[v] + off)
    return fac


# --------------------------------------------------------------------------------------------------------
# ours, in a fresh process
# --------------------------------------------------------------------------------------------------------
def child_ours(a):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    import processing
    from processing.core.Processing import Processing

    Processing.initialize()
    from tailings_qgis_plugin.processing_algorithms import network_cache
    from tailings_qgis_plugin.processing_algorithms.provider import TailingsProvider

    provider = TailingsProvider()  # kept referenced: the registry does not own a Python-made provider
    QgsApplication.processingRegistry().addProvider(provider)
    out = Path(a.out)
    res = {}
    params = {
        "FACILITIES": a.facilities,
        "RIVERS": a.rivers,
        "MAX_DISTANCE": a.max_km,
        "SNAP_DISTANCE": a.snap,
    }
    for label in ("first", "second"):
        for n in ("pathways", "summary"):
            (out / f"{n}_{label}.gpkg").unlink(missing_ok=True)
        p = dict(
            params, OUTPUT=str(out / f"pathways_{label}.gpkg"), SUMMARY=str(out / f"summary_{label}.gpkg")
        )
        builds = network_cache.BUILDS
        t0 = time.perf_counter()
        c0 = time.process_time()
        processing.run("tailings:tracedownstream", p)
        res[f"trace_{label}_s"] = time.perf_counter() - t0
        res[f"trace_{label}_cpu_s"] = time.process_time() - c0  # all threads of the process
        res[f"trace_{label}_built"] = network_cache.BUILDS - builds
        res[f"trace_{label}_load"] = load()
    res["trace_peak_mb"] = peak_mb()
    from osgeo import ogr

    ds = ogr.Open(str(out / "pathways_first.gpkg"))
    res["pathway_features"] = ds.GetLayer(0).GetFeatureCount()
    ds = None
    if a.impact:
        for n in ("impact_pathways", "impact_exposed", "impact_crossings", "impact_summary"):
            (out / f"{n}.gpkg").unlink(missing_ok=True)
        p = dict(
            params,
            SETTLEMENTS=str(DATA / "settlements" / "geonames_cities500_central_asia.geojson"),
            SETTLEMENT_NAME_FIELD="name",
            POPULATION_FIELD="population",
            COUNTRIES=str(DATA / "boundaries" / "ne_50m_admin_0_countries_central_asia.geojson"),
            COUNTRY_FIELD="ADM0_A3",
            PATHWAYS=str(out / "impact_pathways.gpkg"),
            EXPOSED=str(out / "impact_exposed.gpkg"),
            CROSSINGS=str(out / "impact_crossings.gpkg"),
            SUMMARY=str(out / "impact_summary.gpkg"),
        )
        builds = network_cache.BUILDS
        t0 = time.perf_counter()
        processing.run("tailings:downstreamimpact", p)
        res["impact_s"] = time.perf_counter() - t0
        res["impact_built"] = network_cache.BUILDS - builds
        res["impact_load"] = load()
        res["impact_peak_mb"] = peak_mb()
    print("RESULT " + json.dumps(res))
    app.exitQgis()


# --------------------------------------------------------------------------------------------------------
# baseline, in a fresh process
# --------------------------------------------------------------------------------------------------------
def child_baseline(a):
    import networkx as nx
    import numpy as np
    import shapely
    from osgeo import ogr, osr
    from pyproj import Geod
    from shapely import wkb
    from shapely.geometry import LineString, Point
    from shapely.ops import substring
    from shapely.strtree import STRtree

    geod = Geod(ellps="WGS84")
    t0 = time.perf_counter()
    c0 = time.process_time()
    ds = ogr.Open(a.rivers)
    lyr = ds.GetLayer(0)
    lines, lengths = [], []
    g = nx.DiGraph()
    for f in lyr:
        geom = wkb.loads(bytes(f.GetGeometryRef().ExportToWkb()))
        parts = list(geom.geoms) if geom.geom_type == "MultiLineString" else [geom]
        for ln in parts:
            i = len(lines)
            xy = np.asarray(ln.coords)[:, :2]
            length = geod.line_length(xy[:, 0], xy[:, 1])
            lines.append(ln)
            lengths.append(length)
            u = (round(xy[0, 0], 6), round(xy[0, 1], 6))
            v = (round(xy[-1, 0], 6), round(xy[-1, 1], 6))
            g.add_edge(u, v, reach=i, length=length)
    ds = None
    tree = STRtree(lines)
    shapely2 = int(shapely.__version__.split(".")[0]) >= 2
    index_of = None if shapely2 else {id(ln): i for i, ln in enumerate(lines)}
    t_build = time.perf_counter() - t0
    c_build = time.process_time() - c0
    fds = ogr.Open(a.facilities)
    flyr = fds.GetLayer(0)
    fac = [(f.GetField(0), f.GetGeometryRef().GetX(), f.GetGeometryRef().GetY()) for f in flyr]
    fds = None
    rng = np.random.default_rng(1)
    n = len(fac) if a.sample <= 0 else min(a.sample, len(fac))
    pick = np.sort(rng.choice(len(fac), size=n, replace=False))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    out = Path(a.out)
    for name in ("baseline_pathways.gpkg", "baseline_summary.gpkg"):
        (out / name).unlink(missing_ok=True)
    t0 = time.perf_counter()
    c0 = time.process_time()
    pds = ogr.GetDriverByName("GPKG").CreateDataSource(str(out / "baseline_pathways.gpkg"))
    play = pds.CreateLayer("pathways", srs, ogr.wkbLineString)
    for name, t in (("facility_id", ogr.OFTString), ("seq", ogr.OFTInteger), ("reach", ogr.OFTInteger)):
        play.CreateField(ogr.FieldDefn(name, t))
    play.CreateField(ogr.FieldDefn("from_km", ogr.OFTReal))
    play.CreateField(ogr.FieldDefn("to_km", ogr.OFTReal))
    sds = ogr.GetDriverByName("GPKG").CreateDataSource(str(out / "baseline_summary.gpkg"))
    slay = sds.CreateLayer("summary", srs, ogr.wkbPoint)
    slay.CreateField(ogr.FieldDefn("facility_id", ogr.OFTString))
    slay.CreateField(ogr.FieldDefn("total_km", ogr.OFTReal))
    play.StartTransaction()
    slay.StartTransaction()
    max_m = a.max_km * 1000.0 if a.max_km > 0 else np.inf
    totals = {}

    def put_line(fid, seq, reach, geom, d0, d1):
        f = ogr.Feature(play.GetLayerDefn())
        f.SetField(0, fid)
        f.SetField(1, seq)
        f.SetField(2, reach)
        f.SetField(3, d0 / 1000.0)
        f.SetField(4, d1 / 1000.0)
        f.SetGeometryDirectly(ogr.CreateGeometryFromWkb(geom.wkb))
        play.CreateFeature(f)

    for k in pick:
        fid, x, y = fac[k]
        p = Point(x, y)
        near = tree.nearest(p)  # nearest reach in degrees, then checked against the snap distance in metres
        idx = [] if near is None else [int(near) if shapely2 else index_of[id(near)]]
        total = 0.0
        if idx:
            best = idx[0]
            frac = lines[best].project(p, normalized=True)
            q = lines[best].interpolate(frac, normalized=True)
            _, _, d = geod.inv(x, y, q.x, q.y)
            if d <= a.snap:
                put_line(fid, 0, -1, LineString([(x, y), (q.x, q.y)]), 0.0, d)
                total = d
                seq = 1
                reach, start = best, frac
                seen = set()
                while reach is not None and total < max_m and reach not in seen:
                    seen.add(reach)
                    rem = (1.0 - start) * lengths[reach]
                    end = 1.0
                    if total + rem > max_m:
                        end = start + (max_m - total) / max(lengths[reach], 1e-9)
                        rem = max_m - total
                    piece = substring(lines[reach], start, end, normalized=True)
                    put_line(fid, seq, reach, piece, total, total + rem)
                    total += rem
                    seq += 1
                    e = lines[reach].coords[-1]
                    node = (round(e[0], 6), round(e[1], 6))
                    succ = list(g.successors(node)) if node in g else []
                    reach = g.edges[node, succ[0]]["reach"] if succ else None
                    start = 0.0
        sf = ogr.Feature(slay.GetLayerDefn())
        sf.SetField(0, fid)
        sf.SetField(1, total / 1000.0)
        pt = ogr.Geometry(ogr.wkbPoint)
        pt.AddPoint_2D(x, y)
        sf.SetGeometryDirectly(pt)
        slay.CreateFeature(sf)
        totals[fid] = total / 1000.0
    play.CommitTransaction()
    slay.CommitTransaction()
    pds = sds = None
    t_walk = time.perf_counter() - t0
    c_walk = time.process_time() - c0
    res = {
        "build_s": t_build,
        "walk_s": t_walk,
        "sample": int(n),
        "facilities": len(fac),
        "total_s": t_build + t_walk * len(fac) / max(n, 1),
        "total_cpu_s": c_build + c_walk * len(fac) / max(n, 1),
        "build_cpu_s": c_build,
        "walk_cpu_s": c_walk,
        "peak_mb": peak_mb(),
        "load": load(),
    }
    print("RESULT " + json.dumps(res))


# --------------------------------------------------------------------------------------------------------
# drivers
# --------------------------------------------------------------------------------------------------------
def children_cpu():
    """CPU seconds (user + system) of the finished child processes so far."""
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_child(args, env=None):
    t0 = time.perf_counter()
    c0 = children_cpu()
    p = subprocess.run(
        [sys.executable, str(Path(__file__).resolve()), *args], capture_output=True, text=True, env=env
    )
    wall = time.perf_counter() - t0
    lines = [ln for ln in p.stdout.splitlines() if ln.startswith("RESULT ")]
    if p.returncode != 0 or not lines:
        sys.exit(f"child {args[0]} failed ({p.returncode}):\n{p.stdout[-3000:]}\n{p.stderr[-3000:]}")
    res = json.loads(lines[-1][7:])
    res["wall_s"] = wall
    res["process_cpu_s"] = children_cpu() - c0
    return res


def big(a, work):
    rivers, fac = big_data(work, a.reaches, a.facilities, a.seg)
    print(
        f"case big: {a.reaches:,} reaches, {a.facilities:,} facilities, no distance limit, outputs GeoPackage"
    )
    runs = []
    for r in range(a.runs):
        args = ["child-ours", "--rivers", str(rivers), "--facilities", str(fac), "--out", str(work)]
        args += ["--max-km", "0"] + (["--impact"] if a.impact and r == 0 else [])
        res = run_child(args)
        runs.append(res)
        line = (
            f"  run {r + 1}: tracedownstream {res['trace_first_s']:.1f} s (CPU {res['trace_first_cpu_s']:.1f} s, "
            f"load {res['trace_first_load']:.1f}), second run on the unchanged layer {res['trace_second_s']:.1f} s "
            f"(CPU {res['trace_second_cpu_s']:.1f} s, networks built: "
            f"{res['trace_second_built']}); peak {res['trace_peak_mb']:.0f} MB; "
            f"{res['pathway_features']:,} pathway features"
        )
        if "impact_s" in res:
            line += (
                f"; downstreamimpact {res['impact_s']:.1f} s (network built: {res['impact_built']}, "
                f"peak {res['impact_peak_mb']:.0f} MB)"
            )
        print(line, flush=True)
    med = statistics.median(r["trace_first_s"] for r in runs)
    med2 = statistics.median(r["trace_second_s"] for r in runs)
    cpu = statistics.median(r["trace_first_cpu_s"] for r in runs)
    mem = max(r["trace_peak_mb"] for r in runs)
    for r in runs:  # the impact run next to its baseline: the trace of the same facilities, same process
        if "impact_s" in r:
            print(
                f"downstreamimpact (settlements, countries, all four outputs): {r['impact_s']:.1f} s (load "
                f"{r['impact_load']:.1f}), {1000 * r['impact_s'] / a.facilities:.1f} ms per facility; "
                f"{r['impact_s'] / r['trace_first_s']:.1f}x tracedownstream's first run and "
                f"{r['impact_s'] / r['trace_second_s']:.1f}x its second (network reused) in the same process "
                f"(target: a few times the trace)"
            )
    if a.no_baseline:
        print(f"tracedownstream median of {a.runs}: {med:.1f} s (second run {med2:.1f} s), peak {mem:.0f} MB")
        return
    base = run_child(
        ["child-baseline", "--rivers", str(rivers), "--facilities", str(fac), "--out", str(work)]
        + ["--max-km", "0", "--sample", str(a.baseline_sample)]
    )
    print(
        f"baseline (networkx + STRtree + OGR, 1 run, load {base['load']:.1f}): build {base['build_s']:.1f} s; "
        f"snap+walk+write {base['walk_s']:.1f} s for {base['sample']:,} facilities, extrapolated total "
        f"{base['total_s']:.1f} s; peak {base['peak_mb']:.0f} MB"
    )
    print(
        f"tracedownstream median of {a.runs}: {med:.1f} s, CPU {cpu:.1f} s (second run, network reused: "
        f"{med2:.1f} s), peak {mem:.0f} MB; speed-up {base['total_s'] / med:.1f}x in wall time, "
        f"{base['total_cpu_s'] / cpu:.1f}x in CPU time (baseline CPU {base['total_cpu_s']:.1f} s, extrapolated)"
        " (targets <= 15 s, <= 2048 MB, >= 20x)"
    )


def stage_plugin(work):
    plugins = work / "plugins"
    target = plugins / "tailings_qgis_plugin"
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "tailings_qgis_plugin", target, ignore=shutil.ignore_patterns("__pycache__"))
    for extra in ("processing_algorithms", "resources", "metadata.txt"):
        src = ROOT / extra
        if src.is_dir():
            shutil.copytree(src, target / extra, ignore=shutil.ignore_patterns("__pycache__", "*.ts"))
        else:
            shutil.copy2(src, target / extra)
    # the byte code QGIS writes next to a plugin the first time it loads it (Python's default), so that each
    # timed run is a user's second start, not the first, even where PYTHONDONTWRITEBYTECODE is set (a
    # first start compiles the plugin's modules: about 0.15 s more); the baseline's libraries come
    # compiled by their Debian packages
    compileall.compile_dir(str(target), quiet=1)
    env = dict(os.environ, QGIS_PLUGINPATH=str(plugins), QT_QPA_PLATFORM="offscreen")
    subprocess.run([QGIS_PROCESS, "plugins", "enable", "tailings_qgis_plugin"], env=env, capture_output=True)
    return env


def qgis_process_trace(env, fac, max_km, work):
    out = [work / "qp_pathways.gpkg", work / "qp_summary.gpkg"]
    for p in out:
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    c0 = children_cpu()
    p = subprocess.run(
        [QGIS_PROCESS, "run", "tailings:tracedownstream", "--", f"FACILITIES={fac}", f"RIVERS={RIVERS}"]
        + [f"MAX_DISTANCE={max_km}", f"OUTPUT={out[0]}", f"SUMMARY={out[1]}"],
        env=env,
        capture_output=True,
        text=True,
    )
    wall = time.perf_counter() - t0
    if p.returncode != 0 or not out[0].exists():
        sys.exit(f"qgis_process failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}")
    return wall, children_cpu() - c0


def sample(a, work):
    env = stage_plugin(work)
    fac = sample_data(work, a.facilities)
    print(
        f"case sample: 448-reach WaterHydro network, {a.facilities:,} facilities, MAX_DISTANCE {a.max_km} km"
    )
    times, cpus = [], []
    for r in range(a.runs):
        w, c = qgis_process_trace(env, fac, a.max_km, work)
        times.append(w)
        cpus.append(c)
        print(f"  qgis_process run {r + 1}: {w:.1f} s, CPU {c:.1f} s (load {load():.1f})", flush=True)
    base = run_child(
        ["child-baseline", "--rivers", str(RIVERS), "--facilities", str(fac), "--out", str(work)]
        + ["--max-km", str(a.max_km), "--sample", str(a.baseline_sample)]
    )
    med = statistics.median(times)
    # the script's whole process time (Python start, imports, reading, writing), as qgis_process includes
    # QGIS's start; when only a sample was walked, the walk is extrapolated and the rest counted once
    overhead = base["wall_s"] - base["build_s"] - base["walk_s"]
    base_total = base["total_s"] + overhead
    # CPU of the whole script process, its walk extrapolated when only a sample was walked
    base_cpu = base["process_cpu_s"] + base["total_cpu_s"] - base["walk_cpu_s"] - base["build_cpu_s"]
    print(
        f"baseline script (1 run, load {base['load']:.1f}): {base_total:.1f} s (process start and imports "
        f"{overhead:.1f} s, build {base['build_s']:.1f} s, snap+walk+write {base['walk_s']:.1f} s for "
        f"{base['sample']:,} of {base['facilities']:,} facilities"
        f"{', extrapolated' if base['sample'] < base['facilities'] else ''})"
    )
    print(
        f"qgis_process median of {a.runs}: {med:.1f} s, CPU {statistics.median(cpus):.1f} s (QGIS start "
        f"included); speed-up {base_total / med:.1f}x in wall time, {base_cpu / statistics.median(cpus):.1f}x "
        f"in CPU time (baseline CPU {base_cpu:.1f} s) (target >= 5x)"
    )
    if a.no_limit:
        fac2 = sample_data(work, a.no_limit)
        w, c = qgis_process_trace(env, fac2, 0, work)
        print(
            f"qgis_process, {a.no_limit:,} facilities, no distance limit: {w:.1f} s, CPU {c:.1f} s "
            f"(load {load():.1f}; target <= 60 s)"
        )


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv:  # make bench: both cases with their defaults
        main(["big"])
        return main(["sample"])
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = ap.add_subparsers(dest="case", required=True)
    b = sub.add_parser("big")
    b.add_argument("--reaches", type=int, default=1_000_000)
    b.add_argument("--facilities", type=int, default=10_000)
    b.add_argument("--seg", type=int, default=10)
    b.add_argument("--runs", type=int, default=3)
    b.add_argument("--baseline-sample", type=int, default=300)
    b.add_argument("--impact", action="store_true", help="also run tailings:downstreamimpact once")
    b.add_argument("--no-baseline", action="store_true")
    s = sub.add_parser("sample")
    s.add_argument("--facilities", type=int, default=20_000)
    s.add_argument("--max-km", type=float, default=500.0)
    s.add_argument("--runs", type=int, default=3)
    s.add_argument("--baseline-sample", type=int, default=0, help="0 = every facility")
    s.add_argument("--no-limit", type=int, default=100_000)
    for name in ("child-ours", "child-baseline"):
        c = sub.add_parser(name)
        c.add_argument("--rivers", required=True)
        c.add_argument("--facilities", required=True)
        c.add_argument("--out", required=True)
        c.add_argument("--max-km", type=float, default=0.0)
        c.add_argument("--snap", type=float, default=100_000.0, help="metres (the plugin's default)")
        c.add_argument("--sample", type=int, default=0)
        c.add_argument("--impact", action="store_true")
    for p in (b, s):
        p.add_argument("--work", default="/tmp/bench_e2e")
    a = ap.parse_args(argv)
    if a.case == "child-ours":
        return child_ours(a)
    if a.case == "child-baseline":
        return child_baseline(a)
    work = Path(a.work)
    work.mkdir(parents=True, exist_ok=True)
    print(f"load average at start: {load():.1f} ({os.cpu_count()} cores)")
    big(a, work) if a.case == "big" else sample(a, work)


if __name__ == "__main__":
    main()
