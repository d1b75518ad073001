"""The reverse view of the facility panel: which facilities are upstream of a settlement or an intake.

Pick a receptor on the map (a settlement, a water intake, any point layer) or choose it in the list; the
view runs the real ``tailings:upstreamsources`` in the background (as the panel runs
``tailings:downstreamimpact``, through :class:`.alg_launcher.AlgorithmLauncher`) with the panel's facility
layer and the project's rivers, lakes and countries, and lists the rows of its OUTPUT for that receptor:
facility, distance along the river and arrival of the leading edge in hours and days, ordered by arrival
(the algorithm's ``rank``), the earliest named above the table. A click on a row shows that facility in
the panel. The profile chart (:mod:`..charts.profile`) is drawn from the receptor's side: each facility at
its distance from the receptor's point of view and its arrival there, with the 6/24/72 h marks and the
border crossed on the way (``last_border_km`` upstream of the receptor, the country entered).

It reads what the algorithm wrote and computes nothing itself.
"""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsProcessingFeatureSourceDefinition, QgsProject
from qgis.gui import QgsMapLayerComboBox
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from ..i18n import current_language, tr
from ..qgis_compat import layer_filter
from .alg_launcher import AlgorithmLauncher, algorithm
from .facility_layers import guess_name_field, suggest_inputs
from .profile_panel import ProfilePanel
from .record_card import clean
from .result_layers import add_run_layers
from .run_settings import remember, run_parameters
from .units import fmt_hours, fmt_number
from .upstream_tool import ReceptorPickTool

UPSTREAM_ALG = "tailings:upstreamsources"
#: the receptor and facility inputs, set by the view on each run (never remembered)
OWN_PARAMS = ("RECEPTORS", "RECEPTOR_ID_FIELD", "FACILITIES", "FACILITY_ID_FIELD")
COLUMNS = ("facility", "facility_id", "dist_km", "arrival_h", "arrival_d")


