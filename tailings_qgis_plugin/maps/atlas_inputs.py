"""Impact map pages, step 1: the inputs (field lists, MapInputs, reading the analysis layers into records)."""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass, field

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsPointXY,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from tailings_qgis_plugin.core.common import Cancelled, TailingsError, tr
from tailings_qgis_plugin.core.report import crossing_text
from tailings_qgis_plugin.core.run_parameters import one_line, run_parameters
from tailings_qgis_plugin.core.value_labels import country_in
from tailings_qgis_plugin.qgis_compat import make_field

from .names import AUTO_FIELDS, SettlementNames, local_name_field, settlement_layer

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
    ("inset_hidden", "int"),  # 1: no corner of the main map is free of the pathway
    ("assumptions", "text"),  # the run's assumptions, printed under the disclaimer
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
    ("peak_conc_lo_mg_l", "real"),  # the band of the dispersion formulas, for the profile chart
    ("peak_conc_hi_mg_l", "real"),
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
    oblasts: QgsVectorLayer | None = None  # region boundaries; None: the bundled sample's
    dem: object | None = None  # a QgsRasterLayer to shade as relief; None: the bundled 5' regional DEM


class AtlasReader:
    """Reading the inputs into plain records (mixed into :class:`.layout_builder.ImpactAtlas`)."""

    def _run_parameters(self, given):
        """The parameters block of the pages (:mod:`tailings_qgis_plugin.core.run_parameters`): the
        user's text, the analysis' layer metadata (``MapInputs.extra['recorded']``), else what the
        pathway, exposure and facility records show; one compact line for the page footer."""
        pieces = [p for rows in self.pieces.values() for p in rows]
        exposed = [a for rows in self.exposed.values() for _g, a in rows]
        records = [f["record"] for f in self.facilities.values()]
        self.parameters = run_parameters(
            records, None, pieces, exposed, recorded=self.inputs.extra.get("recorded", ()), given=given
        )
        short = run_parameters(
            records,
            None,
            pieces,
            exposed,
            recorded=self.inputs.extra.get("recorded", ()),
            given=given,
            short=True,
        )
        self.footer = tr("Assumptions: {text}").format(text=one_line(short))

    def footer_text(self, record) -> str:
        """The footer of a facility's page: its own ``assumptions`` field when the analysis wrote one,
        else the run's parameters."""
        own = record.get("assumptions")
        if own is not None and str(own).strip():
            return tr("Assumptions: {text}").format(text=str(own).strip())
        return self.footer

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
            if "travel_time_from_h" in names:  # the velocity of the assumptions block is read from these
                piece["travel_time_from_h"] = _float(_value(feature, "travel_time_from_h"))
                piece["travel_time_to_h"] = _float(_value(feature, "travel_time_to_h"))
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
                attrs["country"] = country_in(attrs.get("country"), self.language)
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
                for key in ("from_country", "to_country", "countries"):
                    attrs[key] = country_in(attrs.get(key), self.language)
                attrs["border"] = crossing_text(attrs)

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
