"""Tests of the overland flow-path engine (core/flowpath.py, core/dem.py).

Synthetic rasters are built in tmp_path for the edge cases; the real SRTM clip of test/data (made by
scripts/make_test_dem.py) is used for the real-data checks, and GRASS r.watershed + r.path for an
independent comparison when GRASS is installed.
"""

from __future__ import annotations

import json
import math
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest

rasterio = pytest.importorskip("rasterio")
from fixture_data import TEST_DATA  # noqa: E402
from pyproj import Geod, Transformer  # noqa: E402
from rasterio.transform import from_origin  # noqa: E402

from tailings_qgis_plugin.core.common import Cancelled, NullFeedback, TailingsError  # noqa: E402
from tailings_qgis_plugin.core.dem import DemReader, radii_of_curvature  # noqa: E402
from tailings_qgis_plugin.core.flowpath import (  # noqa: E402
    END_REASONS,
    FlowPathRouter,
    sample_elevation,
    trace_flow_paths,
)
from tailings_qgis_plugin.core.flowpath_fast import ENGINE_ENV, kernels  # noqa: E402

# every test here runs with each engine this machine has: the compiled one (numba) and the pure-Python one
ENGINES = ["python"] + (["numba"] if kernels() is not None else [])


@pytest.fixture(autouse=True, params=ENGINES)
def engine(request, monkeypatch):
    monkeypatch.setenv(ENGINE_ENV, request.param)
    return request.param


DATA = TEST_DATA
CLIP = DATA / "srtm1_atbasar_clip.tif"
CLIP_RIVERS = DATA / "waterhydro_rivers_atbasar.geojson"
GEOD = Geod(ellps="WGS84")
ARC1 = 1.0 / 3600.0


def write_dem(path, z, transform, crs="EPSG:4326", nodata=None, dtype=None):
    z = np.asarray(z)
    dtype = dtype or z.dtype
    profile = dict(
        driver="GTiff", width=z.shape[1], height=z.shape[0], count=1, dtype=dtype, transform=transform
    )
    if crs is not None:
        profile["crs"] = crs
    if nodata is not None:
        profile["nodata"] = nodata
    with rasterio.open(path, "w", **profile) as dst:
        dst.write(z.astype(dtype), 1)
    return path


def geo_transform(west=68.0, north=52.0, res=ARC1):
    return from_origin(west, north, res, res)


def cell_lonlat(transform, r, c):
    return transform.c + (c + 0.5) * transform.a, transform.f + (r + 0.5) * transform.e


def assert_descends(fp):
    """Filled elevation never rises; on a filled flat the distance to the outlet strictly falls."""
    dz = np.diff(fp.z_filled)
    assert np.all(dz <= 0)
    flat = dz == 0
    assert np.all(np.diff(fp.flat_distance)[flat] < 0)
    assert np.all(fp.z_filled >= fp.z)  # filling only raises


# --- synthetic rasters --------------------------------------------------------------------------------
def test_plane_goes_straight_downhill_with_geodesic_length(tmp_path):
    # z falls eastwards by 1 m per cell: the path runs along its row to the east edge
    t = geo_transform()
    z = np.tile(np.arange(200, 0, -1, dtype=np.float32), (50, 1))
    dem = write_dem(tmp_path / "plane.tif", z, t)
    lon, lat = cell_lonlat(t, 25, 10)
    with FlowPathRouter(dem) as router:
        fp = router.trace(lon, lat)
    assert fp.end_reason == "dem_edge"
    assert np.all(fp.rows == 25)
    assert fp.cols[0] == 10 and fp.cols[-1] == 199
    assert_descends(fp)
    # independent length: geodesic between the two end cell centres (a short arc of a parallel)
    lon1, lat1 = cell_lonlat(t, 25, 199)
    expected = GEOD.inv(lon, lat, lon1, lat1)[2]
    assert fp.length_m == pytest.approx(expected, rel=1e-6)
    assert fp.drop_m == pytest.approx(z[25, 10] - z[25, 199])


