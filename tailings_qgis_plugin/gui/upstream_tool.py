"""Map tool of the reverse view: click a settlement or a water intake to ask which facilities are upstream."""

from __future__ import annotations

from qgis.core import QgsProject, QgsWkbTypes
from qgis.gui import QgsMapTool
from qgis.PyQt.QtCore import Qt, pyqtSignal

from .facility_layers import is_analysis_output
from .map_tool import FacilityPickTool


def receptor_layers(exclude=None) -> list:
    """Point layers of the project that can be receptors (settlements, intakes, stations): not an
    analysis output, not ``exclude`` (the facility layer)."""
    out = []
    for layer in QgsProject.instance().mapLayers().values():
        try:
            points = layer.type() == layer.VectorLayer and layer.geometryType() == QgsWkbTypes.PointGeometry
        except (AttributeError, RuntimeError):
            continue
        if points and layer is not exclude and layer.isValid() and not is_analysis_output(layer):
            out.append(layer)
    return out


class ReceptorPickTool(FacilityPickTool):
    """Emits ``receptorPicked(layer id, fid)`` for the point nearest to a click, first in the preferred
    layer (the one of the view), else in any other receptor layer shown on the map."""

    receptorPicked = pyqtSignal(str, int)

    def __init__(self, canvas, exclude=None):
        super().__init__(canvas)
        self.preferred = None
        self.exclude = exclude
        self.setCursor(Qt.CrossCursor)

    def candidates(self) -> list:
        canvas = self.canvas()
        shown = {layer.id() for layer in canvas.layers()} if canvas is not None else set()
        layers = [lyr for lyr in receptor_layers(self.exclude) if not shown or lyr.id() in shown]
        if self.preferred is not None and self.preferred in layers:
            layers.remove(self.preferred)
            layers.insert(0, self.preferred)
        return layers

    def pick_receptor(self, map_point, radius: float | None = None):
        """(layer, fid) of the receptor at ``map_point`` (canvas CRS), or (None, None)."""
        if radius is None:
            radius = QgsMapTool.searchRadiusMU(self.canvas())
        for layer in self.candidates():
            self.layer = layer
            fid = self.pick(map_point, radius)
            if fid is not None:
                return layer, fid
        return None, None

    def canvasReleaseEvent(self, event):
        if event.button() != Qt.LeftButton:
            return
        layer, fid = self.pick_receptor(event.mapPoint())
        if layer is not None:
            self.receptorPicked.emit(layer.id(), fid)
