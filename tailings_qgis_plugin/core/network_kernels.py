"""Compiled kernel of the nearest-line search of :class:`core.network_index.LineIndex`, with numba.

The same search as the array version (``LineIndex._candidates`` and ``LineIndex._nearest_chunk``), query by
query instead of over all candidate pairs at once, and with the same answer:

- the grid cells of each query's window are visited row by row (column fastest), the index entries of a
  cell in their sorted order, and a part is measured only in the first cell where its bounding box meets
  the window, when its box meets the query's search box, and when it is not of the excluded line;
- each segment is measured in the local metric plane centred on the query (equirectangular on the
  ellipsoid, Snyder 1987, USGS PP 1395, eqs. 4-18/4-20: ``core.geodesy.local_xy``), with the operations of
  ``core.geodesy.project_to_segments`` in the same order, so the squared distances are the same numbers;
- the nearest segment wins; ties go to the smallest (grid row, grid column, part, segment) of the tie
  window, the order the array version sorts them in;
- a part whose bounding box is farther than the best distance found so far (by a lower bound 1 % short
  of the true one) is skipped: it can neither win nor tie.

The array version walks through memory once per operation over millions of candidate pairs; here each
query's candidates stay in the CPU cache (on 500,000 queries of a million-reach network: 0.7 s -> 0.1 s).

This module imports numba (through :mod:`.jit`) at import time: import it only through
``core.network_index._compiled``.
"""

from __future__ import annotations

import math

import numpy as np

from .jit import jit


@jit
def _local_x(lon, lon0, fx):
    """``core.geodesy.local_x``'s x: metres east of ``lon0`` (longitude difference wrapped to +-180)."""
    dlon = lon - lon0
    if abs(dlon) > 180.0:
        dlon = (dlon + 180.0) % 360.0 - 180.0  # numba keeps Python's float modulo, as numpy does
    return dlon * fx


@jit
def _segment_d2(coords, s, lon0, lat0, fx, fy):
    """``(squared distance, t)`` from the query (the origin of its local plane) to segment ``s``, with the
    operations of ``core.geodesy.project_to_segments`` in its order."""
    ax = _local_x(coords[s, 0], lon0, fx)
    ay = (coords[s, 1] - lat0) * fy
    bx = _local_x(coords[s + 1, 0], lon0, fx)
    by = (coords[s + 1, 1] - lat0) * fy
    vx = bx - ax
    vy = by - ay
    vv = vx * vx + vy * vy
    t = 0.0
    if vv > 0:
        t = ((0.0 - ax) * vx + (0.0 - ay) * vy) / vv
    t = min(max(t, 0.0), 1.0)
    qx = ax + t * vx
    qy = ay + t * vy
    return (0.0 - qx) * (0.0 - qx) + (0.0 - qy) * (0.0 - qy), t


@jit
def _box_lower_bound(box, lon0, lat0, cos_q):
    """Metres to the bounding box ``box`` (minx, miny, maxx, maxy), 1 % short of the least possible
    distance in the query's local plane (as the array version prunes)."""
    cos_min = min(math.cos(math.radians(min(max(abs(box[1]), abs(box[3])), 89.9))), cos_q)
    dxd = max(max(box[0] - lon0, lon0 - box[2]), 0.0)
    dyd = max(max(box[1] - lat0, lat0 - box[3]), 0.0)
    return 0.99 * math.hypot(dxd * 110_500.0 * cos_min, dyd * 110_500.0)


@jit
def _in_window(box, lx0, ly0, ix, iy, ix0, iy0, lon0, lat0, rlon, rlat):
    """Whether an entry (its part's box, and the cell ``lx0, ly0`` of the box's lower corner) found in cell
    ``ix, iy`` is measured: in the first cell of the window its box meets, and when the box meets the
    search box ``lon0 +- rlon, lat0 +- rlat``."""
    if ix != max(lx0, ix0) or iy != max(ly0, iy0):
        return False  # counted in another cell of the window
    return not (box[0] > lon0 + rlon or box[2] < lon0 - rlon or box[1] > lat0 + rlat or box[3] < lat0 - rlat)


@jit
def _cell_range(keys, key):
    """Entries ``[lo, hi)`` of the sorted cell ``keys`` equal to ``key``."""
    lo = np.searchsorted(keys, key, side="left")
    if lo >= keys.size or keys[lo] != key:
        return lo, lo
    return lo, np.searchsorted(keys, key, side="right")


@jit
def nearest_segments(
    qlon, qlat, qfx, qfy, excl,
    ix0, ix1, iy0, iy1, rlon, rlat, tx0, ty0,
    keys, entry_part, entry_box, entry_cell, p_start, p_end, p_line, coords, big,
    out_part, out_seg, out_t,
):  # fmt: skip
    """For each query ``i``: the part, segment (global vertex index of its start) and fraction along it of
    the nearest segment within the query's window (``out_part`` -1 when no part is a candidate).

    ``qfx``, ``qfy``: metres per degree at the query (``core.geodesy.local_factors``); ``excl``: a line to
    ignore per query (-1 for none); ``ix0 .. iy1``: the grid window, ``rlon``, ``rlat`` the half sizes of
    the search box in degrees; ``tx0``, ``ty0``: the lower corner of the tie window (see the module doc).
    ``entry_box`` and ``entry_cell`` are the bounding box of each entry's part and the grid cell of the
    box's lower corner, in entry order (read in sequence, not all over the part arrays)."""
    for i in range(qlon.size):
        lon0 = qlon[i]
        lat0 = qlat[i]
        cos_q = math.cos(math.radians(abs(lat0)))
        best_d2 = np.inf
        best = (-1, -1, -1, -1)  # tie order of the best: grid row, grid column, part, segment
        best_t = 0.0
        for iy in range(iy0[i], iy1[i] + 1):
            for ix in range(ix0[i], ix1[i] + 1):
                lo, hi = _cell_range(keys, (ix + big) * (big * 2) + (iy + big))
                for j in range(lo, hi):
                    box = entry_box[j]
                    lx0 = entry_cell[j, 0]
                    ly0 = entry_cell[j, 1]
                    if not _in_window(box, lx0, ly0, ix, iy, ix0[i], iy0[i], lon0, lat0, rlon[i], rlat[i]):
                        continue
                    p = entry_part[j]
                    if p_line[p] == excl[i]:
                        continue
                    if best[2] >= 0 and _box_lower_bound(box, lon0, lat0, cos_q) ** 2 > best_d2 * 1.0000001:
                        continue  # surely farther than the best: neither a win nor a tie
                    kx = max(np.int64(lx0), tx0[i])
                    ky = max(np.int64(ly0), ty0[i])
                    for s in range(p_start[p], p_end[p]):
                        d2, t = _segment_d2(coords, s, lon0, lat0, qfx[i], qfy[i])
                        if d2 < best_d2 or (d2 == best_d2 and (ky, kx, p, s) < best):
                            best_d2 = d2
                            best = (ky, kx, p, s)
                            best_t = t
        out_part[i] = best[2]
        out_seg[i] = best[3]
        out_t[i] = best_t
