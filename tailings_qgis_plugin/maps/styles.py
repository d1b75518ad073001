"""Layer styles for the impact maps, built in code and shipped as QML under ``resources/styles/``.

The QML files are what users load in their own projects (Layer Properties ▸ Style ▸ Load Style);
they are generated from the functions below by ``python -m tailings_qgis_plugin.maps.build_resources``,
so the code and the files agree. :func:`apply_style` loads the shipped QML and falls back to the code
(for example when a layer uses another field name than the QML expects).

Travel-time classes (< 6 h, 6–24 h, 24–72 h, 3–7 days, > 7 days) and population classes are display
choices of the plugin, not thresholds of any regulation.

Legend labels are English in the code and the QML files and marked with ``tr_noop``; the map export
translates them (``layout_builder.translate_renderer``). Label expressions built here put their words
through ``tr()`` when the style is built (:func:`expression_format`), so a style built during a Russian
export labels in Russian.
"""

from __future__ import annotations

import re

from qgis.core import (
    QgsExpression,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsPalLayerSettings,
    QgsProperty,
    QgsRuleBasedLabeling,
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
    QgsTextBufferSettings,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtGui import QColor, QFont

from tailings_qgis_plugin.core.common import tr, tr_noop
from tailings_qgis_plugin.paths import resource

FONT = "DejaVu Sans"

# travel-time classes: (lower h, upper h, label, colour); the last upper bound is open
TIME_CLASSES = [
    (0.0, 6.0, tr_noop("< 6 h"), "#67000d"),
    (6.0, 24.0, tr_noop("6–24 h"), "#c81d25"),
    (24.0, 72.0, tr_noop("24–72 h"), "#f0592b"),
    (72.0, 168.0, tr_noop("3–7 days"), "#f9a03f"),
    (168.0, None, tr_noop("> 7 days"), "#e9c93a"),
]
UNKNOWN_TIME_COLOUR = "#7f7f7f"

# population classes: (lower, upper, label, marker diameter mm)
POPULATION_CLASSES = [
    (0, 10_000, tr_noop("< 10,000"), 1.3),
    (10_000, 100_000, tr_noop("10,000 – 100,000"), 2.0),
    (100_000, 1_000_000, tr_noop("100,000 – 1 million"), 3.0),
    (1_000_000, None, tr_noop("> 1 million"), 4.2),
]

STYLE_NAMES = (
    "pathways_travel_time",
    "settlements_population",
    "crossings",
    "rivers",
    "lakes",
    "countries",
    "facilities",
)


# --- helpers -------------------------------------------------------------------------------------------


def text_format(size: float, colour: str = "#202020", bold=False, italic=False, buffer: float = 0.8):
    fmt = QgsTextFormat()
    font = QFont(FONT)
    font.setBold(bold)
    font.setItalic(italic)
    fmt.setFont(font)
    fmt.setSize(size)
    fmt.setSizeUnit(QgsUnitTypes.RenderPoints)
    fmt.setColor(QColor(colour))
    if buffer > 0:
        buf = QgsTextBufferSettings()
        buf.setEnabled(True)
        buf.setSize(buffer)
        buf.setSizeUnit(QgsUnitTypes.RenderMillimeters)
        buf.setColor(QColor(255, 255, 255, 235))
        fmt.setBuffer(buf)
    return fmt


def label_settings(
    expression: str,
    size: float,
    colour="#202020",
    bold=False,
    italic=False,
    priority=5,
    point=True,
    distance=0.8,
    buffer=0.8,
):
    """Label settings; the labelling engine drops a label rather than let it overlap another."""
    settings = QgsPalLayerSettings()
    settings.fieldName = expression
    settings.isExpression = True
    settings.setFormat(text_format(size, colour, bold, italic, buffer))
    settings.priority = priority
    settings.displayAll = False  # never force overlapping labels
    settings.obstacle = True
    if point:
        settings.placement = QgsPalLayerSettings.OrderedPositionsAroundPoint
        settings.dist = distance
        settings.distUnits = QgsUnitTypes.RenderMillimeters
    else:
        settings.placement = QgsPalLayerSettings.Horizontal
    settings.multilineAlign = QgsPalLayerSettings.MultiCenter
    return settings


def expression_format(template: str, **expressions) -> str:
    """A QGIS expression that writes ``template`` (a translated text with ``{name}`` placeholders) with
    each placeholder replaced by the value of an expression: the words stay where the translation puts
    them. ``expression_format("{h} h", h='format_number("t", 0)')`` -> ``format_number("t", 0) || ' h'``.
    A placeholder not in ``expressions`` is written as it is."""
    parts = []
    for i, piece in enumerate(re.split(r"\{(\w+)\}", template)):
        if i % 2:
            parts.append(
                f"({expressions[piece]})" if piece in expressions else QgsExpression.quotedString(piece)
            )
        elif piece:
            parts.append(QgsExpression.quotedString(piece))
    return " || ".join(parts) if parts else "''"


def _rule(symbol, label: str, expression: str):
    rule = QgsRuleBasedRenderer.Rule(symbol)
    rule.setLabel(label)
    rule.setFilterExpression(expression)
    return rule


def _else_rule(symbol, label):
    rule = QgsRuleBasedRenderer.Rule(symbol)
    rule.setLabel(label)
    rule.setIsElse(True)
    return rule


# --- one function per style ----------------------------------------------------------------------------


def pathway_line_symbol(colour: str, dashed: bool = False):
    """A coloured line on a white casing (dashed for overland legs: assumed, not a mapped river).

    No data-defined property here: on QGIS 3.22 a data-defined stroke style inside a rule-based
    renderer crashed when the layer was deleted, so overland legs get their own rule instead."""
    symbol = QgsLineSymbol.createSimple(
        {"line_color": "255,255,255,230", "line_width": "2.3", "line_width_unit": "MM", "capstyle": "round"}
    )
    coloured = QgsLineSymbol.createSimple(
        {
            "line_color": colour,
            "line_width": "1.3",
            "line_width_unit": "MM",
            "capstyle": "flat" if dashed else "round",
            "line_style": "dash" if dashed else "solid",
        }
    )
    symbol.appendSymbolLayer(coloured.symbolLayer(0).clone())
    return symbol


def pathways_travel_time(time_field: str = "from_h", kind_field: str | None = "kind"):
    """Pathway pieces by the travel time at their upstream end (rule based, so NULL gets its own class).

    Overland legs (``kind`` = 'overland') are drawn dashed in their own class."""
    root = QgsRuleBasedRenderer.Rule(None)
    river = ""
    if kind_field:
        root.appendChild(
            _rule(
                pathway_line_symbol("#8c2d04", dashed=True),
                tr_noop("overland leg (assumed)"),
                f"\"{kind_field}\" = 'overland'",
            )
        )
        river = f"coalesce(\"{kind_field}\", '') <> 'overland' AND "
    for lower, upper, label, colour in TIME_CLASSES:
        expression = f'{river}"{time_field}" >= {lower:g}'
        if upper is not None:
            expression += f' AND "{time_field}" < {upper:g}'
        root.appendChild(_rule(pathway_line_symbol(colour), label, expression))
    root.appendChild(_else_rule(pathway_line_symbol(UNKNOWN_TIME_COLOUR), tr_noop("travel time not known")))
    return QgsRuleBasedRenderer(root), None


def pathways_by_kind(kind_field: str | None = "kind"):
    """Fallback for pathways without travel time (tailings:tracedownstream output)."""
    root = QgsRuleBasedRenderer.Rule(None)
    if kind_field:
        root.appendChild(
            _rule(
                pathway_line_symbol("#8c2d04", dashed=True),
                tr_noop("overland leg (assumed)"),
                f"\"{kind_field}\" = 'overland'",
            )
        )
    root.appendChild(_else_rule(pathway_line_symbol("#c81d25"), tr_noop("downstream pathway")))
    return QgsRuleBasedRenderer(root), None


def _population_marker(size: float, fill: str, outline: str = "#ffffff"):
    return QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": fill,
            "outline_color": outline,
            "outline_width": "0.25",
            "size": f"{size:g}",
            "size_unit": "MM",
        }
    )


