"""The notification plan: per border crossing or receptor, the facilities that reach it by arrival.

The report variant of issue 18 (pure Python, no QGIS, no Qt), built from the outputs of
tailings:borderwatch (a crossing: where a river leaves or enters a country; UNECE Industrial Accidents
Convention, 1992: the country of origin notifies the affected country) or tailings:upstreamsources (a
receptor: a town, a water intake). It reuses the report's templates (:mod:`.report_html`: style sheet,
escaped tables, parameters block, disclaimer; :mod:`.report`: CSV writer, number formats).

- :func:`plan_pages`: one page per crossing or receptor, its facilities ordered by arrival (the ``rank``
  of the analysis), the earliest named; places without any facility are counted, not listed.
- :func:`build_plan_html`: one self-contained HTML file: parameters, a summary table (one row per place,
  earliest arrival first) linking to a section per place with its facilities.
- CSV: :data:`PAIR_COLUMNS` (one row per place x facility, the rows of the analysis' OUTPUT) and
  :data:`PLACE_COLUMNS` (one row per place), written with :func:`.report.write_csv`.

Nothing is recomputed: distances and times are those of the analysis; days = hours / 24.
"""

from __future__ import annotations

import datetime as _dt
import html
from collections.abc import Iterable, Mapping
from urllib.parse import quote

from .common import TailingsError, tr, tr_noop
from .report import DISCLAIMER, _key, _number, _text, crossing_text, format_value
from .report_html import _CSS, _esc, _parameter_block, empty_column_notes, html_table

CROSSINGS, RECEPTORS = "crossings", "receptors"

#: one row per crossing or receptor (key, header, kind as in :mod:`.report`)
PLACE_COLUMNS = [
    ("place", tr_noop("Crossing or receptor"), "text"),
    ("direction_text", tr_noop("Direction"), "text"),
    ("river", tr_noop("River"), "text"),
    ("border", tr_noop("Border"), "text"),
    ("n_facilities", tr_noop("Facilities upstream"), "int"),
    ("n_within_24h", tr_noop("Within 24 h"), "int"),
    ("n_within_72h", tr_noop("Within 72 h"), "int"),
    ("first_name", tr_noop("First facility"), "text"),
    ("first_dist_km", tr_noop("Distance (km)"), "float1"),
    ("first_arrival_h", tr_noop("Earliest arrival (h)"), "float1"),
    ("first_arrival_d", tr_noop("Earliest arrival (days)"), "float2"),
]
#: one row per crossing or receptor x facility, by place and arrival
PAIR_COLUMNS = [
    ("place", tr_noop("Crossing or receptor"), "text"),
    ("rank", tr_noop("Order of arrival"), "int"),
    ("facility_id", tr_noop("Facility id"), "text"),
    ("name", tr_noop("Facility"), "text"),
    ("facility_country", tr_noop("Country of the facility"), "text"),
    ("dist_km", tr_noop("Distance (km)"), "float1"),
    ("arrival_h", tr_noop("Arrival (h)"), "float1"),
    ("arrival_d", tr_noop("Arrival (days)"), "float2"),
    ("peak_h", tr_noop("Peak (h)"), "float1"),
    ("peak_conc_mg_l", tr_noop("Peak concentration (mg/l)"), "sci"),
    ("countries", tr_noop("Countries on the way"), "text"),
    ("hazard_index", tr_noop("Hazard index (THI)"), "float1"),
]
EMPTY_REASONS = {
    "hazard_index": tr_noop(
        "the facility layer has no hazard index: give the output of tailings:hazardscreening"
    ),
    "countries": tr_noop("no country layer was given to the analysis"),
}
DIRECTION_TEXT = {"outgoing": tr_noop("leaves the country"), "incoming": tr_noop("enters the country")}


