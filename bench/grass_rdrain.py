"""Run GRASS GIS flow paths on a DEM for comparison with :mod:`tailings_qgis_plugin.core.flowpath`.

Used by ``bench/bench_flowpath.py`` (timing) and ``test/test_core_flowpath.py`` (agreement). Steps, in a
throw-away GRASS location created from the DEM (``grass -c dem.tif``):

1. ``r.in.gdal`` import;
2. ``r.fill.dir`` (Jenson & Domingue 1988 style filling and flow directions), repeated until the
   filled map stops changing (the GRASS manual notes one pass may leave depressions), at most
   ``fill_passes`` times;
3. ``r.drain`` from the start points on the filled DEM (steepest descent, stops at a cell with no lower
   neighbour, e.g. on a flat left by the filling);
4. optionally (``watershed=True``) ``r.watershed -s`` (single flow direction, A* least-cost routing
   through depressions) and ``r.path`` along its drainage directions, a second reference.

Every step is timed separately (wall clock of the GRASS process).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import tempfile
import time
from pathlib import Path


def grass_available() -> bool:
    return shutil.which("grass") is not None


def _run(args, cwd):
    t0 = time.perf_counter()
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"GRASS failed ({' '.join(map(str, args[:4]))}): {proc.stderr[-2000:]}")
    return time.perf_counter() - t0, proc


def _lines(path: Path):
    """{category: [(x, y), ...]} of a GeoJSON line export."""
    data = json.loads(path.read_text())
    out = {}
    for f in data["features"]:
        geom = f["geometry"]
        coords = geom["coordinates"] if geom["type"] == "LineString" else sum(geom["coordinates"], [])
        out[int(f["properties"]["cat"])] = [tuple(c[:2]) for c in coords]
    return out


def run_grass(dem_path, points_xy, fill_passes: int = 5, watershed: bool = False, workdir=None) -> dict:
    """Flow paths by GRASS from ``points_xy`` (in the DEM CRS). Returns timings and paths.

    Result keys: ``t_import``, ``t_fill`` (all r.fill.dir passes), ``fill_passes`` (run),
    ``t_drain``, ``drain`` (list of coordinate lists, in point order), and with ``watershed``:
    ``t_watershed``, ``t_path``, ``path``.
    """
    tmp = Path(workdir or tempfile.mkdtemp(prefix="grass_flow_"))
    loc = tmp / "loc"
    dem_path = str(Path(dem_path).resolve())
    res = {}
    t, _ = _run(
        ["grass", "-c", dem_path, str(loc), "--exec", "r.in.gdal", f"input={dem_path}", "output=dem"], tmp
    )
    res["t_import"] = t
    mapset = str(loc / "PERMANENT")
    coords = ",".join(f"{x!r},{y!r}" for x, y in points_xy)

    def gx(*cmd):
        return _run(["grass", mapset, "--exec", *cmd, "--overwrite", "--quiet"], tmp)

    t_fill = 0.0
    src = "dem"
    passes = 0
    prev_sum = None
    for i in range(fill_passes):
        out = f"filled{i}"
        t, _ = gx("r.fill.dir", f"input={src}", f"output={out}", f"direction=dir{i}")
        t_fill += t
        passes += 1
        # stop when the pass changed nothing
        _, proc = _run(["grass", mapset, "--exec", "r.univar", "-g", f"map={out}"], tmp)
        stats = dict(line.split("=", 1) for line in proc.stdout.split() if "=" in line)
        src = out
        if stats.get("sum") == prev_sum:
            break
        prev_sum = stats.get("sum")
    res["t_fill"] = t_fill
    res["fill_passes"] = passes
    t, _ = gx("r.drain", f"input={src}", "output=drain", "drain=drainv", f"start_coordinates={coords}")
    res["t_drain"] = t
    _run(
        [
            "grass",
            mapset,
            "--exec",
            "v.out.ogr",
            "input=drainv",
            f"output={tmp / 'drain.geojson'}",
            "format=GeoJSON",
            "--overwrite",
            "--quiet",
        ],
        tmp,
    )
    lines = _lines(tmp / "drain.geojson")
    res["drain"] = [lines.get(i + 1, []) for i in range(len(points_xy))]
    if watershed:
        t, _ = gx("r.watershed", "-s", "elevation=dem", "drainage=wdir", "memory=2000")
        res["t_watershed"] = t
        t, _ = gx("r.path", "input=wdir", "format=auto", "vector_path=pathv", f"start_coordinates={coords}")
        res["t_path"] = t
        _run(
            [
                "grass",
                mapset,
                "--exec",
                "v.out.ogr",
                "input=pathv",
                f"output={tmp / 'path.geojson'}",
                "format=GeoJSON",
                "--overwrite",
                "--quiet",
            ],
            tmp,
        )
        lines = _lines(tmp / "path.geojson")
        res["path"] = [lines.get(i + 1, []) for i in range(len(points_xy))]
    if workdir is None:
        shutil.rmtree(tmp, ignore_errors=True)
    return res
