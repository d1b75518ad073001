"""The record card of one facility as HTML for a QTextBrowser.

Pure Python (no Qt): the dock collects plain values from the layers into a
:class:`CardData` and :func:`build_card_html` turns it into HTML. Every value that
comes from data goes through :func:`html.escape`, so a facility called ``<b>x</b>``
shows those characters. Missing values are shown as missing ("not known" / "—"),
never as 0. Nothing here computes an analysis result: it only shows fields that the
Processing algorithms wrote.
"""

from __future__ import annotations

import datetime as _dt
import html
import math
from dataclasses import dataclass, field

from ..core.common import tr, tr_noop, trn
from ..core.registry import is_missing, to_date
from ..core.value_labels import (  # noqa: F401 - re-exported for the panel
    CONSEQUENCE_CLASSES,
    COUNTRY_NAMES,
    END_REASON_LABELS,
    FIELD_LABELS,
    THI_PARTS,
    VALUE_LABELS,
    country_name,
    field_label,
    known_text,
)
from .search_text import localized_value

DASH = "\u2014"
MAX_SETTLEMENT_ROWS = 30

# Registry fields in card order: (field, label, unit kind)
IDENTITY_FIELDS = (
    ("facility_id", tr_noop("Facility ID"), "text"),
    ("name_ru", tr_noop("Name (Russian)"), "text"),
    ("operator", tr_noop("Operator"), "text"),
    ("region", tr_noop("Region (oblast)"), "text"),
    ("river_basin", tr_noop("River basin"), "text"),
    ("commodity", tr_noop("Commodity"), "text"),
)
PHYSICAL_FIELDS = (
    ("dam_type", tr_noop("Dam type (raise method)"), "text"),
    ("dam_height_m", tr_noop("Dam height"), "m"),
    ("volume_m3", tr_noop("Stored volume"), "m3"),
    ("area_ha", tr_noop("Area"), "ha"),
    ("water_hazard_class", tr_noop("Water hazard class (WGK 1–3)"), "int"),
)
STATUS_FIELDS = (
    ("status", tr_noop("Status"), "text"),
    ("last_inspection", tr_noop("Last inspection"), "date"),
)
SHOWN_REGISTRY_FIELDS = {
    f for group in (IDENTITY_FIELDS, PHYSICAL_FIELDS, STATUS_FIELDS) for f, _l, _k in group
}
SHOWN_REGISTRY_FIELDS.update(("name", "updated_by", "updated_at"))  # the edit stamp: "Last edited"

# Downstream SUMMARY row (tailings:downstreamimpact): fields shown with a label, in this order.
SUMMARY_FIELDS = (
    ("n_settlements", tr_noop("Settlements downstream"), "count"),
    ("population", tr_noop("Population downstream"), "count"),
    ("population_24h", tr_noop("Population reached within 24 h"), "count"),
    ("population_72h", tr_noop("Population reached within 72 h"), "count"),
    ("n_pop_unknown", tr_noop("Settlements of unknown population"), "count"),
    ("n_receptors", tr_noop("Other receptors downstream"), "count"),
    ("n_borders", tr_noop("Border crossings"), "count"),
    ("snap_distance_m", tr_noop("Facility to the river"), "m"),
    ("mass_kg", tr_noop("Released mass"), "kg"),
    ("end_peak_conc_mg_l", tr_noop("Peak concentration at the end of the trace"), "mg_l"),
)
SUMMARY_SHOWN = {f for f, _l, _k in SUMMARY_FIELDS} | {
    "countries",
    "first_border_km",
    "first_border_h",
    "first_border_to",
    "end_km",
    "end_h",
    "end_reason",
}
SUMMARY_HIDDEN = {"facility_id", "name", "fid", "end_lon", "end_lat", "snapped"}

STYLE = """
<style>
body { font-size: 9pt; }
h2 { margin: 0 0 2px 0; }
h3 { margin: 10px 0 2px 0; color: #1f4e79; }
.sub { color: #555555; }
.missing { color: #8a8a8a; font-style: italic; }
.note { color: #555555; }
.warn { color: #9c5700; }
th { text-align: left; font-weight: normal; color: #444444; padding-right: 8px; }
td.num { text-align: right; }
th.col { font-weight: bold; color: #000000; }
</style>
"""


