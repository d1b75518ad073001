"""The compiled flow-path engine (numba, core/flowpath_kernels.py) against the pure-Python one.

Both implement the same method step for step, so on a real DEM window (the SRTM 1" clip around Atbasar in
test/data) every path must be the same cell for cell, with the same filled elevations, flat distances, end
reasons, river reaches and warnings. The compiled engine runs here with tiny pools, buffers and work slices,
so that every request it can make to its driver (load a block, read a river-mask block, grow a pool or a
buffer, yield for cancel) happens many times per path.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest

rasterio = pytest.importorskip("rasterio")
from fixture_data import TEST_DATA  # noqa: E402

from tailings_qgis_plugin.core.common import Cancelled, NullFeedback  # noqa: E402
from tailings_qgis_plugin.core.flowpath import FlowPathRouter  # noqa: E402
from tailings_qgis_plugin.core.flowpath_fast import FastEngine, choose_engine, kernels  # noqa: E402

CLIP = TEST_DATA / "srtm1_atbasar_clip.tif"
CLIP_RIVERS = TEST_DATA / "waterhydro_rivers_atbasar.geojson"
HAVE_NUMBA = kernels() is not None
needs_numba = pytest.mark.skipif(not HAVE_NUMBA, reason="numba not installed (Debian: python3-numba)")


def clip_lines():
    from shapely.geometry import shape

    return [shape(f["geometry"]) for f in json.loads(CLIP_RIVERS.read_text())["features"]]


def clip_points(n, seed=7):
    """Random start points on the clip (away from its nodata-free edge by two cells)."""
    with rasterio.open(CLIP) as ds:
        b = ds.bounds
        res = ds.res[0]
    rng = np.random.default_rng(seed)
    m = 2 * res
    return np.column_stack(
        [rng.uniform(b.left + m, b.right - m, n), rng.uniform(b.bottom + m, b.top + m, n)]
    ).tolist()


@pytest.fixture
def stressed(monkeypatch):
    """The compiled engine with tiny pools, buffers and slices (the results must not change)."""
    monkeypatch.setattr(FastEngine, "SLICE", 97)
    monkeypatch.setattr(FastEngine, "INITIAL_SLOTS", 1)
    monkeypatch.setattr(FastEngine, "INITIAL_BUFFER", 16)


def trace_all(engine, points, fb=None, max_length_m=None, **kw):
    fb = fb or NullFeedback()
    out = []
    with FlowPathRouter(CLIP, engine=engine, feedback=fb, **kw) as router:
        assert router.engine == engine
        for p in points:
            out.append(router.trace(*p, max_length_m=max_length_m))
        stats = (router.n_floods, router.flooded_cells)
    return out, list(fb.warnings), stats


def assert_same(a, b):
    for name in ("rows", "cols", "z", "z_filled", "flat_distance", "xy", "lonlat"):
        x, y = getattr(a, name), getattr(b, name)
        assert x.dtype == y.dtype and np.array_equal(x, y), name
    for name in (
        "end_reason",
        "river_index",
        "river_lonlat",
        "river_offset_m",
        "n_depressions",
        "max_fill_m",
        "length_m",
        "drop_m",
        "warnings",
    ):
        assert getattr(a, name) == getattr(b, name), name


def river_mask(tmp_path):
    """A river-mask raster on the clip grid: the lowest 3 % of the cells (valley floors)."""
    with rasterio.open(CLIP) as ds:
        z = ds.read(1).astype(float)
        prof = ds.profile
    mask = (z < np.percentile(z, 3)).astype(np.uint8)
    prof.update(dtype="uint8", nodata=None, count=1)
    path = tmp_path / "mask.tif"
    with rasterio.open(path, "w", **prof) as out:
        out.write(mask, 1)
    return path


CASES = {
    "to the edge": {},
    "rivers": {"rivers": "lines"},
    "river mask": {"river_mask": "mask"},
    "max fill depth 1 m": {"max_fill_depth_m": 1.0},
    "small flood limit": {"max_flood_cells": 2000},
    "rivers and tolerance": {"rivers": "lines", "river_tolerance_m": 100.0},
}


@needs_numba
@pytest.mark.parametrize("case", list(CASES))
def test_compiled_engine_gives_the_python_paths_on_a_real_dem_window(case, tmp_path, stressed):
    kw = dict(CASES[case])
    if kw.get("rivers") == "lines":
        kw["rivers"] = clip_lines()
    if kw.get("river_mask") == "mask":
        kw["river_mask"] = river_mask(tmp_path)
    pts = clip_points(25)
    fast, w_fast, s_fast = trace_all("numba", pts, **kw)
    slow, w_slow, s_slow = trace_all("python", pts, **kw)
    for a, b in zip(fast, slow):
        assert_same(a, b)
    assert w_fast == w_slow
    assert s_fast == s_slow
    reasons = {fp.end_reason for fp in fast}
    # each case really exercises what it is about
    expected = {
        "to the edge": "dem_edge",
        "rivers": "river",
        "river mask": "river",
        "max fill depth 1 m": "pit",
        "small flood limit": "pit",
        "rivers and tolerance": "river",
    }[case]
    assert expected in reasons, reasons
    assert sum(fp.n_depressions for fp in fast) > 0


@needs_numba
def test_compiled_engine_max_length_and_cancel(stressed):
    pts = clip_points(10, seed=3)
    fast, _, _ = trace_all("numba", pts)
    slow, _, _ = trace_all("python", pts)
    for a, b in zip(fast, slow):
        assert_same(a, b)
    half = float(np.median([fp.length_m for fp in fast])) / 2
    fast, _, _ = trace_all("numba", pts, max_length_m=half)
    slow, _, _ = trace_all("python", pts, max_length_m=half)
    assert "max_length" in {fp.end_reason for fp in fast}
    for a, b in zip(fast, slow):
        assert_same(a, b)

    class CancelInFlood(NullFeedback):
        calls = 0

        def isCanceled(self):  # called by the driver after each slice of 97 cells
            self.calls += 1
            return self.calls > 3

    far = max(zip(fast, pts), key=lambda t: t[0].n_cells)[1]
    fb = CancelInFlood()
    with FlowPathRouter(CLIP, engine="numba", feedback=fb) as router, pytest.raises(Cancelled):
        router.trace(*far)
    assert fb.calls == 4


def test_engine_choice(monkeypatch):
    monkeypatch.setenv("TAILINGS_FLOWPATH_ENGINE", "python")
    assert choose_engine("auto") == "python"
    assert choose_engine("python") == "python"
    monkeypatch.delenv("TAILINGS_FLOWPATH_ENGINE")
    assert choose_engine("auto") == ("numba" if HAVE_NUMBA else "python")
    with pytest.raises(ValueError):
        choose_engine("fortran")


def test_without_numba_the_python_engine_traces_and_numba_is_never_imported_early():
    """In a fresh interpreter: importing the engine does not import numba; with numba unavailable, "auto"
    traces in Python and "numba" says what to install."""
    code = f"""
