"""The summary report: one row per facility, a table of exposed settlements, as HTML, CSV and XLSX.

Pure Python (no QGIS, no Qt). The Processing adapter reads the layers into plain dicts, renders the map
images, and hands both to :func:`facility_rows`, :func:`exposed_rows` and the writers below.

- HTML: one self-contained file (inline CSS, images embedded as base64 ``data:`` URIs, no script, no
  external link), every text that comes from a layer or a user passed through :func:`html.escape`.
- CSV: UTF-8 with a byte-order mark so that Excel opens Cyrillic names correctly; one file per sheet.
- XLSX: openpyxl, imported inside :func:`write_xlsx` only (clear message when it is missing). Text cells
  are always written as text, so a name such as ``=HYPERLINK(...)`` is never turned into a formula.
  In CSV such text is prefixed with an apostrophe (OWASP "CSV injection" advice), numbers are untouched.
"""

from __future__ import annotations

import csv
import math
from collections.abc import Iterable, Mapping

from .common import TailingsError, check_cancel, is_missing, tr, tr_noop
from .numbers import format_number

DISCLAIMER = tr_noop(
    "Screening estimates for planning and discussion, not a dam-break study or a forecast. Pathways, "
    "arrival times and concentrations come from simplified models and public data; check them on site "
    "before acting on them."
)

# key, header, kind ("text", "int", "float1", "float2", "sci")
FACILITY_COLUMNS = [
    ("facility_id", tr_noop("Facility id"), "text"),
    ("name", tr_noop("Facility"), "text"),
    ("region", tr_noop("Region"), "text"),
    ("operator", tr_noop("Operator"), "text"),
    ("thi", tr_noop("Hazard index (THI)"), "float1"),
    ("thi_rank", tr_noop("THI rank"), "int"),
    ("runout_km", tr_noop("Runout (km)"), "float1"),
    # the GISTM consequence class counts the people inside the runout zone; it is always shown beside the
    # downstream exposure (issue 14): it says nothing about the people further down the river
    ("par", tr_noop("People inside the runout zone"), "int"),
    ("consequence_class", tr_noop("Consequence class (people inside the runout zone)"), "text"),
    ("settlements_exposed", tr_noop("Settlements exposed"), "int"),
    ("population_exposed", tr_noop("Population exposed"), "int"),
    ("population_24h", tr_noop("Population reached within 24 h"), "int"),
    ("first_border", tr_noop("First border"), "text"),
    ("first_border_km", tr_noop("First border (km)"), "float1"),
    ("first_border_h", tr_noop("First border arrival (h)"), "float1"),
    ("pathway_km", tr_noop("Pathway length (km)"), "float1"),
]

EXPOSED_COLUMNS = [
    ("facility_id", tr_noop("Facility id"), "text"),
    ("facility_name", tr_noop("Facility"), "text"),
    ("name", tr_noop("Settlement"), "text"),
    ("country", tr_noop("Country"), "text"),
    ("population", tr_noop("Population"), "int"),
    ("dist_km", tr_noop("Distance along river (km)"), "float1"),
    ("offset_m", tr_noop("Distance from river (m)"), "int"),
    ("arrival_h", tr_noop("Arrival (h)"), "float1"),
    ("peak_h", tr_noop("Peak (h)"), "float1"),
    ("peak_conc_mg_l", tr_noop("Peak concentration (mg/l)"), "sci"),
    ("dilution", tr_noop("Dilution"), "sci"),
]

CROSSING_COLUMNS = [
    ("border", tr_noop("Border"), "text"),  # crossing_text(): 'KAZ → RUS' or 'KAZ / RUS (along the border)'
    ("dist_km", tr_noop("Distance (km)"), "float1"),
    ("arrival_h", tr_noop("Arrival (h)"), "float1"),
]

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


# --- values --------------------------------------------------------------------------------------------


def _number(value):
    """A float, or None for a missing or non-numeric value."""
    if is_missing(value) or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) or math.isinf(number) else number


def _text(value) -> str:
    return "" if is_missing(value) else str(value)


def _key(value) -> str:
    """Facility ids compared as text (a layer may hold them as integers, another as strings)."""
    if is_missing(value):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def format_value(value, kind: str, language: str | None = None) -> str:
    """Human-readable text for a table cell; an empty string for a missing value. ``language`` 'ru' or
    'kk': the reader's separators ("1 234,5", core/numbers.py), never "1,234" (read as 1.234 there)."""
    if kind == "text":
        return _text(value)
    number = _number(value)
    if number is None:
        return ""
    return _format_number(number, kind, language)