def plan_kind(summary_fields: Iterable[str], pair_fields: Iterable[str]) -> str:
    """CROSSINGS for the outputs of tailings:borderwatch, RECEPTORS for those of tailings:upstreamsources;
    a TailingsError that says what to give otherwise."""
    summary_fields, pair_fields = set(summary_fields), set(pair_fields)
    needed = {"facility_id", "arrival_h", "dist_km"}
    for key, kind in (("crossing_id", CROSSINGS), ("receptor_id", RECEPTORS)):
        if key in summary_fields and {key} | needed <= pair_fields:
            return kind
    raise TailingsError(
        tr(
            "Give the SUMMARY and OUTPUT layers of tailings:borderwatch (crossing_id) or of "
            "tailings:upstreamsources (receptor_id); the layers given lack {fields}."
        ).format(fields=", ".join(sorted(({"crossing_id", "receptor_id"} | needed) - pair_fields)) or "?")
    )


def _days(hours):
    h = _number(hours)
    return None if h is None else h / 24.0


def plan_pages(
    summary: Iterable[Mapping],
    pairs: Iterable[Mapping],
    kind: str,
    names: Mapping | None = None,
    direction: str | None = None,
    place_names: Mapping | None = None,
) -> tuple[list[dict], int]:
    """``(pages, n_without)``: one dict per crossing or receptor that some facility reaches, earliest
    arrival first, with ``rows`` (its pairs by ``rank``, else by arrival) and the place columns; and the
    number of places (in the chosen ``direction``) that no facility reaches. ``place_names``: id -> the name
    to show (a receptor in the report language); the id itself otherwise."""
    key = "crossing_id" if kind == CROSSINGS else "receptor_id"
    names = {_key(k): v for k, v in (names or {}).items()}
    by_place: dict[str, list[dict]] = {}
    for pair in pairs:
        row = dict(pair)
        fid = _key(row.get("facility_id"))
        row["facility_id"] = fid
        row["name"] = _text(names.get(fid)) or fid
        row["place"] = _key(row.get(key))
        row["place"] = _text((place_names or {}).get(row["place"])) or row["place"]
        row["arrival_d"] = _days(row.get("arrival_h"))
        by_place.setdefault(row["place"], []).append(row)
    pages, n_without = [], 0
    for place in summary:
        pid = _key(place.get(key))
        pid = _text((place_names or {}).get(pid)) or pid
        if direction and place.get("direction") not in (None, direction):
            continue
        rows = by_place.get(pid, [])
        if not rows:
            n_without += 1
            continue
        rows.sort(
            key=lambda r: (
                _number(r.get("rank")) or 1e12,
                _number(r.get("arrival_h")) if _number(r.get("arrival_h")) is not None else 1e12,
            )
        )
        first = rows[0]
        arrivals = [_number(r.get("arrival_h")) for r in rows]
        page = {
            "place": pid,
            "direction": _text(place.get("direction")),
            "direction_text": tr(DIRECTION_TEXT[place["direction"]])
            if place.get("direction") in DIRECTION_TEXT
            else "",
            "river": _text(place.get("river")),
            "border": crossing_text(place) if kind == CROSSINGS else "",
            "n_facilities": len(rows),
            "n_within_24h": sum(1 for a in arrivals if a is not None and a <= 24.0),
            "n_within_72h": sum(1 for a in arrivals if a is not None and a <= 72.0),
            "first_name": first["name"],
            "first_dist_km": _number(first.get("dist_km")),
            "first_arrival_h": _number(first.get("arrival_h")),
            "first_arrival_d": first["arrival_d"],
            "rows": rows,
        }
        pages.append(page)
    pages.sort(key=lambda p: p["first_arrival_h"] if p["first_arrival_h"] is not None else 1e12)
    return pages, n_without


def pair_table(pages: Iterable[Mapping]) -> list[dict]:
    """The rows of every page in page order (the CSV of :data:`PAIR_COLUMNS`)."""
    return [row for page in pages for row in page["rows"]]


def _anchor(place) -> str:
    return "p-" + quote(_key(place), safe="-_")


def _page_heading(page: Mapping, kind: str) -> str:
    if kind == RECEPTORS:
        return tr("Facilities upstream of {receptor}").format(receptor=page["place"])
    river = page["river"] or tr("river")
    if page["direction"] == "incoming":
        return tr("{river} entering the country at {crossing} ({border})").format(
            river=river, crossing=page["place"], border=page["border"]
        )
    return tr("{river} leaving the country at {crossing} ({border})").format(
        river=river, crossing=page["place"], border=page["border"]
    )


