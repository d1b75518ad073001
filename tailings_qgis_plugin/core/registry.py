"""The tailings facility registry: schema and feature-by-feature validation.

Pure Python: records come in as dictionaries (field name -> value) so the same
checks serve QGIS layers, CSV files and notebooks.
"""

from __future__ import annotations

import datetime as _dt
import math
from dataclasses import dataclass, field

from .common import is_missing, tr, tr_noop
from .numbers import compact
from .plausibility import MAX_DAM_HEIGHT_M, MAX_VOLUME_M3

STATUSES = ("operating", "inactive", "closed", "abandoned", "under construction")
DAM_TYPES = ("upstream", "downstream", "centreline", "other")


@dataclass(frozen=True)
class FieldSpec:
    """One registry field: name (snake_case with unit), type, English alias and checks."""

    name: str
    kind: str  # "text", "int", "real", "date"
    alias: str
    required: bool = False
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple = ()
    comment: str = ""


# Plausible ranges: the tallest tailings dams in the world are about 300 m high
# and the largest facilities hold a few billion m3 (GISTM 2020 context, ICOLD
# Bulletin 121); values outside these ranges are almost always unit errors.
SCHEMA: tuple[FieldSpec, ...] = (
    FieldSpec("facility_id", "text", tr_noop("Facility ID"), required=True, comment="unique, non-empty"),
    FieldSpec("name", "text", tr_noop("Name"), required=True),
    FieldSpec("name_ru", "text", tr_noop("Name (Russian)")),
    FieldSpec("operator", "text", tr_noop("Operator")),
    FieldSpec("region", "text", tr_noop("Region (oblast)")),
    FieldSpec("river_basin", "text", tr_noop("River basin")),
    FieldSpec("commodity", "text", tr_noop("Commodity")),
    FieldSpec("status", "text", tr_noop("Status"), choices=STATUSES),
    FieldSpec("dam_type", "text", tr_noop("Dam type (raise method)"), choices=DAM_TYPES),
    FieldSpec("dam_height_m", "real", tr_noop("Dam height (m)"), minimum=0.5, maximum=MAX_DAM_HEIGHT_M),
    FieldSpec("volume_m3", "real", tr_noop("Stored volume (m³)"), minimum=1.0, maximum=MAX_VOLUME_M3),
    FieldSpec("area_ha", "real", tr_noop("Area (ha)"), minimum=0.01, maximum=50000.0),
    FieldSpec("water_hazard_class", "int", tr_noop("Water hazard class (WGK 1–3)"), minimum=1, maximum=3),
    FieldSpec("last_inspection", "date", tr_noop("Last inspection")),
    FieldSpec("source", "text", tr_noop("Source")),
    FieldSpec("notes", "text", tr_noop("Notes")),
)

SCHEMA_BY_NAME = {spec.name: spec for spec in SCHEMA}
REQUIRED_FIELDS = tuple(spec.name for spec in SCHEMA if spec.required)
EARLIEST_INSPECTION = _dt.date(1950, 1, 1)

ERROR = "error"
WARNING = "warning"


@dataclass
class Problem:
    facility: str
    field: str
    severity: str
    message: str


@dataclass
class ValidationResult:
    problems: list[Problem] = field(default_factory=list)
    checked: int = 0

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.severity == WARNING)

    def summary(self) -> str:
        return tr("{n} facilities checked: {e} errors, {w} warnings.").format(
            n=self.checked, e=self.errors, w=self.warnings
        )


def to_number(value):
    """Float value of a number or numeric text; None when missing; raises ValueError for text."""
    if is_missing(value):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        return float(value)
    return float(str(value).strip().replace(",", "."))


def to_date(value):
    """A ``datetime.date`` from a date, datetime, QDate or ISO text; None when missing."""
    if is_missing(value):
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    to_py = getattr(value, "toPyDate", None) or getattr(value, "toPyDateTime", None)
    if callable(to_py):
        result = to_py()
        return result.date() if isinstance(result, _dt.datetime) else result
    return _dt.date.fromisoformat(str(value).strip()[:10])


