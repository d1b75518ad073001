"""Impact map pages, step 3: the template (loading, checking, translating) and placing its items."""

from __future__ import annotations

import math
from pathlib import Path

from qgis.core import (
    QgsExpression,
    QgsGeometry,
    QgsLayerTree,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutObject,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsPrintLayout,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
)
from qgis.PyQt.QtGui import QColor
from qgis.PyQt.QtXml import QDomDocument

from tailings_qgis_plugin.core.common import TailingsError, tr
from tailings_qgis_plugin.qgis_compat import (
    label_font,
    legend_style_font,
    set_label_font,
    set_legend_style_font,
)

from .atlas_inputs import (
    _key,
)
from .atlas_text import fit_label_to_texts, fit_table_headings, localise_table_numbers
from .templates import LONG_PATHWAY_KM, OPTIONAL_ITEMS, REQUIRED_ITEMS, north_arrow_svg


class TemplateError(TailingsError):
    """A layout template that cannot be used (missing file, bad XML, missing item)."""


def disclaimer_height(label, width: float, height: float) -> float:
    """Height (mm) the label's text needs at its font when wrapped in ``width`` mm: its lines, estimated
    from the text width (QgsLayoutUtils measures in mm), at most 75 % of ``height``."""
    from qgis.core import QgsLayoutUtils

    font = label_font(label)
    usable = max(width - 2 * label.marginX(), 1.0)
    lines = 0
    for paragraph in label.currentText().splitlines() or [""]:
        lines += max(1, math.ceil(QgsLayoutUtils.textWidthMM(font, paragraph) * 1.08 / usable))
    needed = lines * QgsLayoutUtils.fontHeightMM(font) * 1.15 + 2 * label.marginY()
    return min(needed, 0.75 * height)


WRAP = "¶"  # legend line break: a character no layer or class name contains
WRAP_AT = 30  # characters: longer legend titles are broken at the space nearest their middle


def wrap_title(text: str, limit: int = WRAP_AT) -> str:
    """``text`` with :data:`WRAP` at the space nearest its middle when it is longer than ``limit``."""
    if len(text) <= limit or " " not in text:
        return text
    middle = len(text) / 2
    cut = min((i for i, c in enumerate(text) if c == " "), key=lambda i: abs(i - middle))
    return text[:cut] + WRAP + text[cut + 1 :]


def legend_content_size(legend):
    """(width, height) in mm of everything the legend holds (all its layers, before any per-page filter,
    so the worst page), measured by QGIS' legend renderer with the layout's render context; the height
    is that of the tallest column, estimated."""
    from qgis.core import QgsLayoutUtils

    legend.refresh()
    context = QgsLayoutUtils.createRenderContextForLayout(legend.layout(), None)
    size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize(context)
    # QGIS 3.22's minimum size is as wide as the columns but as tall as one column holding everything;
    # with split layers the columns are balanced to within about one or two entries (20 %)
    columns = max(1, legend.columnCount())
    height = size.height() if columns == 1 else size.height() / columns * 1.2
    return size.width(), height


def _fit_legend(legend, steps: int = 5) -> bool:
    """Make the legend's content fit its frame, in any language: long titles are broken in two lines
    (:func:`wrap_title`); then fonts, symbols and spacing shrink by 10 % a step (at most ``steps``: fonts
    stay at or above 60 % of the template's, legible in print) until width and height fit; as a last
    resort the frame grows downwards (never clipping the last entry). Returns whether it fitted the
    original frame."""
    frame = legend.rect()
    # always: a page's legend shows only what its map shows, so its columns split differently from the
    # full legend measured here, and a long title may land in the narrower column
    legend.setWrapString(WRAP)
    for node in legend.model().rootGroup().findLayers():
        layer = node.layer()
        if layer is not None:
            node.setCustomProperty("legend/title-label", wrap_title(layer.name()))
    styles = (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel)
    for step in range(steps + 1):
        width, height = legend_content_size(legend)
        if width <= frame.width() and height <= frame.height():
            return True
        if step == steps:
            break
        for style in styles:
            font = legend_style_font(legend, style)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            set_legend_style_font(legend, style, font)
        legend.setSymbolWidth(legend.symbolWidth() * 0.9)
        legend.setSymbolHeight(legend.symbolHeight() * 0.9)
        legend.setColumnSpace(legend.columnSpace() * 0.9)
    size = legend.sizeWithUnits()
    legend.attemptResize(QgsLayoutSize(max(size.width(), width), max(size.height(), height), size.units()))
    return False


