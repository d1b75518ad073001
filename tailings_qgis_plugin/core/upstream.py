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

import numpy as np

from .common import TailingsError, check_cancel, ensure_feedback, tr
from .exposure import Pathway, border_crossings, fill_gaps
from .geodesy import geodesic_distance_m, local_factors, local_xy, project_to_segments, substring
from .hydraulics import DISPERSION_METHODS, JOBSON_LEADING_EDGE_RATIO, plume_profile
from .network import KIND_NAMES, _expand_ranges


class _Quiet:
    """Feedback that keeps each distinct warning once and forwards cancel."""

    def __init__(self, fb):
        self.fb, self.warnings = fb, []

    def setProgress(self, p):
        pass

    def isCanceled(self):
        return self.fb.isCanceled()

    def pushInfo(self, t):
        pass

    def pushWarning(self, t):
        if t not in self.warnings:
            self.warnings.append(t)


# --------------------------------------------------------------------------------------------------------
@dataclass
class EdgeHydraulics:
    """Travel time and passage-time variance of every edge, and the discharge at it (NaN unknown).

    ``tau_s`` (n_edges,), ``var_s2`` (n_edges, n_methods) in :data:`DISPERSION_METHODS` order (NaN where the
    dispersion coefficient is unknown), ``q`` (n_edges,), plus the model options used for the overland leg
    and the peak (fallback velocity, decay rate, method, leading edge, initial variance).
    """

    tau_s: np.ndarray
    var_s2: np.ndarray
    q: np.ndarray
    fallback_velocity_m_s: float | None = None
    decay_per_h: float = 0.0
    method: str = "fischer"
    leading_edge: str = "jobson"
    edge_fraction: float = 0.01
    var0_s2: float = 0.0
    methods: tuple = DISPERSION_METHODS
    warnings: list = field(default_factory=list)

    @classmethod
    def build(
        cls,
        net,
        velocity_m_s=None,
        discharge_m3_s=None,
        slope=None,
        *,
        fallback_velocity_m_s=None,
        assumed_slope=None,
        decay_per_h=0.0,
        release_duration_h=0.0,
        method="fischer",
        leading_edge="jobson",
        edge_fraction=0.01,
        coefficients=None,
        with_mass=True,
        feedback=None,
    ):
        """Per-reach ``velocity_m_s``, ``discharge_m3_s``, ``slope`` (one value per reach, NaN unknown, or
        None) are put on the edges and handed to :func:`core.hydraulics.plume_profile` as one long pathway
        whose segments are the edges: the same velocity resolution and dispersion coefficients as the
        forward analysis, vectorised over the whole network. ``with_mass=False``: no release mass is
        known (no warning about missing discharge for concentrations)."""
        fb = ensure_feedback(feedback)
        par = net.e_parent
        real = par >= 0

        def on_edges(values):
            if values is None:
                return None
            v = np.asarray(values, dtype=float).reshape(-1)
            if v.size != net.n_reaches:
                raise TailingsError(
                    tr("There are {k} values for {n} reaches.").format(k=v.size, n=net.n_reaches)
                )
            out = np.full(net.n_edges, np.nan)
            out[real] = v[par[real]]
            return out

        ne = net.n_edges
        if ne == 0:
            raise TailingsError(tr("The river network has no usable reach."))
        chain = np.concatenate([[0.0], np.cumsum(net.e_len_m)]) / 1000.0
        kinds = np.array([KIND_NAMES[int(k)] for k in net.e_kind], dtype=object)
        quiet = _Quiet(fb)
        prof = plume_profile(
            chain,
            on_edges(velocity_m_s),
            on_edges(discharge_m3_s),
            slope=on_edges(slope),
            kind=kinds,
            mass_kg=1.0 if with_mass else None,
            fallback_velocity_m_s=fallback_velocity_m_s,
            assumed_slope=assumed_slope,
            decay_per_h=decay_per_h,
            release_duration_h=0.0,
            method=method,
            leading_edge=leading_edge,
            edge_fraction=edge_fraction,
            coefficients=coefficients,
            feedback=quiet,
        )
        # without any released mass the concentration warnings of plume_profile say nothing useful
        no_mass = tr("No released mass given: peak concentrations are left empty.")
        quiet.warnings = [w for w in quiet.warnings if w != no_mass]
        methods = tuple(dict.fromkeys((method,) + tuple(DISPERSION_METHODS)))
        var = np.column_stack([np.diff(prof.var_t_s2[m]) for m in methods])
        return cls(
            tau_s=np.diff(prof.tau_h) * 3600.0,
            var_s2=var,
            q=prof.discharge_m3_s,
            fallback_velocity_m_s=fallback_velocity_m_s,
            decay_per_h=float(decay_per_h or 0.0),
            method=method,
            leading_edge=leading_edge,
            edge_fraction=float(edge_fraction),
            var0_s2=(float(release_duration_h or 0.0) * 3600.0) ** 2 / 12.0,
            methods=methods,
            warnings=quiet.warnings,
        )

    def peak(self, tau_s, var_s2, q, mass_kg):
        """Arrival, peak time and peak concentration at stations with accumulated travel time ``tau_s`` (s),
        variance ``var_s2`` (n, n_methods) and discharge ``q`` (m3/s), for released masses ``mass_kg``
        (NaN: none). The formulas of :meth:`core.hydraulics.PlumeProfile.at`: C = M/(Q*sqrt(2*pi*s2)) *
        exp(-k*tau + k^2*s2/2) at t = tau - k*s2 (frozen cloud, Fischer et al. 1979)."""
        rate = self.decay_per_h / 3600.0
        v = var_s2 + self.var0_s2
        ok_q = np.isfinite(q) & (q > 0)
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            tp = np.maximum(tau_s[:, None] - rate * v, 0.0)
            c = (
                mass_kg[:, None]
                / (q[:, None] * np.sqrt(2.0 * np.pi * v))
                * np.exp(-rate * tau_s[:, None] + 0.5 * rate**2 * v)
                * 1000.0
            )
        ok = ok_q[:, None] & np.isfinite(v) & (v > 0)
        conc = np.where(ok, c, np.nan)
        tpk = np.where(np.isfinite(v[:, 0]), tp[:, 0], tau_s)
        sig = np.sqrt(v[:, 0])
        if self.leading_edge == "jobson":
            arrival = JOBSON_LEADING_EDGE_RATIO * tpk  # Jobson (1996): leading edge ~ 0.89 x time to peak
        elif self.leading_edge == "fraction":
            arrival = np.maximum(tpk - sig * math.sqrt(-2.0 * math.log(self.edge_fraction)), 0.0)
        else:
            arrival = tau_s
        allnan = np.all(np.isnan(conc), axis=1)
        with np.errstate(invalid="ignore"):
            lo = np.where(allnan, np.nan, np.min(np.where(np.isnan(conc), np.inf, conc), axis=1))
            hi = np.where(allnan, np.nan, np.max(np.where(np.isnan(conc), -np.inf, conc), axis=1))
        return {
            "arrival_h": arrival / 3600.0,
            "peak_h": tpk / 3600.0,
            "travel_time_h": tau_s / 3600.0,
            "peak_conc_mg_l": conc[:, 0],
            "peak_conc_lo_mg_l": lo,
            "peak_conc_hi_mg_l": hi,
        }


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


