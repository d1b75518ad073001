"""Directed river network built once from reach polylines (lon/lat), for fast downstream tracing.

Public API
----------
- :meth:`RiverNetwork.build_from_digitised` (lines, node_tolerance_m): flow follows the digitising direction.
- :meth:`RiverNetwork.build_from_ids` (lines, reach_ids, downstream_ids): HydroRIVERS convention
  (``NEXT_DOWN`` = 0 or None at an outlet, Lehner & Grill 2013); each reach is oriented by the geometry
  of its neighbours, so digitising direction does not matter.
- :meth:`RiverNetwork.build_from_dem` (lines, elevation_sampler, node_tolerance_m): a reach whose first
  vertex is lower than its last is reversed.
- :class:`LineIndex`: grid index over polylines for "nearest line within a radius" queries (vectorised).
- :class:`NetworkReport`: what was assumed or found wrong (tolerance joins, dangling ends, cycles,
  components, bifurcations, invalid lines, ...).

Input lines
-----------
``lines`` is a list with one item per reach (feature): a ``(k, 2)`` lon/lat array, or a list of such arrays
for a multipart line, or None for a missing geometry. It may also be a packed ``(coords, offsets)`` tuple.
**Multipart lines are merged here**: parts are chained greedily, nearest end to nearest end (reversing a
part when needed) starting from the first part, and gaps between parts are bridged by a straight segment;
gaps wider than the node tolerance are reported (``multipart_gaps``). Results always refer to the input
index of the reach (``reach`` = position in ``lines``).

Internals
---------
Reaches are cut into *edges* where another reach joins them mid-line (the end point of a tributary lies on
the interior of the main river within the node tolerance, or, in id mode, the downstream reach is entered
away from its first vertex). Each edge knows its parent reach and the chainage of its start in the parent.
Lakes may be given as polygons (lon/lat shapely). A reach whose downstream end lies in a lake (within
``lake_tolerance_m``) and that has no downstream reach ends in a *terminal lake* (inland sink: Balkhash, Aral,
Caspian); with ``kinds`` not given, a reach whose middle vertex lies in a lake is of kind lake. For networks
split at lakes without lake centre-lines, ``link_through_lakes=True`` connects such a reach with a reach that
starts inside the same lake polygon and does not end in it again (the outflow) through a *virtual* straight
edge of kind lake (parent -1, marked assumed in pathways). It is off by default: on grid-derived networks
(HydroSHEDS) many tributaries rise near a lake shore and would be mistaken for outflows.
Downstream links between edges are stored as CSR arrays (``down_ptr``, ``down_idx``). Endpoint matching uses
integer keys and grid hashing (sorting), never an all-pairs loop. Cycles (reaches flowing into each other)
are reported and broken at one link each, so that no walk can loop.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from .common import TailingsError, check_cancel, ensure_feedback, tr
from .geodesy import (
    geodesic_distance_m,
    local_factors,
    local_xy,
    pack_lines,
    packed_segment_lengths_m,
    project_to_segments,
    segment_lengths_m,
)

RIVER = 0
LAKE = 1
KIND_NAMES = ("river", "lake")

_DEG_M = 111_320.0  # metres per degree of latitude, rough: only used to size grid cells and windows


# =========================================================================================================
# Report
# =========================================================================================================
@dataclass
class NetworkReport:
    """Diagnostics of a network build. Reach numbers are input indices (position in ``lines``)."""

    n_reaches: int = 0
    n_valid: int = 0
    direction: str = ""
    invalid: list = field(default_factory=list)  #: (reach, reason)
    multipart_gaps: list = field(default_factory=list)  #: (reach, largest gap in m)
    joined_by_tolerance: list = field(
        default_factory=list
    )  #: dicts reach_a, end_a, reach_b, end_b, distance_m, lon, lat
    midline_joins: list = field(
        default_factory=list
    )  #: dicts reach, into_reach, chainage_m, distance_m, lon, lat
    starts_on_line: list = field(
        default_factory=list
    )  #: dicts reach, on_reach, distance_m, lon, lat (not linked)
    dangling_ends: list = field(
        default_factory=list
    )  #: dicts reach, lon, lat (outlets that are not in a lake)
    terminal_lakes: list = field(default_factory=list)  #: dicts reach, lake, lon, lat (outlets in a lake)
    lake_links: list = field(default_factory=list)  #: (reach_in, lake, reach_out)
    cycles: list = field(default_factory=list)  #: lists of reaches that flow into each other
    cut_links: list = field(default_factory=list)  #: (reach_from, reach_to) removed to break cycles
    bifurcations: list = field(default_factory=list)  #: reaches with two or more downstream reaches
    missing_downstream: list = field(default_factory=list)  #: (reach, downstream id not found)
    duplicate_ids: list = field(default_factory=list)  #: reaches whose id repeats an earlier one
    reversed_reaches: list = field(default_factory=list)  #: reaches reversed (DEM or id-mode geometry)
    ambiguous_direction: list = field(default_factory=list)  #: DEM: equal or nodata elevations at both ends
    component: np.ndarray = field(
        default_factory=lambda: np.zeros(0, dtype=np.int64)
    )  #: per reach, -1 invalid
    n_components: int = 0

    def counts(self) -> dict:
        """Number of items in each category (for logs and tests)."""
        return {
            "reaches": self.n_reaches,
            "valid": self.n_valid,
            "invalid": len(self.invalid),
            "multipart_gaps": len(self.multipart_gaps),
            "joined_by_tolerance": len(self.joined_by_tolerance),
            "midline_joins": len(self.midline_joins),
            "starts_on_line": len(self.starts_on_line),
            "dangling_ends": len(self.dangling_ends),
            "terminal_lakes": len(self.terminal_lakes),
            "lake_links": len(self.lake_links),
            "cycles": len(self.cycles),
            "bifurcations": len(self.bifurcations),
            "missing_downstream": len(self.missing_downstream),
            "duplicate_ids": len(self.duplicate_ids),
            "reversed": len(self.reversed_reaches),
            "ambiguous_direction": len(self.ambiguous_direction),
            "components": self.n_components,
        }

    def summary_lines(self) -> list:
        """Translated one-line messages, one per non-empty category."""
        c = self.counts()
        out = [
            tr(
                "{valid} of {reaches} reaches are valid lines; {components} separate drainage systems."
            ).format(**c)
        ]
        texts = {
            "invalid": tr("{n} reaches are empty, zero-length or invalid lines and were ignored."),
            "multipart_gaps": tr(
                "{n} multipart reaches had gaps between parts, bridged by straight segments."
            ),
            "joined_by_tolerance": tr("{n} reach ends were joined within the node tolerance."),
            "midline_joins": tr("{n} reaches join another reach mid-line; it was split there."),
            "starts_on_line": tr("{n} reaches start on the interior of another reach (not linked)."),
            "dangling_ends": tr("{n} reaches end without a downstream reach and outside any lake."),
            "terminal_lakes": tr("{n} reaches end in a lake without outflow (terminal lake)."),
            "lake_links": tr("{n} links through lakes were added (reach ending in a lake to its outflow)."),
            "cycles": tr(
                "{n} cycles (reaches flowing into each other) were found and broken at one link each."
            ),
            "bifurcations": tr("{n} reaches have two or more downstream reaches (bifurcations)."),
            "missing_downstream": tr(
                "{n} reaches point to a downstream id that does not exist; treated as outlets."
            ),
            "duplicate_ids": tr("{n} reaches repeat a reach id; only the first is linked to."),
            "reversed": tr("{n} reaches were reversed to run downstream."),
            "ambiguous_direction": tr(
                "{n} reaches have equal or missing elevations at both ends; digitised direction kept."
            ),
        }
        for key, text in texts.items():
            if c[key]:
                out.append(text.format(n=c[key]))
        return out


# =========================================================================================================
# Small vectorised helpers
# =========================================================================================================
def _expand_ranges(lo, hi):
    """For ranges [lo_i, hi_i): (owner index per element, element values), vectorised."""
    lo = np.asarray(lo, dtype=np.int64)
    counts = np.maximum(np.asarray(hi, dtype=np.int64) - lo, 0)
    total = int(counts.sum())
    owner = np.repeat(np.arange(lo.size, dtype=np.int64), counts)
    if total == 0:
        return owner, np.zeros(0, dtype=np.int64)
    starts = np.cumsum(counts) - counts
    vals = np.arange(total, dtype=np.int64) - np.repeat(starts - lo, counts)
    return owner, vals


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


def _isin_sorted(values, sorted_ref):
    """``np.isin`` for a sorted reference array (binary search)."""
    if sorted_ref.size == 0:
        return np.zeros(values.shape, dtype=bool)
    pos = np.minimum(np.searchsorted(sorted_ref, values), sorted_ref.size - 1)
    return sorted_ref[pos] == values


def _point_keys(lon, lat):
    """Exact-position int64 keys (1e-7 degree, about 1 cm) for lon/lat points."""
    xi = np.round((np.asarray(lon) + 360.0) * 1e7).astype(np.int64)
    yi = np.round((np.asarray(lat) + 90.0) * 1e7).astype(np.int64)
    return xi * np.int64(2_000_000_000) + yi


def cluster_points(lon, lat, tol_m, loose=None):
    """Group points closer than ``tol_m`` metres (transitively) into nodes.

    Points are first merged by exact position (int keys), then pairs closer than the tolerance are found by
    hashing the points into a grid of cell size ``tol_m`` and comparing only neighbouring cells.
    ``loose`` (bool per point, optional): only pairs with at least one loose point are searched (a network
    passes its loose ends: an end where no reach starts, a start where no reach ends).
    Returns ``(node per point, pairs)`` where ``pairs`` is a list of ``(point_a, point_b, distance_m)`` that
    were joined although their positions differ.
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    n = lon.size
    if n == 0:
        return np.zeros(0, dtype=np.int64), []
    keys = _point_keys(lon, lat)
    ukeys, first, inverse = np.unique(keys, return_index=True, return_inverse=True)
    inverse = inverse.reshape(-1)
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
        if loose is None:
            qidx = np.arange(m)
        else:
            lu = np.zeros(m, dtype=bool)
            lu[inverse[np.asarray(loose, dtype=bool)]] = True
            qidx = np.flatnonzero(lu)
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

    Each active line is registered in the grid cells its bounding box covers (cell size chosen from the
    typical line extent, enlarged until the number of entries stays below 8 per line). A query expands the
    grid cells within the radius, gathers candidate lines, filters them by bounding box and measures all
    their segments in a local metric plane around the query point (vectorised over all queries).
    """

    #: queries farther than this from any line get an approximate distance (see :meth:`nearest`)
    FAR_EXACT_M = 200_000.0

    def __init__(self, coords, offsets, active=None):
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
        starts = offsets[:-1][self.lines]
        # reduceat over the active lines only: build index arrays of their vertices
        lon = coords[:, 0]
        lat = coords[:, 1]
        minx = np.full(n, np.inf)
        maxx = np.full(n, -np.inf)
        miny = np.full(n, np.inf)
        maxy = np.full(n, -np.inf)
        # reduceat needs increasing starts and covers up to the next start: use all nonempty lines
        ne = np.flatnonzero(nverts > 0)
        st = offsets[:-1][ne]
        minx[ne] = np.minimum.reduceat(lon, st)
        maxx[ne] = np.maximum.reduceat(lon, st)
        miny[ne] = np.minimum.reduceat(lat, st)
        maxy[ne] = np.maximum.reduceat(lat, st)
        self.bbox = np.stack([minx, miny, maxx, maxy], axis=1)
        del starts
        ext = np.maximum(maxx - minx, maxy - miny)[self.lines]
        cs = float(np.clip(np.median(ext) * 2.0, 0.005, 5.0))
        while True:
            ix0 = np.floor(minx[self.lines] / cs).astype(np.int64)
            ix1 = np.floor(maxx[self.lines] / cs).astype(np.int64)
            iy0 = np.floor(miny[self.lines] / cs).astype(np.int64)
            iy1 = np.floor(maxy[self.lines] / cs).astype(np.int64)
            w = ix1 - ix0 + 1
            h = iy1 - iy0 + 1
            cnt = w * h
            if cnt.sum() <= 8 * self.lines.size + 1000 or cs >= 45.0:
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
        self.entry_line = self.lines[owner[order]]
        n_cells = int(np.count_nonzero(np.r_[True, self.keys[1:] != self.keys[:-1]]))
        self.density = self.keys.size / max(n_cells, 1)  # entries per occupied cell

    @staticmethod
    def _key(ix, iy):
        big = np.int64(1) << np.int64(24)
        return (ix + big) * (big * 2) + (iy + big)

    def _candidates(self, qlon, qlat, radius_m):
        """(query, line) candidate pairs, sorted by query, unique."""
        nq = qlon.size
        rlat = np.broadcast_to(np.asarray(radius_m, dtype=float) / _DEG_M * 1.01 + 1e-9, qlon.shape)
        coslat = np.maximum(np.cos(np.radians(np.minimum(np.abs(qlat) + rlat, 89.9))), 0.01)
        rlon = rlat / coslat
        ix0 = np.maximum(np.floor((qlon - rlon) / self.cs).astype(np.int64), self._ixr[0])
        ix1 = np.minimum(np.floor((qlon + rlon) / self.cs).astype(np.int64), self._ixr[1])
        iy0 = np.maximum(np.floor((qlat - rlat) / self.cs).astype(np.int64), self._iyr[0])
        iy1 = np.minimum(np.floor((qlat + rlat) / self.cs).astype(np.int64), self._iyr[1])
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
        line = self.entry_line[pos]
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
        rdeg = radius / _DEG_M
        cells = (2 * rdeg / self.cs + 2) * (2 * rdeg / (self.cs * 0.3) + 2)
        chunk = int(np.clip(2e6 / max(cells * self.density, 1.0), 1, 20000))
        rad = np.full(nq, radius)
        for c0 in range(0, todo.size, chunk):
            check_cancel(feedback)
            self._nearest_chunk(todo[c0 : c0 + chunk], qlon, qlat, rad, excl, out)
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

    def _nearest_chunk(self, sub, qlon, qlat, rad, excl, out):
        radius = rad[sub]
        q, line = self._candidates(qlon[sub], qlat[sub], radius)
        if excl is not None and q.size:
            keep = line != excl[sub][q]
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
            self.coords[self.offsets[line], 0], self.coords[self.offsets[line], 1], ql, qb, (qfx[q], qfy[q])
        )
        upper = 1.1 * np.hypot(fx, fy) + 1.0
        ub = np.full(sub.size, np.inf)
        np.minimum.at(ub, q, upper)
        keep = lower <= ub[q]
        q, line = q[keep], line[keep]
        s0 = self.offsets[line]
        s1 = self.offsets[line + 1] - 1  # segments s0 .. s1-1
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
        firsts = hit[np.r_[True, qq[hit][1:] != qq[hit][:-1]]]
        qi = qq[firsts]
        gi = sub[qi]
        sg = seg[firsts]
        tt = t[firsts]
        p = self.coords[sg] + tt[:, None] * (self.coords[sg + 1] - self.coords[sg])
        d = geodesic_distance_m(qlon[gi], qlat[gi], p[:, 0], p[:, 1])
        ok = (d <= radius[qi]) & (d < out["distance_m"][gi])
        gi = gi[ok]
        out["line"][gi] = line[owner[firsts[ok]]]
        out["segment"][gi] = sg[ok]
        out["t"][gi] = tt[ok]
        out["lon"][gi] = p[ok, 0]
        out["lat"][gi] = p[ok, 1]
        out["distance_m"][gi] = d[ok]


# =========================================================================================================
# Input preparation
# =========================================================================================================
def _merge_parts(parts, tol_m):
    """Chain the parts of a multipart line into one line. Returns (array, largest gap in m)."""
    parts = [np.asarray(p, dtype=float).reshape(-1, 2) for p in parts if p is not None and len(p) > 0]
    if not parts:
        return np.zeros((0, 2)), 0.0
    line = parts[0]
    rest = parts[1:]
    max_gap = 0.0
    while rest:
        best = None
        for i, p in enumerate(rest):
            # candidate joins: line end -> p start/end, p end/start -> line start
            cands = (
                (line[-1], p[0], "append", False),
                (line[-1], p[-1], "append", True),
                (p[-1], line[0], "prepend", False),
                (p[0], line[0], "prepend", True),
            )
            for a, b, where, rev in cands:
                d = float(geodesic_distance_m(a[0], a[1], b[0], b[1]))
                if best is None or d < best[0]:
                    best = (d, i, where, rev)
        d, i, where, rev = best
        p = rest.pop(i)
        if rev:
            p = p[::-1]
        if d <= 1e-6:
            line = np.vstack([line, p[1:]]) if where == "append" else np.vstack([p[:-1], line])
        else:
            line = np.vstack([line, p]) if where == "append" else np.vstack([p, line])
        max_gap = max(max_gap, d)
    return line, max_gap


def prepare_lines(lines, tol_m=0.0, report=None):
    """Normalise input lines to packed ``(coords, offsets)`` and a validity mask.

    Multipart lines (a list of part arrays) are merged (see module doc). A reach is invalid when it has
    fewer than two vertices, non-finite coordinates, coordinates outside lon/lat ranges, or zero length.
    Returns ``(coords, offsets, valid, seg_len)`` with the segment lengths of the packed lines.
    """
    report = report if report is not None else NetworkReport()
    if isinstance(lines, tuple) and len(lines) == 2 and np.ndim(lines[1]) == 1:
        coords, offsets = pack_lines(lines)
    else:
        arrays = []
        for i, item in enumerate(lines):
            if item is None:
                arrays.append(np.zeros((0, 2)))
                continue
            if isinstance(item, (list, tuple)) and len(item) and np.ndim(item[0]) == 2:
                if len(item) == 1:
                    arrays.append(np.asarray(item[0], dtype=float).reshape(-1, 2))
                else:
                    merged, gap = _merge_parts(item, tol_m)
                    if gap > tol_m:
                        report.multipart_gaps.append((i, gap))
                    arrays.append(merged)
                continue
            a = np.asarray(item, dtype=float)
            if a.ndim != 2 or a.shape[1] < 2:
                arrays.append(np.zeros((0, 2)))
                continue
            arrays.append(a[:, :2])
        coords, offsets = pack_lines(arrays)
    n = offsets.size - 1
    nverts = np.diff(offsets)
    valid = nverts >= 2
    reasons = np.full(n, "", dtype=object)
    reasons[~valid] = "fewer than two vertices"
    if coords.shape[0]:
        badv = ~(
            np.isfinite(coords).all(axis=1)
            & (np.abs(coords[:, 1]) <= 90.0)
            & (coords[:, 0] >= -360.0)
            & (coords[:, 0] <= 360.0)
        )
        if badv.any():
            owner = np.searchsorted(offsets, np.flatnonzero(badv), side="right") - 1
            bad_lines = np.unique(owner)
            reasons[bad_lines[valid[bad_lines]]] = "coordinates are not finite longitude/latitude"
            valid[bad_lines] = False
            coords = coords.copy()
            coords[badv] = 0.0
    seg = packed_segment_lengths_m(coords, offsets)
    length = np.zeros(n)
    if seg.size:
        cs = np.concatenate(([0.0], np.cumsum(seg)))
        last = np.maximum(offsets[1:] - 1, offsets[:-1])
        length = cs[last] - cs[offsets[:-1]]
    zero = valid & ~(length > 0)
    reasons[zero] = "zero length"
    valid &= ~zero
    for i in np.flatnonzero(~valid):
        report.invalid.append((int(i), str(reasons[i])))
    return coords, offsets, valid, seg


def _reverse_lines(coords, offsets, which):
    """Reverse the vertex order of the lines flagged in ``which`` (returns a new coords array)."""
    if not np.any(which):
        return coords
    nverts = np.diff(offsets)
    idx = np.arange(coords.shape[0], dtype=np.int64)
    rv = np.repeat(which, nverts)
    a = np.repeat(offsets[:-1], nverts)
    b = np.repeat(offsets[1:] - 1, nverts)
    idx[rv] = a[rv] + b[rv] - idx[rv]
    return coords[idx]


# =========================================================================================================
# The network
# =========================================================================================================
class RiverNetwork:
    """Directed reach graph with geodesic lengths; build once with one of the ``build_from_*`` methods.

    Reach-level attributes (index = input position): ``n_reaches``, ``coords``/``offsets`` (reach lines in
    flow direction), ``valid`` (bool), ``length_km`` (geodesic, 0 for invalid), ``kind`` (0 river, 1 lake),
    ``ends_in_lake`` (the reach's downstream end lies in a lake polygon), ``report``.
    Edge-level (internal, used by tracing): ``e_coords``/``e_offsets``, ``e_parent`` (-1 = virtual lake
    crossing), ``e_from_m`` (chainage of the edge start in its parent), ``e_len_m``, ``e_kind``,
    ``down_ptr``/``down_idx`` (CSR downstream links), ``e_vcum`` (cumulative chainage per edge vertex in
    the packed array, metres).
    """

    def __init__(self):
        self.report = NetworkReport()

    # ----------------------------------------------------------------------------------------------------
    @classmethod
    def build_from_digitised(
        cls,
        lines,
        node_tolerance_m=1.0,
        kinds=None,
        lakes=None,
        lake_tolerance_m=500.0,
        link_through_lakes=False,
        feedback=None,
    ):
        """Flow follows the digitising direction of each line (first vertex upstream)."""
        return cls._build(
            lines, "digitised", node_tolerance_m, kinds, lakes, lake_tolerance_m, link_through_lakes, feedback
        )

    @classmethod
    def build_from_ids(
        cls,
        lines,
        reach_ids,
        downstream_ids,
        node_tolerance_m=1.0,
        kinds=None,
        lakes=None,
        lake_tolerance_m=500.0,
        link_through_lakes=False,
        feedback=None,
    ):
        """Links from a reach-id and a downstream-id per reach (HydroRIVERS ``HYRIV_ID``/``NEXT_DOWN``).

        A downstream id of 0, None or NaN marks an outlet; an id that matches no reach is reported
        (``missing_downstream``) and treated as an outlet. Reaches are oriented from the geometry of their
        downstream (or upstream) neighbour, so the digitising direction does not matter.
        """
        return cls._build(
            lines,
            "ids",
            node_tolerance_m,
            kinds,
            lakes,
            lake_tolerance_m,
            link_through_lakes,
            feedback,
            reach_ids=reach_ids,
            downstream_ids=downstream_ids,
        )

    @classmethod
    def build_from_dem(
        cls,
        lines,
        elevation_sampler,
        node_tolerance_m=1.0,
        kinds=None,
        lakes=None,
        lake_tolerance_m=500.0,
        link_through_lakes=False,
        feedback=None,
    ):
        """Orient each reach downhill with ``elevation_sampler(lonlat (n, 2)) -> elevations (n,)``.

        A reach whose first vertex is lower than its last is reversed; reaches with equal or missing
        (NaN/None) elevations keep their digitised direction and are reported (``ambiguous_direction``).
        """
        return cls._build(
            lines,
            "dem",
            node_tolerance_m,
            kinds,
            lakes,
            lake_tolerance_m,
            link_through_lakes,
            feedback,
            sampler=elevation_sampler,
        )

    # ----------------------------------------------------------------------------------------------------
    @classmethod
    def _build(
        cls,
        lines,
        mode,
        tol,
        kinds,
        lakes,
        lake_tol,
        link_lakes,
        feedback,
        reach_ids=None,
        downstream_ids=None,
        sampler=None,
    ):
        fb = ensure_feedback(feedback)
        self = cls()
        rep = self.report
        rep.direction = mode
        tol = float(tol or 0.0)
        if tol < 0:
            raise TailingsError(tr("The node tolerance must be zero or positive, not {t}.").format(t=tol))
        if lines is None:
            lines = []
        coords, offsets, valid, seg0 = prepare_lines(lines, tol, rep)
        n = offsets.size - 1
        rep.n_reaches = n
        rep.n_valid = int(valid.sum())
        if n == 0 or rep.n_valid == 0:
            raise TailingsError(
                tr(
                    "The river layer has no valid line: {n} features, none with two or more distinct vertices."
                ).format(n=n)
            )
        check_cancel(fb)
        fb.setProgress(5)

        # --- orientation ---------------------------------------------------------------------------------
        if mode == "dem":
            coords = self._orient_dem(coords, offsets, valid, sampler)
            if len(self.report.reversed_reaches):
                seg0 = packed_segment_lengths_m(coords, offsets)
        # --- parent-level links: (src, dst) and mid-line entry points -------------------------------------
        if mode == "ids":
            seg0 = None
            coords, src, dst, entries = self._links_from_ids(
                coords, offsets, valid, reach_ids, downstream_ids, tol, fb
            )
        else:
            src, dst, entries = self._links_from_nodes(coords, offsets, valid, tol, fb, seg0)
        check_cancel(fb)
        fb.setProgress(40)
        self.coords = coords
        self.offsets = offsets
        self.valid = valid
        self.n_reaches = n

        # --- edges: split reaches at mid-line entries ------------------------------------------------------
        seg = self._make_edges(entries, seg0)
        fb.setProgress(55)
        # edge links
        e_first = self.r_first_edge
        e_last = self.r_last_edge
        es = [e_last[src]]
        ed = [np.where(self._entry_edge_of_link >= 0, self._entry_edge_of_link, e_first[dst])]
        within = np.flatnonzero(self.e_parent[:-1] == self.e_parent[1:])
        es.append(within)
        ed.append(within + 1)
        es = np.concatenate(es).astype(np.int64)
        ed = np.concatenate(ed).astype(np.int64)

        # --- kinds and lakes ------------------------------------------------------------------------------
        self.kind = np.zeros(n, dtype=np.uint8)
        if kinds is not None:
            kk = np.asarray(
                [
                    LAKE if (k == LAKE or (isinstance(k, str) and "lake" in k.lower())) else RIVER
                    for k in kinds
                ],
                dtype=np.uint8,
            )
            if kk.size != n:
                raise TailingsError(tr("There are {k} reach kinds for {n} reaches.").format(k=kk.size, n=n))
            self.kind = kk
        self.ends_in_lake = np.zeros(n, dtype=bool)
        has_down = np.zeros(n, dtype=bool)
        has_down[src] = True
        has_up = np.zeros(n, dtype=bool)
        has_up[dst] = True
        v_src, v_dst, v_coords = self._lake_links(
            lakes, lake_tol, kinds is None, has_down, has_up, link_lakes
        )
        if v_src:
            nv = len(v_src)
            base = self.e_parent.size
            self.e_coords = np.vstack([self.e_coords, np.asarray(v_coords).reshape(-1, 2)])
            self.e_offsets = np.concatenate([self.e_offsets, self.e_offsets[-1] + 2 * np.arange(1, nv + 1)])
            self.e_parent = np.concatenate([self.e_parent, np.full(nv, -1, np.int64)])
            self.e_from_m = np.concatenate([self.e_from_m, np.zeros(nv)])
            vids = base + np.arange(nv)
            es = np.concatenate([es, e_last[np.asarray(v_src)], vids])
            ed = np.concatenate([ed, vids, e_first[np.asarray(v_dst)]])
        self.n_edges = self.e_parent.size
        vc = np.zeros(self.e_coords.shape[0])
        if seg.size:
            np.cumsum(seg, out=vc[1:])
        self.e_vcum = vc
        last_v = np.maximum(self.e_offsets[1:] - 1, self.e_offsets[:-1])
        self.e_len_m = vc[last_v] - vc[self.e_offsets[:-1]]
        self.e_kind = np.where(self.e_parent >= 0, self.kind[np.maximum(self.e_parent, 0)], LAKE).astype(
            np.uint8
        )
        real = self.e_parent >= 0
        self.length_km = np.bincount(self.e_parent[real], weights=self.e_len_m[real], minlength=n) / 1000.0
        self.length_km[~valid] = 0.0
        fb.setProgress(65)

        # --- CSR, cycles, bifurcations, components --------------------------------------------------------
        if es.size:
            pair = np.unique(es * np.int64(self.n_edges) + ed)
            es = pair // self.n_edges
            ed = pair % self.n_edges
            keep = es != ed
            es, ed = es[keep], ed[keep]
        self._set_csr(es, ed)
        self._break_cycles(fb)
        check_cancel(fb)
        fb.setProgress(85)
        outdeg = np.diff(self.down_ptr)
        bif_e = np.flatnonzero(outdeg >= 2)
        bif_r = self.e_parent[bif_e]
        # a virtual edge bifurcating belongs to the lake: report the reaches feeding it
        rep.bifurcations = sorted({int(r) for r in bif_r if r >= 0} | self._feeders(bif_e[bif_r < 0]))
        self._components()
        fb.setProgress(100)
        for line in rep.summary_lines():
            fb.pushInfo(line)
        return self

    # ----------------------------------------------------------------------------------------------------
    def _orient_dem(self, coords, offsets, valid, sampler):
        rep = self.report
        if sampler is None:
            raise TailingsError(tr("The DEM direction needs an elevation sampler (a DEM layer)."))
        vi = np.flatnonzero(valid)
        starts = coords[offsets[:-1][vi]]
        ends = coords[offsets[1:][vi] - 1]
        z = sampler(np.vstack([starts, ends]))
        z = np.asarray(
            [np.nan if v is None else v for v in np.asarray(z, dtype=object).reshape(-1)], dtype=float
        )
        if z.size != 2 * vi.size:
            raise TailingsError(
                tr("The elevation sampler returned {k} values for {n} points.").format(
                    k=z.size, n=2 * vi.size
                )
            )
        zs, ze = z[: vi.size], z[vi.size :]
        if vi.size and not (np.isfinite(zs) | np.isfinite(ze)).any():
            # an all-nodata DEM, or one that does not cover the rivers: refuse rather than silently fall
            # back to the digitised direction for every reach (issue 13 item 8)
            raise TailingsError(
                tr(
                    "The DEM gives no elevation at any reach end (all nodata, or it does not cover the "
                    "rivers): the flow direction cannot be taken from it. Use a DEM covering the rivers, or "
                    "another direction source."
                )
            )
        amb = ~(np.isfinite(zs) & np.isfinite(ze)) | (zs == ze)
        rev = np.zeros(offsets.size - 1, dtype=bool)
        rev[vi[~amb & (zs < ze)]] = True
        rep.ambiguous_direction = [int(i) for i in vi[amb]]
        rep.reversed_reaches = [int(i) for i in np.flatnonzero(rev)]
        return _reverse_lines(coords, offsets, rev)

    # ----------------------------------------------------------------------------------------------------
    def _links_from_nodes(self, coords, offsets, valid, tol, fb, seg_len):
        """Links where an end node equals a start node (within tolerance), plus mid-line joins."""
        rep = self.report
        vi = np.flatnonzero(valid)
        nv = vi.size
        sidx = offsets[:-1][vi]
        eidx = offsets[1:][vi] - 1
        pts = np.concatenate([coords[sidx], coords[eidx]])
        # loose ends: an end where no reach starts exactly, a start where no reach ends exactly
        keys = _point_keys(pts[:, 0], pts[:, 1])
        skeys = np.sort(keys[:nv])
        ekeys = np.sort(keys[nv:])
        loose = np.concatenate(
            [
                ~_isin_sorted(keys[:nv], ekeys),
                ~_isin_sorted(keys[nv:], skeys),
            ]
        )
        node, pairs = cluster_points(pts[:, 0], pts[:, 1], tol, loose=loose)
        for a, b, d in pairs:
            ra, rb = vi[a % nv], vi[b % nv]
            rep.joined_by_tolerance.append(
                {
                    "reach_a": int(ra),
                    "end_a": "start" if a < nv else "end",
                    "reach_b": int(rb),
                    "end_b": "start" if b < nv else "end",
                    "distance_m": d,
                    "lon": float(pts[a, 0]),
                    "lat": float(pts[a, 1]),
                }
            )
        snode = node[:nv]
        enode = node[nv:]
        order = np.argsort(snode, kind="stable")
        ss = snode[order]
        lo = np.searchsorted(ss, enode, side="left")
        hi = np.searchsorted(ss, enode, side="right")
        owner, pos = _expand_ranges(lo, hi)
        src = vi[owner]
        dst = vi[order[pos]]
        keep = src != dst
        src, dst = src[keep], dst[keep]
        check_cancel(fb)
        # --- mid-line: ends (and starts) that touch no other end node but lie on another line --------------
        nn = int(node.max()) + 1 if node.size else 0
        starts_at = np.bincount(snode, minlength=nn)
        ends_at = np.bincount(enode, minlength=nn)
        lonely_end = np.flatnonzero(
            starts_at[enode] == 0
        )  # ends with no reach leaving them (positions in vi)
        lonely_start = np.flatnonzero(ends_at[snode] == 0)  # sources
        entries = []
        if tol > 0 and (lonely_end.size or lonely_start.size):
            index = LineIndex(coords, offsets, valid)
            qr = np.concatenate([vi[lonely_end], vi[lonely_start]])
            qp = np.concatenate([coords[eidx[lonely_end]], coords[sidx[lonely_start]]])
            res = index.nearest(qp[:, 0], qp[:, 1], tol, exclude=qr, feedback=fb)
            hit = np.flatnonzero(res["line"] >= 0)
            if hit.size:
                cum = np.concatenate(([0.0], np.cumsum(seg_len)))
            new_src, new_dst = [], []
            for h in hit:
                j = int(res["line"][h])
                k = int(res["segment"][h])
                t = float(res["t"][h])
                c = cum[k] + t * seg_len[k] - cum[offsets[j]]
                lj = cum[offsets[j + 1] - 1] - cum[offsets[j]]
                if c <= tol or c >= lj - tol:
                    continue  # touches an end of j: a node contact already handled (or an end-to-end miss)
                info = {
                    "reach": int(qr[h]),
                    "into_reach": j,
                    "chainage_m": float(c),
                    "distance_m": float(res["distance_m"][h]),
                    "lon": float(res["lon"][h]),
                    "lat": float(res["lat"][h]),
                }
                if h < lonely_end.size:
                    rep.midline_joins.append(info)
                    entries.append((j, k, t, float(res["lon"][h]), float(res["lat"][h]), float(c)))
                    new_src.append(int(qr[h]))
                    new_dst.append(j)
                else:
                    rep.starts_on_line.append(
                        {
                            "reach": int(qr[h]),
                            "on_reach": j,
                            "distance_m": info["distance_m"],
                            "lon": info["lon"],
                            "lat": info["lat"],
                        }
                    )
            if new_src:
                src = np.concatenate([src, np.asarray(new_src, np.int64)])
                dst = np.concatenate([dst, np.asarray(new_dst, np.int64)])
        self._link_entry = np.full(src.size, -1, dtype=np.int64)
        if entries:
            self._link_entry[src.size - len(entries) :] = np.arange(len(entries))
        return src, dst, entries

    # ----------------------------------------------------------------------------------------------------
    def _links_from_ids(self, coords, offsets, valid, reach_ids, downstream_ids, tol, fb):
        rep = self.report
        n = offsets.size - 1
        if reach_ids is None or downstream_ids is None:
            raise TailingsError(tr("The id direction needs a reach-id field and a downstream-id field."))
        rid = _ids_to_float(reach_ids)
        did = _ids_to_float(downstream_ids)
        if rid.size != n or did.size != n:
            raise TailingsError(
                tr("There are {a} reach ids and {b} downstream ids for {n} reaches.").format(
                    a=rid.size, b=did.size, n=n
                )
            )
        if np.isnan(rid[valid]).any():
            raise TailingsError(
                tr("{k} reaches have an empty reach id; fill the reach-id field.").format(
                    k=int(np.isnan(rid[valid]).sum())
                )
            )
        vi = np.flatnonzero(valid)
        order = vi[np.argsort(rid[vi], kind="stable")]
        sid = rid[order]
        dup = np.flatnonzero(sid[1:] == sid[:-1]) + 1
        rep.duplicate_ids = sorted(int(order[d]) for d in dup)
        first_of = np.r_[True, sid[1:] != sid[:-1]]
        uo, us = order[first_of], sid[first_of]
        outlet = np.isnan(did) | (did == 0)
        pos = np.searchsorted(us, did)
        pos_c = np.minimum(pos, max(us.size - 1, 0))
        found = ~outlet & (us.size > 0) & (us[pos_c] == did)
        missing = valid & ~outlet & ~found
        rep.missing_downstream = [(int(i), _id_out(downstream_ids, i)) for i in np.flatnonzero(missing)]
        src = np.flatnonzero(valid & found)
        dst = uo[pos_c[src]]
        keep = src != dst
        src, dst = src[keep], dst[keep]
        check_cancel(fb)
        # --- orientation from neighbours -------------------------------------------------------------------
        st = coords[offsets[:-1]]
        en = coords[np.maximum(offsets[1:] - 1, 0)]

        def dmin(p, j):
            a = geodesic_distance_m(p[:, 0], p[:, 1], st[j, 0], st[j, 1])
            b = geodesic_distance_m(p[:, 0], p[:, 1], en[j, 0], en[j, 1])
            return np.minimum(a, b)

        rev = np.zeros(n, dtype=bool)
        if src.size:
            d_end = dmin(en[src], dst)
            d_start = dmin(st[src], dst)
            rev[src[d_start < d_end]] = True
        # outlets (valid, no downstream): orient away from an upstream reach
        has_down = np.zeros(n, bool)
        has_down[src] = True
        up_of = np.full(n, -1, np.int64)
        up_of[dst] = src
        outl = np.flatnonzero(valid & ~has_down & (up_of >= 0))
        if outl.size:
            u = up_of[outl]
            d_end = dmin(en[outl], u)
            d_start = dmin(st[outl], u)
            rev[outl[d_end < d_start]] = True
        rep.reversed_reaches = [int(i) for i in np.flatnonzero(rev)]
        coords = _reverse_lines(coords, offsets, rev)
        # --- entries away from the first vertex of the downstream reach -----------------------------------
        st = coords[offsets[:-1]]
        en = coords[np.maximum(offsets[1:] - 1, 0)]
        gap = geodesic_distance_m(en[src, 0], en[src, 1], st[dst, 0], st[dst, 1])
        far = np.flatnonzero(gap > max(tol, 1e-6))
        entries = []
        self._link_entry = np.full(src.size, -1, dtype=np.int64)
        if far.size:
            seg_len = packed_segment_lengths_m(coords, offsets)
            cum = np.concatenate(([0.0], np.cumsum(seg_len)))
            for li in far:
                check_cancel(fb)
                i, j = int(src[li]), int(dst[li])
                a, b = offsets[j], offsets[j + 1]
                line = coords[a:b]
                x, y = local_xy(line[:, 0], line[:, 1], en[i, 0], en[i, 1])
                t, _, _, d2 = project_to_segments(0.0, 0.0, x[:-1], y[:-1], x[1:], y[1:])
                k = int(np.argmin(d2))
                c = cum[a + k] + t[k] * seg_len[a + k] - cum[a]
                lj = cum[b - 1] - cum[a]
                p = line[k] + t[k] * (line[k + 1] - line[k])
                dist = float(geodesic_distance_m(en[i, 0], en[i, 1], p[0], p[1]))
                if c <= tol or c >= lj - tol:
                    if dist > tol:
                        rep.joined_by_tolerance.append(
                            {
                                "reach_a": i,
                                "end_a": "end",
                                "reach_b": j,
                                "end_b": "start" if c <= tol else "end",
                                "distance_m": dist,
                                "lon": float(en[i, 0]),
                                "lat": float(en[i, 1]),
                            }
                        )
                    continue
                rep.midline_joins.append(
                    {
                        "reach": i,
                        "into_reach": j,
                        "chainage_m": float(c),
                        "distance_m": dist,
                        "lon": float(p[0]),
                        "lat": float(p[1]),
                    }
                )
                self._link_entry[li] = len(entries)
                entries.append((j, a + k, float(t[k]), float(p[0]), float(p[1]), float(c)))
        return coords, src, dst, entries

    # ----------------------------------------------------------------------------------------------------
    def _make_edges(self, entries, seg0=None):
        """Cut reaches at mid-line entry points; build edge arrays and the entry edge of every link."""
        n = self.n_reaches
        coords, offsets = self.coords, self.offsets
        link_entry = self._link_entry
        if not entries:
            self.e_coords = coords
            self.e_offsets = offsets.copy()
            self.e_parent = np.arange(n, dtype=np.int64)
            self.e_from_m = np.zeros(n)
            self.r_first_edge = np.arange(n, dtype=np.int64)
            self.r_last_edge = np.arange(n, dtype=np.int64)
            self._entry_edge_of_link = np.full(link_entry.size, -1, dtype=np.int64)
            return seg0 if seg0 is not None else packed_segment_lengths_m(coords, offsets)
        ent = np.asarray([(e[0], e[1], e[2], e[3], e[4], e[5]) for e in entries], dtype=float)
        reach = ent[:, 0].astype(np.int64)
        segv = ent[:, 1].astype(np.int64)
        order = np.lexsort((ent[:, 2], segv))  # by segment then fraction; segments are grouped by reach
        # identical split points (several tributaries at one point) share one cut
        ordered = ent[order]
        keyk = np.round(ordered[:, 1]).astype(np.int64)
        same = np.r_[False, (keyk[1:] == keyk[:-1]) & (np.abs(ordered[1:, 2] - ordered[:-1, 2]) < 1e-12)]
        cut_id = np.cumsum(~same) - 1  # per ordered entry
        uniq = ordered[~same]
        m = uniq.shape[0]
        k_u = uniq[:, 1].astype(np.int64)
        reach_u = uniq[:, 0].astype(np.int64)
        pos = np.repeat(k_u + 1, 2)
        vals = np.repeat(uniq[:, 3:5], 2, axis=0)
        self.e_coords = np.insert(coords, pos, vals, axis=0)
        rank = np.arange(m)
        boundary = k_u + 2 + 2 * rank  # index of the second copy = first vertex of the new edge
        # new reach offsets: shifted by 2 per cut in earlier reaches
        cuts_before = np.searchsorted(reach_u, np.arange(n + 1), side="left")
        r_off = offsets + 2 * cuts_before
        e_off = np.unique(np.concatenate([r_off, boundary]))
        self.e_offsets = e_off
        n_e = e_off.size - 1
        self.e_parent = np.searchsorted(r_off, e_off[:-1], side="right") - 1
        self.e_from_m = np.zeros(n_e)
        cut_edge = np.searchsorted(e_off, boundary)
        self.e_from_m[cut_edge] = uniq[:, 5]
        self.r_first_edge = np.searchsorted(e_off, r_off[:-1])
        self.r_last_edge = np.searchsorted(e_off, r_off[1:]) - 1
        entry_cut = np.empty(len(entries), dtype=np.int64)
        entry_cut[order] = cut_id
        self._entry_edge_of_link = np.where(
            link_entry >= 0, cut_edge[entry_cut[np.maximum(link_entry, 0)]], -1
        )
        del reach, segv
        if seg0 is None:
            return packed_segment_lengths_m(self.e_coords, self.e_offsets)
        # segment lengths of the cut lines: old segments moved to their new index, cut segments re-measured
        nc = self.e_coords.shape[0]
        seg = np.zeros(max(nc - 1, 0))
        v = np.arange(seg0.size)
        newv = v + 2 * np.searchsorted(k_u, v, side="left")
        seg[newv] = seg0
        ks, cnt = np.unique(k_u, return_counts=True)
        start = ks + 2 * np.searchsorted(k_u, ks, side="left")
        _, touched = _expand_ranges(start, start + 2 * cnt + 1)
        pair = np.empty((2 * touched.size, 2))
        pair[0::2] = self.e_coords[touched]
        pair[1::2] = self.e_coords[touched + 1]
        seg[touched] = segment_lengths_m(pair[:, 0], pair[:, 1])[0::2]
        seg[self.e_offsets[1:-1] - 1] = 0.0
        return seg

    # ----------------------------------------------------------------------------------------------------
    def _lake_links(self, lakes, lake_tol, derive_kind, has_down, has_up, link_lakes):
        """Terminal lakes and virtual links through lakes. Returns (src reaches, dst reaches, coords)."""
        rep = self.report
        valid = self.valid
        en = self.coords[np.maximum(self.offsets[1:] - 1, 0)]
        st = self.coords[self.offsets[:-1]]
        outlets = np.flatnonzero(valid & ~has_down)
        if not lakes:
            for i in outlets:
                if self.kind[i] == LAKE:
                    rep.terminal_lakes.append(
                        {"reach": int(i), "lake": -1, "lon": float(en[i, 0]), "lat": float(en[i, 1])}
                    )
                    self.ends_in_lake[i] = True
                else:
                    rep.dangling_ends.append(
                        {"reach": int(i), "lon": float(en[i, 0]), "lat": float(en[i, 1])}
                    )
            return [], [], []
        from shapely.geometry import Point
        from shapely.prepared import prep

        polys = [p for p in lakes]
        tol_deg = lake_tol / _DEG_M
        sources = np.flatnonzero(valid & ~has_up)

        def lake_of(points, strict=False):
            res = np.full(points.shape[0], -1, dtype=np.int64)
            for li, poly in enumerate(polys):
                if poly is None or poly.is_empty:
                    continue
                x0, y0, x1, y1 = poly.bounds
                cand = np.flatnonzero(
                    (res < 0)
                    & (points[:, 0] >= x0 - 3 * tol_deg)
                    & (points[:, 0] <= x1 + 3 * tol_deg)
                    & (points[:, 1] >= y0 - tol_deg)
                    & (points[:, 1] <= y1 + tol_deg)
                )
                if cand.size == 0:
                    continue
                pp = prep(poly)
                for c in cand:
                    pt = Point(points[c, 0], points[c, 1])
                    if pp.contains(pt):
                        res[c] = li
                    elif not strict:
                        # distance in metres from the nearest boundary point
                        q = poly.exterior.interpolate(poly.exterior.project(pt))
                        if geodesic_distance_m(pt.x, pt.y, q.x, q.y) <= lake_tol:
                            res[c] = li
            return res

        out_lake = lake_of(en[outlets])
        src_lake = np.full(sources.size, -1, dtype=np.int64)
        if link_lakes and sources.size:
            # an outflow starts inside the lake polygon and does not end in the same lake
            src_lake = lake_of(st[sources], strict=True)
            end_lake = lake_of(en[sources])
            src_lake[end_lake == src_lake] = -1
        if derive_kind:
            mid = self.coords[(self.offsets[:-1] + self.offsets[1:]) // 2]
            vv = np.flatnonzero(valid)
            inside = np.full(vv.size, -1)
            for li, poly in enumerate(polys):
                if poly is None or poly.is_empty:
                    continue
                x0, y0, x1, y1 = poly.bounds
                cand = np.flatnonzero(
                    (mid[vv, 0] >= x0) & (mid[vv, 0] <= x1) & (mid[vv, 1] >= y0) & (mid[vv, 1] <= y1)
                )
                pp = prep(poly)
                for c in cand:
                    if inside[c] < 0 and pp.contains(Point(mid[vv[c], 0], mid[vv[c], 1])):
                        inside[c] = li
            self.kind[vv[inside >= 0]] = LAKE
        v_src, v_dst, v_coords = [], [], []
        by_lake = {}
        for s, lk in zip(sources, src_lake):
            if lk >= 0:
                by_lake.setdefault(int(lk), []).append(int(s))
        for o, lk in zip(outlets, out_lake):
            if lk >= 0:
                self.ends_in_lake[o] = True
                outs = [s for s in by_lake.get(int(lk), []) if s != o]
                if outs:
                    for s in outs:
                        v_src.append(int(o))
                        v_dst.append(s)
                        v_coords.append([en[o], st[s]])
                        rep.lake_links.append((int(o), int(lk), s))
                else:
                    rep.terminal_lakes.append(
                        {"reach": int(o), "lake": int(lk), "lon": float(en[o, 0]), "lat": float(en[o, 1])}
                    )
            elif self.kind[o] == LAKE:
                self.ends_in_lake[o] = True
                rep.terminal_lakes.append(
                    {"reach": int(o), "lake": -1, "lon": float(en[o, 0]), "lat": float(en[o, 1])}
                )
            else:
                rep.dangling_ends.append({"reach": int(o), "lon": float(en[o, 0]), "lat": float(en[o, 1])})
        return v_src, v_dst, v_coords

    # ----------------------------------------------------------------------------------------------------
    def _set_csr(self, es, ed):
        order = np.lexsort((ed, es))
        es, ed = es[order], ed[order]
        self.down_ptr = np.zeros(self.n_edges + 1, dtype=np.int64)
        np.cumsum(np.bincount(es, minlength=self.n_edges), out=self.down_ptr[1:])
        self.down_idx = ed.astype(np.int64)
        self._es = es

    def downstream_edges(self, e):
        return self.down_idx[self.down_ptr[e] : self.down_ptr[e + 1]]

    def downstream(self, reach):
        """Reaches directly downstream of ``reach`` (through lakes if lake links were made)."""
        out = []
        stack = [int(e) for e in self.downstream_edges(self.r_last_edge[reach])]
        while stack:
            e = stack.pop()
            p = int(self.e_parent[e])
            if p >= 0:
                out.append(p)
            else:
                stack.extend(int(x) for x in self.downstream_edges(e))
        return sorted(set(out))

    def _feeders(self, vedges):
        out = set()
        if len(vedges) == 0:
            return out
        vset = set(int(v) for v in vedges)
        for e, d in zip(self._es, self.down_idx):
            if int(d) in vset and self.e_parent[e] >= 0:
                out.add(int(self.e_parent[e]))
        return out

    # ----------------------------------------------------------------------------------------------------
    def _break_cycles(self, fb):
        """Find cycles (strongly connected components) and cut one link in each until none is left.

        Candidates are found cheaply: on the functional graph of first successors, pointer jumping leaves
        every edge that cannot reach an end; with bifurcations, the sub-graph reachable from them is added.
        Only those candidates go through Tarjan's algorithm (Tarjan 1972, SIAM J. Comput. 1:146-160).
        """
        rep = self.report
        ne = self.n_edges
        for _ in range(50):
            outdeg = np.diff(self.down_ptr)
            has = outdeg > 0
            nxt = np.full(ne + 1, ne, dtype=np.int64)
            nxt[:ne][has] = self.down_idx[self.down_ptr[:-1][has]]
            cur = nxt
            n_end = -1
            while True:  # stops once no chain gets longer: every acyclic chain then reached the sentinel
                cur = cur[cur]
                k = int(np.count_nonzero(cur == ne))
                if k == n_end:
                    break
                n_end = k
            cand = set(np.flatnonzero(cur[:ne] != ne).tolist())
            bif = np.flatnonzero(outdeg >= 2)
            if bif.size:
                stack = list(bif.tolist())
                seen = set(stack)
                while stack:
                    e = stack.pop()
                    for d in self.down_idx[self.down_ptr[e] : self.down_ptr[e + 1]].tolist():
                        if d not in seen:
                            seen.add(d)
                            stack.append(d)
                cand |= seen
            if not cand:
                return
            sccs = _tarjan(cand, self.down_ptr, self.down_idx)
            cyc = [c for c in sccs if len(c) > 1]
            if not cyc:
                return
            cut = set()
            for comp in cyc:
                members = set(comp)
                reaches = sorted({int(self.e_parent[e]) for e in comp if self.e_parent[e] >= 0})
                rep.cycles.append(reaches)
                # cut the link leaving the member with the largest index towards another member
                e = max(comp)
                for d in self.down_idx[self.down_ptr[e] : self.down_ptr[e + 1]].tolist():
                    if d in members:
                        cut.add((e, d))
                        rep.cut_links.append((int(self.e_parent[e]), int(self.e_parent[d])))
                        break
            es = self._es
            ed = self.down_idx
            keep = np.ones(es.size, dtype=bool)
            key = es * np.int64(ne) + ed
            ck = np.asarray([a * ne + b for a, b in cut], dtype=np.int64)
            keep &= ~np.isin(key, ck)
            self._set_csr(es[keep], ed[keep])
            check_cancel(fb)

    # ----------------------------------------------------------------------------------------------------
    def _components(self):
        """Drainage systems: reaches grouped by the end edge their first-successor chain reaches."""
        ne = self.n_edges
        outdeg = np.diff(self.down_ptr)
        has = outdeg > 0
        term = np.arange(ne, dtype=np.int64)
        term[has] = self.down_idx[self.down_ptr[:-1][has]]
        while True:  # pointer jumping to the last edge of the first-successor chain (graph is acyclic now)
            nt = term[term]
            if np.array_equal(nt, term):
                break
            term = nt
        comp = np.full(self.n_reaches, -1, dtype=np.int64)
        real = self.e_parent >= 0
        _, lab = np.unique(term, return_inverse=True)
        comp[self.e_parent[real]] = lab.reshape(-1)[real]
        comp[~self.valid] = -1
        used = np.unique(comp[comp >= 0])
        remap = np.full(comp.max() + 2 if comp.size else 1, -1)
        remap[used] = np.arange(used.size)
        comp[comp >= 0] = remap[comp[comp >= 0]]
        self.report.component = comp
        self.report.n_components = int(used.size)

    # ----------------------------------------------------------------------------------------------------
    def reach_line(self, reach):
        """Coordinates of a reach in flow direction, ``(k, 2)`` lon/lat."""
        return self.coords[self.offsets[reach] : self.offsets[reach + 1]]

    def edge_line(self, e):
        return self.e_coords[self.e_offsets[e] : self.e_offsets[e + 1]]


def _ids_to_float(ids):
    out = np.empty(len(ids), dtype=float)
    for i, v in enumerate(ids):
        if v is None:
            out[i] = np.nan
            continue
        try:
            out[i] = float(v)
        except (TypeError, ValueError) as exc:
            raise TailingsError(tr("Reach ids must be numbers; got {v!r}.").format(v=v)) from exc
    return out


def _id_out(ids, i):
    v = ids[i]
    try:
        f = float(v)
        return int(f) if f.is_integer() else f
    except (TypeError, ValueError):
        return v


def _tarjan(nodes, ptr, idx):
    """Strongly connected components among ``nodes`` (iterative Tarjan 1972)."""
    index = {}
    low = {}
    on = set()
    stack = []
    out = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(idx[ptr[root] : ptr[root + 1]].tolist()))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in nodes:
                    continue
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(idx[ptr[w] : ptr[w + 1]].tolist())))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                u = work[-1][0]
                low[u] = min(low[u], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                out.append(comp)
    return out
