"""Travel time and concentration of an instantaneous release along one pathway (split from .hydraulics).

Frozen-cloud approximation of the 1-D advection-dispersion equation (Taylor 1954; Fischer et al. 1979):
the cloud is Gaussian in time at each station, with travel time tau = integral dx/U and variance
sigma_t^2 = integral 2*K/U^3 dx; peak M/(Q*sqrt(2*pi*sigma_t^2)). Leading edge after Jobson (1996).
Hydraulic geometry (Leopold & Maddock 1953; Raymond et al. 2012) and the four dispersion coefficients
(Fischer 1975; Kashefipour & Falconer 2002; Deng et al. 2001; Seo & Cheong 1998) come from .hydraulics.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .common import TailingsError, ensure_feedback, tr
from .hydraulics import (
    DISPERSION_METHODS,
    HIGHEST,
    JOBSON_LEADING_EDGE_RATIO,
    KINDS,
    LEADING_EDGE_METHODS,
    RAYMOND_2012,
    G,
    _arr,
    check_chainage,
    dispersion_coefficients,
    hydraulic_geometry,
    mixing_length_m,
    resolve_segment_velocity,
    segment_values,
)
from .lazy import np
from .numbers import compact


@dataclass
class PlumeProfile:
    """Travel time and Gaussian-in-time cloud of a release along one pathway (vertex arrays).

    ``tau_h``: advective travel time (h); ``var_t_s2``: dict method -> accumulated variance of the passage
    time (s2, NaN where some upstream river segment lacks a dispersion coefficient); ``discharge_m3_s``: per
    segment (NaN unknown); ``river``: per segment, True where the 1-D river model applies (not overland);
    ``mixing_km``: chainage after which the release is laterally mixed (NaN unknown).
    """

    chainage_km: np.ndarray
    tau_h: np.ndarray
    velocity_m_s: np.ndarray
    discharge_m3_s: np.ndarray
    river: np.ndarray
    var_t_s2: dict
    mass_kg: float | None
    decay_per_h: float = 0.0
    method: str = "fischer"
    leading_edge: str = "jobson"
    edge_fraction: float = 0.01
    reference_discharge_m3_s: float = math.nan
    mixing_km: float = math.nan
    dispersion_m2_s: dict = field(default_factory=dict)
    slope_assumed: np.ndarray | None = None  #: per segment: True where the assumed slope was used

    def slope_assumed_at(self, dist_km) -> np.ndarray:
        """True at chainages ``dist_km`` whose concentration depends on an assumed slope (on that segment or
        any river segment upstream of it)."""
        d = _arr(dist_km)
        if self.slope_assumed is None or not np.any(self.slope_assumed):
            return np.zeros(d.shape, dtype=bool)
        upto = np.logical_or.accumulate(np.asarray(self.slope_assumed, dtype=bool))
        return upto[self._segment_at(d)]

    def _segment_at(self, dist_km) -> np.ndarray:
        d = _arr(dist_km)
        i = np.searchsorted(self.chainage_km, d, side="right") - 1
        return np.clip(i, 0, self.chainage_km.size - 2)

    def travel_time_at(self, dist_km) -> np.ndarray:
        """Advective travel time (h) at chainage ``dist_km`` (linear in x: U is constant per segment)."""
        return np.interp(_arr(dist_km), self.chainage_km, self.tau_h)

    def concentration_series(self, dist_km: float, time_h, method=None) -> np.ndarray:
        """Concentration (mg/L) passing the station at ``dist_km`` at times ``time_h`` (Gaussian in time).

        C(t) = M/(Q*sqrt(2*pi*s2)) * exp(-(t-tau)^2/(2*s2)) * exp(-k*t) (frozen-cloud approximation); NaN
        where discharge, dispersion or mass is unknown.
        """
        method = method or self.method
        d = float(dist_km)
        if method == HIGHEST:  # the method with the highest peak at this station
            cands = {m: self.at(np.array([d]), m)["peak_conc_mg_l"][0] for m in self.var_t_s2}
            cands = {m: c for m, c in cands.items() if np.isfinite(c)}
            method = max(cands, key=cands.get) if cands else self.method
        t = _arr(time_h) * 3600.0
        seg = int(self._segment_at(np.array([d]))[0])
        q = self.discharge_m3_s[seg]
        var = self.var_t_s2.get(method)
        if var is None or self.mass_kg is None or not self.river[seg] or not (q > 0):
            return np.full(t.shape, np.nan)
        v = float(np.interp(d, self.chainage_km, var))
        tau = float(self.travel_time_at(d)) * 3600.0
        rate = self.decay_per_h / 3600.0
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            c = (
                self.mass_kg
                / (q * np.sqrt(2.0 * np.pi * v))
                * np.exp(-((t - tau) ** 2) / (2.0 * v) - rate * t)
            )
        return c * 1000.0

    def at(self, dist_km, method=None) -> dict:
        """Arrival, peak time, peak concentration and dilution at chainages ``dist_km`` (array).

        Returns arrays ``arrival_h`` (leading edge), ``peak_h``, ``travel_time_h`` (tau), ``peak_conc_mg_l``
        (NaN where discharge, dispersion or mass is unknown or the station is overland), ``dilution``
        (Q at the station / Q where the release enters the river), ``mixed`` (beyond the lateral mixing
        length), and ``peak_conc_lo_mg_l`` / ``peak_conc_hi_mg_l`` across all dispersion methods computed.
        """
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):  # once per call, not per method
            return self._at(_arr(dist_km), method or self.method)

    def _at(self, d, method):
        tau_s = self.travel_time_at(d) * 3600.0
        seg = self._segment_at(d)
        q = self.discharge_m3_s[seg]
        in_river = self.river[seg]
        rate = self.decay_per_h / 3600.0
        out = {"travel_time_h": tau_s / 3600.0}
        names = list(self.var_t_s2)
        if names:
            # all dispersion methods at once, one row each (issue 17: the same elementwise formulas, a few
            # array operations per call instead of a few per method)
            v = np.vstack([np.interp(d, self.chainage_km, self.var_t_s2[m]) for m in names])
            # Gaussian in time (frozen cloud): C = M/(Q*sqrt(2*pi*s2))*exp(-(t-tau)^2/(2*s2))*exp(-k*t);
            # maximum at t = tau - k*s2, value M/(Q*sqrt(2*pi*s2))*exp(-k*tau + k^2*s2/2).
            tp = np.maximum(tau_s - rate * v, 0.0)
            c = (
                (self.mass_kg if self.mass_kg is not None else math.nan)
                / (q * np.sqrt(2.0 * np.pi * v))
                * np.exp(-rate * tau_s + 0.5 * rate**2 * v)
                * 1000.0
            )
            finite = np.isfinite(v)
            ok = (in_river & np.isfinite(q) & (q > 0)) & finite & (v > 0)
            concs = np.where(ok, c, np.nan)
            peaks = np.where(finite, tp, tau_s)
            cols = np.arange(d.size)
            if method == HIGHEST:
                best = np.argmax(np.where(np.isnan(concs), -np.inf, concs), axis=0)
            else:
                best = np.full(d.size, names.index(method)) if method in names else None
        if names and best is not None:
            conc = concs[best, cols]
            tpk = peaks[best, cols]
            sig = np.sqrt(v[best, cols])
        else:
            conc = np.full(d.shape, np.nan)
            tpk = tau_s
            sig = np.full(d.shape, np.nan)
        out["peak_conc_mg_l"] = conc
        out["peak_h"] = tpk / 3600.0
        if names:
            allnan = np.all(np.isnan(concs), axis=0)
            lo = np.where(allnan, np.nan, np.nanmin(np.where(np.isnan(concs), np.inf, concs), axis=0))
            hi = np.where(allnan, np.nan, np.nanmax(np.where(np.isnan(concs), -np.inf, concs), axis=0))
            out["peak_conc_lo_mg_l"] = lo
            out["peak_conc_hi_mg_l"] = hi
        else:
            out["peak_conc_lo_mg_l"] = np.full(d.shape, np.nan)
            out["peak_conc_hi_mg_l"] = np.full(d.shape, np.nan)
        if self.leading_edge == "jobson":
            arrival = JOBSON_LEADING_EDGE_RATIO * tpk  # Jobson (1996): leading edge ~ 0.89 * time to peak
        elif self.leading_edge == "fraction":
            # first time the Gaussian-in-time curve exceeds edge_fraction * peak
            arrival = np.maximum(tpk - sig * math.sqrt(-2.0 * math.log(self.edge_fraction)), 0.0)
        else:
            arrival = tau_s
        out["arrival_h"] = arrival / 3600.0
        out["dilution"] = np.where(in_river, q / self.reference_discharge_m3_s, np.nan)
        out["mixed"] = d >= self.mixing_km if np.isfinite(self.mixing_km) else np.zeros(d.shape, bool)
        return out


def plume_profile(
    chainage_km,
    velocity_m_s=None,
    discharge_m3_s=None,
    *,
    fallback_velocity_m_s=None,
    slope=None,
    assumed_slope=None,
    kind=None,
    mass_kg=None,
    decay_per_h=0.0,
    release_duration_h=0.0,
    method="fischer",
    methods=DISPERSION_METHODS,
    leading_edge="jobson",
    edge_fraction=0.01,
    coefficients=None,
    feedback=None,
) -> PlumeProfile:
    """Travel time and concentration model of an instantaneous release along one pathway.

    Inputs per segment (scalar, per-segment or per-vertex arrays, NaN where unknown): ``velocity_m_s``,
    ``discharge_m3_s``, ``slope`` (m/m), ``kind`` ('river', 'lake', 'overland'). Velocity where not given
    comes from discharge by hydraulic geometry (Leopold & Maddock 1953; Raymond et al. 2012), else from
    ``fallback_velocity_m_s``. Depth from discharge by hydraulic geometry, width by continuity W = Q/(U*h).

    Dispersion needs discharge and slope. Where the slope is unknown, ``assumed_slope`` (e.g.
    :data:`TYPICAL_LOWLAND_SLOPE`) is used with a warning; without it the concentration is NaN and a warning
    says why. Overland segments add travel time but no dispersion (plug flow) and carry no concentration.
    Lake segments are treated as river reaches (with a warning: the 1-D model does not describe a lake).

    The passage-time variance accumulates sigma_t^2 = sigma_0^2 + sum 2*K*L/U^3 (frozen-cloud approximation,
    Fischer et al. 1979, ch. 4), sigma_0^2 = T_r^2/12 for a release spread uniformly over
    ``release_duration_h`` (0: instantaneous). ``decay_per_h`` is a first-order loss rate (decay or settling).
    """
    fb = ensure_feedback(feedback)
    if method not in (*DISPERSION_METHODS, HIGHEST):
        raise TailingsError(
            tr("Unknown dispersion method {m}; use one of {ok}.").format(
                m=method, ok=", ".join((*DISPERSION_METHODS, HIGHEST))
            )
        )
    if leading_edge not in LEADING_EDGE_METHODS:
        raise TailingsError(
            tr("Unknown leading-edge method {m}; use one of {ok}.").format(
                m=leading_edge, ok=", ".join(LEADING_EDGE_METHODS)
            )
        )
    if not 0.0 < float(edge_fraction) < 1.0:
        raise TailingsError(tr("The leading-edge fraction must lie between 0 and 1."))
    if decay_per_h is None or not np.isfinite(decay_per_h) or decay_per_h < 0:
        raise TailingsError(tr("The decay or settling rate must be 0 or positive (per hour)."))
    if mass_kg is not None and (not np.isfinite(mass_kg) or mass_kg < 0):
        raise TailingsError(tr("The released mass must be 0 or positive (kg)."))
    methods = tuple(dict.fromkeys(((method,) if method != HIGHEST else ()) + tuple(methods)))
    coef = dict(RAYMOND_2012, **(coefficients or {}))
    ch = check_chainage(chainage_km)
    n = ch.size
    q = segment_values(discharge_m3_s, n, "discharge")
    q = np.where(q > 0, q, np.nan)
    u = resolve_segment_velocity(n, velocity_m_s, q, fallback_velocity_m_s, coef, fb)
    tau_h = np.concatenate([[0.0], np.cumsum(np.diff(ch) * 1000.0 / u)]) / 3600.0

    if kind is None:
        kinds = np.array(["river"] * (n - 1), dtype=object)
    elif isinstance(kind, str):
        kinds = np.array([kind] * (n - 1), dtype=object)
    else:
        kk = np.asarray(kind, dtype=object).ravel()
        if kk.size == n:
            kk = kk[:-1]  # per vertex: a segment takes the kind of its upstream vertex
        if kk.size != n - 1:
            raise TailingsError(tr("kind needs one value per segment or per vertex."))
        if set(kk.tolist()) <= set(KINDS):  # already valid names (what assemble_pathways gives): no loop
            kinds = kk
        else:
            kinds = np.array([str(x).lower() if x is not None else "river" for x in kk], dtype=object)
    bad_kind = sorted(set(kinds.tolist()) - set(KINDS))
    if bad_kind:
        raise TailingsError(
            tr("Unknown pathway kind {k}; use river, lake or overland.").format(k=", ".join(bad_kind))
        )
    river = kinds != "overland"
    if np.any(kinds == "lake"):
        fb.pushWarning(
            tr(
                "The pathway passes through a lake; the 1-D river model treats it as a river reach, so "
                "concentrations downstream of the lake are indicative only."
            )
        )

    s = segment_values(slope, n, "slope")
    if np.any(np.isfinite(s) & (s <= 0)):
        raise TailingsError(tr("The river slope must be positive (m/m), e.g. 0.0001 for 10 cm per km."))
    need_slope = river & np.isfinite(q) & ~np.isfinite(s)
    slope_assumed = need_slope & (assumed_slope is not None)
    if np.any(need_slope):
        if assumed_slope is not None:
            if not assumed_slope > 0:
                raise TailingsError(tr("The assumed slope must be positive (m/m)."))
            s = np.where(need_slope, float(assumed_slope), s)
            fb.pushWarning(
                tr(
                    "No slope known on {n} river segments: the dispersion coefficient uses the assumed slope "
                    "{s} m/m there."
                ).format(n=int(need_slope.sum()), s=compact(float(assumed_slope)))
            )
        else:
            fb.pushWarning(
                tr(
                    "No slope known on {n} river segments: no dispersion coefficient and no peak "
                    "concentration downstream of them. Give a slope or an assumed slope."
                ).format(n=int(need_slope.sum()))
            )

    geom = hydraulic_geometry(q, **coef)
    depth = geom.depth_m
    with np.errstate(invalid="ignore", divide="ignore"):
        width = q / (u * depth)  # continuity with the velocity actually used
        ustar = np.sqrt(G * depth * s)  # u* = sqrt(g*R*S), R ~ depth (wide channel)
    ks = dispersion_coefficients(u, width, depth, ustar, methods)
    var0 = (float(release_duration_h or 0.0) * 3600.0) ** 2 / 12.0  # uniform pulse of length T_r
    seg_len_m = np.diff(ch) * 1000.0
    var = {}
    for m, k in ks.items():
        dv = np.where(river, 2.0 * k * seg_len_m / u**3, 0.0)  # sigma_t^2 += 2*K*L/U^3
        var[m] = var0 + np.concatenate([[0.0], np.cumsum(dv)])

    first_river = np.flatnonzero(river & np.isfinite(q))
    q_ref = float(q[first_river[0]]) if first_river.size else math.nan
    mix_km = math.nan
    if first_river.size:
        i = first_river[0]
        lm = mixing_length_m(u[i], width[i], depth[i], ustar[i])
        if np.isfinite(lm):
            mix_km = float(ch[i] + lm / 1000.0)
    if mass_kg is None:
        fb.pushWarning(tr("No released mass given: peak concentrations are left empty."))
    elif not np.any(river & np.isfinite(q)):
        fb.pushWarning(
            tr(
                "No discharge is known along the pathway: peak concentrations and dilution are left empty. "
                "Give a discharge field (m³/s) on the river layer."
            )
        )
    return PlumeProfile(
        chainage_km=ch,
        tau_h=tau_h,
        velocity_m_s=u,
        discharge_m3_s=q,
        river=river,
        var_t_s2=var,
        mass_kg=None if mass_kg is None else float(mass_kg),
        decay_per_h=float(decay_per_h),
        method=method,
        leading_edge=leading_edge,
        edge_fraction=float(edge_fraction),
        reference_discharge_m3_s=q_ref,
        mixing_km=mix_km,
        dispersion_m2_s=ks,
        slope_assumed=slope_assumed,
    )
