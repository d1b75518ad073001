"""Map tool: click a facility on the map to show its record in the panel."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import Qt, pyqtSignal


class FacilityPickTool(QgsMapTool):
    """Emits ``facilityPicked(fid)`` for the facility of the panel's layer nearest to a click.

    A polygon that contains the click wins; otherwise the nearest feature within the
    search radius (QGIS's identify tolerance) is taken.
    """

    facilityPicked = pyqtSignal(int)

    def __init__(self, canvas, layer=None):
        super().__init__(canvas)
        self.layer = layer
        self.setCursor(Qt.CrossCursor)

    def set_layer(self, layer) -> None:
        self.layer = layer

    def canvasReleaseEvent(self, event):
        if event.button() != Qt.LeftButton:
            return
        fid = self.pick(event.mapPoint())
        if fid is not None:
            self.facilityPicked.emit(fid)

    def pick(self, map_point: QgsPointXY, radius: float | None = None):
        """Feature id of the facility at ``map_point`` (canvas CRS), or None."""
        layer = self.layer
        if layer is None:
            return None
        try:
            if not layer.isValid():
                return None
        except RuntimeError:
            return None
        canvas = self.canvas()
        if radius is None:
            radius = QgsMapTool.searchRadiusMU(canvas)
        rect = QgsRectangle(
            map_point.x() - radius, map_point.y() - radius, map_point.x() + radius, map_point.y() + radius
        )
        point_geom = QgsGeometry.fromPointXY(QgsPointXY(map_point))
        source_crs = canvas.mapSettings().destinationCrs()
        if source_crs.isValid() and layer.crs().isValid() and source_crs != layer.crs():
            transform = QgsCoordinateTransform(source_crs, layer.crs(), QgsProject.instance())
            try:
                rect = transform.transformBoundingBox(rect)
                point_geom.transform(transform)
            except Exception:
                return None
        request = QgsFeatureRequest().setFilterRect(rect).setNoAttributes()
        best, best_distance = None, None
        polygons = layer.geometryType() == QgsWkbTypes.PolygonGeometry
        for feature in layer.getFeatures(request):
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            if polygons and geometry.contains(point_geom):
                return feature.id()
            distance = geometry.distance(point_geom)
            if best_distance is None or distance < best_distance:
                best, best_distance = feature.id(), distance
        return best
