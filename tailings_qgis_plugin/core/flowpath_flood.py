"""Depression filling of the overland flow-path router (:mod:`core.flowpath`): priority-flood on demand.

From a pit, a priority-flood (Barnes, Lehman & Mulla 2014, "Priority-flood: An optimal depression-filling
and watershed-labeling algorithm for digital elevation models", Computers & Geosciences 62:117-127) floods
outwards to the first outlet, then back from that outlet over the flooded cells to give their filled
elevations and flat distances (Barnes, Lehman & Mulla 2014b, Computers & Geosciences 62:128-135). See
:mod:`core.flowpath` for the whole method.
"""

from __future__ import annotations

import heapq
from array import array

from .common import check_cancel, tr
from .dem import BLOCK_MASK, BLOCK_SHIFT
from .numbers import num

# D8 neighbours: (drow, dcol, kind) with kind 0 = east-west, 1 = north-south, 2 = diagonal
_OFFSETS = (
    (0, 1, 0),
    (1, 1, 2),
    (1, 0, 1),
    (1, -1, 2),
    (0, -1, 0),
    (-1, -1, 2),
    (-1, 0, 1),
    (-1, 1, 2),
)
_OFF8 = tuple((dr, dc) for dr, dc, _ in _OFFSETS)


class _BucketQueue:
    """Cells by elevation: one FIFO per elevation value and a heap of the values, so ties leave in
    breadth-first order (the "+epsilon" order of Barnes et al. 2014) at little memory on integer DEMs."""

    __slots__ = ("buckets", "keys")

    def __init__(self, key, cell):
        self.keys = [key]
        self.buckets = {key: [array("q", [cell]), 0]}  # elevation -> [FIFO of cells, read position]

    def pop(self):
        """(elevation, cell) of the lowest, earliest queued cell."""
        e = self.keys[0]
        b = self.buckets[e]
        q, pos = b
        g = q[pos]
        pos += 1
        if pos == len(q):
            heapq.heappop(self.keys)
            del self.buckets[e]
        else:
            b[1] = pos
        return e, g

    def push(self, key, cell) -> None:
        b = self.buckets.get(key)
        if b is None:
            self.buckets[key] = [array("q", [cell]), 0]
            heapq.heappush(self.keys, key)
        else:
            b[0].append(cell)


