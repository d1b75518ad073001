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

import base64
import csv
import datetime as _dt
import html
import math
from collections.abc import Iterable, Mapping

from .common import TailingsError, check_cancel, is_missing, tr, tr_noop

DISCLAIMER = tr_noop(
    "Screening estimates for planning and discussion, not a dam-break study or a forecast. Pathways, "
    "arrival times and concentrations come from simplified models and public data; check them on site "
    "before acting on them."
)

# key, header, kind ("text", "int", "float1", "float2", "sci")
FACILITY_COLUMNS = [
    ("facility_id", tr_noop("Facility id"), "text"),
    ("name", tr_noop("Facility"), "text"),
    ("operator", tr_noop("Operator"), "text"),
    ("thi", tr_noop("Hazard index (THI)"), "float1"),
    ("thi_rank", tr_noop("THI rank"), "int"),
    ("runout_km", tr_noop("Runout (km)"), "float1"),
    ("consequence_class", tr_noop("Consequence class"), "text"),
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
    ("from_country", tr_noop("From"), "text"),
    ("to_country", tr_noop("To"), "text"),
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


def format_value(value, kind: str) -> str:
    """Human-readable text for a table cell; an empty string for a missing value."""
    if kind == "text":
        return _text(value)
    number = _number(value)
    if number is None:
        return ""
    if kind == "int":
        return f"{round(number):,}"
    if kind == "float2":
        return f"{number:,.2f}"
    if kind == "sci":
        return f"{number:.3g}"
    return f"{number:,.1f}"


def _native(value, kind: str):
    """Value for a spreadsheet cell: a number for numeric columns, text otherwise, None when missing."""
    if kind == "text":
        return None if is_missing(value) else str(value)
    number = _number(value)
    if number is None:
        return None
    return int(round(number)) if kind == "int" else number


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
    Rows are sorted by hazard index (highest first, facilities without one last), then by name.
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
        if key in length_by:
            row["pathway_km"] = length_by[key]
        else:
            for name in ("end_km", "total_km"):
                if _number(extra.get(name)) is not None:
                    row["pathway_km"] = _number(extra.get(name))
                    break
        rows.append(row)

    def order(row):
        thi = _number(row.get("thi"))
        return (thi is None, -(thi or 0.0), _text(row.get("name")).lower(), row["facility_id"])

    rows.sort(key=order)
    return rows


def border_label(from_country, to_country) -> str:
    """'KAZ → RUS' (either side may be missing)."""
    a, b = _text(from_country) or "?", _text(to_country) or "?"
    return f"{a} → {b}"


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


# --- HTML ----------------------------------------------------------------------------------------------

_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.35}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.8em;border-bottom:2px solid #2b6cb0}
h3{font-size:1.05em;margin:1em 0 .3em}
table{border-collapse:collapse;margin:.4em 0 1em;font-size:.85em}
th,td{border:1px solid #bbb;padding:.2em .45em;vertical-align:top}
th{background:#e8eef6;text-align:left}td.num{text-align:right;white-space:nowrap}
.meta{color:#555;font-size:.9em}.disclaimer{background:#fff4e5;border-left:4px solid #dd8a00;padding:.5em .8em}
img{max-width:100%;border:1px solid #ccc}.facility{page-break-inside:avoid}
.none{color:#777;font-style:italic}
"""


def _esc(value) -> str:
    return html.escape(_text(value), quote=True)


def html_table(columns, rows) -> str:
    """An escaped HTML table (numbers right-aligned)."""
    head = "".join(f"<th>{_esc(tr(header))}</th>" for _k, header, _t in columns)
    body = []
    for row in rows:
        cells = []
        for key, _h, kind in columns:
            text = html.escape(format_value(row.get(key), kind), quote=True)
            cls = ' class="num"' if kind != "text" else ""
            cells.append(f"<td{cls}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def data_uri(data: bytes, mime: str = "image/png") -> str:
    """A base64 ``data:`` URI for an image (the report stays one self-contained file)."""
    if mime not in ("image/png", "image/jpeg", "image/svg+xml"):
        raise TailingsError(tr("Unsupported image type {mime}.").format(mime=mime))
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def build_html(
    facilities: list[dict],
    exposed: list[dict] | None = None,
    crossings: Iterable[Mapping] | None = None,
    images: Mapping | None = None,
    overview_image=None,
    title: str | None = None,
    sources: Iterable[str] = (),
    notes: Iterable[str] = (),
    created: _dt.datetime | None = None,
    language: str = "en",
) -> str:
    """The self-contained HTML report.

    ``facilities``: rows of :func:`facility_rows`; ``exposed``: rows of :func:`exposed_rows`;
    ``crossings``: CROSSINGS rows; ``images``: facility id -> ``(mime, bytes)`` of its map;
    ``overview_image``: ``(mime, bytes)`` or None. All text is escaped. The texts are written through
    ``tr()``: the caller installs the translator of the report language (``i18n.language``) and passes
    its code as ``language`` (the page's ``lang`` attribute, for hyphenation and screen readers).
    """
    created = created or _dt.datetime.now()
    title = title or tr("Tailings facilities: downstream impact screening")
    images = {_key(k): v for k, v in (images or {}).items()}
    exposed_by = {}
    for row in exposed or ():
        exposed_by.setdefault(_key(row.get("facility_id")), []).append(row)
    crossing_by = {}
    for row in crossings or ():
        crossing_by.setdefault(_key(row.get("facility_id")), []).append(row)
    for rows in crossing_by.values():
        rows.sort(key=lambda r: _number(r.get("dist_km")) or 0.0)

    n_border = sum(1 for f in facilities if _text(f.get("first_border")))
    n_exposed = sum(1 for f in facilities if (_number(f.get("settlements_exposed")) or 0) > 0)
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_esc(language or "en")}"><head><meta charset="utf-8">',
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_esc(title)}</h1>",
        '<p class="meta">'
        + _esc(tr("Created {date}").format(date=created.strftime("%Y-%m-%d %H:%M")))
        + " · "
        + _esc(
            tr("{n} facilities, {e} with exposed settlements, {b} whose pathway crosses a border.").format(
                n=len(facilities), e=n_exposed, b=n_border
            )
        )
        + "</p>",
        f'<p class="disclaimer">{_esc(tr(DISCLAIMER))}</p>',
    ]
    for note in notes:
        parts.append(f'<p class="meta">{_esc(note)}</p>')
    if overview_image is not None:
        mime, data = overview_image
        parts.append(f'<p><img alt="{_esc(tr("Overview map"))}" src="{data_uri(data, mime)}"></p>')
    parts.append(f"<h2>{_esc(tr('Summary by facility'))}</h2>")
    parts.append(html_table(FACILITY_COLUMNS, facilities))

    parts.append(f"<h2>{_esc(tr('Facilities'))}</h2>")
    place_columns = [c for c in EXPOSED_COLUMNS if c[0] not in ("facility_id", "facility_name")]
    for row in facilities:
        key = row["facility_id"]
        heading = _text(row.get("name")) or key
        if _text(row.get("operator")):
            heading += " — " + _text(row["operator"])
        parts.append(f'<div class="facility" id="f-{_esc(key)}"><h3>{_esc(heading)} ({_esc(key)})</h3>')
        facts = []
        for name, label, kind in FACILITY_COLUMNS[3:]:
            text = format_value(row.get(name), kind)
            if text:
                facts.append(f"{_esc(tr(label))}: <b>{html.escape(text)}</b>")
        if facts:
            parts.append("<p>" + " · ".join(facts) + "</p>")
        if key in images:
            mime, data = images[key]
            alt = tr("Map of {name}").format(name=heading)
            parts.append(f'<p><img alt="{_esc(alt)}" src="{data_uri(data, mime)}"></p>')
        places = exposed_by.get(key, [])
        if places:
            parts.append(html_table(place_columns, places))
        elif exposed is not None:
            parts.append(f'<p class="none">{_esc(tr("No settlement within the corridor."))}</p>')
        borders = crossing_by.get(key, [])
        if borders:
            parts.append(html_table(CROSSING_COLUMNS, borders))
        parts.append("</div>")

    if sources:
        parts.append(f"<h2>{_esc(tr('Data sources'))}</h2><ul>")
        parts.extend(f"<li>{_esc(s)}</li>" for s in sources)
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)


def write_html(path, text: str) -> None:
    try:
        with open(path, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise TailingsError(
            tr("Cannot write the HTML file {path}: {err}").format(path=path, err=exc)
        ) from exc
