"""The HTML report (pure Python, no QGIS, no Qt); :mod:`.report` re-exports its functions.

The report opens with the run's parameters and assumptions (issue 14: every figure is shown next to the
assumptions that qualify it), then the summary table ordered by risk with a link from every facility to
its section and back, a note for every column that is empty and why, and one section per facility.

Images are either embedded (``(mime, bytes)``: a base64 ``data:`` URI, the file is self-contained) or
referenced (``str``: a path relative to the HTML file, e.g. ``report_files/KZ-1.jpg``), which keeps an
81-facility report at a few hundred kilobytes. Every text that comes from a layer or a user is escaped.
"""

from __future__ import annotations

import base64
import datetime as _dt
import html
from collections.abc import Iterable, Mapping
from urllib.parse import quote

from .common import TailingsError, tr, tr_noop
from .report import (
    CROSSING_COLUMNS,
    DISCLAIMER,
    EXPOSED_COLUMNS,
    FACILITY_COLUMNS,
    _key,
    _number,
    _text,
    crossing_text,
    format_value,
    localized_text,
)

# why a column can be empty: shown under a table whose column has no value at all
EMPTY_REASONS = {
    "region": tr_noop("the facility layer has no region field"),
    "operator": tr_noop("no operator is recorded in the facility layer"),
    "thi": tr_noop(
        "no hazard screening: give the output of tailings:hazardscreening, and a stored volume and dam "
        "height or an explicit scenario"
    ),
    "thi_rank": tr_noop("no hazard screening (see the hazard index)"),
    "runout_km": tr_noop("no runout: the facilities have no stored volume and dam height, or no screening"),
    "par": tr_noop("the population inside the runout zone was not computed (no runout or no settlements)"),
    "consequence_class": tr_noop("no consequence class: it needs the people inside the runout zone"),
    "settlements_exposed": tr_noop(
        "no exposure computed: give the EXPOSED output of tailings:downstreamimpact"
    ),
    "population_exposed": tr_noop(
        "no exposure computed: give the EXPOSED output of tailings:downstreamimpact"
    ),
    "population_24h": tr_noop("no arrival times: give the EXPOSED output of tailings:downstreamimpact"),
    "first_border": tr_noop("no pathway reaches a national border"),
    "first_border_km": tr_noop("no pathway reaches a national border"),
    "first_border_h": tr_noop("no pathway reaches a national border"),
    "pathway_km": tr_noop("no pathway given (PATHWAYS or SUMMARY)"),
    "country": tr_noop("the settlement layer has no country"),
    "population": tr_noop("the settlement layer has no population"),
    "offset_m": tr_noop("the distance from the river was not computed"),
    "arrival_h": tr_noop("no travel time: the pathway has no velocity"),
    "peak_h": tr_noop("no peak time: concentrations were not computed"),
    "peak_conc_mg_l": tr_noop(
        "concentrations need a released volume (a stored volume or a scenario) and a river discharge; "
        "they were not computed in this run"
    ),
    "dilution": tr_noop("dilution needs a released volume and a river discharge; not computed in this run"),
}
DEFAULT_EMPTY_REASON = tr_noop("no value in the inputs")

_CSS = """
body{font-family:"DejaVu Sans",Arial,sans-serif;margin:2em auto;max-width:1100px;color:#222;line-height:1.35}
h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.25em;margin-top:1.8em;border-bottom:2px solid #2b6cb0}
h3{font-size:1.05em;margin:1em 0 .3em}
table{border-collapse:collapse;margin:.4em 0 1em;font-size:.85em}
th,td{border:1px solid #bbb;padding:.2em .45em;vertical-align:top}
th{background:#e8eef6;text-align:left}td.num{text-align:right;white-space:nowrap}
.meta{color:#555;font-size:.9em}.disclaimer{background:#fff4e5;border-left:4px solid #dd8a00;padding:.5em .8em}
.assumptions{background:#eef4fb;border-left:4px solid #2b6cb0;padding:.4em .8em;font-size:.9em}
img{max-width:100%;border:1px solid #ccc}.facility{page-break-inside:avoid}
.none{color:#777;font-style:italic}.back{font-size:.85em}
"""


