"""The few QGIS APIs that differ between QGIS 3.22 (Debian 12), 3.40 (Debian 13) and 3.44 (Debian unstable).

Everything version-dependent lives here so the rest of the plugin calls one spelling and raises no
DeprecationWarning on any of them:

- ``make_field``: ``QgsField(name, QMetaType.Type.X)`` from QGIS 3.38, ``QgsField(name, QVariant.X)`` before.
- ``ADVANCED``, ``DOUBLE``, ``INTEGER``, ``NUMERIC_FIELD``: the scoped Processing enums of QGIS >= 3.36
  (the old unscoped names are gone in QGIS 4), the old names before.
- ``layer_filter`` / ``point_polygon_filter``: ``QgsMapLayerComboBox.setFilters`` takes ``Qgis.LayerFilters``
  from 3.34 (``QgsMapLayerProxyModel.Filters`` is deprecated there).
- ``legend_style_font`` / ``set_legend_style_font``: a legend style's text format from 3.30 (the
  ``styleFont`` / ``setStyleFont`` pair is deprecated).
- ``null_rectangle``: an empty ``QgsRectangle`` to grow with ``combineExtentWith`` (``setNull`` from 3.34,
  ``setMinimal`` before; ``setMinimal`` is deprecated from 3.34).
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsField,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsRectangle,
)

QGIS_VERSION_INT = Qgis.QGIS_VERSION_INT

# --- fields -----------------------------------------------------------------------------------------
#: kind -> (QMetaType.Type member, QVariant member)
_KINDS = {
    "real": ("Double", "Double"),
    "double": ("Double", "Double"),
    "int": ("Int", "Int"),
    "int64": ("LongLong", "LongLong"),
    "text": ("QString", "String"),
    "string": ("QString", "String"),
    "bool": ("Bool", "Bool"),
    "date": ("QDate", "Date"),
    "datetime": ("QDateTime", "DateTime"),
}

if QGIS_VERSION_INT >= 33800:
    from qgis.PyQt.QtCore import QMetaType

    _META = getattr(QMetaType, "Type", QMetaType)
    _TYPES = {kind: getattr(_META, meta) for kind, (meta, _old) in _KINDS.items()}
else:  # QGIS < 3.38: QgsField takes a QVariant.Type
    from qgis.PyQt.QtCore import QVariant

    _TYPES = {kind: getattr(QVariant, old) for kind, (_meta, old) in _KINDS.items()}

FIELD_KINDS = tuple(_KINDS)


def field_type(kind: str):
    """The type value ``QgsField`` expects on this QGIS for ``kind`` (real, int, int64, text, bool, ...)."""
    try:
        return _TYPES[kind]
    except KeyError:
        raise ValueError(f"unknown field kind {kind!r}; use one of {', '.join(FIELD_KINDS)}") from None


def make_field(
    name: str, kind: str = "text", length: int = 0, precision: int = 0, comment: str = ""
) -> QgsField:
    """A ``QgsField`` of ``kind`` that raises no DeprecationWarning on QGIS 3.22, 3.40 or 3.44."""
    return QgsField(name, field_type(kind), "", length, precision, comment)


def is_numeric_field(field) -> bool:
    """True for integer and real fields, on every QGIS version."""
    return bool(field.isNumeric())


# --- Processing enums -------------------------------------------------------------------------------
try:  # QGIS >= 3.36 scoped enums; the old names are gone in QGIS 4
    ADVANCED = Qgis.ProcessingParameterFlag.Advanced
    DOUBLE = Qgis.ProcessingNumberParameterType.Double
    INTEGER = Qgis.ProcessingNumberParameterType.Integer
    NUMERIC_FIELD = Qgis.ProcessingFieldParameterDataType.Numeric
except AttributeError:  # QGIS 3.22 (Debian 12)
    ADVANCED = QgsProcessingParameterDefinition.FlagAdvanced
    DOUBLE = QgsProcessingParameterNumber.Double
    INTEGER = QgsProcessingParameterNumber.Integer
    NUMERIC_FIELD = QgsProcessingParameterField.Numeric


# --- layer combo boxes ------------------------------------------------------------------------------
def layer_filter(*names: str):
    """Layer filter flags for ``QgsMapLayerComboBox.setFilters``, by member name (``"PointLayer"``, ...).

    A ``Qgis.LayerFilters`` value from QGIS 3.34 (``QgsMapLayerProxyModel.Filters`` before): OR-ing two bare
    members in PyQt5 gives a plain int, which selects the deprecated ``setFilters(int)`` overload on 3.34+.
    """
    try:
        flags, enum = Qgis.LayerFilters, Qgis.LayerFilter
    except AttributeError:  # QGIS < 3.34
        from qgis.core import QgsMapLayerProxyModel

        flags, enum = QgsMapLayerProxyModel.Filters, QgsMapLayerProxyModel
    value = flags()
    for name in names:
        value |= getattr(enum, name)
    return value


def point_polygon_filter():
    """The layer filter "point or polygon layers"."""
    return layer_filter("PointLayer", "PolygonLayer")


# --- legend fonts -----------------------------------------------------------------------------------
def legend_style_font(legend, style):
    """The font of a legend style (title, group, subgroup, symbol label)."""
    if QGIS_VERSION_INT >= 33000:
        fmt = legend.rstyle(style).textFormat()
        font = fmt.font()
        if fmt.sizeUnit() == Qgis.RenderUnit.Points and fmt.size() > 0:
            font.setPointSizeF(fmt.size())
        return font
    return legend.styleFont(style)


def set_legend_style_font(legend, style, font, color=None) -> None:
    """Set the font (and optionally the colour) of a legend style without deprecated calls."""
    if QGIS_VERSION_INT >= 33000:
        fmt = legend.rstyle(style).textFormat()
        fmt.setFont(font)
        if font.pointSizeF() > 0:
            fmt.setSize(font.pointSizeF())
            fmt.setSizeUnit(Qgis.RenderUnit.Points)
        if color is not None:
            fmt.setColor(color)
        legend.rstyle(style).setTextFormat(fmt)
    else:
        legend.setStyleFont(style, font)
        if color is not None:
            legend.setFontColor(color)


# --- rectangles -------------------------------------------------------------------------------------
def null_rectangle() -> QgsRectangle:
    """An empty rectangle that ``combineExtentWith`` replaces by the first extent it gets."""
    box = QgsRectangle()
    if QGIS_VERSION_INT >= 33400 and hasattr(box, "setNull"):
        box.setNull()
    else:  # QGIS < 3.34
        box.setMinimal()
    return box


# --- layout labels ---------------------------------------------------------------------------------------
# QgsLayoutItemLabel.font()/setFont()/setFontColor() are deprecated since QGIS 3.24 (text formats).
def _points_unit():
    try:
        return Qgis.RenderUnit.Points  # QGIS >= 3.30
    except AttributeError:  # pragma: no cover - QGIS 3.24-3.28
        from qgis.core import QgsUnitTypes

        return QgsUnitTypes.RenderPoints


def label_font(label):
    """The font of a layout label, its size in points."""
    if hasattr(label, "textFormat"):
        fmt = label.textFormat()
        font = fmt.font()
        if fmt.size() > 0:
            font.setPointSizeF(fmt.size())
        return font
    return label.font()


def set_label_font(label, font, color=None) -> None:
    """Set the font (size in points) and optionally the colour of a layout label."""
    if hasattr(label, "setTextFormat"):
        fmt = label.textFormat()
        fmt.setFont(font)
        if font.pointSizeF() > 0:
            fmt.setSize(font.pointSizeF())
            fmt.setSizeUnit(_points_unit())
        if color is not None:
            fmt.setColor(color)
        label.setTextFormat(fmt)
    else:
        label.setFont(font)
        if color is not None:
            label.setFontColor(color)


# --- styles in the data source ---------------------------------------------------------------------------
def save_style_to_database(layer, name: str, description: str, use_as_default: bool = True) -> str:
    """Store the layer's style in its data source (GeoPackage, PostGIS); the error text, '' on success.

    QGIS 3.44 deprecates ``saveStyleToDatabase`` for ``saveStyleToDatabaseV2`` (which returns a result
    flag and the message)."""
    if hasattr(layer, "saveStyleToDatabaseV2"):
        result = layer.saveStyleToDatabaseV2(name, description, use_as_default, "")
        if isinstance(result, tuple):
            return str(result[-1] or "")
        return ""
    return layer.saveStyleToDatabase(name, description, use_as_default, "") or ""