def population_renderer(field: str = "population", fill: str = "#505050", outline: str = "#ffffff"):
    root = QgsRuleBasedRenderer.Rule(None)
    for lower, upper, label, size in POPULATION_CLASSES:
        expression = f'"{field}" >= {lower}' + (f' AND "{field}" < {upper}' if upper is not None else "")
        root.appendChild(_rule(_population_marker(size, fill, outline), label, expression))
    root.appendChild(_else_rule(_population_marker(1.0, fill, outline), tr_noop("population not known")))
    return QgsRuleBasedRenderer(root)


def settlements_population(
    name_field: str = "name", population_field: str = "population", centre_field: str | None = None
):
    """Settlements sized by population. Labels by size class and scale: cities always, towns from
    1:4,000,000, villages from 1:1,000,000; the engine drops labels that would overlap. With
    ``centre_field`` (2 = the capital, 1 = a regional centre) those are labelled first, at every scale."""
    renderer = population_renderer(population_field)
    root = QgsRuleBasedLabeling.Rule(None)
    not_centre = ""
    if centre_field:
        for level, size, priority in ((2, 9.5, 10), (1, 8.5, 9)):
            settings = label_settings(f'"{name_field}"', size, "#202020", bold=True, priority=priority)
            rule = QgsRuleBasedLabeling.Rule(settings)
            rule.setFilterExpression(f'coalesce("{centre_field}", 0) = {level}')
            root.appendChild(rule)
        not_centre = f' AND coalesce("{centre_field}", 0) = 0'
    classes = [
        (f'"{population_field}" >= 1000000', 9.0, True, 9, 0),
        (f'"{population_field}" >= 100000 AND "{population_field}" < 1000000', 8.0, True, 7, 0),
        (f'"{population_field}" >= 10000 AND "{population_field}" < 100000', 7.0, False, 5, 4_000_000),
        (f'"{population_field}" < 10000', 6.5, False, 3, 1_000_000),
    ]
    for expression, size, bold, priority, min_scale in classes:
        settings = label_settings(f'"{name_field}"', size, "#303030", bold=bold, priority=priority)
        rule = QgsRuleBasedLabeling.Rule(settings)
        rule.setFilterExpression(expression + not_centre)
        if min_scale:
            rule.setMinimumScale(min_scale)
        root.appendChild(rule)
    return renderer, QgsRuleBasedLabeling(root)