import sys
from tailings_qgis_plugin.core import flowpath
assert "numba" not in sys.modules, "numba imported with the engine"
sys.modules["numba"] = None  # as if not installed
from tailings_qgis_plugin.core.flowpath import FlowPathRouter
with FlowPathRouter({str(CLIP)!r}) as router:
    assert router.engine == "python"
    fp = router.trace(68.31, 51.64)
    assert fp.end_reason == "dem_edge" and fp.n_cells > 10
try:
    FlowPathRouter({str(CLIP)!r}, engine="numba")
except RuntimeError as exc:
    assert "python3-numba" in str(exc)
else:
    raise AssertionError("no error")
print("OK")
"""
    root = str(TEST_DATA.parents[1])
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "OK"


@needs_numba
def test_kernels_are_cached_outside_a_read_only_plugin_folder(tmp_path):
    """A plugin folder the user cannot write to (system-wide install): numba cannot put its cache in
    __pycache__ beside the kernels, so it uses the user's cache folder; tracing works and gives the same path.
    (Run as root here, so the read-only folder is simulated where numba tests it: creating its cache folder.)"""
    code = f"""
from numba.core import caching

def read_only(self):
    raise PermissionError("read-only file system")

# the in-tree locator is private (_InTreeCacheLocator) up to numba 0.61 and public in the newer releases
locator = getattr(caching, "_InTreeCacheLocator", None) or caching.InTreeCacheLocator
locator.ensure_cache_path = read_only
from tailings_qgis_plugin.core.flowpath import FlowPathRouter
with FlowPathRouter({str(CLIP)!r}, engine="numba") as router:
    fp = router.trace(68.31, 51.64)
print(fp.n_cells, fp.rows[-1], fp.cols[-1])
"""
    env = {k: v for k, v in os.environ.items() if k != "NUMBA_CACHE_DIR"}
    env.update(HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"))
    root = str(TEST_DATA.parents[1])
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root, env=env)
    assert out.returncode == 0, out.stderr[-3000:]
    with FlowPathRouter(CLIP, engine="python") as router:
        fp = router.trace(68.31, 51.64)
    assert out.stdout.split() == [str(fp.n_cells), str(fp.rows[-1]), str(fp.cols[-1])]
    cached = list((tmp_path / "cache").rglob("flowpath_kernels.trace_kernel-*.nbi"))
    assert cached, "no kernel cache in the user's cache folder"
