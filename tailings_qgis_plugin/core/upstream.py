"""The other way round: which facilities reach a receptor (intake, town, border crossing), how far, how soon.

One pass over the network serves every receptor x facility pair; no facility is traced on its own.

Usage::

    net = RiverNetwork.build_from_digitised(lines, node_tolerance_m=5)
    up = UpstreamIndex(Tracer(net, main_stem), EdgeHydraulics.build(net, fallback_velocity_m_s=1.0))
    rec = up.snap(rlon, rlat, 2000)           # receptors on the network (same grid index as facilities)
    fac = up.snap(flon, flat, 5000)           # facilities' entry points (as Tracer.trace snaps them)
    res = up.sources(rec, fac, max_distance_km=0, max_time_h=72, mass_kg=masses)
    res.receptor, res.facility, res.dist_km, res.arrival_h ...   # one entry per pair
    res.stretch(k)                            # lon/lat line from the facility to the receptor

Same engine as the forward analysis, so results agree:

- the network and its chosen successors (``Tracer.nxt``, binary-lifting tables ``Tracer.up``; Bender &
  Farach-Colton 2000) and the snapping (``LineIndex.nearest``) of :mod:`core.tracing`;
- velocity, travel time and dispersion per edge from :func:`core.hydraulics.plume_profile` (Leopold & Maddock
  1953 / Raymond et al. 2012 hydraulic geometry; Fischer 1975, Kashefipour & Falconer 2002, Deng et al. 2001,
  Seo & Cheong 1998 dispersion; frozen-cloud variance sigma^2 = sum 2*K*L/U^3, Fischer et al. 1979; leading
  edge 0.89 x time to peak, Jobson 1996);
- border crossings with :func:`core.exposure.border_crossings` (tolerance merging into border stretches).

How: along the chosen chains the distance, travel time and passage-time variance from the start of every edge
to the end of its chain are accumulated once by pointer doubling (as ``Tracer.T``). The edges holding a
receptor point are marked and every edge learns its nearest marked edge downstream by pointer jumping (once
for the whole network); each facility then hops from one marked edge of its chain to the next, so the work
is the number of facility x receptor meetings, vectorised over all facilities and receptors at once. A pair's
distance is ``(T[e0] - c0) - (T[er] - cr)``, and likewise for time and variance.
Without a main stem, facilities whose chain meets a bifurcation follow all branches (as ``Tracer._walk_all``);
for them a shortest-distance walk upstream from each receptor (Dijkstra 1959 on the reversed graph) gives
the same distances as the forward best-first walk.
"""

from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field

from .border_points import border_points, countries_on_way
from .common import TailingsError, check_cancel, ensure_feedback, tr
from .edge_hydraulics import EdgeHydraulics
from .geodesy import geodesic_distance_m, local_factors, local_xy, project_to_segments, substring
from .lazy import np
from .network import _expand_ranges
from .tracing import snap_position

__all__ = [
    "EdgeHydraulics",
    "Snapped",
    "UpstreamIndex",
    "UpstreamResult",
    "border_points",
    "countries_on_way",
]


# --------------------------------------------------------------------------------------------------------
@dataclass
class Snapped:
    """Points placed on the network: edge ``e`` (-1 not snapped), chainage ``c`` in the edge (m), distance
    to the network ``distance_m`` (NaN when no river at all), the network point ``lon``/``lat``, and the
    input point ``plon``/``plat``."""

    e: np.ndarray
    c: np.ndarray
    distance_m: np.ndarray
    lon: np.ndarray
    lat: np.ndarray
    plon: np.ndarray
    plat: np.ndarray
    owner: np.ndarray | None = None  #: receptor of each entry when a receptor has several (see attach)

    @property
    def snapped(self):
        return self.e >= 0

    def owners(self):
        return np.arange(self.e.size) if self.owner is None else self.owner

    def __len__(self):
        return self.e.size