def exposed_labeling(name_field: str = "name", population_field: str = "population"):
    """Exposed settlements are labelled in dark red; the largest first (priority 10 from 100,000 people,
    as the facility and the border crossings; 9 from 10,000; 8 below), so that a city reached within
    hours is never the label the engine drops."""
    settings = label_settings(f'"{name_field}"', 7.5, "#7a0c1c", bold=True, priority=9)
    props = settings.dataDefinedProperties()
    props.setProperty(
        QgsPalLayerSettings.Priority,
        QgsProperty.fromExpression(
            f'CASE WHEN coalesce("{population_field}", 0) >= 100000 THEN 10 '
            f'WHEN coalesce("{population_field}", 0) >= 10000 THEN 9 ELSE 8 END'
        ),
    )
    settings.setDataDefinedProperties(props)
    return QgsVectorLayerSimpleLabeling(settings)


def crossings(
    from_field="from_country",
    to_field="to_country",
    time_field="arrival_h",
    kind_field="kind",
    countries_field="countries",
):
    """Border crossings: a yellow star labelled 'KAZ → RUS' (or 'KAZ / RUS border' for a river along the
    border) and the arrival time."""
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "star",
            "color": "#ffd400",
            "outline_color": "#000000",
            "outline_width": "0.35",
            "size": "5",
            "size_unit": "MM",
        }
    )
    crossing = f"coalesce(\"{from_field}\", '?') || ' → ' || coalesce(\"{to_field}\", '?')"
    if kind_field and countries_field:
        stretch = expression_format(
            tr("{countries} border"),
            countries=f'coalesce("{countries_field}", "{from_field}" || \' / \' || "{to_field}")',
        )
        crossing = f"CASE WHEN \"{kind_field}\" = 'border_stretch' THEN {stretch} ELSE {crossing} END"
    hours = expression_format(tr("{h} h"), h=f'format_number("{time_field}", 0)')
    expression = f"{crossing} || CASE WHEN \"{time_field}\" IS NOT NULL THEN '\\n' || {hours} ELSE '' END"
    settings = label_settings(expression, 7.5, "#000000", bold=True, priority=10, distance=1.5, buffer=1.0)
    return QgsSingleSymbolRenderer(symbol), QgsVectorLayerSimpleLabeling(settings)


