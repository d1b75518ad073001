"""The A4 and A3 landscape print layout templates, built in code and saved as ``.qpt``.

``resources/layouts/impact_a4_landscape.qpt`` and ``impact_a3_landscape.qpt`` are written by
:func:`write_templates` (``python -m tailings_qgis_plugin.maps.build_resources``). Users may edit them in
QGIS (Project ▸ Layout Manager ▸ From template) and pass their own file to ``tailings:exportimpactmaps``;
the items are found by their id (Item Properties ▸ Item ID), listed in :data:`REQUIRED_ITEMS` and
:data:`OPTIONAL_ITEMS`. The templates hold no layer: the algorithm binds its layers at export time.

Labels may use the atlas page fields (see ``layout_builder.COVERAGE_FIELDS``), e.g. ``[% "name" %]``.
"""

from __future__ import annotations

from qgis.core import (
    QgsFillSymbol,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemMapOverview,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutMultiFrame,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTable,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsScaleBarSettings,
    QgsUnitTypes,
)
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QColor, QFont

from tailings_qgis_plugin.core.common import tr_noop
from tailings_qgis_plugin.paths import resource
from tailings_qgis_plugin.qgis_compat import set_legend_style_font

from .styles import FONT, text_format

# id -> (kind, what it is for); kind is checked when a template is loaded
REQUIRED_ITEMS = {
    "main_map": ("map", tr_noop("the main map (facility and pathway)")),
    "overview_map": ("map", tr_noop("the overview inset of Kazakhstan and its neighbours")),
    "legend": ("legend", tr_noop("the legend")),
    "title": ("label", tr_noop("the title (facility name and operator)")),
    "exposed_table": ("table", tr_noop("the table of exposed settlements")),
    "crossings_table": ("table", tr_noop("the table of border crossings")),
    "scalebar": ("scalebar", tr_noop("the scale bar")),
    "north_arrow": ("picture", tr_noop("the north arrow")),
    "disclaimer": ("label", tr_noop("the screening-estimate disclaimer")),
}
OPTIONAL_ITEMS = {
    "subtitle": ("label", tr_noop("facility facts under the title")),
    "date": ("label", tr_noop("the print date")),
    "data_sources": ("label", tr_noop("the data sources")),
    "facility_map": ("map", tr_noop("a close-up of the facility, shown when the pathway is long")),
    "exposed_caption": ("label", tr_noop("the caption of the exposed-settlement table")),
    "crossings_caption": ("label", tr_noop("the caption of the border-crossing table")),
}

# Kazakhstan-centred Lambert conformal conic (standard parallels 42° and 54° N), metres on WGS 84:
# conformal, so shapes and the north arrow stay right from the Caspian to the Altai.
MAP_CRS_PROJ = (
    "+proj=lcc +lat_0=48 +lon_0=68 +lat_1=42 +lat_2=54 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"
)
# overview extent in the map CRS: Kazakhstan and its neighbours (about 44-92 E, 34-58 N)
OVERVIEW_LONLAT = (44.0, 34.5, 91.5, 57.5)
LONG_PATHWAY_KM = 250.0  # the facility close-up is shown for pathways longer than this
FACILITY_MAP_HALF_M = 20_000.0

# Texts of the shipped templates. They are marked for translation: at export time every label, legend
# title, table heading, empty-table message and scale-bar unit of a layout is passed through tr(), so a
# Russian map gets Russian captions (and a user's own text, not in the catalogue, stays as written).
DEFAULT_SOURCES = tr_noop(
    "Data: facilities ICMM Global Mining Dataset 2025 (CC BY 4.0); rivers and lakes WaterHydro-Kazakhstan "
    "(HydroSHEDS, Lehner et al. 2008); settlements GeoNames (CC BY 4.0); borders Natural Earth. Pathways, "
    "times and concentrations: Tailings downstream-impact plugin."
)
DISCLAIMER_TEXT = tr_noop(
    "SCREENING ESTIMATES: simplified models on public data, for planning and discussion; not a dam-break "
    "study, a forecast or an official notification. Overland legs (dashed) are assumed straight. Arrival "
    "times assume the modelled flow velocity; check on site before acting."
)

PAGES = {
    "a4": ("A4", 297.0, 210.0, 1.0, 7),
    "a3": ("A3", 420.0, 297.0, 420.0 / 297.0, 9),
}


