"""Travel time and passage-time variance of every edge of a river network, for :mod:`core.upstream`.

The per-edge values come from :func:`core.hydraulics.plume_profile` run once over the whole network (its
segments are the edges), so the reverse search uses exactly the velocity resolution (Leopold & Maddock 1953
/ Raymond et al. 2012 hydraulic geometry), dispersion coefficients (Fischer 1975, Kashefipour & Falconer
2002, Deng et al. 2001, Seo & Cheong 1998) and peak formula (frozen cloud, Fischer et al. 1979; leading edge
0.89 x time to peak, Jobson 1996) of the forward analysis.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .common import SubFeedback, TailingsError, ensure_feedback, tr
from .hydraulics import DISPERSION_METHODS, JOBSON_LEADING_EDGE_RATIO, plume_profile
from .lazy import np
from .network import KIND_NAMES


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
        seen: dict = {}  # each distinct warning once; no progress or info from this step
        quiet = SubFeedback(fb, quiet=True, collect=seen)
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
        warnings = [w for w in seen if w != no_mass]
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
            warnings=warnings,
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
