"""Helpers shared by the dock panel tests (test_dock.py, test_dock_background.py)."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsVectorLayer,
)

from tailings_qgis_plugin.qgis_compat import make_field


def _fid(layer, facility_id):
    for f in layer.getFeatures():
        if f["facility_id"] == facility_id:
            return f.id()
    raise AssertionError(facility_id)


def _text(dock) -> str:
    """Plain text the card shows (what the user reads)."""
    return dock.ui.cardBrowser.toPlainText()


def _memory_copy(layer, name="copy", extra_fields=(), rows=None):
    """A memory point layer with the fields of ``layer`` plus ``extra_fields`` (name, QVariant type)."""
    memory = QgsVectorLayer("Point?crs=EPSG:4326", name, "memory")
    provider = memory.dataProvider()
    fields = [f for f in layer.fields() if f.name() != "fid"]
    provider.addAttributes(fields + [make_field(n, t) for n, t in extra_fields])
    memory.updateFields()
    features = []
    for source in layer.getFeatures():
        feature = QgsFeature(memory.fields())
        feature.setGeometry(source.geometry())
        for field in fields:
            feature[field.name()] = source[field.name()]
        for key, value in (rows or {}).get(source["facility_id"], {}).items():
            feature[key] = value
        features.append(feature)
    provider.addFeatures(features)
    return memory


def _table_layer(name, fields, rows):
    table = QgsVectorLayer("None", name, "memory")
    table.dataProvider().addAttributes([make_field(n, t) for n, t in fields])
    table.updateFields()
    feats = []
    for row in rows:
        f = QgsFeature(table.fields())
        for key, value in row.items():
            f[key] = value
        feats.append(f)
    table.dataProvider().addFeatures(feats)
    return table
