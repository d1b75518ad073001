"""Impact map pages: the texts written on a page in the language of the export (the facts line, the
table caption, time marks, country labels), with numbers through core/numbers.py and region, commodity and
country names through core/value_labels.py. Used inside ``i18n.language(...)``: ``tr`` and
:func:`_lang` give the export's language."""

from __future__ import annotations

from tailings_qgis_plugin import i18n
from tailings_qgis_plugin.core.common import tr
from tailings_qgis_plugin.core.numbers import format_compact, separators
from tailings_qgis_plugin.core.numbers import num as _num
from tailings_qgis_plugin.core.value_labels import COUNTRY_NAMES, localized_value

#: facility-name field read for a language when the facility layer has it
LOCAL_NAME_FIELDS = {"ru": ("name_ru",), "kk": ("name_kk", "name_ru")}


def local_facility_name(record: dict, language: str | None = None):
    """The facility's name in the export language (``name_ru``/``name_kk`` when the layer has one; a
    Kazakh page falls back on the Russian, Cyrillic, name), else its name as recorded."""
    for field in LOCAL_NAME_FIELDS.get(language or _lang(), ()):
        value = record.get(field)
        if value is not None and str(value).strip():
            return str(value).strip()
    return record.get("name")


def _lang() -> str:
    """The language of the pages being built (the catalogue installed by i18n.language)."""
    return i18n.current_language()


def hours_label(t: float) -> str:
    """A time-mark label, '24 h', in the language of the export."""
    return tr("{h} h").format(h=format_compact(t, _lang()))


def exposed_caption(total: int, shown: int) -> str:
    """Caption of the exposed-settlement table; says when the page shows only the first rows."""
    text = tr("Exposed settlements, downstream order")
    if shown and total > shown:
        text += tr(" (first {n} of {total}; all in the report)").format(n=shown, total=total)
    return text


def subtitle(page: dict) -> str:
    """The facts line under the title, in the language of the export (region, commodity and country
    names through core/value_labels.py, numbers through core/numbers.py)."""
    language = _lang()
    parts = [page["facility_id"]]
    parts += [str(localized_value(page[k], language)) for k in ("region", "commodity") if page.get(k)]
    if page.get("operator") is None:
        parts.append(tr("operator not recorded"))
    if page.get("thi") is not None:
        parts.append(tr("hazard index {v}").format(v=_num(page["thi"], 1)))
    if page.get("runout_km") is not None:
        parts.append(tr("runout {v} km").format(v=_num(page["runout_km"])))
    if page.get("pathway_km") is not None:
        parts.append(tr("pathway {v} km").format(v=_num(page["pathway_km"])))
    # issue 14: the consequence class counts the people inside the runout zone only; it is named so and
    # always stands beside the downstream exposure, never alone
    exposure = tr("downstream: {n} settlements, {p} people exposed").format(
        n=_num(page.get("settlements_exposed") or 0), p=_num(page.get("population_exposed") or 0)
    )
    if page.get("consequence_class"):
        parts.append(
            tr("consequence class {c} (people inside the runout zone)").format(
                c=tr(str(page["consequence_class"]))
            )
            + "; "
            + exposure
        )
    elif page.get("settlements_exposed"):
        parts.append(exposure)
    if page.get("first_border"):
        text = tr("first border {b}").format(b=page["first_border"])
        if page.get("first_border_h") is not None:
            text += tr(" after {h} h").format(h=_num(page["first_border_h"]))
        parts.append(text)
    return "  ·  ".join(parts)


def country_label_expression(field: str) -> str:
    """QGIS expression of a country's map label in the language of the export: the names the plugin
    knows (core/value_labels.COUNTRY_NAMES) translated, any other as written; upper case."""
    from qgis.core import QgsExpression

    quoted = QgsExpression.quotedColumnRef(field)
    language = _lang()
    cases = [
        f"WHEN {quoted} = {QgsExpression.quotedString(name)} THEN {QgsExpression.quotedString(tr(name))}"
        for name in COUNTRY_NAMES
        if language != "en" and tr(name) != name
    ]
    if not cases:
        return f"upper({quoted})"
    return f"upper(CASE {' '.join(cases)} ELSE {quoted} END)"


def localise_country_labels(layer) -> None:
    """The countries' labels in the language of the export (the style labels the English names)."""
    labeling = layer.labeling()
    if labeling is None or _lang() == "en" or not hasattr(labeling, "settings"):
        return
    settings = labeling.settings()
    settings.fieldName = country_label_expression("name")
    settings.isExpression = True
    from qgis.core import QgsVectorLayerSimpleLabeling

    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))


def localised_number_expression(expression: str, language: str | None = None) -> str:
    """A table column's expression with the numbers ``format_number`` writes in the export language.

    QGIS 3.22's ``format_number`` uses the application's locale (an English QGIS writes "52,664" and
    "0.6"); on a Russian or Kazakh page the column's text then swaps the separators ("52 664", "0,6").
    An expression without ``format_number``, or a locale that already matches, is left as it is."""
    from qgis.core import QgsExpression
    from qgis.PyQt.QtCore import QLocale

    if "format_number" not in (expression or ""):
        return expression
    group, point = separators(language or _lang())
    app = QLocale()
    app_group, app_point = app.groupSeparator(), app.decimalPoint()
    if (app_group, app_point) == (group, point):
        return expression
    q = QgsExpression.quotedString
    hold = "\u00a4"  # a character no number or unit contains
    return (
        f"replace(replace(replace({expression}, {q(app_group)}, {q(hold)}), {q(app_point)}, {q(point)}), "
        f"{q(hold)}, {q(group)})"
    )