def test_true_cell_sizes_of_a_geographic_dem(tmp_path):
    t = geo_transform(north=52.0)
    dem = write_dem(tmp_path / "g.tif", np.zeros((10, 10), np.float32), t)
    with DemReader(dem) as r:
        lat = 52.0 - 5.5 * ARC1
        # independent: geodesic length of one cell east-west and north-south at that latitude
        ew = GEOD.inv(68.0, lat, 68.0 + ARC1, lat)[2]
        ns = GEOD.inv(68.0, lat - ARC1 / 2, 68.0, lat + ARC1 / 2)[2]
        assert r.dx[5] == pytest.approx(ew, rel=1e-6)
        assert r.dy[5] == pytest.approx(ns, rel=1e-6)
        assert r.dd[5] == pytest.approx(math.hypot(ew, ns))
    m, n = radii_of_curvature(0.0)
    assert n == pytest.approx(6378137.0) and m == pytest.approx(6335439.327, rel=1e-9)


def test_steepest_descent_prefers_the_steepest_slope_not_the_largest_drop(tmp_path):
    # projected 10 m grid; from the centre the diagonal neighbour drops 12 m (slope 0.85), the east one
    # 10 m (slope 1.0): D8 steepest descent takes east
    z = np.full((3, 3), 100.0, np.float32)
    z[1, 1] = 50.0
    z[1, 2] = 40.0
    z[2, 2] = 38.0
    t = from_origin(500000, 5700000, 10, 10)
    dem = write_dem(tmp_path / "d8.tif", z, t, crs="EPSG:32642")
    lon, lat = Transformer.from_crs(32642, 4326, always_xy=True).transform(500015.0, 5699985.0)
    with FlowPathRouter(dem) as router:
        fp = router.trace(lon, lat)
    assert (fp.rows[1], fp.cols[1]) == (1, 2)


def bowl(n=61, pit=10.0, rim=50.0, spill=30.0):
    """A cone-shaped depression with one notch (spill) on its east rim leading to a channel to the edge."""
    yy, xx = np.mgrid[0:n, 0:n]
    c = n // 2
    r = np.hypot(yy - c, xx - c)
    z = pit + (rim - pit) * np.clip(r / (c - 5), 0, 1)
    z[c, c + 1 :] = np.minimum(z[c, c + 1 :], spill)  # notch through the rim
    z[c, c + (c - 5) :] = np.linspace(spill, spill - 20, n - (c + (c - 5)))  # channel down to the edge
    return z.astype(np.float32)


def test_path_leaves_a_depression_over_its_spill(tmp_path):
    z = bowl()
    t = geo_transform()
    dem = write_dem(tmp_path / "bowl.tif", z, t)
    lon, lat = cell_lonlat(t, 18, 20)  # on the inner slope (35 m), north-west of the pit
    with FlowPathRouter(dem) as router:
        fp = router.trace(lon, lat)
    assert fp.end_reason == "dem_edge"
    assert (fp.rows[-1], fp.cols[-1]) == (30, 60)  # out through the notch and the channel
    assert fp.n_depressions == 1
    assert_descends(fp)
    # the lake is filled to the spill level (30 m): the path crosses it at that level
    lake = fp.z_filled > fp.z
    assert lake.any() and np.all(fp.z_filled[lake] == 30.0)
    assert fp.max_fill_m == pytest.approx(30.0 - fp.z[lake].min())


def test_max_fill_depth_stops_in_a_closed_basin(tmp_path):
    t = geo_transform()
    dem = write_dem(tmp_path / "bowl.tif", bowl(), t)
    lon, lat = cell_lonlat(t, 18, 20)
    with FlowPathRouter(dem, max_fill_depth_m=5.0) as router:
        fp = router.trace(lon, lat)
    assert fp.end_reason == "pit"
    assert (fp.rows[-1], fp.cols[-1]) == (30, 30)  # stays at the bottom of the pit
    assert fp.z[-1] == pytest.approx(10.0)


