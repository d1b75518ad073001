"""Released volume and runout distance of a tailings dam failure (empirical screening).

Two published regressions on historical failures, with every coefficient in
``resources/hazard/runout_methods.json`` (citation and status per coefficient):

- Rico, Benito & Diez-Herrero (2008), J. Hazardous Materials 154:79-87:
  ``VF = 0.354 * VT^1.01`` and ``Dmax = 1.61 * (H * VF)^0.66``;
- Concha Larrauri & Lall (2018), Environments 5(2):28:
  ``VF = 0.332 * VT^0.95`` and ``Dmax = 3.04 * Hf^0.545`` with ``Hf = H * (VF / VT) * VF``;

with VT, VF in million m3, H in m and Dmax in km. The released volume never
exceeds ``max_release_fraction * VT`` (1.0 by default: the physical bound).

Central estimate: the geometric mean of the methods (both are log-log fits).
Range: per method the prediction interval of the refit of the same regression on the
record of 376 tailings dam failures (Chambers et al. 2023, CSP2; see
:mod:`.hazard_interval` and ``resources/hazard/failure_record_fit.json``), 90 % by
default, and the range spans the methods' intervals. An extra multiplicative band per
regression (``volume_band_factor``, ``runout_band_factor``, 1 by default) can widen it.
These are screening numbers, not a dam-break study.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from .common import TailingsError, check_cancel, ensure_feedback, tr, tr_noop
from .hazard_data import Checker, hazard_data_path, read_json
from .hazard_interval import RELEASE, FailureRecordFit, check_level, load_failure_record_fit
from .numbers import compact

M3_PER_MM3 = 1.0e6
DATA_FILE = "runout_methods.json"
WHAT = "runout methods"

#: Energy terms the code knows; the data file picks one per method.
ENERGY_TERMS = ("H*VF", "H*VF*VF/VT")
CENTRAL_RULES = ("geometric_mean", "arithmetic_mean")

#: VOLUME_UNIT choices: 0 = m3, 1 = thousand m3 (тыс. м³, common in CIS registries), 2 = million m3.
VOLUME_UNIT_FACTORS = (1.0, 1.0e3, 1.0e6)
VOLUME_UNIT_NAMES = (tr_noop("m³"), tr_noop("thousand m³"), tr_noop("million m³"))


@dataclass(frozen=True)
class RunoutMethod:
    """One empirical method: ``VF = a_vf * VT^b_vf``, ``Dmax = a_d * E^b_d`` (E = energy term)."""

    key: str
    label: str
    field_suffix: str
    citation: str
    a_vf: float
    b_vf: float
    a_d: float
    b_d: float
    energy_term: str
    status_vf: str
    status_d: str


@dataclass(frozen=True)
class RunoutConfig:
    """Contents of the runout data file, checked."""

    methods: tuple  # of RunoutMethod, in file order
    max_release_fraction: float
    central_rule: str
    volume_band_factor: float
    runout_band_factor: float
    volume_m3_min: float
    volume_m3_max: float
    height_m_max: float
    path: str = ""

    def method(self, key: str) -> RunoutMethod:
        for m in self.methods:
            if m.key == key:
                return m
        raise TailingsError(
            tr("Unknown runout method {key!r}; known: {known}.").format(
                key=key, known=", ".join(m.key for m in self.methods)
            )
        )


@dataclass
class MethodEstimate:
    """Result of one method for one facility."""

    vf_m3: float
    runout_km: float
    capped: bool


@dataclass
class RunoutEstimate:
    """Released volume and runout of one facility: per method, central and range.

    ``valid`` is False when the input could not be used (``error`` says why);
    all numbers are then None. ``warnings`` hold plausibility notes.
    """

    volume_m3: float | None
    height_m: float | None
    valid: bool = True
    error: str | None = None
    per_method: dict = field(default_factory=dict)  # key -> MethodEstimate
    vf_m3: float | None = None
    vf_low_m3: float | None = None
    vf_high_m3: float | None = None
    runout_km: float | None = None
    runout_low_km: float | None = None
    runout_high_km: float | None = None
    level: float = 0.0  # prediction-interval level of the range (0 = spread between methods only)
    warnings: list = field(default_factory=list)


# --- data file ------------------------------------------------------------------------------------------


def load_runout_methods(path=None) -> RunoutConfig:
    """Read and check the runout data file (default: the bundled ``runout_methods.json``).

    Raises :class:`TailingsError` naming the key when the file is malformed.
    """
    path = str(path) if path is not None else str(hazard_data_path(DATA_FILE))
    return _load_cached(path)


@lru_cache(maxsize=8)
def _load_cached(path: str) -> RunoutConfig:
    data = read_json(path, WHAT)
    chk = Checker(WHAT, path)
    methods_data = chk.obj(data, "methods", "root")
    if not methods_data:
        chk.fail("methods", tr("at least one method is needed."))
    methods = []
    suffixes = set()
    for key, m in methods_data.items():
        where = "methods." + key
        if not isinstance(m, dict):
            chk.fail(where, tr("expected an object."))
        vol = chk.obj(m, "release_volume", where)
        run = chk.obj(m, "runout", where)
        energy = run.get("energy_term")
        if energy not in ENERGY_TERMS:
            chk.fail(
                where + ".runout.energy_term",
                tr("expected one of {allowed}, found {v!r}.").format(
                    allowed=", ".join(ENERGY_TERMS), v=energy
                ),
            )
        suffix = chk.text(m, "field_suffix", where)
        if not suffix.isidentifier() or suffix in suffixes:
            chk.fail(
                where + ".field_suffix",
                tr("must be a unique lowercase identifier, found {v!r}.").format(v=suffix),
            )
        suffixes.add(suffix)
        methods.append(
            RunoutMethod(
                key=key,
                label=chk.text(m, "label", where),
                field_suffix=suffix,
                citation=chk.text(m, "citation", where),
                a_vf=chk.number(vol, "a", where + ".release_volume", positive=True),
                b_vf=chk.number(vol, "b", where + ".release_volume", positive=True),
                a_d=chk.number(run, "a", where + ".runout", positive=True),
                b_d=chk.number(run, "b", where + ".runout", positive=True),
                energy_term=energy,
                status_vf=chk.status(vol, where + ".release_volume"),
                status_d=chk.status(run, where + ".runout"),
            )
        )
    cap = chk.obj(data, "release_cap", "root")
    fraction = chk.number(cap, "max_release_fraction", "release_cap", positive=True)
    if fraction > 1.0:
        chk.fail("release_cap.max_release_fraction", tr("must not exceed 1 (VF can never exceed VT)."))
    chk.status(cap, "release_cap")
    central = chk.obj(data, "central", "root")
    rule = central.get("rule")
    if rule not in CENTRAL_RULES:
        chk.fail(
            "central.rule",
            tr("expected one of {allowed}, found {v!r}.").format(allowed=", ".join(CENTRAL_RULES), v=rule),
        )
    unc = chk.obj(data, "uncertainty", "root")
    vbf = chk.number(unc, "volume_band_factor", "uncertainty", positive=True)
    rbf = chk.number(unc, "runout_band_factor", "uncertainty", positive=True)
    for name, value in (("volume_band_factor", vbf), ("runout_band_factor", rbf)):
        if value < 1.0:
            chk.fail("uncertainty." + name, tr("must be at least 1 (1 = spread between methods only)."))
    chk.status(unc, "uncertainty")
    plaus = chk.obj(data, "plausibility", "root")
    vmin = chk.number(plaus, "volume_m3_min", "plausibility", positive=True)
    vmax = chk.number(plaus, "volume_m3_max", "plausibility", positive=True)
    hmax = chk.number(plaus, "height_m_max", "plausibility", positive=True)
    if vmin >= vmax:
        chk.fail("plausibility", tr("volume_m3_min must be smaller than volume_m3_max."))
    return RunoutConfig(
        methods=tuple(methods),
        max_release_fraction=fraction,
        central_rule=rule,
        volume_band_factor=vbf,
        runout_band_factor=rbf,
        volume_m3_min=vmin,
        volume_m3_max=vmax,
        height_m_max=hmax,
        path=path,
    )


# --- formulas -------------------------------------------------------------------------------------------


def release_volume_mm3(vt_mm3: float, method: RunoutMethod, max_release_fraction: float = 1.0):
    """Released volume VF (Mm3) from stored volume VT (Mm3): ``VF = a * VT^b``, capped.

    Rico et al. (2008): a = 0.354, b = 1.01; Concha Larrauri & Lall (2018):
    a = 0.332, b = 0.95 (coefficients from the data file). Returns
    ``(vf_mm3, capped)``; ``capped`` is True when ``max_release_fraction * VT``
    bound the regression value.
    """
    if not (vt_mm3 > 0):
        raise TailingsError(tr("The stored volume must be greater than 0."))
    vf = method.a_vf * vt_mm3**method.b_vf
    cap = max_release_fraction * vt_mm3
    if vf > cap:
        return cap, True
    return vf, False


def energy_term(height_m: float, vf_mm3: float, vt_mm3: float, method: RunoutMethod) -> float:
    """The runout predictor: ``H * VF`` (Rico et al. 2008) or ``Hf = H * (VF/VT) * VF``
    (Concha Larrauri & Lall 2018); H in m, volumes in Mm3."""
    if method.energy_term == "H*VF":
        return height_m * vf_mm3
    return height_m * (vf_mm3 / vt_mm3) * vf_mm3


def runout_distance_km(height_m: float, vf_mm3: float, vt_mm3: float, method: RunoutMethod) -> float:
    """Maximum runout Dmax (km) = ``a * E^b`` with E the method's energy term.

    Rico et al. (2008): Dmax = 1.61 (H VF)^0.66; Concha Larrauri & Lall (2018):
    Dmax = 3.04 Hf^0.545, Hf = H (VF/VT) VF.
    """
    return method.a_d * energy_term(height_m, vf_mm3, vt_mm3, method) ** method.b_d


def _central(values, rule: str) -> float:
    if rule == "geometric_mean":
        return math.exp(sum(math.log(v) for v in values) / len(values))
    return sum(values) / len(values)


# --- input checks ---------------------------------------------------------------------------------------


def _as_number(value, name: str) -> float:
    """Float from a number or numeric text; TailingsError for NULL, text or NaN."""
    is_null = getattr(value, "isNull", None)  # QVariant NULL from PyQGIS, duck-typed
    if value is None or isinstance(value, bool) or (callable(is_null) and is_null()):
        raise TailingsError(tr("{name} is missing (NULL).").format(name=name))
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        if not text:
            raise TailingsError(tr("{name} is missing (empty).").format(name=name))
        try:
            value = float(text)
        except ValueError:
            raise TailingsError(tr("{name} is not a number: {v!r}.").format(name=name, v=value)) from None
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TailingsError(tr("{name} is not a number: {v!r}.").format(name=name, v=value)) from None
    if math.isnan(number):
        raise TailingsError(tr("{name} is missing (NaN).").format(name=name))
    if math.isinf(number):
        raise TailingsError(tr("{name} is infinite.").format(name=name))
    return number


def check_inputs(volume_m3, height_m, config: RunoutConfig | None = None):
    """Check stored volume (m3) and dam height (m).

    Returns ``(volume_m3, height_m, warnings)`` as floats; raises
    :class:`TailingsError` for NULL, non-numeric, zero or negative values.
    Implausible values (outside the data file's plausibility range) give a
    warning asking whether the unit is right.
    """
    config = config or load_runout_methods()
    volume = _as_number(volume_m3, tr("Stored volume (volume_m3)"))
    if volume <= 0:
        raise TailingsError(
            tr("Stored volume must be greater than 0 m³, found {v}.").format(v=compact(volume))
        )
    height = _as_number(height_m, tr("Dam height (dam_height_m)"))
    if height <= 0:
        raise TailingsError(tr("Dam height must be greater than 0 m, found {v}.").format(v=compact(height)))
    warnings = []
    if volume < config.volume_m3_min or volume > config.volume_m3_max:
        warnings.append(
            tr(
                "Stored volume {v} m³ is outside the plausible range {lo}–{hi} m³: is the volume in m³ "
                "(not million m³ or thousand m³)?"
            ).format(v=compact(volume), lo=compact(config.volume_m3_min), hi=compact(config.volume_m3_max))
        )
    if height > config.height_m_max:
        warnings.append(
            tr("Dam height {h} m is above {hi} m: is the height in metres (not feet or cm)?").format(
                h=compact(height), hi=compact(config.height_m_max)
            )
        )
    return volume, height, warnings


# --- estimates ------------------------------------------------------------------------------------------


def estimate_runout(
    volume_m3,
    height_m,
    config: RunoutConfig | None = None,
    volume_band_factor: float | None = None,
    runout_band_factor: float | None = None,
    level: float | None = None,
    record_fit: FailureRecordFit | None = None,
) -> RunoutEstimate:
    """Released volume and runout of one facility by every method, central value and range.

    ``volume_m3``: stored volume VT in m3; ``height_m``: dam height H in m.
    ``level``: prediction-interval level (0.9 or 90; default: the fit file's, 90 %;
    0 = spread between the methods only). ``record_fit``: the refit on the failure
    record (default: the bundled ``failure_record_fit.json``). Band factors multiply
    the range further (default: the data file's, 1). Raises :class:`TailingsError`
    for unusable input; plausibility notes are in ``.warnings``.

    Range: per method m, ``central_m / f_m .. central_m * f_m`` with ``f_m`` the
    prediction-interval factor of the log-log OLS refit at that facility's predictor
    (:meth:`.hazard_interval.LogFit.factor`); VF in [min_m low / fv, min(max_m high * fv,
    cap * VT)], Dmax in [min_m low / fd, max_m high * fd].
    """
    config = config or load_runout_methods()
    fv = config.volume_band_factor if volume_band_factor is None else float(volume_band_factor)
    fd = config.runout_band_factor if runout_band_factor is None else float(runout_band_factor)
    if not (fv >= 1.0 and fd >= 1.0):
        raise TailingsError(
            tr("Uncertainty band factors must be at least 1 (1 = spread between methods only).")
        )
    record_fit = record_fit or load_failure_record_fit()
    level = record_fit.default_level if level is None else check_level(level)
    volume, height, warnings = check_inputs(volume_m3, height_m, config)
    vt = volume / M3_PER_MM3
    est = RunoutEstimate(volume_m3=volume, height_m=height, level=level, warnings=list(warnings))
    vfs, runs, vf_lo, vf_hi, d_lo, d_hi = [], [], [], [], [], []
    release_fit = record_fit.fit(RELEASE)
    for method in config.methods:
        vf, capped = release_volume_mm3(vt, method, config.max_release_fraction)
        dmax = runout_distance_km(height, vf, vt, method)
        est.per_method[method.key] = MethodEstimate(vf_m3=vf * M3_PER_MM3, runout_km=dmax, capped=capped)
        vfs.append(vf)
        runs.append(dmax)
        f_vf = release_fit.factor(vt, level)
        f_d = record_fit.fit(method.energy_term).factor(energy_term(height, vf, vt, method), level)
        vf_lo.append(vf / f_vf)
        vf_hi.append(vf * f_vf)
        d_lo.append(dmax / f_d)
        d_hi.append(dmax * f_d)
    cap_mm3 = config.max_release_fraction * vt
    est.vf_m3 = min(_central(vfs, config.central_rule), cap_mm3) * M3_PER_MM3
    est.vf_low_m3 = min(vf_lo) / fv * M3_PER_MM3
    est.vf_high_m3 = min(max(vf_hi) * fv, cap_mm3) * M3_PER_MM3
    est.runout_km = _central(runs, config.central_rule)
    est.runout_low_km = min(d_lo) / fd
    est.runout_high_km = max(d_hi) * fd
    return est


# --- volume units ---------------------------------------------------------------------------------------


def volume_to_m3(value, unit: int):
    """A stored volume in the registry's unit (0 = m3, 1 = thousand m3, 2 = million m3) in m3.

    Missing or non-numeric values are returned unchanged (the checks downstream name them)."""
    if unit not in (0, 1, 2):
        raise TailingsError(tr("VOLUME_UNIT must be 0 (m³), 1 (thousand m³) or 2 (million m³)."))
    if value is None or isinstance(value, bool):
        return value
    try:
        number = float(str(value).strip().replace(",", ".")) if isinstance(value, str) else float(value)
    except (TypeError, ValueError):
        return value
    return number * VOLUME_UNIT_FACTORS[unit]


def volume_unit_warning(volumes_m3, unit: int) -> str | None:
    """A warning when the stored volumes (already converted to m3) look like another unit, else None.

    Tailings facilities hold about 1e5 to 1e9 m3; a median below 1e5 m3 suggests values in thousand or
    million m3 read as m3, a median above 1e9 m3 suggests values in m3 read as thousand or million m3."""
    values = sorted(v for v in volumes_m3 if isinstance(v, (int, float)) and v > 0 and math.isfinite(v))
    if not values:
        return None
    median = values[len(values) // 2]
    unit_name = tr(VOLUME_UNIT_NAMES[unit])
    if median < 1.0e5:
        return tr(
            "The stored volumes look small for tailings facilities (median {m} m³ with VOLUME_UNIT = "
            "{u}): are they in thousand m³ (тыс. м³) or million m³? Set VOLUME_UNIT accordingly."
        ).format(m=compact(median, 3), u=unit_name)
    if median > 1.0e9:
        return tr(
            "The stored volumes look large for tailings facilities (median {m} m³ with VOLUME_UNIT = "
            "{u}): are they already in m³? Set VOLUME_UNIT accordingly."
        ).format(m=compact(median, 3), u=unit_name)
    return None


def estimate_runout_many(items, config: RunoutConfig | None = None, feedback=None, **kwargs) -> list:
    """Estimate many facilities: ``items`` yields ``(facility_id, volume_m3, height_m)``.

    Never raises for one bad facility: its estimate has ``valid = False`` and
    ``error`` set, and the message is pushed as a warning. Extra keyword
    arguments go to :func:`estimate_runout`.
    """
    feedback = ensure_feedback(feedback)
    config = config or load_runout_methods()
    items = list(items)
    results = []
    n = max(len(items), 1)
    for i, (fid, volume, height) in enumerate(items):
        if i % 100 == 0:
            check_cancel(feedback)
            feedback.setProgress(100.0 * i / n)
        try:
            est = estimate_runout(volume, height, config, **kwargs)
        except TailingsError as err:
            est = RunoutEstimate(volume_m3=None, height_m=None, valid=False, error=str(err))
            feedback.pushWarning(tr("Facility {fid}: no runout estimate: {msg}").format(fid=fid, msg=err))
        else:
            for text in est.warnings:
                feedback.pushWarning(tr("Facility {fid}: {msg}").format(fid=fid, msg=text))
        results.append(est)
    feedback.setProgress(100.0)
    return results
