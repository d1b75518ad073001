"""Compiled kernels of the overland flow-path router (:mod:`core.flowpath`), with numba.

The same method as the pure-Python router (:mod:`core.flowpath` and :mod:`core.flowpath_flood`), step for
step, so that both give identical paths: D8 steepest descent (O'Callaghan & Mark 1984, Computer Vision,
Graphics, and Image Processing 28:323-344) until a pit, then a priority-flood from the pit out to the first
outlet and back from it over the flooded cells (Barnes, Lehman & Mulla 2014, Computers & Geosciences
62:117-127; flat distances as in Barnes, Lehman & Mulla 2014b, Computers & Geosciences 62:128-135), then
descent on the conditioned cells to the outlet. The bucket queue of the Python router (lowest elevation
first, first in first out within an elevation) is a binary heap here, ordered by (elevation, push number):
the same order.

The DEM stays windowed: the kernel reads cells from a pool of cached 256 x 256 blocks and, when a cell it is
about to need lies in a block that is not loaded (or whose river-mask block is not read yet, or when a pool
or a buffer is full), it returns a request to its Python driver (:mod:`core.flowpath_fast`) before changing
anything, and is called again to resume. All its state is in the arrays it is given.

This module imports numba at import time: import it only when tracing (plugin start must not load numba);
:func:`core.flowpath_fast.kernels_available` does it.
"""

from __future__ import annotations

import numpy as np

from .jit import jit

# statuses returned by trace_kernel
DONE = 0
NEED_Z = 1  # load DEM block st[S_ARG]
NEED_RIVER = 2  # read river-mask block st[S_ARG]
NEED_SLOT = 3  # the per-path block pool is full
GROW_PATH = 4  # the path buffers are full
GROW_HEAP = 5  # the queue buffers are full
YIELD = 6  # a slice of work is done: check for cancel, then resume

# phases
PH_WALK = 0
PH_FLOOD_INIT = 1
PH_FLOOD = 2
PH_COND_INIT = 3
PH_COND = 4
PH_DONE = 5

# end reasons (indices into core.flowpath.END_REASONS)
R_RIVER = 0
R_EDGE = 1
R_NODATA = 2
R_MAXLEN = 3
R_PIT = 4

# pit details
PIT_DEPTH = 1  # deeper than max_fill_depth_m
PIT_LIMIT = 2  # flood larger than max_flood_cells

# int64 state vector
S_PHASE = 0
S_G = 1  # current cell of the walk
S_FLOODED = 2
S_NPATH = 3
S_HEAP = 4  # queue size
S_SEQ = 5  # push counter (ties leave first in, first out)
S_POPPED = 6
S_OUTLET = 7
S_REASON = 8
S_NDEP = 9
S_NSLOT = 10  # per-path blocks in use
S_G0 = 11  # pit the flood starts from
S_PIT = 12
S_LIMIT = 13  # max_flood_cells
S_H = 14
S_W = 15
S_NBX = 16
S_ARG = 17
S_SLICE = 18  # cells per slice between two YIELDs
S_BUDGET = 19  # cells left in this slice
S_PNX = 20  # per-path tiles per row

# float64 state vector
F_MAXLEN = 0
F_MAXDEPTH = 1
F_TOP = 2
F_E0 = 3

# D8 neighbours in the order of core.flowpath_flood._OFFSETS; kind 0 = east-west, 1 = north-south, 2 = diagonal
DR = np.array([0, 1, 1, 1, 0, -1, -1, -1], dtype=np.int64)
DC = np.array([1, 1, 0, -1, -1, -1, 0, 1], dtype=np.int64)
KIND = np.array([0, 2, 1, 2, 0, 2, 1, 2], dtype=np.int64)

# the per-path pool is kept by tiles of 64 x 64 cells (a flood is a thin, winding region: smaller tiles than
# the 256 x 256 DEM blocks hold fewer cells it does not touch)
PSHIFT = 6
PMASK = 63
PCELLS = 1 << (2 * PSHIFT)

# per-path cell flags: as core.flowpath_flood, plus 8 = filled (value in the fill pool)
QUEUED = 1
FLOODED = 2
CONDITIONED = 4
FILLED = 8


@jit
def _outside(r, c, H, W):
    return r < 0 or r >= H or c < 0 or c >= W


@jit
def _step_len(dx, dy, dd, r, j):
    """Length (m) of the D8 step j from row r: east-west, north-south or diagonal."""
    kind = KIND[j]
    if kind == 0:
        return dx[r]
    if kind == 1:
        return dy[r]
    return dd[r]