def clean(value):
    """A plain Python value, or None when missing (QVariant NULL, empty text, NaN).

    QDate/QDateTime become ``datetime.date``; everything else is returned as is.
    """
    if is_missing(value):
        return None
    if hasattr(value, "toPyDate") or hasattr(value, "toPyDateTime"):
        try:
            return to_date(value)
        except (TypeError, ValueError):
            return None
    return value


@dataclass
class CardData:
    """Everything the card shows, as plain values (None = missing)."""

    record: dict = field(default_factory=dict)  # registry field -> value
    name: object = None
    facility_id: object = None
    layer_name: str = ""
    extra: list = field(default_factory=list)  # [(label, value)] other attributes of the facility
    hazard: dict | None = None  # fields of the hazard-screening row (thi, thi_*, vf_m3, runout_km, ...)
    hazard_components: list = field(default_factory=list)  # [(label, value)]
    hazard_layer: str = ""
    downstream_available: bool = False  # downstream-impact layers exist in the project
    summary: dict = field(default_factory=dict)  # the downstream SUMMARY row of the facility
    summary_labels: dict = field(default_factory=dict)  # field -> display name (aliases), other fields
    exposed: list = field(default_factory=list)  # [dict] exposed settlements
    crossings: list = field(default_factory=list)  # [dict] border crossings
    downstream_layer: str = ""
    edited: tuple | None = None  # (updated_by, updated_at text) of a layer that stamps edits
    today: _dt.date | None = None


# --- formatting -------------------------------------------------------------------------------------------


def esc(value) -> str:
    return html.escape(str(value), quote=True)


def missing(text: str | None = None) -> str:
    return f'<span class="missing">{esc(text or tr("not known"))}</span>'


def _number(value):
    """Float of a number or numeric text, None when missing or not a number."""
    value = clean(value)
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    else:
        try:
            number = float(str(value).strip().replace(",", "."))
        except ValueError:
            return None
    return None if math.isnan(number) or math.isinf(number) else number


def group_digits(number: float, decimals: int = 0) -> str:
    """``12345678.9`` -> ``12 345 679`` (narrow no-break spaces between thousands)."""
    return f"{number:,.{decimals}f}".replace(",", "\u202f")


def _current_language() -> str:
    try:  # Qt only when it is there: this module stays importable without it
        from ..i18n import current_language
    except ImportError:  # pragma: no cover - the panel always has Qt
        return "en"
    return current_language()


class _Numbers(dict):
    """The card's language and decimal separator: the plugin's current language (i18n.current_language)
    unless set explicitly, so that a card built after the interface language changed never keeps the
    previous one (module state that outlived a Russian panel once made an English card Russian)."""

    def __getitem__(self, key):
        language = self.get("language") or _current_language()
        if key == "language":
            return language
        return self.get("decimal") or ("," if language in ("ru", "kk") else ".")


_NUMBERS = _Numbers()


def set_decimal_separator(separator: str | None) -> None:
    _NUMBERS["decimal"] = separator or None


def set_language(language: str | None) -> None:
    """Numbers and known values (regions, commodities) of the card in ``language`` ('en', 'ru', 'kk');
    None: follow the plugin's current language (the default)."""
    dict.__setitem__(_NUMBERS, "language", language or None)
    dict.__setitem__(_NUMBERS, "decimal", None)


def fmt_decimal(number: float) -> str:
    """Few significant digits for screening values: 1234.5 -> 1 235, 12.34 -> 12.3, 0.1234 -> 0.12."""
    size = abs(number)
    if size >= 100:
        text = group_digits(number, 0)
    elif size >= 10:
        text = f"{number:.1f}"
    elif size >= 0.1 or size == 0:
        text = f"{number:.2f}"
    else:
        text = f"{number:.3g}"
    return text.replace(".", _NUMBERS["decimal"])


UNITS = {
    "m": tr_noop("m"),
    "m3": tr_noop("m³"),
    "ha": tr_noop("ha"),
    "km": tr_noop("km"),
    "h": tr_noop("h"),
    "mg_l": tr_noop("mg/L"),
    "kg": tr_noop("kg"),
}