def localized_text(key: str, value, language: str | None) -> str:
    """A text cell in the report's language: regions and commodities (core/value_labels.py), the GISTM
    class and country names through the catalogue (the caller installs it); anything else as it is."""
    from .value_labels import CONSEQUENCE_CLASSES, country_in, localized_value

    text = _text(value)
    if not text or language not in ("ru", "kk"):
        return text
    if key in ("region", "commodity", "secondary_commodity"):
        return str(localized_value(text, language))
    if key == "consequence_class" and text in CONSEQUENCE_CLASSES:
        return tr(text)
    if key == "country":
        return str(country_in(text, language))
    return text


def _format_number(number: float, kind: str, language: str | None) -> str:
    if language in ("ru", "kk"):
        if kind == "sci":
            return f"{number:.3g}".replace(".", ",")
        return format_number(number, {"int": 0, "float2": 2}.get(kind, 1), language, group_from=1000)
    if kind == "int":
        return f"{round(number):,}"
    if kind == "float2":
        return f"{number:,.2f}"
    if kind == "sci":
        return f"{number:.3g}"
    return f"{number:,.1f}"


def significant(number: float, digits: int = 3) -> float:
    """``number`` rounded to ``digits`` significant figures (0.0123456 -> 0.0123)."""
    if number == 0 or not math.isfinite(number):
        return number
    return round(number, digits - 1 - math.floor(math.log10(abs(number))))


def _native(value, kind: str):
    """Value for a spreadsheet cell: a number for numeric columns, text otherwise, None when missing.

    Numbers are rounded to what they mean: kilometres and hours to 0.1 ("float1"), people to integers
    ("int"), concentrations and dilutions to 3 significant figures ("sci"); a screening estimate with 15
    digits reads as a precision it does not have."""
    if kind == "text":
        return None if is_missing(value) else str(value)
    number = _number(value)
    if number is None:
        return None
    if kind == "int":
        return int(round(number))
    if kind == "float1":
        return round(number, 1)
    if kind == "float2":
        return round(number, 2)
    if kind == "sci":
        return significant(number, 3)
    return number


# --- building the rows ---------------------------------------------------------------------------------