def test_integer_dem_with_a_large_flat_crosses_it_without_wandering(tmp_path):
    # a 120 x 200 plateau at 100 m (Int16) whose only lower edge is the east side (a slope to the edge)
    z = np.full((120, 260), 100, np.int16)
    z[:, 200:] = 100 - np.arange(1, 61, dtype=np.int16)
    z[:, :3] = 120  # higher west border so the path cannot leave westwards
    z[:3, :200] = 120
    z[-3:, :200] = 120
    t = geo_transform()
    dem = write_dem(tmp_path / "flat.tif", z, t)
    lon, lat = cell_lonlat(t, 60, 20)
    with FlowPathRouter(dem) as router:
        fp = router.trace(lon, lat)
    assert fp.end_reason == "dem_edge" and fp.cols[-1] == 259
    assert_descends(fp)
    on_flat = fp.cols < 200
    # shortest D8 route across the flat: one cell per column, no detours
    assert on_flat.sum() == 200 - 20
    assert np.all(np.diff(fp.cols) == 1)


def test_all_flat_dem_goes_to_the_nearest_edge_with_a_warning(tmp_path):
    t = geo_transform()
    dem = write_dem(tmp_path / "allflat.tif", np.full((50, 80), 200, np.int16), t)
    lon, lat = cell_lonlat(t, 10, 40)  # 10 rows from the north edge, 39+ from the others
    fb = NullFeedback()
    res = trace_flow_paths(dem, [(lon, lat)], feedback=fb)
    fp = res[0]
    assert fp.end_reason == "dem_edge"
    assert fp.rows[-1] == 0 and fp.n_cells == 11
    assert fp.drop_m == 0
    assert any("no drop" in w for w in fb.warnings)


def test_start_outside_or_on_nodata(tmp_path):
    z = np.full((40, 40), 100, np.int16)
    z[10:20, 10:20] = -32768
    t = geo_transform()
    dem = write_dem(tmp_path / "nd.tif", z, t, nodata=-32768)
    with FlowPathRouter(dem) as router:
        with pytest.raises(TailingsError, match="outside the DEM"):
            router.trace(70.0, 40.0)
        with pytest.raises(TailingsError, match="nodata"):
            router.trace(*cell_lonlat(t, 15, 15))
    fb = NullFeedback()
    res = trace_flow_paths(dem, [(70.0, 40.0), cell_lonlat(t, 15, 15), cell_lonlat(t, 30, 30)], feedback=fb)
    assert res[0] is None and res[1] is None and res[2] is not None
    assert len([w for w in fb.warnings if w.startswith("Point")]) == 2
    with pytest.raises(TailingsError):
        trace_flow_paths(dem, [(70.0, 40.0)], on_error="raise")


def test_path_ends_at_nodata(tmp_path):
    # slope falling eastwards into a nodata hole (a masked lake)
    z = np.tile(np.arange(100, 40, -1, dtype=np.float32), (30, 1))
    z[:, 40:] = -9999
    t = geo_transform()
    dem = write_dem(tmp_path / "hole.tif", z, t, nodata=-9999)
    with FlowPathRouter(dem) as router:
        fp = router.trace(*cell_lonlat(t, 15, 5))
    assert fp.end_reason == "nodata" and fp.cols[-1] == 39
    assert np.all(np.isfinite(fp.z))


def test_max_length(tmp_path):
    t = geo_transform()
    z = np.tile(np.arange(300, 0, -1, dtype=np.float32), (20, 1))
    dem = write_dem(tmp_path / "p.tif", z, t)
    with FlowPathRouter(dem) as router:
        fp = router.trace(*cell_lonlat(t, 10, 0), max_length_m=1000.0)
    assert fp.end_reason == "max_length"
    cell = router.dem.dx[10]
    assert 1000.0 - cell < fp.length_m <= 1000.0 + 1e-6


