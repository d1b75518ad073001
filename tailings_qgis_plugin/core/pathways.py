"""All pathways of a trace at once, as flat arrays: what a writer needs, without one object per vertex.

:func:`piece_table` gives the same pieces as :meth:`.tracing.TraceResult.pathway` for every facility (overland
leg, then one piece per reach in downstream order, consecutive edges of a reach merged), but computed with
array operations over all facilities together:

- the edges of all chains are walked in lock step (one vectorised step per edge along the longest path,
  every facility that is still walking advances at once);
- distances come from the chain table of the tracer: the distance from a facility's entry to chainage ``x``
  of edge ``e`` on its chain is ``T[e0] - c0 - T[e] + x`` (``T`` = distance from the start of an edge to
  the end of its chain, computed once per edge), so pathways that share a downstream trunk share its
  cumulative distances instead of re-adding them;
- coordinates are slices of the packed edge arrays, located by binary search on the cumulative chainage
  (``e_vcum``) with the interpolated end points, gathered with one index array.

Branching walks (no main-stem field, a bifurcation downstream) keep their per-facility pieces and are
converted from :meth:`.tracing.TraceResult.pathway`.
"""

from __future__ import annotations

from .common import check_cancel, ensure_feedback
from .lazy import np
from .network_index import _range_values
from .network_report import KIND_NAMES

OVERLAND_KIND = len(KIND_NAMES)  #: kind code of the overland leg in :func:`piece_table`
PIECE_KINDS = (*KIND_NAMES, "overland")  #: names of the kind codes


def piece_table(res, feedback=None, facilities=None):
    """Pieces of all pathways of ``res`` (a :class:`.tracing.TraceResult`), in facility then downstream order.

    Returns a dict of arrays, one entry per piece: ``facility``, ``seq`` (0 = overland leg), ``reach`` (input
    reach, -1 for the overland leg and straight lake crossings), ``kind`` (code into :data:`PIECE_KINDS`),
    ``from_km``, ``to_km`` (from the facility), ``assumed``, ``reach_from_m``, ``reach_to_m``, and the packed
    coordinates ``coords`` (N, 2) lon/lat in flow direction with ``offsets`` (pieces + 1).
    ``facilities``: only these facilities (indices; e.g. one chunk at a time, to bound the memory).
    """
    fb = ensure_feedback(feedback)
    tr_ = res.tracer
    net = tr_.net
    nf = len(res)
    snapped = np.asarray(res.snapped, bool)
    if facilities is not None:
        chosen = np.zeros(nf, bool)
        chosen[np.asarray(facilities, dtype=np.int64)] = True
        snapped = snapped & chosen
    blocks = []  # dicts with the piece fields + "order" (position within the facility) + coords/offsets

    # --- overland legs ------------------------------------------------------------------------------------
    f = np.flatnonzero(snapped)
    if f.size:
        only = res.overland_only[f]
        tx = np.where(only, res.end_lon[f], res.entry_lon[f])
        ty = np.where(only, res.end_lat[f], res.entry_lat[f])
        to_km = np.where(only, res.total_km[f], res.snap_distance_m[f] / 1000.0)
        xy = np.empty((2 * f.size, 2))
        xy[0::2, 0], xy[0::2, 1] = res.lon[f], res.lat[f]
        xy[1::2, 0], xy[1::2, 1] = tx, ty
        blocks.append(
            _block(f, np.zeros(f.size, np.int64), -1, OVERLAND_KIND, 0.0, to_km, True, 0.0, 0.0, xy, 2)
        )

    # --- chains, all facilities in lock step --------------------------------------------------------------
    branch = np.zeros(nf, bool)
    if res.branch_pieces:
        branch[np.fromiter(res.branch_pieces.keys(), dtype=np.int64)] = True
    chain = np.flatnonzero(snapped & ~res.overland_only & (res.e0 >= 0) & ~branch)
    if chain.size:
        blocks.append(_chain_block(res, chain, fb))

    # --- branching walks: per facility ----------------------------------------------------------------------
    for n_done, i in enumerate(np.flatnonzero(branch & snapped & ~res.overland_only)):
        if n_done % 200 == 0:
            check_cancel(fb)
        pw = res.pathway(int(i))
        pieces = pw.pieces[1:]
        if not pieces:
            continue
        xy = np.concatenate([p.coords for p in pieces])
        counts = np.array([len(p.coords) for p in pieces])
        kinds = np.array([KIND_NAMES.index(p.kind) for p in pieces])
        blocks.append(
            _block(
                np.full(len(pieces), i),
                np.arange(1, len(pieces) + 1),
                np.array([p.reach for p in pieces]),
                kinds,
                np.array([p.from_km for p in pieces]),
                np.array([p.to_km for p in pieces]),
                np.array([p.assumed for p in pieces]),
                np.array([p.reach_from_m for p in pieces]),
                np.array([p.reach_to_m for p in pieces]),
                xy,
                counts,
            )
        )
    return _assemble(blocks, net)


