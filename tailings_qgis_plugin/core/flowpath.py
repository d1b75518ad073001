"""Overland flow paths over a DEM: from a release point downhill to the first river it meets.

Method
------
* **Steepest descent (D8).** From the start cell the path steps to the neighbour (of 8) with the
  steepest downward slope (drop / true distance between cell centres), as GRASS ``r.drain`` does
  (O'Callaghan & Mark 1984, "The extraction of drainage networks from digital elevation data",
  Computer Vision, Graphics, and Image Processing 28:323-344). Geographic DEMs use the true cell sizes
  at each row's latitude (:mod:`.dem`); path lengths are geodesic (pyproj ``Geod``, WGS 84).
* **Depressions and flats: priority-flood, on demand.** The conditioned surface is the one of Barnes,
  Lehman & Mulla (2014), "Priority-flood: An optimal depression-filling and watershed-labeling algorithm
  for digital elevation models", Computers & Geosciences 62:117-127: every depression is filled to its
  spill elevation. Their "+epsilon" variant (Algorithm 3) also tilts the filled flats towards the outlet;
  here the tilt is kept apart from the elevation, as the breadth-first distance of each filled cell to
  the spill cells (the order in which the epsilon queue raises them; Barnes, Lehman & Mulla 2014b, "An
  efficient assignment of drainage direction over flat surfaces in raster digital elevation models",
  Computers & Geosciences 62:128-135, also keep flat gradients apart). On a filled flat the path steps
  to the neighbour one step closer to the outlet, so it never wanders and never stops in a pit.
  Instead of flooding the whole raster from its edges, the flood starts where the path needs it. The
  path follows steepest descent until the first cell without a lower neighbour (a pit or a flat). From
  there a priority queue floods outwards in order of elevation, through every depression on the way,
  until it pops the first outlet: a river cell, a DEM edge cell or a cell next to nodata (the DEM edge
  and nodata are outlets, as in Barnes et al. 2014). Popping the lowest frontier cell first is Prim's
  algorithm on elevations, whose tree paths are minimax paths, so that outlet is reached over the lowest
  possible spill, found over the whole DEM (not a window), and nested depressions are filled in one pass.
  A second priority-flood, from that outlet back over the flooded cells only (Barnes et al. 2014,
  Algorithm 2), gives their filled elevations and flat distances, and the path continues on them, inside
  the flooded region, to the outlet; it is first cut back to its first cell in that region (the fill may
  have drowned the last cells it walked). Pit-centred searches of this kind are also how Lindsay (2016,
  "Efficient hybrid breaching-filling sink removal methods for flow path enforcement in digital
  elevation models", Hydrological Processes 30:846-857) treats depressions. Along a path the filled
  elevation never increases, and on flats the distance to the outlet strictly decreases. The fill is
  kept per path, sparsely (only cells that differ), and dropped afterwards: results do not depend on the
  order of the start points. Where the flooded region is not the whole area below the spill, a cell's
  fill is the one over its route to the outlet found; the start cell's fill is exact.
* **Large DEMs.** Only the 256 x 256 blocks the path or a flood touches are read (rasterio windowed
  reads) into a bounded cache, so no window edge is ever treated as an outlet and no padding is needed;
  memory is the cache plus the flooded cells of the current path, not the DEM.
* **Two engines, one method.** With numba installed (Debian/Ubuntu ``python3-numba``), the walk and both
  floods run as one compiled kernel (:mod:`.flowpath_kernels`, driven by :mod:`.flowpath_fast`) on the same
  block-wise memory; without it, in pure Python (this module and :mod:`.flowpath_flood`). Both give
  identical paths (the Python bucket queue and the kernel's heap pop cells in the same order).
* **End of a path.** ``river``: the first cell within the tolerance of a river reach (reach polylines are
  rasterised onto the DEM grid, always including the 4-neighbours of the cells a reach crosses, so a
  diagonal D8 step cannot jump over a reach); ``dem_edge`` / ``nodata``: a cell on the DEM edge or next to
  nodata with no lower neighbour (the DEM edge and nodata are outlets, as in Barnes et al. 2014);
  ``max_length``: the next step would exceed ``max_length_m``; ``pit``: a depression deeper than
  ``max_fill_depth_m`` (a closed basin, e.g. a steppe lake, where the release would pond), or a flood
  larger than ``max_flood_cells``.

rasterio, pyproj and shapely are imported inside the functions that need them.
"""