def rivers():
    symbol = QgsLineSymbol.createSimple(
        {"line_color": "#6aa9d8", "line_width": "0.45", "line_width_unit": "MM"}
    )
    return QgsSingleSymbolRenderer(symbol), None


def lakes(name_field: str = "name"):
    symbol = QgsFillSymbol.createSimple(
        {"color": "#bcdcf0", "outline_color": "#6aa9d8", "outline_width": "0.25", "outline_width_unit": "MM"}
    )
    settings = label_settings(f'"{name_field}"', 7.0, "#2b5d8a", italic=True, priority=2, point=False)
    return QgsSingleSymbolRenderer(symbol), QgsVectorLayerSimpleLabeling(settings)


def oblasts(name_field: str = "name"):
    """Region (oblast) boundaries: a thin dashed grey line, no fill; names in small grey italics, placed
    only where nothing else is (lowest priority, not an obstacle)."""
    symbol = QgsFillSymbol.createSimple(
        {
            "color": "0,0,0,0",
            "style": "no",
            "outline_color": "#8f8f8f",
            "outline_width": "0.3",
            "outline_width_unit": "MM",
            "outline_style": "dash",
        }
    )
    settings = label_settings(
        f'"{name_field}"', 6.5, "#7a7a7a", italic=True, priority=0, point=False, buffer=0.5
    )
    settings.obstacle = False
    return QgsSingleSymbolRenderer(symbol), QgsVectorLayerSimpleLabeling(settings)


def relief_steps(colours):
    """Relief polygons by their ``step`` (1, 2, ...): a fill of each colour ('r,g,b,a'), no outline."""
    from qgis.core import QgsCategorizedSymbolRenderer, QgsRendererCategory

    categories = []
    for step, colour in enumerate(colours, start=1):
        symbol = QgsFillSymbol.createSimple({"color": colour, "outline_style": "no"})
        categories.append(QgsRendererCategory(step, symbol, str(step)))
    return QgsCategorizedSymbolRenderer("step", categories)


def countries(code_field: str = "adm0_a3", name_field: str = "name", home: str = "KAZ"):
    """Kazakhstan lighter than its neighbours; names in grey capitals."""
    root = QgsRuleBasedRenderer.Rule(None)
    home_symbol = QgsFillSymbol.createSimple(
        {"color": "#fbfaf4", "outline_color": "#6e6e6e", "outline_width": "0.5", "outline_width_unit": "MM"}
    )
    other_symbol = QgsFillSymbol.createSimple(
        {"color": "#e9e6dd", "outline_color": "#6e6e6e", "outline_width": "0.5", "outline_width_unit": "MM"}
    )
    root.appendChild(_rule(home_symbol, tr_noop("Kazakhstan"), f"\"{code_field}\" = '{home}'"))
    root.appendChild(_else_rule(other_symbol, tr_noop("Other country")))
    settings = label_settings(f'upper("{name_field}")', 8.0, "#8a8a8a", priority=1, point=False, buffer=0.6)
    fmt = settings.format()
    font = fmt.font()
    font.setLetterSpacing(QFont.AbsoluteSpacing, 1.5)
    fmt.setFont(font)
    settings.setFormat(fmt)
    settings.obstacle = False
    return QgsRuleBasedRenderer(root), QgsVectorLayerSimpleLabeling(settings)


