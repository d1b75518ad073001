"""The sample layers as the user first sees them: the plugin's styles and a view framed on Kazakhstan.

Used by *Open Kazakhstan sample data* (plugin.py) and by scripts/build_sample_project.py, so the menu
action and the sample project look the same. Nothing is computed here.
"""

from __future__ import annotations

from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject, QgsRectangle

#: Kazakhstan (about 46.5-87.4 E, 40.5-55.5 N) with a margin, in EPSG:4326
KAZAKHSTAN_BOX = (45.5, 39.5, 88.0, 56.5)

#: sample table -> plugin style (tailings_qgis_plugin.maps.styles)
SAMPLE_STYLES = {
    "countries": "countries",
    "lakes": "lakes",
    "rivers": "rivers",
    "settlements": "settlements_population",
    "facilities": "facilities",
}


def style_sample_layer(table: str, layer) -> bool:
    """Style a sample layer by its table name; False when the plugin has no style for it."""
    from ..maps import styles

    name = SAMPLE_STYLES.get(table)
    if name is None:
        return False
    styles.apply_style(layer, name)
    if table == "facilities":
        from qgis.core import QgsVectorLayerSimpleLabeling

        settings = styles.label_settings('"name"', 7.0, "#3b2a5a", priority=6, distance=1.2)
        layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
        layer.setLabelsEnabled(True)
    layer.triggerRepaint()
    return True


def kazakhstan_extent(crs, project=None) -> QgsRectangle:
    """The Kazakhstan view in ``crs``."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    box = QgsRectangle(*KAZAKHSTAN_BOX)
    if not crs.isValid() or crs == wgs84:
        return box
    return QgsCoordinateTransform(wgs84, crs, project or QgsProject.instance()).transformBoundingBox(box)


def frame_kazakhstan(canvas) -> None:
    """Zoom ``canvas`` to Kazakhstan (the sample's area), whatever its CRS."""
    if canvas is None:
        return
    canvas.setExtent(kazakhstan_extent(canvas.mapSettings().destinationCrs()))
    canvas.refresh()