@jit
def _missing_z(zslot, r, c, H, W, nbx):
    """Key of a DEM block of the 3 x 3 neighbourhood of (r, c) that is not loaded, or -1."""
    r0 = max(r - 1, 0)
    r1 = min(r + 1, H - 1)
    c0 = max(c - 1, 0)
    c1 = min(c + 1, W - 1)
    for br in range(r0 >> 8, (r1 >> 8) + 1):
        for bc in range(c0 >> 8, (c1 >> 8) + 1):
            k = br * nbx + bc
            if zslot[k] < 0:
                return k
    return -1


@jit
def _slots_ready(st, pslot, pkeys, r, c):
    """Give every tile of the 3 x 3 neighbourhood of (r, c) a per-path slot; False when the pool is full."""
    H = st[S_H]
    W = st[S_W]
    pnx = st[S_PNX]
    r0 = max(r - 1, 0)
    r1 = min(r + 1, H - 1)
    c0 = max(c - 1, 0)
    c1 = min(c + 1, W - 1)
    for br in range(r0 >> PSHIFT, (r1 >> PSHIFT) + 1):
        for bc in range(c0 >> PSHIFT, (c1 >> PSHIFT) + 1):
            k = br * pnx + bc
            if pslot[k] < 0:
                n = st[S_NSLOT]
                if n >= len(pkeys):
                    return False
                pslot[k] = n
                pkeys[n] = k
                st[S_NSLOT] = n + 1
    return True


@jit
def _pk(pnx, r, c):
    """Per-path tile of (r, c)."""
    return (r >> PSHIFT) * pnx + (c >> PSHIFT)


@jit
def _pi(r, c):
    """Index of (r, c) in its per-path tile."""
    return ((r & PMASK) << PSHIFT) | (c & PMASK)


@jit
def _z(zslot, zpool, nbx, r, c):
    return zpool[zslot[(r >> 8) * nbx + (c >> 8)], ((r & 255) << 8) | (c & 255)]


@jit
def _filled(zslot, zpool, pslot, flags, fillv, nbx, pnx, r, c):
    """Conditioned elevation of (r, c) during the current path."""
    s = pslot[_pk(pnx, r, c)]
    if s >= 0:
        i = _pi(r, c)
        if flags[s, i] & FILLED:
            return fillv[s, i]
    return _z(zslot, zpool, nbx, r, c)


@jit
def _flag(pslot, flags, pnx, r, c):
    s = pslot[_pk(pnx, r, c)]
    if s < 0:
        return 0
    return flags[s, _pi(r, c)]


@jit
def _flatd(pslot, flatd, pnx, r, c):
    s = pslot[_pk(pnx, r, c)]
    if s < 0:
        return 0
    return np.int64(flatd[s, _pi(r, c)])


@jit
def _is_river(rslot, rpool, nbx, r, c):
    s = rslot[(r >> 8) * nbx + (c >> 8)]
    return s >= 0 and rpool[s, ((r & 255) << 8) | (c & 255)] == 1


@jit
def _before(he, hs, a, b):
    return he[a] < he[b] or (he[a] == he[b] and hs[a] < hs[b])


@jit
def _push(st, he, hs, hc, e, g):
    """Queue cell g at elevation e (the caller made room)."""
    n = st[S_HEAP]
    seq = st[S_SEQ]
    st[S_SEQ] = seq + 1
    st[S_HEAP] = n + 1
    i = n
    while i > 0:
        p = (i - 1) >> 1
        if he[p] < e or (he[p] == e and hs[p] < seq):
            break
        he[i] = he[p]
        hs[i] = hs[p]
        hc[i] = hc[p]
        i = p
    he[i] = e
    hs[i] = seq
    hc[i] = g


@jit
def _pop(st, he, hs, hc):
    """Remove the top of the queue (read it first from he[0], hc[0])."""
    n = st[S_HEAP] - 1
    st[S_HEAP] = n
    if n == 0:
        return
    e = he[n]
    s = hs[n]
    g = hc[n]
    i = 0
    while True:
        a = 2 * i + 1
        if a >= n:
            break
        b = a + 1
        if b < n and _before(he, hs, b, a):
            a = b
        if he[a] < e or (he[a] == e and hs[a] < s):
            he[i] = he[a]
            hs[i] = hs[a]
            hc[i] = hc[a]
            i = a
        else:
            break
    he[i] = e
    hs[i] = s
    hc[i] = g


