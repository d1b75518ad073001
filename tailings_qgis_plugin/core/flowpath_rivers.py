"""River cells of the overland flow-path router (:mod:`core.flowpath`): where a path ends.

Reach polylines are rasterised onto the DEM grid (densified at <= 1/3 cell, always including the
4-neighbours of the cells a reach crosses, so a diagonal D8 step cannot jump over a reach, plus every cell
within the river tolerance); a river-mask raster on the DEM grid is read block by block when a path first
needs it. The nearest reach to the end of a path is found in a local equirectangular metric and its
distance measured on the WGS 84 ellipsoid (pyproj ``Geod``).

rasterio, pyproj and shapely are imported inside the methods that need them.
"""

from __future__ import annotations

import math

from .common import TailingsError, tr
from .dem import BLOCK_MASK, BLOCK_SHIFT
from .lazy import np


def _as_lines(rivers) -> tuple[list, list]:
    """Reach polylines as a list of (n, 2) lon/lat arrays (MultiLineStrings are split; order kept)."""
    out: list[np.ndarray] = []
    owner: list[int] = []
    if rivers is None:
        return out, owner
    for k, geom in enumerate(rivers):
        parts = []
        if geom is None:
            continue
        gtype = getattr(geom, "geom_type", None)
        if gtype == "LineString":
            parts = [np.asarray(geom.coords, dtype=float)[:, :2]]
        elif gtype == "MultiLineString":
            parts = [np.asarray(p.coords, dtype=float)[:, :2] for p in geom.geoms]
        elif gtype is not None:
            raise TailingsError(tr("River reach {k} is a {t}, not a line.").format(k=k, t=gtype))
        else:
            arr = np.asarray(geom, dtype=float)
            if arr.ndim != 2 or arr.shape[1] < 2:
                raise TailingsError(tr("River reach {k} is not an (n, 2) array of lon/lat.").format(k=k))
            parts = [arr[:, :2]]
        for p in parts:
            if len(p) >= 1 and np.isfinite(p).all():
                out.append(p)
                owner.append(k)
    return out, owner