def load_template(path, project) -> QgsPrintLayout:
    """A print layout from a ``.qpt`` file, checked for the required items (:func:`check_items`)."""
    path = Path(path)
    if not path.is_file():
        raise TemplateError(tr("The layout template {path} does not exist.").format(path=path))
    document = QDomDocument()
    ok = document.setContent(path.read_text(encoding="utf-8"))
    if isinstance(ok, tuple):
        ok = ok[0]
    if not ok:
        raise TemplateError(tr("The layout template {path} is not valid XML.").format(path=path))
    layout = QgsPrintLayout(project)
    try:
        result = layout.loadFromTemplate(document, QgsReadWriteContext())
        loaded = result[1] if isinstance(result, tuple) else bool(result)
        if not loaded:
            raise TemplateError(tr("QGIS could not read the layout template {path}.").format(path=path))
        check_items(layout, path.name)
    except BaseException:
        # Free the layout now, while its project is alive; the traceback would otherwise keep it until
        # after the project is gone, and a layout that outlives its project crashes QGIS 3.22.
        layout = None
        raise
    return layout


def _item_kind(item) -> str:
    if isinstance(item, QgsLayoutFrame):
        return "table" if isinstance(item.multiFrame(), QgsLayoutItemAttributeTable) else "frame"
    for cls, kind in (
        (QgsLayoutItemMap, "map"),
        (QgsLayoutItemLegend, "legend"),
        (QgsLayoutItemLabel, "label"),
        (QgsLayoutItemScaleBar, "scalebar"),
        (QgsLayoutItemPicture, "picture"),
    ):
        if isinstance(item, cls):
            return kind
    return "other"


KIND_NAMES = {
    "map": "a map",
    "legend": "a legend",
    "label": "a label",
    "table": "an attribute table",
    "scalebar": "a scale bar",
    "picture": "a picture",
}


def check_items(layout, template_name: str = "") -> dict:
    """The template's items by id; a TemplateError names every required id that is missing or of the
    wrong kind (for example a label where the main map should be)."""
    found = {}
    problems = []
    for item_id, (kind, purpose) in {**REQUIRED_ITEMS, **OPTIONAL_ITEMS}.items():
        item = layout.itemById(item_id)
        if item is None:
            if item_id in REQUIRED_ITEMS:
                problems.append(
                    tr("item '{id}' ({purpose}) is missing").format(id=item_id, purpose=tr(purpose))
                )
            continue
        got = _item_kind(item)
        if got != kind:
            problems.append(
                tr("item '{id}' must be {kind}, it is {got}").format(
                    id=item_id, kind=tr(KIND_NAMES[kind]), got=tr(KIND_NAMES.get(got, "another kind of item"))
                )
            )
            continue
        found[item_id] = item.multiFrame() if kind == "table" else item
    if problems:
        raise TemplateError(
            tr(
                "The layout template {name} cannot be used: {problems}. Give each item its id in QGIS "
                "(Item Properties ▸ Item ID) or start from the bundled template."
            ).format(name=template_name or tr("(layout)"), problems="; ".join(problems))
        )
    return found


def translate_layout(layout) -> None:
    """Pass the texts stored in a layout through ``tr()``: label texts, legend titles, attribute table
    headings and empty-table messages, scale-bar unit labels. The shipped templates' texts are in the
    catalogue and come out in the language of the export; any other text is left as it is."""
    for item in layout.items():
        if isinstance(item, QgsLayoutItemLabel):
            item.setText(tr(item.text()))
        elif isinstance(item, QgsLayoutItemLegend):
            if item.title():
                item.setTitle(tr(item.title()))
        elif isinstance(item, QgsLayoutItemScaleBar):
            if item.unitLabel():
                item.setUnitLabel(tr(item.unitLabel()))
    for multi in layout.multiFrames():
        if isinstance(multi, QgsLayoutItemAttributeTable):
            columns = multi.columns()
            for column in columns:
                column.setHeading(tr(column.heading()))
            multi.setColumns(columns)
            if multi.emptyTableMessage():
                multi.setEmptyTableMessage(tr(multi.emptyTableMessage()))