def facility_rows(
    facilities: Iterable[Mapping],
    exposed: Iterable[Mapping] | None = None,
    crossings: Iterable[Mapping] | None = None,
    summary: Iterable[Mapping] | None = None,
    pathways: Iterable[Mapping] | None = None,
    feedback=None,
) -> list[dict]:
    """One row per facility with the columns of :data:`FACILITY_COLUMNS`.

    ``facilities``: dicts with ``facility_id``, ``name``, ``operator`` and the hazard screening fields
    (``thi``, ``thi_rank``, ``runout_km``, ``consequence_class``); absent keys stay empty.
    ``exposed``: rows of the EXPOSED table (``facility_id``, ``population``, ``arrival_h``...);
    settlements and population are counted from them. ``crossings``: rows of the CROSSINGS layer; the
    first border is the first change of country (smallest ``dist_km`` with ``from_country`` !=
    ``to_country``; a border stretch that returns to the same side only when there is nothing else).
    ``summary``: SUMMARY rows of tailings:downstreamimpact, used only for what the other inputs do not give (``n_settlements``, ``population``, ``population_24h``,
    ``first_border_to``, ``first_border_km``, ``first_border_h``, ``end_km``).
    ``pathways``: pathway pieces (``facility_id``, ``to_km``) giving the pathway length.
    Rows are ordered by risk (:func:`risk_order`): earliest border arrival first, then population reached
    within 24 h, then hazard index. ``assumptions`` (a text field of the SUMMARY or facility rows, written by
    the analysis algorithms) is carried over.
    """
    exposed_by = {}
    for row in exposed or ():
        check_cancel(feedback)
        exposed_by.setdefault(_key(row.get("facility_id")), []).append(row)
    crossing_by = {}
    for row in crossings or ():
        key = _key(row.get("facility_id"))
        km = _number(row.get("dist_km"))
        # a change of country (from != to) comes first; a stretch along the border that returns to the
        # same side only when there is nothing else
        rank = (
            _text(row.get("from_country")) == _text(row.get("to_country")),
            km if km is not None else 1e300,
        )
        best = crossing_by.get(key)
        if best is None or rank < best[0]:
            crossing_by[key] = (rank, dict(row, dist_km=km))
    crossing_by = {k: v[1] for k, v in crossing_by.items()}
    summary_by = {_key(row.get("facility_id")): row for row in summary or ()}
    length_by = {}
    for row in pathways or ():
        key = _key(row.get("facility_id"))
        km = _number(row.get("to_km"))
        if km is not None:
            length_by[key] = max(km, length_by.get(key, 0.0))

    rows = []
    for facility in facilities:
        check_cancel(feedback)
        key = _key(facility.get("facility_id"))
        row = {name: facility.get(name) for name, _h, _k in FACILITY_COLUMNS if name in facility}
        row["facility_id"] = key
        if not _text(row.get("region")) and _text(facility.get("oblast")):
            row["region"] = facility.get("oblast")
        places = exposed_by.get(key)
        if places is not None or exposed is not None:
            places = places or []
            row["settlements_exposed"] = len(places)
            pops = [_number(p.get("population")) for p in places]
            row["population_exposed"] = sum(p for p in pops if p is not None)
            hours = [_number(p.get("arrival_h")) for p in places]
            row["population_24h"] = sum(
                pop for pop, h in zip(pops, hours) if pop is not None and h is not None and h <= 24.0
            )
        crossing = crossing_by.get(key)
        extra = summary_by.get(key, {})
        if places is None and extra:
            # SUMMARY of tailings:downstreamimpact: n_settlements, population, population_24h
            for target, source in (
                ("settlements_exposed", "n_settlements"),
                ("population_exposed", "population"),
                ("population_24h", "population_24h"),
            ):
                if _number(extra.get(source)) is not None:
                    row[target] = _number(extra.get(source))
        if crossing is not None:
            row["first_border"] = border_label(crossing.get("from_country"), crossing.get("to_country"))
            row["first_border_km"] = crossing.get("dist_km")
            row["first_border_h"] = _number(crossing.get("arrival_h"))
        elif extra:
            if _text(extra.get("first_border")):
                row["first_border"] = extra.get("first_border")
            elif _text(extra.get("first_border_to")):
                row["first_border"] = border_label(None, extra.get("first_border_to"))
            for name in ("first_border_km", "first_border_h"):
                if _number(extra.get(name)) is not None:
                    row[name] = _number(extra.get(name))
        for name in ("par", "consequence_class", "region"):
            if is_missing(row.get(name)) and not is_missing(extra.get(name)):
                row[name] = extra.get(name)
        for source in (extra, facility):
            if _text(source.get("assumptions")):
                row["assumptions"] = _text(source.get("assumptions"))
                break
        if key in length_by:
            row["pathway_km"] = length_by[key]
        else:
            for name in ("end_km", "total_km"):
                if _number(extra.get(name)) is not None:
                    row["pathway_km"] = _number(extra.get(name))
                    break
        rows.append(row)

    rows.sort(key=risk_order)
    return rows


def risk_order(row):
    """Sort key, most urgent first: the earliest arrival at a national border (a release that leaves the
    country needs a call to the neighbour first), then the population reached within 24 h, then the hazard
    index; rows without a value come after those with one, and the name breaks ties."""
    border_h = _number(row.get("first_border_h"))
    if border_h is None and _text(row.get("first_border")):
        border_h = math.inf  # crosses a border, arrival time unknown: after the known ones
    people = _number(row.get("population_24h"))
    thi = _number(row.get("thi"))
    return (
        border_h is None,
        border_h if border_h is not None else 0.0,
        -(people or 0.0),
        thi is None,
        -(thi or 0.0),
        _text(row.get("name")).lower(),
        _key(row.get("facility_id")),
    )


def border_label(from_country, to_country) -> str:
    """'KAZ → RUS' (either side may be missing); a stretch that has the same country on both ends is
    'RUS (along the border)', never 'RUS → RUS'."""
    a, b = _text(from_country) or "?", _text(to_country) or "?"
    if a == b:
        return tr("{countries} (along the border)").format(countries=a)
    return f"{a} → {b}"


def crossing_text(row: Mapping) -> str:
    """The border of a CROSSINGS row: 'KAZ → RUS' for a crossing, 'KAZ / RUS (along the border)' for a
    river that follows the border (never 'RUS → RUS')."""
    if _text(row.get("kind")) == "border_stretch":
        countries = _text(row.get("countries"))
        if not countries:
            sides = [_text(row.get("from_country")) or "?", _text(row.get("to_country")) or "?"]
            countries = " / ".join(dict.fromkeys(sides))
        return tr("{countries} (along the border)").format(countries=countries)
    return border_label(row.get("from_country"), row.get("to_country"))