@jit
def _ready(st, zslot, rseen, r, c, river):
    """-1 when the next step at (r, c) has the DEM blocks of its 3 x 3 neighbourhood, its river-mask block
    (when ``river``) and time left in the slice; else the request to return (nothing changed yet)."""
    k = _missing_z(zslot, r, c, st[S_H], st[S_W], st[S_NBX])
    if k >= 0:
        st[S_ARG] = k
        return NEED_Z
    if river:
        key = (r >> 8) * st[S_NBX] + (c >> 8)
        if rseen[key] == 0:
            st[S_ARG] = key
            return NEED_RIVER
    st[S_BUDGET] -= 1
    if st[S_BUDGET] < 0:
        return YIELD
    return -1


@jit
def _finish(st, reason):
    st[S_REASON] = reason
    st[S_PHASE] = PH_DONE
    return DONE


@jit
def _steepest(st, zslot, zpool, pslot, flags, fillv, dx, dy, dd, r, c, e, flooded):
    """Steepest descent (D8, O'Callaghan & Mark 1984) from (r, c) at conditioned elevation e: (next cell or
    -1, step length m, a neighbour is off the DEM, a neighbour is nodata); after a flood only cells of the
    flooded region count."""
    H, W, nbx, pnx = st[S_H], st[S_W], st[S_NBX], st[S_PNX]
    best = -1
    best_s = 0.0
    best_d = 0.0
    edge = False
    nod = False
    for j in range(8):
        rr = r + DR[j]
        cc = c + DC[j]
        if _outside(rr, cc, H, W):
            edge = True
            continue
        en = np.float64(_filled(zslot, zpool, pslot, flags, fillv, nbx, pnx, rr, cc))
        if en != en:
            nod = True
            continue
        if en < e and (not flooded or (_flag(pslot, flags, pnx, rr, cc) & FLOODED)):
            d = _step_len(dx, dy, dd, r, j)
            s = (e - en) / d
            if s > best_s:
                best_s = s
                best = rr * W + cc
                best_d = d
    return best, best_d, edge, nod


@jit
def _flat_step(st, zslot, zpool, pslot, flags, fillv, flatd, dx, dy, dd, r, c, e):
    """On a filled flat, the neighbour one step closer to its outlet: (cell, step length m), or (-1, 0)."""
    H, W, nbx, pnx = st[S_H], st[S_W], st[S_NBX], st[S_PNX]
    fd = _flatd(pslot, flatd, pnx, r, c)
    if fd <= 0:
        return -1, 0.0
    for j in range(8):
        rr = r + DR[j]
        cc = c + DC[j]
        if _outside(rr, cc, H, W):
            continue
        if (
            _flatd(pslot, flatd, pnx, rr, cc) == fd - 1
            and (_flag(pslot, flags, pnx, rr, cc) & FLOODED)
            and np.float64(_filled(zslot, zpool, pslot, flags, fillv, nbx, pnx, rr, cc)) == e
        ):
            return rr * W + cc, _step_len(dx, dy, dd, r, j)
    return -1, 0.0


@jit
def _dead_end(st, g, edge, nod, flooded):
    """End reason at a cell without a lower neighbour, or a flood from it (-1: go on)."""
    if edge:
        return _finish(st, R_EDGE)
    if nod:
        return _finish(st, R_NODATA)
    if flooded:  # every flooded cell drains to the outlet: not expected
        return _finish(st, R_PIT)
    st[S_G0] = g
    st[S_PHASE] = PH_FLOOD_INIT
    return -1