def _esc(value) -> str:
    return html.escape(_text(value), quote=True)


def html_table(columns, rows, link_column: str | None = None, language: str | None = None) -> str:
    """An escaped HTML table (numbers right-aligned). ``link_column``: the cells of that column link to
    the row's facility section (``#f-<facility id>``)."""
    head = "".join(f"<th>{_esc(tr(header))}</th>" for _k, header, _t in columns)
    body = []
    for row in rows:
        cells = []
        for key, _h, kind in columns:
            value = format_value(row.get(key), kind, language)
            if kind == "text":
                value = localized_text(key, value, language)
            text = html.escape(value, quote=True)
            if key == link_column and text:
                text = f'<a href="#{section_id(row.get("facility_id"))}">{text}</a>'
            cls = ' class="num"' if kind != "text" else ""
            cells.append(f"<td{cls}>{text}</td>")
        body.append("<tr>" + "".join(cells) + "</tr>")
    return f"<table><thead><tr>{head}</tr></thead><tbody>{''.join(body)}</tbody></table>"


def section_id(facility_id) -> str:
    """The anchor of a facility's section: 'f-' and the id with anything but letters, digits, '-' and
    '_' percent-encoded (a valid, unique fragment)."""
    return "f-" + quote(_key(facility_id), safe="-_")


def empty_column_notes(columns, rows, reasons: Mapping | None = None) -> list[str]:
    """'<column>: empty — <why>' for every column that has no value in any row (nothing when there is no
    row at all)."""
    rows = list(rows)
    if not rows:
        return []
    reasons = {**EMPTY_REASONS, **(reasons or {})}
    notes = []
    for key, header, kind in columns:
        if all(not format_value(row.get(key), kind) for row in rows):
            why = tr(reasons.get(key, DEFAULT_EMPTY_REASON))
            notes.append(tr("{column}: empty — {why}.").format(column=tr(header), why=why))
    return notes


def data_uri(data: bytes, mime: str = "image/png") -> str:
    """A base64 ``data:`` URI for an image (the report stays one self-contained file)."""
    if mime not in ("image/png", "image/jpeg", "image/webp", "image/svg+xml"):
        raise TailingsError(tr("Unsupported image type {mime}.").format(mime=mime))
    return f"data:{mime};base64," + base64.b64encode(data).decode("ascii")


def _image_src(image) -> str:
    """``(mime, bytes)`` -> data URI; a relative path (str) -> the escaped, URL-quoted path."""
    if isinstance(image, str):
        return html.escape(quote(image.replace("\\", "/"), safe="/._-"), quote=True)
    mime, data = image
    return data_uri(data, mime)