@dataclass
class UpstreamResult:
    """One entry per receptor x facility pair, ordered by receptor then arrival."""

    index: UpstreamIndex
    receptors: Snapped
    facilities: Snapped
    receptor: np.ndarray  #: receptor index (owner of the attachment point)
    facility: np.ndarray
    dist_km: np.ndarray
    values: dict  #: arrival_h, peak_h, travel_time_h, peak_conc_mg_l, peak_conc_lo_mg_l, peak_conc_hi_mg_l
    point: np.ndarray = None  #: index into ``receptors`` of the network point reached
    _via: dict = field(default_factory=dict, repr=False)  #: point -> {edge: next edge} (branch walks)

    def __len__(self):
        return self.receptor.size

    def __getattr__(self, name):
        values = self.__dict__.get("values") or {}
        if name in values:
            return values[name]
        raise AttributeError(name)

    def edges(self, k):
        """(edge, c_from, c_to) pieces of pair ``k`` from the facility's entry to the receptor."""
        up = self.index
        r, f = int(self.point[k]), int(self.facility[k])
        e, c = int(self.facilities.e[f]), float(self.facilities.c[f])
        er, cr = int(self.receptors.e[r]), float(self.receptors.c[r])
        via = self._via.get(r)
        out = []
        guard = up.net.n_edges + 1
        while guard:
            guard -= 1
            if e == er:
                out.append((e, c, cr))
                break
            out.append((e, c, float(up.net.e_len_m[e])))
            e = via[e] if via is not None and e in via else int(up.tracer.nxt[e])
            c = 0.0
            if e < 0 or e >= up.net.n_edges:
                break
        return out

    def stretch(self, k):
        """Lon/lat line (m, 2) of pair ``k``: the overland leg, then the river down to the receptor."""
        net = self.index.net
        f = int(self.facility[k])
        segs = [np.array([[self.facilities.plon[f], self.facilities.plat[f]]])]
        for e, c1, c2 in self.edges(k):
            a, b = net.e_offsets[e], net.e_offsets[e + 1]
            cum = net.e_vcum[a:b] - net.e_vcum[a]
            segs.append(substring(net.e_coords[a:b], c1, c2, cum))
        xy = np.vstack(segs)
        keep = np.concatenate([[True], np.any(np.diff(xy, axis=0) != 0, axis=1)])
        xy = xy[keep]
        return xy if len(xy) >= 2 else np.vstack([xy, xy])

    def countries(self, k, countries, tolerance_km=5.0):
        """Countries the release of pair ``k`` passes, in order (as the forward SUMMARY ``countries``)."""
        return countries_on_way(self.stretch(k), countries, tolerance_km)