def template_path(page: str = "a4"):
    return resource("layouts", f"impact_{page}_landscape.qpt")


def max_table_rows(page: str) -> int:
    return PAGES[page][4]


# --- helpers -------------------------------------------------------------------------------------------


def set_label_font(label, size: float, bold=False, colour="#202020", italic=False):
    """Font of a layout label on QGIS 3.22 (setFont) and later (setTextFormat)."""
    if hasattr(label, "setTextFormat"):
        label.setTextFormat(text_format(size, colour, bold, italic, buffer=0))
    else:
        font = QFont(FONT)
        font.setPointSizeF(size)
        font.setBold(bold)
        font.setItalic(italic)
        label.setFont(font)
        label.setFontColor(QColor(colour))


def _place(item, x, y, w, h, k):
    item.attemptMove(QgsLayoutPoint(x * k, y * k, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w * k, h * k, QgsUnitTypes.LayoutMillimeters))


def _label(layout, item_id, text, x, y, w, h, k, size, bold=False, colour="#202020", align=Qt.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setId(item_id)
    label.setText(text)
    set_label_font(label, size * (1.0 + 0.3 * (k - 1.0) / 0.414), bold, colour)
    label.setHAlign(align)
    label.setVAlign(Qt.AlignTop)
    label.setMarginX(0.5)
    label.setMarginY(0.3)
    layout.addLayoutItem(label)
    _place(label, x, y, w, h, k)
    return label


def fit_extent(item, rect: QgsRectangle) -> None:
    """Show ``rect`` in a map item without changing the item's size (grow the rect to the item's aspect).

    ``zoomToExtent`` on a fresh map item gives NaN on QGIS 3.22 (its initial extent is NaN), so the
    extent is set directly with the item's aspect ratio."""
    size = item.rect()
    aspect = size.width() / size.height()
    w, h = rect.width(), rect.height()
    if w / h < aspect:
        w = h * aspect
    else:
        h = w / aspect
    c = rect.center()
    item.setExtent(QgsRectangle(c.x() - w / 2, c.y() - h / 2, c.x() + w / 2, c.y() + h / 2))


def _map(layout, item_id, x, y, w, h, k, frame_colour="#505050", frame_width=0.3):
    item = QgsLayoutItemMap(layout)
    item.setId(item_id)
    item.setFrameEnabled(True)
    item.setFrameStrokeColor(QColor(frame_colour))
    item.setFrameStrokeWidth(QgsLayoutMeasurement(frame_width, QgsUnitTypes.LayoutMillimeters))
    item.setBackgroundColor(QColor("#d6e6f2"))  # sea and land outside the country layer
    item.setKeepLayerSet(True)
    layout.addLayoutItem(item)
    _place(item, x, y, w, h, k)
    return item


def _table(layout, item_id, columns, x, y, w, h, k, empty_message, size):
    table = QgsLayoutItemAttributeTable.create(layout)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    frame.setId(item_id)
    _place(frame, x, y, w, h, k)
    table.addFrame(frame)
    table.setResizeMode(QgsLayoutMultiFrame.UseExistingFrames)
    cols = []
    for heading, expression, width in columns:
        col = QgsLayoutTableColumn(heading)
        col.setAttribute(expression)
        col.setWidth(width * k)
        cols.append(col)
    table.setColumns(cols)
    scale = 1.0 + 0.25 * (k - 1.0) / 0.414
    if hasattr(table, "setContentTextFormat"):
        table.setContentTextFormat(text_format(size * scale, "#202020", buffer=0))
        table.setHeaderTextFormat(text_format(size * scale, "#202020", bold=True, buffer=0))
    table.setCellMargin(0.7 * k)
    table.setGridStrokeWidth(0.15)
    table.setGridColor(QColor("#9a9a9a"))
    table.setHorizontalGrid(True)
    table.setVerticalGrid(False)
    table.setWrapBehavior(QgsLayoutTable.TruncateText)
    table.setEmptyTableBehavior(QgsLayoutTable.ShowMessage)
    table.setEmptyTableMessage(empty_message)
    table.setHeaderHAlignment(QgsLayoutTable.FollowColumn)
    try:
        from qgis.core import QgsLayoutTableStyle

        style = QgsLayoutTableStyle()
        style.enabled = True
        style.cellBackgroundColor = QColor("#e3ebf5")
        table.setCellStyle(QgsLayoutTable.HeaderRow, style)
        odd = QgsLayoutTableStyle()
        odd.enabled = True
        odd.cellBackgroundColor = QColor("#f6f6f6")
        table.setCellStyle(QgsLayoutTable.EvenRow, odd)
    except (ImportError, AttributeError):  # pragma: no cover - styling only
        pass
    table.setFilterFeatures(True)
    table.setFeatureFilter("to_string(\"facility_id\") = to_string(attribute(@atlas_feature, 'facility_id'))")
    return table


# --- the layout ----------------------------------------------------------------------------------------


def build_layout(project=None, page: str = "a4"):
    """The impact layout for ``page`` ('a4' or 'a3'), without layers (they are bound at export)."""
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

    size_name, width, height, k, rows = PAGES[page]
    project = project or QgsProject()
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName(f"Tailings impact {size_name} landscape")
    layout.pageCollection().page(0).setPageSize(size_name, 1)  # QgsLayoutItemPage.Landscape

    crs = QgsCoordinateReferenceSystem.fromProj(MAP_CRS_PROJ)

    _label(
        layout,
        "title",
        '[% "name" %][% CASE WHEN "operator" IS NOT NULL THEN \' — \' || "operator" ELSE \'\' END %]',
        8,
        5,
        225,
        10,
        k,
        16,
        bold=True,
    )
    _label(layout, "subtitle", '[% "subtitle" %]', 8, 15.2, 281, 8, k, 8, colour="#404040")
    _label(
        layout,
        "date",
        "[% format_date(now(), 'yyyy-MM-dd') %]",
        235,
        5.5,
        54,
        5,
        k,
        7.5,
        colour="#606060",
        align=Qt.AlignRight,
    )

    main = _map(layout, "main_map", 8, 24, 180, 123, k, frame_width=0.4)
    main.setCrs(crs)
    main.setAtlasDriven(True)
    main.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    main.setAtlasMargin(0.12)
    fit_extent(main, QgsRectangle(-1.5e6, -1.0e6, 1.5e6, 1.0e6))

    overview = _map(layout, "overview_map", 192, 24, 97, 59, k)
    overview.setCrs(crs)
    to_map = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"), crs, QgsProject.instance().transformContext()
    )
    lon0, lat0, lon1, lat1 = OVERVIEW_LONLAT
    corners = [
        to_map.transform(QgsPointXY(x, y)) for x in (lon0, lon1, (lon0 + lon1) / 2) for y in (lat0, lat1)
    ]
    extent = QgsRectangle(
        min(p.x() for p in corners),
        min(p.y() for p in corners),
        max(p.x() for p in corners),
        max(p.y() for p in corners),
    )
    fit_extent(overview, extent)
    frame = QgsLayoutItemMapOverview("main map extent", overview)
    frame.setLinkedMap(main)
    frame.setFrameSymbol(
        QgsFillSymbol.createSimple(
            {
                "color": "215,25,28,40",
                "outline_color": "#d7191c",
                "outline_width": "0.5",
                "outline_width_unit": "MM",
            }
        )
    )
    overview.overviews().addOverview(frame)

    close = _map(layout, "facility_map", 10.5, 26.5, 42, 42, k, frame_colour="#d7191c", frame_width=0.5)
    close.setCrs(crs)
    fit_extent(
        close,
        QgsRectangle(-FACILITY_MAP_HALF_M, -FACILITY_MAP_HALF_M, FACILITY_MAP_HALF_M, FACILITY_MAP_HALF_M),
    )
    props = close.dataDefinedProperties()
    half = FACILITY_MAP_HALF_M
    props.setProperty(QgsLayoutObject.MapXMin, QgsProperty.fromExpression(f'"fx" - {half:.0f}'))
    props.setProperty(QgsLayoutObject.MapXMax, QgsProperty.fromExpression(f'"fx" + {half:.0f}'))
    props.setProperty(QgsLayoutObject.MapYMin, QgsProperty.fromExpression(f'"fy" - {half:.0f}'))
    props.setProperty(QgsLayoutObject.MapYMax, QgsProperty.fromExpression(f'"fy" + {half:.0f}'))
    props.setProperty(
        QgsLayoutObject.ExcludeFromExports,
        QgsProperty.fromExpression(f'coalesce("pathway_km", 0) < {LONG_PATHWAY_KM:g}'),
    )
    close.setDataDefinedProperties(props)

    arrow = QgsLayoutItemPicture(layout)
    arrow.setId("north_arrow")
    arrow.setPicturePath(north_arrow_svg())
    arrow.setLinkedMap(main)
    arrow.setNorthMode(QgsLayoutItemPicture.TrueNorth)
    arrow.setBackgroundEnabled(False)
    layout.addLayoutItem(arrow)
    _place(arrow, 177, 26, 9, 13, k)

    bar = QgsLayoutItemScaleBar(layout)
    bar.setId("scalebar")
    bar.setStyle("Single Box")
    bar.setLinkedMap(main)
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel(tr_noop("km"))
    bar.setNumberOfSegments(2)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(22 * k)
    bar.setMaximumBarWidth(45 * k)
    bar.setHeight(1.6 * k)
    bar.setTextFormat(text_format(7 * (1 + 0.3 * (k - 1) / 0.414), "#202020", buffer=0))
    bar.setBackgroundEnabled(True)
    bar.setBackgroundColor(QColor(255, 255, 255, 210))
    bar.setBoxContentSpace(1.0)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(10 * k, 133 * k, QgsUnitTypes.LayoutMillimeters))
    bar.update()

    legend = QgsLayoutItemLegend(layout)
    legend.setId("legend")
    legend.setTitle(tr_noop("Legend"))
    legend.setLinkedMap(main)
    legend.setAutoUpdateModel(False)
    legend.setColumnCount(2)
    legend.setSplitLayer(True)
    legend.setEqualColumnWidth(False)
    legend.setSymbolWidth(6 * k)
    legend.setSymbolHeight(2.8 * k)
    legend.setColumnSpace(2 * k)
    legend.setResizeToContents(False)
    legend.setLegendFilterByMapEnabled(True)
    s = 1.0 + 0.3 * (k - 1.0) / 0.414
    for style, size, bold in (
        (QgsLegendStyle.Title, 8.5, True),
        (QgsLegendStyle.Group, 7, True),
        (QgsLegendStyle.Subgroup, 7, True),
        (QgsLegendStyle.SymbolLabel, 6.5, False),
    ):
        font = QFont(FONT)
        font.setPointSizeF(size * s)
        font.setBold(bold)
        set_legend_style_font(legend, style, font)
        legend.rstyle(style).setMargin(QgsLegendStyle.Top, 0.6 * k if style != QgsLegendStyle.Title else 0)
    legend.setFrameEnabled(True)
    legend.setFrameStrokeColor(QColor("#9a9a9a"))
    legend.setBackgroundEnabled(True)
    layout.addLayoutItem(legend)
    _place(legend, 192, 85, 97, 62, k)

    n = rows
    # the caption is a page field written in the language of the export (layout_builder.exposed_caption)
    _label(
        layout,
        "exposed_caption",
        '[% "exposed_caption" %]',
        8,
        149,
        180,
        5,
        k,
        8,
        bold=True,
    )
    conc = (
        'CASE WHEN "peak_conc_mg_l" IS NULL THEN \'–\' WHEN "peak_conc_mg_l" >= 10 THEN '
        'format_number("peak_conc_mg_l", 0) WHEN "peak_conc_mg_l" >= 0.01 THEN '
        "format_number(\"peak_conc_mg_l\", 2) ELSE '< 0.01' END"
    )
    exposed = _table(
        layout,
        "exposed_table",
        [
            (tr_noop("Settlement"), '"name"', 44),
            (tr_noop("Country"), '"country"', 18),
            (tr_noop("Population"), 'format_number("population", 0)', 22),
            (tr_noop("Along river, km"), 'format_number("dist_km", 0)', 24),
            (tr_noop("Arrival, h"), 'format_number("arrival_h", 1)', 18),
            (tr_noop("Peak, h"), 'format_number("peak_h", 1)', 16),
            (tr_noop("Peak conc., mg/l"), conc, 26),
        ],
        8,
        154.5,
        180,
        36,
        k,
        tr_noop("No settlement within the corridor of this pathway."),
        7,
    )
    exposed.setMaximumNumberOfFeatures(n)
    _sort(exposed, '"dist_km"')

    _label(layout, "crossings_caption", tr_noop("Border crossings"), 192, 149, 97, 5, k, 8, bold=True)
    crossings = _table(
        layout,
        "crossings_table",
        [
            # "border" is written by layout_builder in the language of the export ('KAZ → RUS', or
            # 'KAZ / RUS (along the border)' for a river along the border); a stretch shorter than the
            # rounding shows one distance, never '813–813'
            (tr_noop("Border"), '"border"', 37),
            (
                tr_noop("Along river, km"),
                'CASE WHEN "kind" = \'border_stretch\' AND round("end_km") > round("dist_km") THEN '
                'format_number("dist_km", 0) || \'–\' || format_number("end_km", 0) '
                'ELSE format_number("dist_km", 0) END',
                30,
            ),
            (tr_noop("Arrival, h"), 'format_number("arrival_h", 1)', 28),
        ],
        192,
        154.5,
        97,
        36,
        k,
        tr_noop("The pathway stays within one country."),
        7,
    )
    crossings.setMaximumNumberOfFeatures(n)
    _sort(crossings, '"dist_km"')

    _label(layout, "disclaimer", DISCLAIMER_TEXT, 8, 192.5, 170, 13, k, 6.5, colour="#7a4a00")
    _label(layout, "data_sources", DEFAULT_SOURCES, 182, 192.5, 107, 13, k, 5.8, colour="#555555")

    if page == "a3":
        _profile_page(layout, size_name, width, height)

    atlas = layout.atlas()
    atlas.setEnabled(True)
    atlas.setHideCoverage(True)
    atlas.setFilenameExpression("'impact_' || \"facility_id\"")
    return layout


