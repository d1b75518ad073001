"""Reading QGIS feature sources into the engine's plain arrays, with the input checks.

Every algorithm goes through these helpers, so an empty layer, a wrong
geometry type, a missing CRS or NULL geometries give the same clear message
everywhere. Coordinates are handed to the engine in WGS 84 longitude/latitude.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsProcessingException,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication

from tailings_qgis_plugin.core.lazy import np
from tailings_qgis_plugin.core.registry import is_missing
from tailings_qgis_plugin.i18n import CONTEXT

from .batch_io import polyline_parts
from .plausibility_io import enforce_facility_checks, part_count, representative_lonlat

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def check_source(source, label: str, geometry_types=None, allow_empty: bool = False):
    """Raise a clear ``QgsProcessingException`` for a missing, empty or wrong-type layer or a missing CRS."""
    if source is None:
        raise QgsProcessingException(_tr("The {label} layer could not be opened.").format(label=label))
    if not allow_empty and source.featureCount() == 0:
        raise QgsProcessingException(
            _tr("The {label} layer is empty: it has no features to work with.").format(label=label)
        )
    if geometry_types is not None:
        gtype = QgsWkbTypes.geometryType(source.wkbType())
        if gtype not in geometry_types:
            wanted = " / ".join(_geometry_type_name(t) for t in geometry_types)
            raise QgsProcessingException(
                _tr("The {label} layer has {got} geometries; {wanted} geometries are needed.").format(
                    label=label, got=_geometry_type_name(gtype), wanted=wanted
                )
            )
    crs = source.sourceCrs()
    if crs is not None and crs.isValid() and not crs.authid() and crs.description().startswith("Undefined"):
        # GDAL's "Undefined geographic/Cartesian SRS" (a GeoPackage layer without CRS): QGIS would read the
        # coordinates as if they were WGS 84; refused rather than guessed (issue 13 item 8)
        raise QgsProcessingException(
            _tr(
                "The {label} layer's coordinate reference system is undefined ({crs}). Set the right one in the "
                "layer properties (Layer ▸ Layer CRS) and run again."
            ).format(label=label, crs=crs.description())
        )
    if crs is None or not crs.isValid():
        raise QgsProcessingException(
            _tr(
                "The {label} layer has no coordinate reference system. Set it in the layer properties "
                "(Layer ▸ Layer CRS) and run again."
            ).format(label=label)
        )


def _geometry_type_name(gtype) -> str:
    names = {
        QgsWkbTypes.PointGeometry: _tr("point"),
        QgsWkbTypes.LineGeometry: _tr("line"),
        QgsWkbTypes.PolygonGeometry: _tr("polygon"),
    }
    return names.get(gtype, _tr("no"))


def require_field(source, field_name: str, label: str, numeric: bool = False) -> int:
    """Index of ``field_name`` in ``source``; a clear error when it is absent or not numeric."""
    if not field_name:
        raise QgsProcessingException(_tr("No field was chosen for the {label}.").format(label=label))
    index = source.fields().lookupField(field_name)
    if index < 0:
        available = ", ".join(source.fields().names())
        raise QgsProcessingException(
            _tr("The field '{field}' ({label}) is not in the layer. Available fields: {available}.").format(
                field=field_name, label=label, available=available
            )
        )
    if numeric and not source.fields().at(index).isNumeric():
        # Text fields are accepted; values are parsed and bad ones reported feature by feature.
        pass
    return index


def to_wgs84_transform(source, context) -> QgsCoordinateTransform:
    return QgsCoordinateTransform(source.sourceCrs(), WGS84, context.transformContext())


def warn_mixed_crs(feedback, *sources_and_labels):
    """Tell the user when layers come in different CRSs (all are reprojected to WGS 84 internally)."""
    crss = {}
    for source, label in sources_and_labels:
        if source is not None:
            crss.setdefault(source.sourceCrs().authid() or source.sourceCrs().description(), []).append(label)
    if len(crss) > 1:
        parts = "; ".join(f"{', '.join(labels)}: {crs}" for crs, labels in crss.items())
        feedback.pushWarning(
            _tr(
                "The layers use different coordinate reference systems ({parts}); all are reprojected to "
                "WGS 84 for the analysis."
            ).format(parts=parts)
        )


def iterate(source, feedback, attributes=None, progress_span=(0.0, 100.0)):
    """Yield features with progress and cancellation (raises ``Cancelled`` through check in callers)."""
    request = QgsFeatureRequest()
    if attributes is not None:
        request.setSubsetOfAttributes(attributes)
    total = max(source.featureCount(), 1)
    start, end = progress_span
    for i, feature in enumerate(source.getFeatures(request)):
        if feedback.isCanceled():
            break
        if i % 200 == 0:
            feedback.setProgress(start + (end - start) * i / total)
        yield feature


def geometry_problem(geometry: QgsGeometry):
    """``None`` for a usable geometry, else a short reason (missing, empty or invalid)."""
    if geometry is None or geometry.isNull():
        return "missing"
    if geometry.isEmpty():
        return "empty"
    if not geometry.isGeosValid():
        error = geometry.lastError() or _tr("self-intersection or too few points")
        return error
    return None


def read_points(
    source,
    context,
    feedback,
    id_field: str | None = None,
    label: str = "facilities",
    flags: list | None = None,
):
    """Points of a point or polygon layer in lon/lat (polygons by a point on their surface).

    Returns ``(ids, lonlat (n,2), features_fids)``; features without usable geometry are
    skipped with a warning naming them. ``flags``: a list that receives the plausibility flags of each
    returned point (``"empty_id;outside_crs_area"``, "" when none; see core/plausibility.py).
    """
    transform = to_wgs84_transform(source, context)
    id_index = source.fields().lookupField(id_field) if id_field else -1
    raw_ids, coords, fids, parts, skipped = [], [], [], [], []
    wanted = [id_index] if id_index >= 0 else []  # the id, not every attribute of the layer
    for feature in iterate(source, feedback, attributes=wanted):
        raw = feature.attribute(id_index) if id_index >= 0 else None
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped.append(str(feature.id()) if is_missing(raw) else str(raw))
            continue
        raw_ids.append(raw)
        coords.append(representative_lonlat(geometry, transform))
        parts.append(part_count(geometry))
        fids.append(feature.id())
    if skipped:
        feedback.pushWarning(
            _tr("{n} {label} have no geometry and were skipped: {ids}.").format(
                n=len(skipped), label=label, ids=", ".join(skipped[:20]) + (" …" if len(skipped) > 20 else "")
            )
        )
    # shared plausibility rules (core/plausibility.py): duplicate ids, impossible coordinates and multipart
    # facilities are refused; empty ids and positions outside the CRS's area are warned about
    check = enforce_facility_checks(raw_ids if id_index >= 0 else None, coords, parts, fids, source, feedback)
    if flags is not None:
        flags[:] = check.flags
    return check.ids, np.asarray(coords, dtype=float).reshape(-1, 2), fids


def read_lines(source, context, feedback, attributes=(), label: str = "rivers"):
    """Line parts of a line layer in lon/lat.

    Returns ``(lines, feature_index, values, fids)``: one (k,2) array per part, the index of its
    feature, per-feature attribute values for the requested field names, and the feature ids.
    NULL, empty and single-vertex geometries are skipped with a warning.
    """
    transform = to_wgs84_transform(source, context)
    indices = [source.fields().lookupField(name) for name in attributes]
    lines, owner, fids = [], [], []
    values = {name: [] for name in attributes}
    skipped = 0
    for feature in iterate(source, feedback):
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            skipped += 1
            continue
        geometry = QgsGeometry(geometry)
        geometry.transform(transform)
        parts = [p for p in polyline_parts(geometry) if len(p) >= 2]  # from WKB, no object per vertex
        if not parts:
            skipped += 1
            continue
        row = len(fids)
        fids.append(feature.id())
        for name, index in zip(attributes, indices):
            values[name].append(feature.attribute(index) if index >= 0 else None)
        for part in parts:
            lines.append(part)
            owner.append(row)
    if skipped:
        feedback.pushWarning(
            _tr("{n} {label} features have no usable line geometry and were skipped.").format(
                n=skipped, label=label
            )
        )
    return lines, np.asarray(owner, dtype=np.int64), values, fids


# Field names tried, in order, when the user leaves a field parameter empty.
FIELD_GUESSES = {
    "facility_id": ("facility_id", "id", "code", "icmm_id"),
    "name": ("name", "name_en", "nameascii", "title"),
    "population": ("population", "pop_max", "pop", "pop_est"),
    "country": ("adm0_a3", "iso_a3", "iso3", "country_code", "iso_a2", "name", "admin"),
}


def guess_field(source, role: str):
    """The first field of ``source`` whose name (case-insensitive) is a usual name for ``role``, or None."""
    if source is None:
        return None
    names = {name.lower(): name for name in source.fields().names()}
    for candidate in FIELD_GUESSES.get(role, ()):
        if candidate in names:
            return names[candidate]
    return None


def read_polygons(source, context, feedback, name_field=None):
    """Valid shapely (Multi)Polygons in lon/lat and a name per feature (the feature id without a field).

    Invalid geometries are repaired (makeValid) and kept when a polygon remains; NULL or empty ones are
    skipped. Used for countries and lakes alike.
    """
    from shapely import wkb
    from shapely.ops import unary_union

    transform = to_wgs84_transform(source, context)
    geoms, names = [], []
    for feature in iterate(source, feedback):
        g = feature.geometry()
        if g is None or g.isNull() or g.isEmpty():
            continue
        g = QgsGeometry(g)
        g.transform(transform)
        if not g.isGeosValid():
            g = g.makeValid()
        shp = wkb.loads(bytes(g.asWkb()))
        if shp.geom_type == "GeometryCollection":
            shp = unary_union([p for p in shp.geoms if p.geom_type in ("Polygon", "MultiPolygon")])
        if shp.is_empty or shp.geom_type not in ("Polygon", "MultiPolygon"):
            continue
        geoms.append(shp)
        v = feature[name_field] if name_field else feature.id()
        names.append(str(feature.id()) if is_missing(v) else str(v))
    return geoms, names
