"""Vectorised helpers and the grid spatial index over packed polylines used by the river network.

:func:`cluster_points` joins reach ends within a tolerance; :class:`LineIndex` answers "nearest line within a
radius" for many query points at once.
"""

from __future__ import annotations

from .common import check_cancel
from .geodesy import (
    geodesic_distance_m,
    local_factors,
    local_xy,
    project_to_segments,
)
from .lazy import np, optional_module, optional_module_tried

_DEG_M = 111_320.0  # metres per degree of latitude, rough: only used to size grid cells and windows
_GRID_BIG = 1 << 24  # offset of grid cell numbers in the int64 cell keys of LineIndex

#: how :meth:`LineIndex.nearest` measures candidates: ``"auto"`` (compiled with numba when it is installed
#: and the index is large, see :data:`COMPILED_FROM_PARTS`; :mod:`.network_kernels`), ``"numba"`` or
#: ``"arrays"`` (numpy only); the answers are the same
ENGINE = "auto"
#: indexes with fewer parts use the array version under ``"auto"`` unless numba is loaded already:
#: importing it costs 0.2-0.4 s, more than a whole search on a small network (the 448 sample reaches)
COMPILED_FROM_PARTS = 100_000
_KERNELS_MODULE = __name__.rsplit(".", 1)[0] + ".network_kernels"


def _wants_compiled(n_parts):
    """Whether an index of ``n_parts`` parts searches with the compiled kernels (see :data:`ENGINE`)."""
    if ENGINE == "arrays":
        return False
    return ENGINE != "auto" or n_parts >= COMPILED_FROM_PARTS or optional_module_tried(_KERNELS_MODULE)


def _kernels_for(n_parts):
    """The compiled kernels for an index of ``n_parts`` parts, or None for the array version."""
    return _compiled() if _wants_compiled(n_parts) else None


def load_compiled_in_background(n_parts):
    """Start importing numba and the kernels in a background thread when an index of about ``n_parts``
    parts will use the compiled search: 0.2-0.4 s of mostly Python work that then overlaps the caller's
    array work (which releases the GIL) instead of delaying the first search."""
    if optional_module_tried(_KERNELS_MODULE) or not _wants_compiled(n_parts):
        return
    import threading

    threading.Thread(target=_compiled, name="numba-load", daemon=True).start()


def _compiled():
    """The compiled kernels (:mod:`.network_kernels`) when :data:`ENGINE` allows them and numba loads."""
    if ENGINE == "arrays":
        return None
    return optional_module(_KERNELS_MODULE)


# =========================================================================================================
# Small vectorised helpers
# =========================================================================================================
def _expand_ranges(lo, hi):
    """For ranges [lo_i, hi_i): (owner index per element, element values), vectorised."""
    lo = np.asarray(lo, dtype=np.int64)
    counts = np.maximum(np.asarray(hi, dtype=np.int64) - lo, 0)
    return _runs(np.arange(lo.size, dtype=np.int64), 0, counts), _range_values(lo, counts)


def _range_values(lo, counts):
    """The values of the ranges [lo_i, lo_i + counts_i), one range after the other (vectorised; the
    element values of :func:`_expand_ranges` without their owners; a negative count is an empty range)."""
    return _runs(np.asarray(lo, dtype=np.int64), 1, counts)


def _runs(first, step, counts):
    """``first_i, first_i + step, ...`` (``counts_i`` values) for every i, one run after the other, as int64.

    One running sum over the output: every element adds ``step`` to the one before, except the first of
    each run, which jumps from the last value of the run before to its own first value. Two passes over the
    output instead of the four of ``arange - repeat(...)``, and no per-run repeat."""
    counts = np.asarray(counts, dtype=np.int64)
    keep = counts > 0
    if not keep.all():
        first = first[keep]
        counts = counts[keep]
    if not counts.size:
        return np.zeros(0, dtype=np.int64)
    ends = np.cumsum(counts)
    d = np.full(int(ends[-1]), step, dtype=np.int64)
    d[0] = first[0]
    d[ends[:-1]] = first[1:] - (first[:-1] + step * (counts[:-1] - 1))
    return np.cumsum(d, out=d)


