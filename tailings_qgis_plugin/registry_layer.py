"""QGIS side of the facility registry: fields, aliases and the attribute form."""

from __future__ import annotations

from qgis.core import QgsEditorWidgetSetup, QgsFields

from tailings_qgis_plugin.qgis_compat import make_field

from .core.registry import SCHEMA
from .i18n import tr
from .paths import resource

STYLE_PATH = resource("styles", "registry.qml")


def registry_fields() -> QgsFields:
    fields = QgsFields()
    for spec in SCHEMA:
        field = make_field(spec.name, spec.kind)
        field.setAlias(tr(spec.alias))
        fields.append(field)
    return fields


def configure_form(layer) -> None:
    """Aliases and editor widgets so the attribute form is usable at once."""
    for spec in SCHEMA:
        index = layer.fields().lookupField(spec.name)
        if index < 0:
            continue
        layer.setFieldAlias(index, tr(spec.alias))
        if spec.choices:
            value_map = {choice: choice for choice in spec.choices}
            layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": value_map}))
        elif spec.kind == "date":
            layer.setEditorWidgetSetup(
                index,
                QgsEditorWidgetSetup(
                    "DateTime",
                    {
                        "field_format": "yyyy-MM-dd",
                        "display_format": "yyyy-MM-dd",
                        "calendar_popup": True,
                        "allow_null": True,
                    },
                ),
            )
        elif spec.kind in ("int", "real") and spec.minimum is not None:
            layer.setEditorWidgetSetup(
                index,
                QgsEditorWidgetSetup(
                    "Range",
                    {
                        "Min": spec.minimum,
                        "Max": spec.maximum,
                        "Step": 1 if spec.kind == "int" else 0.1,
                        "Style": "SpinBox",
                        "AllowNull": True,
                        "Precision": 0 if spec.kind == "int" else 2,
                    },
                ),
            )


def apply_registry_style(layer) -> bool:
    """Load the bundled registry style (symbol, aliases, form); fall back to code when it is absent."""
    if STYLE_PATH.is_file():
        _msg, ok = layer.loadNamedStyle(str(STYLE_PATH))
        if ok:
            return True
    configure_form(layer)
    return False
