"""The layers of one panel run: styled with the plugin's QML on arrival and grouped in the layer tree.

- ``PATHWAYS``: travel-time classes (< 6 h, 6–24 h, 24–72 h, 3–7 days, > 7 days) on ``arrival_from_h``,
  overland legs dashed (``resources/styles/pathways_arrival.qml``);
- ``EXPOSED``: settlements and receptors coloured by the arrival class, labelled
  (``resources/styles/exposed_arrival.qml``);
- ``CROSSINGS``: the border star with "KAZ → RUS" and the hours (``resources/styles/crossings.qml``);
- ``SUMMARY``: added unchecked (a table-like layer, one point per facility).

The QML files are written from the builders in :mod:`tailings_qgis_plugin.maps.styles` by
:func:`write_result_styles` (``scripts/build_result_styles.py``); when a QML file is missing the same
style is built in code. Nothing here computes a result.
"""

from __future__ import annotations

from qgis.core import (
    QgsMapLayer,
    QgsMarkerSymbol,
    QgsProject,
    QgsRuleBasedRenderer,
)

from ..core.common import tr_noop
from ..i18n import tr
from ..maps import styles
from ..paths import resource
from .facility_layers import CROSSINGS, EXPOSED, SUMMARY, layer_role

PATHWAYS_STYLE = "pathways_arrival"
EXPOSED_STYLE = "exposed_arrival"
CROSSINGS_STYLE = "crossings"
GROUP_PROPERTY = "tailings/run_group"


def exposed_by_arrival(time_field: str = "arrival_h", name_field: str = "name"):
    """Exposed places coloured by the travel-time class of their arrival (same colours as pathways)."""

    def marker(colour):
        return QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": colour,
                "outline_color": "#ffffff",
                "outline_width": "0.4",
                "size": "3.2",
                "size_unit": "MM",
            }
        )

    root = QgsRuleBasedRenderer.Rule(None)
    for lower, upper, label, colour in styles.TIME_CLASSES:
        expression = f'"{time_field}" >= {lower:g}'
        if upper is not None:
            expression += f' AND "{time_field}" < {upper:g}'
        root.appendChild(styles._rule(marker(colour), label, expression))
    root.appendChild(styles._else_rule(marker(styles.UNKNOWN_TIME_COLOUR), tr_noop("arrival not known")))
    return QgsRuleBasedRenderer(root), styles.exposed_labeling(name_field)


def _builders():
    return {
        PATHWAYS_STYLE: lambda: styles.pathways_travel_time(time_field="arrival_from_h"),
        EXPOSED_STYLE: exposed_by_arrival,
        CROSSINGS_STYLE: styles.crossings,
    }


#: the fields each result style reads
RESULT_STYLE_FIELDS = {
    PATHWAYS_STYLE: ("arrival_from_h", "kind"),
    EXPOSED_STYLE: ("arrival_h", "name"),
    CROSSINGS_STYLE: ("from_country", "to_country", "arrival_h", "kind", "countries"),
}


def write_result_styles(folder) -> list:
    """Write ``pathways_arrival.qml`` and ``exposed_arrival.qml`` into ``folder`` (the build script)."""
    from pathlib import Path

    from qgis.core import QgsVectorLayer

    folder = Path(folder)
    written = []
    for name, geometry in ((PATHWAYS_STYLE, "LineString"), (EXPOSED_STYLE, "Point")):
        fields = "&".join(f"field={f}:string" for f in RESULT_STYLE_FIELDS[name])
        layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326&{fields}", name, "memory")
        styles.set_style(layer, *_builders()[name]())
        categories = QgsMapLayer.StyleCategories(QgsMapLayer.Symbology | QgsMapLayer.Labeling)
        message, ok = layer.saveNamedStyle(str(folder / f"{name}.qml"), categories)
        if not ok:
            raise RuntimeError(message)
        written.append(folder / f"{name}.qml")
    return written


def style_name(layer, output_name: str = "") -> str | None:
    """Which result style fits ``layer`` (by output name, else by its fields)."""
    names = set(layer.fields().names()) if layer.type() == QgsMapLayer.VectorLayer else set()
    output = (output_name or "").upper()
    if output == "PATHWAYS" or {"arrival_from_h", "seq"} <= names:
        return PATHWAYS_STYLE
    role = layer_role(layer)
    if output == "EXPOSED" or role == EXPOSED:
        return EXPOSED_STYLE
    if output == "CROSSINGS" or role == CROSSINGS:
        return CROSSINGS_STYLE
    return None


def style_result(layer, output_name: str = "") -> str | None:
    """Style ``layer`` with its result QML (or the same style built in code); the style's name or None."""
    name = style_name(layer, output_name)
    if name is None:
        return None
    fields = set(layer.fields().names())
    qml = resource("styles", name + ".qml")
    if qml.is_file() and all(f in fields for f in RESULT_STYLE_FIELDS[name]):
        _message, ok = layer.loadNamedStyle(str(qml))
        if ok:
            layer.triggerRepaint()
            return name
    styles.set_style(layer, *_builders()[name]())
    layer.triggerRepaint()
    return name


def add_run_layers(loaded, title: str, project=None):
    """Add ``loaded`` ([(layer, output name)]) to the project in a new group ``title`` at the top of the
    layer tree, styled; the group (or None when there was nothing to add)."""
    project = project or QgsProject.instance()
    if not loaded:
        return None
    root = project.layerTreeRoot()
    group = root.insertGroup(0, title)
    group.setCustomProperty(GROUP_PROPERTY, True)
    order = {"PATHWAYS": 3, "EXPOSED": 1, "CROSSINGS": 0, "SUMMARY": 4}

    def rank(item):
        layer, output = item
        role = layer_role(layer)
        key = (
            output or {EXPOSED: "EXPOSED", CROSSINGS: "CROSSINGS", SUMMARY: "SUMMARY"}.get(role, "")
        ).upper()
        return order.get(key, 2)

    for layer, output in sorted(loaded, key=rank):
        style_result(layer, output)
        project.addMapLayer(layer, False)
        node = group.addLayer(layer)
        if (output or "").upper() == "SUMMARY" or layer_role(layer) == SUMMARY:
            node.setItemVisibilityChecked(False)
    return group


def run_title(facility_name: str, project=None) -> str:
    """'Downstream impact: <facility>' and a run number when the project already has one."""
    project = project or QgsProject.instance()
    base = tr("Downstream impact: {name}").format(name=facility_name)
    existing = {g.name() for g in project.layerTreeRoot().findGroups()}
    if base not in existing:
        return base
    n = 2
    while f"{base} ({n})" in existing:
        n += 1
    return f"{base} ({n})"
