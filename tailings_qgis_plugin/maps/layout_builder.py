"""Impact map pages: load a print layout template, bind the analysis layers, run the atlas, export.

One atlas page per facility. The page's coverage feature is a polygon around the facility and everything
downstream of it (pathway, exposed settlements, border crossings) in the map CRS, so the main map follows
the pathway with a margin; for long pathways the optional ``facility_map`` close-up and the overview inset
still show where the facility is. Layers that belong to one facility (pathway, travel-time marks, exposed
settlements, crossings, the facility itself) are private memory copies filtered to the page's facility
when the atlas moves; the tables filter themselves with ``@atlas_feature``. Input layers are never changed.

QGIS 3.22 notes: the static ``QgsLayoutExporter.exportToPdf(atlas, ...)`` returns ``(result, error)``;
``errorMessage()`` does not exist; ``QgsLayoutItemAttributeTable.setVectorLayer`` resets the columns,
so the template's columns are put back after it.

Language: ``ImpactAtlas(..., language="ru")`` builds the pages with the plugin's Russian translator
installed (:func:`tailings_qgis_plugin.i18n.language`) and restores the interface language afterwards.
Texts computed here (subtitle, captions, layer and legend names, time-mark labels, units) go through
``tr()``; texts stored in the template (labels, legend title, table headings, empty-table messages, the
scale-bar unit) are passed through ``tr()`` by :func:`translate_layout`, so the shipped templates' English
texts are translated and a user's own texts stay as written. Settlement names follow the language
(``name_ru`` / ``name_kk``, see :mod:`.names`).
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsExpression,
    QgsFeature,
    QgsFeedback,
    QgsFields,
    QgsGeometry,
    QgsLayerTree,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutObject,
    QgsLegendRenderer,
    QgsLegendStyle,
    QgsLineString,
    QgsMarkerSymbol,
    QgsPointXY,
    QgsPrintLayout,
    QgsProject,
    QgsProperty,
    QgsReadWriteContext,
    QgsRectangle,
    QgsRenderContext,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant
from qgis.PyQt.QtXml import QDomDocument

from tailings_qgis_plugin import i18n
from tailings_qgis_plugin.core.common import Cancelled, TailingsError, tr
from tailings_qgis_plugin.core.report import border_label
from tailings_qgis_plugin.paths import sample_data_path
from tailings_qgis_plugin.qgis_compat import legend_style_font, make_field, set_legend_style_font

from . import styles
from .names import AUTO_FIELDS, SettlementNames, local_name_field, settlement_layer
from .templates import LONG_PATHWAY_KM, MAP_CRS_PROJ, OPTIONAL_ITEMS, REQUIRED_ITEMS, north_arrow_svg

FORMAT_PDF_PER_FACILITY = "pdf"
FORMAT_PDF_MULTIPAGE = "multipage_pdf"
FORMAT_PNG = "png"
FORMATS = (FORMAT_PDF_PER_FACILITY, FORMAT_PDF_MULTIPAGE, FORMAT_PNG)

# (from, to) travel-time field pairs on pathway pieces, first match wins
TIME_FIELDS = [
    ("from_h", "to_h"),
    ("arrival_from_h", "arrival_to_h"),  # tailings:downstreamimpact: leading edge of the release
    ("travel_time_from_h", "travel_time_to_h"),
    ("from_travel_time_h", "to_travel_time_h"),
    ("from_time_h", "to_time_h"),
    ("start_h", "end_h"),
]
MIN_PAGE_EXTENT_M = 60_000.0  # smallest main-map window (a facility with a short or no pathway)

# the atlas page fields a template label may use, e.g. [% "name" %]
COVERAGE_FIELDS = [
    ("facility_id", "text"),
    ("name", "text"),
    ("operator", "text"),
    ("subtitle", "text"),
    ("exposed_caption", "text"),
    ("region", "text"),
    ("commodity", "text"),
    ("thi", "real"),
    ("consequence_class", "text"),
    ("runout_km", "real"),
    ("pathway_km", "real"),
    ("settlements_exposed", "int"),
    ("population_exposed", "real"),
    ("crossings_count", "int"),
    ("first_border", "text"),
    ("first_border_h", "real"),
    ("fx", "real"),
    ("fy", "real"),
    ("page_order", "int"),
    ("inset_x", "real"),
    ("inset_y", "real"),
    ("scalebar_x", "real"),
    ("scalebar_y", "real"),
]

EXPOSED_FIELDS = [
    ("facility_id", "text"),
    ("name", "text"),
    ("country", "text"),
    ("population", "real"),
    ("dist_km", "real"),
    ("offset_m", "real"),
    ("arrival_h", "real"),
    ("peak_h", "real"),
    ("peak_conc_mg_l", "real"),
    ("dilution", "real"),
]
CROSSING_FIELDS = [
    ("facility_id", "text"),
    ("kind", "text"),  # crossing / border_stretch (a river along the border)
    ("from_country", "text"),
    ("to_country", "text"),
    ("countries", "text"),
    ("dist_km", "real"),
    ("end_km", "real"),
    ("arrival_h", "real"),
    ("border", "text"),  # 'KAZ → RUS', written here in the language of the export
]
PATHWAY_FIELDS = [
    ("facility_id", "text"),
    ("seq", "int"),
    ("kind", "text"),
    ("from_km", "real"),
    ("to_km", "real"),
    ("from_h", "real"),
    ("to_h", "real"),
]


class TemplateError(TailingsError):
    """A layout template that cannot be used (missing file, bad XML, missing item)."""


# --- small helpers -------------------------------------------------------------------------------------


def _value(feature, name):
    """Attribute as a plain Python value (None for NULL or a missing field)."""
    index = feature.fields().lookupField(name) if name else -1
    if index < 0:
        return None
    value = feature.attribute(index)
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if isinstance(value, QVariant):
        value = value.value()
    return value


def _float(value):
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _key(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def safe_filename(text: str) -> str:
    """A file name part made of letters, digits, dot, dash and underscore, distinct for distinct ids.

    An id that is already a clean name is kept as it is. When cleaning changes it (``K/1`` and ``K:1``
    both clean to ``K_1``; a long id is cut), the first 8 hex digits of the SHA-1 of the id are appended
    so that two ids never share a file (one map lost, the report showing one map twice)."""
    text = str(text)
    cleaned = re.sub(r"[^\w.-]+", "_", text, flags=re.UNICODE).strip("._")[:80] or "facility"
    if cleaned == text:
        return cleaned
    digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
    return f"{cleaned}-{digest}"


def _memory_layer(geometry: str, name: str, fields, crs: QgsCoordinateReferenceSystem) -> QgsVectorLayer:
    uri = f"{geometry}?crs={crs.authid()}" if crs.authid() else geometry
    layer = QgsVectorLayer(uri, name, "memory")
    if not crs.authid():
        layer.setCrs(crs)
    qfields = QgsFields()
    for field_name, kind in fields:
        qfields.append(make_field(field_name, kind))
    layer.dataProvider().addAttributes(qfields.toList())
    layer.updateFields()
    return layer


def _add(layer, rows):
    """rows: (geometry or None, dict of attributes)."""
    features = []
    names = layer.fields().names()
    for geometry, attrs in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([attrs.get(n) for n in names])
        if geometry is not None:
            feature.setGeometry(geometry)
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()


def _polyline(geometry: QgsGeometry):
    """All vertices of a (multi)line as one list of points, parts joined in order."""
    if QgsWkbTypes.isMultiType(geometry.wkbType()):
        parts = geometry.asMultiPolyline()
    else:
        parts = [geometry.asPolyline()]
    points = []
    for part in parts:
        for p in part:
            if not points or (p.x() != points[-1].x() or p.y() != points[-1].y()):
                points.append(QgsPointXY(p))
    return points


def _substring(points, length, d0, d1) -> QgsGeometry:
    line = QgsLineString([p for p in points])
    d0, d1 = max(0.0, d0), min(length, d1)
    return QgsGeometry(line.curveSubstring(d0, d1))


def _point_along(points, d) -> QgsGeometry:
    return QgsGeometry(QgsLineString(points)).interpolate(d)


@dataclass
class MapInputs:
    """The layers a page is made of. Analysis layers come from the tailings algorithms; background
    layers default to the bundled sample data when None."""

    facilities: QgsVectorLayer
    pathways: QgsVectorLayer
    exposed: QgsVectorLayer | None = None
    crossings: QgsVectorLayer | None = None
    rivers: QgsVectorLayer | None = None
    lakes: QgsVectorLayer | None = None
    settlements: QgsVectorLayer | None = None
    countries: QgsVectorLayer | None = None
    id_field: str = "facility_id"
    name_field: str = "name"
    operator_field: str = "operator"
    settlement_name_field: str = "name"
    population_field: str = "population"
    # field of localised settlement names; None: name_ru for Russian, name_kk for Kazakh when present
    settlement_local_name_field: str | None = None
    extra: dict = field(default_factory=dict)


def _fit_legend(legend, steps: int = 3) -> None:
    """Shrink the legend's fonts and symbols (at most to 0.9**steps) until its content is as wide as its frame.

    Translated entries are longer than the English ones the templates were laid out for (Russian and
    Kazakh often by a third); a legend item does not wrap text, so without this the last column is cut.
    Only the width is checked: the renderer's minimum height ignores the column split. Fonts never go
    below about 70 % so that the print stays legible.
    """
    frame = legend.rect()
    styles = (QgsLegendStyle.Title, QgsLegendStyle.Group, QgsLegendStyle.Subgroup, QgsLegendStyle.SymbolLabel)
    for _ in range(steps):
        legend.refresh()
        size = QgsLegendRenderer(legend.model(), legend.legendSettings()).minimumSize()
        if size.width() <= frame.width():
            return
        for style in styles:
            font = legend_style_font(legend, style)
            font.setPointSizeF(font.pointSizeF() * 0.9)
            set_legend_style_font(legend, style, font)
        legend.setSymbolWidth(legend.symbolWidth() * 0.9)
        legend.setSymbolHeight(legend.symbolHeight() * 0.9)
        legend.setColumnSpace(legend.columnSpace() * 0.9)


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


# --- the atlas -----------------------------------------------------------------------------------------


class ImpactAtlas:
    """The impact map pages for a set of facilities; see the module docstring."""

    def __init__(
        self,
        inputs: MapInputs,
        template,
        facility_ids=None,
        only_with_pathway: bool = True,
        time_marks_h=(6.0, 24.0, 72.0),
        sources_text: str | None = None,
        feedback=None,
        language: str | None = None,
    ):
        """``language``: 'en', 'ru' or 'kk' for the texts of the pages (None: the current language,
        normally QGIS's); the previous translator is restored when the pages are built and after
        each export."""
        self.feedback = feedback
        self.inputs = inputs
        self.crs = QgsCoordinateReferenceSystem.fromProj(MAP_CRS_PROJ)
        self.project = QgsProject()
        self.project.setCrs(self.crs)
        self.time_marks_h = sorted(float(t) for t in time_marks_h if float(t) > 0)
        self.warnings: list[str] = []

        try:
            with i18n.language(language, feedback) as used:
                self.language = used
                self._read_facilities()
                self._read_pathways()
                self._settlement_names()
                self._read_exposed()
                self._read_crossings()
                self.page_ids = self._choose_pages(facility_ids, only_with_pathway)
                self.layout = load_template(template, self.project)
                self.items = check_items(self.layout, Path(str(template)).name)
                self._build_layers()
                self._bind(sources_text)
        except BaseException:
            # Free the layout and layers now, in the right order: the traceback keeps this half-built
            # object alive, and freeing it later (after QGIS has shut down) crashes QGIS 3.22.
            self.close()
            raise

    # ---- reading ----
    def _transform(self, layer):
        return QgsCoordinateTransform(layer.crs(), self.crs, self.project.transformContext())

    def _check(self):
        if self.feedback is not None and self.feedback.isCanceled():
            raise Cancelled(tr("Cancelled by the user."))

    def _read_facilities(self):
        layer = self.inputs.facilities
        if layer is None or not layer.isValid():
            raise TailingsError(tr("The facility layer could not be opened."))
        names = layer.fields().names()
        id_field = self.inputs.id_field if self.inputs.id_field in names else None
        if id_field is None:
            raise TailingsError(
                tr("The facility layer has no field '{f}'. Available fields: {names}.").format(
                    f=self.inputs.id_field, names=", ".join(names)
                )
            )
        transform = self._transform(layer)
        self.facilities = {}
        for feature in layer.getFeatures():
            self._check()
            fid = _key(_value(feature, id_field))
            geometry = feature.geometry()
            if not fid or geometry is None or geometry.isEmpty():
                continue
            geometry = QgsGeometry(geometry)
            if geometry.type() != QgsWkbTypes.PointGeometry:
                geometry = geometry.pointOnSurface()
            elif geometry.isMultipart():
                geometry = geometry.centroid()
            geometry.transform(transform)
            record = {name: _value(feature, name) for name in names}
            record["name"] = _value(feature, self.inputs.name_field) or fid
            record["operator"] = _value(feature, self.inputs.operator_field)
            self.facilities[fid] = {"record": record, "point": geometry}
        if not self.facilities:
            raise TailingsError(tr("The facility layer has no facility with an id and a location."))

    def _read_pathways(self):
        layer = self.inputs.pathways
        self.pieces = {}  # facility id -> list of dicts
        self.time_fields = None
        if layer is None:
            return
        names = layer.fields().names()
        if "facility_id" not in names:
            raise TailingsError(
                tr("The pathway layer has no field 'facility_id'. Available fields: {names}.").format(
                    names=", ".join(names)
                )
            )
        self.time_fields = next((pair for pair in TIME_FIELDS if pair[0] in names and pair[1] in names), None)
        if self.time_fields is None:
            self.warnings.append(
                tr(
                    "The pathway layer has no travel-time fields (from_h/to_h): pathways are drawn in one "
                    "colour and without time marks. Use the PATHWAYS output of tailings:downstreamimpact."
                )
            )
        transform = self._transform(layer)
        for feature in layer.getFeatures():
            self._check()
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry = QgsGeometry(geometry)
            geometry.transform(transform)
            fid = _key(_value(feature, "facility_id"))
            piece = {
                "facility_id": fid,
                "seq": _value(feature, "seq"),
                "kind": _value(feature, "kind"),
                "from_km": _float(_value(feature, "from_km")),
                "to_km": _float(_value(feature, "to_km")),
                "from_h": _float(_value(feature, self.time_fields[0])) if self.time_fields else None,
                "to_h": _float(_value(feature, self.time_fields[1])) if self.time_fields else None,
                "geometry": geometry,
            }
            self.pieces.setdefault(fid, []).append(piece)
        for pieces in self.pieces.values():
            pieces.sort(key=lambda p: (p["seq"] if p["seq"] is not None else 0, p["from_km"] or 0.0))

    def _read_rows(self, layer, fields, label, extra=()):
        rows = {}
        if layer is None:
            return rows, False
        names = layer.fields().names()
        fields = list(fields) + [(name, "text") for name in extra if name in names]
        if "facility_id" not in names:
            raise TailingsError(
                tr("The {label} layer has no field 'facility_id'. Available fields: {names}.").format(
                    label=label, names=", ".join(names)
                )
            )
        has_points = layer.geometryType() == QgsWkbTypes.PointGeometry
        transform = self._transform(layer) if has_points else None
        for feature in layer.getFeatures():
            self._check()
            attrs = {name: _value(feature, name) for name, _kind in fields}
            attrs["facility_id"] = _key(attrs["facility_id"])
            geometry = None
            if has_points and feature.hasGeometry():
                geometry = QgsGeometry(feature.geometry())
                if geometry.isMultipart():
                    geometry = geometry.centroid()
                geometry.transform(transform)
            rows.setdefault(attrs["facility_id"], []).append((geometry, attrs))
        for items in rows.values():
            items.sort(key=lambda r: _float(r[1].get("dist_km")) or 0.0)
        return rows, has_points

    def _settlement_names(self):
        """The settlement layer (input or bundled sample), its localised-name field for the page
        language and the name lookup for exposed settlements (:class:`.names.SettlementNames`)."""
        self.settlement_source = settlement_layer(self.inputs.settlements)
        fields = self.settlement_source.fields().names() if self.settlement_source is not None else []
        self.local_name_field = local_name_field(
            fields, self.language, self.inputs.settlement_local_name_field, self.warnings
        )
        self.names = SettlementNames(
            self.settlement_source, self.inputs.settlement_name_field, self.local_name_field, self.project
        )

    def _read_exposed(self):
        # an EXPOSED layer that carries the localised name itself (e.g. name_ru) is read as it is
        wanted = self.inputs.settlement_local_name_field or AUTO_FIELDS.get(self.language)
        self.exposed, self.exposed_points = self._read_rows(
            self.inputs.exposed, EXPOSED_FIELDS, tr("exposed"), extra=[wanted] if wanted else ()
        )
        for rows in self.exposed.values():
            for geometry, attrs in rows:
                attrs["name_original"] = attrs.get("name")
                own = attrs.get(wanted) if wanted else None
                if own is not None and str(own).strip():
                    attrs["name"] = str(own).strip()
                elif self.names:
                    attrs["name"] = self.names.local(
                        attrs.get("name"), geometry.asPoint() if geometry is not None else None
                    )

    def _read_crossings(self):
        self.crossings, self.crossing_points = self._read_rows(
            self.inputs.crossings, CROSSING_FIELDS, tr("crossings")
        )
        for rows in self.crossings.values():
            for _geometry, attrs in rows:
                attrs["border"] = crossing_label(attrs)

    def _choose_pages(self, facility_ids, only_with_pathway):
        wanted = [f for f in self.facilities]
        if facility_ids:
            requested = [_key(f) for f in facility_ids if _key(f)]
            unknown = [f for f in requested if f not in self.facilities]
            if unknown:
                raise TailingsError(
                    tr("These facility ids are not in the facility layer: {ids}.").format(
                        ids=", ".join(unknown)
                    )
                )
            wanted = requested
        if only_with_pathway and self.inputs.pathways is not None:
            skipped = [f for f in wanted if f not in self.pieces]
            wanted = [f for f in wanted if f in self.pieces]
            if skipped:
                self.warnings.append(
                    tr("{n} facilities have no pathway and get no page.").format(n=len(skipped))
                )
        if not wanted:
            raise TailingsError(
                tr("No facility to map: none of the chosen facilities has a pathway in the pathway layer.")
            )

        def order(fid):
            thi = _float(self.facilities[fid]["record"].get("thi"))
            return (thi is None, -(thi or 0.0), str(self.facilities[fid]["record"]["name"]).lower(), fid)

        return sorted(wanted, key=order)

    # ---- layers ----
    def _split_pieces(self, fid):
        """Pathway pieces cut at the travel-time class limits and the time marks (time is taken as linear
        in distance within a piece), and the mark points."""
        cuts = sorted({c[1] for c in styles.TIME_CLASSES if c[1] is not None} | set(self.time_marks_h))
        out, marks = [], []
        for piece in self.pieces.get(fid, []):
            points = _polyline(piece["geometry"])
            if len(points) < 2:
                continue
            length = QgsGeometry(QgsLineString(points)).length()
            t0, t1 = piece["from_h"], piece["to_h"]
            base = {k: piece[k] for k in ("facility_id", "seq", "kind", "from_km", "to_km", "from_h", "to_h")}
            if t0 is None or t1 is None or t1 <= t0 or length <= 0:
                out.append((QgsGeometry(QgsLineString(points)), base))
                continue
            inner = [t for t in cuts if t0 < t < t1]
            bounds = [t0] + inner + [t1]
            km0, km1 = piece["from_km"], piece["to_km"]
            for a, b in zip(bounds[:-1], bounds[1:]):
                d0 = (a - t0) / (t1 - t0) * length
                d1 = (b - t0) / (t1 - t0) * length
                attrs = dict(base, from_h=a, to_h=b)
                if km0 is not None and km1 is not None:
                    attrs["from_km"] = km0 + (km1 - km0) * (a - t0) / (t1 - t0)
                    attrs["to_km"] = km0 + (km1 - km0) * (b - t0) / (t1 - t0)
                out.append((_substring(points, length, d0, d1), attrs))
            for t in self.time_marks_h:
                if t0 <= t < t1 and not any(m[1]["hours"] == t for m in marks):
                    d = (t - t0) / (t1 - t0) * length
                    marks.append(
                        (_point_along(points, d), {"facility_id": fid, "hours": t, "label": hours_label(t)})
                    )
        return out, marks

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
        corners = [
            (x0 + gap, y0 + gap),  # top left
            (x0 + w - iw - gap, y0 + h - ih - gap),  # bottom right
            (x0 + w - iw - gap - 12, y0 + gap),  # top right, left of the north arrow
            (x0 + gap, y0 + h - ih - gap - 12),  # bottom left, above the scale bar
        ]
        points = []  # (point, weight): a labelled place weighs as much as 25 pathway vertices
        for geometry, _a in pieces:
            points.extend((p, 1) for p in _polyline(geometry))
        for geometry, _a in places:
            if geometry is not None:
                points.append((geometry.asPoint(), 25))

        def hidden(corner, cw, ch):
            lx, ly = corner
            xmin = rect.xMinimum() + (lx - x0 - gap) / w * rect.width()
            xmax = rect.xMinimum() + (lx - x0 + cw + gap) / w * rect.width()
            ymax = rect.yMaximum() - (ly - y0 - gap) / h * rect.height()
            ymin = rect.yMaximum() - (ly - y0 + ch + gap) / h * rect.height()
            return sum(wt for p, wt in points if xmin <= p.x() <= xmax and ymin <= p.y() <= ymax)

        # the scale bar goes bottom left or bottom right; the close-up (shown for long pathways) takes one
        # of the four corners; choose the pair that hides the fewest places
        bar = self.items["scalebar"]
        bw, bh = bar.sizeWithUnits().width(), bar.sizeWithUnits().height()
        bars = [
            (x0 + gap, y0 + h - bh - gap),  # bottom left
            (x0 + w - bw - gap, y0 + h - bh - gap),  # bottom right
            (x0 + w - bw - gap, y0 + h - ih - bh - 2 * gap),  # right, above a bottom-right close-up
        ]
        long_pathway = bool(pieces) and max((a.get("to_km") or 0.0) for _g, a in pieces) >= LONG_PATHWAY_KM
        best = None
        for i, corner in enumerate(corners if close is not None else [(None, None)]):
            for j, side in enumerate(bars):
                if close is not None and long_pathway and (i, j) in ((1, 1), (3, 0)):
                    continue  # the close-up would sit on the scale bar
                if j == 2 and not (close is not None and long_pathway and i == 1):
                    continue
                cost = hidden(side, bw, bh) + (
                    hidden(corner, iw, ih) if close is not None and long_pathway else 0
                )
                key = (cost, i, j)
                if best is None or key < best[0]:
                    best = (key, corner, side)
        _key, corner, side = best
        return corner[0], corner[1], side[0], side[1]

    def _build_layers(self):
        crs = self.crs
        pathways = _memory_layer("LineString", tr("Downstream pathway: travel time"), PATHWAY_FIELDS, crs)
        marks = _memory_layer(
            "Point",
            tr("Front of the release, hours after failure"),
            [("facility_id", "text"), ("hours", "real"), ("label", "text")],
            crs,
        )
        current = _memory_layer(
            "Point", tr("This facility"), [("facility_id", "text"), ("name", "text")], crs
        )
        current_plain = _memory_layer(
            "Point", tr("This facility"), [("facility_id", "text"), ("name", "text")], crs
        )
        others = _memory_layer(
            "Point",
            tr("Other tailings facilities"),
            [("facility_id", "text"), ("name", "text")],
            crs,
        )
        exposed_map = _memory_layer("Point", tr("Exposed settlement"), EXPOSED_FIELDS, crs)
        exposed_table = _memory_layer("None", "exposed_table", EXPOSED_FIELDS, crs)
        cross_map = _memory_layer("Point", tr("Border crossing (arrival)"), CROSSING_FIELDS, crs)
        cross_table = _memory_layer("None", "crossings_table", CROSSING_FIELDS, crs)
        coverage = _memory_layer("Polygon", "atlas_pages", COVERAGE_FIELDS, crs)

        _add(
            others,
            [
                (f["point"], {"facility_id": k, "name": f["record"]["name"]})
                for k, f in self.facilities.items()
            ],
        )
        path_rows, mark_rows, page_rows = [], [], []
        for order, fid in enumerate(self.page_ids):
            self._check()
            facility = self.facilities[fid]
            record = facility["record"]
            pieces, page_marks = self._split_pieces(fid)
            path_rows.extend(pieces)
            mark_rows.extend(page_marks)
            exposed = self.exposed.get(fid, [])
            crossings = self.crossings.get(fid, [])
            rect = QgsRectangle(facility["point"].boundingBox())
            for geometry, _a in pieces + [(g, a) for g, a in exposed + crossings if g is not None]:
                rect.combineExtentWith(geometry.boundingBox())
            cx, cy = rect.center().x(), rect.center().y()
            half_w = max(rect.width(), MIN_PAGE_EXTENT_M) / 2
            half_h = max(rect.height(), MIN_PAGE_EXTENT_M) / 2
            page_geometry = QgsGeometry.fromRect(
                QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h)
            )
            point = facility["point"].asPoint()
            km = [p["to_km"] for p in self.pieces.get(fid, []) if p["to_km"] is not None]
            pops = [_float(a.get("population")) for _g, a in exposed]
            first = crossings[0][1] if crossings else None
            page = {
                "facility_id": fid,
                "name": record.get("name"),
                "operator": record.get("operator"),
                "region": record.get("region"),
                "commodity": record.get("commodity"),
                "thi": _float(record.get("thi")),
                "consequence_class": record.get("consequence_class"),
                "runout_km": _float(record.get("runout_km")),
                "pathway_km": max(km) if km else None,
                "settlements_exposed": len(exposed),
                "population_exposed": sum(p for p in pops if p is not None),
                "crossings_count": len(crossings),
                "first_border": border_label(first.get("from_country"), first.get("to_country"))
                if first
                else None,
                "first_border_h": _float(first.get("arrival_h")) if first else None,
                "fx": point.x(),
                "fy": point.y(),
                "page_order": order,
            }
            page["subtitle"] = subtitle(page)
            page["exposed_caption"] = exposed_caption(
                len(exposed), self.items["exposed_table"].maximumNumberOfFeatures()
            )
            page["inset_x"], page["inset_y"], page["scalebar_x"], page["scalebar_y"] = self._inset_corner(
                page_geometry.boundingBox(), pieces, exposed + crossings
            )
            page_rows.append((page_geometry, page))
            for geometry, attrs in exposed:
                _add(exposed_table, [(None, attrs)])
                if geometry is not None:
                    _add(exposed_map, [(geometry, attrs)])
            for geometry, attrs in crossings:
                _add(cross_table, [(None, attrs)])
                if geometry is not None:
                    _add(cross_map, [(geometry, attrs)])
            _add(current, [(facility["point"], {"facility_id": fid, "name": record.get("name")})])
            _add(current_plain, [(facility["point"], {"facility_id": fid, "name": record.get("name")})])
        _add(pathways, path_rows)
        _add(marks, mark_rows)
        _add(coverage, page_rows)

        if self.time_fields:
            _set(pathways, *styles.pathways_travel_time("from_h", "kind"))
        else:
            _set(pathways, *styles.pathways_by_kind("kind"))
        _set(marks, *styles.time_marks())
        _set(current, *styles.current_facility())
        _set(current_plain, styles.current_facility()[0], None)
        _set(others, *styles.facilities())
        _set(cross_map, *styles.crossings())
        _set_exposed_style(exposed_map)

        background = self._background_layers()
        self.layers = {
            "pathways": pathways,
            "marks": marks,
            "current": current,
            "current_plain": current_plain,
            "others": others,
            "exposed_map": exposed_map,
            "exposed_table": exposed_table,
            "crossings_map": cross_map,
            "crossings_table": cross_table,
            "coverage": coverage,
            **background,
        }
        self.page_layers = [pathways, marks, current, current_plain, exposed_map, cross_map]
        self.project.addMapLayers(list(self.layers.values()), False)

    def _background_layers(self):
        sample = sample_data_path()
        out = {}
        specs = [
            ("countries", self.inputs.countries, tr("Country")),
            ("lakes", self.inputs.lakes, tr("Lake or reservoir")),
            ("rivers", self.inputs.rivers, tr("River")),
            ("settlements", self.inputs.settlements, tr("Settlement, by population")),
        ]
        for key, layer, title in specs:
            if key == "settlements" and self.settlement_source is not None:
                copy = self.settlement_source  # read only: _settlements_copy makes the memory copy
            elif layer is not None:
                copy = layer.clone()
            elif sample.is_file():
                copy = QgsVectorLayer(f"{sample}|layername={key}", key, "ogr")
            else:
                continue
            if not copy.isValid():
                self.warnings.append(
                    tr("The {name} layer could not be opened; it is left out.").format(name=key)
                )
                continue
            if key != "settlements":
                copy.setName(title)
            names = set(copy.fields().names())
            if key == "settlements":
                name_field = self.inputs.settlement_name_field
                pop_field = self.inputs.population_field
                if pop_field in names and name_field in names:
                    copy = self._settlements_copy(copy, name_field, pop_field, title)
                    _set(copy, *styles.settlements_population("name", "population"))
                else:
                    copy = copy.clone() if copy is self.inputs.settlements else copy
                    copy.setName(title)
                    self.warnings.append(
                        tr(
                            "The settlement layer has no '{n}' or '{p}' field: settlements are not labelled."
                        ).format(n=name_field, p=pop_field)
                    )
                    _set(copy, *styles.facilities())
            elif key == "countries":
                if {"adm0_a3", "name"} <= names:
                    styles.apply_style(copy, "countries")
                else:
                    _set(copy, _plain_fill(), None)
            elif key == "lakes":
                if "name" in names:
                    styles.apply_style(copy, "lakes")
                else:
                    _set(copy, styles.lakes()[0], None)
            else:
                styles.apply_style(copy, key)
            out[key] = copy
        return out

    def _settlements_copy(self, layer, name_field, pop_field, title):
        """A memory copy (map CRS) of the settlements with ``exposed_by`` = '|fid|fid|' for the settlements
        that an exposed row of a facility stands for (same name within 2 km), so that a page does not
        label a place twice (grey as a settlement and red as exposed)."""
        from qgis.core import QgsSpatialIndex

        copy = _memory_layer(
            "Point",
            title,
            [("name", "text"), ("population", "real"), ("exposed_by", "text")],
            self.crs,
        )
        local_field = self.local_name_field
        transform = self._transform(layer)
        rows = []
        for feature in layer.getFeatures():
            self._check()
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry = QgsGeometry(geometry)
            if geometry.type() != QgsWkbTypes.PointGeometry:
                geometry = geometry.pointOnSurface()
            elif geometry.isMultipart():
                geometry = geometry.centroid()
            geometry.transform(transform)
            original = _value(feature, name_field)
            local = _value(feature, local_field) if local_field else None
            label = str(local).strip() if local is not None and str(local).strip() else original
            rows.append([geometry, original, _float(_value(feature, pop_field)), set(), label])
        index = QgsSpatialIndex()
        for i, row in enumerate(rows):
            feature = QgsFeature(i)
            feature.setGeometry(row[0])
            index.addFeature(feature)
        for fid, exposed in self.exposed.items():
            for geometry, attrs in exposed:
                if geometry is None:
                    continue
                p = geometry.asPoint()
                for i in index.intersects(
                    QgsRectangle(p.x() - 2000, p.y() - 2000, p.x() + 2000, p.y() + 2000)
                ):
                    if str(rows[i][1]) == str(attrs.get("name_original", attrs.get("name"))):
                        rows[i][3].add(fid)
        _add(
            copy,
            [
                (
                    g,
                    {
                        "name": label,
                        "population": pop,
                        "exposed_by": ("|" + "|".join(sorted(by)) + "|") if by else None,
                    },
                )
                for g, _original, pop, by, label in rows
            ],
        )
        self.settlements_layer = copy
        return copy

    # ---- binding the template ----
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
            "lakes",
            "countries",
        ]
        main_layers = [L[k] for k in order if k in L]
        self.items["main_map"].setLayers(main_layers)
        self.items["main_map"].setKeepLayerSet(True)
        self.items["main_map"].setCrs(self.crs)
        self.items["main_map"].setAtlasDriven(True)
        overview = [L[k] for k in ("current_plain", "pathways", "lakes", "countries") if k in L]
        self.items["overview_map"].setLayers(overview)
        self.items["overview_map"].setKeepLayerSet(True)
        self.items["overview_map"].setAtlasDriven(False)
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
            self.items["facility_map"].setDataDefinedProperties(props)
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
            "rivers",
            "lakes",
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
        if sources_text and "data_sources" in self.items:
            self.items["data_sources"].setText(sources_text)

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
    def close(self) -> None:
        """Free the layout before the project that owns its layers (Python would pick any order, and
        a layout that outlives its project crashes QGIS 3.22)."""
        layout = getattr(self, "layout", None)
        if layout is not None:
            try:
                layout.atlas().featureChanged.disconnect(self._on_feature)
            except (TypeError, RuntimeError):
                pass
        self.items = {}
        self.layout = None
        del layout
        legend_root = getattr(self, "_legend_root", None)
        self._legend_root = None
        del legend_root
        self.page_layers = []
        self.layers = {}
        self.settlements_layer = None
        project = getattr(self, "project", None)
        if project is not None:
            project.removeAllMapLayers()
        self.project = None

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    # ---- export ----
    @property
    def atlas(self):
        return self.layout.atlas()

    def page_count(self) -> int:
        return self.atlas.count()

    def _iterate(self):
        atlas = self.atlas
        if not atlas.beginRender():
            raise TailingsError(tr("The atlas has no page to render."))
        try:
            for i in range(atlas.count()):
                self._check()
                atlas.seekTo(i)
                self._on_feature(self.layout.reportContext().feature())
                if self.feedback is not None:
                    self.feedback.setProgress(100.0 * i / max(atlas.count(), 1))
                yield i, self.current_id
        finally:
            atlas.endRender()

    def export(self, folder, fmt: str = FORMAT_PDF_PER_FACILITY, dpi: float = 150.0) -> list[str]:
        """Export the pages into ``folder``; returns the written file paths."""
        if fmt not in FORMATS:
            raise TailingsError(tr("Unknown map format {fmt}.").format(fmt=fmt))
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        if fmt == FORMAT_PDF_MULTIPAGE:
            path = folder / "impact_maps.pdf"
            settings = self._pdf_settings(dpi)
            # QGIS's own exporter checks this feedback between pages, so a Cancel stops the atlas
            qfb = self.feedback if isinstance(self.feedback, QgsFeedback) else None
            result = QgsLayoutExporter.exportToPdf(self.atlas, str(path), settings, qfb)
            code, error = result if isinstance(result, tuple) else (result, "")
            self._check()
            if code != QgsLayoutExporter.Success:
                raise TailingsError(
                    tr("The PDF {path} could not be written ({error}).").format(
                        path=path, error=error or code
                    )
                )
            return [str(path)]
        exporter = QgsLayoutExporter(self.layout)
        for _i, fid in self._iterate():
            stem = safe_filename(fid)
            if fmt == FORMAT_PNG:
                path = folder / f"{stem}.png"
                settings = QgsLayoutExporter.ImageExportSettings()
                settings.dpi = dpi
                settings.exportMetadata = False  # no GDAL georeferencing (PNG cannot be updated in place)
                with _quiet_gdal():
                    code = exporter.exportToImage(str(path), settings)
            else:
                path = folder / f"{stem}.pdf"
                code = exporter.exportToPdf(str(path), self._pdf_settings(dpi))
            if code != QgsLayoutExporter.Success:
                raise TailingsError(
                    tr(
                        "The map of facility {fid} could not be written to {path} (QGIS error {code})."
                    ).format(fid=fid, path=path, code=int(code))
                )
            written.append(str(path))
        return written

    def render_images(self, dpi: float = 60.0):
        """Yield ``(facility_id, QImage)`` for every page (for the report)."""
        exporter = QgsLayoutExporter(self.layout)
        for _i, fid in self._iterate():
            yield fid, _render(exporter, dpi)

    @staticmethod
    def _pdf_settings(dpi):
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = False
        settings.simplifyGeometries = True
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        return settings


class _quiet_gdal:  # noqa: N801 - a context manager used like a function
    """Silence GDAL's 'PNG driver does not support update access' while QGIS tries to georeference a PNG."""

    def __enter__(self):
        try:
            from osgeo import gdal

            gdal.PushErrorHandler("CPLQuietErrorHandler")
            self._gdal = gdal
        except ImportError:  # pragma: no cover
            self._gdal = None

    def __exit__(self, *exc):
        if self._gdal is not None:
            self._gdal.PopErrorHandler()
        return False


def _render(exporter, dpi):
    from qgis.PyQt.QtCore import QSize

    return exporter.renderPageToImage(0, QSize(), dpi)


def hours_label(t: float) -> str:
    """A time-mark label, '24 h', in the language of the export."""
    return tr("{h} h").format(h=f"{t:g}")


def crossing_label(attrs: dict) -> str:
    """'KAZ → RUS' for a crossing; 'KAZ / RUS (along the border)' for a river along the border."""
    if attrs.get("kind") == "border_stretch":
        countries = attrs.get("countries") or "{} / {}".format(
            attrs.get("from_country") or "?", attrs.get("to_country") or "?"
        )
        return tr("{countries} (along the border)").format(countries=countries)
    return border_label(attrs.get("from_country"), attrs.get("to_country"))


def exposed_caption(total: int, shown: int) -> str:
    """Caption of the exposed-settlement table; says when the page shows only the first rows."""
    text = tr("Exposed settlements, downstream order")
    if shown and total > shown:
        text += tr(" (first {n} of {total}; all in the report)").format(n=shown, total=total)
    return text


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


def subtitle(page: dict) -> str:
    """The facts line under the title."""
    parts = [page["facility_id"]]
    if page.get("region"):
        parts.append(str(page["region"]))
    if page.get("commodity"):
        parts.append(str(page["commodity"]))
    if page.get("operator") is None:
        parts.append(tr("operator not recorded"))
    if page.get("thi") is not None:
        parts.append(tr("hazard index {v:.1f}").format(v=page["thi"]))
    if page.get("runout_km") is not None:
        parts.append(tr("runout {v:.0f} km").format(v=page["runout_km"]))
    if page.get("consequence_class"):
        parts.append(tr("consequence class {c}").format(c=page["consequence_class"]))
    if page.get("pathway_km") is not None:
        parts.append(tr("pathway {v:,.0f} km").format(v=page["pathway_km"]))
    if page.get("settlements_exposed"):
        parts.append(
            tr("{n} settlements, {p:,.0f} people exposed").format(
                n=page["settlements_exposed"], p=page.get("population_exposed") or 0
            )
        )
    if page.get("first_border"):
        text = tr("first border {b}").format(b=page["first_border"])
        if page.get("first_border_h") is not None:
            text += tr(" after {h:.0f} h").format(h=page["first_border_h"])
        parts.append(text)
    return "  ·  ".join(parts)


def _plain_fill():
    from qgis.core import QgsFillSymbol

    return QgsSingleSymbolRenderer(
        QgsFillSymbol.createSimple({"color": "#f4f2ec", "outline_color": "#6e6e6e", "outline_width": "0.4"})
    )


def _set(layer, renderer, labeling=None):
    styles.set_style(layer, renderer, labeling)


def _set_exposed_style(layer):
    """Exposed settlements: one red circle sized by population (one legend entry), always labelled."""
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "#b2182b",
            "outline_color": "#ffffff",
            "outline_width": "0.3",
            "size": "2",
        }
    )
    # diameter grows with log10(population): 1.6 mm at 1,000 people, 4.6 mm at 1,000,000
    symbol.setDataDefinedSize(
        QgsProperty.fromExpression('coalesce(max(1.6, min(5, 1.6 + (log10(max("population", 1)) - 3))), 1.6)')
    )
    labeling = styles.exposed_labeling()
    styles.set_style(layer, QgsSingleSymbolRenderer(symbol), labeling)


__all__ = [
    "FORMATS",
    "FORMAT_PDF_MULTIPAGE",
    "FORMAT_PDF_PER_FACILITY",
    "FORMAT_PNG",
    "ImpactAtlas",
    "MapInputs",
    "TemplateError",
    "check_items",
    "load_template",
    "safe_filename",
]