def _short(number: float, decimals: int) -> str:
    text = f"{number:.{decimals}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", _NUMBERS["decimal"])


def fmt_hours_days(hours: float) -> str:
    """ "62 h (2.6 days)" from 24 h on; "5.5 h" below (whole hours from 10 h)."""
    text = f"{_short(hours, 0 if hours >= 10 else 1)} {tr('h')}"
    if hours >= 24:
        text += " (" + tr("{v} days").format(v=_short(hours / 24.0, 1)) + ")"
    return text


def fmt_value(value, kind: str = "text") -> str:
    """Escaped HTML of one value; missing values as "not known"."""
    value = clean(value)
    if value is None:
        return missing()
    if kind == "date":
        return esc(value.isoformat() if isinstance(value, (_dt.date, _dt.datetime)) else value)
    if kind == "num":
        number = _number(value)
        return esc(value) if number is None else esc(fmt_decimal(number))
    if kind in ("int", "count"):
        number = _number(value)
        return esc(value) if number is None else esc(group_digits(number, 0))
    if kind in UNITS:
        number = _number(value)
        if number is None:
            return esc(value)  # text in a number field: show it as written
        if kind == "h":
            return esc(fmt_hours_days(number))
        if kind == "m" and abs(number) >= 10000:  # distances: 62.7 km, not 62 736 m
            return esc(f"{fmt_decimal(number / 1000.0)} {tr(UNITS['km'])}")
        return esc(f"{fmt_decimal(number)} {tr(UNITS[kind])}")
    if isinstance(value, bool):
        return esc(tr("yes") if value else tr("no"))
    if isinstance(value, float):
        return esc(fmt_decimal(value))
    return esc(value)


def kind_of_field(name: str) -> str:
    """Display kind of an output field from its unit suffix (``dist_km`` -> km)."""
    name = name.lower()
    if name.startswith(("population", "n_", "num_")) or name == "par":
        return "count"
    if name.endswith(("_count", "_population")):
        return "count"
    for suffix, kind in (
        ("_mg_l", "mg_l"),
        ("_m3", "m3"),
        ("_km", "km"),
        ("_ha", "ha"),
        ("_h", "h"),
        ("_m", "m"),
    ):
        if name.endswith(suffix):
            return kind
    return "text"


def fmt_field(name: str, value) -> str:
    return fmt_value(value, kind_of_field(name))


def cell(value, kind="text") -> str:
    """A table cell: missing values as a dash."""
    if clean(value) is None:
        return f'<td class="missing">{DASH}</td>'
    css = ' class="num"' if kind != "text" else ""
    return f"<td{css}>{fmt_value(value, kind)}</td>"


def _rows(pairs) -> str:
    return "".join(
        f'<tr><th width="40%">{esc(label)}</th><td>{value_html}</td></tr>' for label, value_html in pairs
    )


def _table(pairs) -> str:
    return f'<table width="100%" cellspacing="0" cellpadding="1">{_rows(pairs)}</table>'


def _years_ago(date, today) -> str:
    if not isinstance(date, _dt.date):
        return ""
    days = (today - date).days
    if days < 0:
        return " " + missing(tr("in the future: check the date"))
    years = days / 365.25
    if years < 1:
        return f' <span class="note">({esc(tr("less than a year ago"))})</span>'
    return f' <span class="note">({esc(trn("%n years ago", math.floor(years), one="%n year ago"))})</span>'


# --- the card ---------------------------------------------------------------------------------------------


