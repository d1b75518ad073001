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
)


def output_fields(thi_rules=None, runout_config=None) -> list:
    """``[(name, kind), ...]`` of the result row, kind in real / int / text / bool."""
    thi_rules = thi_rules or load_thi_rules()
    runout_config = runout_config or load_runout_methods()
    fields = [("thi", "real")]
    fields += [(name, "real") for name in thi_rules.fields]
    fields += [("thi_complete", "bool"), ("thi_missing", "text"), ("thi_rank", "int")]
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
        ("consequence_class", "text"),
        ("consequence_index", "int"),
        ("consequence_by", "text"),
        ("hazard_notes", "text"),
    ]
    return fields


def screen_facilities(
    items,
    thi_rules=None,
    runout_config=None,
    volume_band_factor=None,
    runout_band_factor=None,
    feedback=None,
) -> list:
    """Screen facilities: ``items`` yields ``(facility_id, record)`` with ``record`` a mapping
    of :data:`INPUT_KEYS` (absent keys = NULL). Returns one dict per facility with the
    keys of :func:`output_fields`, in input order.

    Never raises for one facility's bad values: they are flagged in the row
    (``thi_complete``, ``thi_missing``, ``hazard_notes``, NULL numbers) and
    pushed as warnings naming the facility.
    """
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
        row = {}
        # Tailings Hazard Index (UBA 2016; Kovacs et al. 2020)
        thi = score_thi(record, thi_rules)
        row["thi"] = thi.thi
        row.update(thi.components)
        row["thi_complete"] = thi.complete
        row["thi_missing"] = thi.missing_text or None
        notes += thi.warnings
        # Release volume and runout (Rico et al. 2008; Concha Larrauri & Lall 2018)
        volume, height = record.get("volume_m3"), record.get("dam_height_m")
        try:
            est = estimate_runout(
                volume,
                height,
                runout_config,
                volume_band_factor=volume_band_factor,
                runout_band_factor=runout_band_factor,
            )
        except TailingsError as err:
            est = RunoutEstimate(volume_m3=None, height_m=None, valid=False, error=str(err))
            notes.append(tr("No runout estimate: {msg}").format(msg=err))
        else:
            notes += est.warnings
        for key in ("vf_m3", "vf_low_m3", "vf_high_m3", "runout_km", "runout_low_km", "runout_high_km"):
            row[key] = getattr(est, key)
        for m in runout_config.methods:
            me = est.per_method.get(m.key)
            row[f"vf_{m.field_suffix}_m3"] = me.vf_m3 if me else None
            row[f"runout_{m.field_suffix}_km"] = me.runout_km if me else None
        # Consequence class (GISTM 2020, Annex 2, Table 1)
        par = record.get("par")
        row["par"] = None
        row["consequence_class"] = row["consequence_index"] = row["consequence_by"] = None
        try:
            cons = consequence_class(par=par)
        except TailingsError as err:
            notes.append(tr("No consequence class: {msg}").format(msg=err))
        else:
            row["par"] = None if par is None else float(par)
            row["consequence_class"] = cons.class_name
            row["consequence_index"] = cons.class_index
            row["consequence_by"] = cons.criterion
        row["hazard_notes"] = " | ".join(notes) or None
        for text in notes:
            feedback.pushWarning(tr("Facility {fid}: {msg}").format(fid=fid, msg=text))
        rows.append(row)
    for row, rank in zip(rows, rank_desc([r["thi"] for r in rows])):
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