def build_plan_html(
    pages: list[dict],
    kind: str,
    n_without: int = 0,
    parameters: Iterable[tuple[str, str]] | None = None,
    title: str | None = None,
    language: str = "en",
    created: _dt.datetime | None = None,
    sources: Iterable[str] = (),
) -> str:
    """The notification plan as one HTML file (texts through ``tr()``: the caller installs the language)."""
    created = created or _dt.datetime.now()
    if title is None:
        title = (
            tr("Notification plan: facilities upstream of each border crossing")
            if kind == CROSSINGS
            else tr("Facilities upstream of each receptor")
        )
    place_columns = [
        c for c in PLACE_COLUMNS if kind == CROSSINGS or c[0] not in ("direction_text", "border")
    ]
    # a column empty in every row is left out of the sections and named once, with the reason
    pair_rows = [r for p in pages for r in p["rows"]]
    notes = empty_column_notes(
        [c for c in PAIR_COLUMNS if c[0] != "facility_country"], pair_rows, EMPTY_REASONS
    )
    pair_columns = [
        c for c in PAIR_COLUMNS if c[0] != "place" and any(format_value(r.get(c[0]), c[2]) for r in pair_rows)
    ]
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{_esc(language or "en")}"><head><meta charset="utf-8">',
        f"<title>{_esc(title)}</title><style>{_CSS}</style></head><body>",
        f"<h1>{_esc(title)}</h1>",
        '<p class="meta">'
        + _esc(tr("Created {date}").format(date=created.strftime("%Y-%m-%d %H:%M")))
        + " · "
        + _esc(
            (
                tr("{n} border crossings reached by a facility; {m} more reached by none.")
                if kind == CROSSINGS
                else tr("{n} receptors reached by a facility; {m} more reached by none.")
            ).format(n=len(pages), m=n_without)
        )
        + "</p>",
        f'<p class="disclaimer">{_esc(tr(DISCLAIMER))}</p>',
    ]
    if kind == CROSSINGS:
        parts.append(
            '<p class="meta">'
            + _esc(
                tr(
                    "For each crossing, the facilities whose release reaches it, in order of arrival: whom "
                    "to notify, and how soon (UNECE Convention on the Transboundary Effects of Industrial "
                    "Accidents, 1992)."
                )
            )
            + "</p>"
        )
    parts.append(f'<a id="parameters"></a><h2>{_esc(tr("Run parameters and assumptions"))}</h2>')
    parts.extend(_parameter_block(list(parameters or [])))
    parts.append(f'<a id="summary"></a><h2>{_esc(tr("Summary: earliest arrival first"))}</h2>')
    summary_table = html_table(place_columns, pages)
    for page in pages:  # each place links to its section
        cell = f"<td>{html.escape(page['place'], quote=True)}</td>"
        link = f'<td><a href="#{_anchor(page["place"])}">{html.escape(page["place"], quote=True)}</a></td>'
        summary_table = summary_table.replace("<tr>" + cell, "<tr>" + link, 1)
    parts.append(summary_table)
    parts.extend(f'<p class="none">{_esc(note)}</p>' for note in notes)
    for page in pages:
        heading = _page_heading(page, kind)
        parts.append(f'<div class="facility" id="{_anchor(page["place"])}"><h3>{_esc(heading)}</h3>')
        first = page["rows"][0]
        parts.append(
            "<p>"
            + _esc(
                tr("First: {name}, {km} km, after {h} h ({d} days).").format(
                    name=first["name"],
                    km=format_value(first.get("dist_km"), "float1"),
                    h=format_value(first.get("arrival_h"), "float1"),
                    d=format_value(first.get("arrival_d"), "float2"),
                )
            )
            + "</p>"
        )
        parts.append(html_table(pair_columns, page["rows"]))
        parts.append(f'<p class="back"><a href="#summary">{_esc(tr("↑ summary"))}</a></p></div>')
    if sources:
        parts.append(f"<h2>{_esc(tr('Data sources'))}</h2><ul>")
        parts.extend(f"<li>{_esc(s)}</li>" for s in sources)
        parts.append("</ul>")
    parts.append("</body></html>")
    return "\n".join(parts)
