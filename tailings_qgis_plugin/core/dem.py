"""Block-wise reading of a DEM: only the parts a computation touches are held in memory.

A DEM of a whole region can be far larger than what a flow path needs (the SRTM 1" mosaic of the
Ishim/Zhabay area is 10801 x 7201 cells, 155 MB as Int16). :class:`DemReader` reads it in square
blocks of 256 x 256 cells (rasterio windowed reads, aligned with the usual GeoTIFF tiling), on demand,
and keeps a bounded number of them in a cache (oldest dropped first). The reader never changes values:
the depression filling of :mod:`.flowpath` keeps its changes apart, per path.

Cell sizes of geographic DEMs (degrees) are the true ground sizes at the latitude of each row, from the
radii of curvature of the WGS 84 ellipsoid (Snyder 1987, *Map Projections: A Working Manual*, USGS
Professional Paper 1395, p. 24-25): meridional radius M = a(1-e^2)/(1-e^2 sin^2 phi)^(3/2) and
prime-vertical radius N = a/(1-e^2 sin^2 phi)^(1/2); dx = N cos(phi) dlon, dy = M dlat (radians).

rasterio and pyproj are imported inside the functions that need them.
"""

from __future__ import annotations

import math
from array import array

import numpy as np

from .common import TailingsError, tr

BLOCK_SHIFT = 8
BLOCK = 1 << BLOCK_SHIFT  # 256 cells
BLOCK_MASK = BLOCK - 1
BLOCK_BYTES = BLOCK * BLOCK * 4  # float32

WGS84_A = 6378137.0
WGS84_F = 1.0 / 298.257223563
WGS84_E2 = WGS84_F * (2.0 - WGS84_F)


def radii_of_curvature(lat_deg):
    """Meridional (M) and prime-vertical (N) radii of the WGS 84 ellipsoid, in metres (Snyder 1987)."""
    s = np.sin(np.radians(lat_deg))
    w = 1.0 - WGS84_E2 * s * s
    m = WGS84_A * (1.0 - WGS84_E2) / w**1.5
    n = WGS84_A / np.sqrt(w)
    return m, n


def _linear_unit_factor(crs) -> float:
    """Metres per unit of the first axis of a projected pyproj CRS (1.0 when unknown)."""
    try:
        factor = crs.axis_info[0].unit_conversion_factor
        return float(factor) if factor else 1.0
    except (IndexError, AttributeError):
        return 1.0


class DemReadError(TailingsError):
    """The DEM file is damaged or truncated: fatal for the whole run, not for one facility."""


