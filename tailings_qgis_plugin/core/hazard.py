"""Hazard and consequence screening of many facilities: one row of results per facility.

Combines the three engines (one module per idea):
- :mod:`.hazard_index`: Tailings Hazard Index (UBA 2016; UBA Texte 185/2020);
- :mod:`.runout`: released volume and runout (Rico et al. 2008; Concha Larrauri & Lall 2018);
- :mod:`.consequence`: GISTM (2020) consequence class from the population at risk.

The output field names (:func:`output_fields`) are what the Processing
algorithm writes; they carry their units.
"""

from __future__ import annotations

from .common import TailingsError, check_cancel, ensure_feedback, tr
from .consequence import consequence_class
from .hazard_index import load_thi_rules, rank_desc, score_thi
from .plausibility import screen_record
from .runout import RunoutEstimate, estimate_runout, load_runout_methods

#: Input keys of a facility record.
INPUT_KEYS = (
    "volume_m3",
    "dam_height_m",
    "water_hazard_class",
    "status",
    "flood_hazard",
    "seismic_hazard",
    "dam_safety",
    "par",
    "par_high",
    "scenario_source",
)

#: Where the stored volume and dam height of a row came from.
SCENARIO_SOURCES = ("registry", "user scenario", "none")
#: Which population sets the consequence class: people within the upper (default) or the central runout.
PAR_BASES = ("high", "central")


def output_fields(thi_rules=None, runout_config=None) -> list:
    """``[(name, kind), ...]`` of the result row, kind in real / int / text / bool."""
    thi_rules = thi_rules or load_thi_rules()
    runout_config = runout_config or load_runout_methods()
    fields = [("thi", "real")]
    fields += [(name, "real") for name in thi_rules.fields]
    fields += [("thi_complete", "bool"), ("thi_missing", "text"), ("thi_rank", "int")]
    fields += [("scenario_source", "text"), ("interval_level", "real")]
    fields += [
        ("vf_m3", "real"),
        ("vf_low_m3", "real"),
        ("vf_high_m3", "real"),
        ("runout_km", "real"),
        ("runout_low_km", "real"),
        ("runout_high_km", "real"),
    ]
    for m in runout_config.methods:
        fields += [
            (f"vf_{m.field_suffix}_m3", "real"),
            (f"runout_{m.field_suffix}_km", "real"),
        ]
    fields += [
        ("par", "real"),
        ("par_high", "real"),
        ("consequence_class", "text"),
        ("consequence_index", "int"),
        ("consequence_by", "text"),
        ("hazard_notes", "text"),
        ("consequence_basis", "text"),
        ("assumptions", "text"),
    ]
    return fields


def scenario_source(record) -> str:
    """``registry`` when the record has a stored volume and a dam height, ``none`` otherwise; a caller that
    filled them from an explicit user scenario sets ``record['scenario_source'] = 'user scenario'``."""
    given = record.get("scenario_source")
    if given in SCENARIO_SOURCES:
        return given
    has = all(record.get(k) is not None and record.get(k) != "" for k in ("volume_m3", "dam_height_m"))
    return "registry" if has else "none"


def apply_scenario(record, volume_m3=None, height_m=None) -> dict:
    """A copy of ``record`` where a missing stored volume or dam height is taken from an explicit user
    scenario (both numbers > 0, else nothing is filled), with ``scenario_source`` set."""
    rec = dict(record)
    missing = [k for k in ("volume_m3", "dam_height_m") if rec.get(k) is None or rec.get(k) == ""]
    if not missing:
        rec["scenario_source"] = "registry"
    elif volume_m3 and height_m and volume_m3 > 0 and height_m > 0:
        rec.setdefault("volume_m3", None)
        rec["volume_m3"] = volume_m3 if rec.get("volume_m3") in (None, "") else rec["volume_m3"]
        rec["dam_height_m"] = height_m if rec.get("dam_height_m") in (None, "") else rec["dam_height_m"]
        rec["scenario_source"] = "user scenario"
    else:
        rec["scenario_source"] = "none"
    return rec


def _number_or_none(value):
    if value is None:
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None


