"""Starting the plugin loads no heavy library (numpy, shapely, pyproj, ...) and no engine module: they wait for
the first algorithm run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = ["numpy", "shapely", "pyproj", "geopandas", "rasterio", "pandas", "scipy", "networkx"]
#: the engine and the map builders: imported by the algorithms when they run, not when QGIS lists them (a first
#: start after an install compiles every module it imports)
ENGINE = [
    "tailings_qgis_plugin.core.network",
    "tailings_qgis_plugin.core.tracing",
    "tailings_qgis_plugin.core.exposure",
    "tailings_qgis_plugin.core.upstream",
    "tailings_qgis_plugin.core.pathway",
    "tailings_qgis_plugin.maps.layout_builder",
    "tailings_qgis_plugin.maps.crossing_atlas",
    "tailings_qgis_plugin.maps.receptor_atlas",
]

CHILD = r"""
import json, sys
sys.path.insert(0, sys.argv[1])
from qgis.core import QgsApplication
app = QgsApplication([], False)
app.initQgis()
import qgis.utils  # QGIS's import hook, installed in the application, reads __file__ of every import
before = set(sys.modules)
import tailings_qgis_plugin
plugin = tailings_qgis_plugin.classFactory(None)
plugin.initProcessing()
algs = QgsApplication.processingRegistry().providerById("tailings").algorithms()
after_start = sorted(h for h in json.loads(sys.argv[2]) if h in sys.modules and h not in before)
engine = sorted(m for m in json.loads(sys.argv[3]) if m in sys.modules)
from tailings_qgis_plugin.core.lazy import np
np.zeros(1)
print("RESULT " + json.dumps({"heavy": after_start, "engine": engine, "algs": len(algs),
      "numpy_after_use": "numpy" in sys.modules,
      "params": sum(len(a.parameterDefinitions()) for a in algs)}))
"""


def test_start_imports_no_heavy_library():
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    p = subprocess.run(
        [sys.executable, "-c", CHILD, str(ROOT), json.dumps(HEAVY), json.dumps(ENGINE)],
        capture_output=True,
        text=True,
        env=env,
    )
    line = [ln for ln in p.stdout.splitlines() if ln.startswith("RESULT ")]
    assert p.returncode == 0 and line, p.stderr[-2000:]
    res = json.loads(line[-1][7:])
    assert res["heavy"] == []
    assert res["engine"] == []
    from tailings_qgis_plugin.processing_algorithms.provider import algorithm_classes

    assert res["algs"] == len(algorithm_classes())  # every algorithm registered, with its parameters
    assert res["params"] > 5 * res["algs"]
    assert res["numpy_after_use"]  # the stand-in loads numpy on first use


def test_lazy_module_behaves_like_the_module():
    import numpy

    from tailings_qgis_plugin.core.lazy import LazyModule

    lazy = LazyModule("numpy")
    a = lazy.arange(5)
    assert isinstance(a, numpy.ndarray) and isinstance(a, lazy.ndarray)
    assert lazy.pi == numpy.pi and lazy.linalg is numpy.linalg
    assert "pi" in vars(lazy)  # copied after the first read: later reads are plain lookups