def build_card_html(card: CardData) -> str:
    """The whole card."""
    today = card.today or _dt.date.today()
    record = card.record
    parts = [STYLE, "<body>"]

    name = clean(card.name)
    parts.append(f"<h2>{esc(name) if name is not None else missing(tr('unnamed facility'))}</h2>")
    sub = [esc(v) for v in (clean(record.get("name_ru")), clean(card.facility_id)) if v is not None]
    if card.layer_name:
        sub.append(esc(tr("layer {name}").format(name=card.layer_name)))
    if sub:
        parts.append(f'<div class="sub">{" · ".join(sub)}</div>')

    parts.append(f"<h3>{esc(tr('Identity'))}</h3>")
    identity = []
    for fname, label, kind in IDENTITY_FIELDS:
        value = card.facility_id if fname == "facility_id" else record.get(fname)
        if fname in ("region", "commodity"):
            value = localized_value(clean(value), _NUMBERS["language"])
        identity.append((tr(label), fmt_value(value, kind)))
    parts.append(_table(identity))

    parts.append(f"<h3>{esc(tr('Physical data'))}</h3>")
    parts.append(_table([(tr(label), fmt_value(record.get(f), kind)) for f, label, kind in PHYSICAL_FIELDS]))

    parts.append(f"<h3>{esc(tr('Status and inspection'))}</h3>")
    status_rows = []
    for fname, label, kind in STATUS_FIELDS:
        value = clean(record.get(fname))
        text = fmt_value(value, kind)
        if fname == "last_inspection" and value is not None:
            text += _years_ago(value, today)
        status_rows.append((tr(label), text))
    if card.edited is not None:
        who, when = card.edited
        parts_of = [esc(who) if who is not None else missing(), esc(when) if when is not None else missing()]
        status_rows.append((tr("Last edited"), ", ".join(parts_of)))
    parts.append(_table(status_rows))

    parts.append(_hazard_html(card))
    parts.append(_downstream_html(card))

    if card.extra:
        parts.append(f"<h3>{esc(tr('Other attributes'))}</h3>")
        parts.append(_table([(label, fmt_value(value)) for label, value in card.extra]))
    parts.append("</body>")
    return "".join(parts)


def _hazard_html(card: CardData) -> str:
    out = [f'<a name="hazard"></a><h3>{esc(tr("Hazard screening"))}</h3>']
    hazard = card.hazard
    if hazard is None:
        out.append(
            f"<p>{missing(tr('Not analysed yet.'))} "
            f'<span class="note">{esc(tr("Run Hazard screening to compute the hazard index and runout."))}'
            "</span></p>"
        )
        return "".join(out)
    thi = _number(hazard.get("thi"))
    rows = []
    thi_html = missing() if thi is None else f"<b>{esc(fmt_decimal(thi))}</b>"
    complete = clean(hazard.get("thi_complete"))
    gaps = clean(hazard.get("thi_missing"))
    gaps = (
        "; ".join(known_text(p.strip(), THI_PARTS) for p in str(gaps).split(";") if p.strip())
        if gaps is not None
        else None
    )
    if thi is not None and complete is not None and not _truthy(complete):
        text = tr("partial: missing {parts}").format(parts=gaps) if gaps else tr("partial")
        thi_html += f' <span class="warn">({esc(text)})</span>'
    elif thi is None and gaps:
        thi_html += f' <span class="note">({esc(tr("inputs missing: {parts}").format(parts=gaps))})</span>'
    rows.append((tr("Tailings Hazard Index (THI)"), thi_html))
    rank = _number(hazard.get("thi_rank"))
    if rank is not None:
        rows.append((tr("Rank (1 = highest hazard)"), esc(group_digits(rank))))
    for label, value in card.hazard_components:
        rows.append(("\u2003" + label, fmt_value(value, "num")))
    rows.append((tr("Released volume (estimate)"), _band(hazard, "vf_m3", "vf_low_m3", "vf_high_m3", "m3")))
    rows.append(
        (
            tr("Runout distance (estimate)"),
            _band(hazard, "runout_km", "runout_low_km", "runout_high_km", "km"),
        )
    )
    rows.append((tr("Population at risk (PAR)"), fmt_value(hazard.get("par"), "count")))
    consequence = clean(hazard.get("consequence_class"))
    if consequence is not None:
        consequence = known_text(consequence, CONSEQUENCE_CLASSES)
    rows.append((tr("Consequence class (GISTM)"), fmt_value(consequence)))
    out.append(_table(rows))
    notes = clean(hazard.get("hazard_notes"))
    if notes is not None:
        out.append(f'<p class="note">{esc(notes)}</p>')
    if card.hazard_layer:
        out.append(f'<p class="note">{esc(tr("From layer {name}.").format(name=card.hazard_layer))}</p>')
    return "".join(out)


