"""The run's parameters and assumptions, as the export algorithms can know them (pure Python).

Issue 14 asks every map page and the report to state the scenario, the velocity, the corridor, the snap
distance, the dispersion method and the interval next to the figures. The analysis algorithms write an
``assumptions`` text on their summary rows (and their layer metadata); when it is there it is shown as
written. Otherwise the block is built from what the outputs themselves show, and each line says that it
was read back from the data rather than recorded: the velocity from the pathway pieces' distances and
times, the largest distance of an exposed place from the river (a lower bound of the corridor), the
largest snap distance, the concentration fields, the runout band.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable, Mapping

from .common import is_missing, tr, tr_noop
from .numbers import compact, num
from .value_labels import PEAK_METHOD_LABELS, SCENARIO_SOURCE_LABELS, known_text

NOT_RECORDED = tr_noop("not recorded in the inputs")
SHORT_NOT_RECORDED = tr_noop("not recorded")

# (from, to) time fields of pathway pieces, first match wins. The travel time (time to peak, at the
# velocity of the run) comes first: the leading edge (arrival_*) moves 1/0.89 times faster (Jobson 1996),
# so a velocity read from it would overstate the one the run used.
TIME_FIELDS = (
    ("travel_time_from_h", "travel_time_to_h"),
    ("from_h", "to_h"),
    ("arrival_from_h", "arrival_to_h"),
)


def _num(value):
    if is_missing(value) or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _distinct_text(rows, name) -> list[str]:
    counts = Counter(str(r.get(name)).strip() for r in rows if not is_missing(r.get(name)))
    return [text for text, _n in counts.most_common()]


def velocity_text(pathways: Iterable[Mapping], short: bool = False) -> str | None:
    """'1.0 m/s, constant (read from the pathway times)' or 'from 0.4 to 2.1 m/s (median 1.0) ...'."""
    speeds = []
    for row in pathways:
        for t0, t1 in TIME_FIELDS:
            a, b = _num(row.get(t0)), _num(row.get(t1))
            if a is not None and b is not None:
                break
        else:
            continue
        k0, k1 = _num(row.get("from_km")), _num(row.get("to_km"))
        if None in (k0, k1) or b - a <= 1e-9 or k1 - k0 <= 1e-6:
            continue
        speeds.append((k1 - k0) * 1000.0 / ((b - a) * 3600.0))
    if not speeds:
        return None
    low, high = min(speeds), max(speeds)
    if high - low <= 0.02 * high and short:
        return tr("{v} m/s, constant").format(v=num(statistics.median(speeds), 1))
    if short:
        return tr("{a} to {b} m/s").format(a=num(low, 1), b=num(high, 1))
    if high - low <= 0.02 * high:
        return tr("{v} m/s, constant along the river (read from the pathway times)").format(
            v=num(statistics.median(speeds), 1)
        )
    return tr("from {a} to {b} m/s (median {m}; read from the pathway times)").format(
        a=num(low, 1), b=num(high, 1), m=num(statistics.median(speeds), 1)
    )


def run_parameters(
    facilities: Iterable[Mapping] = (),
    summary: Iterable[Mapping] | None = None,
    pathways: Iterable[Mapping] | None = None,
    exposed: Iterable[Mapping] | None = None,
    recorded: Iterable[str] = (),
    given: str | None = None,
    short: bool = False,
) -> list[tuple[str, str]]:
    """``(label, value)`` lines of the parameters block, in the current language.

    ``given``: the user's own text ('label: value' per line) comes first; ``recorded``: texts the analysis
    wrote (layer metadata); the ``assumptions`` field of summary or facility rows; then what the data
    shows. Every line of the six subjects is present, 'not recorded' when nothing says it. ``short``:
    compact values for a map footer (no explanation of how a value was read back).
    """
    facilities = list(facilities or [])
    summary = list(summary or [])
    pathways = list(pathways or [])
    exposed = list(exposed or [])
    if any(text and str(text).strip() for text in recorded) or _distinct_text(
        summary or facilities, "assumptions"
    ):
        # the analysis recorded its assumptions: a subject the data does not show is in that text, not
        # "not recorded" (which would contradict it on the same page)
        missing = tr("see the recorded assumptions")
    else:
        missing = tr(SHORT_NOT_RECORDED) if short else tr(NOT_RECORDED)
    lines: list[tuple[str, str]] = []
    for line in (given or "").splitlines():
        label, sep, value = line.partition(":")
        if line.strip():
            lines.append((label.strip(), value.strip()) if sep else (tr("Note"), line.strip()))
    for text in recorded:
        if text and str(text).strip():
            lines.append((tr("Recorded with the results"), str(text).strip()))
    written = _distinct_text(summary, "assumptions") or _distinct_text(facilities, "assumptions")
    if len(written) == 1:
        lines.append((tr("Recorded with the results"), written[0]))
    elif written:
        lines.append(
            (
                tr("Recorded with the results"),
                tr("{n} different sets of assumptions; each facility's is in its section").format(
                    n=len(written)
                ),
            )
        )

    # scenario: where the stored volume and dam height came from
    sources = _distinct_text(facilities, "scenario_source") or _distinct_text(summary, "scenario_source")
    notes = _distinct_text(facilities, "scenario_note")
    if sources:
        counts = Counter(
            str(r.get("scenario_source")).strip()
            for r in (facilities or summary)
            if not is_missing(r.get("scenario_source"))
        )
        scenario = "; ".join(
            f"{known_text(name, SCENARIO_SOURCE_LABELS)} ({n})" for name, n in counts.most_common()
        )
    elif notes:
        scenario = notes[0] if len(notes) == 1 else "; ".join(notes[:3])
    else:
        scenario = missing
    lines.append((tr("Scenario (stored volume, dam height)"), scenario))

    lines.append((tr("Velocity of the release"), velocity_text(pathways, short) or missing))

    offsets = [_num(r.get("offset_m")) for r in exposed]
    offsets = [o for o in offsets if o is not None]
    corridor = missing
    if offsets and short:
        corridor += tr(" (places up to {km} km from the river)").format(km=num(max(offsets) / 1000, 1))
    elif offsets:
        corridor += tr("; exposed places lie up to {km} km from the river").format(
            km=num(max(offsets) / 1000, 1)
        )
    lines.append((tr("Corridor either side of the river"), corridor))

    snaps = [_num(r.get("snap_distance_m")) for r in summary]
    snaps = [s for s in snaps if s is not None]
    snap = missing
    if snaps and short:
        snap += tr(" (up to {km} km)").format(km=num(max(snaps) / 1000, 1))
    elif snaps:
        snap += tr("; the farthest facility joined the river {km} km away (a straight overland leg)").format(
            km=num(max(snaps) / 1000, 1)
        )
    lines.append((tr("Snap distance to the river network"), snap))

    # peak_conc_method: the SUMMARY field of tailings:downstreamimpact (issue 14)
    methods = next(
        (
            found
            for rows in (exposed, summary)
            for name in ("peak_conc_method", "peak_method")
            if (found := _distinct_text(rows, name))
        ),
        [],
    )
    has_conc = any(_num(r.get("peak_conc_mg_l")) is not None for r in exposed + summary)
    if methods:
        dispersion = ", ".join(known_text(m, PEAK_METHOD_LABELS) for m in methods)
    elif has_conc:
        dispersion = missing
    else:
        dispersion = tr("not computed") if short else tr("concentrations not computed in this run")
    lines.append((tr("Dispersion method"), dispersion))

    banded = any(
        _num(r.get("runout_low_km")) is not None and _num(r.get("runout_high_km")) is not None
        for r in facilities + summary
    )
    levels = _distinct_text(facilities, "interval") or _distinct_text(summary, "interval")
    # interval_level: the hazard screening's prediction interval in per cent (issue 14), e.g. 90.0
    percents = sorted({_num(r.get("interval_level")) for r in facilities + summary} - {None})
    if percents:
        interval = tr("{p} % prediction interval of the released volume and the runout").format(
            p=", ".join(compact(v) for v in percents)
        )
    elif levels:
        interval = ", ".join(levels)
    elif banded and short:
        interval = tr("runout range, level not recorded")
    elif banded:
        interval = tr("a runout range is given (runout_low_km to runout_high_km); its level is not recorded")
    else:
        interval = tr("none (central estimates)") if short else tr("no range given: single central estimates")
    lines.append((tr("Prediction interval"), interval))
    return lines


def one_line(parameters: Iterable[tuple[str, str]]) -> str:
    """The block as one line for a map footer: 'Scenario: …; Velocity: …'."""
    return "; ".join(f"{label}: {value}" for label, value in parameters)