def _block(fac, order, reach, kind, from_km, to_km, assumed, rf, rt, coords, counts):
    n = np.asarray(fac).size
    counts = np.broadcast_to(np.asarray(counts, np.int64), (n,))
    offsets = np.zeros(n + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    return {
        "facility": np.asarray(fac, np.int64),
        "order": np.asarray(order, np.int64),
        "reach": np.broadcast_to(np.asarray(reach, np.int64), (n,)),
        "kind": np.broadcast_to(np.asarray(kind, np.int64), (n,)),
        "from_km": np.broadcast_to(np.asarray(from_km, float), (n,)),
        "to_km": np.broadcast_to(np.asarray(to_km, float), (n,)),
        "assumed": np.broadcast_to(np.asarray(assumed, bool), (n,)),
        "reach_from_m": np.broadcast_to(np.asarray(rf, float), (n,)),
        "reach_to_m": np.broadcast_to(np.asarray(rt, float), (n,)),
        "coords": np.asarray(coords, float).reshape(-1, 2),
        "offsets": offsets,
    }


def _chain_block(res, chain, fb):
    tr_ = res.tracer
    net = tr_.net
    e0 = res.e0[chain]
    c0 = res.c0[chain]
    end_e = res.end_e[chain]
    end_c = res.end_c[chain]
    base = tr_.T[e0] - c0  # river distance from the entry to the end of the chain
    cur = e0.copy()
    cpos = c0.copy()
    act = np.arange(chain.size)
    rows_k, rows_e, rows_c1, rows_c2 = [], [], [], []
    guard = net.n_edges + 1
    while act.size and guard:
        guard -= 1
        if guard % 256 == 0:
            check_cancel(fb)
        e = cur[act]
        last = e == end_e[act]
        c2 = np.where(last, end_c[act], net.e_len_m[e])
        rows_k.append(act)
        rows_e.append(e)
        rows_c1.append(cpos[act])
        rows_c2.append(c2)
        cpos[act] = 0.0
        nx = tr_.nxt[e]
        go = ~last & (nx != tr_.sent)
        cur[act[go]] = nx[go]
        act = act[go]
    k = np.concatenate(rows_k)
    order = np.argsort(k, kind="stable")  # by facility, then downstream
    k = k[order]
    e = np.concatenate(rows_e)[order]
    c1 = np.concatenate(rows_c1)[order]
    c2 = np.concatenate(rows_c2)[order]
    par = net.e_parent[e]
    rf = net.e_from_m[e] + c1
    rt = net.e_from_m[e] + c2
    d1 = base[k] - tr_.T[e] + c1
    d1[np.r_[True, k[1:] != k[:-1]]] = 0.0  # exact zero at each entry
    d2 = d1 + (c2 - c1)
    # consecutive edges of one reach form one piece
    cont = np.zeros(k.size, bool)
    if k.size > 1:
        cont[1:] = (
            (k[1:] == k[:-1]) & (par[1:] >= 0) & (par[1:] == par[:-1]) & (np.abs(rt[:-1] - rf[1:]) < 1e-3)
        )
    grp = np.cumsum(~cont) - 1
    starts = np.flatnonzero(~cont)
    ends = np.r_[starts[1:], k.size] - 1
    g_fac = k[starts]
    g_d1 = d1[starts]
    g_d2 = d2[ends]
    # zero-length pieces are dropped when the facility has other pieces (as TraceResult.pathway does)
    n_per_fac = np.bincount(g_fac, minlength=chain.size)
    keep_g = ~((g_d2 - g_d1 <= 1e-9) & (n_per_fac[g_fac] > 1))
    # coordinates of every row: interpolated ends and the vertices strictly between
    a = net.e_offsets[e]
    b = net.e_offsets[e + 1]
    vc = net.e_vcum
    g1 = vc[a] + np.clip(c1, 0.0, net.e_len_m[e])
    g2 = vc[a] + np.clip(c2, 0.0, net.e_len_m[e])
    hi_k = np.maximum(b - 2, a)
    # binary searches on the packed chainage, whose answer is known for whole edges (most rows): next to
    # the first or last vertex of the edge, checked, and searched only where the check fails
    s1 = _searchsorted(vc, g1, "right", a + 1)
    s2 = _searchsorted(vc, g2, "right", b + 1, b - 1)
    start = np.clip(s1, a, b)
    end = np.clip(_searchsorted(vc, g2, "left", b - 1, b + 1), a, b)
    n_inner = np.maximum(end - start, 0)
    keep_row = keep_g[grp]
    first_of_grp = ~cont
    # a row contributes: its start point (only when first of its piece), inner vertices, its end point
    cnt = np.where(keep_row, n_inner + 1 + first_of_grp, 0)
    row_off = np.zeros(k.size + 1, np.int64)
    np.cumsum(cnt, out=row_off[1:])
    # one run of the packed edge coordinates per row, read from one vertex before its inner vertices when it
    # starts a piece to one after them: the inner vertices land in their slots, and each end slot reads the
    # vertex next to them (clipped to the array), which is the end point itself when that lies on it
    src = _range_values(start - first_of_grp, cnt)
    np.clip(src, 0, net.e_coords.shape[0] - 1, out=src)
    xy = net.e_coords[src]
    del src
    # an end slot already holds its point when that point is the vertex read there (a row that starts or
    # ends at a vertex: every whole edge); the others get the point interpolated on its segment
    r = np.flatnonzero(keep_row & first_of_grp)
    r = r[~_at_vertex(vc, start[r] - 1, a[r], b[r], g1[r])]
    xy[row_off[r]] = _interp(net, np.clip(s1[r] - 1, a[r], hi_k[r]), g1[r])
    r = np.flatnonzero(keep_row)
    r = r[~_at_vertex(vc, start[r] + n_inner[r], a[r], b[r], g2[r])]
    xy[row_off[r + 1] - 1] = _interp(net, np.clip(s2[r] - 1, a[r], hi_k[r]), g2[r])
    g_counts = np.bincount(grp, weights=cnt, minlength=starts.size).astype(np.int64)
    sel = np.flatnonzero(keep_g)
    # position within the facility: 1, 2, ... after the overland leg
    gf = g_fac[sel]
    first_sel = np.r_[True, gf[1:] != gf[:-1]] if sel.size else np.zeros(0, bool)
    run_start = np.maximum.accumulate(np.where(first_sel, np.arange(sel.size), 0)) if sel.size else sel
    order_in_fac = np.arange(sel.size) - run_start + 1
    g_par = par[starts][sel]
    return _block(
        chain[gf],
        order_in_fac,
        g_par,
        net.e_kind[e[starts]][sel].astype(np.int64),
        res.snap_distance_m[chain[gf]] / 1000.0 + g_d1[sel] / 1000.0,
        res.snap_distance_m[chain[gf]] / 1000.0 + g_d2[sel] / 1000.0,
        g_par < 0,
        np.where(g_par >= 0, rf[starts][sel], 0.0),
        np.where(g_par >= 0, rt[ends][sel], 0.0),
        xy,
        g_counts[sel],
    )


def _searchsorted(v, x, side, *guesses):
    """``np.searchsorted(v, x, side)`` for a sorted ``v``: each guess is checked against the definition (every
    value before the index is < x, or <= x for ``right``; none from it on) and kept where it holds; the
    other queries are searched. Same answer, a few gathers instead of a binary search per query."""
    n = v.size
    out = np.full(x.size, -1, np.int64)
    todo = np.arange(x.size)
    for guess in guesses:
        if not todo.size:
            break
        i = np.clip(guess[todo], 0, n)
        before = v[np.maximum(i - 1, 0)]
        after = v[np.minimum(i, n - 1)]
        if side == "right":
            ok = ((i == 0) | (before <= x[todo])) & ((i == n) | (after > x[todo]))
        else:
            ok = ((i == 0) | (before < x[todo])) & ((i == n) | (after >= x[todo]))
        out[todo[ok]] = i[ok]
        todo = todo[~ok]
    if todo.size:
        out[todo] = np.searchsorted(v, x[todo], side=side)
    return out


def _at_vertex(vc, i, a, b, g):
    """Whether vertex ``i`` lies on its edge (``a <= i < b``) at global chainage ``g`` exactly."""
    inside = (i >= a) & (i < b)
    out = np.zeros(i.size, bool)
    out[inside] = vc[i[inside]] == g[inside]
    return out


def _interp(net, k, g):
    """Points at global chainage ``g`` on segments ``k`` (k -> k + 1) of the packed edge coordinates."""
    vc = net.e_vcum
    seg = vc[k + 1] - vc[k]
    with np.errstate(invalid="ignore", divide="ignore"):
        t = np.clip(np.where(seg > 0, (g - vc[k]) / seg, 0.0), 0.0, 1.0)
    xy = net.e_coords
    return xy[k] + t[:, None] * (xy[k + 1] - xy[k])


def _assemble(blocks, net):
    keys = ("facility", "order", "reach", "kind", "from_km", "to_km", "assumed", "reach_from_m", "reach_to_m")
    if not blocks:
        out = {key: np.zeros(0, dtype=float) for key in keys}
        for key in ("facility", "order", "reach", "kind"):
            out[key] = np.zeros(0, np.int64)
        out["assumed"] = np.zeros(0, bool)
        out["seq"] = np.zeros(0, np.int64)
        out["coords"] = np.zeros((0, 2))
        out["offsets"] = np.zeros(1, np.int64)
        return out
    cat = {key: np.concatenate([np.asarray(b[key]) for b in blocks]) for key in keys}
    counts = np.concatenate([np.diff(b["offsets"]) for b in blocks])
    starts = np.concatenate(
        [
            b["offsets"][:-1] + s
            for b, s in zip(blocks, np.cumsum([0] + [b["coords"].shape[0] for b in blocks]))
        ]
    )
    coords = np.concatenate([b["coords"] for b in blocks])
    perm = np.lexsort((cat["order"], cat["facility"]))
    out = {key: v[perm] for key, v in cat.items()}
    out["seq"] = out.pop("order")
    counts = counts[perm]
    starts = starts[perm]
    offsets = np.zeros(perm.size + 1, np.int64)
    np.cumsum(counts, out=offsets[1:])
    out["coords"] = _gather_runs(coords, starts, counts)
    out["offsets"] = offsets
    # seq: 0 .. n-1 within each facility (the overland leg first)
    fac = out["facility"]
    first = np.r_[True, fac[1:] != fac[:-1]]
    run_start = np.maximum.accumulate(np.where(first, np.arange(fac.size), 0))
    out["seq"] = np.arange(fac.size) - run_start
    return out


def _gather_runs(coords, starts, counts):
    """``coords`` rows ``starts[i] : starts[i] + counts[i]``, one range after the other. The ranges mostly
    follow each other in ``coords`` (a chunk's pieces are already in facility order, only the overland legs
    come from another block): consecutive ranges that continue one another are copied as one slice, and
    only when those runs are many does it gather through an index of every row."""
    if not starts.size:
        return coords[:0].copy()
    ends = starts + counts
    brk = np.flatnonzero(starts[1:] != ends[:-1]) + 1  # where a range does not continue the one before
    if brk.size * 64 > coords.shape[0]:  # short runs: one gather
        return coords[_range_values(starts, counts)]
    lo = starts[np.r_[0, brk]].tolist()
    hi = ends[np.r_[brk - 1, ends.size - 1]].tolist()
    if len(lo) == 1 and lo[0] == 0 and hi[0] == coords.shape[0]:
        return coords
    return np.concatenate([coords[a:b] for a, b in zip(lo, hi)])