def test_river_polyline_ends_the_path(tmp_path):
    # plane falling eastwards; a north-south river at column 120
    t = geo_transform()
    z = np.tile(np.arange(200, 0, -1, dtype=np.float32), (40, 1))
    dem = write_dem(tmp_path / "p.tif", z, t)
    x_river = t.c + 120.5 * t.a
    river = np.array([[x_river, t.f + 1 * t.e], [x_river, t.f + 39 * t.e]])
    other = np.array([[t.c + 180.5 * t.a, t.f + 1 * t.e], [t.c + 180.5 * t.a, t.f + 39 * t.e]])
    lon, lat = cell_lonlat(t, 20, 10)
    with FlowPathRouter(dem, rivers=[other, river]) as router:
        fp = router.trace(lon, lat)
    assert fp.end_reason == "river"
    assert fp.cols[-1] == 119  # the 4-neighbour of the river cell is within the tolerance
    assert fp.river_index == 1
    assert fp.river_lonlat[0] == pytest.approx(x_river)
    assert fp.river_offset_m == pytest.approx(GEOD.inv(fp.lonlat[-1, 0], lat, x_river, lat)[2], rel=1e-6)
    # a 100 m tolerance stops the path about 100 m earlier
    with FlowPathRouter(dem, rivers=[river], river_tolerance_m=100.0) as router:
        fp2 = router.trace(lon, lat)
    assert fp2.end_reason == "river"
    dist = GEOD.inv(fp2.lonlat[-1, 0], lat, x_river, lat)[2]
    assert 100.0 - router.dem.dx[20] < dist <= 100.0


def test_diagonal_path_cannot_jump_over_a_diagonal_river(tmp_path):
    # plane falling to the south-east; river along the other diagonal
    t = geo_transform()
    yy, xx = np.mgrid[0:100, 0:100]
    z = (400 - yy - xx).astype(np.float32)
    dem = write_dem(tmp_path / "diag.tif", z, t)
    river = np.array([cell_lonlat(t, 99, 0), cell_lonlat(t, 0, 99)])
    with FlowPathRouter(dem, rivers=[river]) as router:
        fp = router.trace(*cell_lonlat(t, 5, 5))
    assert fp.end_reason == "river"
    assert abs(fp.rows[-1] + fp.cols[-1] - 99) <= 1


def test_river_mask_raster(tmp_path):
    t = geo_transform()
    z = np.tile(np.arange(200, 0, -1, dtype=np.float32), (40, 1))
    dem = write_dem(tmp_path / "p.tif", z, t)
    mask = np.zeros(z.shape, np.uint8)
    mask[:, 150] = 1
    mpath = write_dem(tmp_path / "mask.tif", mask, t)
    with FlowPathRouter(dem, river_mask=mpath) as router:
        fp = router.trace(*cell_lonlat(t, 20, 10))
    assert fp.end_reason == "river" and fp.cols[-1] == 149
    bad = write_dem(tmp_path / "bad.tif", mask[:, :100], t)
    with pytest.raises(TailingsError, match="not on the DEM grid"):
        FlowPathRouter(dem, river_mask=bad)