PROFILE_CAPTION = tr_noop(
    "Downstream profile: arrival of the leading edge and time of peak along the pathway (overland legs "
    "dashed); settlements sized by population, border crossings as vertical lines, the 6, 24 and 72 h "
    "marks; peak concentration with the range of the dispersion formulas when a mass was given."
)


def _profile_page(layout, size_name, width, height):
    """A second page per facility (A3): the title, the downstream profile chart (a picture the atlas
    fills per facility, see :mod:`.atlas_profile`), its caption and the disclaimer."""
    from qgis.core import QgsLayoutItemPage

    second = QgsLayoutItemPage(layout)
    second.setPageSize(size_name, QgsLayoutItemPage.Landscape)
    layout.pageCollection().addPage(second)
    top = second.pos().y()
    _label(
        layout,
        "profile_title",
        '[% "name" %][% CASE WHEN "operator" IS NOT NULL THEN \' — \' || "operator" ELSE \'\' END %]',
        11,
        top + 7,
        width - 22,
        14,
        1.0,
        20,
        bold=True,
    )
    _label(layout, "profile_caption", PROFILE_CAPTION, 11, top + 22, width - 22, 10, 1.0, 9, colour="#404040")
    chart = QgsLayoutItemPicture(layout)
    chart.setId("profile_chart")
    chart.setResizeMode(QgsLayoutItemPicture.Zoom)
    chart.setBackgroundEnabled(False)
    layout.addLayoutItem(chart)
    _place(chart, 11, top + 34, width - 22, height - 34 - 24, 1.0)
    _label(
        layout,
        "profile_disclaimer",
        DISCLAIMER_TEXT,
        11,
        top + height - 20,
        width - 22,
        14,
        1.0,
        8,
        colour="#7a4a00",
    )


def _sort(table, expression):
    column = QgsLayoutTableColumn()
    column.setAttribute(expression)
    column.setSortOrder(Qt.AscendingOrder)
    if hasattr(table, "setSortColumns"):
        table.setSortColumns([column])


def north_arrow_svg() -> str:
    """Full path of QGIS' own north arrow SVG (shipped with every QGIS install)."""
    from qgis.core import QgsApplication

    for folder in QgsApplication.svgPaths():
        from pathlib import Path

        candidate = Path(folder) / "arrows" / "NorthArrow_02.svg"
        if candidate.is_file():
            return str(candidate)
    return "arrows/NorthArrow_02.svg"


def write_templates(folder=None) -> list:
    """Write the A4 and A3 ``.qpt`` files (into ``resources/layouts`` by default)."""
    from pathlib import Path

    folder = Path(folder) if folder else resource("layouts")
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    project = QgsProject()
    for page in PAGES:
        layout = build_layout(project, page)
        path = folder / f"impact_{page}_landscape.qpt"
        if not layout.saveAsTemplate(str(path), QgsReadWriteContext()):
            raise RuntimeError(f"could not write {path}")
        written.append(path)
    return written
