"""The Processing side of :mod:`tailings_qgis_plugin.core.plausibility`: facility geometries to positions
and part counts, refusals to ``QgsProcessingException``, flags to warnings. Used by every algorithm that
reads facilities, so the same layer is refused or flagged the same way everywhere."""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsProcessingException, QgsWkbTypes

from tailings_qgis_plugin.core.common import tr
from tailings_qgis_plugin.core.plausibility import check_facilities, lonlat_problem


def part_count(geometry) -> int:
    """Number of parts of a geometry (1 for a single point or polygon, 0 for none)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return 0
    if not geometry.isMultipart():
        return 1
    const = geometry.constGet()
    return int(const.partCount()) if const is not None else 1


def representative_lonlat(geometry, transform):
    """``(lon, lat)`` of a facility: the point, a point on the surface of a polygon, the middle of a line;
    None without geometry. A multipart geometry gives its first part's point (multipart facilities are
    refused by :func:`enforce_facility_checks`)."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    if transform.isShortCircuited() and QgsWkbTypes.flatType(geometry.wkbType()) == QgsWkbTypes.Point:
        p = geometry.asPoint()  # a single point already in WGS 84: no copy, no transform
        return (p.x(), p.y())
    g = QgsGeometry(geometry)
    kind = QgsWkbTypes.geometryType(g.wkbType())
    if kind == QgsWkbTypes.PolygonGeometry:
        g = g.pointOnSurface()
    elif kind == QgsWkbTypes.LineGeometry:
        g = g.interpolate(g.length() / 2.0)
    try:
        g.transform(transform)
    except Exception:
        return (float("nan"), float("nan"))
    if g.isMultipart():
        g = g.centroid()
    p = g.asPoint()
    return (p.x(), p.y())


def enforce_facility_checks(raw_ids, lonlat, parts, feature_ids, source, feedback):
    """Run the shared facility checks: warnings pushed, refusals raised; returns the FacilityCheck
    (``.ids`` are the ids to use, ``.flags`` a text per facility)."""
    crs = source.sourceCrs() if source is not None else None
    bounds = None
    name = ""
    if crs is not None and crs.isValid():
        rect = crs.bounds()
        if not rect.isEmpty():
            bounds = (rect.xMinimum(), rect.yMinimum(), rect.xMaximum(), rect.yMaximum())
        name = crs.authid() or crs.description()
    check = check_facilities(raw_ids, lonlat, parts, feature_ids, crs_bounds=bounds, crs_name=name)
    for text in check.warnings:
        feedback.pushWarning(text)
    if check.errors:
        raise QgsProcessingException(check.message())
    return check


def position_problem(geometry, transform):
    """``None`` for one part at a possible WGS 84 position; else the reason (for tailings:validateregistry,
    which lists what the analysis algorithms refuse)."""
    n = part_count(geometry)
    if n > 1:
        return tr("{n} parts: one facility must be one point or polygon").format(n=n)
    position = representative_lonlat(geometry, transform)
    if position is None:
        return None
    reason = lonlat_problem(*position)
    return tr("impossible coordinates ({reason})").format(reason=reason) if reason else None
