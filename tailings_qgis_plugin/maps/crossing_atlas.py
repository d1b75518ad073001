"""Receptor map pages: one page per border crossing with the facilities whose release reaches it.

The receptor variant of :class:`.layout_builder.ImpactAtlas` (issue 18): the coverage is the SUMMARY of
tailings:borderwatch (one point per crossing), the river stretches are its OUTPUT lines (one per crossing
x facility), the facilities are labelled with their arrival time and listed by arrival in the template's
``exposed_table``. The same A4/A3 templates, template checks, translation of the template texts,
assumptions footer and exporter (:class:`.atlas_export.AtlasExport`) as the facility pages are used; the
``crossings_table`` and the facility close-up are hidden. Input layers are never changed.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsGeometry,
    QgsLayerTree,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsProject,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import Qt

from tailings_qgis_plugin import i18n
from tailings_qgis_plugin.core.common import TailingsError, tr, tr_noop
from tailings_qgis_plugin.core.numbers import num as _num
from tailings_qgis_plugin.core.run_parameters import one_line, run_parameters
from tailings_qgis_plugin.core.value_labels import country_name
from tailings_qgis_plugin.paths import sample_data_path

from . import styles
from .atlas_export import AtlasExport
from .atlas_inputs import MIN_PAGE_EXTENT_M, AtlasReader, _add, _float, _key, _memory_layer, _value
from .atlas_items import AtlasItems, _fit_legend, check_items, load_template, translate_layout
from .templates import MAP_CRS_PROJ

PAGE_FIELDS = [
    ("crossing_id", "text"),
    ("page_title", "text"),
    ("page_subtitle", "text"),
    ("assumptions", "text"),
    ("page_caption", "text"),
    ("page_order", "real"),
]
PAIR_FIELDS = [
    ("crossing_id", "text"),
    ("facility_id", "text"),
    ("name", "text"),
    ("dist_km", "real"),
    ("arrival_h", "real"),
    ("arrival", "text"),
    ("rank", "int"),
]
POINT_FIELDS = [("crossing_id", "text"), ("label", "text")]


def arrival_text(hours) -> str:
    """'about 7 h' under two days, else '3.2 days (77 h)'; '?' when unknown."""
    h = _float(hours)
    if h is None:
        return "?"
    if h < 48.0:
        return tr("{h} h").format(h=_num(h))
    return tr("{d} days ({h} h)").format(d=_num(h / 24.0, 1), h=_num(h))


def crossing_title(river, to_country, direction="outgoing") -> str:
    """'Where the Ertis leaves Kazakhstan into Russia' (or enters it, from ...)."""
    river = str(river).strip() if river not in (None, "") else tr("river")
    if direction == "incoming":
        return tr("Where the {river} enters Kazakhstan from {country}").format(
            river=river, country=to_country
        )
    return tr("Where the {river} leaves Kazakhstan into {country}").format(river=river, country=to_country)


class CrossingAtlas(AtlasReader, AtlasExport):
    """Map pages for the border crossings of tailings:borderwatch; see the module docstring."""

    multipage_name = "border_crossings.pdf"
    #: the field that names a page in both inputs (the receptor variant, :mod:`.receptor_atlas`, reads
    #: ``receptor_id``); inside the atlas the page key is always called ``crossing_id``
    key_field = "crossing_id"
    file_prefix = "crossing_"
    #: legend titles of the stretches, the facilities and the page's point, and the table caption
    titles = (
        tr_noop("River stretch from the facility to the border"),
        tr_noop("Facility, with the arrival at the border"),
        tr_noop("Border crossing"),
        tr_noop("Facilities upstream, by arrival at the border"),
        tr_noop("Border crossings: facilities upstream and arrival times"),
    )
    empty_message = tr_noop("No border crossing with facilities upstream to map.")

    def __init__(
        self,
        crossings: QgsVectorLayer,
        pairs: QgsVectorLayer,
        template,
        facilities: QgsVectorLayer | None = None,
        name_field: str = "name",
        countries: QgsVectorLayer | None = None,
        rivers: QgsVectorLayer | None = None,
        direction: str | None = "outgoing",
        feedback=None,
        language: str | None = None,
        assumptions: str | None = None,
    ):
        self.feedback = feedback
        self.crs = QgsCoordinateReferenceSystem.fromProj(MAP_CRS_PROJ)
        self.project = QgsProject()
        self.project.setCrs(self.crs)
        self.warnings: list[str] = []
        self.layers: dict = {}
        self.current_id = ""
        self.layout = None
        try:
            with i18n.language(language, feedback) as used:
                self.language = used
                names = self._facility_names(facilities, name_field)
                country_names = self._country_names(countries)
                self._read(crossings, pairs, names, country_names, direction)
                self._footer(assumptions, (crossings, pairs), facilities)
                self.layout = load_template(template, self.project)
                self.items = check_items(self.layout, Path(str(template)).name)
                self._background(countries, rivers)
                self._bind()
        except BaseException:
            self.close()
            raise

    # ---- reading ----
    @staticmethod
    def _facility_names(layer, name_field) -> dict:
        if layer is None:
            return {}
        fields = layer.fields().names()
        if "facility_id" not in fields or name_field not in fields:
            return {}
        return {_key(f["facility_id"]): str(_value(f, name_field) or "") for f in layer.getFeatures()}

    def _country_names(self, layer) -> dict:
        if layer is None and sample_data_path().is_file():
            layer = QgsVectorLayer(f"{sample_data_path()}|layername=countries", "countries", "ogr")
        if layer is None or not layer.isValid():
            return {}
        fields = layer.fields().names()
        local = {"ru": "name_ru", "kk": "name_kk"}.get(self.language)
        name = local if local in fields else ("name" if "name" in fields else None)
        if "adm0_a3" not in fields or name is None:
            return {}
        return {str(f["adm0_a3"]): country_name(_value(f, name) or f["adm0_a3"]) for f in layer.getFeatures()}

    def _read(self, crossings, pairs, names, country_names, direction):
        self._check_fields(crossings, pairs)
        lines, starts, by_crossing = self._read_pairs(pairs, names)
        pages, points = self._read_crossings(crossings, lines, by_crossing, country_names, direction)
        if not pages:
            raise TailingsError(tr(self.empty_message))
        self.pages = pages
        self.page_ids = [p["crossing_id"] for _g, p in sorted(pages, key=lambda x: x[1]["page_order"])]
        self.rows = {
            cid: sorted(
                [a for _g, a in lines if a["crossing_id"] == cid], key=lambda a: a["arrival_h"] or 1e12
            )
            for cid in self.page_ids
        }
        self._make_layers(lines, starts, points)

    def _check_fields(self, crossings, pairs):
        for layer, needed in (
            (crossings, ("crossing_id", "river", "to_country")),
            (pairs, ("crossing_id", "facility_id", "arrival_h", "dist_km")),
        ):
            missing = [n for n in needed if n not in layer.fields().names()]
            if missing:
                raise TailingsError(
                    tr(
                        "The layer {layer} lacks the fields {fields}: give the outputs of tailings:borderwatch."
                    ).format(layer=layer.name(), fields=", ".join(missing))
                )

    def _read_pairs(self, pairs, names):
        to_map = self._transform(pairs)
        self._pair_records = []
        lines, starts, by_crossing = [], [], {}
        for f in pairs.getFeatures():
            self._check()
            cid = _key(f[self.key_field])
            fid = _key(f["facility_id"])
            geometry = QgsGeometry(f.geometry())
            if geometry.isEmpty() or geometry.transform(to_map) != 0:
                continue
            attrs = {
                "crossing_id": cid,
                "facility_id": fid,
                "name": names.get(fid) or fid,
                "dist_km": _float(f["dist_km"]),
                "arrival_h": _float(f["arrival_h"]),
                "arrival": arrival_text(f["arrival_h"]),
                "rank": _value(f, "rank"),
            }
            lines.append((geometry, attrs))
            self._pair_records.append((None, dict(zip(pairs.fields().names(), f.attributes()))))
            start = geometry.interpolate(0.0)
            starts.append((start, {"crossing_id": cid, "label": f"{attrs['name']}\n{attrs['arrival']}"}))
            by_crossing.setdefault(cid, []).append(geometry)
        return lines, starts, by_crossing

    def _read_crossings(self, crossings, lines, by_crossing, country_names, direction):
        to_map_c = self._transform(crossings)
        pages, points = [], []
        for f in crossings.getFeatures():
            cid = _key(f["crossing_id"])
            if direction and _value(f, "direction") not in (None, direction):
                continue
            if cid not in by_crossing:
                continue
            point = QgsGeometry(f.geometry())
            if point.transform(to_map_c) != 0:
                continue
            box = point.boundingBox()
            for line in by_crossing[cid]:
                box.combineExtentWith(line.boundingBox())
            half = max(box.width(), box.height(), MIN_PAGE_EXTENT_M) * 0.55
            c = box.center()
            cover = QgsGeometry.fromRect(QgsRectangle(c.x() - half, c.y() - half, c.x() + half, c.y() + half))
            country = str(_value(f, "to_country") or "?")
            first = min(
                (a for _g, a in lines if a["crossing_id"] == cid), key=lambda a: a["arrival_h"] or 1e12
            )
            subtitle = tr(
                "{n} facilities upstream; the first, {name}, arrives after {arrival} ({km} km)"
            ).format(
                n=len(by_crossing[cid]),
                name=first["name"],
                arrival=first["arrival"],
                km=_num(first["dist_km"] or 0),
            )
            page = {
                "crossing_id": cid,
                "page_title": crossing_title(
                    _value(f, "river"), country_names.get(country, country), _value(f, "direction")
                ),
                "page_subtitle": subtitle,
                "page_order": first["arrival_h"] or 0.0,
            }
            pages.append((cover, page))
            points.append((point, {"crossing_id": cid, "label": country_names.get(country, country)}))
        return pages, points

    def _make_layers(self, lines, starts, points):
        crs = self.crs
        L = self.layers
        L["coverage"] = _memory_layer("Polygon", "pages", PAGE_FIELDS, crs)
        L["pairs"] = _memory_layer("LineString", tr(self.titles[0]), PAIR_FIELDS, crs)
        _add(L["pairs"], lines)
        L["facilities"] = _memory_layer("Point", tr(self.titles[1]), POINT_FIELDS, crs)
        _add(L["facilities"], starts)
        L["crossing"] = _memory_layer("Point", tr(self.titles[2]), POINT_FIELDS, crs)
        _add(L["crossing"], points)
        L["table"] = _memory_layer("None", "table", PAIR_FIELDS, crs)
        _add(L["table"], [(None, a) for _g, a in lines])
        styles.set_style(L["pairs"], styles.QgsSingleSymbolRenderer(styles.pathway_line_symbol("#d7191c")))
        renderer, _none = styles.current_facility("label")
        styles.set_style(
            L["facilities"],
            renderer,
            QgsVectorLayerSimpleLabeling(
                styles.label_settings(
                    '"label"', 7.5, "#000000", bold=True, priority=10, distance=1.5, buffer=1.0
                )
            ),
        )
        styles.set_style(
            L["crossing"],
            self._point_renderer(),
            QgsVectorLayerSimpleLabeling(
                styles.label_settings(
                    '"label"', 8.0, "#000000", bold=True, priority=10, distance=1.5, buffer=1.0
                )
            ),
        )

    @staticmethod
    def _point_renderer():
        """The symbol of the page's own point (a yellow star for a border crossing)."""
        star, _labels = styles.crossings()
        return star

    def _footer(self, given, layers, facilities):
        """The run's assumptions (:func:`tailings_qgis_plugin.core.run_parameters.run_parameters`): the text
        given, the layers' recorded metadata, else what the facility rows (scenario, interval) and the
        borderwatch rows show (velocity = distance / travel time, snap distance, concentrations)."""
        recorded = [lyr.metadata().abstract().strip() for lyr in layers if lyr is not None]
        records = []
        if facilities is not None:
            names = facilities.fields().names()
            records = [dict(zip(names, f.attributes())) for f in facilities.getFeatures()]
        rows = [r for _g, r in getattr(self, "_pair_records", [])]
        pathways = [
            {"from_h": 0.0, "to_h": r.get("travel_time_h"), "from_km": 0.0, "to_km": r.get("dist_km")}
            for r in rows
        ]
        short = run_parameters(records, rows, pathways, [], recorded=recorded, given=given, short=True)
        self.parameters = run_parameters(records, rows, pathways, [], recorded=recorded, given=given)
        self.footer = tr("Assumptions: {text}").format(text=one_line(short))

    def _background(self, countries, rivers):
        sample = sample_data_path()
        for key, layer, title in (("countries", countries, tr("Country")), ("rivers", rivers, tr("River"))):
            copy = layer.clone() if layer is not None else None
            if copy is None and sample.is_file():
                copy = QgsVectorLayer(f"{sample}|layername={key}", key, "ogr")
            if copy is None or not copy.isValid():
                self.warnings.append(
                    tr("The {name} layer could not be opened; it is left out.").format(name=key)
                )
                continue
            copy.setName(title)
            if key == "countries" and not {"adm0_a3", "name"} <= set(copy.fields().names()):
                continue
            styles.apply_style(copy, key)
            self.layers[key] = copy

    # ---- the layout ----
    def _bind(self):
        L = self.layers
        for layer in L.values():
            self.project.addMapLayer(layer, False)
        translate_layout(self.layout)
        self._single_page()
        main = self.items["main_map"]
        main.setLayers([L[k] for k in ("crossing", "facilities", "pairs", "rivers", "countries") if k in L])
        main.setKeepLayerSet(True)
        main.setCrs(self.crs)
        main.setAtlasDriven(True)
        overview = self.items["overview_map"]
        overview.setLayers([L[k] for k in ("crossing", "pairs", "countries") if k in L])
        overview.setKeepLayerSet(True)
        overview.setAtlasDriven(False)
        AtlasItems._overview_background(self)
        for key in ("facility_map",):
            if key in self.items:
                self.items[key].setVisibility(False)
        for key in ("crossings_table",):
            for frame in self.items[key].frames():
                frame.setVisibility(False)
        if "crossings_caption" in self.items:
            self.items["crossings_caption"].setVisibility(False)
        self.items["title"].setText('[% "page_title" %]')
        if "subtitle" in self.items:
            self.items["subtitle"].setText('[% "page_subtitle" %]')
        self._bind_pages()
        self._bind_legend()
        self._bind_table()
        self._bind_atlas()

    def _single_page(self):
        """Only the map page: the A3 template's second page (a facility's downstream profile) has no
        counterpart for a crossing, so it and its items are removed from this copy of the template."""
        pages = self.layout.pageCollection()
        while pages.pageCount() > 1:
            last = pages.pageCount() - 1
            for item in pages.itemsOnPage(last):
                if item is pages.page(last):
                    continue
                self.items = {k: v for k, v in self.items.items() if v is not item}
                self.layout.removeLayoutItem(item)
            pages.deletePage(last)

    def _bind_pages(self):
        L = self.layers
        shown = self.items["exposed_table"].maximumNumberOfFeatures()
        rows = []
        for geometry, page in self.pages:
            total = len(self.rows[page["crossing_id"]])
            caption = tr(self.titles[3])
            if shown and total > shown:
                caption += tr(" (first {n} of {total})").format(n=shown, total=total)
            rows.append((geometry, {**page, "assumptions": self.footer, "page_caption": caption}))
        _add(L["coverage"], rows)
        if "exposed_caption" in self.items:
            self.items["exposed_caption"].setText('[% "page_caption" %]')

    def _bind_legend(self):
        L = self.layers
        legend = self.items["legend"]
        legend.setAutoUpdateModel(False)
        self._legend_root = QgsLayerTree()
        for key in ("crossing", "facilities", "pairs", "rivers"):
            if key in L:
                self._legend_root.addLayer(L[key])
        legend.model().setRootGroup(self._legend_root)
        legend.setLinkedMap(self.items["main_map"])
        _fit_legend(legend)

    def _bind_table(self):
        L = self.layers
        table = self.items["exposed_table"]
        table.setVectorLayer(L["table"])
        columns = []
        frame = table.frame(0)
        width = frame.sizeWithUnits().width() if frame is not None else 120.0
        other = self.items["crossings_table"].frame(0)
        if (
            frame is not None
            and other is not None
            and other.positionWithUnits().x() > frame.positionWithUnits().x()
        ):
            # the crossings table is hidden: the facility table takes its place too
            right = other.positionWithUnits().x() + other.sizeWithUnits().width()
            width = right - frame.positionWithUnits().x()
            frame.attemptResize(
                QgsLayoutSize(width, frame.sizeWithUnits().height(), frame.sizeWithUnits().units())
            )
        for heading, attribute, share in (
            (tr("Facility"), '"name"', 0.45),
            (tr("Distance, km"), 'format_number("dist_km", 0)', 0.2),
            (tr("Arrival"), '"arrival"', 0.35),
        ):
            column = QgsLayoutTableColumn(heading)
            column.setAttribute(attribute)
            column.setWidth(width * share - 2.0)
            columns.append(column)
        table.setColumns(columns)
        order = QgsLayoutTableColumn()
        order.setAttribute('"arrival_h"')
        order.setSortOrder(Qt.AscendingOrder)
        if hasattr(table, "setSortColumns"):
            table.setSortColumns([order])
        table.setFilterToAtlasFeature(False)
        table.setFilterFeatures(True)
        table.setFeatureFilter("\"crossing_id\" = attribute(@atlas_feature, 'crossing_id')")
        table.setEmptyTableMessage(tr("No facility upstream."))

    def _bind_atlas(self):
        L = self.layers
        AtlasItems._bind_footer(self)
        metadata = self.project.metadata()
        metadata.setTitle(tr(self.titles[4]))
        self.project.setMetadata(metadata)
        atlas = self.layout.atlas()
        atlas.setCoverageLayer(L["coverage"])
        atlas.setEnabled(True)
        atlas.setHideCoverage(True)
        atlas.setSortFeatures(True)
        atlas.setSortExpression('"page_order"')
        atlas.setSortAscending(True)
        atlas.setFilterFeatures(False)
        atlas.setFilenameExpression(f"'{self.file_prefix}' || \"crossing_id\"")
        atlas.featureChanged.connect(self._on_feature)
        atlas.updateFeatures()

    def _on_feature(self, feature):
        cid = _key(feature["crossing_id"]) if feature is not None and feature.isValid() else ""
        self.current_id = cid
        expression = f'"crossing_id" = {QgsExpression.quotedValue(cid)}'
        for key in ("pairs", "facilities", "crossing"):
            self.layers[key].setSubsetString(expression)