# --------------------------------------------------------------------------------------------------------
class UpstreamIndex:
    """Accumulated distance, time and variance along the chosen chains of a :class:`core.tracing.Tracer`.

    ``hydraulics``: an :class:`EdgeHydraulics` (None: distances only, times NaN)."""

    def __init__(self, tracer, hydraulics: EdgeHydraulics | None = None, feedback=None):
        fb = ensure_feedback(feedback)
        self.tracer = tracer
        self.net = net = tracer.net
        self.hyd = hydraulics
        ne = net.n_edges
        self.sent = ne
        per_edge = [net.e_len_m]
        if hydraulics is not None:
            per_edge.append(hydraulics.tau_s)
            per_edge.extend(hydraulics.var_s2.T)
        vals = np.vstack([np.append(v, 0.0) for v in per_edge]).T  # (ne + 1, k), sentinel row 0
        # sums from the start of each edge to the end of its chain, by pointer doubling (as Tracer.T)
        s = vals.copy()
        u = tracer.nxt.astype(np.int64)
        for _ in range(64):
            check_cancel(fb)
            if np.all(u == ne):
                break
            s = s + s[u]
            u = u[u]
        self.cum = s  # metres, seconds, s2 ... from the start of each edge to the end of its chain
        self.per_edge = vals
        # reversed graph (all links) for walks over bifurcations
        es = np.repeat(np.arange(ne), np.diff(net.down_ptr))
        order = np.argsort(net.down_idx, kind="stable")
        self.up_idx = es[order]
        self.up_ptr = np.concatenate([[0], np.cumsum(np.bincount(net.down_idx, minlength=ne))])

    # ----------------------------------------------------------------------------------------------------
    def snap(self, lon, lat, snap_distance_m, feedback=None, far_distance=True):
        """Nearest point of the nearest reach within ``snap_distance_m`` (ellipsoidal m), as Tracer.trace.

        ``far_distance=False`` skips measuring how far the points beyond the snap distance are (their
        ``distance_m`` is then inf): faster when only the snapped points matter."""
        lon = np.asarray(lon, dtype=float).reshape(-1)
        lat = np.asarray(lat, dtype=float).reshape(-1)
        if not float(snap_distance_m) >= 0:
            raise TailingsError(tr("The snap distance must be zero or positive (metres)."))
        hit = self.tracer.index.nearest(
            lon, lat, float(snap_distance_m), expand=far_distance, feedback=feedback
        )
        d = hit["distance_m"]
        ok = (hit["line"] >= 0) & (d <= float(snap_distance_m))
        e, c = snap_position(self.net, hit, ok)
        return Snapped(
            e=e,
            c=c,
            distance_m=np.where(np.isfinite(d) | (not far_distance), d, np.nan),
            lon=np.where(ok, hit["lon"], np.nan),
            lat=np.where(ok, hit["lat"], np.nan),
            plon=lon,
            plat=lat,
        )

    def snap_on_edge(self, e, c, lon, lat):
        """Receptors given directly on the network (e.g. border crossings): edge, chainage (m), point."""
        e = np.asarray(e, dtype=np.int64).reshape(-1)
        lon = np.asarray(lon, dtype=float).reshape(-1)
        lat = np.asarray(lat, dtype=float).reshape(-1)
        return Snapped(e, np.asarray(c, dtype=float).reshape(-1), np.zeros(e.size), lon, lat, lon, lat)

    def attach(self, lon, lat, radius_m, feedback=None):
        """Every reach a receptor lies within ``radius_m`` of: the nearest point of each edge within the
        radius, ``owner`` = receptor index. A town at a confluence (Omsk on the Irtysh and the Om) is
        reached down either river, as the forward corridor search finds it on either pathway. Receptors
        with no edge within the radius get one unsnapped entry with the distance to the nearest reach."""
        net = self.net
        lon = np.asarray(lon, dtype=float).reshape(-1)
        lat = np.asarray(lat, dtype=float).reshape(-1)
        near = self.snap(lon, lat, radius_m, feedback)
        idx = self.tracer.index
        radius = float(radius_m)
        parts = [
            (np.arange(lon.size), near.e, near.c, near.distance_m, near.lon, near.lat)
        ]  # the nearest edge (or the distance to it when none is within the radius)
        if not idx.empty and lon.size:
            # one entry per (receptor, edge) near it, the whole edge measured
            q, line = idx.candidate_lines(lon, lat, radius)
            check_cancel(feedback)
            # nearest point of every candidate edge, all segments at once in a local metric frame
            own, seg = _expand_ranges(net.e_offsets[line], net.e_offsets[line + 1] - 1)
            if seg.size:
                qq = q[own]
                fac = local_factors(lat[qq])
                ax, ay = local_xy(net.e_coords[seg, 0], net.e_coords[seg, 1], lon[qq], lat[qq], fac)
                bx, by = local_xy(net.e_coords[seg + 1, 0], net.e_coords[seg + 1, 1], lon[qq], lat[qq], fac)
                t, _, _, d2 = project_to_segments(0.0, 0.0, ax, ay, bx, by)
                order = np.lexsort((d2, own))
                first = order[np.r_[True, own[order][1:] != own[order][:-1]]]
                k, sg, tt = own[first], seg[first], t[first]
                e = line[k]
                p = net.e_coords[sg] + tt[:, None] * (net.e_coords[sg + 1] - net.e_coords[sg])
                c = net.e_vcum[sg] - net.e_vcum[net.e_offsets[e]] + tt * (net.e_vcum[sg + 1] - net.e_vcum[sg])
                d = geodesic_distance_m(lon[q[k]], lat[q[k]], p[:, 0], p[:, 1])
                w = d <= radius
                c = np.clip(c, 0.0, net.e_len_m[e])
                parts.append((q[k][w], e[w], c[w], d[w], p[w, 0], p[w, 1]))
        cols = [np.concatenate(x) for x in zip(*parts)]
        r, e, c, d, plon, plat = cols
        r = r.astype(np.int64)
        e = e.astype(np.int64)
        # one point per (receptor, edge), the nearest; unsnapped entries only for receptors with none
        order = np.lexsort((d, e, r))
        r, e, c, d, plon, plat = (x[order] for x in (r, e, c, d, plon, plat))
        keep = np.r_[True, (r[1:] != r[:-1]) | (e[1:] != e[:-1])]
        has = np.zeros(lon.size, dtype=bool)
        has[r[e >= 0]] = True
        keep &= (e >= 0) | ~has[r]
        r, e, c, d, plon, plat = (x[keep] for x in (r, e, c, d, plon, plat))
        order = np.lexsort((d, r))
        r, e, c, d, plon, plat = (x[order] for x in (r, e, c, d, plon, plat))
        return Snapped(e=e, c=c, distance_m=d, lon=plon, lat=plat, plon=lon[r], plat=lat[r], owner=r)

    # ----------------------------------------------------------------------------------------------------
    def _at(self, e, c):
        """Sums (metres, seconds, s2...) from chainage ``c`` of edges ``e`` to the end of their chains."""
        ln = self.net.e_len_m[e]
        with np.errstate(invalid="ignore", divide="ignore"):
            frac = np.where(ln > 0, c / ln, 0.0)
        return self.cum[e] - frac[:, None] * self.per_edge[e]

    def _chain_pairs(self, receptors, facilities, fac_idx, fb):
        """(point, facility, sums) for facilities whose chosen chain passes a receptor point.

        Each edge's nearest marked edge downstream (itself included; marked = holds a receptor point) is
        found once for the whole network by pointer jumping; every facility then hops from one marked edge of
        its chain to the next, so the work is the number of (facility, marked edge) meetings, vectorised.
        """
        ne = self.sent
        nxt = self.tracer.nxt
        pe = receptors.e
        ok = np.flatnonzero(pe >= 0)
        empty = (np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros((0, self.cum.shape[1])))
        if ok.size == 0 or fac_idx.size == 0:
            return empty
        marked = np.zeros(ne + 1, dtype=bool)
        marked[pe[ok]] = True
        jump = np.where(marked, np.arange(ne + 1), nxt)
        jump[ne] = ne
        for _ in range(64):
            check_cancel(fb)
            nj = jump[jump]
            if np.array_equal(nj, jump):
                break
            jump = nj
        fe = facilities.e
        cur = jump[fe[fac_idx]]
        who = fac_idx.copy()
        met_f, met_e = [], []
        while cur.size:
            check_cancel(fb)
            alive = cur != ne
            cur, who = cur[alive], who[alive]
            met_f.append(who)
            met_e.append(cur)
            cur = jump[nxt[cur]]
        met_f = np.concatenate(met_f)
        met_e = np.concatenate(met_e)
        order = ok[np.argsort(pe[ok], kind="stable")]
        se = pe[order]
        lo = np.searchsorted(se, met_e, side="left")
        hi = np.searchsorted(se, met_e, side="right")
        owner, pos = _expand_ranges(lo, hi)
        pt = order[pos]
        fac = met_f[owner]
        same = pe[pt] == fe[fac]
        keep = ~same | (facilities.c[fac] <= receptors.c[pt] + 1e-9)
        pt, fac = pt[keep], fac[keep]
        sums = self._at(fe[fac], facilities.c[fac]) - self._at(pe[pt], receptors.c[pt])
        return pt, fac, sums

    def sources(
        self,
        receptors: Snapped,
        facilities: Snapped,
        max_distance_km=None,
        max_time_h=None,
        mass_kg=None,
        pair_filter=None,
        feedback=None,
    ) -> UpstreamResult:
        """Every facility whose downstream pathway passes each receptor.

        ``max_distance_km`` (facility to receptor, overland leg included) and ``max_time_h`` (arrival of the
        leading edge): 0 or None = no limit. ``mass_kg``: one released mass per facility (None/NaN: no
        concentration). ``pair_filter(receptor_index, facility_indices) -> bool mask`` keeps some pairs
        only (e.g. facilities inside a country for an outgoing border crossing).
        """
        fb = ensure_feedback(feedback)
        dmax = float(max_distance_km or 0.0) * 1000.0
        dmax = dmax if dmax > 0 else math.inf
        tmax = float(max_time_h or 0.0)
        tmax = tmax if tmax > 0 else math.inf
        if self.hyd is None and math.isfinite(tmax):
            raise TailingsError(tr("A time limit needs the hydraulics (velocity) of the network."))
        fe = facilities.e
        on = np.flatnonzero(fe >= 0)
        snap_m = np.where(fe >= 0, np.nan_to_num(facilities.distance_m, nan=0.0, posinf=0.0), 0.0)
        on = on[snap_m[on] <= dmax]  # the overland leg alone is longer than the limit: the trace stops there
        branch = np.zeros(on.size, dtype=bool) if self.tracer.main_stem else self.tracer.bif_down[fe[on]]
        rows = [self._chain_pairs(receptors, facilities, on[~branch], fb)]
        vias = {}
        if branch.any():
            rows.append(self._branch_pairs(receptors, facilities, on[branch], dmax, vias, fb))
        rec = np.concatenate([r[0] for r in rows]).astype(np.int64)
        fac = np.concatenate([r[1] for r in rows]).astype(np.int64)
        sums = np.vstack([r[2] for r in rows])
        rec, fac, sums = self._filter_pairs(receptors, rec, fac, sums, snap_m, pair_filter)
        dist_m = snap_m[fac] + sums[:, 0]
        values = self._values(receptors, facilities, rec, fac, sums, snap_m, mass_kg)
        keep = (dist_m <= dmax + 1e-6) & ~(values["arrival_h"] > tmax)
        own = receptors.owners()[rec]
        order = np.lexsort((dist_m[keep], np.nan_to_num(values["arrival_h"][keep], nan=np.inf), own[keep]))
        idx = np.flatnonzero(keep)[order]
        fb.setProgress(100.0)
        return UpstreamResult(
            self,
            receptors,
            facilities,
            own[idx],
            fac[idx],
            dist_m[idx] / 1000.0,
            {k: v[idx] for k, v in values.items()},
            rec[idx],
            vias,
        )

    def _branch_pairs(self, receptors, facilities, fac_idx, dmax, vias, fb):
        """Pairs of facilities whose pathway meets a bifurcation (no main stem): a shortest walk upstream
        from every receptor point over all links. Fills ``vias`` (point -> {edge: next edge})."""
        fe, fc = facilities.e, facilities.c
        rows_r, rows_f, rows_s = [], [], []
        nr = len(receptors)
        for r in range(nr):
            check_cancel(fb)
            fb.setProgress(100.0 * r / max(nr, 1))
            er, cr = int(receptors.e[r]), float(receptors.c[r])
            if er < 0:
                continue
            best, vias[r] = self._walk_up(er, cr, dmax, fb)
            for f in fac_idx.tolist():
                ef, cf = int(fe[f]), float(fc[f])
                if ef not in best or (ef == er and cf > cr + 1e-9):
                    continue  # not upstream, or downstream of the receptor on its own edge
                rows_r.append(r)
                rows_f.append(f)
                rows_s.append(best[ef] - self._frac(ef, cf) * self.per_edge[ef])
        sums = np.vstack(rows_s) if rows_s else np.zeros((0, self.cum.shape[1]))
        return np.array(rows_r, dtype=np.int64), np.array(rows_f, dtype=np.int64), sums

    def _filter_pairs(self, receptors, rec, fac, sums, snap_m, pair_filter):
        """Apply ``pair_filter`` per receptor; of several points of one receptor on a pathway keep the one
        nearest to the receptor (as the forward corridor search takes the pathway point nearest to a place)."""
        owner = receptors.owners()
        if pair_filter is not None and rec.size:
            keep = np.zeros(rec.size, dtype=bool)
            for r in np.unique(rec):
                m = rec == r
                keep[m] = np.asarray(pair_filter(int(owner[r]), fac[m]), dtype=bool)
            rec, fac, sums = rec[keep], fac[keep], sums[keep]
        if receptors.owner is not None and rec.size:
            dist_m = snap_m[fac] + sums[:, 0]
            order = np.lexsort((dist_m, receptors.distance_m[rec], fac, owner[rec]))
            o, f = owner[rec][order], fac[order]
            sel = order[np.r_[True, (o[1:] != o[:-1]) | (f[1:] != f[:-1])]]
            rec, fac, sums = rec[sel], fac[sel], sums[sel]
        return rec, fac, sums

    def _values(self, receptors, facilities, rec, fac, sums, snap_m, mass_kg):
        """Arrival, peak time and concentration of each pair (the overland leg at the constant velocity)."""
        hyd = self.hyd
        if hyd is None:
            return {"arrival_h": np.full(rec.size, np.nan)}
        nf = len(facilities)
        overland_s = np.zeros(nf)
        if snap_m.any():
            if hyd.fallback_velocity_m_s is None:
                raise TailingsError(tr("The overland leg needs a constant velocity (m/s)."))
            overland_s = snap_m / float(hyd.fallback_velocity_m_s)
        masses = np.full(nf, np.nan)
        if mass_kg is not None:
            masses = np.array([np.nan if m is None else float(m) for m in mass_kg], dtype=float)
        q = hyd.q[receptors.e[rec]] if rec.size else np.zeros(0)
        return hyd.peak(overland_s[fac] + sums[:, 1], sums[:, 2:], q, masses[fac])

    def _frac(self, e, c):
        ln = float(self.net.e_len_m[e])
        return c / ln if ln > 0 else 0.0

    def _walk_up(self, er, cr, limit_m, fb):
        """Shortest walk upstream from chainage ``cr`` of edge ``er`` (Dijkstra 1959 on the reversed links).

        Returns ``{edge: sums from its start to the receptor}`` and ``{edge: next edge toward the receptor}``.
        """
        base = self._frac(er, cr) * self.per_edge[er]
        best = {er: base}
        via = {}
        heap = [(float(base[0]), er)]
        done = set()
        n = 0
        while heap:
            _d, e = heapq.heappop(heap)
            if e in done:
                continue
            done.add(e)
            n += 1
            if n % 5000 == 0:
                check_cancel(fb)
            for u in self.up_idx[self.up_ptr[e] : self.up_ptr[e + 1]].tolist():
                s = best[e] + self.per_edge[u]
                if s[0] > limit_m + float(self.per_edge[u][0]) or u == er:
                    continue
                if u not in best or s[0] < best[u][0]:
                    best[u] = s
                    via[u] = e
                    heapq.heappush(heap, (float(s[0]), u))
        return best, via
