"""The facility dock panel: each facility's record, hazard and downstream exposure at a glance.

It shows what the layers hold and starts Processing algorithms; it computes nothing
itself (see DESIGN.md). Layout: ``resources/ui/facility_dock.ui``.

- A layer chooser (registry layers are recognised by their fields; any point or polygon
  layer works with an ID and a name field chosen by the user).
- A list with a search box (Latin and Cyrillic spellings match) sortable by hazard index.
- A record card (HTML, every data value escaped) with the outputs of the hazard screening
  and downstream-impact algorithms when they are in the project.
- Actions: zoom and flash, pick on the map, run the downstream analysis, export the map
  page, edit the record in the QGIS attribute form (through the layer's edit buffer).
- It follows layer edits, added/removed layers and project load/close, and stores the
  chosen layer and facility in the project.
"""

from __future__ import annotations

from qgis.core import (
    Qgis,
    QgsApplication,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsProject,
    QgsRectangle,
    QgsVectorDataProvider,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QItemSelectionModel, Qt, QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QHeaderView, QToolButton, QWidget

from ..i18n import current_language, tr
from ..paths import resource
from ..qgis_compat import point_polygon_filter
from .alg_launcher import AlgorithmLauncher, algorithm
from .dock_results import DockResultsMixin
from .facility_layers import (
    CROSSINGS,
    EXPOSED,
    HAZARD,
    SUMMARY,
    KeyIndex,
    component_labels,
    guess_id_field,
    guess_name_field,
    is_point_or_polygon,
    is_registry_layer,
    layer_role,
    thi_components,
)
from .facility_model import COL_THI, FID_ROLE, FacilityListModel, read_rows, read_search_texts
from .map_tool import FacilityPickTool
from .profile_panel import ProfilePanel, places_within
from .record_card import SHOWN_REGISTRY_FIELDS, CardData, build_card_html, clean, esc, field_label
from .record_card import set_language as set_card_language
from .search_text import localized_value
from .snap_hint import SnapHint
from .upstream_view import add_upstream_view

FORM_CLASS, _FORM_BASE = uic.loadUiType(str(resource("ui", "facility_dock.ui")))

DOWNSTREAM_ALG = "tailings:downstreamimpact"
EXPORT_ALG = "tailings:exportimpactmaps"
FACILITIES_PARAM = "FACILITIES"
FACILITY_ID_PARAM = "FACILITY_ID_FIELD"
SCOPE = "TailingsDock"  # project entries

#: Hazard-screening output fields shown in the hazard section, not under "Other attributes".
HAZARD_PREFIXES = ("thi", "vf_", "runout_", "consequence_")
HAZARD_FIELDS = {"par", "hazard_notes"}


def _alive(obj) -> bool:
    if obj is None:
        return False
    try:
        from qgis.PyQt import sip

        return not sip.isdeleted(obj)
    except (ImportError, TypeError):
        return True


def _point_polygon_filter():
    """Layer-combo filter for point and polygon layers (Qgis.LayerFilter since QGIS 3.34)."""
    return point_polygon_filter()


def _message_page(text: str, hint: str = "") -> str:
    hint_html = f'<p style="color:#555555">{esc(hint)}</p>' if hint else ""
    return f"<body><p>{esc(text)}</p>{hint_html}</body>"


class FacilityDock(DockResultsMixin, QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Tailings facilities"), parent)
        self.iface = iface
        self.setObjectName("TailingsFacilityDock")
        self.downstream_alg_id = DOWNSTREAM_ALG
        self.export_alg_id = EXPORT_ALG

        body = QWidget(self)
        self.ui = FORM_CLASS()
        self.ui.setupUi(body)
        self.setWidget(body)
        ui = self.ui

        self.layer = None
        self.id_field = ""
        self.name_field = ""
        self.current_fid = None
        self._syncing = False
        self._closed = False
        self._project_conns: list = []
        self._layer_conns: list = []
        self._watch_conns: dict = {}  # layer id -> [(signal, slot)]
        self._indexes: dict = {}  # layer id -> KeyIndex (analysis outputs)
        self._layer_order: list = list(QgsProject.instance().mapLayers().keys())
        self._labels = None
        self._names_cache: dict = {}  # (settlement layer id, language) -> SettlementNames

        self.model = FacilityListModel(self)
        ui.facilityList.setModel(self.model)
        ui.facilityList.sortByColumn(0, Qt.AscendingOrder)  # a header's default indicator is descending
        header = ui.facilityList.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setResizeContentsPrecision(100)  # widths from 100 rows, not all 10,000 on every reset
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        ui.splitter.setStretchFactor(0, 2)
        ui.splitter.setStretchFactor(1, 3)

        ui.layerCombo.setFilters(_point_polygon_filter())
        ui.layerCombo.setAllowEmptyLayer(True)
        ui.layerCombo.setLayer(None)
        ui.fieldsBox.setVisible(False)
        ui.progressBox.setVisible(False)
        ui.progressBar.setRange(0, 100)

        icons = (
            (ui.zoomButton, "/mActionZoomToSelected.svg"),
            (ui.pickButton, "/mActionIdentify.svg"),
            (ui.runButton, "/processingAlgorithm.svg"),
            (ui.exportButton, "/mActionSaveAsPDF.svg"),
            (ui.editButton, "/mActionFormView.svg"),
            (ui.cancelButton, "/mTaskCancel.svg"),
        )
        for button, icon in icons:
            button.setIcon(QgsApplication.getThemeIcon(icon))

        # timers coalesce bursts of layer signals (an edit session, a paste of 1000 features)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload_list)
        self._card_timer = QTimer(self)
        self._card_timer.setSingleShot(True)
        self._card_timer.setInterval(100)
        self._card_timer.timeout.connect(self.refresh_card)

        canvas = iface.mapCanvas() if iface is not None else None
        self.map_tool = FacilityPickTool(canvas) if canvas is not None else None
        if self.map_tool is not None:
            self.map_tool.facilityPicked.connect(self._picked_on_map)
            self.map_tool.deactivated.connect(lambda: ui.pickButton.setChecked(False))

        self.launcher = AlgorithmLauncher(self)
        self.launcher.started.connect(self._task_started)
        self.launcher.progressChanged.connect(lambda p: ui.progressBar.setValue(int(p)))
        self.launcher.finished.connect(self._task_finished)
        self.launcher.message.connect(self._push_message)
        self.launcher.output_loader = self._add_run_layers
        #: open the files a map export wrote (tests switch it off)
        self.open_exported_files = True
        self.last_export_files: list = []
        self._run_facility = None
        self.snap_hint = SnapHint(body)
        ui.mainLayout.insertWidget(ui.mainLayout.indexOf(ui.splitter) + 1, self.snap_hint)
        self.snap_hint.useDistance.connect(self.use_snap_distance)
        self.profile = ProfilePanel(ui.splitter)
        ui.splitter.addWidget(self.profile)
        ui.splitter.setStretchFactor(2, 3)
        self.profile.hoursChanged.connect(lambda _h: self._card_timer.start())
        self.profile.placeClicked.connect(self.select_place)
        self.compareButton = QToolButton(body)
        self.compareButton.setObjectName("compareButton")
        self.compareButton.setText(tr("Compare"))
        self.compareButton.setToolTip(tr("All facilities in one sortable, filterable table"))
        self.compareButton.setIcon(QgsApplication.getThemeIcon("/mActionOpenTable.svg"))
        self.compareButton.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        ui.actionRow.insertWidget(ui.actionRow.count() - 1, self.compareButton)
        self.compareButton.clicked.connect(self.open_comparison)
        self.comparison = None
        add_upstream_view(self)  # the reverse view: facilities upstream of a settlement or an intake

        ui.layerCombo.layerChanged.connect(self._combo_layer_changed)
        ui.idFieldCombo.fieldChanged.connect(self._mapping_changed)
        ui.nameFieldCombo.fieldChanged.connect(self._mapping_changed)
        ui.searchEdit.textChanged.connect(self._search_changed)
        ui.facilityList.selectionModel().currentRowChanged.connect(self._list_current_changed)
        ui.zoomButton.clicked.connect(self.zoom_to_facility)
        ui.pickButton.toggled.connect(self._toggle_pick)
        ui.runButton.clicked.connect(self.run_downstream)
        ui.exportButton.clicked.connect(self.export_map_page)
        ui.editButton.clicked.connect(self.edit_facility)
        ui.cancelButton.clicked.connect(self.launcher.cancel)

        project = QgsProject.instance()
        self._connect(project.layersAdded, self._layers_added, self._project_conns)
        self._connect(project.layersWillBeRemoved, self._layers_removed, self._project_conns)
        self._connect(project.cleared, self._project_cleared, self._project_conns)
        self._connect(project.readProject, self._project_read, self._project_conns)
        self._connect(project.writeProject, self._project_write, self._project_conns)
        registry = QgsApplication.processingRegistry()
        self._connect(registry.providerAdded, self._algorithms_changed, self._project_conns)
        self._connect(registry.providerRemoved, self._algorithms_changed, self._project_conns)

        for layer in project.mapLayers().values():
            self._watch(layer)
        self.restore_state()
        self.update_actions()
        if self.layer is None:
            self._show_message(tr("Choose a facility layer to see each facility's record."))

    # --- signal bookkeeping ------------------------------------------------------------------------------
    @staticmethod
    def _connect(signal, slot, bucket) -> None:
        signal.connect(slot)
        bucket.append((signal, slot))

    @staticmethod
    def _disconnect(bucket) -> None:
        for signal, slot in bucket:
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        bucket.clear()

    # --- layer choice ------------------------------------------------------------------------------------
    def _combo_layer_changed(self, layer) -> None:
        if self._closed:
            return
        if layer is not self.layer:
            self.set_layer(layer)

    def set_layer(self, layer, id_field: str | None = None, name_field: str | None = None) -> None:
        """Show the facilities of ``layer`` (None empties the panel)."""
        self._disconnect(self._layer_conns)
        if layer is not None and not (_alive(layer) and is_point_or_polygon(layer)):
            layer = None
        self.layer = layer
        self.current_fid = None
        if self.map_tool is not None:
            self.map_tool.set_layer(layer)
        ui = self.ui
        if ui.layerCombo.currentLayer() is not layer:
            ui.layerCombo.blockSignals(True)
            ui.layerCombo.setLayer(layer)
            ui.layerCombo.blockSignals(False)
        if layer is None:
            self.id_field = self.name_field = ""
            ui.fieldsBox.setVisible(False)
            self.model.clear()
            self._show_message(tr("Choose a facility layer to see each facility's record."))
            self._update_status()
            self.update_actions()
            return
        registry = is_registry_layer(layer)
        self.id_field = "facility_id" if registry and not id_field else (id_field or guess_id_field(layer))
        self.name_field = "name" if registry and not name_field else (name_field or guess_name_field(layer))
        for combo, value in ((ui.idFieldCombo, self.id_field), (ui.nameFieldCombo, self.name_field)):
            combo.blockSignals(True)
            combo.setLayer(layer)
            combo.setField(value)
            combo.blockSignals(False)
        ui.fieldsBox.setVisible(not registry)

        bucket = self._layer_conns
        self._connect(layer.selectionChanged, self._layer_selection_changed, bucket)
        for signal in (
            layer.featureAdded,
            layer.featuresDeleted,
            layer.attributeValueChanged,
            layer.geometryChanged,
            layer.afterRollBack,
            layer.afterCommitChanges,
            layer.dataChanged,
            layer.updatedFields,
        ):
            self._connect(signal, self._layer_data_changed, bucket)
        self.reload_list()
        selected = layer.selectedFeatureIds()
        if selected:
            self.show_facility(sorted(selected)[0], sync_layer=False)
        else:
            self._show_message(
                tr("{n} facilities. Choose one in the list, or click one on the map with Pick.").format(
                    n=self.model.total()
                )
            )
        self.update_actions()

    def _mapping_changed(self, _field=None) -> None:
        if self.layer is None:
            return
        self.id_field = self.ui.idFieldCombo.currentField()
        self.name_field = self.ui.nameFieldCombo.currentField()
        fid = self.current_fid
        self.reload_list()
        if fid is not None:
            self.show_facility(fid, sync_layer=False)

    def auto_choose_layer(self) -> None:
        """Take the first registry layer of the project (a plain registry before a hazard copy)."""
        candidates = [
            layer
            for layer_id in self._layer_order
            if (layer := QgsProject.instance().mapLayer(layer_id)) is not None and is_registry_layer(layer)
        ]
        candidates.sort(key=lambda lyr: "thi" in lyr.fields().names())
        if candidates:
            self.set_layer(candidates[0])

    # --- list ----------------------------------------------------------------------------------------------
    def _hazard_layers(self) -> list:
        return self._layers_with_role(HAZARD)

    def _layers_with_role(self, role) -> list:
        """Layers of ``role``, newest first."""
        project = QgsProject.instance()
        out = []
        for layer_id in reversed(self._layer_order):
            layer = project.mapLayer(layer_id)
            if layer is not None and layer is not self.layer and layer_role(layer) == role:
                out.append(layer)
        return out

    def _index(self, layer) -> KeyIndex:
        index = self._indexes.get(layer.id())
        if index is None:
            index = self._indexes[layer.id()] = KeyIndex(layer)
        return index

    def reload_list(self) -> None:
        """Read the rows of the layer again (after edits, a new mapping or a new hazard layer)."""
        self._reload_timer.stop()
        if self.layer is None or not _alive(self.layer):
            self.model.clear()
            self._update_status()
            return
        thi_by_id = None
        if "thi" not in self.layer.fields().names():
            for hazard in self._hazard_layers():
                thi_by_id = self._index(hazard).values("thi")
                if thi_by_id:
                    break
        rows = read_rows(self.layer, self.id_field, self.name_field, thi_by_id)
        had_thi = self.model.show_thi
        layer = self.layer
        self.model.set_rows(rows, texts_loader=lambda all_rows: read_search_texts(layer, all_rows))
        if self.model.show_thi and not had_thi:
            self.ui.facilityList.sortByColumn(COL_THI, Qt.DescendingOrder)
        elif not self.model.show_thi and self.model.sort_column == COL_THI:
            self.ui.facilityList.sortByColumn(0, Qt.AscendingOrder)
        self._reselect_current()
        self._update_status()

    def _search_changed(self, text: str) -> None:
        self.model.set_query(text or "")
        self._reselect_current()
        self._update_status()

    def _reselect_current(self) -> None:
        view = self.ui.facilityList
        row = self.model.row_of_fid(self.current_fid) if self.current_fid is not None else -1
        self._syncing = True
        try:
            if row >= 0:
                index = self.model.index(row, 0)
                view.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows
                )
                view.scrollTo(index)
            else:
                view.selectionModel().clearSelection()
        finally:
            self._syncing = False

    def _update_status(self) -> None:
        if self.layer is None:
            self.ui.statusLabel.setText(tr("No facility layer chosen."))
            return
        total, shown = self.model.total(), self.model.rowCount()
        if shown == total:
            text = tr("{n} facilities.").format(n=total)
        else:
            text = tr("{shown} of {n} facilities match the search.").format(shown=shown, n=total)
        self.ui.statusLabel.setText(text)

    def _list_current_changed(self, current, _previous) -> None:
        if self._syncing or not current.isValid():
            return
        fid = self.model.data(current, FID_ROLE)
        if fid is not None and fid != self.current_fid:
            self.show_facility(fid, sync_list=False)

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
        fields = layer.fields()
        names = fields.names()
        record = {name: clean(value) for name, value in zip(names, feature.attributes())}
        card = CardData(record=record, layer_name=layer.name())
        card.facility_id = record.get(self.id_field)
        card.name = record.get(self.name_field)
        own_hazard = "thi" in names

        if own_hazard:
            card.hazard, hazard_layer = record, layer
        else:
            card.hazard, hazard_layer = None, None
            for candidate in self._hazard_layers():
                rows = self._index(candidate).rows(card.facility_id)
                if rows:
                    card.hazard, hazard_layer = rows[0], candidate
                    card.hazard_layer = candidate.name()
                    break
        if card.hazard is not None:
            if self._labels is None:
                self._labels = component_labels()
            for fname in thi_components(hazard_layer):
                index = hazard_layer.fields().indexOf(fname)
                label = self._labels.get(fname)
                # the rules' labels read "Capacity: log10 of the stored volume (m3)": keep the name
                label = tr(label).split(":")[0] if label else hazard_layer.attributeDisplayName(index)
                card.hazard_components.append((label, card.hazard.get(fname)))

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

        if card.exposed:
            card.exposed = self.localize_places(card.exposed)

        shown = set(SHOWN_REGISTRY_FIELDS) | {self.id_field, self.name_field, "fid"}
        for index, fname in enumerate(names):
            if fname in shown:
                continue
            if own_hazard and (fname.startswith(HAZARD_PREFIXES) or fname in HAZARD_FIELDS):
                continue
            value = record[fname]
            if fname == "secondary_commodity":
                value = localized_value(value, current_language())
            card.extra.append((field_label(fname, layer.attributeDisplayName(index)), value))
        return card

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
        set_card_language(current_language())
        self.profile.set_rows(self.pathway_rows(card.facility_id), card.exposed, card.crossings)
        if card.exposed and self.profile.hours:
            card.exposed = places_within(card.exposed, self.profile.hours)
        self.card_html = build_card_html(card)
        self.ui.cardBrowser.setHtml(self.card_html)

    def _show_message(self, text: str, hint: str = "") -> None:
        self.card_html = _message_page(text, hint)
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

    # --- end -------------------------------------------------------------------------------------------------
    def close_panel(self):
        """Disconnect from layers and the project before the dock is deleted (safe to call twice)."""
        if self._closed:
            return
        self._closed = True
        self._reload_timer.stop()
        self._card_timer.stop()
        self.launcher.detach()
        if self.upstream_view is not None:
            self.upstream_view.close_view()
        for signal in (self.launcher.started, self.launcher.finished, self.launcher.message):
            try:
                signal.disconnect()
            except (TypeError, RuntimeError):
                pass
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        if (
            canvas is not None
            and self.map_tool is not None
            and _alive(canvas)
            and canvas.mapTool() is self.map_tool
        ):
            canvas.unsetMapTool(self.map_tool)
        self._disconnect(self._project_conns)
        self._disconnect(self._layer_conns)
        for bucket in self._watch_conns.values():
            self._disconnect(bucket)
        self._watch_conns.clear()
        self._indexes.clear()
        try:
            self.ui.layerCombo.layerChanged.disconnect(self._combo_layer_changed)
        except (TypeError, RuntimeError):
            pass
        self.layer = None
        self.current_fid = None
        if self.map_tool is not None:
            self.map_tool.set_layer(None)
        self.model.clear()