def test_dem_in_a_projected_crs(tmp_path):
    # UTM 42N DEM, start points in lon/lat: transformed by the engine
    t = from_origin(400000, 5750000, 30, 30)
    z = np.tile(np.arange(300, 100, -1, dtype=np.float32), (100, 1))
    dem = write_dem(tmp_path / "utm.tif", z, t, crs="EPSG:32642")
    to_ll = Transformer.from_crs(32642, 4326, always_xy=True)
    lon, lat = to_ll.transform(400000 + 10.5 * 30, 5750000 - 50.5 * 30)
    with FlowPathRouter(dem) as router:
        assert router.dem.dx[0] == 30.0
        fp = router.trace(lon, lat)
    assert fp.end_reason == "dem_edge" and np.all(fp.rows == 50)
    assert fp.xy[0] == pytest.approx((400000 + 10.5 * 30, 5750000 - 50.5 * 30))
    back = np.column_stack(to_ll.transform(fp.xy[:, 0], fp.xy[:, 1]))
    assert np.allclose(back, fp.lonlat)
    # geodesic length vs the grid length (189 cells of 30 m, times the UTM scale factor near 0.9996)
    assert fp.length_m == pytest.approx(189 * 30, rel=2e-3)
    # sample_elevation with lon/lat points on a projected DEM
    vals = sample_elevation(dem, [(lon, lat), (10.0, 10.0)])
    assert vals[0] == z[50, 10] and math.isnan(vals[1])


def test_one_point_transforms_like_many_without_deprecation(tmp_path):
    # pyproj's scalar fast path turns a 1-element array into a float: numpy >= 1.25 deprecates that
    import warnings

    t = from_origin(400000, 5750000, 30, 30)
    dem = write_dem(tmp_path / "utm1.tif", np.zeros((20, 20), np.float32), t, crs="EPSG:32642")
    to_utm = Transformer.from_crs(4326, 32642, always_xy=True)
    pts = np.array([[69.1, 51.9], [69.2, 51.8]])
    with DemReader(dem) as reader, warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        one = reader.to_dem_xy(pts[:1])
        both = reader.to_dem_xy(pts)
        back = reader.to_lonlat(one)
    assert one.shape == (1, 2)
    assert one[0] == pytest.approx(both[0]) and one[0] == pytest.approx(to_utm.transform(69.1, 51.9))
    assert back[0] == pytest.approx(pts[0])


def test_dem_without_crs_is_refused(tmp_path):
    dem = write_dem(tmp_path / "nocrs.tif", np.zeros((5, 5), np.float32), geo_transform(), crs=None)
    with pytest.raises(TailingsError, match="no coordinate reference system"):
        FlowPathRouter(dem)


def test_cancel(tmp_path):
    class Cancelling(NullFeedback):
        def isCanceled(self):
            return True

    t = geo_transform()
    dem = write_dem(tmp_path / "p.tif", np.zeros((5, 5), np.float32), t)
    with pytest.raises(Cancelled):
        trace_flow_paths(dem, [cell_lonlat(t, 2, 2)], feedback=Cancelling())


def test_sample_elevation_matches_rasterio(tmp_path):
    rng = np.random.default_rng(0)
    z = rng.integers(100, 500, (300, 600)).astype(np.int16)
    z[5, 7] = -32768
    t = geo_transform()
    dem = write_dem(tmp_path / "s.tif", z, t, nodata=-32768)
    rows = rng.integers(0, 300, 50)
    cols = rng.integers(0, 600, 50)
    pts = [cell_lonlat(t, r, c) for r, c in zip(rows, cols)]
    pts += [cell_lonlat(t, 5, 7), (0.0, 0.0), (float("nan"), 1.0)]
    vals = sample_elevation(dem, pts)
    with rasterio.open(dem) as ds:
        ref = np.array([v[0] for v in ds.sample(pts[:50])], dtype=float)
    assert np.array_equal(vals[:50], ref)
    assert np.isnan(vals[50:]).all()
    assert sample_elevation(dem, np.zeros((0, 2))).size == 0


# --- the real SRTM clip (Atbasar: Ishim and Zhabay) -----------------------------------------------
def clip_rivers():
    from shapely.geometry import shape

    data = json.loads(CLIP_RIVERS.read_text())
    lines = [shape(f["geometry"]) for f in data["features"]]
    ids = [f["properties"]["source_index"] for f in data["features"]]
    return lines, ids


