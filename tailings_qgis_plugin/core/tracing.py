"""Downstream tracing of many facilities over a :class:`~.network.RiverNetwork`: build once, trace many.

Usage::

    net = RiverNetwork.build_from_digitised(lines, node_tolerance_m=5)
    tracer = Tracer(net, main_stem_values=None)          # precomputation, once
    res = tracer.trace(lon, lat, snap_distance_m=5000, max_distance_km=200)
    res.total_km, res.end_reason, res.snapped ...        # compact arrays, one value per facility
    pw = res.pathway(i)                                  # pieces with coordinates, on demand

Entry: each facility joins the nearest point of the nearest reach within ``snap_distance_m`` (ellipsoidal
metres, grid index built once). The connecting leg is the first piece, kind ``overland``, marked as an assumed
straight line. Facilities farther away get ``end_reason = "no_river"`` and the distance to the nearest reach.

Walk: from the entry point downstream to the end of the network (``outlet`` or ``terminal_lake``) or until
the distance from the facility (overland leg included) reaches ``max_distance_km`` (``max_distance``).

How it stays fast: every edge has one *chosen* successor (the largest ``main_stem_values`` at a bifurcation
when given, else the first one). Along these chains the distance to the end, ``T(e)``, and binary-lifting
tables (successor ``2^k`` steps ahead, Bender & Farach-Colton 2000) are precomputed once with vectorised
pointer doubling. A facility's end point is then found in O(log n) array lookups, vectorised over all
facilities; coordinates are produced only when a pathway is materialised. Without ``main_stem_values``,
facilities whose chain passes a bifurcation follow *all* branches with a per-facility best-first walk that
visits each edge once (so braids and bad-data loops cannot repeat).
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, field

from .common import TailingsError, check_cancel, ensure_feedback, tr
from .lazy import np
from .network import KIND_NAMES, LAKE, LineIndex, RiverNetwork
from .numbers import num

END_REASONS = ("max_distance", "outlet", "terminal_lake", "no_river")
MAX_DISTANCE, OUTLET, TERMINAL_LAKE, NO_RIVER = range(4)

#: Default snap distance (metres), as in the Processing algorithm.
SNAP_DISTANCE_M = 5000.0


@dataclass
class Piece:
    """One piece of a pathway, in downstream order."""

    reach: int  #: input index of the reach (-1 for the overland leg and for straight lake crossings)
    kind: str  #: "overland", "river" or "lake"
    from_km: float  #: distance from the facility at the start of the piece
    to_km: float  #: distance from the facility at the end of the piece
    assumed: bool = False  #: geometry assumed (straight overland leg, straight crossing of a lake)
    reach_from_m: float = 0.0  #: chainage in the reach where the piece starts (metres, flow direction)
    reach_to_m: float = 0.0  #: chainage in the reach where the piece ends
    coords: np.ndarray | None = None  #: (k, 2) lon/lat in flow direction (None when not materialised)


@dataclass
class TracedPath:
    """What the tracer found for one facility: pieces in downstream order (overland leg, reaches, lake
    crossings). :func:`.pathway.assemble_pathways` turns it into the one analysis model, :class:`.exposure.Pathway`."""

    facility: int
    snapped: bool
    snap_distance_m: float
    total_km: float
    end_reason: str
    end_lon: float
    end_lat: float
    entry_lon: float
    entry_lat: float
    pieces: list = field(default_factory=list)


class Tracer:
    """Precomputed walker over a network. ``main_stem_values``: one number per reach (e.g. discharge,
    stream order); at a bifurcation only the branch with the largest value is followed. Without it all
    branches are followed."""

    def __init__(self, network: RiverNetwork, main_stem_values=None, feedback=None):
        fb = ensure_feedback(feedback)
        self.net = net = network
        ne = net.n_edges
        self.sent = ne
        self.main_stem = main_stem_values is not None
        outdeg = np.diff(net.down_ptr)
        has = outdeg > 0
        nxt = np.full(ne + 1, ne, dtype=np.int64)
        if self.main_stem:
            vals = np.asarray(main_stem_values, dtype=float).reshape(-1)
            if vals.size != net.n_reaches:
                raise TailingsError(
                    tr("There are {k} main-stem values for {n} reaches.").format(k=vals.size, n=net.n_reaches)
                )
            vals = np.where(np.isfinite(vals), vals, -np.inf)
            ev = np.where(
                net.e_parent >= 0, vals[np.maximum(net.e_parent, 0)], np.inf
            )  # lake crossings: keep
            es = np.repeat(np.arange(ne), outdeg)
            ed = net.down_idx
            order = np.lexsort((-ev[ed], es))
            first = np.r_[True, es[order][1:] != es[order][:-1]] if es.size else np.zeros(0, bool)
            nxt[es[order][first]] = ed[order][first]
        else:
            nxt[:ne][has] = net.down_idx[net.down_ptr[:-1][has]]
        length = np.append(net.e_len_m, 0.0)
        bif = np.append(outdeg >= 2, False)
        # --- pointer doubling: T (distance from the start of an edge to the end of its chain), lifting tables
        idx_t = np.int32 if ne < 2**31 - 1 else np.int64
        up = [nxt.astype(idx_t)]
        s = length.copy()
        b = bif.copy()
        u = nxt
        while True:
            check_cancel(fb)
            s = s + s[u]
            b = b | b[u]
            u = u[u]
            if np.all(u == ne) or len(up) > 62:  # acyclic after cycle breaking; the cap is a safety net
                break
            up.append(u.astype(idx_t))
        self.up = up
        self.T = s  # metres, per edge (+ sentinel 0)
        self.T_end = s - length
        self.bif_down = b  # chain from the edge meets a bifurcation
        self.nxt = nxt
        self._active = net.valid_edges()
        self._index = None
        fb.setProgress(100)

    # ----------------------------------------------------------------------------------------------------
    @property
    def index(self) -> LineIndex:
        if self._index is None:
            shared = self.net.edge_index()
            if shared is not None and np.array_equal(shared.lines, np.flatnonzero(self._active)):
                self._index = shared  # the build's index of the same lines (RiverNetwork._start_edge_index)
            else:
                self._index = LineIndex(self.net.e_coords, self.net.e_offsets, self._active)
        return self._index

    def _terminal(self, e):
        """Last edge of the chosen chain from edges ``e`` (vectorised)."""
        cur = np.asarray(e, dtype=np.int64).copy()
        for k in range(len(self.up) - 1, -1, -1):
            c = self.up[k][cur].astype(np.int64)
            ok = c != self.sent
            cur[ok] = c[ok]
        return cur

    def _point_at(self, e, c):
        """Lon/lat at chainage ``c`` (m) of edges ``e`` (vectorised)."""
        net = self.net
        a = net.e_offsets[e]
        b = net.e_offsets[e + 1] - 1
        g = net.e_vcum[a] + c
        k = np.clip(np.searchsorted(net.e_vcum, g, side="right") - 1, a, np.maximum(b - 1, a))
        seg = net.e_vcum[k + 1] - net.e_vcum[k]
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.clip(np.where(seg > 0, (g - net.e_vcum[k]) / seg, 0.0), 0.0, 1.0)
        p = net.e_coords[k] + t[:, None] * (net.e_coords[k + 1] - net.e_coords[k])
        return p[:, 0], p[:, 1]

    def _reason_at_end(self, e):
        net = self.net
        par = net.e_parent[e]
        lake = (par >= 0) & net.ends_in_lake[np.maximum(par, 0)]
        lake |= net.e_kind[e] == LAKE
        return np.where(lake, TERMINAL_LAKE, OUTLET)

    # ----------------------------------------------------------------------------------------------------
    def trace(self, lon, lat, snap_distance_m=SNAP_DISTANCE_M, max_distance_km=None, feedback=None):
        """Trace facilities at ``lon``, ``lat`` (degrees). ``max_distance_km``: None, a number or one per
        facility; 0, None, NaN or inf mean no limit. Returns a :class:`TraceResult`."""
        fb = ensure_feedback(feedback)
        lon = np.asarray(lon, dtype=float).reshape(-1)
        lat = np.asarray(lat, dtype=float).reshape(-1)
        if lon.size != lat.size:
            raise TailingsError(
                tr("There are {a} longitudes for {b} latitudes.").format(a=lon.size, b=lat.size)
            )
        nf = lon.size
        snap_distance_m = float(snap_distance_m)
        if not snap_distance_m >= 0:
            raise TailingsError(tr("The snap distance must be zero or positive (metres)."))
        dmax_m = _max_distances_m(max_distance_km, nf, fb)
        res = TraceResult(self, lon, lat)
        if nf == 0:
            return res
        bad = ~(np.isfinite(lon) & np.isfinite(lat))
        if bad.any():
            fb.pushWarning(
                tr("{k} facilities have no valid coordinates and were not traced.").format(k=int(bad.sum()))
            )
        d, snapped, e0, c0 = self._snap(res, lon, lat, snap_distance_m, bad, fb)
        # --- facilities whose runout ends on the overland leg ------------------------------------------------
        budget = dmax_m - np.where(snapped, d, 0.0)
        short = snapped & (budget <= 0)
        if short.any():
            f = np.flatnonzero(short)
            frac = dmax_m[f] / np.maximum(d[f], 1e-9)
            res.end_reason[f] = MAX_DISTANCE
            res.total_km[f] = dmax_m[f] / 1000.0
            res.end_lon[f] = lon[f] + frac * (res.entry_lon[f] - lon[f])
            res.end_lat[f] = lat[f] + frac * (res.entry_lat[f] - lat[f])
            res.e0[f] = -1
            res.overland_only[f] = True
        walk = snapped & ~short
        chain = walk & (self.main_stem | ~self.bif_down[e0])
        branch = walk & ~chain
        self._chains(res, np.flatnonzero(chain), e0, c0, d, budget, dmax_m)
        fb.setProgress(60)
        self._branches(res, np.flatnonzero(branch), e0, c0, d, budget, fb)
        fb.setProgress(100)
        counts = np.bincount(res.end_reason, minlength=4)
        fb.pushInfo(
            tr(
                "Traced {n} facilities: {a} to an outlet or the end of the river data, {b} to a terminal lake, "
                "{c} stopped at the maximum distance, {k} not on a river."
            ).format(
                n=nf, a=counts[OUTLET], b=counts[TERMINAL_LAKE], c=counts[MAX_DISTANCE], k=counts[NO_RIVER]
            )
        )
        return res

    def _snap(self, res, lon, lat, snap_distance_m, bad, fb):
        """Snap the facilities to the network (0-30 % of the progress) and fill the entry fields of ``res``;
        returns the snap distances, the snapped mask and the entry edge (0 for the unsnapped) and chainage."""
        nf = lon.size
        fb.pushInfo(tr("Snapping {n} facilities to the river network...").format(n=nf))
        hit = self.index.nearest(lon, lat, snap_distance_m, expand=True, feedback=fb)
        check_cancel(fb)
        fb.setProgress(30)
        d = hit["distance_m"]
        snapped = (hit["line"] >= 0) & (d <= snap_distance_m)
        res.snap_distance_m = np.where(np.isfinite(d), d, np.nan)
        res.snapped = snapped
        res.entry_lon = np.where(snapped, hit["lon"], np.nan)
        res.entry_lat = np.where(snapped, hit["lat"], np.nan)
        res.e0, res.c0 = snap_position(self.net, hit, snapped)
        e0, c0 = np.maximum(res.e0, 0), res.c0  # edge 0 stands in for the unsnapped (masked below)
        res.end_reason[:] = NO_RIVER
        res.total_km[:] = 0.0
        res.end_lon[:] = np.nan
        res.end_lat[:] = np.nan
        n_far = int(np.count_nonzero(~snapped & ~bad))
        if n_far:
            fb.pushWarning(
                tr(
                    "{k} facilities are farther than {d} m from any river and were not traced "
                    "(end_reason no_river, distance reported)."
                ).format(k=n_far, d=num(snap_distance_m, 0))
            )
        return d, snapped, e0, c0

    def _chains(self, res, f, e0, c0, d, budget, dmax_m):
        """Facilities ``f`` whose way down has no bifurcation: the end of each, vectorised."""
        if not f.size:
            return
        net = self.net
        e = e0[f]
        F = self.T[e] - c0[f]  # river distance from the entry to the end of the chain
        B = budget[f]
        reach_end = F <= B
        end_e = np.empty(f.size, dtype=np.int64)
        end_c = np.empty(f.size)
        # whole chain
        g = np.flatnonzero(reach_end)
        if g.size:
            te = self._terminal(e[g])
            end_e[g] = te
            end_c[g] = net.e_len_m[te]
            res.end_reason[f[g]] = self._reason_at_end(te)
            res.total_km[f[g]] = (d[f[g]] + F[g]) / 1000.0
        # cut by the maximum distance
        g = np.flatnonzero(~reach_end)
        if g.size:
            L = F[g] - B[g]  # distance to the chain end at the cut point
            cur = e[g].copy()
            inside = self.T_end[cur] <= L
            todo = ~inside
            for k in range(len(self.up) - 1, -1, -1):
                c = self.up[k][cur].astype(np.int64)
                move = todo & (c != self.sent)
                move[move] = self.T_end[c[move]] > L[move]
                cur[move] = c[move]
            ee = np.where(inside, cur, self.up[0][cur].astype(np.int64))
            end_e[g] = ee
            end_c[g] = np.clip(self.T[ee] - L, 0.0, net.e_len_m[ee])
            res.end_reason[f[g]] = MAX_DISTANCE
            res.total_km[f[g]] = dmax_m[f[g]] / 1000.0
        res.end_e[f] = end_e
        res.end_c[f] = end_c
        elon, elat = self._point_at(end_e, end_c)
        res.end_lon[f] = elon
        res.end_lat[f] = elat

    def _branches(self, res, fbr, e0, c0, d, budget, fb):
        """Facilities ``fbr`` whose way down branches: a best-first walk each (60-100 % of the progress)."""
        for n_done, i in enumerate(fbr):
            if n_done % 50 == 0:
                check_cancel(fb)
                fb.setProgress(60 + 40 * n_done / max(fbr.size, 1))
            pieces, reason, end_e, end_c, far_m = self._walk_all(int(e0[i]), float(c0[i]), float(budget[i]))
            res.branch_pieces[int(i)] = pieces
            res.end_reason[i] = reason
            res.end_e[i] = end_e
            res.end_c[i] = end_c
            res.total_km[i] = (d[i] + far_m) / 1000.0
            elon, elat = self._point_at(np.array([end_e]), np.array([end_c]))
            res.end_lon[i] = elon[0]
            res.end_lat[i] = elat[0]

    # ----------------------------------------------------------------------------------------------------
    def _walk_all(self, e0, c0, budget_m):
        """Best-first walk over all branches from chainage ``c0`` of edge ``e0``, up to ``budget_m`` metres.

        Each edge is entered once, at its shortest distance (Dijkstra 1959). Returns (pieces as tuples
        (edge, c_from, c_to, dist_from_entry_m), end reason, farthest end edge, its chainage, farthest distance).
        """
        net = self.net
        pieces = []
        seen = {e0}
        heap = [(0.0, e0, c0)]
        best = (-1.0, e0, c0, OUTLET)
        cut_any = False
        while heap:
            dist, e, c = heapq.heappop(heap)
            rem = net.e_len_m[e] - c
            if dist + rem >= budget_m:
                cend = c + max(budget_m - dist, 0.0)
                pieces.append((e, c, cend, dist))
                cut_any = True
                if budget_m > best[0]:
                    best = (budget_m, e, cend, MAX_DISTANCE)
                continue
            pieces.append((e, c, float(net.e_len_m[e]), dist))
            nxts = net.down_idx[net.down_ptr[e] : net.down_ptr[e + 1]]
            if nxts.size == 0:
                reason = int(self._reason_at_end(np.array([e]))[0])
                if dist + rem > best[0]:
                    best = (dist + rem, e, float(net.e_len_m[e]), reason)
            for n2 in nxts.tolist():
                if n2 not in seen:
                    seen.add(n2)
                    heapq.heappush(heap, (dist + rem, n2, 0.0))
        pieces.sort(key=lambda p: (p[3], p[0]))
        reason = MAX_DISTANCE if cut_any else best[3]
        return pieces, reason, best[1], best[2], max(best[0], 0.0)


class TraceResult:
    """Compact result of :meth:`Tracer.trace`: one entry per facility in arrays, pathways on demand.

    Arrays: ``snapped`` (bool), ``snap_distance_m`` (distance to the nearest reach, also when not snapped;
    NaN when there is no river at all), ``total_km``, ``end_reason`` (codes into :data:`END_REASONS`),
    ``end_lon``/``end_lat``, ``entry_lon``/``entry_lat``. Use :meth:`end_reason_names`, :meth:`pathway`
    and :meth:`pathways`.
    """

    def __init__(self, tracer, lon, lat):
        n = lon.size
        self.tracer = tracer
        self.lon = lon
        self.lat = lat
        self.snapped = np.zeros(n, dtype=bool)
        self.snap_distance_m = np.full(n, np.nan)
        self.total_km = np.zeros(n)
        self.end_reason = np.full(n, NO_RIVER, dtype=np.int64)
        self.end_lon = np.full(n, np.nan)
        self.end_lat = np.full(n, np.nan)
        self.entry_lon = np.full(n, np.nan)
        self.entry_lat = np.full(n, np.nan)
        self.e0 = np.full(n, -1, dtype=np.int64)
        self.c0 = np.full(n, np.nan)
        self.end_e = np.full(n, -1, dtype=np.int64)
        self.end_c = np.full(n, np.nan)
        self.overland_only = np.zeros(n, dtype=bool)
        self.branch_pieces = {}

    def __len__(self):
        return self.lon.size

    def end_reason_names(self):
        return [END_REASONS[k] for k in self.end_reason]

    def pathways(self, with_coords=True):
        for i in range(len(self)):
            yield self.pathway(i, with_coords)

    def piece_table(self, feedback=None, facilities=None):
        """All pieces of all pathways as flat arrays (see :func:`.pathways.piece_table`): the fast way to
        write every pathway."""
        from .pathways import piece_table

        return piece_table(self, feedback, facilities)

    def _edge_pieces(self, i):
        """(edge, c_from, c_to, dist_from_entry_m) of facility ``i`` along its chain or branches."""
        if i in self.branch_pieces:
            return self.branch_pieces[i]
        tr_ = self.tracer
        net = tr_.net
        e = int(self.e0[i])
        if e < 0:
            return []
        end_e = int(self.end_e[i])
        c = float(self.c0[i])
        dist = 0.0
        out = []
        guard = net.n_edges + 1
        while guard:
            guard -= 1
            if e == end_e:
                out.append((e, c, float(self.end_c[i]), dist))
                break
            ln = float(net.e_len_m[e])
            out.append((e, c, ln, dist))
            dist += ln - c
            c = 0.0
            e = int(tr_.nxt[e])
            if e == tr_.sent:
                break
        return out

    def pathway(self, i, with_coords=True) -> TracedPath:
        """Pathway of facility ``i``: the overland leg, then one piece per reach (consecutive edges of a reach
        merged; a branching walk gives one piece per branch part, ordered by distance)."""
        tr_ = self.tracer
        net = tr_.net
        i = int(i)
        pw = TracedPath(
            facility=i,
            snapped=bool(self.snapped[i]),
            snap_distance_m=float(self.snap_distance_m[i]),
            total_km=float(self.total_km[i]),
            end_reason=END_REASONS[int(self.end_reason[i])],
            end_lon=float(self.end_lon[i]),
            end_lat=float(self.end_lat[i]),
            entry_lon=float(self.entry_lon[i]),
            entry_lat=float(self.entry_lat[i]),
        )
        if not self.snapped[i]:
            return pw
        snap_km = float(self.snap_distance_m[i]) / 1000.0
        if self.overland_only[i]:
            coords = (
                np.array([[self.lon[i], self.lat[i]], [self.end_lon[i], self.end_lat[i]]])
                if with_coords
                else None
            )
            pw.pieces.append(Piece(-1, "overland", 0.0, pw.total_km, True, coords=coords))
            return pw
        coords = (
            np.array([[self.lon[i], self.lat[i]], [self.entry_lon[i], self.entry_lat[i]]])
            if with_coords
            else None
        )
        pw.pieces.append(Piece(-1, "overland", 0.0, snap_km, True, coords=coords))
        merged = []  # [parent, kind, from_m, to_m, reach_from, reach_to, [(edge, c_from, c_to)]]
        for e, c1, c2, dist in self._edge_pieces(i):
            par = int(net.e_parent[e])
            kind = KIND_NAMES[int(net.e_kind[e])]
            rf = float(net.e_from_m[e]) + c1
            rt = float(net.e_from_m[e]) + c2
            if (
                merged
                and par >= 0
                and merged[-1][0] == par
                and abs(merged[-1][3] - dist) < 1e-6
                and abs(merged[-1][5] - rf) < 1e-3
            ):
                m = merged[-1]
                m[3] = dist + (c2 - c1)
                m[5] = rt
                m[6].append((e, c1, c2))
            else:
                merged.append([par, kind, dist, dist + (c2 - c1), rf, rt, [(e, c1, c2)]])
        for par, kind, d1, d2, rf, rt, parts in merged:
            if d2 - d1 <= 1e-9 and len(merged) > 1:
                continue  # zero-length piece (e.g. a facility exactly at the end of a tributary)
            xy = None
            if with_coords:
                segs = [_edge_slice(net, e, c1, c2) for e, c1, c2 in parts]
                xy = segs[0] if len(segs) == 1 else np.concatenate([segs[0]] + [s[1:] for s in segs[1:]])
            pw.pieces.append(
                Piece(
                    par,
                    kind,
                    snap_km + d1 / 1000.0,
                    snap_km + d2 / 1000.0,
                    par < 0,
                    rf if par >= 0 else 0.0,
                    rt if par >= 0 else 0.0,
                    xy,
                )
            )
        return pw


def _max_distances_m(max_distance_km, nf, fb):
    """Maximum distance of each facility in metres: 0, None, NaN, inf or negative mean no limit (inf)."""
    if max_distance_km is None:
        dmax = np.full(nf, np.inf)
    else:
        dmax = np.broadcast_to(np.asarray(max_distance_km, dtype=float), (nf,)).copy()
        if dmax.size and np.any(dmax < 0):
            fb.pushWarning(
                tr("{k} negative maximum distances were treated as no limit.").format(k=int(np.sum(dmax < 0)))
            )
        dmax[~(dmax > 0)] = np.inf
    return dmax * 1000.0


def snap_position(net, hit, ok):
    """Edge and chainage (m from the edge start) of each snapped point: ``hit`` from
    :meth:`LineIndex.nearest` (line = edge, segment, t along it); -1 and NaN where ``ok`` is False."""
    e0 = np.where(ok, hit["line"], 0)
    seg = np.maximum(hit["segment"], 0)
    c0 = net.e_vcum[seg] - net.e_vcum[net.e_offsets[e0]] + hit["t"] * (net.e_vcum[seg + 1] - net.e_vcum[seg])
    c0 = np.clip(c0, 0.0, net.e_len_m[e0])
    return np.where(ok, e0, -1), np.where(ok, c0, np.nan)


def _edge_slice(net, e, c1, c2):
    """Coordinates of edge ``e`` between chainages ``c1`` <= ``c2`` (metres, clipped to the edge): the
    interpolated end points and the vertices strictly between, as :func:`.geodesy.substring` gives them, but
    read straight from the packed arrays (two binary searches, no per-vertex work)."""
    a = int(net.e_offsets[e])
    b = int(net.e_offsets[e + 1])
    v = net.e_vcum[a:b]
    xy = net.e_coords
    n = b - a
    if n < 2:
        return np.repeat(xy[a:b], 2, axis=0)[:2]
    base = float(v[0])
    total = float(v[-1]) - base
    g1 = base + min(max(float(c1), 0.0), total)
    g2 = base + min(max(float(c2), 0.0), total)
    start = int(np.searchsorted(v, g1, side="right"))
    end = int(np.searchsorted(v, g2, side="left"))
    out = np.empty((max(end - start, 0) + 2, 2))
    for row, g, k in ((0, g1, start - 1), (-1, g2, int(np.searchsorted(v, g2, side="right")) - 1)):
        k = min(max(k, 0), n - 2)
        seg = float(v[k + 1] - v[k])
        t = (g - float(v[k])) / seg if seg > 0 else 0.0
        t = min(max(t, 0.0), 1.0)
        out[row] = xy[a + k] + t * (xy[a + k + 1] - xy[a + k])
    if end > start:
        out[1:-1] = xy[a + start : a + end]
    return out


def trace_downstream(
    network,
    lon,
    lat,
    snap_distance_m=SNAP_DISTANCE_M,
    max_distance_km=None,
    main_stem_values=None,
    feedback=None,
):
    """One-call convenience: ``Tracer(network, main_stem_values).trace(lon, lat, ...)``."""
    return Tracer(network, main_stem_values, feedback).trace(
        lon, lat, snap_distance_m, max_distance_km, feedback
    )