def _connected_labels(n, p, q):
    """Connected-component labels (smallest member index) of n items linked by pairs (p, q)."""
    lab = np.arange(n, dtype=np.int64)
    if len(p) == 0:
        return lab
    p = np.asarray(p, dtype=np.int64)
    q = np.asarray(q, dtype=np.int64)
    while True:
        m = np.minimum(lab[p], lab[q])
        old = lab.copy()
        np.minimum.at(lab, p, m)
        np.minimum.at(lab, q, m)
        while True:  # pointer jumping
            nxt = lab[lab]
            if np.array_equal(nxt, lab):
                break
            lab = nxt
        if np.array_equal(lab, old):
            return lab


def insert_rows_sorted(a, pos, values):
    """``np.insert(a, pos, values, axis=0)`` for non-decreasing ``pos``: the rows are copied run by run
    between insert positions (a few cuts in ten million vertices: one pass instead of boolean masks over
    the whole array)."""
    pos = np.asarray(pos, dtype=np.int64)
    values = np.asarray(values, dtype=a.dtype).reshape((pos.size,) + a.shape[1:])
    out = np.empty((a.shape[0] + pos.size,) + a.shape[1:], dtype=a.dtype)
    src = np.r_[0, pos, a.shape[0]]
    dst = src[:-1] + np.arange(pos.size + 1)  # where each run of old rows starts in ``out``
    for k in range(pos.size + 1):
        out[dst[k] : dst[k] + src[k + 1] - src[k]] = a[src[k] : src[k + 1]]
        if k < pos.size:
            out[dst[k] + src[k + 1] - src[k]] = values[k]
    return out


def _point_keys(lon, lat):
    """Exact-position int64 keys (1e-7 degree, about 1 cm) for lon/lat points."""
    xi = np.round((np.asarray(lon) + 360.0) * 1e7).astype(np.int64)
    yi = np.round((np.asarray(lat) + 90.0) * 1e7).astype(np.int64)
    return xi * np.int64(2_000_000_000) + yi


def _unique_points(lon, lat):
    """Points merged by exact position (int keys): ``(unique keys, first point of each, key per point)``."""
    ukeys, first, inverse = np.unique(_point_keys(lon, lat), return_index=True, return_inverse=True)
    return ukeys, first, inverse.reshape(-1)


