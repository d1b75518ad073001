"""The compiled nearest-line search (core/network_kernels.py) against the array version it replaces.

Both engines of :meth:`LineIndex.nearest` must give the same line, segment, fraction, point and distance for
every query, ties included: on the real WaterHydro rivers (random points, exact reach ends where several
reaches meet, mid-line points with their own reach excluded, far points found by the expanding search) and
on lines across the antimeridian. The nearest points are also checked against a brute-force search over
every segment with pyproj distances (independent of both engines).
"""

from __future__ import annotations

import json

import numpy as np
import pytest
from fixture_data import SHARED_DATA
from pyproj import Geod

from tailings_qgis_plugin.core import network_index
from tailings_qgis_plugin.core.geodesy import pack_lines
from tailings_qgis_plugin.core.network_index import LineIndex

RIVERS = SHARED_DATA / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"
KEYS = ("line", "segment", "t", "lon", "lat", "distance_m")


@pytest.fixture(scope="module")
def packed():
    if not RIVERS.exists():
        pytest.skip(f"real data not available: {RIVERS}")
    d = json.loads(RIVERS.read_text())
    return pack_lines([np.asarray(f["geometry"]["coordinates"], dtype=float) for f in d["features"]])


@pytest.fixture(autouse=True)
def _needs_numba():
    if network_index._compiled() is None:
        pytest.skip("numba is not installed: only the array engine runs")


def _both(index, monkeypatch, *args, **kwargs):
    out = {}
    for engine in ("arrays", "numba"):
        monkeypatch.setattr(network_index, "ENGINE", engine)
        out[engine] = index.nearest(*args, **kwargs)
    return out["arrays"], out["numba"]


def _assert_same(a, b):
    for k in KEYS:
        assert np.array_equal(a[k], b[k], equal_nan=True), k


def test_random_points_and_far_points_on_the_real_rivers(packed, monkeypatch):
    coords, offsets = packed
    index = LineIndex(coords, offsets)
    rng = np.random.default_rng(3)
    lon = rng.uniform(46.0, 87.0, 3000)
    lat = rng.uniform(40.0, 56.0, 3000)
    a, b = _both(index, monkeypatch, lon, lat, 20_000.0)
    _assert_same(a, b)
    assert 100 < np.count_nonzero(a["line"] >= 0) < 3000  # some found, some beyond 20 km
    a, b = _both(index, monkeypatch, lon, lat, 20_000.0, expand=True)
    _assert_same(a, b)
    assert np.isfinite(a["distance_m"]).all()


def test_reach_ends_where_reaches_meet_tie_the_same_way(packed, monkeypatch):
    """A reach end is exactly as near to every reach meeting there: both engines pick the same one."""
    coords, offsets = packed
    index = LineIndex(coords, offsets)
    ends = np.concatenate([offsets[:-1], offsets[1:] - 1])
    a, b = _both(index, monkeypatch, coords[ends, 0], coords[ends, 1], 100.0)
    _assert_same(a, b)
    assert np.all(a["distance_m"] < 1e-6)


def test_mid_line_points_with_their_own_reach_excluded(packed, monkeypatch):
    coords, offsets = packed
    index = LineIndex(coords, offsets)
    n = offsets.size - 1
    reach = np.arange(0, n, 3)
    mid = (offsets[reach] + offsets[reach + 1]) // 2
    a, b = _both(index, monkeypatch, coords[mid, 0], coords[mid, 1], 5_000.0, exclude=reach)
    _assert_same(a, b)
    assert not np.any(a["line"] == reach)


def test_nearest_points_equal_a_brute_force_search(packed, monkeypatch):
    """Independent check: every segment of every line measured with pyproj for a few points."""
    coords, offsets = packed
    index = LineIndex(coords, offsets)
    monkeypatch.setattr(network_index, "ENGINE", "numba")
    rng = np.random.default_rng(5)
    lon = rng.uniform(60.0, 80.0, 12)
    lat = rng.uniform(44.0, 54.0, 12)
    got = index.nearest(lon, lat, 300_000.0)
    geod = Geod(ellps="WGS84")
    a, b = coords[:-1], coords[1:]
    for i in range(lon.size):
        # dense samples along every segment near the query: the true nearest distance to 0.1 %
        near = np.flatnonzero((np.abs(a[:, 0] - lon[i]) < 4.5) & (np.abs(a[:, 1] - lat[i]) < 3.0))
        near = near[~np.isin(near, offsets[1:-1] - 1)]  # no segment between two lines
        t = np.linspace(0.0, 1.0, 41)
        px = a[near, 0, None] + t * (b[near, 0, None] - a[near, 0, None])
        py = a[near, 1, None] + t * (b[near, 1, None] - a[near, 1, None])
        _, _, d = geod.inv(np.full(px.size, lon[i]), np.full(px.size, lat[i]), px.ravel(), py.ravel())
        assert got["distance_m"][i] <= d.min() + 1.0
        assert got["distance_m"][i] >= 0.995 * d.min() - 1.0


def test_lines_across_the_antimeridian(monkeypatch):
    lines = [
        np.array([[179.90, 60.0], [179.99, 60.01], [-179.95, 60.02], [-179.80, 60.0]]),
        np.array([[-179.99, 59.90], [179.98, 59.95], [179.90, 59.97]]),
    ]
    coords, offsets = pack_lines(lines)
    index = LineIndex(coords, offsets)
    lon = np.array([179.995, -179.97, 179.95, -179.85])
    lat = np.array([60.0, 59.93, 59.99, 60.05])
    a, b = _both(index, monkeypatch, lon, lat, 50_000.0)
    _assert_same(a, b)
    # the grid windows do not wrap at +-180 (a limitation of both engines, far from Kazakhstan): a point
    # just east of the antimeridian may miss a line just west of it
    assert np.count_nonzero(a["line"] >= 0) >= 3


def test_a_small_index_searches_without_loading_numba():
    """Under ``auto``, an index below COMPILED_FROM_PARTS uses the array version: importing numba would
    cost more than the search (a fresh interpreter, so that no other test has loaded numba yet)."""
    import subprocess
    import sys
    from pathlib import Path

    code = (
        "import sys, numpy as np\n"
        "from tailings_qgis_plugin.core.network_index import LineIndex\n"
        "co = np.random.default_rng(0).random((2000, 2)) + [70.0, 50.0]\n"
        "hit = LineIndex(co, np.arange(0, 2001, 10)).nearest(np.array([70.5]), np.array([50.5]), 5000.0)\n"
        "assert hit['line'][0] >= 0\n"
        "print('numba' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