def translate_renderer(layer) -> None:
    """Pass the legend labels of a rule-based renderer's rules (e.g. '< 6 h', loaded from a QML or
    built in code) through ``tr()``."""
    renderer = layer.renderer() if layer is not None else None
    root = renderer.rootRule() if renderer is not None and hasattr(renderer, "rootRule") else None
    if root is None:
        return
    stack = list(root.children())
    while stack:
        rule = stack.pop()
        if rule.label():
            rule.setLabel(tr(rule.label()))
        stack.extend(rule.children())


class AtlasItems:
    """Placing and binding the template's items (mixed into :class:`.layout_builder.ImpactAtlas`)."""

    def _overview_background(self, dpi: float = 250.0) -> None:
        """Draw the overview map's fixed background (countries and lakes, the same on every page) once, as
        a picture under the map item, and let the map item draw only what changes (this page's pathway,
        facility and the main map's extent). The PDF then holds that picture once instead of the
        vector borders of Central Asia on each of 81 pages. A picture that cannot be made leaves the
        overview as it was."""
        import tempfile

        from qgis.core import QgsLayoutItemPicture, QgsMapRendererSequentialJob
        from qgis.PyQt.QtCore import QSizeF

        overview = self.items["overview_map"]
        L = self.layers
        static = [L.get(k + "_overview", L.get(k)) for k in ("lakes", "countries") if k in L]
        if not static:
            return
        size = overview.sizeWithUnits()
        mm = self.layout.convertToLayoutUnits(size)
        pixels = QSizeF(mm.width() / 25.4 * dpi, mm.height() / 25.4 * dpi)
        settings = overview.mapSettings(overview.extent(), pixels, dpi, False)
        settings.setLayers(static)
        settings.setBackgroundColor(overview.backgroundColor())
        job = QgsMapRendererSequentialJob(settings)
        job.start()
        job.waitForFinished()
        image = job.renderedImage()
        if getattr(self, "_temp_folder", None) is None:  # one folder (the relief may have made it already)
            self._temp_folder = tempfile.TemporaryDirectory(prefix="tailings_maps_")
        path = Path(self._temp_folder.name) / "overview.png"
        if image.isNull() or not image.save(str(path), "PNG"):
            return
        picture = QgsLayoutItemPicture(self.layout)
        picture.setId("overview_background")
        picture.setPicturePath(str(path), QgsLayoutItemPicture.FormatRaster)
        picture.setResizeMode(QgsLayoutItemPicture.Stretch)
        self.layout.addLayoutItem(picture)
        picture.attemptMove(overview.positionWithUnits())
        picture.attemptResize(size)
        picture.setZValue(overview.zValue() - 0.5)
        overview.setLayers([layer for layer in overview.layers() if layer not in static])
        overview.setBackgroundEnabled(False)

    def _bind_footer(self):
        """The run's assumptions on every page (issue 14): the page field ``assumptions`` goes into the
        template's ``assumptions`` label when it has one, else into a label made in the lower part of the
        disclaimer's frame (both in a slightly smaller font); and the PDF's title, subject, author and
        keywords (project metadata)."""
        field = '[% "assumptions" %]'
        own = self.layout.itemById("assumptions")
        if isinstance(own, QgsLayoutItemLabel):
            if field not in own.text():
                own.setText(field)
        else:
            # the disclaimer and the data sources keep the top of the footer (as many lines as their
            # texts need in this language); the assumptions run under both, across the page, down to
            # 3 mm above the page edge, in the same small font
            disclaimer = self.items["disclaimer"]
            font = label_font(disclaimer)
            font.setPointSizeF(min(font.pointSizeF(), 5.6))
            set_label_font(disclaimer, font)
            pos, size = disclaimer.positionWithUnits(), disclaimer.sizeWithUnits()
            top = disclaimer_height(disclaimer, size.width(), size.height())
            right = pos.x() + size.width()
            sources = self.items.get("data_sources")
            if sources is not None and abs(sources.positionWithUnits().y() - pos.y()) < 1.0:
                s_size = sources.sizeWithUnits()
                top = max(top, disclaimer_height(sources, s_size.width(), s_size.height()))
                sources.attemptResize(QgsLayoutSize(s_size.width(), top, s_size.units()))
                right = max(right, sources.positionWithUnits().x() + s_size.width())
            disclaimer.attemptResize(QgsLayoutSize(size.width(), top, size.units()))
            page_height = self.layout.pageCollection().page(0).pageSize().height()
            bottom = max(pos.y() + size.height(), page_height - 3.0)
            own = QgsLayoutItemLabel(self.layout)
            own.setId("assumptions")
            own.setText(field)
            set_label_font(own, font, QColor("#1f3f66"))
            own.setMarginX(disclaimer.marginX())
            own.setMarginY(0)
            self.layout.addLayoutItem(own)
            own.attemptMove(QgsLayoutPoint(pos.x(), pos.y() + top, pos.units()))
            own.attemptResize(QgsLayoutSize(right - pos.x(), bottom - pos.y() - top, size.units()))
        metadata = self.project.metadata()
        metadata.setTitle(tr("Tailings facilities: downstream impact maps"))
        metadata.setAbstract(
            tr("Screening estimates of the downstream pathway, exposure and border crossings per facility.")
            + " "
            + self.footer
        )
        metadata.setAuthor(tr("Tailings downstream-impact plugin"))
        metadata.setKeywords({"": [tr("tailings"), tr("dam failure"), tr("downstream impact"), "Kazakhstan"]})
        self.project.setMetadata(metadata)

    def _inset_corner(self, rect, pieces, places):
        """Layout position (mm) of the facility close-up: the corner of the main map that hides the
        fewest pathway vertices and exposed places. The main map's extent is predicted as the atlas
        sets it (feature box grown by the atlas margin, then to the item's aspect ratio)."""
        close = self.items.get("facility_map")
        main = self.items["main_map"]
        margin = main.atlasMargin()
        dx, dy = rect.width() * margin / 2, rect.height() * margin / 2  # QGIS: box × (1 + margin)
        rect = QgsRectangle(
            rect.xMinimum() - dx, rect.yMinimum() - dy, rect.xMaximum() + dx, rect.yMaximum() + dy
        )
        pos, size = main.positionWithUnits(), main.sizeWithUnits()
        x0, y0, w, h = pos.x(), pos.y(), size.width(), size.height()
        aspect = w / h
        if rect.width() / rect.height() < aspect:
            grow = (rect.height() * aspect - rect.width()) / 2
            rect = QgsRectangle(
                rect.xMinimum() - grow, rect.yMinimum(), rect.xMaximum() + grow, rect.yMaximum()
            )
        else:
            grow = (rect.width() / aspect - rect.height()) / 2
            rect = QgsRectangle(
                rect.xMinimum(), rect.yMinimum() - grow, rect.xMaximum(), rect.yMaximum() + grow
            )
        iw, ih = (close.sizeWithUnits().width(), close.sizeWithUnits().height()) if close else (0.0, 0.0)
        gap = 2.5
        arrow = self.items["north_arrow"]
        arrow_left = arrow.positionWithUnits().x()
        arrow_bottom = arrow.positionWithUnits().y() + arrow.sizeWithUnits().height()
        corners = [
            (x0 + gap, y0 + gap),  # top left
            (x0 + w - iw - gap, y0 + h - ih - gap),  # bottom right
            (min(x0 + w - iw - gap, arrow_left - iw - gap), y0 + gap),  # top right, left of the north arrow
            (x0 + gap, y0 + h - ih - gap - 12),  # bottom left, above the scale bar
        ]
        lines = [g for g, _a in pieces if g is not None and not g.isEmpty()]
        places_xy = [g.asPoint() for g, _a in places if g is not None]

        def box(corner, cw, ch):
            """The map rectangle under a layout box at ``corner`` (mm) of size ``cw`` x ``ch`` (plus gap)."""
            lx, ly = corner
            return QgsRectangle(
                rect.xMinimum() + (lx - x0 - gap) / w * rect.width(),
                rect.yMaximum() - (ly - y0 + ch + gap) / h * rect.height(),
                rect.xMinimum() + (lx - x0 + cw + gap) / w * rect.width(),
                rect.yMaximum() - (ly - y0 - gap) / h * rect.height(),
            )

        def hidden(corner, cw, ch):
            """What a box would hide: 1000 for each pathway piece it touches (the pathway is the page's
            subject), 25 for each exposed place or crossing inside it."""
            area = box(corner, cw, ch)
            polygon = QgsGeometry.fromRect(area)
            cost = 1000 * sum(1 for g in lines if g.boundingBox().intersects(area) and g.intersects(polygon))
            return cost + 25 * sum(1 for p in places_xy if area.contains(p))

        # the scale bar goes bottom left or bottom right; the close-up (shown for long pathways) takes one
        # of the four corners; choose the pair that hides the fewest places and no pathway if it can
        bar = self.items["scalebar"]
        bw, bh = bar.sizeWithUnits().width(), bar.sizeWithUnits().height()
        # the bar's width follows the page scale (between its minimum and maximum bar width): reserve the
        # widest it can be, so that a right-hand corner never pushes it past the map's edge
        if hasattr(bar, "maximumBarWidth") and hasattr(bar, "minimumBarWidth"):
            bw += max(0.0, bar.maximumBarWidth() - bar.minimumBarWidth())
        bars = [
            (x0 + gap, y0 + h - bh - gap),  # bottom left
            (x0 + w - bw - gap, y0 + h - bh - gap),  # bottom right
            (x0 + gap, y0 + gap),  # top left
            (x0 + w - bw - gap, max(y0 + gap, arrow_bottom + gap)),  # top right, under the north arrow
            (x0 + gap, y0 + (h - bh) / 2),  # middle of the left side
            (x0 + w - bw - gap, y0 + (h - bh) / 2),  # middle of the right side
        ]
        long_pathway = bool(pieces) and max((a.get("to_km") or 0.0) for _g, a in pieces) >= LONG_PATHWAY_KM
        with_inset = close is not None and long_pathway

        def overlap(a, asize, b, bsize):
            return not (
                a[0] + asize[0] + gap <= b[0]
                or b[0] + bsize[0] + gap <= a[0]
                or a[1] + asize[1] + gap <= b[1]
                or b[1] + bsize[1] + gap <= a[1]
            )

        bar_costs = [hidden(side, bw, bh) for side in bars]
        best = None
        for i, corner in enumerate(corners if with_inset else [(x0, y0)]):
            inset_cost = hidden(corner, iw, ih) if with_inset else 0
            for j, side in enumerate(bars):
                if with_inset and overlap(corner, (iw, ih), side, (bw, bh)):
                    continue  # the close-up would sit on the scale bar
                # ties: bottom corners first (where a reader looks for a scale), then the others in order
                key = (bar_costs[j] + inset_cost, j, i)
                if best is None or key < best[0]:
                    best = (key, corner, side, inset_cost)
        _key, corner, side, inset_cost = best
        # no corner free of the pathway: leave the close-up out rather than cover the pathway
        inset_hidden = 1 if with_inset and inset_cost >= 1000 else 0
        return corner[0], corner[1], side[0], side[1], inset_hidden

    def _bind(self, sources_text):
        L = self.layers
        translate_layout(self.layout)
        for layer in L.values():
            translate_renderer(layer)
        order = [
            "marks",
            "crossings_map",
            "current",
            "exposed_map",
            "settlements",
            "others",
            "pathways",
            "rivers",
            "rivers_coarse",
            "lakes",
            "lakes_coarse",
            "oblasts",
            "oblasts_coarse",
            "relief",
            "countries",
        ]
        main_layers = [L[k] for k in order if k in L]
        self.items["main_map"].setLayers(main_layers)
        self.items["main_map"].setKeepLayerSet(True)
        self.items["main_map"].setCrs(self.crs)
        self.items["main_map"].setAtlasDriven(True)
        overview = [
            L.get(k + "_overview", L.get(k))
            for k in ("current_plain", "pathways", "lakes", "countries")
            if k in L
        ]
        self.items["overview_map"].setLayers(overview)
        self.items["overview_map"].setKeepLayerSet(True)
        self.items["overview_map"].setAtlasDriven(False)
        self._overview_background()
        if "facility_map" in self.items:
            close = [
                L[k]
                for k in (
                    "current",
                    "marks",
                    "exposed_map",
                    "settlements",
                    "pathways",
                    "rivers",
                    "lakes",
                    "countries",
                )
                if k in L
            ]
            self.items["facility_map"].setLayers(close)
            self.items["facility_map"].setKeepLayerSet(True)
            self.items["facility_map"].setAtlasDriven(False)
            props = self.items["facility_map"].dataDefinedProperties()
            props.setProperty(QgsLayoutObject.PositionX, QgsProperty.fromExpression('"inset_x"'))
            props.setProperty(QgsLayoutObject.PositionY, QgsProperty.fromExpression('"inset_y"'))
            excluded = props.property(QgsLayoutObject.ExcludeFromExports)
            shown_when = excluded.expressionString() if excluded and excluded.expressionString() else "false"
            props.setProperty(
                QgsLayoutObject.ExcludeFromExports,
                QgsProperty.fromExpression(f'({shown_when}) OR coalesce("inset_hidden", 0) = 1'),
            )
            self.items["facility_map"].setDataDefinedProperties(props)
        # scale bar and north arrow on an opaque white box: nothing of the map shows through them
        self.items["scalebar"].setBackgroundEnabled(True)
        self.items["scalebar"].setBackgroundColor(QColor(255, 255, 255))
        self.items["north_arrow"].setBackgroundEnabled(True)
        self.items["north_arrow"].setBackgroundColor(QColor(255, 255, 255))
        # the main map's labels keep out of the items drawn over it (close-up, scale bar, north arrow)
        for key in ("facility_map", "scalebar", "north_arrow"):
            if key in self.items and hasattr(self.items["main_map"], "addLabelBlockingItem"):
                self.items["main_map"].addLabelBlockingItem(self.items[key])
        bar_props = self.items["scalebar"].dataDefinedProperties()
        bar_props.setProperty(QgsLayoutObject.PositionX, QgsProperty.fromExpression('"scalebar_x"'))
        bar_props.setProperty(QgsLayoutObject.PositionY, QgsProperty.fromExpression('"scalebar_y"'))
        self.items["scalebar"].setDataDefinedProperties(bar_props)
        arrow = self.items["north_arrow"]
        if not Path(
            arrow.evaluatedPath() if hasattr(arrow, "evaluatedPath") else arrow.picturePath()
        ).is_file():
            arrow.setPicturePath(north_arrow_svg())

        legend = self.items["legend"]
        legend.setAutoUpdateModel(False)
        self._legend_root = QgsLayerTree()
        for key in (
            "current",
            "pathways",
            "marks",
            "crossings_map",
            "exposed_map",
            "settlements",
            "others",
            # the fine and the simplified copies: each page's legend shows the one its scale draws
            "rivers",
            "rivers_coarse",
            "lakes",
            "lakes_coarse",
        ):
            if key in L:
                self._legend_root.addLayer(L[key])
        legend.model().setRootGroup(self._legend_root)
        legend.setLinkedMap(self.items["main_map"])
        _fit_legend(legend)

        for key in ("exposed_table", "crossings_table"):
            table = self.items[key]
            columns = table.columns()
            sort_columns = table.sortColumns() if hasattr(table, "sortColumns") else None
            table.setVectorLayer(L[key])
            table.setColumns(columns)
            if sort_columns is not None:
                table.setSortColumns(sort_columns)
            localise_table_numbers(table, self.language)  # "52 664", "0,6" on a Russian page
            fit_table_headings(table)  # a translated heading wider than its column: two lines, not cut
            table.setDisplayOnlyVisibleFeatures(False)
            table.setFilterToAtlasFeature(False)
        if self.inputs.exposed is None:
            self.items["exposed_table"].setEmptyTableMessage(
                tr("Exposure not computed: give the EXPOSED output of tailings:downstreamimpact.")
            )
        if self.inputs.crossings is None:
            self.items["crossings_table"].setEmptyTableMessage(
                tr("Border crossings not computed: give the CROSSINGS output of tailings:downstreamimpact.")
            )
        if "subtitle" in self.items and "coverage" in L:  # the facts line of every page fits its frame
            fit_label_to_texts(self.items["subtitle"], [f["subtitle"] for f in L["coverage"].getFeatures()])
        if sources_text and "data_sources" in self.items:
            self.items["data_sources"].setText(sources_text)
        self._bind_footer()

        atlas = self.layout.atlas()
        atlas.setCoverageLayer(L["coverage"])
        atlas.setEnabled(True)
        atlas.setHideCoverage(True)
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"page_order"')
        atlas.setSortAscending(True)
        atlas.setFilterFeatures(False)
        atlas.setFilenameExpression("'impact_' || \"facility_id\"")
        atlas.featureChanged.connect(self._on_feature)
        atlas.updateFeatures()

    def _on_feature(self, feature):
        fid = _key(feature["facility_id"]) if feature is not None and feature.isValid() else ""
        self.current_id = fid
        expression = f'"facility_id" = {QgsExpression.quotedValue(fid)}'
        for layer in self.page_layers:
            layer.setSubsetString(expression)
        settlements = getattr(self, "settlements_layer", None)
        if settlements is not None:
            marker = QgsExpression.quotedValue(f"|{fid}|")
            settlements.setSubsetString(f'coalesce(strpos("exposed_by", {marker}), 0) = 0')

    # ---- life cycle ----