def screen_facilities(
    items,
    thi_rules=None,
    runout_config=None,
    volume_band_factor=None,
    runout_band_factor=None,
    feedback=None,
    level=None,
    par_basis="high",
    assumptions=None,
) -> list:
    """Screen facilities: ``items`` yields ``(facility_id, record)`` with ``record`` a mapping
    of :data:`INPUT_KEYS` (absent keys = NULL). Returns one dict per facility with the
    keys of :func:`output_fields`, in input order.

    Never raises for one facility's bad values: they are flagged in the row
    (``thi_complete``, ``thi_missing``, ``hazard_notes``, NULL numbers) and
    pushed as warnings naming the facility.

    Missing is missing: a facility without stored volume or dam height (``scenario_source`` 'none') gets
    no released volume, no runout and no rank; ``thi_rank`` ranks the assessed facilities only, ties
    sharing the best rank ('min'). ``level``: prediction-interval level of the ranges (default 90 %).
    ``par`` / ``par_high``: people within the central / upper runout (from the caller); the GISTM class
    uses ``par_high`` when ``par_basis`` is 'high' (default, conservative), else ``par``. A record with
    only ``par`` uses it. ``assumptions``: text copied into every row's ``assumptions``.
    """
    if par_basis not in PAR_BASES:
        raise TailingsError(tr("par_basis must be 'high' or 'central'."))
    feedback = ensure_feedback(feedback)
    thi_rules = thi_rules or load_thi_rules()
    runout_config = runout_config or load_runout_methods()
    items = list(items)
    n = max(len(items), 1)
    rows = []
    for i, (fid, record) in enumerate(items):
        if i % 50 == 0:
            check_cancel(feedback)
            feedback.setProgress(100.0 * i / n)
        # implausible numbers (1e308 m dams, 1e12 m3) are treated as missing, with a note (core/plausibility.py)
        record, notes = screen_record(record)
        quiet = set()  # notes kept in hazard_notes but not pushed once per facility
        row = {}
        # Tailings Hazard Index (UBA 2016; Kovacs et al. 2020)
        thi = score_thi(record, thi_rules)
        row["thi"] = thi.thi
        row.update(thi.components)
        row["thi_complete"] = thi.complete
        row["thi_missing"] = thi.missing_text or None
        notes += thi.warnings
        # Release volume and runout (Rico et al. 2008; Concha Larrauri & Lall 2018)
        source = scenario_source(record)
        row["scenario_source"] = source
        volume, height = record.get("volume_m3"), record.get("dam_height_m")
        if source == "none":
            est = RunoutEstimate(volume_m3=None, height_m=None, valid=False)
            not_assessed = tr("Not assessed: no stored volume or dam height (and no user scenario).")
            notes.append(not_assessed)  # in hazard_notes; the caller reports the count once
            quiet.add(not_assessed)
        else:
            try:
                est = estimate_runout(
                    volume,
                    height,
                    runout_config,
                    volume_band_factor=volume_band_factor,
                    runout_band_factor=runout_band_factor,
                    level=level,
                )
            except TailingsError as err:
                est = RunoutEstimate(volume_m3=None, height_m=None, valid=False, error=str(err))
                notes.append(tr("No runout estimate: {msg}").format(msg=err))
            else:
                notes += est.warnings
        row["interval_level"] = est.level * 100.0 if est.valid else None
        for key in ("vf_m3", "vf_low_m3", "vf_high_m3", "runout_km", "runout_low_km", "runout_high_km"):
            row[key] = getattr(est, key)
        for m in runout_config.methods:
            me = est.per_method.get(m.key)
            row[f"vf_{m.field_suffix}_m3"] = me.vf_m3 if me else None
            row[f"runout_{m.field_suffix}_km"] = me.runout_km if me else None
        # Consequence class (GISTM 2020, Annex 2, Table 1) from the people inside the runout zone
        par, par_high = _number_or_none(record.get("par")), _number_or_none(record.get("par_high"))
        row["par"], row["par_high"] = par, par_high
        use_high = par_basis == "high" and "par_high" in record
        basis = par_high if use_high else par
        row["consequence_class"] = row["consequence_index"] = row["consequence_by"] = None
        row["consequence_basis"] = None
        if source == "none":
            pass  # not assessed: no runout zone, no class
        else:
            try:
                cons = consequence_class(par=basis)
            except TailingsError as err:
                notes.append(tr("No consequence class: {msg}").format(msg=err))
            else:
                row["consequence_class"] = cons.class_name
                row["consequence_index"] = cons.class_index
                row["consequence_by"] = cons.criterion
                row["consequence_basis"] = (
                    tr("people inside the upper runout zone (par_high)")
                    if use_high
                    else tr("people inside the central runout zone (par)")
                )
        row["assumptions"] = assumptions
        row["hazard_notes"] = " | ".join(notes) or None
        for text in notes:
            if text in quiet:
                continue
            feedback.pushWarning(tr("Facility {fid}: {msg}").format(fid=fid, msg=text))
        rows.append(row)
    assessed = [r["thi"] if r["scenario_source"] != "none" else None for r in rows]
    for row, rank in zip(rows, rank_desc(assessed)):
        row["thi_rank"] = rank
    partial = sum(1 for r in rows if not r["thi_complete"])
    if partial:
        feedback.pushInfo(
            tr(
                "{n} of {total} facilities have a partial hazard index (see thi_complete and thi_missing)."
            ).format(n=partial, total=len(rows))
        )
    feedback.setProgress(100.0)
    return rows