class DemReader:
    """A single-band DEM read block by block, with true cell sizes and lon/lat conversions.

    Values are metres (float32); nodata and NaN cells read as NaN. Cells are addressed by
    ``(row, col)`` of the whole raster. ``cache_mb`` bounds the memory of the blocks (256 KiB each).
    """

    def __init__(self, path, cache_mb: float = 64.0):
        try:
            import rasterio
        except ImportError as exc:  # pragma: no cover - depends on the installation
            raise TailingsError(
                tr("Reading a DEM needs the Python module rasterio (Debian/Ubuntu: python3-rasterio).")
            ) from exc
        from pyproj import CRS, Transformer

        self.path = str(path)
        try:
            self._ds = rasterio.open(self.path)
        except Exception as exc:
            raise TailingsError(
                tr("Cannot open the DEM {path}: {err}").format(path=self.path, err=exc)
            ) from exc
        ds = self._ds
        t = ds.transform
        if t.b != 0 or t.d != 0:
            self.close()
            raise TailingsError(
                tr("The DEM {path} is rotated or sheared; warp it to a north-up grid first.").format(
                    path=self.path
                )
            )
        if ds.crs is None:
            self.close()
            raise TailingsError(
                tr("The DEM {path} has no coordinate reference system; assign one (e.g. EPSG:4326).").format(
                    path=self.path
                )
            )
        self.width = int(ds.width)
        self.height = int(ds.height)
        self.transform = t
        self.nodata = ds.nodata
        self.dtype = ds.dtypes[0]
        self.crs = CRS.from_wkt(ds.crs.to_wkt())
        self.is_geographic = bool(self.crs.is_geographic)
        wgs84 = CRS.from_epsg(4326)
        if self.crs.equals(wgs84, ignore_axis_order=True):
            self._to_dem = None
            self._to_lonlat = None
        else:
            self._to_dem = Transformer.from_crs(wgs84, self.crs, always_xy=True)
            self._to_lonlat = Transformer.from_crs(self.crs, wgs84, always_xy=True)
        self._nbx = (self.width + BLOCK - 1) >> BLOCK_SHIFT
        self._nby = (self.height + BLOCK - 1) >> BLOCK_SHIFT
        self._blocks: dict[int, array] = {}  # in load order; evicted oldest first
        self.max_bytes = max(16 * BLOCK_BYTES, int(cache_mb * 1024 * 1024))
        self.blocks_read = 0
        self._init_cell_sizes()

    # --- geometry -------------------------------------------------------------
    def _init_cell_sizes(self) -> None:
        """Per-row cell sizes in metres: ``dx`` (east-west), ``dy`` (north-south), ``dd`` (diagonal)."""
        t = self.transform
        rows = np.arange(self.height)
        if self.is_geographic:
            lat = t.f + (rows + 0.5) * t.e
            m, n = radii_of_curvature(lat)
            # Snyder (1987): dx = N cos(phi) dlambda, dy = M dphi (angles in radians)
            dx = n * np.cos(np.radians(lat)) * math.radians(abs(t.a))
            dy = m * math.radians(abs(t.e))
        else:
            f = _linear_unit_factor(self.crs)
            dx = np.full(self.height, abs(t.a) * f)
            dy = np.full(self.height, abs(t.e) * f)
        self.dx = dx.astype(float)
        self.dy = np.broadcast_to(dy, (self.height,)).astype(float)
        self.dd = np.hypot(self.dx, self.dy)

    def to_dem_xy(self, lonlat) -> np.ndarray:
        """(n, 2) lon/lat (EPSG:4326) to (n, 2) coordinates in the DEM CRS."""
        ll = np.asarray(lonlat, dtype=float).reshape(-1, 2)
        if self._to_dem is None:
            return ll.copy()
        x, y = _transform(self._to_dem, ll[:, 0], ll[:, 1])
        return np.column_stack([x, y])

    def to_lonlat(self, xy) -> np.ndarray:
        """(n, 2) coordinates in the DEM CRS to (n, 2) lon/lat."""
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        if self._to_lonlat is None:
            return xy.copy()
        lon, lat = _transform(self._to_lonlat, xy[:, 0], xy[:, 1])
        return np.column_stack([lon, lat])

    def xy_to_rowcol(self, xy):
        """Integer (rows, cols) of the cells holding the points (may fall outside the raster)."""
        xy = np.asarray(xy, dtype=float).reshape(-1, 2)
        t = self.transform
        cols = np.floor((xy[:, 0] - t.c) / t.a)
        rows = np.floor((xy[:, 1] - t.f) / t.e)
        return rows, cols

    def rowcol_to_xy(self, rows, cols) -> np.ndarray:
        """Cell-centre coordinates (DEM CRS) of cells."""
        t = self.transform
        rows = np.asarray(rows, dtype=float)
        cols = np.asarray(cols, dtype=float)
        return np.column_stack([t.c + (cols + 0.5) * t.a, t.f + (rows + 0.5) * t.e])

    def inside(self, rows, cols):
        rows = np.asarray(rows)
        cols = np.asarray(cols)
        return (rows >= 0) & (rows < self.height) & (cols >= 0) & (cols < self.width)

    # --- blocks -----------------------------------------------------------------
    # Values are kept as float32 (array "f"): exact for Int16 and Float32 DEMs; the conditioning of
    # :mod:`.flowpath` only copies values (no arithmetic), so ties stay exact ties.
    def _load(self, key: int) -> array:
        """Read block ``key`` (= block_row * nbx + block_col) into the cache and return it."""
        from rasterio.windows import Window

        bi, bj = divmod(key, self._nbx)
        r0, c0 = bi << BLOCK_SHIFT, bj << BLOCK_SHIFT
        h = min(BLOCK, self.height - r0)
        w = min(BLOCK, self.width - c0)
        try:
            data = self._ds.read(1, window=Window(c0, r0, w, h)).astype(np.float32)
        except Exception as exc:
            raise DemReadError(
                tr(
                    "Cannot read the DEM {path} (rows {r0}-{r1}, columns {c0}-{c1}): the file is damaged or "
                    "truncated ({err}). Download or export it again."
                ).format(path=self.path, r0=r0, r1=r0 + h - 1, c0=c0, c1=c0 + w - 1, err=exc)
            ) from exc
        if self.nodata is not None and not (isinstance(self.nodata, float) and math.isnan(self.nodata)):
            data[data == np.float32(self.nodata)] = np.nan
        if h < BLOCK or w < BLOCK:
            full = np.full((BLOCK, BLOCK), np.nan, dtype=np.float32)
            full[:h, :w] = data
            data = full
        blk = array("f")
        blk.frombytes(np.ascontiguousarray(data).tobytes())
        self.blocks_read += 1
        while self.memory_bytes + BLOCK_BYTES > self.max_bytes and self._evict():
            pass
        self._blocks[key] = blk
        return blk

    def _evict(self) -> bool:
        """Drop the oldest block; False if the cache is empty."""
        for k in self._blocks:
            del self._blocks[k]
            return True
        return False

    def get(self, r: int, c: int) -> float:
        """Value of cell (r, c), which must be inside the raster (NaN at nodata)."""
        key = (r >> BLOCK_SHIFT) * self._nbx + (c >> BLOCK_SHIFT)
        blk = self._blocks.get(key)
        if blk is None:
            blk = self._load(key)
        return blk[((r & BLOCK_MASK) << BLOCK_SHIFT) | (c & BLOCK_MASK)]

    raw = get

    def block(self, r: int, c: int) -> array:
        """The cached block (float32, 256 x 256, row-major) holding cell (r, c)."""
        key = (r >> BLOCK_SHIFT) * self._nbx + (c >> BLOCK_SHIFT)
        blk = self._blocks.get(key)
        return blk if blk is not None else self._load(key)

    @property
    def memory_bytes(self) -> int:
        """Bytes held by cached blocks."""
        return len(self._blocks) * BLOCK_BYTES

    def close(self) -> None:
        ds = getattr(self, "_ds", None)
        if ds is not None:
            ds.close()
            self._ds = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def sample_elevation(dem_path, lonlat, dem: DemReader | None = None) -> np.ndarray:
    """DEM value of the cell holding each lon/lat point: a float array, NaN at nodata or outside.

    ``lonlat`` is an (n, 2) array of WGS 84 longitude/latitude; points are transformed to the DEM
    CRS with pyproj when it is not EPSG:4326. Only the 256 x 256 blocks holding points are read.
    Pass an open :class:`DemReader` as ``dem`` to reuse its cache (``dem_path`` is then ignored).
    """
    ll = np.asarray(lonlat, dtype=float)
    if ll.size == 0:
        return np.zeros(0)
    if ll.ndim != 2 or ll.shape[1] != 2:
        ll = ll.reshape(-1, 2)
    own = dem is None
    if own:
        dem = DemReader(dem_path, cache_mb=32)
    try:
        out = np.full(len(ll), np.nan)
        ok = np.isfinite(ll).all(axis=1)
        if not ok.any():
            return out
        rows, cols = dem.xy_to_rowcol(dem.to_dem_xy(ll[ok]))
        idx = np.flatnonzero(ok)
        good = dem.inside(rows, cols) & np.isfinite(rows) & np.isfinite(cols)
        idx, rows, cols = idx[good], rows[good].astype(np.int64), cols[good].astype(np.int64)
        # visit points block by block so that each block is read once
        order = np.lexsort((cols >> BLOCK_SHIFT, rows >> BLOCK_SHIFT))
        for k in order:
            out[idx[k]] = dem.raw(int(rows[k]), int(cols[k]))
        return out
    finally:
        if own:
            dem.close()


def _transform(transformer, x, y):
    """``transformer.transform`` on 1-D arrays. One point goes as two floats: pyproj (3.7) first tries its
    scalar fast path with whatever it is given, and a 1-element array there is numpy's deprecated
    "conversion of an array with ndim > 0 to a scalar" (numpy >= 1.25)."""
    if x.size == 1:
        a, b = transformer.transform(float(x[0]), float(y[0]))
        return np.array([a], dtype=float), np.array([b], dtype=float)
    return transformer.transform(x, y)
