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

This module holds the panel's construction, the layer choice and the list; the other parts are mixins:
:mod:`.dock_card` (chosen facility, card, actions), :mod:`.dock_project` (following the project),
:mod:`.dock_registry` (a shared PostGIS registry: Refresh, refused commits, last edit) and
:mod:`.dock_results` (runs, snap offer, map page, profile, comparison).
"""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsProject,
)
from qgis.PyQt import uic
from qgis.PyQt.QtCore import QItemSelectionModel, Qt, QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QHeaderView, QToolButton, QWidget

from ..i18n import tr
from ..paths import resource
from ..qgis_compat import point_polygon_filter
from .alg_launcher import AlgorithmLauncher
from .dock_card import DockCardMixin
from .dock_project import DockProjectMixin
from .dock_registry import DockRegistryMixin
from .dock_results import DockResultsMixin, _alive
from .facility_layers import (
    HAZARD,
    KeyIndex,
    guess_id_field,
    guess_name_field,
    is_point_or_polygon,
    is_registry_layer,
    layer_role,
)
from .facility_model import COL_THI, FID_ROLE, FacilityListModel, read_rows, read_search_texts
from .map_tool import FacilityPickTool
from .profile_panel import ProfilePanel
from .snap_hint import SnapHint
from .upstream_view import add_upstream_view

FORM_CLASS, _FORM_BASE = uic.loadUiType(str(resource("ui", "facility_dock.ui")))

DOWNSTREAM_ALG = "tailings:downstreamimpact"
EXPORT_ALG = "tailings:exportimpactmaps"
FACILITIES_PARAM = "FACILITIES"
FACILITY_ID_PARAM = "FACILITY_ID_FIELD"


def _point_polygon_filter():
    """Layer-combo filter for point and polygon layers (Qgis.LayerFilter since QGIS 3.34)."""
    return point_polygon_filter()


class FacilityDock(DockCardMixin, DockProjectMixin, DockRegistryMixin, DockResultsMixin, QDockWidget):
    """The panel; its card, project following, shared-registry and run parts are mixins."""

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

        self._setup_list()
        self._setup_buttons()
        self._setup_timers()
        self._setup_map_tool()
        self._setup_runs(body)
        self._setup_registry(body)
        self._connect_ui()
        self._connect_project()
        self.restore_state()
        self.update_actions()
        if self.layer is None:
            self._show_message(tr("Choose a facility layer to see each facility's record."))

    def _setup_list(self) -> None:
        ui = self.ui
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

    def _setup_buttons(self) -> None:
        ui = self.ui
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

    def _setup_timers(self) -> None:
        # timers coalesce bursts of layer signals (an edit session, a paste of 1000 features)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(150)
        self._reload_timer.timeout.connect(self.reload_list)
        self._card_timer = QTimer(self)
        self._card_timer.setSingleShot(True)
        self._card_timer.setInterval(100)
        self._card_timer.timeout.connect(self.refresh_card)

    def _setup_map_tool(self) -> None:
        canvas = self.iface.mapCanvas() if self.iface is not None else None
        self.map_tool = FacilityPickTool(canvas) if canvas is not None else None
        if self.map_tool is not None:
            self.map_tool.facilityPicked.connect(self._picked_on_map)
            self.map_tool.deactivated.connect(lambda: self.ui.pickButton.setChecked(False))

    def _setup_runs(self, body) -> None:
        """The launcher, the snap offer, the profile and the comparison button."""
        ui = self.ui
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
        self.profile.hoursChanged.connect(self.apply_hours_filter)  # the map shows the same places
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

    def _connect_ui(self) -> None:
        ui = self.ui
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

    def _connect_project(self) -> None:
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
        self.commit_bar.setVisible(False)  # a refused commit of the previous layer
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
        self._connect_registry_layer(layer, bucket)
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