@jit
def _walk(st, fs, zslot, zpool, pslot, flags, fillv, flatd, rseen, rslot, rpool, dx, dy, dd, pcell, pcum, pz):
    """Walk from cell st[S_G] by steepest descent until the path ends, needs a flood or needs something."""
    W, nbx, pnx = st[S_W], st[S_NBX], st[S_PNX]
    flooded = st[S_FLOODED] != 0
    while True:
        g = st[S_G]
        r = g // W
        c = g % W
        n = st[S_NPATH]
        if n >= len(pcell):
            return GROW_PATH
        req = _ready(st, zslot, rseen, r, c, True)
        if req >= 0:
            return req
        e = np.float64(_filled(zslot, zpool, pslot, flags, fillv, nbx, pnx, r, c))
        best, best_d, edge, nod = _steepest(
            st, zslot, zpool, pslot, flags, fillv, dx, dy, dd, r, c, e, flooded
        )
        if _is_river(rslot, rpool, nbx, r, c):
            return _finish(st, R_RIVER)
        if best < 0 and flooded:  # on a filled flat: step towards its outlet
            best, best_d = _flat_step(st, zslot, zpool, pslot, flags, fillv, flatd, dx, dy, dd, r, c, e)
        if best < 0:
            return _dead_end(st, g, edge, nod, flooded)
        if pcum[n - 1] + best_d > fs[F_MAXLEN]:
            return _finish(st, R_MAXLEN)
        pcell[n] = best
        pcum[n] = pcum[n - 1] + best_d
        pz[n] = _z(zslot, zpool, nbx, best // W, best % W)
        st[S_NPATH] = n + 1
        st[S_G] = best


@jit
def _flood_init(st, fs, zslot, zpool, pslot, pkeys, flags, he, hs, hc):
    """Start the flood from the pit st[S_G0]; -1, or a request."""
    nbx, pnx = st[S_NBX], st[S_PNX]
    g0 = st[S_G0]
    r0 = g0 // st[S_W]
    c0 = g0 % st[S_W]
    k = _missing_z(zslot, r0, c0, st[S_H], st[S_W], nbx)
    if k >= 0:
        st[S_ARG] = k
        return NEED_Z
    if not _slots_ready(st, pslot, pkeys, r0, c0):
        return NEED_SLOT
    if len(hc) < 16:
        return GROW_HEAP
    e0 = _z(zslot, zpool, nbx, r0, c0)
    st[S_HEAP] = 0
    st[S_SEQ] = 0
    st[S_POPPED] = 0
    flags[pslot[_pk(pnx, r0, c0)], _pi(r0, c0)] |= QUEUED
    fs[F_TOP] = np.float64(e0)
    fs[F_E0] = np.float64(e0)
    _push(st, he, hs, hc, e0, g0)
    st[S_PHASE] = PH_FLOOD
    return -1


@jit
def _spread(st, zslot, zpool, pslot, flags, rslot, rpool, he, hs, hc, r, c):
    """Mark (r, c) flooded and queue its unseen neighbours; True when it is an outlet (a river cell, on the
    DEM edge or next to nodata: the DEM edge and nodata are outlets, Barnes et al. 2014)."""
    H, W, nbx, pnx = st[S_H], st[S_W], st[S_NBX], st[S_PNX]
    flags[pslot[_pk(pnx, r, c)], _pi(r, c)] |= FLOODED
    outlet = _is_river(rslot, rpool, nbx, r, c)
    for j in range(8):
        rr = r + DR[j]
        cc = c + DC[j]
        if _outside(rr, cc, H, W):
            outlet = True
            continue
        s2 = pslot[_pk(pnx, rr, cc)]
        i2 = _pi(rr, cc)
        if flags[s2, i2]:
            continue
        en = _z(zslot, zpool, nbx, rr, cc)
        if en != en:  # so is nodata
            outlet = True
            continue
        flags[s2, i2] = QUEUED
        _push(st, he, hs, hc, en, rr * W + cc)
    return outlet


@jit
def _flood(st, fs, zslot, zpool, pslot, pkeys, flags, rseen, rslot, rpool, he, hs, hc):
    """Priority-flood out of the pit to the first outlet (Barnes et al. 2014): the lowest queued cell first,
    which is Prim's algorithm, so the first outlet popped has the lowest spill."""
    W = st[S_W]
    while st[S_HEAP] > 0:
        g = hc[0]
        r = g // W
        c = g % W
        req = _ready(st, zslot, rseen, r, c, True)
        if req >= 0:
            return req
        if not _slots_ready(st, pslot, pkeys, r, c):
            return NEED_SLOT
        if st[S_HEAP] + 8 > len(hc):
            return GROW_HEAP
        e = np.float64(he[0])
        _pop(st, he, hs, hc)
        if e > fs[F_TOP]:
            fs[F_TOP] = e
            if e - fs[F_E0] > fs[F_MAXDEPTH]:
                st[S_PIT] = PIT_DEPTH
                return _finish(st, R_PIT)
        st[S_POPPED] += 1
        if st[S_POPPED] > st[S_LIMIT]:
            st[S_PIT] = PIT_LIMIT
            return _finish(st, R_PIT)
        if _spread(st, zslot, zpool, pslot, flags, rslot, rpool, he, hs, hc, r, c):
            st[S_OUTLET] = g
            st[S_PHASE] = PH_COND_INIT
            return -1
    return _finish(st, R_PIT)  # a finite raster always has an outlet: not expected


@jit
def _raise_neighbours(st, zslot, zpool, pslot, flags, fillv, flatd, he, hs, hc, r, c, f):
    """Queue the flooded, not yet conditioned neighbours of (r, c) (filled elevation f): a lower or equal one
    is filled to f, one step further from the outlet on the flat."""
    H, W, nbx, pnx = st[S_H], st[S_W], st[S_NBX], st[S_PNX]
    d = _flatd(pslot, flatd, pnx, r, c)
    for j in range(8):
        rr = r + DR[j]
        cc = c + DC[j]
        if _outside(rr, cc, H, W):
            continue
        s2 = pslot[_pk(pnx, rr, cc)]
        if s2 < 0:
            continue
        i2 = _pi(rr, cc)
        v = flags[s2, i2]
        if not (v & FLOODED) or (v & CONDITIONED):
            continue
        v |= CONDITIONED
        en = _z(zslot, zpool, nbx, rr, cc)
        if en <= f:
            if en < f:
                fillv[s2, i2] = f
                v |= FILLED
            flatd[s2, i2] = min(d + 1, 65535)
            en = f
        flags[s2, i2] = v
        _push(st, he, hs, hc, en, rr * W + cc)


@jit
def _condition(st, zslot, zpool, pslot, flags, fillv, flatd, rseen, he, hs, hc):
    """Priority-flood back from the outlet over the flooded cells (Barnes et al. 2014, Algorithm 2): the
    filled elevation and flat distance of each; -1 when done, or a request."""
    W, nbx, pnx = st[S_W], st[S_NBX], st[S_PNX]
    if st[S_PHASE] == PH_COND_INIT:
        go = st[S_OUTLET]
        ro = go // W
        co = go % W
        k = _missing_z(zslot, ro, co, st[S_H], W, nbx)
        if k >= 0:
            st[S_ARG] = k
            return NEED_Z
        st[S_HEAP] = 0
        st[S_SEQ] = 0
        _push(st, he, hs, hc, _z(zslot, zpool, nbx, ro, co), go)
        flags[pslot[_pk(pnx, ro, co)], _pi(ro, co)] |= CONDITIONED
        st[S_PHASE] = PH_COND
    while st[S_HEAP] > 0:
        g = hc[0]
        r = g // W
        c = g % W
        req = _ready(st, zslot, rseen, r, c, False)
        if req >= 0:
            return req
        if st[S_HEAP] + 8 > len(hc):
            return GROW_HEAP
        f = he[0]
        _pop(st, he, hs, hc)
        _raise_neighbours(st, zslot, zpool, pslot, flags, fillv, flatd, he, hs, hc, r, c, f)
    return -1


@jit
def _cut_path(st, pslot, flags, pcell):
    """After the flood: walk on from the first path cell in the flooded region (merged depressions)."""
    W = st[S_W]
    n = st[S_NPATH]
    m = n - 1
    for q in range(n):
        pq = pcell[q]
        if _flag(pslot, flags, st[S_PNX], pq // W, pq % W) & FLOODED:
            m = q
            break
    st[S_NPATH] = m + 1
    st[S_G] = pcell[m]
    st[S_FLOODED] = 1
    st[S_NDEP] += 1
    st[S_PHASE] = PH_WALK


@jit
def trace_kernel(st, fs, D, P, Q):
    """Advance the trace of one path until it ends (DONE) or needs something (a request status).

    D = (zslot, zpool, pslot, pkeys, flags, fillv, flatd, rseen, rslot, rpool, dx, dy, dd): DEM block pool,
    per-path pool, river pool, cell sizes; P = (cells, cumulative length, z) of the path; Q = (elevations,
    push numbers, cells) of the queue; st / fs: the int64 / float64 state (S_* / F_* indices)."""
    zslot, zpool, pslot, pkeys, flags, fillv, flatd, rseen, rslot, rpool, dx, dy, dd = D
    pcell, pcum, pz = P
    he, hs, hc = Q
    st[S_BUDGET] = st[S_SLICE]
    s = -1
    while s < 0:
        ph = st[S_PHASE]
        if ph == PH_WALK:
            s = _walk(
                st,
                fs,
                zslot,
                zpool,
                pslot,
                flags,
                fillv,
                flatd,
                rseen,
                rslot,
                rpool,
                dx,
                dy,
                dd,
                pcell,
                pcum,
                pz,
            )
        elif ph == PH_FLOOD_INIT:
            s = _flood_init(st, fs, zslot, zpool, pslot, pkeys, flags, he, hs, hc)
        elif ph == PH_FLOOD:
            s = _flood(st, fs, zslot, zpool, pslot, pkeys, flags, rseen, rslot, rpool, he, hs, hc)
        elif ph == PH_COND_INIT or ph == PH_COND:
            s = _condition(st, zslot, zpool, pslot, flags, fillv, flatd, rseen, he, hs, hc)
            if s < 0:
                _cut_path(st, pslot, flags, pcell)
        else:
            return DONE
    return s
