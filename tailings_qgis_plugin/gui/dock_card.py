"""The facility panel's card and actions (a mixin of :class:`.dock.FacilityDock`).

- the chosen facility: list row, layer selection and the record card (registry record, hazard screening
  and downstream-impact rows of the facility, read from the layers the algorithms wrote);
- actions: zoom to the facility and its pathway, pick on the map, edit the record in the layer's form.

It shows what the layers hold and computes nothing itself.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorDataProvider,
)

from ..i18n import current_language, tr
from .alg_launcher import algorithm
from .facility_layers import CROSSINGS, EXPOSED, SUMMARY, component_labels, thi_components
from .profile_panel import places_within
from .record_card import SHOWN_REGISTRY_FIELDS, CardData, build_card_html, clean, esc, field_label
from .search_text import localized_value

#: Hazard-screening output fields shown in the hazard section, not under "Other attributes".
HAZARD_PREFIXES = ("thi", "vf_", "runout_", "consequence_")
HAZARD_FIELDS = {"par", "hazard_notes"}


def message_page(text: str, hint: str = "") -> str:
    hint_html = f'<p style="color:#555555">{esc(hint)}</p>' if hint else ""
    return f"<body><p>{esc(text)}</p>{hint_html}</body>"


class DockCardMixin:
    """The chosen facility, its card and the actions on it."""

    # --- the chosen facility -------------------------------------------------------------------------------
    def show_facility(self, fid, sync_list: bool = True, sync_layer: bool = True) -> None:
        """Make ``fid`` the chosen facility: card, list row and layer selection."""
        if self.layer is None:
            return
        self.current_fid = fid
        if sync_list:
            self._reselect_current()
        if sync_layer and fid is not None:
            self._syncing = True
            try:
                self.layer.selectByIds([fid])
            finally:
                self._syncing = False
        self.refresh_card()
        self.update_actions()

    def show_facility_id(self, facility_id) -> bool:
        """Show the facility whose id field equals ``facility_id``; False when there is none."""
        fid = self.model.fid_of_facility_id(facility_id)
        if fid is None:
            return False
        self.show_facility(fid)
        return True

    def _layer_selection_changed(self, *_args) -> None:
        if self._syncing or self.layer is None:
            return
        selected = self.layer.selectedFeatureIds()
        if not selected or self.current_fid in selected:
            return
        self.show_facility(sorted(selected)[0], sync_layer=False)

    def _picked_on_map(self, fid: int) -> None:
        if self.ui.searchEdit.text() and self.model.row_of_fid(fid) < 0:
            self.ui.searchEdit.clear()
        self.show_facility(fid)

    def current_feature(self, geometry: bool = False):
        if self.layer is None or self.current_fid is None:
            return None
        request = QgsFeatureRequest(self.current_fid)
        if not geometry:
            request.setFlags(QgsFeatureRequest.NoGeometry)
        feature = QgsFeature()
        if not self.layer.getFeatures(request).nextFeature(feature) or not feature.isValid():
            return None
        return feature

    def card_data(self) -> CardData | None:
        """What the card shows for the current facility (None when there is none)."""
        feature = self.current_feature()
        if feature is None:
            return None
        layer = self.layer
        names = layer.fields().names()
        record = {name: clean(value) for name, value in zip(names, feature.attributes())}
        card = CardData(record=record, layer_name=layer.name())
        card.facility_id = record.get(self.id_field)
        card.name = record.get(self.name_field)
        own_hazard = "thi" in names
        self._card_hazard(card, own_hazard)
        self._card_downstream(card)
        if card.exposed:
            card.exposed = self.localize_places(card.exposed)
        self._card_extra(card, own_hazard)
        self._card_stamp(card)
        return card

    def _card_hazard(self, card: CardData, own_hazard: bool) -> None:
        """The hazard-screening row of the facility: the layer's own, else the newest hazard layer's."""
        if own_hazard:
            card.hazard, hazard_layer = card.record, self.layer
        else:
            card.hazard, hazard_layer = None, None
            for candidate in self._hazard_layers():
                rows = self._index(candidate).rows(card.facility_id)
                if rows:
                    card.hazard, hazard_layer = rows[0], candidate
                    card.hazard_layer = candidate.name()
                    break
        if card.hazard is None:
            return
        if self._labels is None:
            self._labels = component_labels()
        for fname in thi_components(hazard_layer):
            index = hazard_layer.fields().indexOf(fname)
            label = self._labels.get(fname)
            # the rules' labels read "Capacity: log10 of the stored volume (m3)": keep the name
            label = tr(label).split(":")[0] if label else hazard_layer.attributeDisplayName(index)
            card.hazard_components.append((label, card.hazard.get(fname)))

    def _card_downstream(self, card: CardData) -> None:
        """The facility's rows of the newest SUMMARY, EXPOSED and CROSSINGS layers holding it."""
        for role in (SUMMARY, EXPOSED, CROSSINGS):
            layers = self._layers_with_role(role)
            card.downstream_available = card.downstream_available or bool(layers)
            for candidate in layers:
                rows = self._index(candidate).rows(card.facility_id)
                if not rows:
                    continue
                if role == SUMMARY:
                    card.summary = rows[0]
                    card.summary_labels = {
                        fname: candidate.attributeDisplayName(i)
                        for i, fname in enumerate(candidate.fields().names())
                    }
                elif role == EXPOSED:
                    card.exposed = rows
                    card.downstream_layer = candidate.name()
                else:
                    card.crossings = rows
                break

    def _card_extra(self, card: CardData, own_hazard: bool) -> None:
        """The registry fields the card has no section for, under "Other attributes"."""
        layer = self.layer
        shown = set(SHOWN_REGISTRY_FIELDS) | {self.id_field, self.name_field, "fid"}
        for index, fname in enumerate(layer.fields().names()):
            if fname in shown:
                continue
            if own_hazard and (fname.startswith(HAZARD_PREFIXES) or fname in HAZARD_FIELDS):
                continue
            value = card.record[fname]
            if fname == "secondary_commodity":
                value = localized_value(value, current_language())
            card.extra.append((field_label(fname, layer.attributeDisplayName(index)), value))

    def refresh_card(self) -> None:
        self._card_timer.stop()
        if self.layer is None:
            self._show_message(tr("Choose a facility layer to see each facility's record."))
            return
        card = self.card_data()
        if card is None:
            self.current_fid = None
            self._show_message(
                tr("{n} facilities. Choose one in the list, or click one on the map with Pick.").format(
                    n=self.model.total()
                )
            )
            self.update_actions()
            return
        self.profile.set_rows(self.pathway_rows(card.facility_id), card.exposed, card.crossings)
        if card.exposed and self.profile.hours:
            card.exposed = places_within(card.exposed, self.profile.hours)
        self.card_html = build_card_html(card)
        self.ui.cardBrowser.setHtml(self.card_html)

    def _show_message(self, text: str, hint: str = "") -> None:
        self.card_html = message_page(text, hint)
        self.ui.cardBrowser.setHtml(self.card_html)

    # --- actions ------------------------------------------------------------------------------------------
    def update_actions(self) -> None:
        ui = self.ui
        has_layer = self.layer is not None
        has_facility = has_layer and self.current_fid is not None
        ui.zoomButton.setEnabled(has_facility)
        ui.editButton.setEnabled(has_facility)
        ui.pickButton.setEnabled(has_layer and self.map_tool is not None)
        self.compareButton.setEnabled(has_layer)
        self.refreshButton.setEnabled(has_layer)
        busy = self.launcher.running
        for button, alg_id, what in (
            (ui.runButton, self.downstream_alg_id, tr("Run the downstream analysis for this facility")),
            (ui.exportButton, self.export_alg_id, tr("Export the impact map page of this facility")),
        ):
            available = algorithm(alg_id) is not None
            button.setEnabled(available and has_facility and not busy)
            if not available:
                tip = tr("{what}: the algorithm {id} is not available (is the Tailings provider enabled?).")
                button.setToolTip(tip.format(what=what, id=alg_id))
            elif busy:
                button.setToolTip(tr("{what}: wait for the running analysis to finish.").format(what=what))
            elif not has_facility:
                button.setToolTip(tr("{what}: choose a facility first.").format(what=what))
            else:
                button.setToolTip(what + f" ({alg_id})")

    def _algorithms_changed(self, *_args) -> None:
        self.update_actions()

    def zoom_to_facility(self) -> None:
        """Zoom the map to the facility and flash it."""
        feature = self.current_feature(geometry=True)
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if feature is None or canvas is None or not feature.hasGeometry():
            if feature is not None and not feature.hasGeometry():
                self._push_message(tr("This facility has no geometry: it cannot be shown on the map."), 1)
            return
        box = feature.geometry().boundingBox()
        destination = canvas.mapSettings().destinationCrs()
        if destination.isValid() and self.layer.crs().isValid() and destination != self.layer.crs():
            transform = QgsCoordinateTransform(self.layer.crs(), destination, QgsProject.instance())
            box = transform.transformBoundingBox(box)
        pathway = self.pathway_extent(clean(feature[self.id_field]) if self.id_field else None, destination)
        if pathway is not None:
            box.combineExtentWith(pathway)  # the whole pathway, not only the point
        if box.width() == 0 and box.height() == 0:
            canvas.setCenter(box.center())
            if canvas.scale() > 250000 or canvas.scale() < 1:
                canvas.zoomScale(100000)
        else:
            box.scale(1.3)
            canvas.setExtent(QgsRectangle(box))
        canvas.refresh()
        canvas.flashFeatureIds(self.layer, [feature.id()])

    def _toggle_pick(self, checked: bool) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if canvas is None or self.map_tool is None:
            return
        if checked:
            self.map_tool.set_layer(self.layer)
            canvas.setMapTool(self.map_tool)
        elif canvas.mapTool() is self.map_tool:
            canvas.unsetMapTool(self.map_tool)

    def edit_facility(self) -> None:
        """Open the QGIS attribute form; edits go through the layer's edit buffer (undo, permissions)."""
        feature = self.current_feature(geometry=True)
        if feature is None:
            return
        layer = self.layer
        can_edit = bool(
            layer.dataProvider() is not None
            and layer.dataProvider().capabilities() & QgsVectorDataProvider.ChangeAttributeValues
            and not layer.readOnly()
        )
        if can_edit and not layer.isEditable():
            if layer.startEditing():
                self._push_message(
                    tr("Editing started on {layer}: save or discard the edits as usual.").format(
                        layer=layer.name()
                    ),
                    0,
                )
        elif not can_edit:
            self._push_message(
                tr("{layer} cannot be edited: the form opens read-only.").format(layer=layer.name()), 1
            )
        self.iface.openFeatureForm(layer, feature, False, False)

    def _push_message(self, text: str, level: int = 0) -> None:
        self.ui.statusLabel.setText(text)
        if self.iface is None:
            return
        try:
            self.iface.messageBar().pushMessage(tr("Tailings"), text, Qgis.MessageLevel(level), 6)
        except (TypeError, RuntimeError):
            pass