from __future__ import annotations

import math
from array import array
from dataclasses import dataclass, field

from .common import TailingsError, check_cancel, ensure_feedback, tr
from .dem import DemReader, sample_elevation
from .flowpath_fast import FastEngine, choose_engine
from .flowpath_flood import _OFFSETS, DepressionFill
from .flowpath_rivers import RiverCells, _as_lines
from .lazy import np
from .numbers import num

__all__ = [
    "END_REASONS",
    "FlowPath",
    "FlowPathRouter",
    "sample_elevation",
    "trace_flow_paths",
]

END_RIVER = "river"
END_EDGE = "dem_edge"
END_NODATA = "nodata"
END_MAX_LENGTH = "max_length"
END_PIT = "pit"
END_REASONS = (END_RIVER, END_EDGE, END_NODATA, END_MAX_LENGTH, END_PIT)

_INF = math.inf


@dataclass
class FlowPath:
    """One overland flow path. Coordinates are cell centres along the path, start cell first."""

    start_lonlat: tuple
    rows: np.ndarray
    cols: np.ndarray
    xy: np.ndarray  # (n, 2) in the DEM CRS
    lonlat: np.ndarray  # (n, 2) WGS 84
    z: np.ndarray  # original DEM elevation (m) of each cell
    z_filled: np.ndarray  # depression-filled elevation: never increases along the path
    flat_distance: np.ndarray  # steps to the outlet of a filled flat (0 off flats): decreases on flats
    length_m: float  # geodesic length of the cell-centre polyline (WGS 84)
    drop_m: float  # z of the start cell minus z of the end cell (original DEM)
    end_reason: str  # one of END_REASONS
    river_index: int | None = None  # index of the reach met (in the order the reaches were given)
    river_lonlat: tuple | None = None  # nearest point of that reach to the end cell
    river_offset_m: float | None = None  # geodesic distance from the end cell centre to that point
    n_depressions: int = 0  # depressions / flats filled while tracing this path
    max_fill_m: float = 0.0  # largest fill depth (filled minus original) along the path
    warnings: list = field(default_factory=list)

    @property
    def n_cells(self) -> int:
        return len(self.rows)


