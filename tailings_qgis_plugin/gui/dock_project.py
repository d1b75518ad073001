"""How the facility panel follows the project (a mixin of :class:`.dock.FacilityDock`).

Layers added and removed, analysis outputs whose data change (their indexes are forgotten and the card
refreshed), project cleared, written and read: the chosen layer, field mapping and facility are stored
in the project.
"""

from __future__ import annotations

from qgis.core import QgsProject

from .dock_results import _alive
from .facility_layers import HAZARD, is_point_or_polygon, layer_role
from .record_card import clean

SCOPE = "TailingsDock"  # project entries


class DockProjectMixin:
    """Following the project's layers, and the panel's state stored in the project."""

    # --- following the project ----------------------------------------------------------------------------
    def _watch(self, layer) -> None:
        """Follow a project layer: forget its index when its data change."""
        if layer is None or layer.id() in self._watch_conns:
            return
        if layer.id() not in self._layer_order:
            self._layer_order.append(layer.id())
        try:
            signals = (
                layer.featureAdded,
                layer.featuresDeleted,
                layer.attributeValueChanged,
                layer.afterRollBack,
                layer.afterCommitChanges,
                layer.dataChanged,
                layer.updatedFields,
            )
        except AttributeError:  # not a vector layer
            return
        layer_id = layer.id()

        def changed(*_args, layer_id=layer_id):
            self._output_changed(layer_id)

        bucket = self._watch_conns[layer_id] = []
        for signal in signals:
            self._connect(signal, changed, bucket)

    def _output_changed(self, layer_id: str) -> None:
        index = self._indexes.get(layer_id)
        if index is not None:
            index.invalidate()
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is not None and layer is not self.layer and layer_role(layer) is not None:
            if layer_role(layer) == HAZARD:
                self._reload_timer.start()
            self._card_timer.start()

    def _layer_data_changed(self, *_args) -> None:
        self._reload_timer.start()
        self._card_timer.start()

    def _layers_added(self, layers) -> None:
        roles = set()
        for layer in layers:
            self._watch(layer)
            roles.add(layer_role(layer))
        if self.layer is None:
            self.auto_choose_layer()
            return
        if HAZARD in roles:
            self.reload_list()
        if roles - {None}:
            self.refresh_card()

    def _layers_removed(self, layer_ids) -> None:
        ids = set(layer_ids)
        for layer_id in ids:
            self._disconnect(self._watch_conns.pop(layer_id, []))
            self._indexes.pop(layer_id, None)
        self._names_cache = {k: v for k, v in self._names_cache.items() if k[0] not in ids}
        self._layer_order = [i for i in self._layer_order if i not in ids]
        if self.layer is not None and (not _alive(self.layer) or self.layer.id() in ids):
            self.set_layer(None)
        elif self.layer is not None:
            self._reload_timer.start()
            self._card_timer.start()

    def _project_cleared(self) -> None:
        for bucket in self._watch_conns.values():
            self._disconnect(bucket)
        self._watch_conns.clear()
        self._indexes.clear()
        self._layer_order = []
        self.ui.searchEdit.clear()
        self.set_layer(None)

    def _project_write(self, _doc=None) -> None:
        project = QgsProject.instance()
        layer = self.layer
        project.writeEntry(SCOPE, "layer_id", layer.id() if layer is not None else "")
        project.writeEntry(SCOPE, "id_field", self.id_field or "")
        project.writeEntry(SCOPE, "name_field", self.name_field or "")
        feature = self.current_feature()
        facility_id = clean(feature[self.id_field]) if feature is not None and self.id_field else None
        project.writeEntry(SCOPE, "facility_id", "" if facility_id is None else str(facility_id))

    def _project_read(self, _doc=None) -> None:
        for layer in QgsProject.instance().mapLayers().values():
            self._watch(layer)
        self.restore_state()

    def restore_state(self) -> None:
        """Layer, field mapping and facility saved in the project; else the first registry layer."""
        project = QgsProject.instance()
        layer_id, _ok = project.readEntry(SCOPE, "layer_id", "")
        layer = project.mapLayer(layer_id) if layer_id else None
        if layer is None or not is_point_or_polygon(layer):
            if self.layer is None:
                self.auto_choose_layer()
            return
        id_field, _ok = project.readEntry(SCOPE, "id_field", "")
        name_field, _ok = project.readEntry(SCOPE, "name_field", "")
        names = layer.fields().names()
        self.set_layer(
            layer,
            id_field if id_field in names else None,
            name_field if name_field in names else None,
        )
        facility_id, _ok = project.readEntry(SCOPE, "facility_id", "")
        if facility_id:
            self.show_facility_id(facility_id)
