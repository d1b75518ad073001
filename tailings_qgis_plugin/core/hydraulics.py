"""River hydraulics of a spill: velocity, depth, dispersion, travel time and peak concentration.

Everything here is plain numpy and works on arrays. Units: metres, seconds, m3/s, kg; concentrations are
returned in mg/L (1 kg/m3 = 1000 mg/L); travel times in hours.

Models (each cited again next to its code):

- At-a-station hydraulic geometry, Leopold & Maddock (1953) power-law form, U = a*Q^b, h = c*Q^f, with
  the global defaults of Raymond et al. (2012) (a=0.194, b=0.285, c=0.409, f=0.294); width by continuity.
- Shear velocity u* = sqrt(g*R*S) (uniform flow; R ~ depth for a wide channel).
- Longitudinal dispersion K: Fischer (1975), Kashefipour & Falconer (2002), Deng et al. (2001),
  Seo & Cheong (1998). The spread between them is reported as an uncertainty band.
- Instantaneous, cross-sectionally mixed release: the 1-D advection-dispersion solution (Taylor 1954;
  Fischer et al. 1979) C(x,t) = M/(A*sqrt(4*pi*K*t)) * exp(-(x-U*t)^2/(4*K*t)) * exp(-k*t), A = Q/U.
- Along a path whose U, Q, K change, the "frozen cloud" (Gaussian in time at a station) approximation:
  travel time tau = integral dx/U and variance of the passage time sigma_t^2 = integral 2*K/U^3 dx, so
  C(t) = M/(Q*sqrt(2*pi*sigma_t^2)) * exp(-(t-tau)^2/(2*sigma_t^2)) * exp(-k*t). For constant U, Q, K this
  has the same peak as the exact solution to O(K/(U*x)); it conserves mass exactly (integral Q*C dt = M)
  and dilutes the cloud as discharge grows downstream.
- Leading edge: Jobson (1996), USGS WRIR 96-4013: the leading edge arrives at about 0.89 of the time to
  peak (default); optional: first time C exceeds a fraction of the peak in the Gaussian-in-time curve.
- Lateral mixing length of a bank release: Fischer et al. (1979), L = 0.4*U*W^2/eps_t, eps_t = 0.6*h*u*.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .common import TailingsError, ensure_feedback, tr
from .lazy import np

G = 9.80665  # standard gravity, m/s2

#: Raymond et al. (2012), Limnology & Oceanography: Fluids & Environments 2:41-53, global hydraulic
#: geometry fitted to Leopold & Maddock (1953) power laws: U = 0.194*Q^0.285, h = 0.409*Q^0.294.
RAYMOND_2012 = {"a": 0.194, "b": 0.285, "c": 0.409, "f": 0.294}

#: Jobson (1996), USGS WRIR 96-4013: time of the leading edge / time of the peak, about 0.89.
JOBSON_LEADING_EDGE_RATIO = 0.89

#: A typical water-surface slope of a large lowland river (1e-4 = 10 cm/km; the middle Irtysh falls about
#: 5-10 cm/km). Never applied silently: a caller that uses it passes it as ``assumed_slope`` and the engine
#: warns that the dispersion coefficient then rests on an assumed slope.
TYPICAL_LOWLAND_SLOPE = 1.0e-4

DISPERSION_METHODS = ("fischer", "kashefipour_falconer", "deng", "seo_cheong")
#: Pseudo-method: at each station the highest peak concentration of the dispersion methods computed
#: (conservative; the spread is in ``peak_conc_lo_mg_l`` / ``peak_conc_hi_mg_l``).
HIGHEST = "highest"
LEADING_EDGE_METHODS = ("jobson", "fraction", "advective")
KINDS = ("river", "lake", "overland")


def _trapz(y, x):
    """numpy.trapezoid (numpy >= 2) or numpy.trapz (numpy 1.x)."""
    fn = getattr(np, "trapezoid", None) or np.trapz
    return fn(y, x)


def _arr(x) -> np.ndarray:
    return np.asarray(x, dtype=float)


# --- hydraulic geometry --------------------------------------------------------------------------------


@dataclass(frozen=True)
class HydraulicGeometry:
    """Mean velocity, depth, width and cross-section area for a discharge (arrays of the same shape)."""

    velocity_m_s: np.ndarray
    depth_m: np.ndarray
    width_m: np.ndarray
    area_m2: np.ndarray


def hydraulic_geometry(discharge_m3_s, a=0.194, b=0.285, c=0.409, f=0.294) -> HydraulicGeometry:
    """Velocity, depth and width from discharge by at-a-station hydraulic geometry.

    Leopold & Maddock (1953) power-law form U = a*Q^b, h = c*Q^f; default coefficients of Raymond et al.
    (2012). Width by continuity W = Q/(U*h); area A = Q/U. Q <= 0 or NaN gives NaN.
    """
    q = _arr(discharge_m3_s)
    with np.errstate(invalid="ignore", divide="ignore"):
        qpos = np.where(q > 0, q, np.nan)
        u = a * qpos**b  # Leopold & Maddock (1953); Raymond et al. (2012)
        h = c * qpos**f
        w = qpos / (u * h)  # continuity
        area = qpos / u
    return HydraulicGeometry(u, h, w, area)


def shear_velocity(depth_m, slope, hydraulic_radius_m=None) -> np.ndarray:
    """Shear velocity u* = sqrt(g*R*S) of uniform flow (R = hydraulic radius, ~ depth in a wide river).

    ``slope`` is the energy (water-surface) slope in m/m. It is required: when it is unknown the caller must
    say so (e.g. pass an explicitly assumed slope and warn the user); this function never invents one.
    """
    if slope is None:
        raise TailingsError(
            tr("The river slope is unknown: give a slope (m/m) to compute the shear velocity and dispersion.")
        )
    s = _arr(slope)
    if np.any(s[np.isfinite(s)] <= 0):
        raise TailingsError(tr("The river slope must be positive (m/m), e.g. 0.0001 for 10 cm per km."))
    r = _arr(depth_m if hydraulic_radius_m is None else hydraulic_radius_m)
    return np.sqrt(G * r * s)


def dispersion_coefficients(velocity_m_s, width_m, depth_m, shear_velocity_m_s, methods=None) -> dict:
    """Longitudinal dispersion coefficient K (m2/s) by each empirical method; a dict method -> array.

    U mean velocity, W width, H depth, u* shear velocity (all arrays broadcastable):

    - ``fischer``: Fischer (1975) K = 0.011*U^2*W^2/(H*u*).
    - ``kashefipour_falconer``: Kashefipour & Falconer (2002)
      K = [7.428 + 1.775*(W/H)^0.62*(u*/U)^0.572]*(U/u*)*H*U.
    - ``deng``: Deng et al. (2001) K = 0.15/(8*eps_t)*(W/H)^(5/3)*(U/u*)^2*H*u*,
      eps_t = 0.145 + (U/u*)*(W/H)^1.38/3520.
    - ``seo_cheong``: Seo & Cheong (1998) K = 5.915*H*u**(W/H)^0.620*(U/u*)^1.428.

    The spread between methods is an honest uncertainty band (they differ by a factor 2-10 on real rivers).
    """
    methods = DISPERSION_METHODS if methods is None else tuple(methods)
    unknown = [m for m in methods if m not in DISPERSION_METHODS]
    if unknown:
        raise TailingsError(
            tr("Unknown dispersion method {m}; use one of {ok}.").format(
                m=", ".join(unknown), ok=", ".join(DISPERSION_METHODS)
            )
        )
    u = _arr(velocity_m_s)
    w = _arr(width_m)
    h = _arr(depth_m)
    us = _arr(shear_velocity_m_s)
    out = {}
    with np.errstate(invalid="ignore", divide="ignore"):
        wh = w / h
        uu = u / us
        for m in methods:
            if m == "fischer":
                k = 0.011 * u**2 * w**2 / (h * us)  # Fischer (1975)
            elif m == "kashefipour_falconer":
                k = (
                    (7.428 + 1.775 * wh**0.62 * (us / u) ** 0.572) * uu * h * u
                )  # Kashefipour & Falconer (2002)
            elif m == "deng":
                eps_t = 0.145 + uu * wh**1.38 / 3520.0  # Deng et al. (2001)
                k = 0.15 / (8.0 * eps_t) * wh ** (5.0 / 3.0) * uu**2 * h * us
            else:
                k = 5.915 * h * us * wh**0.620 * uu**1.428  # Seo & Cheong (1998)
            out[m] = k
    return out


def mixing_length_m(velocity_m_s, width_m, depth_m, shear_velocity_m_s, injection="side") -> np.ndarray:
    """Distance (m) after which a release is mixed across the river (Fischer et al. 1979, ch. 5).

    L = 0.4*U*W^2/eps_t for a bank (side) release, 0.1*U*W^2/eps_t for a centre-line release, with the
    transverse mixing coefficient eps_t = 0.6*H*u* (Fischer et al. 1979, +-50 %). Upstream of L the 1-D
    solution gives the cross-sectional mean, not the concentration along the near bank.
    """
    coef = {"side": 0.4, "centre": 0.1, "center": 0.1}.get(injection)
    if coef is None:
        raise TailingsError(tr("Injection must be 'side' or 'centre'."))
    eps_t = 0.6 * _arr(depth_m) * _arr(shear_velocity_m_s)
    with np.errstate(invalid="ignore", divide="ignore"):
        return coef * _arr(velocity_m_s) * _arr(width_m) ** 2 / eps_t


# --- per-segment values and travel time ------------------------------------------------------------------


def segment_values(values, n_vertices: int, name: str = "value") -> np.ndarray:
    """Per-segment array (n_vertices - 1) from a scalar, a per-segment array or a per-vertex array.

    Per-vertex values are averaged over the two ends of each segment.
    """
    n_seg = int(n_vertices) - 1
    if n_seg < 1:
        raise TailingsError(tr("A pathway needs at least two vertices."))
    if values is None:
        return np.full(n_seg, np.nan)
    v = np.asarray(values, dtype=object if _is_texty(values) else float)
    if v.dtype == object:
        v = np.array([_to_float(x) for x in v.ravel()], dtype=float)
    if v.ndim == 0:
        return np.full(n_seg, float(v))
    v = v.ravel()
    if v.size == n_seg:
        return v.astype(float)
    if v.size == n_seg + 1:
        return 0.5 * (v[:-1] + v[1:])
    raise TailingsError(
        tr(
            "{name} has {k} values; a pathway of {n} vertices needs 1, {s} (per segment) or {n} (per vertex)."
        ).format(name=name, k=v.size, n=n_seg + 1, s=n_seg)
    )


def _is_texty(values) -> bool:
    try:
        arr = np.asarray(values)
    except Exception:  # ragged input
        return True
    return arr.dtype == object or arr.dtype.kind in "USO"


def _to_float(x) -> float:
    try:
        v = float(x)
    except (TypeError, ValueError):
        return math.nan
    return v


def check_chainage(chainage_km) -> np.ndarray:
    """Return the chainage as float array; raise TailingsError unless it is finite and non-decreasing."""
    ch = _arr(chainage_km).ravel()
    if ch.size < 2:
        raise TailingsError(tr("A pathway needs at least two vertices."))
    if not np.all(np.isfinite(ch)):
        raise TailingsError(tr("The pathway chainage (dist_km) has missing values."))
    if np.any(np.diff(ch) < 0):
        raise TailingsError(tr("The pathway chainage (dist_km) must not decrease downstream."))
    return ch


def check_velocity(velocity_m_s, where: str = "") -> np.ndarray:
    """Raise TailingsError for a zero, negative or missing velocity (travel time would be infinite)."""
    v = _arr(velocity_m_s)
    bad = ~np.isfinite(v) | (v <= 0)
    if np.any(bad):
        idx = np.flatnonzero(np.atleast_1d(bad))
        raise TailingsError(
            tr(
                "Velocity must be positive (m/s){where}: {n} segment(s) have zero, negative or missing "
                "velocity (first at segment {i}). Fix the velocity field or give a constant velocity."
            ).format(where=where, n=idx.size, i=int(idx[0]))
        )
    return v


def resolve_segment_velocity(
    n_vertices: int,
    velocity_m_s=None,
    discharge_m3_s=None,
    fallback_velocity_m_s=None,
    coefficients=None,
    feedback=None,
) -> np.ndarray:
    """Per-segment velocity: as given, else from discharge (hydraulic geometry), else a fallback.

    ``velocity_m_s`` and ``discharge_m3_s`` may be scalars, per-segment or per-vertex arrays with NaN where
    unknown. Segments still unknown take ``fallback_velocity_m_s`` (with a warning); if none is given a
    TailingsError says which segments lack a velocity. A velocity of 0 or below is an error.
    """
    fb = ensure_feedback(feedback)
    coef = dict(RAYMOND_2012, **(coefficients or {}))
    v = segment_values(velocity_m_s, n_vertices, "velocity")
    given = np.isfinite(v)
    if np.any(given):
        check_velocity(v[given])
    q = segment_values(discharge_m3_s, n_vertices, "discharge")
    need = ~given & np.isfinite(q) & (q > 0)
    if np.any(need):
        v[need] = hydraulic_geometry(q[need], **coef).velocity_m_s
    missing = ~np.isfinite(v)
    if np.any(missing):
        if fallback_velocity_m_s is None:
            raise TailingsError(
                tr(
                    "{n} of {m} pathway segments have neither a velocity nor a discharge; give a constant "
                    "velocity (m/s) for them."
                ).format(n=int(missing.sum()), m=v.size)
            )
        check_velocity(fallback_velocity_m_s, tr(" (constant velocity)"))
        v[missing] = float(fallback_velocity_m_s)
        if np.any(given | need):
            fb.pushWarning(
                tr("{n} pathway segments have no velocity or discharge; used the constant {v} m/s.").format(
                    n=int(missing.sum()), v=fallback_velocity_m_s
                )
            )
    return check_velocity(v)


def travel_time_h(chainage_km, velocity_m_s) -> np.ndarray:
    """Cumulative travel time (h) at each vertex: tau = integral dx/U with U constant per segment.

    ``velocity_m_s``: scalar, per-segment or per-vertex (averaged to segments). Zero or negative velocity
    raises TailingsError.
    """
    ch = check_chainage(chainage_km)
    v = check_velocity(segment_values(velocity_m_s, ch.size, "velocity"))
    dt_s = np.diff(ch) * 1000.0 / v
    return np.concatenate([[0.0], np.cumsum(dt_s)]) / 3600.0


# --- analytic solution for one uniform reach -------------------------------------------------------------


def concentration_mg_l(x_m, t_s, mass_kg, discharge_m3_s, velocity_m_s, dispersion_m2_s, decay_per_h=0.0):
    """Exact 1-D advection-dispersion solution for an instantaneous, cross-sectionally mixed release (mg/L).

    Taylor (1954) / Fischer et al. (1979): C(x,t) = M/(A*sqrt(4*pi*K*t)) * exp(-(x-U*t)^2/(4*K*t)) * exp(-k*t)
    with A = Q/U (m2) and k the first-order decay or settling rate (converted from 1/h). kg/m3 * 1000 = mg/L.
    """
    x = _arr(x_m)
    t = _arr(t_s)
    u = check_velocity(velocity_m_s)
    q = _arr(discharge_m3_s)
    k = _arr(dispersion_m2_s)
    area = q / u
    rate = _arr(decay_per_h) / 3600.0
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        c = (
            mass_kg
            / (area * np.sqrt(4.0 * np.pi * k * t))
            * np.exp(-((x - u * t) ** 2) / (4.0 * k * t))
            * np.exp(-rate * t)
        )
    return np.where(t > 0, c, 0.0) * 1000.0


def peak_time_s(x_m, velocity_m_s, dispersion_m2_s, decay_per_h=0.0):
    """Exact time (s) of the maximum of C(x, t) over t at station x (same model as concentration_mg_l).

    d ln C/dt = 0 gives (U^2/(4K) + k)*t^2 + t/2 - x^2/(4K) = 0, whose positive root is returned.
    Without decay and for U*x/K >> 1 this is x/U - K/U^2.
    """
    x = _arr(x_m)
    u = check_velocity(velocity_m_s)
    k = _arr(dispersion_m2_s)
    rate = _arr(decay_per_h) / 3600.0
    a = u**2 / (4.0 * k) + rate
    c = x**2 / (4.0 * k)
    return (-0.5 + np.sqrt(0.25 + 4.0 * a * c)) / (2.0 * a)


def peak_concentration_mg_l(x_m, mass_kg, discharge_m3_s, velocity_m_s, dispersion_m2_s, decay_per_h=0.0):
    """Exact peak concentration (mg/L) and its time (s) at station x for one uniform reach.

    Returns (peak_mg_l, peak_time_s). The textbook approximation M/(A*sqrt(4*pi*K*x/U))*exp(-k*x/U) is the
    same to O(K/(U*x)).
    """
    tp = peak_time_s(x_m, velocity_m_s, dispersion_m2_s, decay_per_h)
    return (
        concentration_mg_l(x_m, tp, mass_kg, discharge_m3_s, velocity_m_s, dispersion_m2_s, decay_per_h),
        tp,
    )


# --- along a pathway -------------------------------------------------------------------------------------


def release_mass_kg(mass_kg=None, volume_m3=None, concentration_mg_l=None) -> float | None:
    """Contaminant mass of the release: ``mass_kg``, or volume (m3) x concentration (mg/L = g/m3) / 1000."""
    if mass_kg is not None and np.isfinite(_to_float(mass_kg)):
        m = _to_float(mass_kg)
    elif volume_m3 is not None and concentration_mg_l is not None:
        v, c = _to_float(volume_m3), _to_float(concentration_mg_l)
        if not (np.isfinite(v) and np.isfinite(c)):
            return None
        if v < 0 or c < 0:
            raise TailingsError(tr("Released volume and concentration must be 0 or positive."))
        m = v * c / 1000.0  # m3 * g/m3 = g; / 1000 = kg
    else:
        return None
    if m < 0:
        raise TailingsError(tr("The released mass must be 0 or positive (kg)."))
    return m


# The plume model (PlumeProfile, plume_profile) lives in .plume; resolved on first use (PEP 562) so that
# ``from .hydraulics import plume_profile`` keeps working without an import cycle.
def __getattr__(name):
    if name in ("PlumeProfile", "plume_profile"):
        from . import plume

        return getattr(plume, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