def _truthy(value) -> bool:
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true", "yes", "t", "y")
    return bool(value)


def _band(row: dict, central: str, low: str, high: str, kind: str) -> str:
    text = fmt_value(row.get(central), kind)
    lo, hi = _number(row.get(low)), _number(row.get(high))
    if _number(row.get(central)) is not None and lo is not None and hi is not None:
        text += f' <span class="note">({esc(fmt_decimal(lo))}–{esc(fmt_decimal(hi))})</span>'
    return text


def _by_distance(rows):
    """Rows in downstream order (missing distances last, in their original order)."""
    return sorted(rows, key=lambda r: (_number(r.get("dist_km")) is None, _number(r.get("dist_km")) or 0.0))


def countries_reached(exposed, crossings) -> list:
    """Countries in the order the release reaches them (settlements and border crossings)."""
    events = []
    for row in exposed:
        events.append((_number(row.get("dist_km")), clean(row.get("country"))))
    for row in crossings:
        events.append((_number(row.get("dist_km")), clean(row.get("from_country"))))
        events.append((_number(row.get("dist_km")), clean(row.get("to_country"))))
    events.sort(key=lambda e: (e[0] is None, e[0] or 0.0))
    seen = []
    for _dist, country in events:
        if country is not None and country not in seen:
            seen.append(country)
    return seen


def _first_border(crossings, summary: dict) -> str:
    """HTML of the first border crossing (crossing rows first, else the summary's first_border_*)."""
    if crossings:
        first = crossings[0]
        origin, target = clean(first.get("from_country")), clean(first.get("to_country"))
        km, hours = first.get("dist_km"), first.get("arrival_h")
    elif _number(summary.get("first_border_km")) is not None:
        origin, target = None, clean(summary.get("first_border_to"))
        km, hours = summary.get("first_border_km"), summary.get("first_border_h")
    else:
        return esc(tr("none within the traced reach"))
    origin = country_name(origin) if origin is not None else None
    target = country_name(target) if target is not None else None
    route = f"{esc(origin)} → {esc(target or DASH)}" if origin is not None else f"→ {esc(target or DASH)}"
    text = esc(tr("{route} at {km}, arrival after {h}"))
    return (
        text.replace("{route}", route)
        .replace("{km}", fmt_value(km, "km"))
        .replace("{h}", fmt_value(hours, "h"))
    )


def border_headline(crossings, summary: dict) -> str:
    """ "Enters Russia after 62 h (2.6 days), 480 km downstream." for the first border crossed."""
    for row in crossings or []:
        target, hours = clean(row.get("to_country")), _number(row.get("arrival_h"))
        km = _number(row.get("dist_km"))
        if target is not None and hours is not None and clean(row.get("kind")) != "border_stretch":
            break
    else:
        target, hours = (
            clean((summary or {}).get("first_border_to")),
            _number((summary or {}).get("first_border_h")),
        )
        km = _number((summary or {}).get("first_border_km"))
    if target is None or hours is None:
        return ""
    return tr("Enters {country} after {time}, {km} downstream.").format(
        country=country_name(target), time=fmt_hours_days(hours), km=f"{fmt_decimal(km or 0.0)} {tr('km')}"
    )


def _end_of_trace(summary: dict) -> str | None:
    km, hours, reason = summary.get("end_km"), summary.get("end_h"), clean(summary.get("end_reason"))
    if all(clean(v) is None for v in (km, hours, reason)):
        return None
    text = (
        esc(tr("{km}, after {h}")).replace("{km}", fmt_value(km, "km")).replace("{h}", fmt_value(hours, "h"))
    )
    if reason is not None:
        text += f' <span class="note">({esc(known_text(reason, END_REASON_LABELS))})</span>'
    return text


