"""The compatibility module gives the same fields and fonts on every QGIS, without deprecated calls."""

from __future__ import annotations

import warnings

import pytest
from qgis.core import QgsLayout, QgsLayoutItemLegend, QgsLegendStyle, QgsPointXY, QgsProject, QgsRectangle
from qgis.PyQt.QtGui import QFont

from tailings_qgis_plugin.qgis_compat import (
    FIELD_KINDS,
    legend_style_font,
    make_field,
    null_rectangle,
    point_polygon_filter,
    set_legend_style_font,
)

# QVariant.Type / QMetaType.Type share their numbers (Qt 5 docs): Bool 1, Int 2, LongLong 4, Double 6,
# QString 10, QDate 14, QDateTime 16
EXPECTED = {
    "real": 6,
    "double": 6,
    "int": 2,
    "int64": 4,
    "text": 10,
    "string": 10,
    "bool": 1,
    "date": 14,
    "datetime": 16,
}


@pytest.mark.parametrize("kind", FIELD_KINDS)
def test_make_field_types(kind):
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        field = make_field("x_" + kind, kind)
        assert field.name() == "x_" + kind
        assert int(field.type()) == EXPECTED[kind]
    assert field.isNumeric() == (kind in ("real", "double", "int", "int64"))


def test_make_field_rejects_unknown_kind():
    with pytest.raises(ValueError, match="unknown field kind"):
        make_field("x", "decimal")


def test_legend_font_round_trip(qgis_app):
    layout = QgsLayout(QgsProject.instance())
    legend = QgsLayoutItemLegend(layout)
    font = QFont("DejaVu Sans")
    font.setPointSizeF(7.5)
    font.setBold(True)
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        set_legend_style_font(legend, QgsLegendStyle.Title, font)
        back = legend_style_font(legend, QgsLegendStyle.Title)
        assert point_polygon_filter()
    assert back.pointSizeF() == pytest.approx(7.5)
    assert back.bold() and back.family() == "DejaVu Sans"


def test_null_rectangle_takes_the_first_extent(qgis_app):
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        box = null_rectangle()
        assert box.isNull()
        box.combineExtentWith(QgsRectangle(QgsPointXY(70.0, 45.0), QgsPointXY(71.0, 46.5)))
        box.combineExtentWith(QgsRectangle(QgsPointXY(72.0, 44.0), QgsPointXY(73.0, 45.0)))
    # the union of the two, not stretched to the origin
    assert (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()) == (70.0, 44.0, 73.0, 46.5)