def countries_on_way(coords, countries, tolerance_km=5.0):
    """Countries a pathway (lon/lat line) passes in order, with the rule of
    :func:`core.exposure.analyse_downstream_impact`: a crossing back is listed again, a stretch along the
    border that stays on one side adds the other country the first time it is touched."""
    pw = Pathway("", coords)
    lab = countries.classify(pw.coords[:, 0], pw.coords[:, 1])[0]
    cross = border_crossings(pw, countries, tolerance_km, labels=lab)
    order = [countries.name(int(fill_gaps(lab)[0]))]
    for c in cross:
        if c["kind"] == "border_stretch" and c["from_country"] == c["to_country"]:
            order.extend(name for name in c["countries"] if name not in order)
        elif c["to_country"] != order[-1]:
            order.extend(n for n in c["countries"] if n not in order and n != c["to_country"])
            order.append(c["to_country"])
    return order


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
        net = self.net
        lon = np.asarray(lon, dtype=float).reshape(-1)
        lat = np.asarray(lat, dtype=float).reshape(-1)
        if not float(snap_distance_m) >= 0:
            raise TailingsError(tr("The snap distance must be zero or positive (metres)."))
        hit = self.tracer.index.nearest(
            lon, lat, float(snap_distance_m), expand=far_distance, feedback=feedback
        )
        d = hit["distance_m"]
        ok = (hit["line"] >= 0) & (d <= float(snap_distance_m))
        e0 = np.where(ok, hit["line"], 0)
        seg = np.maximum(hit["segment"], 0)
        c0 = (
            net.e_vcum[seg]
            - net.e_vcum[net.e_offsets[e0]]
            + hit["t"] * (net.e_vcum[seg + 1] - net.e_vcum[seg])
        )
        c0 = np.clip(c0, 0.0, net.e_len_m[e0])
        return Snapped(
            e=np.where(ok, e0, -1),
            c=np.where(ok, c0, np.nan),
            distance_m=np.where(np.isfinite(d) | ~far_distance, d, np.nan),
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
            q, line = idx._candidates(lon, lat, np.full(lon.size, radius))
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
        hyd = self.hyd
        nf = len(facilities)
        dmax = float(max_distance_km or 0.0) * 1000.0
        dmax = dmax if dmax > 0 else math.inf
        tmax = float(max_time_h or 0.0)
        tmax = tmax if tmax > 0 else math.inf
        if hyd is None and math.isfinite(tmax):
            raise TailingsError(tr("A time limit needs the hydraulics (velocity) of the network."))
        fe = facilities.e
        on = np.flatnonzero(fe >= 0)
        snap_m = np.where(fe >= 0, np.nan_to_num(facilities.distance_m, nan=0.0, posinf=0.0), 0.0)
        on = on[snap_m[on] <= dmax]  # the overland leg alone is longer than the limit: the trace stops there
        tr_ = self.tracer
        branch = np.zeros(on.size, dtype=bool)
        if not tr_.main_stem:
            branch = tr_.bif_down[fe[on]]
        chain_f, branch_f = on[~branch], on[branch]
        at_branch = {int(f): None for f in branch_f}
        overland_s = np.zeros(nf)
        if hyd is not None and snap_m.any():
            if hyd.fallback_velocity_m_s is None:
                raise TailingsError(tr("The overland leg needs a constant velocity (m/s)."))
            overland_s = snap_m / float(hyd.fallback_velocity_m_s)
        rows_r, rows_f, rows_s = [], [], []
        vias = {}
        nr = len(receptors)
        if chain_f.size:
            r_, f_, s_ = self._chain_pairs(receptors, facilities, chain_f, fb)
            rows_r.append(r_)
            rows_f.append(f_)
            rows_s.append(s_)
        for r in range(nr if branch_f.size else 0):
            check_cancel(fb)
            fb.setProgress(100.0 * r / max(nr, 1))
            er = int(receptors.e[r])
            if er < 0:
                continue
            cr = float(receptors.c[r])
            # branching facilities: shortest walk upstream from the receptor point over all links
            best, via = self._walk_up(er, cr, dmax, fb)
            vias[r] = via
            keep = []
            for f in at_branch:
                ef, cf = int(fe[f]), float(facilities.c[f])
                if ef not in best or (ef == er and cf > cr + 1e-9):
                    continue  # not upstream, or downstream of the receptor on its own edge
                keep.append((f, best[ef] - self._frac(ef, cf) * self.per_edge[ef]))
            if keep:
                rows_r.append(np.full(len(keep), r))
                rows_f.append(np.array([f for f, _ in keep], dtype=np.int64))
                rows_s.append(np.vstack([x for _, x in keep]))
        if rows_r:
            rec = np.concatenate(rows_r)
            fac = np.concatenate(rows_f)
            sums = np.vstack(rows_s)
        else:
            rec = np.zeros(0, np.int64)
            fac = np.zeros(0, np.int64)
            sums = np.zeros((0, self.cum.shape[1]))
        owner = receptors.owners()
        if pair_filter is not None and rec.size:
            keep = np.zeros(rec.size, dtype=bool)
            for r in np.unique(rec):
                m = rec == r
                keep[m] = np.asarray(pair_filter(int(owner[r]), fac[m]), dtype=bool)
            rec, fac, sums = rec[keep], fac[keep], sums[keep]
        dist_m = snap_m[fac] + sums[:, 0]
        if receptors.owner is not None and rec.size:
            # several network points of one receptor on a pathway: the nearest to the receptor counts
            # (the forward corridor search takes the pathway point nearest to the place)
            order = np.lexsort((dist_m, receptors.distance_m[rec], fac, owner[rec]))
            o, f = owner[rec][order], fac[order]
            first = np.r_[True, (o[1:] != o[:-1]) | (f[1:] != f[:-1])]
            sel = order[first]
            rec, fac, sums, dist_m = rec[sel], fac[sel], sums[sel], dist_m[sel]
        if hyd is not None:
            masses = (
                np.full(nf, np.nan)
                if mass_kg is None
                else np.array([np.nan if m is None else float(m) for m in mass_kg], dtype=float)
            )
            q = hyd.q[receptors.e[rec]] if rec.size else np.zeros(0)
            values = hyd.peak(overland_s[fac] + sums[:, 1], sums[:, 2:], q, masses[fac])
        else:
            values = {"arrival_h": np.full(rec.size, np.nan)}
        keep = dist_m <= dmax + 1e-6
        keep &= ~(values["arrival_h"] > tmax)
        own = owner[rec]
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


# --------------------------------------------------------------------------------------------------------
def border_points(net, countries, tolerance_km=5.0, feedback=None):
    """Where the river network crosses a country boundary: one dict per crossing or border stretch.

    The vertices of every edge are classified once (:meth:`core.exposure.Countries.classify`); each edge
    that changes country is handed to :func:`core.exposure.border_crossings` (bisection on the segment,
    changes within ``tolerance_km`` merged into a border stretch). Keys: ``edge``, ``c`` (chainage of the
    first change in the edge, m), ``lon``, ``lat``, ``kind``, ``from_country``, ``to_country``,
    ``countries``, ``n_changes``.
    """
    fb = ensure_feedback(feedback)
    lab, _ = countries.classify(net.e_coords[:, 0], net.e_coords[:, 1], fb)
    off = net.e_offsets
    out = []
    ne = net.n_edges
    first = np.full(ne, -1, dtype=np.int64)  # first and last known country of each edge
    last = np.full(ne, -1, dtype=np.int64)
    for e in range(ne):
        if e % 2000 == 0:
            check_cancel(fb)
            fb.setProgress(100.0 * e / max(ne, 1))
        a, b = off[e], off[e + 1]
        le = lab[a:b]
        if b - a < 2:
            continue
        if le[0] >= 0 and le[0] == le[-1] and np.all(le == le[0]):
            first[e] = last[e] = le[0]
            continue
        le = fill_gaps(le)
        first[e], last[e] = le[0], le[-1]
        if np.all(le == le[0]):
            continue
        xy = net.e_coords[a:b]
        ch = (net.e_vcum[a:b] - net.e_vcum[a]) / 1000.0
        try:
            pw = Pathway("", xy, np.maximum.accumulate(ch))
        except TailingsError:
            continue
        for c in border_crossings(pw, countries, tolerance_km, labels=le):
            c.update(edge=e, c=float(c["dist_km"]) * 1000.0)
            out.append(c)
    # a change exactly where one edge flows into the next (the border on a confluence or a reach end)
    es = np.repeat(np.arange(ne), np.diff(net.down_ptr))
    ed = net.down_idx
    jump = (last[es] >= 0) & (first[ed] >= 0) & (last[es] != first[ed])
    seen = set()
    for e_up, e in zip(es[jump].tolist(), ed[jump].tolist()):
        a_, b_ = int(last[e_up]), int(first[e])
        if (e, a_, b_) in seen:
            continue
        seen.add((e, a_, b_))
        x, y = (float(v) for v in net.e_coords[off[e]])
        out.append(
            {
                "kind": "crossing",
                "from_country": countries.name(a_),
                "to_country": countries.name(b_),
                "countries": [countries.name(a_), countries.name(b_)],
                "dist_km": 0.0,
                "end_km": 0.0,
                "lon": x,
                "lat": y,
                "end_lon": x,
                "end_lat": y,
                "n_changes": 1,
                "edge": e,
                "c": 0.0,
            }
        )
    fb.setProgress(100.0)
    return out