def _parameter_block(parameters) -> list[str]:
    if not parameters:
        return [f'<p class="none">{_esc(tr("The inputs do not record the run parameters."))}</p>']
    items = "".join(f"<li><b>{_esc(label)}</b>: {_esc(value)}</li>" for label, value in parameters)
    return [f'<ul class="assumptions">{items}</ul>']


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
    parameters: Iterable[tuple[str, str]] | None = None,
    profiles: Mapping | None = None,
) -> str:
    """The HTML report.

    ``facilities``: rows of :func:`.report.facility_rows` (already in risk order); ``exposed``: rows of
    :func:`.report.exposed_rows`; ``crossings``: CROSSINGS rows; ``images``: facility id -> ``(mime,
    bytes)`` (embedded) or a relative path (referenced); ``overview_image`` likewise or None;
    ``parameters``: ``(label, value)`` pairs of the run's parameters and assumptions (scenario, velocity,
    corridor, snap distance, dispersion method, interval), shown in their own section and referred to by
    every facility; a row's own ``assumptions`` text is shown in its section; ``profiles``: facility id ->
    the downstream profile chart, like ``images``, shown under the map. The texts are written
    through ``tr()``: the caller installs the translator of the report language and passes its code as
    ``language`` (the page's ``lang`` attribute).
    """
    created = created or _dt.datetime.now()
    title = title or tr("Tailings facilities: downstream impact screening")
    images = {_key(k): v for k, v in (images or {}).items()}
    profiles = {_key(k): v for k, v in (profiles or {}).items()}
    parameters = list(parameters or [])
    exposed_by = {}
    for row in exposed or ():
        exposed_by.setdefault(_key(row.get("facility_id")), []).append(row)
    crossing_by = {}
    for row in crossings or ():
        crossing_by.setdefault(_key(row.get("facility_id")), []).append(dict(row, border=crossing_text(row)))
    for rows in crossing_by.values():
        rows.sort(key=lambda r: _number(r.get("dist_km")) or 0.0)

    n_border = sum(1 for f in facilities if _text(f.get("first_border")))
    n_exposed = sum(1 for f in facilities if (_number(f.get("settlements_exposed")) or 0) > 0)
    back = (
        f'<p class="back"><a href="#summary">{_esc(tr("↑ summary"))}</a> · '
        f'<a href="#parameters">{_esc(tr("parameters and assumptions"))}</a></p>'
    )
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
    parts.append(f'<a id="parameters"></a><h2>{_esc(tr("Run parameters and assumptions"))}</h2>')
    parts.append(
        f'<p class="meta">{_esc(tr("Every figure of this report depends on these assumptions."))} '
        + _esc(
            tr(
                "The consequence class counts the people inside the runout zone only; the downstream "
                "exposure (settlements and population along the pathway) is shown beside it."
            )
        )
        + "</p>"
    )
    parts.extend(_parameter_block(parameters))
    if overview_image is not None:
        parts.append(f'<p><img alt="{_esc(tr("Overview map"))}" src="{_image_src(overview_image)}"></p>')
    parts.append(f'<a id="summary"></a><h2>{_esc(tr("Summary by facility"))}</h2>')
    parts.append(
        '<p class="meta">'
        + _esc(
            tr(
                "Ordered by risk: earliest arrival at a national border first, then the population reached "
                "within 24 hours, then the hazard index. Click a facility for its section."
            )
        )
        + "</p>"
    )
    parts.append(html_table(FACILITY_COLUMNS, facilities, link_column="name", language=language))
    for note in empty_column_notes(FACILITY_COLUMNS, facilities):
        parts.append(f'<p class="none">{_esc(note)}</p>')

    parts.append(f"<h2>{_esc(tr('Facilities'))}</h2>")
    place_columns = [c for c in EXPOSED_COLUMNS if c[0] not in ("facility_id", "facility_name")]
    for note in empty_column_notes(place_columns, exposed or []):
        parts.append(f'<p class="none">{_esc(note)}</p>')
    for row in facilities:
        key = row["facility_id"]
        heading = _text(row.get("name")) or key
        if _text(row.get("operator")):
            heading += " — " + _text(row["operator"])
        parts.append(f'<div class="facility" id="{section_id(key)}"><h3>{_esc(heading)} ({_esc(key)})</h3>')
        facts = []
        for name, label, kind in FACILITY_COLUMNS[4:]:
            text = format_value(row.get(name), kind, language)
            if kind == "text":
                text = localized_text(name, text, language)
            if text:
                facts.append(f"{_esc(tr(label))}: <b>{html.escape(text)}</b>")
        if facts:
            parts.append("<p>" + " · ".join(facts) + "</p>")
        own = _text(row.get("assumptions"))
        parts.append(
            '<p class="assumptions">'
            + _esc(
                tr("Assumptions: {text}").format(text=own) if own else tr("Assumptions: see the parameters.")
            )
            + "</p>"
        )
        if key in images:
            alt = tr("Map of {name}").format(name=heading)
            parts.append(f'<p><img alt="{_esc(alt)}" src="{_image_src(images[key])}"></p>')
        if key in profiles:
            alt = tr("Downstream profile of {name}").format(name=heading)
            parts.append(f'<p><img class="profile" alt="{_esc(alt)}" src="{_image_src(profiles[key])}"></p>')
        places = exposed_by.get(key, [])
        if places:
            parts.append(html_table(place_columns, places, language=language))
        elif exposed is not None:
            parts.append(f'<p class="none">{_esc(tr("No settlement within the corridor."))}</p>')
        borders = crossing_by.get(key, [])
        if borders:
            parts.append(html_table(CROSSING_COLUMNS, borders, language=language))
        parts.append(back)
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