def localise_table_numbers(table, language: str | None = None) -> None:
    """Every column of a layout attribute table through :func:`localised_number_expression`."""
    columns = table.columns()
    changed = False
    for column in columns:
        text = column.attribute()
        new = localised_number_expression(text, language)
        if new != text:
            column.setAttribute(new)
            changed = True
    if changed:
        table.setColumns(columns)


def _font(table, kind: str):
    """The header or content font of a layout table (text formats on QGIS >= 3.24, fonts before)."""
    getter = getattr(table, f"{kind}TextFormat", None)
    if getter is None:
        return getattr(table, f"{kind}Font")()
    fmt = getter()
    font = fmt.toQFont()
    font.setPointSizeF(fmt.size())
    return font


def _two_line_width(text: str, width) -> float:
    """Width of ``text`` broken at its best space into two lines (one line when it has no space)."""
    words = text.split(" ")
    best = width(text)
    for i in range(1, len(words)):
        best = min(best, max(width(" ".join(words[:i])), width(" ".join(words[i:]))))
    return best


def _content_widths(table, columns, font, margin_mm) -> list:
    """Width of the longest value of each column that shows a field (None for an expression column)."""
    from qgis.core import QgsExpression, QgsLayoutUtils

    layer = table.vectorLayer() if hasattr(table, "vectorLayer") else None
    fields = layer.fields().names() if layer is not None else []
    widths = []
    for column in columns:
        expression = QgsExpression(column.attribute())
        field = expression.rootNode().name() if expression.isField() else None
        if field in fields:
            values = [
                str(v) for v in layer.uniqueValues(layer.fields().indexOf(field)) if v not in (None, "")
            ]
            widths.append(max([QgsLayoutUtils.textWidthMM(font, v) for v in values] or [0.0]) + margin_mm)
        else:
            widths.append(None)  # an expression: its width is kept as the template made it
    return widths


def fit_table_headings(table, margin_mm: float = 1.0) -> str:
    """Make every translated heading fit its column (Kazakh headings are longer than the template's
    English ones: "Өзен бойымен, км" in a column made for "Along river, km"), without cutting.

    First the columns that show a field's values (``"name"``) give the width their longest value does
    not use to the columns whose heading is too wide; when that is not enough the headings may take two
    lines (QgsLayoutTable.WrapText, which QGIS applies within the column widths) and the widths are
    shared again for two-line headings. Returns "" (nothing to do), "widened" or "wrapped"."""
    from qgis.core import QgsLayoutTable, QgsLayoutUtils

    columns = table.columns()
    if not columns:
        return ""
    head_font = _font(table, "header")
    cell_font = _font(table, "content")

    def head_width(text):
        return QgsLayoutUtils.textWidthMM(head_font, text) + margin_mm

    content = _content_widths(table, columns, cell_font, margin_mm)

    def share(needs) -> bool:
        widths = [c.width() for c in columns]
        deficit = sum(max(0.0, n - w) for n, w in zip(needs, widths))
        if deficit <= 0:
            return True
        slack = [max(0.0, w - max(n, c)) if c is not None else 0.0 for w, n, c in zip(widths, needs, content)]
        if sum(slack) < deficit:
            return False
        scale = deficit / sum(slack)
        for column, w, n, s in zip(columns, widths, needs, slack):
            column.setWidth(max(w, n) if n > w else w - s * scale)
        table.setColumns(columns)
        return True

    one_line = [head_width(c.heading()) for c in columns]
    if all(n <= c.width() for n, c in zip(one_line, columns)):
        return ""
    if share(one_line):
        return "widened"
    share([_two_line_width(c.heading(), head_width) for c in columns])
    table.setWrapBehavior(QgsLayoutTable.WrapText)
    return "wrapped"


def _wrapped_lines(text: str, font, width_mm: float) -> int:
    """How many lines ``text`` takes when wrapped at spaces into ``width_mm`` (as a layout label does)."""
    from qgis.core import QgsLayoutUtils

    lines, current = 1, ""
    for word in str(text).split():
        candidate = f"{current} {word}" if current else word
        if current and QgsLayoutUtils.textWidthMM(font, candidate) > width_mm:
            lines, current = lines + 1, word
        else:
            current = candidate
    return lines


def fit_label_to_texts(label, texts, min_points: float = 6.0, line_spacing: float = 1.25) -> float:
    """Shrink a layout label's font (never below ``min_points``) until each of ``texts`` (the label's
    text on every page) fits its frame: a Russian or Kazakh facts line is longer than the English one the
    template was drawn for, and a third line would be cut. Returns the size used (points)."""
    from tailings_qgis_plugin.qgis_compat import label_font, set_label_font

    texts = [t for t in texts if t]
    font = label_font(label)
    size = font.pointSizeF()
    if not texts or size <= 0:
        return size
    margin = 2 * max(label.marginX(), 0.0) if hasattr(label, "marginX") else 0.0
    width = (label.rect().width() - margin) * 0.94  # Qt's wrapping measures a little wider than this
    height = label.rect().height()
    while size > min_points:
        font.setPointSizeF(size)
        line_mm = size * 25.4 / 72.0 * line_spacing
        if all(_wrapped_lines(t, font, width) * line_mm <= height + 0.01 for t in texts):
            break
        size = max(min_points, size - 0.25)
    font.setPointSizeF(size)
    set_label_font(label, font)
    return size