def validate_records(records, today: _dt.date | None = None, feedback=None) -> ValidationResult:
    """Check registry records (an iterable of dicts keyed by registry field names).

    Each record may carry ``"__fid__"`` (the feature id) and ``"__geometry__"``:
    one of ``"ok"``, ``"missing"``, ``"empty"`` or an invalidity reason text.
    Fields absent from a record are not checked (the caller reports missing columns).
    """
    today = today or _dt.date.today()
    result = ValidationResult()
    seen: dict[str, str] = {}
    for record in records:
        result.checked += 1
        if feedback is not None and feedback.isCanceled():
            break
        label = _label(record)
        _check_geometry(record, label, result)
        for name, value in record.items():
            spec = SCHEMA_BY_NAME.get(name)
            if spec is None:
                continue
            message = _check_value(spec, value, today)
            if message:
                severity = ERROR if spec.required or message[0] == ERROR else WARNING
                result.problems.append(Problem(label, name, severity, message[1]))
        fid = record.get("facility_id")
        if "facility_id" in record and not is_missing(fid):
            key = str(fid).strip()
            if key in seen:
                result.problems.append(
                    Problem(
                        label,
                        "facility_id",
                        ERROR,
                        tr("Duplicate facility id '{id}' (also feature {other}).").format(
                            id=key, other=seen[key]
                        ),
                    )
                )
            else:
                seen[key] = str(record.get("__fid__", result.checked))
    return result


def _label(record) -> str:
    fid = record.get("facility_id")
    if not is_missing(fid):
        return str(fid)
    return tr("feature {n}").format(n=record.get("__fid__", "?"))


def _check_geometry(record, label, result):
    state = record.get("__geometry__", "ok")
    if state == "ok":
        return
    if state == "missing":
        text = tr("No geometry: the facility cannot be placed on the map.")
    elif state == "empty":
        text = tr("Empty geometry: the facility cannot be placed on the map.")
    else:
        text = tr("Invalid geometry: {reason}").format(reason=state)
    result.problems.append(Problem(label, "geometry", ERROR, text))


def _check_value(spec: FieldSpec, value, today):
    """None when fine, else (severity, message)."""
    if is_missing(value):
        if spec.required:
            return ERROR, tr("Required value is missing.")
        return None
    if spec.kind in ("int", "real"):
        try:
            number = to_number(value)
        except (TypeError, ValueError):
            return ERROR, tr("'{v}' is not a number.").format(v=value)
        if math.isinf(number):
            return ERROR, tr("Value is infinite.")
        if spec.kind == "int" and number != int(number):
            return ERROR, tr("{v} is not a whole number.").format(v=value)
        if spec.minimum is not None and number < spec.minimum:
            if number <= 0 and spec.minimum > 0:
                return ERROR, tr("{v} must be positive.").format(v=value)
            return ERROR, tr("{v} is below the plausible minimum {m}.").format(
                v=value, m=compact(spec.minimum)
            )
        if spec.maximum is not None and number > spec.maximum:
            return ERROR, tr("{v} is above the plausible maximum {m}: check the unit.").format(
                v=value, m=compact(spec.maximum)
            )
        return None
    if spec.kind == "date":
        try:
            date = to_date(value)
        except (TypeError, ValueError):
            return ERROR, tr("'{v}' is not a date (expected YYYY-MM-DD).").format(v=value)
        if date > today:
            return ERROR, tr("{d} is in the future.").format(d=date.isoformat())
        if date < EARLIEST_INSPECTION:
            return WARNING, tr("{d} is implausibly early.").format(d=date.isoformat())
        return None
    if spec.choices:
        text = str(value).strip().lower()
        if text not in spec.choices:
            return ERROR, tr("'{v}' is not one of: {choices}.").format(
                v=value, choices=", ".join(spec.choices)
            )
    return None