def exposed_rows(exposed: Iterable[Mapping], facility_names: Mapping | None = None) -> list[dict]:
    """The exposed settlements of all facilities, by facility and then downstream order (``dist_km``)."""
    names = {_key(k): v for k, v in (facility_names or {}).items()}
    rows = []
    for row in exposed:
        out = {name: row.get(name) for name, _h, _k in EXPOSED_COLUMNS if name in row}
        out["facility_id"] = _key(row.get("facility_id"))
        out.setdefault("facility_name", names.get(out["facility_id"]))
        rows.append(out)
    rows.sort(key=lambda r: (r["facility_id"], _number(r.get("dist_km")) or 0.0))
    return rows


# --- CSV and XLSX --------------------------------------------------------------------------------------


def _safe_text(text: str) -> str:
    """Text a spreadsheet will not run as a formula (OWASP CSV injection: prefix with an apostrophe)."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(path, columns, rows) -> None:
    """Write ``rows`` (dicts) with a header of translated column names. Numbers stay numbers."""
    try:
        with open(path, "w", newline="", encoding="utf-8-sig") as handle:
            writer = csv.writer(handle)
            writer.writerow([tr(header) for _k, header, _t in columns])
            for row in rows:
                cells = []
                for key, _h, kind in columns:
                    value = _native(row.get(key), kind)
                    if value is None:
                        cells.append("")
                    elif isinstance(value, str):
                        cells.append(_safe_text(value))
                    else:
                        cells.append(value)
                writer.writerow(cells)
    except OSError as exc:
        raise TailingsError(tr("Cannot write the CSV file {path}: {err}").format(path=path, err=exc)) from exc


def write_xlsx(path, sheets) -> None:
    """Write an XLSX workbook. ``sheets``: list of ``(title, columns, rows)``.

    Needs openpyxl (python3-openpyxl on Debian/Ubuntu); a missing module gives a TailingsError that says
    how to install it.
    """
    try:
        from openpyxl import Workbook
        from openpyxl.styles import Font
        from openpyxl.utils import get_column_letter
    except ImportError as exc:
        raise TailingsError(
            tr(
                "Writing XLSX needs the Python module openpyxl, which is not installed. Install it "
                "(Debian/Ubuntu: sudo apt install python3-openpyxl; OSGeo4W: python3-openpyxl; conda: "
                "conda install -c conda-forge openpyxl) or leave the XLSX output empty and use the CSV."
            )
        ) from exc

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, columns, rows in sheets:
        sheet = workbook.create_sheet(title=str(title)[:31])
        sheet.append([tr(header) for _k, header, _t in columns])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        widths = [len(tr(header)) for _k, header, _t in columns]
        for r, row in enumerate(rows, start=2):
            for c, (key, _h, kind) in enumerate(columns, start=1):
                value = _native(row.get(key), kind)
                cell = sheet.cell(row=r, column=c)
                cell.value = value
                if isinstance(value, str):
                    cell.data_type = "s"  # never a formula, whatever the text starts with
                    widths[c - 1] = max(widths[c - 1], min(len(value), 40))
                elif kind in ("float1", "float2"):
                    cell.number_format = "#,##0.0" if kind == "float1" else "#,##0.00"
                elif kind == "int":
                    cell.number_format = "#,##0"
        for c, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(c)].width = max(8, width + 2)
        sheet.freeze_panes = "A2"
    try:
        workbook.save(path)
    except OSError as exc:
        raise TailingsError(
            tr("Cannot write the XLSX file {path}: {err}").format(path=path, err=exc)
        ) from exc


# --- HTML (in report_html, re-exported here) -------------------------------------------------------------

from .report_html import (  # noqa: E402 - report_html uses the columns and helpers above
    build_html,
    data_uri,
    empty_column_notes,
    html_table,
    write_html,
)

__all__ = [
    "CROSSING_COLUMNS",
    "DISCLAIMER",
    "EXPOSED_COLUMNS",
    "FACILITY_COLUMNS",
    "border_label",
    "build_html",
    "crossing_text",
    "data_uri",
    "empty_column_notes",
    "exposed_rows",
    "facility_rows",
    "format_value",
    "html_table",
    "risk_order",
    "significant",
    "write_csv",
    "write_html",
    "write_xlsx",
]