class RiverCells:
    """River cells of :class:`core.flowpath.FlowPathRouter` (a mixin: the router sets ``dem``, ``W``,
    ``H``, ``river_tolerance_m``, ``_rmask``, ``_mask_ds``, ``_mask_seen``, ``_lines`` and ``_line_owner``).
    """

    # --- rivers -----------------------------------------------------------------
    def _mark(self, rows: np.ndarray, cols: np.ndarray) -> None:
        keys = (rows >> BLOCK_SHIFT) * self.dem._nbx + (cols >> BLOCK_SHIFT)
        idx = ((rows & BLOCK_MASK) << BLOCK_SHIFT) | (cols & BLOCK_MASK)
        order = np.argsort(keys, kind="stable")
        keys, idx = keys[order], idx[order]
        bounds = np.flatnonzero(np.diff(keys)) + 1
        for ks, ix in zip(np.split(keys, bounds), np.split(idx, bounds)):
            if len(ks) == 0:
                continue
            m = self._rmask.get(int(ks[0]))
            if m is None:
                m = self._rmask[int(ks[0])] = bytearray(1 << (2 * BLOCK_SHIFT))
            for i in ix.tolist():
                m[i] = 1

    def _rasterise_rivers(self) -> None:
        """Mark the cells each reach crosses (densified at <= 1/3 cell), then dilate."""
        t = self.dem.transform
        rows_all, cols_all = [], []
        for line in self._lines:
            xy = self.dem.to_dem_xy(line)
            fc = (xy[:, 0] - t.c) / t.a
            fr = (xy[:, 1] - t.f) / t.e
            if len(fc) == 1:
                pr, pc = fr, fc
            else:
                steps = np.maximum(
                    1, np.ceil(np.maximum(np.abs(np.diff(fc)), np.abs(np.diff(fr))) * 3)
                ).astype(int)
                pr = [fr[:1]]
                pc = [fc[:1]]
                for i, n in enumerate(steps.tolist()):
                    f = np.arange(1, n + 1) / n
                    pr.append(fr[i] + f * (fr[i + 1] - fr[i]))
                    pc.append(fc[i] + f * (fc[i + 1] - fc[i]))
                pr = np.concatenate(pr)
                pc = np.concatenate(pc)
            r = np.floor(pr).astype(np.int64)
            c = np.floor(pc).astype(np.int64)
            # keep a one-cell margin outside the raster so that dilation reaches edge cells
            ok = (r >= -1) & (r <= self.H) & (c >= -1) & (c <= self.W)
            rows_all.append(r[ok])
            cols_all.append(c[ok])
        if not rows_all:
            return
        r = np.concatenate(rows_all)
        c = np.concatenate(cols_all)
        if len(r) == 0:
            return
        flat = np.unique((r + 1) * (self.W + 2) + (c + 1))
        r = flat // (self.W + 2) - 1
        c = flat % (self.W + 2) - 1
        rc = np.clip(r, 0, self.H - 1)
        rr, cc = self._dilate_any(r, c, rc)
        if len(rr):
            self._mark(rr, cc)

    def _dilate_any(self, r, c, rclip):
        tol = self.river_tolerance_m
        dx = self.dem.dx[rclip]
        dy = self.dem.dy[rclip]
        kx = max(1, math.ceil(tol / float(self.dem.dx.min()))) if tol > 0 else 1
        ky = max(1, math.ceil(tol / float(self.dem.dy.min()))) if tol > 0 else 1
        out_r, out_c = [], []
        for di in range(-ky, ky + 1):
            for dj in range(-kx, kx + 1):
                if abs(di) + abs(dj) <= 1:
                    sel = np.ones(len(r), bool)
                else:
                    sel = (di * dy) ** 2 + (dj * dx) ** 2 <= tol * tol
                if sel.any():
                    out_r.append(r[sel] + di)
                    out_c.append(c[sel] + dj)
        rr = np.concatenate(out_r)
        cc = np.concatenate(out_c)
        ok = self.dem.inside(rr, cc)
        flat = np.unique(rr[ok] * self.W + cc[ok])
        return flat // self.W, flat % self.W

    def _open_mask(self, river_mask) -> None:
        import rasterio

        try:
            ds = rasterio.open(str(river_mask))
        except Exception as exc:
            raise TailingsError(
                tr("Cannot open the river mask {path}: {err}").format(path=river_mask, err=exc)
            ) from exc
        if ds.width != self.W or ds.height != self.H or not ds.transform.almost_equals(self.dem.transform):
            ds.close()
            raise TailingsError(
                tr("The river mask {path} is not on the DEM grid; resample it onto the DEM first.").format(
                    path=river_mask
                )
            )
        self._mask_ds = ds

    def _mask_block(self, key: int) -> None:
        """Read one block of the river mask raster into the river cells (once)."""
        from rasterio.windows import Window

        self._mask_seen.add(key)
        bi, bj = divmod(key, self.dem._nbx)
        r0, c0 = bi << BLOCK_SHIFT, bj << BLOCK_SHIFT
        h = min(1 << BLOCK_SHIFT, self.H - r0)
        w = min(1 << BLOCK_SHIFT, self.W - c0)
        data = self._mask_ds.read(1, window=Window(c0, r0, w, h))
        nd = self._mask_ds.nodata
        on = data != 0
        if nd is not None:
            on &= data != nd
        rr, cc = np.nonzero(on)
        if len(rr):
            rr = rr.astype(np.int64) + r0
            cc = cc.astype(np.int64) + c0
            rr, cc = self._dilate_any(rr, cc, rr)
            self._mark(rr, cc)

    def is_river(self, r: int, c: int) -> bool:
        key = (r >> BLOCK_SHIFT) * self.dem._nbx + (c >> BLOCK_SHIFT)
        if self._mask_ds is not None and key not in self._mask_seen:
            self._mask_block(key)
        m = self._rmask.get(key)
        return m is not None and m[((r & BLOCK_MASK) << BLOCK_SHIFT) | (c & BLOCK_MASK)] == 1

    def _nearest_reach(self, lon: float, lat: float):
        """(index, (lon, lat), distance_m) of the reach nearest to a point, or (None, None, None)."""
        if not self._lines:
            return None, None, None
        from pyproj import Geod
        from shapely.geometry import LineString, Point

        k = math.cos(math.radians(lat))
        best = (math.inf, None, None)
        for i, line in enumerate(self._lines):
            # local equirectangular metric around the point (only to choose the reach and the point)
            xy = np.column_stack([(line[:, 0] - lon) * k, line[:, 1] - lat])
            if len(xy) == 1:
                d, q = float(np.hypot(*xy[0])), xy[0]
            else:
                ls = LineString(xy)
                d = ls.distance(Point(0.0, 0.0))
                p = ls.interpolate(ls.project(Point(0.0, 0.0)))
                q = (p.x, p.y)
            if d < best[0]:
                best = (d, i, (q[0] / k + lon, q[1] + lat))
        _, i, q = best
        dist = Geod(ellps="WGS84").inv(lon, lat, q[0], q[1])[2]
        return self._line_owner[i], q, float(dist)