def _float(value):
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def failure_reason(feedback) -> str:
    """The last error the algorithm reported (what to fix), from the run's feedback log; "" if none."""
    try:
        log = feedback.textLog() if feedback is not None else ""
    except (AttributeError, RuntimeError):
        return ""
    lines = [line.strip() for line in str(log or "").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def border_marks(rows) -> list:
    """The border crossings to mark on the receptor's profile: the last crossing on each facility's way
    (``last_border_km`` upstream of the receptor, ``last_border_to`` entered there, as the algorithm wrote
    them), once each (to 0.1 km): a vertical line at that distance, labelled with the country entered."""
    marks = {}
    for row in rows or []:
        km, country = _float(row.get("last_border_km")), row.get("last_border_to")
        if km is not None and country:
            marks.setdefault((round(km, 1), str(country)), {"dist_km": km, "to_country": str(country)})
    return [marks[k] for k in sorted(marks)]


def receptor_field(layer) -> str:
    """The field naming a receptor: ``name`` when there is one, else the layer's name-like field."""
    names = layer.fields().names()
    return "name" if "name" in names else guess_name_field(layer)


class UpstreamProfile(ProfilePanel):
    """The profile chart from the receptor's side: the facilities (not the places downstream of one) at
    their distance from the receptor along the river and their arrival there."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("upstreamProfile")
        self.hoursLabel.setText(tr("Facilities within"))
        self.hoursSpin.setToolTip(tr("Show in the chart only the facilities that arrive within this time"))

    def redraw(self) -> None:
        super().redraw()
        figure = self.figure
        _pathway, places, _crossings = self._rows
        if figure is None or not places:
            return
        figure.tailings_axes.set_xlabel(tr("distance from the facility to the receptor (km)"))
        legend = figure.tailings_axes.get_legend()
        if legend is not None and legend.get_texts():
            legend.get_texts()[0].set_text(tr("facility upstream"))
        self.summaryLabel.setText(
            "\n".join(
                tr("Facilities arriving within {h} h: {n} (of {total})").format(
                    h=h,
                    n=sum(1 for r in places if (_float(r.get("arrival_h")) or 0.0) <= h),
                    total=len(places),
                )
                for h in (24, 72)
            )
        )
        self.canvas.draw_idle()


class UpstreamView(QDialog):
    """Non-modal window of the panel; ``rows`` holds the OUTPUT rows of the last run, ordered by arrival."""

    facilityChosen = pyqtSignal(str)

    def __init__(self, dock, parent=None):
        super().__init__(parent or dock)
        self.dock = dock
        self.setObjectName("upstreamView")
        self.setWindowTitle(tr("Facilities upstream of a settlement or an intake"))
        self.rows: list = []
        self.output_layer = None
        self.receptor_name = ""
        self._names: dict = {}
        self._feedback = None
        self._build()
        self.launcher = AlgorithmLauncher(self)
        self.launcher.output_loader = self._outputs_loaded
        self.launcher.started.connect(self._started)
        self.launcher.progressChanged.connect(lambda p: self.progressBar.setValue(int(p)))
        self.launcher.finished.connect(self._finished)
        self.launcher.message.connect(lambda text, _level: self.statusLabel.setText(text))
        self.cancelButton.clicked.connect(self.launcher.cancel)
        canvas = dock.iface.mapCanvas() if dock.iface is not None else None
        self.pick_tool = ReceptorPickTool(canvas) if canvas is not None else None
        if self.pick_tool is not None:
            self.pick_tool.receptorPicked.connect(self._picked)
            self.pick_tool.deactivated.connect(lambda: self.pickButton.setChecked(False))
        self.pickButton.setEnabled(self.pick_tool is not None)
        self.refresh_layers()

    # --- widgets -----------------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(tr("Receptor layer"), self))
        self.layerCombo = QgsMapLayerComboBox(self)
        self.layerCombo.setFilters(layer_filter("PointLayer"))
        self.layerCombo.layerChanged.connect(self._layer_changed)
        row.addWidget(self.layerCombo, 1)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.receptorCombo = QComboBox(self)
        self.receptorCombo.setEditable(True)
        self.receptorCombo.setInsertPolicy(QComboBox.NoInsert)
        self.receptorCombo.completer().setFilterMode(Qt.MatchContains)
        self.receptorCombo.completer().setCompletionMode(QCompleter.PopupCompletion)
        self.receptorCombo.setToolTip(tr("Choose a settlement or an intake (type to search)"))
        self.receptorCombo.activated.connect(lambda _i: self.run())
        row.addWidget(self.receptorCombo, 1)
        self.pickButton = QToolButton(self)
        self.pickButton.setText(tr("Pick on map"))
        self.pickButton.setToolTip(tr("Click a settlement or an intake on the map"))
        self.pickButton.setCheckable(True)
        self.pickButton.toggled.connect(self._toggle_pick)
        row.addWidget(self.pickButton)
        self.runButton = QPushButton(tr("Find facilities upstream"), self)
        self.runButton.clicked.connect(self.run)
        row.addWidget(self.runButton)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.progressBar = QProgressBar(self)
        self.progressBar.setRange(0, 100)
        row.addWidget(self.progressBar, 1)
        self.cancelButton = QToolButton(self)
        self.cancelButton.setText(tr("Cancel"))
        row.addWidget(self.cancelButton)
        layout.addLayout(row)
        self.progressBar.setVisible(False)
        self.cancelButton.setVisible(False)
        self._build_results(layout)

    def _build_results(self, layout) -> None:
        self.earliestLabel = QLabel(self)
        self.earliestLabel.setWordWrap(True)
        self.earliestLabel.setTextFormat(Qt.PlainText)
        layout.addWidget(self.earliestLabel)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setHorizontalHeaderLabels(
            [tr("Facility"), tr("ID"), tr("Distance (km)"), tr("Arrival (h)"), tr("days")]
        )
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        self.table.itemSelectionChanged.connect(self._row_selected)
        self.table.setMinimumHeight(190)
        layout.addWidget(self.table, 3)
        self.profile = UpstreamProfile(self)
        self.profile.placeClicked.connect(self._place_clicked)
        layout.addWidget(self.profile, 2)
        self.statusLabel = QLabel(self)
        self.statusLabel.setWordWrap(True)
        layout.addWidget(self.statusLabel)
        self.resize(720, 820)

    # --- receptor choice ---------------------------------------------------------------------------------
    def refresh_layers(self) -> None:
        """Offer the project's point layers except the facility layer; settlements first by default."""
        facility = self.dock.layer
        self.layerCombo.setExceptedLayerList([facility] if facility is not None else [])
        if self.layerCombo.currentLayer() is None or self.layerCombo.currentLayer() is facility:
            found = suggest_inputs({"SETTLEMENTS"}, self.dock._input_layers()).get("SETTLEMENTS")
            layer = QgsProject.instance().mapLayer(found) if found else None
            if layer is not None:
                self.layerCombo.setLayer(layer)
        self._layer_changed(self.layerCombo.currentLayer())

    def receptor_layer(self):
        return self.layerCombo.currentLayer()

    def _layer_changed(self, layer) -> None:
        self.receptorCombo.clear()
        if self.pick_tool is not None:
            self.pick_tool.preferred = layer
            self.pick_tool.exclude = self.dock.layer
        if layer is None:
            return
        from ..maps.names import local_name_field

        field = receptor_field(layer)
        # shown in the interface language (name_ru / name_kk) when the layer has it; the run keys by `field`
        shown = local_name_field(layer.fields().names(), current_language()) or field
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes([f for f in {field, shown} if f], layer.fields())
        items = []
        for feature in layer.getFeatures(request):
            label = (clean(feature[shown]) if shown else None) or (clean(feature[field]) if field else None)
            items.append((str(label if label is not None else feature.id()), feature.id()))
        for label, fid in sorted(items):
            self.receptorCombo.addItem(label, fid)
        self.receptorCombo.setCurrentIndex(-1)

    def choose_receptor(self, layer, fid: int, run: bool = True) -> str:
        """Make feature ``fid`` of ``layer`` the receptor (and run); the launch mode or ""."""
        if layer is not self.receptor_layer():
            self.layerCombo.setLayer(layer)
        index = self.receptorCombo.findData(fid)
        self.receptorCombo.setCurrentIndex(index)
        return self.run() if run and index >= 0 else ""

    def _picked(self, layer_id: str, fid: int) -> None:
        layer = QgsProject.instance().mapLayer(layer_id)
        if layer is not None:
            self.choose_receptor(layer, fid)

    def _toggle_pick(self, checked: bool) -> None:
        canvas = self.pick_tool.canvas() if self.pick_tool is not None else None
        if canvas is None:
            return
        if checked:
            canvas.setMapTool(self.pick_tool)
        elif canvas.mapTool() is self.pick_tool:
            canvas.unsetMapTool(self.pick_tool)

    # --- the run -------------------------------------------------------------------------------------------
    def parameters(self) -> dict:
        """The receptor (selected alone), the panel's facility layer, the project's inputs by role and
        the last settings of this algorithm in the project (see :mod:`.run_settings`)."""
        layer, fid = self.receptor_layer(), self.receptorCombo.currentData()
        alg = algorithm(UPSTREAM_ALG)
        if alg is None or layer is None or fid is None or self.dock.layer is None:
            return {}
        layer.selectByIds([fid])  # the receptor is highlighted on the map, as the panel does for a facility
        own = {
            "RECEPTORS": QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True),
            "FACILITIES": self.dock.layer.id(),
        }
        field = receptor_field(layer)
        if field:
            own["RECEPTOR_ID_FIELD"] = field
        if self.dock.id_field:
            own["FACILITY_ID_FIELD"] = self.dock.id_field
        inputs = [lyr for lyr in self.dock._input_layers() if lyr is not layer]
        return run_parameters(alg, own, inputs)

    def run(self) -> str:
        """Launch tailings:upstreamsources for the chosen receptor: "task", or "" when it cannot run."""
        if self.dock.layer is None:
            self.statusLabel.setText(tr("Choose a facility layer in the panel first."))
            return ""
        params = self.parameters()
        if not params:
            self.statusLabel.setText(tr("Choose a settlement or an intake first."))
            return ""
        self.receptor_name = self.receptorCombo.currentText()
        self.output_layer = None
        mode = self.launcher.start(UPSTREAM_ALG, params, allow_dialog=False)
        self._update_buttons()
        return mode

    def _started(self, name: str) -> None:
        self.progressBar.setValue(0)
        self.progressBar.setFormat(name + " %p%")
        self.progressBar.setVisible(True)
        self.cancelButton.setVisible(True)
        self.statusLabel.clear()
        self._feedback = self.launcher.feedback  # its log gives the reason when the run fails
        self.rows = []
        self.table.setRowCount(0)
        self.earliestLabel.setText(
            tr("Looking for the facilities upstream of {name} …").format(name=self.receptor_name)
        )
        self.profile.set_rows([], [], [])

    def _update_buttons(self) -> None:
        busy = self.launcher.running
        self.runButton.setEnabled(not busy)
        self.receptorCombo.setEnabled(not busy)

    def _outputs_loaded(self, loaded) -> None:
        """The run's layers: OUTPUT kept for the list; all added to the project in one group."""
        for layer, output in loaded:
            if output == "OUTPUT":
                self.output_layer = layer
        title = tr("Upstream of {name}").format(name=self.receptor_name or tr("receptor"))
        add_run_layers(loaded, title)

    def _finished(self, ok: bool, _results: dict) -> None:
        self.progressBar.setVisible(False)
        self.cancelButton.setVisible(False)
        self._update_buttons()
        feedback, self._feedback = self._feedback, None
        if not ok:
            self.earliestLabel.clear()
            reason = failure_reason(feedback)
            if reason:
                self.statusLabel.setText(self.statusLabel.text() + "\n" + reason)
            return
        alg = algorithm(UPSTREAM_ALG)
        if alg is not None:
            remember(alg, self.launcher.params, skip=OWN_PARAMS)
        self.set_rows(self.read_output(self.output_layer))

    def read_output(self, layer) -> list:
        """The OUTPUT rows (dicts), in the algorithm's order (rank 1 = earliest arrival)."""
        if layer is None:
            return []
        names = layer.fields().names()
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        rows = [{n: clean(v) for n, v in zip(names, f.attributes())} for f in layer.getFeatures(request)]
        rows.sort(key=lambda r: (str(r.get("receptor_id")), r.get("rank") or 0))
        return rows

    # --- showing the rows ---------------------------------------------------------------------------------
    def facility_names(self, ids) -> dict:
        """facility id -> name in the panel's facility layer."""
        dock = self.dock
        if dock.layer is None or not dock.name_field or not dock.id_field:
            return {}
        wanted = {str(i) for i in ids}
        out = {}
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes([dock.id_field, dock.name_field], dock.layer.fields())
        for feature in dock.layer.getFeatures(request):
            key = str(clean(feature[dock.id_field]))
            if key in wanted:
                out[key] = clean(feature[dock.name_field])
        return out

    def set_rows(self, rows) -> None:
        self.rows = list(rows)
        self._names = self.facility_names(r.get("facility_id") for r in self.rows)
        self.table.setRowCount(len(self.rows))
        for i, row in enumerate(self.rows):
            for j, text in enumerate(self._cells(row)):
                item = QTableWidgetItem(text)
                if j >= 2:
                    item.setTextAlignment(int(Qt.AlignRight | Qt.AlignVCenter))
                self.table.setItem(i, j, item)
        self.earliestLabel.setText(self.earliest_text())
        places = [self._place(row) for row in self.rows]
        self.profile.set_rows([], places, border_marks(self.rows))

    def _cells(self, row) -> list:
        fid = str(row.get("facility_id"))
        arrival = _float(row.get("arrival_h"))
        dist = _float(row.get("dist_km"))
        return [
            str(self._names.get(fid) or fid),
            fid,
            fmt_number(dist, 1) if dist is not None else "\u2014",
            fmt_number(arrival, 1) if arrival is not None else "\u2014",
            fmt_number(arrival / 24.0, 2) if arrival is not None else "\u2014",
        ]

    def _place(self, row) -> dict:
        """A facility as a point of the profile chart: at its distance from the receptor and its arrival."""
        fid = str(row.get("facility_id"))
        return dict(row, name=self._names.get(fid) or fid, kind="settlement", population=None)

    def _place_clicked(self, place: dict) -> None:
        for i, row in enumerate(self.rows):
            if str(row.get("facility_id")) == str(place.get("facility_id")):
                self.table.selectRow(i)
                return

    def earliest_text(self) -> str:
        if not self.rows:
            return tr("No facility upstream of {name} within the limits of the run.").format(
                name=self.receptor_name
            )
        first = self.rows[0]
        fid = str(first.get("facility_id"))
        name = self._names.get(fid) or fid
        return tr(
            "Facilities upstream of {receptor}: {n}. Earliest: {name} ({id}), {km} km, after {time}."
        ).format(
            n=len(self.rows),
            receptor=self.receptor_name,
            name=name,
            id=fid,
            km=fmt_number(_float(first.get("dist_km")) or 0.0, 1),
            time=fmt_hours(_float(first.get("arrival_h")) or 0.0),
        )

    def _row_selected(self) -> None:
        rows = {index.row() for index in self.table.selectionModel().selectedRows()}
        if len(rows) != 1:
            return
        row = self.rows[rows.pop()]
        facility_id = str(row.get("facility_id"))
        self.facilityChosen.emit(facility_id)
        self.dock.show_facility_id(facility_id)

    # --- end -------------------------------------------------------------------------------------------------
    def close_view(self) -> None:
        """Cancel a running analysis and release the map tool (the panel is closing)."""
        self.launcher.detach()
        if self.pick_tool is not None:
            canvas = self.pick_tool.canvas()
            if canvas is not None and canvas.mapTool() is self.pick_tool:
                canvas.unsetMapTool(self.pick_tool)

    def closeEvent(self, event):
        if self.pick_tool is not None and self.pickButton.isChecked():
            self.pickButton.setChecked(False)
        super().closeEvent(event)


def add_upstream_view(dock) -> QToolButton:
    """The panel's "Upstream" button (beside Compare); it opens the reverse view, kept as
    ``dock.upstream_view``."""
    from qgis.core import QgsApplication

    button = QToolButton(dock.widget())
    button.setObjectName("upstreamButton")
    button.setText(tr("Upstream"))
    button.setToolTip(tr("Which facilities are upstream of a settlement or an intake, and how soon"))
    button.setIcon(QgsApplication.getThemeIcon("/mActionArrowUp.svg"))
    button.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
    dock.ui.actionRow.insertWidget(dock.ui.actionRow.count() - 1, button)
    dock.upstream_view = None

    def open_view():
        view = dock.upstream_view
        if view is None:
            view = dock.upstream_view = UpstreamView(dock)
        view.refresh_layers()
        view.show()
        view.raise_()
        return view

    button.clicked.connect(open_view)
    dock.open_upstream_view = open_view
    return button