# valley sides around Atbasar; the reach each one drains to (WaterHydro index: 158 and 159 Ishim,
# 163 Zhabay), read from the map (north of the confluence the land drains to the Zhabay)
VALLEY_SIDES = [
    ((68.31, 51.64), 158),  # south bank of the Ishim, upstream of Atbasar
    ((68.22, 51.67), 158),
    ((68.40, 51.70), 159),  # Ishim below the confluence
    ((68.46, 51.70), 159),
    ((68.37, 51.73), 163),  # Zhabay, east bank
    ((68.34, 51.79), 163),  # Zhabay, west bank
    ((68.40, 51.82), 163),
]


@pytest.mark.skipif(not CLIP.exists(), reason="test/data clip missing (run scripts/make_test_dem.py)")
def test_real_clip_valley_sides_drain_to_ishim_or_zhabay():
    lines, ids = clip_rivers()
    pts = [p for p, _ in VALLEY_SIDES]
    res = trace_flow_paths(CLIP, pts, rivers=lines)
    for fp, (p, reach) in zip(res, VALLEY_SIDES):
        assert fp.end_reason == "river", p
        assert ids[fp.river_index] == reach, p
        assert_descends(fp)
        assert fp.drop_m > 0
        assert fp.end_reason in END_REASONS
        # the end cell is a 4-neighbour of a cell the reach crosses: within about 1.5 cells (~46 m)
        assert fp.river_offset_m < 50.0
        # length: geodesic of the polyline, checked independently
        assert fp.length_m == pytest.approx(GEOD.line_length(fp.lonlat[:, 0], fp.lonlat[:, 1]))
        # original elevations are those of the DEM
        assert np.array_equal(fp.z, sample_elevation(CLIP, fp.lonlat))


@pytest.mark.skipif(not CLIP.exists(), reason="test/data clip missing")
def test_real_clip_memory_is_blocks_touched():
    lines, _ = clip_rivers()
    with FlowPathRouter(CLIP, rivers=lines, cache_mb=1) as router:
        router.trace(68.31, 51.64)
        assert router.dem.blocks_read <= 12  # of 20 blocks in the clip
        assert router.dem.memory_bytes <= 1024 * 1024 * 1.01
        assert not router._fill and not router._flags  # the per-path conditioning is dropped
        if router.engine == "numba":
            fast = router._fast
            assert fast.blocks_read <= 12
            assert len(fast.zorder) == fast.blocks_read <= fast.ncache  # the block pool: blocks touched only
            assert int(fast.st[fast.k.S_NSLOT]) == 0 and (fast.pslot < 0).all()  # conditioning dropped


GRASS = shutil.which("grass")


@pytest.mark.skipif(GRASS is None or not CLIP.exists(), reason="GRASS GIS (grass) not installed")
def test_real_clip_agrees_with_grass_watershed_path(tmp_path):
    """Same start points as GRASS r.watershed -s (least-cost routing through depressions) + r.path.

    Both paths end within a few cells of each other; along the way they may part on flats, where the
    routing is a convention (ours: shortest route to the nearest lower edge of the filled flat).
    """
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
    from grass_rdrain import run_grass

    pts = [(68.26, 51.73), (68.35, 51.79), (68.44, 51.70), (68.30, 51.84)]
    ref = run_grass(CLIP, pts, fill_passes=1, watershed=True, workdir=tmp_path)
    with FlowPathRouter(CLIP) as router:
        for p, gpath in zip(pts, ref["path"]):
            fp = router.trace(*p)
            g = np.asarray(gpath)
            grow, gcol = router.dem.xy_to_rowcol(g)
            ours = np.column_stack([fp.rows, fp.cols])
            # Chebyshev distance (cells) from each GRASS vertex to our path
            d = np.array([np.abs(ours - (a, b)).max(axis=1).min() for a, b in zip(grow, gcol)])
            assert d[-1] <= 2, p  # same outlet
            assert np.median(d) <= 3, p
            assert np.mean(d <= 5) >= 0.8, p