def facilities():
    """Other tailings facilities: small purple triangles, not labelled (the page's facility is drawn
    by :func:`current_facility`)."""
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "triangle",
            "color": "#6a3d9a",
            "outline_color": "#ffffff",
            "outline_width": "0.3",
            "size": "2.6",
            "size_unit": "MM",
        }
    )
    return QgsSingleSymbolRenderer(symbol), None


def current_facility(name_field: str = "name"):
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "triangle",
            "color": "#d7191c",
            "outline_color": "#ffffff",
            "outline_width": "0.6",
            "size": "5.5",
            "size_unit": "MM",
        }
    )
    settings = label_settings(
        f'"{name_field}"', 9.0, "#000000", bold=True, priority=10, distance=1.8, buffer=1.0
    )
    return QgsSingleSymbolRenderer(symbol), QgsVectorLayerSimpleLabeling(settings)


def time_marks(label_field: str = "label"):
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "#ffffff",
            "outline_color": "#000000",
            "outline_width": "0.45",
            "size": "2.4",
            "size_unit": "MM",
        }
    )
    # below the exposed places and the facility: a time mark gives way to a place name
    settings = label_settings(f'"{label_field}"', 7.5, "#000000", bold=True, priority=7, distance=1.2)
    return QgsSingleSymbolRenderer(symbol), QgsVectorLayerSimpleLabeling(settings)


BUILDERS = {
    "pathways_travel_time": pathways_travel_time,
    "settlements_population": settlements_population,
    "crossings": crossings,
    "rivers": rivers,
    "lakes": lakes,
    "countries": countries,
    "facilities": facilities,
}

# the fields each shipped style reads; a layer without them gets the style built in code instead
STYLE_FIELDS = {
    "pathways_travel_time": ("from_h",),
    "settlements_population": ("name", "population"),
    "crossings": ("from_country", "to_country", "arrival_h", "kind", "countries"),
    "rivers": (),
    "lakes": ("name",),
    "countries": ("adm0_a3", "name"),
    "facilities": (),
}


def set_style(layer, renderer, labeling=None) -> None:
    layer.setRenderer(renderer)
    if labeling is not None:
        layer.setLabeling(labeling)
        layer.setLabelsEnabled(True)
    else:
        layer.setLabelsEnabled(False)


def apply_style(layer, name: str, **kwargs) -> bool:
    """Style ``layer`` with the shipped ``resources/styles/<name>.qml`` when the layer has the fields it
    reads and no keyword overrides are given; otherwise build the style in code. Returns True when the
    QML was used."""
    qml = resource("styles", name + ".qml")
    fields = set(layer.fields().names())
    if not kwargs and qml.is_file() and all(f in fields for f in STYLE_FIELDS.get(name, ())):
        _msg, ok = layer.loadNamedStyle(str(qml))
        if ok:
            return True
    set_style(layer, *BUILDERS[name](**kwargs))
    return False


def _style_layer_and_save(name: str, geometry: str, path) -> None:
    """Style a scratch layer and save its QML. Kept in its own function so that no Python wrapper of
    the renderer outlives the layer that owns it (a dangling wrapper crashed QGIS 3.22)."""
    from qgis.core import QgsMapLayer, QgsVectorLayer

    fields = "&".join(f"field={f}:string" for f in STYLE_FIELDS[name])
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326&{fields}", name, "memory")
    set_style(layer, *BUILDERS[name]())
    categories = QgsMapLayer.StyleCategories(QgsMapLayer.Symbology | QgsMapLayer.Labeling)
    message, ok = layer.saveNamedStyle(str(path), categories)
    if not ok:
        raise RuntimeError(f"could not write {path}: {message}")


def write_styles(folder) -> list:
    """Write the QML files (one per style in :data:`STYLE_NAMES`) into ``folder``."""
    from pathlib import Path

    geometry = {
        "pathways_travel_time": "LineString",
        "settlements_population": "Point",
        "crossings": "Point",
        "rivers": "LineString",
        "lakes": "Polygon",
        "countries": "Polygon",
        "facilities": "Point",
    }
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name in STYLE_NAMES:
        path = folder / f"{name}.qml"
        _style_layer_and_save(name, geometry[name], path)
        written.append(path)
    return written
