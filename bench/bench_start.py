"""Benchmark: plugin start (import + classFactory, then initProcessing) and which heavy libraries it loads.

Each run is a fresh Python process that starts QGIS (not timed), then times ``import tailings_qgis_plugin``
+ ``classFactory(None)`` and ``initProcessing()`` (provider and algorithms registered), and lists which of
numpy, shapely, pyproj, geopandas, rasterio, pandas, scipy and networkx are in ``sys.modules`` afterwards.
The plugin is staged into a temporary folder first and one run writes its byte code, as an installed
plugin has it after QGIS's first start (the source tree may run with PYTHONDONTWRITEBYTECODE); that first
start is printed apart. Median of ``--runs``; the
load average is printed with the figures (the machine is shared).

Usage: python bench/bench_start.py [--runs 7]
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ("numpy", "shapely", "pyproj", "geopandas", "rasterio", "pandas", "scipy", "networkx")

CHILD = r"""
import json, os, sys, time
sys.path.insert(0, sys.argv[1])
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
before = set(sys.modules)
t0 = time.perf_counter()
import tailings_qgis_plugin
plugin = tailings_qgis_plugin.classFactory(None)
t1 = time.perf_counter()
plugin.initProcessing()
t2 = time.perf_counter()
heavy = [h for h in json.loads(sys.argv[2]) if h in sys.modules and h not in before]
n = len(QgsApplication.processingRegistry().providerById("tailings").algorithms())
print("RESULT " + json.dumps({"import_ms": 1000 * (t1 - t0), "init_ms": 1000 * (t2 - t1), "heavy": heavy, "algs": n}))
"""


def stage(dest: Path) -> Path:
    target = dest / "tailings_qgis_plugin"
    shutil.copytree(ROOT / "tailings_qgis_plugin", target, ignore=shutil.ignore_patterns("__pycache__"))
    for extra in ("processing_algorithms", "resources", "metadata.txt"):
        src = ROOT / extra
        if src.is_dir():
            shutil.copytree(src, target / extra, ignore=shutil.ignore_patterns("__pycache__", "*.ts"))
        else:
            shutil.copy2(src, target / extra)
    return dest


def run(path: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    p = subprocess.run(
        [sys.executable, "-c", CHILD, str(path), json.dumps(HEAVY)], capture_output=True, text=True, env=env
    )
    line = [ln for ln in p.stdout.splitlines() if ln.startswith("RESULT ")]
    if p.returncode != 0 or not line:
        sys.exit(f"child failed ({p.returncode}):\n{p.stdout[-2000:]}\n{p.stderr[-2000:]}")
    return json.loads(line[-1][7:])


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--runs", type=int, default=7)
    a = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = stage(Path(tmp))
        first = run(path)  # writes the byte code, as QGIS does at a plugin's first start
        res = [run(path) for _ in range(a.runs)]
    imp = statistics.median(r["import_ms"] for r in res)
    ini = statistics.median(r["init_ms"] for r in res)
    tot = statistics.median(r["import_ms"] + r["init_ms"] for r in res)
    heavy = sorted({h for r in res for h in r["heavy"]})
    print(
        f"plugin start, median of {a.runs} (load {os.getloadavg()[0]:.1f}): import + classFactory {imp:.0f} ms, "
        f"initProcessing {ini:.0f} ms, together {tot:.0f} ms (target <= 150 ms); {res[0]['algs']} algorithms; "
        f"heavy libraries loaded: {', '.join(heavy) or 'none'}; the first start, which compiles the byte code: "
        f"{first['import_ms'] + first['init_ms']:.0f} ms"
    )


if __name__ == "__main__":
    main()