class DepressionFill:
    """Per-path conditioning of :class:`core.flowpath.FlowPathRouter` (a mixin: the router sets ``dem``,
    ``W``, ``H``, ``feedback``, ``max_fill_depth_m``, ``max_flood_cells``, ``_fill``, ``_flatd``,
    ``_flags``, ``n_floods``, ``flooded_cells`` and provides ``is_river``).
    """

    def _flood(self, g0: int):
        """Flood from the pit ``g0`` to the first outlet, then condition the flooded cells.

        1. Priority-flood outwards from the pit (cells popped in order of elevation, each once), through
           every depression on the way, until the first outlet is popped: a river cell, a DEM edge cell
           or a cell next to nodata. Popping the lowest frontier cell first makes this Prim's algorithm
           on elevations, whose tree paths are minimax paths; the first outlet popped is therefore the
           one the pit drains to over the lowest possible spill, i.e. its filled elevation in the global
           priority-flood of Barnes et al. (2014).
        2. Priority-flood back from that outlet over the flooded cells only (Barnes et al. 2014,
           Algorithm 2): filled elevation F = max(z, F of the cell that floods it); the breadth-first
           distance within each level (the order of their "+epsilon" queue) resolves flats.

        Both queues are bucket queues (one FIFO per elevation value, a heap of the values), which keeps
        ties in breadth-first order and costs little memory on integer DEMs (Barnes et al. 2014 note the
        same for integer elevations). Returns True, or False when the pit needs more than
        ``max_fill_depth_m`` of filling or the flood exceeds ``max_flood_cells``.
        """
        spill = self._flood_out(g0)
        if spill is None:
            return False
        outlet_cell, n_popped, top = spill
        self._condition(outlet_cell)
        self.n_floods += 1
        self.flooded_cells += n_popped
        r0, c0 = divmod(g0, self.W)
        if top > self.dem.get(r0, c0) and n_popped > 1_000_000:
            ll = self.dem.to_lonlat(self.dem.rowcol_to_xy([r0], [c0]))[0]
            self.feedback.pushWarning(
                tr(
                    "The depression near {lon} E, {lat} N drains only over a spill at {z} m; "
                    "{n} cells were flooded to find it."
                ).format(lon=num(ll[0], 4), lat=num(ll[1], 4), z=num(top, 1), n=n_popped)
            )
        return True

    def _flood_out(self, g0: int):
        """Step 1 of :meth:`_flood`: (outlet cell, cells popped, spill elevation), or None when the pit
        needs more than ``max_fill_depth_m`` of filling or the flood exceeds ``max_flood_cells``."""
        fb = self.feedback
        r0, c0 = divmod(g0, self.W)
        e0 = self.dem.get(r0, c0)
        queue = _BucketQueue(e0, g0)
        self._flag(r0, c0, 1)
        n_popped = 0
        top = e0
        maxdepth = self.max_fill_depth_m
        limit = self.max_flood_cells
        spread = self._spread
        pop = queue.pop
        while queue.keys:
            e, g = pop()
            if e > top:
                top = e
                if top - e0 > maxdepth:
                    return None
            n_popped += 1
            if n_popped > limit:
                fb.pushWarning(
                    tr("A depression or flat larger than {n} cells was met; the path stops there.").format(
                        n=limit
                    )
                )
                return None
            if not (n_popped & 0xFFFF):
                check_cancel(fb)
            if spread(g, queue):
                return g, n_popped, top
        return None  # pragma: no cover - a finite raster always has an outlet

    def _spread(self, g, queue) -> bool:
        """Mark cell ``g`` flooded and queue its unseen neighbours; True when ``g`` is an outlet (a river
        cell, on the DEM edge or next to nodata: the DEM edge and nodata are outlets, Barnes et al. 2014)."""
        W, H = self.W, self.H
        flags = self._flags
        nbx = self.dem._nbx
        get = self.dem.get
        push = queue.push
        r, c = divmod(g, W)
        flags[(r >> BLOCK_SHIFT) * nbx + (c >> BLOCK_SHIFT)][
            ((r & BLOCK_MASK) << BLOCK_SHIFT) | (c & BLOCK_MASK)
        ] |= 2  # flooded
        outlet = self.is_river(r, c)
        for dr, dc in _OFF8:
            rr = r + dr
            cc = c + dc
            if rr < 0 or rr >= H or cc < 0 or cc >= W:
                outlet = True
                continue
            key = (rr >> BLOCK_SHIFT) * nbx + (cc >> BLOCK_SHIFT)
            fl = flags.get(key)
            if fl is None:
                fl = flags[key] = bytearray(1 << (2 * BLOCK_SHIFT))
            i = ((rr & BLOCK_MASK) << BLOCK_SHIFT) | (cc & BLOCK_MASK)
            if fl[i]:
                continue
            en = get(rr, cc)
            if en != en:  # so is nodata
                outlet = True
                continue
            fl[i] = 1
            push(en, rr * W + cc)
        return outlet

    def _condition(self, outlet_cell: int) -> None:
        """Step 2 of :meth:`_flood`: priority-flood from the outlet over the flooded region, giving the
        filled elevations and the flat distances of its cells."""
        ro, co = divmod(outlet_cell, self.W)
        queue = _BucketQueue(self.dem.get(ro, co), outlet_cell)
        self._flag(ro, co, 4)
        pop = queue.pop
        raise_next = self._raise_neighbours
        while queue.keys:
            f, g = pop()
            raise_next(f, g, queue)

    def _raise_neighbours(self, f, g, queue) -> None:
        """Queue the flooded, not yet conditioned neighbours of cell ``g`` (filled elevation ``f``): a lower
        or equal one is filled to ``f``, one step further from the outlet on the flat."""
        W, H = self.W, self.H
        flags = self._flags
        nbx = self.dem._nbx
        get = self.dem.get
        r, c = divmod(g, W)
        fd = self._flatd.get((r >> BLOCK_SHIFT) * nbx + (c >> BLOCK_SHIFT))
        d = 0 if fd is None else fd[((r & BLOCK_MASK) << BLOCK_SHIFT) | (c & BLOCK_MASK)]
        for dr, dc in _OFF8:
            rr = r + dr
            cc = c + dc
            if rr < 0 or rr >= H or cc < 0 or cc >= W:
                continue
            key = (rr >> BLOCK_SHIFT) * nbx + (cc >> BLOCK_SHIFT)
            fl = flags.get(key)
            if fl is None:
                continue
            i = ((rr & BLOCK_MASK) << BLOCK_SHIFT) | (cc & BLOCK_MASK)
            v = fl[i]
            if not (v & 2) or (v & 4):
                continue
            fl[i] = v | 4
            en = get(rr, cc)
            if en <= f:  # filled or flat: at the level of the cell that floods it, one step further
                self._set_filled(key, i, rr, cc, f if en < f else None, d + 1)
                en = f
            queue.push(en, rr * W + cc)

    def _set_filled(self, key, i, rr, cc, fill_to, flat_d) -> None:
        """Record a filled (``fill_to`` not None) or flat cell: its filled elevation and flat distance."""
        if fill_to is not None:
            fa = self._fill.get(key)
            if fa is None:
                fa = self._fill[key] = array("f", self.dem.block(rr, cc))
            fa[i] = fill_to
        fd = self._flatd.get(key)
        if fd is None:
            fd = self._flatd[key] = array("H", bytes(2 << (2 * BLOCK_SHIFT)))
        fd[i] = min(flat_d, 65535)

    def _flag(self, r: int, c: int, bit: int) -> None:
        key = (r >> BLOCK_SHIFT) * self.dem._nbx + (c >> BLOCK_SHIFT)
        fl = self._flags.get(key)
        if fl is None:
            fl = self._flags[key] = bytearray(1 << (2 * BLOCK_SHIFT))
        fl[((r & BLOCK_MASK) << BLOCK_SHIFT) | (c & BLOCK_MASK)] |= bit

    def _in_region(self, r: int, c: int) -> bool:
        fl = self._flags.get((r >> BLOCK_SHIFT) * self.dem._nbx + (c >> BLOCK_SHIFT))
        return fl is not None and bool(fl[((r & BLOCK_MASK) << BLOCK_SHIFT) | (c & BLOCK_MASK)] & 2)

    def filled(self, r: int, c: int) -> float:
        """Conditioned elevation of cell (r, c) during the current path."""
        fa = self._fill.get((r >> BLOCK_SHIFT) * self.dem._nbx + (c >> BLOCK_SHIFT))
        if fa is None:
            return self.dem.get(r, c)
        return fa[((r & BLOCK_MASK) << BLOCK_SHIFT) | (c & BLOCK_MASK)]

    def flat_distance(self, r: int, c: int) -> int:
        """Steps to the outlet level on a filled flat during the current path (0 off flats)."""
        fd = self._flatd.get((r >> BLOCK_SHIFT) * self.dem._nbx + (c >> BLOCK_SHIFT))
        return 0 if fd is None else fd[((r & BLOCK_MASK) << BLOCK_SHIFT) | (c & BLOCK_MASK)]