def cluster_points(lon, lat, tol_m, loose=None, exact=None):
    """Group points closer than ``tol_m`` metres (transitively) into nodes.

    Points are first merged by exact position (int keys), then pairs closer than the tolerance are found by
    hashing the points into a grid of cell size ``tol_m`` and comparing only neighbouring cells.
    ``loose`` (bool per point, optional): only pairs with at least one loose point are searched (a network
    passes its loose ends: an end where no reach starts, a start where no reach ends).
    ``exact``: what :func:`_unique_points` returned for these points, when the caller has it already.
    Returns ``(node per point, pairs)`` where ``pairs`` is a list of ``(point_a, point_b, distance_m)`` that
    were joined although their positions differ.
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    n = lon.size
    if n == 0:
        return np.zeros(0, dtype=np.int64), []
    ukeys, first, inverse = _unique_points(lon, lat) if exact is None else exact
    m = ukeys.size
    pairs = []
    if tol_m > 0 and m > 1:
        ulon = lon[first]
        ulat = lat[first]
        cell = tol_m * 1.001
        y = ulat * _DEG_M
        x = ulon * _DEG_M * np.cos(np.radians(ulat))
        cx = np.floor(x / cell).astype(np.int64)
        cy = np.floor(y / cell).astype(np.int64)
        big = np.int64(1) << np.int64(31)
        ck = (cx + big) * (big * 2) + (cy + big)
        order = np.argsort(ck, kind="stable")
        sk = ck[order]
        # the query points in cell order: the neighbour-cell searches below then look up sorted keys (in
        # random order, each binary search misses the CPU cache)
        if loose is None:
            qidx = order
        else:
            lu = np.zeros(m, dtype=bool)
            lu[inverse[np.asarray(loose, dtype=bool)]] = True
            qidx = order[lu[order]]
        ps, qs = [], []
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                nk = (cx[qidx] + dx + big) * (big * 2) + (cy[qidx] + dy + big)
                lo = np.searchsorted(sk, nk, side="left")
                hi = np.searchsorted(sk, nk, side="right")
                a, pos = _expand_ranges(lo, hi)
                a = qidx[a]
                b = order[pos]
                keep = a != b
                ps.append(np.minimum(a, b)[keep])
                qs.append(np.maximum(a, b)[keep])
        p = np.concatenate(ps)
        q = np.concatenate(qs)
        if p.size:
            d = geodesic_distance_m(ulon[p], ulat[p], ulon[q], ulat[q])
            ok = d <= tol_m
            p, q, d = p[ok], q[ok], d[ok]
            if p.size:
                pq = np.unique(np.stack([p, q], axis=1), axis=0)
                p, q = pq[:, 0], pq[:, 1]
                d = geodesic_distance_m(ulon[p], ulat[p], ulon[q], ulat[q])
                lab = _connected_labels(m, p, q)
                pairs = [(int(first[a]), int(first[b]), float(dd)) for a, b, dd in zip(p, q, d)]
                return lab[inverse], pairs
    return inverse.astype(np.int64), pairs


# =========================================================================================================
# Spatial index over polylines
# =========================================================================================================
class LineIndex:
    """Grid index over packed polylines for nearest-line queries within a radius (metres).

    Each active line is cut into parts of at most ``part_segments`` segments; each part is registered in the
    grid cells its bounding box covers (cell size chosen from the typical part extent, enlarged until the
    number of entries stays below 8 per part). A query expands the grid cells within the radius, gathers
    candidate parts, filters them by bounding box and measures their segments in a local metric plane
    around the query point (vectorised over all queries). Results always name the line, not the part.
    """

    #: queries farther than this from any line get an approximate distance (see :meth:`nearest`)
    FAR_EXACT_M = 200_000.0

    #: lines are indexed in parts of at most this many segments, so that a query near a long reach measures
    #: only the parts near it, not the whole reach
    PART_SEGMENTS = 32

    def __init__(self, coords, offsets, active=None, part_segments=PART_SEGMENTS):
        self.coords = coords
        self.offsets = offsets
        n = offsets.size - 1
        nverts = np.diff(offsets)
        act = nverts >= 2 if active is None else (np.asarray(active, bool) & (nverts >= 2))
        self.lines = np.flatnonzero(act)
        self.n_lines = n
        if self.lines.size == 0:
            self.empty = True
            return
        self.empty = False
        # parts: consecutive runs of at most ``part_segments`` segments of the active lines (sharing their end
        # vertices); a part knows its line, first vertex and last vertex
        m = max(int(part_segments), 1)
        nseg = nverts[self.lines] - 1
        own, k = _expand_ranges(np.zeros(self.lines.size, np.int64), -(-nseg // m))
        self.p_line = self.lines[own]
        self.p_start = offsets[self.p_line] + k * m
        self.p_end = np.minimum(self.p_start + m, offsets[self.p_line + 1] - 1)
        # bounding boxes of parts: reduceat over [start, end + 1) (even slots of the interleaved indices)
        bounds = np.stack([self.p_start, self.p_end + 1], axis=1).reshape(-1)
        if bounds[-1] >= coords.shape[0]:
            bounds = bounds[:-1]  # the last part ends at the last vertex: its range runs to the end
        low = np.minimum.reduceat(coords, bounds, axis=0)[::2]
        high = np.maximum.reduceat(coords, bounds, axis=0)[::2]
        minx, maxx, miny, maxy = low[:, 0], high[:, 0], low[:, 1], high[:, 1]
        self.bbox = np.stack([minx, miny, maxx, maxy], axis=1)
        parts = np.arange(self.p_line.size)
        ext = np.maximum(maxx - minx, maxy - miny)
        cs = float(np.clip(np.median(ext) * 2.0, 0.005, 5.0))
        while True:
            ix0 = np.floor(minx / cs).astype(np.int64)
            ix1 = np.floor(maxx / cs).astype(np.int64)
            iy0 = np.floor(miny / cs).astype(np.int64)
            iy1 = np.floor(maxy / cs).astype(np.int64)
            w = ix1 - ix0 + 1
            h = iy1 - iy0 + 1
            cnt = w * h
            if cnt.sum() <= 8 * parts.size + 1000 or cs >= 45.0:
                break
            cs *= 2.0
        self.cs = cs
        owner, local = _expand_ranges(np.zeros(cnt.size, np.int64), cnt)
        ix = ix0[owner] + local % w[owner]
        iy = iy0[owner] + local // w[owner]
        self._ixr = (int(ix.min()), int(ix.max()))
        self._iyr = (int(iy.min()), int(iy.max()))
        keys = self._key(ix, iy)
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        self.entry_part = parts[owner[order]]
        n_cells = int(np.count_nonzero(np.r_[True, self.keys[1:] != self.keys[:-1]]))
        self.density = self.keys.size / max(n_cells, 1)  # entries per occupied cell

    @staticmethod
    def _key(ix, iy):
        big = np.int64(_GRID_BIG)
        return (ix + big) * (big * 2) + (iy + big)

    def _window(self, qlon, qlat, radius_m):
        """Grid window of each query for a search radius: ``(ix0, ix1, iy0, iy1, rlon, rlat)``."""
        rlat = np.broadcast_to(np.asarray(radius_m, dtype=float) / _DEG_M * 1.01 + 1e-9, qlon.shape)
        coslat = np.maximum(np.cos(np.radians(np.minimum(np.abs(qlat) + rlat, 89.9))), 0.01)
        rlon = rlat / coslat
        ix0 = np.maximum(np.floor((qlon - rlon) / self.cs).astype(np.int64), self._ixr[0])
        ix1 = np.minimum(np.floor((qlon + rlon) / self.cs).astype(np.int64), self._ixr[1])
        iy0 = np.maximum(np.floor((qlat - rlat) / self.cs).astype(np.int64), self._iyr[0])
        iy1 = np.minimum(np.floor((qlat + rlat) / self.cs).astype(np.int64), self._iyr[1])
        return ix0, ix1, iy0, iy1, rlon, rlat

    def _candidates(self, qlon, qlat, radius_m):
        """(query, part) candidate pairs, sorted by query, unique (parts: see ``__init__``)."""
        nq = qlon.size
        ix0, ix1, iy0, iy1, rlon, rlat = self._window(qlon, qlat, radius_m)
        w = np.maximum(ix1 - ix0 + 1, 0)
        h = np.maximum(iy1 - iy0 + 1, 0)
        qo, local = _expand_ranges(np.zeros(nq, np.int64), w * h)
        ix = ix0[qo] + local % np.maximum(w[qo], 1)
        iy = iy0[qo] + local // np.maximum(w[qo], 1)
        k = self._key(ix, iy)
        lo = np.searchsorted(self.keys, k, side="left")
        hi = np.searchsorted(self.keys, k, side="right")
        cell_owner, pos = _expand_ranges(lo, hi)
        q = qo[cell_owner]
        line = self.entry_part[pos]
        if q.size == 0:
            return q, line
        # a line found in several cells of the window is kept only in the first cell of the overlap of its
        # bounding box with the window (no sort needed to remove duplicates)
        cx = ix[cell_owner]
        cy = iy[cell_owner]
        lx0 = np.floor(self.bbox[line, 0] / self.cs).astype(np.int64)
        ly0 = np.floor(self.bbox[line, 1] / self.cs).astype(np.int64)
        first = (cx == np.maximum(lx0, ix0[q])) & (cy == np.maximum(ly0, iy0[q]))
        q, line = q[first], line[first]
        bb = self.bbox[line]
        ok = (
            (bb[:, 0] <= qlon[q] + rlon[q])
            & (bb[:, 2] >= qlon[q] - rlon[q])
            & (bb[:, 1] <= qlat[q] + rlat[q])
            & (bb[:, 3] >= qlat[q] - rlat[q])
        )
        return q[ok], line[ok]

    def candidate_lines(self, qlon, qlat, radius_m):
        """(query, line) pairs, unique: the lines with a part whose bounding box meets the query's search
        box of ``radius_m`` metres (every line within the radius is among them)."""
        qlon = np.asarray(qlon, dtype=float).reshape(-1)
        qlat = np.asarray(qlat, dtype=float).reshape(-1)
        none = np.zeros(0, np.int64)
        if self.empty or not qlon.size:
            return none, none
        q, part = self._candidates(qlon, qlat, np.full(qlon.size, float(radius_m)))
        if not q.size:
            return none, none
        pairs = np.unique(np.stack([q, self.p_line[part]], axis=1), axis=0)
        return pairs[:, 0].astype(np.int64), pairs[:, 1].astype(np.int64)

    def nearest(self, qlon, qlat, radius_m, exclude=None, expand=False, feedback=None):
        """Nearest line to each query point within ``radius_m`` metres.

        ``exclude``: optional per-query line index to ignore (-1 for none). With ``expand``, queries with no
        line within the radius are searched again within an upper bound of their distance to the nearest
        line (from representative vertices on a grid), so that the distance to the nearest line is always
        known: exactly up to ``FAR_EXACT_M`` (200 km), beyond that as the distance to the nearest
        representative vertex (an upper bound, too large by at most about one grid cell, with ``line`` -1).
        Returns a dict of arrays: ``line`` (-1 if none), ``segment`` (global vertex index of the segment
        start), ``t`` (fraction along the segment), ``lon``, ``lat`` (nearest point), ``distance_m``
        (ellipsoidal distance; inf if none).
        """
        qlon = np.asarray(qlon, dtype=float).reshape(-1)
        qlat = np.asarray(qlat, dtype=float).reshape(-1)
        nq = qlon.size
        out = {
            "line": np.full(nq, -1, dtype=np.int64),
            "segment": np.full(nq, -1, dtype=np.int64),
            "t": np.zeros(nq),
            "lon": np.full(nq, np.nan),
            "lat": np.full(nq, np.nan),
            "distance_m": np.full(nq, np.inf),
        }
        if self.empty or nq == 0:
            return out
        excl = None if exclude is None else np.asarray(exclude, dtype=np.int64).reshape(-1)
        todo = np.flatnonzero(np.isfinite(qlon) & np.isfinite(qlat))
        radius = float(radius_m)
        rad = np.full(nq, radius)
        full = np.full(nq, radius)
        # growing windows, from an eighth of a grid cell: a query whose nearest line lies within the current
        # search radius r is final (every line nearer than r has a part in the window), so only the others
        # are searched again with 4 r, up to the radius asked for; a 100 km snap distance then costs what the
        # local density needs, not a 200 x 200 km window of candidates per facility
        r = min(radius, self.cs * _DEG_M * 0.125)
        while todo.size:
            rad[todo] = r
            rdeg = r / _DEG_M
            cells = (2 * rdeg / self.cs + 2) * (2 * rdeg / (self.cs * 0.3) + 2)
            chunk = int(np.clip(2e6 / max(cells * self.density, 1.0), 1, 20000))
            for c0 in range(0, todo.size, chunk):
                check_cancel(feedback)
                self._nearest_chunk(todo[c0 : c0 + chunk], qlon, qlat, rad, excl, out, full)
            if r >= radius:
                break
            todo = todo[~np.isfinite(out["distance_m"][todo])]
            r = min(radius, 4.0 * r)
        rad = full
        todo = np.flatnonzero(np.isfinite(qlon) & np.isfinite(qlat))
        if expand:
            todo = todo[~np.isfinite(out["distance_m"][todo])]
            if todo.size:
                # an upper bound of the distance to the nearest line, then one exact search within it
                rad[todo] = self._upper_bound(qlon[todo], qlat[todo])
                # beyond FAR_EXACT_M the exact search would scan a huge window: report the distance to the
                # nearest representative vertex instead (an upper bound, within about one grid cell)
                far = todo[rad[todo] > self.FAR_EXACT_M]
                out["distance_m"][far] = (rad[far] - 1.0) / 1.006
                todo = todo[rad[todo] <= self.FAR_EXACT_M]
                todo = todo[np.argsort(rad[todo])]
                for c0 in range(0, todo.size, 64):
                    check_cancel(feedback)
                    self._nearest_chunk(todo[c0 : c0 + 64], qlon, qlat, rad, excl, out)
        return out

    def _upper_bound(self, qlon, qlat):
        """Upper bound (m) of the distance to the nearest line: the distance to the nearest *representative
        vertex* (one real vertex per occupied grid cell, from every 4th vertex and every last vertex of the
        lines), by haversine on the mean sphere + 0.6 % for the ellipsoid (always >= the geodesic)."""
        if not hasattr(self, "_reps"):
            v = np.unique(np.concatenate([np.arange(0, self.coords.shape[0], 4), self.offsets[1:] - 1]))
            v = v[(v >= 0) & (v < self.coords.shape[0])]
            owner = np.searchsorted(self.offsets, v, side="right") - 1
            act = np.zeros(self.n_lines, dtype=bool)
            act[self.lines] = True
            v = v[act[owner]]
            k = self._key(
                np.floor(self.coords[v, 0] / self.cs).astype(np.int64),
                np.floor(self.coords[v, 1] / self.cs).astype(np.int64),
            )
            _, first = np.unique(k, return_index=True)
            self._reps = np.radians(self.coords[v[first]])
        rl, rp = self._reps[:, 0][None, :], self._reps[:, 1][None, :]
        cp = np.cos(rp)
        out = np.empty(qlon.size)
        r = 6_371_008.8  # mean Earth radius (IUGG)
        step = max(1, int(4e6 // max(rl.size, 1)))
        for a in range(0, qlon.size, step):
            lo = np.radians(qlon[a : a + step])[:, None]
            la = np.radians(qlat[a : a + step])[:, None]
            h = np.sin((rp - la) / 2) ** 2 + np.cos(la) * cp * np.sin((rl - lo) / 2) ** 2
            d = 2 * r * np.arcsin(np.sqrt(np.minimum(h.min(axis=1), 1.0)))
            out[a : a + step] = d * 1.006 + 1.0
        return out

    def _nearest_arrays(self, sub, qlon, qlat, rad, excl, tie_rad):
        """Nearest segment of the queries ``sub`` within ``rad`` as arrays over all candidate pairs:
        ``(query positions in sub, part, segment, t)`` of the queries that have a candidate, or None."""
        radius = rad[sub]
        q, line = self._candidates(qlon[sub], qlat[sub], radius)
        if excl is not None and q.size:
            keep = self.p_line[line] != excl[sub][q]
            q, line = q[keep], line[keep]
        if q.size == 0:
            return
        # prune: keep lines whose bounding box may be nearer than the nearest first vertex of any candidate
        ql = qlon[sub][q]
        qb = qlat[sub][q]
        bb = self.bbox[line]
        cos_min = np.cos(np.radians(np.minimum(np.maximum(np.abs(bb[:, 1]), np.abs(bb[:, 3])), 89.9)))
        cos_min = np.minimum(cos_min, np.cos(np.radians(np.abs(qb))))
        dxd = np.maximum(np.maximum(bb[:, 0] - ql, ql - bb[:, 2]), 0.0)
        dyd = np.maximum(np.maximum(bb[:, 1] - qb, qb - bb[:, 3]), 0.0)
        lower = 0.99 * np.hypot(dxd * 110_500.0 * cos_min, dyd * 110_500.0)
        qfx, qfy = local_factors(qlat[sub])
        fx, fy = local_xy(
            self.coords[self.p_start[line], 0], self.coords[self.p_start[line], 1], ql, qb, (qfx[q], qfy[q])
        )
        upper = 1.1 * np.hypot(fx, fy) + 1.0
        ub = np.full(sub.size, np.inf)
        np.minimum.at(ub, q, upper)
        keep = lower <= ub[q]
        q, line = q[keep], line[keep]
        s0 = self.p_start[line]
        s1 = self.p_end[line]  # segments s0 .. s1-1
        owner, seg = _expand_ranges(s0, s1)
        if seg.size == 0:
            return
        qq = q[owner]  # non-decreasing
        lon0 = qlon[sub][qq]
        lat0 = qlat[sub][qq]
        fac = (qfx[qq], qfy[qq])
        ax, ay = local_xy(self.coords[seg, 0], self.coords[seg, 1], lon0, lat0, fac)
        bx, by = local_xy(self.coords[seg + 1, 0], self.coords[seg + 1, 1], lon0, lat0, fac)
        t, _, _, d2 = project_to_segments(0.0, 0.0, ax, ay, bx, by)
        gstart = np.flatnonzero(np.r_[True, qq[1:] != qq[:-1]])
        gmin = np.minimum.reduceat(d2, gstart)
        gsize = np.diff(np.r_[gstart, qq.size])
        hit = np.flatnonzero(d2 <= np.repeat(gmin, gsize))
        # ties (a point as near to the end of one reach as to the start of the next) go to the first candidate
        # in the order a single search with the radius ``tie_rad`` lists them (grid row, column, part, segment;
        # see _candidates), whatever window found them: growing windows give the answer one search gives
        tr_ = rad if tie_rad is None else tie_rad
        ix0, _, iy0, _, _, _ = self._window(qlon[sub], qlat[sub], tr_[sub])
        hp = line[owner[hit]]
        hq = qq[hit]
        kx = np.maximum(np.floor(self.bbox[hp, 0] / self.cs).astype(np.int64), ix0[hq])
        ky = np.maximum(np.floor(self.bbox[hp, 1] / self.cs).astype(np.int64), iy0[hq])
        hit = hit[np.lexsort((seg[hit], hp, kx, ky, hq))]
        firsts = hit[np.r_[True, qq[hit][1:] != qq[hit][:-1]]]
        return qq[firsts], line[owner[firsts]], seg[firsts], t[firsts]

    def _nearest_compiled(self, kernels, sub, qlon, qlat, rad, excl, tie_rad):
        """:meth:`_nearest_arrays` by the compiled kernel (:mod:`.network_kernels`): the same answer."""
        # queries in grid order: neighbouring queries read the same cells, parts and vertices from the CPU
        # cache (in random order, every query waits on memory)
        order = np.argsort(self._key(np.floor(qlon[sub] / self.cs), np.floor(qlat[sub] / self.cs)))
        sub = sub[order]
        ql = np.ascontiguousarray(qlon[sub])
        qb = np.ascontiguousarray(qlat[sub])
        ix0, ix1, iy0, iy1, rlon, rlat = self._window(ql, qb, rad[sub])
        tx0, _, ty0, _, _, _ = self._window(ql, qb, (rad if tie_rad is None else tie_rad)[sub])
        qfx, qfy = local_factors(qb)
        ex = np.full(sub.size, -1, np.int64) if excl is None else np.ascontiguousarray(excl[sub], np.int64)
        part = np.empty(sub.size, np.int64)
        seg = np.empty(sub.size, np.int64)
        t = np.empty(sub.size)
        c = np.ascontiguousarray
        kernels.nearest_segments(
            ql, qb, c(qfx, float), c(qfy, float), ex,
            ix0, ix1, iy0, iy1, c(rlon, float), c(rlat, float), tx0, ty0,
            self.keys, self.entry_part, *self._entries(), self.p_start, self.p_end, self.p_line,
            self._ccoords(), _GRID_BIG,
            part, seg, t,
        )  # fmt: skip
        qi = np.flatnonzero(part >= 0)
        return order[qi], part[qi], seg[qi], t[qi]

    def _entries(self):
        """Bounding box (float64) and lower-corner grid cell (int32) of every entry's part, in entry order:
        what the compiled search reads per entry, laid out in the order it reads them (made once)."""
        if getattr(self, "_entry_arrays", None) is None:
            box = self.bbox[self.entry_part]
            cell = np.floor(box[:, :2] / self.cs).astype(np.int32)
            self._entry_arrays = (box, cell)
        return self._entry_arrays

    def _ccoords(self):
        if getattr(self, "_contiguous", None) is None:
            self._contiguous = np.ascontiguousarray(self.coords, dtype=float)
        return self._contiguous

    def _nearest_chunk(self, sub, qlon, qlat, rad, excl, out, tie_rad=None):
        kernels = _kernels_for(self.p_line.size)
        if kernels is not None:
            found = self._nearest_compiled(kernels, sub, qlon, qlat, rad, excl, tie_rad)
        else:
            found = self._nearest_arrays(sub, qlon, qlat, rad, excl, tie_rad)
        if found is None:
            return
        qi, part, sg, tt = found
        radius = rad[sub]
        gi = sub[qi]
        p = self.coords[sg] + tt[:, None] * (self.coords[sg + 1] - self.coords[sg])
        d = geodesic_distance_m(qlon[gi], qlat[gi], p[:, 0], p[:, 1])
        ok = (d <= radius[qi]) & (d < out["distance_m"][gi])
        gi = gi[ok]
        out["line"][gi] = self.p_line[part[ok]]
        out["segment"][gi] = sg[ok]
        out["t"][gi] = tt[ok]
        out["lon"][gi] = p[ok, 0]
        out["lat"][gi] = p[ok, 1]
        out["distance_m"][gi] = d[ok]


class IndexBuild:
    """A :class:`LineIndex` built in a background thread, with the compiled search loaded (numba imported,
    the kernel's entry arrays laid out) when it is available. Building an index is array work that releases
    the GIL, so the caller's own array work runs meanwhile on the other core; :meth:`result` waits for the
    index and raises the thread's error, if any."""

    def __init__(self, coords, offsets, active):
        import threading

        self._index = None
        self._error = None
        self._thread = threading.Thread(
            target=self._run, args=(coords, offsets, active), name="line-index", daemon=True
        )
        self._thread.start()

    def _run(self, coords, offsets, active):
        try:
            index = LineIndex(coords, offsets, active)
            if not index.empty and _kernels_for(index.p_line.size) is not None:
                index._entries()
                index._ccoords()
            self._index = index
        except BaseException as e:  # raised again by result(), in the caller's thread
            self._error = e

    def result(self) -> LineIndex:
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._index