class FlowPathRouter(RiverCells, DepressionFill):
    """Traces flow paths on one DEM (the block cache is shared between paths; the fill is per path).

    Parameters
    ----------
    dem_path: a single-band DEM readable by rasterio, in any CRS (north-up grid).
    rivers: optional reach polylines in lon/lat (shapely lines or (n, 2) arrays); a path ends at the first
        cell within ``river_tolerance_m`` of one of them.
    river_mask: optional raster on exactly the DEM grid; non-zero cells are river cells (read by blocks).
    river_tolerance_m: cells whose centre is within this distance of a cell crossed by a reach are river
        cells (the 4-neighbours always are).
    max_fill_depth_m: a depression needing deeper filling stops the path (``end_reason = "pit"``);
        None fills every depression, like ``r.fill.dir``.
    max_flood_cells: safety limit on the size of one flood (``pit`` beyond it).
    cache_mb: memory for cached DEM blocks (256 x 256 float32, 256 KiB each); None: 32 MB for the Python
        engine, 16 MB for the compiled one (numba itself takes ~100-130 MB). The flood of a path adds about
        70 bytes per flooded cell while it runs (a 1.1 million-cell flood: ~80 MB) in the Python engine,
        7 bytes per cell of each 64 x 64 tile it touches in the compiled one.
    engine: ``"auto"`` (compiled with numba when installed, else Python), ``"numba"`` or ``"python"``;
        the environment variable TAILINGS_FLOWPATH_ENGINE=python forces Python for ``"auto"``.
    """

    def __init__(
        self,
        dem_path,
        rivers=None,
        river_mask=None,
        river_tolerance_m: float = 0.0,
        max_fill_depth_m: float | None = None,
        max_flood_cells: int = 20_000_000,
        cache_mb: float | None = None,
        feedback=None,
        engine: str = "auto",
    ):
        self.feedback = ensure_feedback(feedback)
        fast = choose_engine(engine) == "numba"
        if cache_mb is None:
            cache_mb = 16.0 if fast else 32.0
        self.dem = DemReader(dem_path, cache_mb=cache_mb)
        self.W = self.dem.width
        self.H = self.dem.height
        self.max_fill_depth_m = _INF if max_fill_depth_m is None else float(max_fill_depth_m)
        if self.max_fill_depth_m < 0:
            raise TailingsError(tr("The maximum fill depth must be zero or positive."))
        self.max_flood_cells = int(max_flood_cells)
        self.river_tolerance_m = max(0.0, float(river_tolerance_m or 0.0))
        self._rmask: dict[int, bytearray] = {}
        self._mask_ds = None
        self._mask_seen: set[int] = set()
        self._lines, self._line_owner = _as_lines(rivers)
        if self._lines:
            self._rasterise_rivers()
        if river_mask is not None:
            self._open_mask(river_mask)
        self._dx = self.dem.dx.tolist()
        self._dy = self.dem.dy.tolist()
        self._dd = self.dem.dd.tolist()
        # per-path conditioning, by block, only for the blocks a flood touches: filled elevation (float32),
        # flat distance (uint16) and flags (1 = queued, 2 = flooded, 4 = conditioned)
        self._fill: dict[int, array] = {}
        self._flatd: dict[int, array] = {}
        self._flags: dict[int, bytearray] = {}
        self.n_floods = 0
        self.flooded_cells = 0
        self._fast = None
        if fast:
            self._fast = FastEngine(self, cache_mb)

    @property
    def engine(self) -> str:
        """``"numba"`` or ``"python"``: the engine this router traces with."""
        return "python" if self._fast is None else "numba"

    # --- tracing --------------------------------------------------------------
    def start_cell(self, lon: float, lat: float) -> tuple[int, int]:
        """(row, col) of the DEM cell holding a lon/lat point; TailingsError if outside or nodata."""
        if not (math.isfinite(lon) and math.isfinite(lat)):
            raise TailingsError(tr("The start point has no valid coordinates."))
        rows, cols = self.dem.xy_to_rowcol(self.dem.to_dem_xy([(lon, lat)]))
        r, c = rows[0], cols[0]
        if not (np.isfinite(r) and np.isfinite(c)) or not self.dem.inside(r, c):
            ll = self.dem.to_lonlat(self.dem.rowcol_to_xy([0, self.H - 1], [0, self.W - 1]))
            raise TailingsError(
                tr(
                    "The start point {lon} E, {lat} N lies outside the DEM (about {w} to "
                    "{e} E, {s} to {n} N). Use a DEM that covers it, and check that the "
                    "coordinate reference systems of the points and of the DEM are declared correctly."
                ).format(
                    lon=num(lon, 5),
                    lat=num(lat, 5),
                    w=num(ll[:, 0].min(), 3),
                    e=num(ll[:, 0].max(), 3),
                    s=num(ll[:, 1].min(), 3),
                    n=num(ll[:, 1].max(), 3),
                )
            )
        r, c = int(r), int(c)
        if math.isnan(self.dem.get(r, c)):
            raise TailingsError(
                tr(
                    "The start point {lon} E, {lat} N falls on a nodata cell of the DEM (a void or "
                    "masked water body). Move the point onto land or fill the DEM voids first."
                ).format(lon=num(lon, 5), lat=num(lat, 5))
            )
        return r, c

    def trace(self, lon: float, lat: float, max_length_m: float | None = None) -> FlowPath:
        """Trace the flow path from a lon/lat point. Raises TailingsError for a bad start point.

        Each path is conditioned on its own (the fill is dropped afterwards), so the result does not
        depend on which paths were traced before.
        """
        r, c = self.start_cell(lon, lat)
        max_len = _INF if max_length_m is None or max_length_m <= 0 else float(max_length_m)
        if self._fast is not None:
            rows, cols, z, zc, fd, reason, n_dep = self._fast.walk(r, c, max_len)
            return self._result(lon, lat, rows, cols, z, zc, fd, END_REASONS[reason], n_dep)
        try:
            path, reason, n_dep = self._walk(r, c, max_len)
            g = np.asarray(path, dtype=np.int64)
            rows, cols = g // self.W, g % self.W
            z = np.array([self.dem.get(int(a), int(b)) for a, b in zip(rows, cols)])
            zc = np.array([self.filled(int(a), int(b)) for a, b in zip(rows, cols)])
            fd = np.array([self.flat_distance(int(a), int(b)) for a, b in zip(rows, cols)], dtype=np.int64)
            return self._result(lon, lat, rows, cols, z, zc, fd, reason, n_dep)
        finally:
            self._fill.clear()
            self._flatd.clear()
            self._flags.clear()

    def _walk(self, r: int, c: int, max_len: float):
        W = self.W
        in_region = self._in_region
        steepest = self._steepest
        fb = self.feedback
        g = r * W + c
        path = [g]
        cum = [0.0]
        n_dep = 0
        steps = 0
        flooded = False  # after the flood, the walk stays in the flooded region until its outlet
        while True:
            steps += 1
            if not (steps & 0x3FFF):
                check_cancel(fb)
            best, best_d, edge, nod = steepest(r, c, flooded)
            if self.is_river(r, c):
                return path, END_RIVER, n_dep
            if best < 0 and flooded:  # on a filled flat: step towards its outlet
                best, best_d = self._flat_step(r, c)
            if best < 0:
                reason = self._dead_end(g, edge, nod, flooded)
                if reason is not None:
                    return path, reason, n_dep
                flooded = True
                n_dep += 1
                # cut the path back to its first cell in the flooded region (merged depressions)
                i = next(k for k, pg in enumerate(path) if in_region(*divmod(pg, W)))
                del path[i + 1 :]
                del cum[i + 1 :]
                g = path[-1]
                r, c = divmod(g, W)
                continue
            if cum[-1] + best_d > max_len:
                return path, END_MAX_LENGTH, n_dep
            path.append(best)
            cum.append(cum[-1] + best_d)
            g = best
            r, c = divmod(g, W)

    def _steepest(self, r: int, c: int, flooded: bool):
        """Steepest descent (D8, O'Callaghan & Mark 1984) from cell (r, c) on the conditioned surface: (next
        cell or -1, step length m, a neighbour is off the DEM, a neighbour is nodata). After a flood only
        cells of the flooded region count."""
        W, H = self.W, self.H
        get = self.filled
        in_region = self._in_region
        dists = (self._dx, self._dy, self._dd)
        e = get(r, c)
        best = -1
        best_s = 0.0
        best_d = 0.0
        edge = False
        nod = False
        for dr, dc, kind in _OFFSETS:
            rr = r + dr
            cc = c + dc
            if rr < 0 or rr >= H or cc < 0 or cc >= W:
                edge = True
                continue
            en = get(rr, cc)
            if en != en:
                nod = True
                continue
            if en < e and (not flooded or in_region(rr, cc)):
                d = dists[kind][r]
                s = (e - en) / d
                if s > best_s:
                    best_s = s
                    best = rr * W + cc
                    best_d = d
        return best, best_d, edge, nod

    def _flat_step(self, r: int, c: int):
        """On a filled flat, the neighbour one step closer to its outlet: (cell, step length m), or (-1, 0)."""
        W, H = self.W, self.H
        get = self.filled
        fd = self.flat_distance(r, c)
        if fd <= 0:
            return -1, 0.0
        e = get(r, c)
        dists = (self._dx, self._dy, self._dd)
        for dr, dc, kind in _OFFSETS:
            rr = r + dr
            cc = c + dc
            if rr < 0 or rr >= H or cc < 0 or cc >= W:
                continue
            if self.flat_distance(rr, cc) == fd - 1 and self._in_region(rr, cc) and get(rr, cc) == e:
                return rr * W + cc, dists[kind][r]
        return -1, 0.0

    def _dead_end(self, g: int, edge: bool, nod: bool, flooded: bool):
        """End reason at cell ``g`` without a lower neighbour, or None once a flood has found the way on."""
        if edge:
            return END_EDGE
        if nod:
            return END_NODATA
        if flooded:  # pragma: no cover - every flooded cell drains to the outlet
            return END_PIT
        if not self._flood(g):
            return END_PIT
        return None

    def _result(self, lon, lat, rows, cols, z, zc, fd, reason, n_dep) -> FlowPath:
        """The FlowPath of the cells (rows, cols) with their elevation, filled elevation, flat distance."""
        from pyproj import Geod

        xy = self.dem.rowcol_to_xy(rows, cols)
        ll = self.dem.to_lonlat(xy)
        length = float(Geod(ellps="WGS84").line_length(ll[:, 0], ll[:, 1])) if len(ll) > 1 else 0.0
        fp = FlowPath(
            start_lonlat=(float(lon), float(lat)),
            rows=rows,
            cols=cols,
            xy=xy,
            lonlat=ll,
            z=z,
            z_filled=zc,
            flat_distance=fd,
            length_m=length,
            drop_m=float(z[0] - z[-1]),
            end_reason=reason,
            n_depressions=n_dep,
            max_fill_m=float(np.max(zc - z)) if len(z) else 0.0,
        )
        if reason == END_RIVER:
            idx, q, d = self._nearest_reach(float(ll[-1, 0]), float(ll[-1, 1]))
            fp.river_index, fp.river_lonlat, fp.river_offset_m = idx, q, d
        if len(z) > 1 and fp.drop_m <= 0 and reason != END_RIVER:
            fp.warnings.append(
                tr(
                    "The flow path from {lon} E, {lat} N has no drop: the DEM is flat there, so the "
                    "path only follows the shortest route off the flat ({reason})."
                ).format(lon=num(lon, 5), lat=num(lat, 5), reason=reason)
            )
        return fp

    def close(self) -> None:
        self.dem.close()
        if self._mask_ds is not None:
            self._mask_ds.close()
            self._mask_ds = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def trace_flow_paths(
    dem_path,
    start_lonlat,
    rivers=None,
    max_length_m: float | None = None,
    river_tolerance_m: float = 0.0,
    river_mask=None,
    max_fill_depth_m: float | None = None,
    cache_mb: float | None = None,
    feedback=None,
    on_error: str = "warn",
    engine: str = "auto",
) -> list:
    """Flow paths from each lon/lat start point (an (n, 2) array) over ``dem_path``.

    Returns a list with one :class:`FlowPath` per point, or None for a point outside the DEM or on
    nodata when ``on_error == "warn"`` (a warning says which and why); ``"raise"`` raises the
    TailingsError instead. See :class:`FlowPathRouter` for the other parameters.
    """
    fb = ensure_feedback(feedback)
    pts = np.asarray(start_lonlat, dtype=float).reshape(-1, 2)
    out: list = []
    with FlowPathRouter(
        dem_path,
        rivers=rivers,
        river_mask=river_mask,
        river_tolerance_m=river_tolerance_m,
        max_fill_depth_m=max_fill_depth_m,
        cache_mb=cache_mb,
        feedback=fb,
        engine=engine,
    ) as router:
        n = len(pts)
        for i, (lon, lat) in enumerate(pts.tolist()):
            check_cancel(fb)
            try:
                fp = router.trace(lon, lat, max_length_m=max_length_m)
            except TailingsError as exc:
                if on_error == "raise":
                    raise
                fb.pushWarning(tr("Point {i}: {msg}").format(i=i, msg=str(exc)))
                out.append(None)
            else:
                for w in fp.warnings:
                    fb.pushWarning(w)
                out.append(fp)
            fb.setProgress(100.0 * (i + 1) / max(n, 1))
    return out
