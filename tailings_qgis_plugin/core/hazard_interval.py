"""Prediction intervals for the release-volume and runout regressions, fitted on the failure record.

The central estimates stay the published regressions (Rico et al. 2008; Concha Larrauri & Lall 2018).
Their scatter comes from a refit of the same log-log forms on the public record of 376 tailings dam
failures (Chambers et al., CSP2 compilation 1915-2022, as of 31 Jan 2023), done by
``scripts/fit_failure_record.py`` and stored in ``resources/hazard/failure_record_fit.json``:
ordinary least squares of ``log10 y`` on ``log10 x`` with ``n`` rows, residual standard deviation ``s``
(``n - 2`` degrees of freedom), mean ``x_mean`` and sum of squares ``sxx`` of ``log10 x``.

The prediction interval of a new observation at ``x0`` (log10) at level ``L`` is, for ordinary least
squares (e.g. Montgomery, Peck & Vining 2012, Introduction to Linear Regression Analysis, eq. 2.45)::

    log10 y0 +/- t(n-2, (1+L)/2) * s * sqrt(1 + 1/n + (x0 - x_mean)^2 / sxx)

so the interval in linear units is ``central / f .. central * f`` with ``f = 10^(half width)``.
The Student t quantile is computed here from the regularised incomplete beta function (continued
fraction of Press et al. 2007, Numerical Recipes 3rd ed., section 6.4), so the engine needs no SciPy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from .common import TailingsError, tr
from .hazard_data import Checker, hazard_data_path, read_json

DATA_FILE = "failure_record_fit.json"
WHAT = "failure record fit"
#: Regression name of the release volume; runout fits are named by the energy term (runout.ENERGY_TERMS).
RELEASE = "release_volume"


# --- Student t quantile (no SciPy) ----------------------------------------------------------------------


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction of the incomplete beta function (Press et al. 2007, section 6.4, Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """Regularised incomplete beta function I_x(a, b) (Press et al. 2007, eq. 6.4.5-6.4.6)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    ln_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(ln_front) * _betacf(a, b, x) / a
    return 1.0 - math.exp(ln_front) * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, dof: float) -> float:
    """Student t cumulative distribution: 1 - I_{v/(v+t^2)}(v/2, 1/2) / 2 for t >= 0."""
    tail = 0.5 * betainc(0.5 * dof, 0.5, dof / (dof + t * t))
    return 1.0 - tail if t >= 0 else tail


def t_quantile(p: float, dof: float) -> float:
    """Quantile of Student's t with ``dof`` degrees of freedom (bisection on :func:`t_cdf`)."""
    if not (0.0 < p < 1.0) or not dof > 0:
        raise TailingsError(tr("A t quantile needs 0 < p < 1 and dof > 0."))
    if p < 0.5:
        return -t_quantile(1.0 - p, dof)
    lo, hi = 0.0, 1.0
    while t_cdf(hi, dof) < p:
        hi *= 2.0
    for _ in range(200):
        mid = 0.5 * (lo + hi)
        if t_cdf(mid, dof) < p:
            lo = mid
        else:
            hi = mid
        if hi - lo < 1e-12:
            break
    return 0.5 * (lo + hi)


# --- the fit file ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class LogFit:
    """One log-log least-squares fit: ``log10 y = log10 a + b log10 x`` on ``n`` rows."""

    name: str
    n: int
    a: float
    b: float
    residual_sd: float  # log10
    x_mean: float  # mean of log10 x
    sxx: float  # sum of squared deviations of log10 x

    @property
    def dof(self) -> int:
        return self.n - 2

    def half_width(self, x0_log10: float, level: float) -> float:
        """Half width (log10) of the prediction interval of a new observation at ``x0_log10``."""
        if level <= 0.0:
            return 0.0
        t = t_quantile(0.5 * (1.0 + level), self.dof)
        lever = 1.0 + 1.0 / self.n + (x0_log10 - self.x_mean) ** 2 / self.sxx
        return t * self.residual_sd * math.sqrt(lever)

    def factor(self, x0: float, level: float) -> float:
        """Multiplicative prediction-interval factor at ``x0`` (linear units, > 0)."""
        return 10.0 ** self.half_width(math.log10(x0), level)


@dataclass(frozen=True)
class FailureRecordFit:
    fits: dict  # name -> LogFit
    default_level: float
    coverage: dict  # name -> observed fraction inside the default-level interval
    path: str = ""
    counts: dict = None  # name -> number of observations the coverage was measured on

    def fit(self, name: str) -> LogFit:
        if name not in self.fits:
            raise TailingsError(
                tr("The failure record fit has no regression {name!r}; known: {known}.").format(
                    name=name, known=", ".join(sorted(self.fits))
                )
            )
        return self.fits[name]


def check_level(level) -> float:
    """An interval level as a fraction in [0, 1): accepts 90 (percent) or 0.9; 0 = no interval."""
    try:
        value = float(level)
    except (TypeError, ValueError):
        raise TailingsError(tr("The interval level must be a number, found {v!r}.").format(v=level)) from None
    if value >= 1.0:
        value /= 100.0
    if not (0.0 <= value < 1.0):
        raise TailingsError(
            tr("The interval level must be between 0 and 99.9 %, found {v!r}.").format(v=level)
        )
    return value


def load_failure_record_fit(path=None) -> FailureRecordFit:
    """Read and check ``failure_record_fit.json`` (default: the bundled one)."""
    path = str(path) if path is not None else str(hazard_data_path(DATA_FILE))
    return _load_cached(path)


@lru_cache(maxsize=8)
def _load_cached(path: str) -> FailureRecordFit:
    data = read_json(path, WHAT)
    chk = Checker(WHAT, path)
    fits_data = chk.obj(data, "fits", "root")
    fits = {}
    for name, f in fits_data.items():
        where = "fits." + name
        n = chk.number(f, "n", where, positive=True)
        if n < 3 or n != int(n):
            chk.fail(where + ".n", tr("must be an integer of at least 3."))
        fitted = chk.obj(f, "fitted", where)
        fits[name] = LogFit(
            name=name,
            n=int(n),
            a=chk.number(fitted, "a", where + ".fitted", positive=True),
            b=chk.number(fitted, "b", where + ".fitted"),
            residual_sd=chk.number(f, "residual_sd_log10", where, positive=True),
            x_mean=chk.number(f, "x_mean_log10", where),
            sxx=chk.number(f, "sxx_log10", where, positive=True),
        )
    if RELEASE not in fits:
        chk.fail("fits." + RELEASE, tr("expected an object."))
    level = check_level(chk.number(data, "default_level", "root", positive=True))
    coverage = {k: float(v) for k, v in (data.get("coverage") or {}).get("fraction_inside", {}).items()}
    counts = {k: int(v) for k, v in (data.get("coverage") or {}).get("n", {}).items()}
    return FailureRecordFit(fits=fits, default_level=level, coverage=coverage, path=path, counts=counts)