def _downstream_html(card: CardData) -> str:
    out = [f'<a name="downstream"></a><h3>{esc(tr("Downstream impact"))}</h3>']
    if not card.downstream_available:
        out.append(
            f"<p>{missing(tr('Not analysed yet.'))} "
            f'<span class="note">{esc(tr("Use “Run downstream analysis” to trace this facility."))}</span></p>'
        )
        return "".join(out)
    summary = card.summary or {}
    if not (summary or card.exposed or card.crossings):
        out.append(
            f"<p>{missing(tr('Not analysed yet for this facility.'))} "
            f'<span class="note">{esc(tr("The downstream layers in the project hold no rows for it."))}'
            "</span></p>"
        )
        return "".join(out)

    exposed = _by_distance(card.exposed)
    crossings = _by_distance(card.crossings)
    headline = border_headline(crossings, summary)
    if headline:
        out.append(f"<p><b>{esc(headline)}</b></p>")
    rows = []
    if summary:
        for fname, label, kind in SUMMARY_FIELDS:
            if fname in summary:
                rows.append((tr(label), fmt_value(summary.get(fname), kind)))
    countries = clean(summary.get("countries"))
    if countries is None:
        reached = countries_reached(exposed, crossings)
        countries = " → ".join(str(c) for c in reached) if reached else None
    if countries is not None:
        for known in COUNTRY_NAMES:
            countries = str(countries).replace(known, tr(known))
    rows.append(
        (tr("Countries reached"), esc(countries) if countries is not None else missing(tr("none recorded")))
    )
    rows.append((tr("First border crossing"), _first_border(crossings, summary)))
    end = _end_of_trace(summary)
    if end is not None:
        rows.append((tr("End of the trace"), end))
    for fname, value in summary.items():
        if fname in SUMMARY_SHOWN or fname in SUMMARY_HIDDEN:
            continue
        label = card.summary_labels.get(fname, fname)
        if fname in VALUE_LABELS and clean(value) is not None:
            value = known_text(value, VALUE_LABELS[fname])
        rows.append((field_label(fname, label), fmt_field(fname, value)))
    if card.hazard is not None and clean(card.hazard.get("consequence_class")) is not None:
        rows.append(
            (
                tr("Consequence class (GISTM)"),
                fmt_value(known_text(clean(card.hazard.get("consequence_class")), CONSEQUENCE_CLASSES)),
            )
        )
    out.append(_table(rows))

    if exposed:
        total = len(exposed)
        out.append(
            f"<p><b>{esc(tr('Places downstream, in downstream order ({n})').format(n=total))}</b></p>"
            '<table cellspacing="0" cellpadding="2" border="0">'
            f'<tr><th class="col" nowrap>#</th><th class="col" nowrap>{esc(tr("Place"))}</th>'
            f'<th class="col" nowrap>{esc(tr("Country"))}</th><th class="col" nowrap>{esc(tr("Population"))}</th>'
            f'<th class="col" nowrap>{esc(tr("km"))}</th><th class="col" nowrap>{esc(tr("arrival h"))}</th>'
            f'<th class="col" nowrap>{esc(tr("peak mg/L"))}</th></tr>'
        )
        for index, row in enumerate(exposed[:MAX_SETTLEMENT_ROWS], start=1):
            name = cell(row.get("name"))
            kind = clean(row.get("kind"))
            if kind is not None and str(kind).lower() != "settlement" and clean(row.get("name")) is not None:
                name = f'<td>{esc(row.get("name"))} <span class="note">({esc(kind)})</span></td>'
            out.append(
                f"<tr><td>{index}</td>{name}"
                f"{cell(country_name(row['country']) if clean(row.get('country')) is not None else None)}"
                f"{cell(row.get('population'), 'int')}{cell(row.get('dist_km'), 'num')}"
                f"{cell(row.get('arrival_h'), 'num')}{cell(row.get('peak_conc_mg_l'), 'num')}</tr>"
            )
        out.append("</table>")
        if total > MAX_SETTLEMENT_ROWS:
            more = tr("… and {n} more (see the layer {name}).").format(
                n=total - MAX_SETTLEMENT_ROWS, name=card.downstream_layer
            )
            out.append(f'<p class="note">{esc(more)}</p>')
    else:
        out.append(f'<p class="note">{esc(tr("No exposed settlement recorded downstream."))}</p>')
    return "".join(out)
