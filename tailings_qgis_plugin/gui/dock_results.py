"""What the facility panel does with analysis runs and their results (a mixin of :class:`FacilityDock`).

- running an algorithm for the chosen facility with the parameters of :mod:`.run_settings` (inputs by
  role, the project's last settings, new temporary outputs), remembering them after a success;
- the snap-distance offer when a facility was farther from the rivers than the snap distance;
- the map page export (the file opens when written);
- the facility's pathway (rows for the profile, extent for Zoom), exposed places named in the interface
  language, the place clicked in the profile selected on the map;
- the comparison table of all facilities.

It reads the layers the algorithms wrote and computes nothing itself.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeatureRequest,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProject,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import Qt

from ..i18n import current_language, tr
from ..qgis_compat import null_rectangle
from .alg_launcher import algorithm
from .facility_layers import CROSSINGS, EXPOSED, SUMMARY, is_analysis_output, is_pathway_layer, suggest_inputs
from .hours_filter import apply_hours_filter, layers_in_use
from .record_card import clean
from .result_layers import add_run_layers, run_title
from .run_settings import remember, remember_snap_distance, remembered_snap_distance, run_parameters

FACILITIES_PARAM = "FACILITIES"
FACILITY_ID_PARAM = "FACILITY_ID_FIELD"


def _alive(obj) -> bool:
    if obj is None:
        return False
    try:
        from qgis.PyQt import sip

        return not sip.isdeleted(obj)
    except (ImportError, TypeError):
        return True


class DockResultsMixin:
    """Runs and results of :class:`FacilityDock` (uses its ``layer``, ``ui``, ``launcher`` ...)."""

    def localize_places(self, rows) -> list:
        """Exposed places named from the settlement layer's ``name_ru`` / ``name_kk`` in Russian / Kazakh
        (matched by the original name; kept as they are in English or when there is no such field)."""
        language = current_language()
        if language not in ("ru", "kk"):
            return rows
        names = self._settlement_names(language)
        if not names:
            return rows
        return [dict(row, name=names.local(row.get("name"))) if row.get("name") else row for row in rows]

    def _settlement_names(self, language):
        from ..maps.names import SettlementNames, local_name_field

        for layer in self._input_layers():
            if is_analysis_output(layer) or layer.geometryType() != QgsWkbTypes.PointGeometry:
                continue
            fields = layer.fields().names()
            local = local_name_field(fields, language)
            if not local or "name" not in fields or "population" not in fields:
                continue
            key = (layer.id(), language)
            cached = self._names_cache.get(key)
            if cached is None:
                cached = self._names_cache[key] = SettlementNames(layer, "name", local)
            return cached
        return None

    def _pathway_layers(self) -> list:
        project = QgsProject.instance()
        out = []
        for layer_id in reversed(self._layer_order):
            layer = project.mapLayer(layer_id)
            if layer is not None and layer is not self.layer and is_pathway_layer(layer):
                out.append(layer)
        return out

    def pathway_rows(self, facility_id) -> list:
        """The pieces of the facility's pathway (newest pathways layer that has them)."""
        for layer in self._pathway_layers():
            rows = self._index(layer).rows(facility_id)
            if rows:
                return rows
        return []

    def pathway_extent(self, facility_id, destination):
        """Extent (in ``destination``) of the facility's pathway in the newest pathways layer, or None."""
        if facility_id is None:
            return None
        for layer in self._pathway_layers():
            fids = self._index(layer).fids(facility_id)
            if not fids:
                continue
            box = null_rectangle()
            request = QgsFeatureRequest().setFilterFids(fids).setNoAttributes()
            for feature in layer.getFeatures(request):
                if feature.hasGeometry():
                    box.combineExtentWith(feature.geometry().boundingBox())
            if box.isEmpty() and box.width() <= 0:
                return None
            if destination.isValid() and layer.crs().isValid() and destination != layer.crs():
                box = QgsCoordinateTransform(
                    layer.crs(), destination, QgsProject.instance()
                ).transformBoundingBox(box)
            return box
        return None

    def _rows_by_facility(self, layers) -> dict:
        """facility id -> rows (dicts) over ``layers`` (newest first; a facility keeps its newest rows)."""
        out: dict = {}
        for layer in layers:
            names = layer.fields().names()
            seen: dict = {}
            request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry)
            for feature in layer.getFeatures(request):
                row = {n: clean(v) for n, v in zip(names, feature.attributes())}
                key = row.get("facility_id")
                if key is None or (str(key) in out and str(key) not in seen):
                    continue
                seen.setdefault(str(key), []).append(row)
            out.update(seen)
        return out

    def comparison_rows(self) -> list:
        from .comparison import comparison_rows

        hazard = {k: v[0] for k, v in self._rows_by_facility(self._hazard_layers()).items()}
        if self.layer is not None and "thi" in self.layer.fields().names():
            hazard.update({k: v[0] for k, v in self._rows_by_facility([self.layer]).items()})
        summary = {k: v[0] for k, v in self._rows_by_facility(self._layers_with_role(SUMMARY)).items()}
        crossings = self._rows_by_facility(self._layers_with_role(CROSSINGS))
        return comparison_rows(self.model._all, hazard, summary, crossings)

    def open_comparison(self):
        """The comparison table of all facilities of the layer (non-modal); a double click opens a card."""
        from .comparison import ComparisonDialog

        if self.layer is None:
            return None
        if self.comparison is not None and _alive(self.comparison):
            self.comparison.close()
        dialog = ComparisonDialog(self.comparison_rows(), self)
        dialog.facilityChosen.connect(self._comparison_chosen)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        self.comparison = dialog
        dialog.show()
        return dialog

    def _comparison_chosen(self, fid: int) -> None:
        if self.ui.searchEdit.text() and self.model.row_of_fid(fid) < 0:
            self.ui.searchEdit.clear()
        self.show_facility(fid)

    def select_place(self, row: dict) -> None:
        """Select (and flash) the exposed place ``row`` clicked in the profile."""
        for layer in self._layers_with_role(EXPOSED):
            fids = self._index(layer).fids(row.get("facility_id"))
            for feature in layer.getFeatures(QgsFeatureRequest().setFilterFids(fids)):
                if feature["name"] == row.get("name") and feature["dist_km"] == row.get("dist_km"):
                    layer.selectByIds([feature.id()])
                    canvas = self.iface.mapCanvas() if self.iface is not None else None
                    if canvas is not None:
                        canvas.flashFeatureIds(layer, [feature.id()])
                    return

    def facility_parameters(self, alg_id: str) -> dict:
        """The facility as the algorithm's facility input (the chosen feature, selected alone)."""
        alg = algorithm(alg_id)
        name = FACILITIES_PARAM
        if alg is not None and alg.parameterDefinition(FACILITIES_PARAM) is None:
            sources = [
                p for p in alg.parameterDefinitions() if isinstance(p, QgsProcessingParameterFeatureSource)
            ]
            name = sources[0].name() if sources else FACILITIES_PARAM
        self._syncing = True
        try:
            self.layer.selectByIds([self.current_fid])
        finally:
            self._syncing = False
        params = {name: QgsProcessingFeatureSourceDefinition(self.layer.id(), selectedFeaturesOnly=True)}
        if alg is not None and alg.parameterDefinition(FACILITY_ID_PARAM) is not None and self.id_field:
            params[FACILITY_ID_PARAM] = self.id_field  # results keyed by the id the panel looks up
        return params

    def _input_layers(self) -> list:
        """Project layers other than the facility layer, newest first."""
        layers = [QgsProject.instance().mapLayer(i) for i in reversed(self._layer_order)]
        return [lyr for lyr in layers if lyr is not None and lyr is not self.layer]

    def _suggest_inputs(self, alg) -> dict:
        """Project layers that look like the algorithm's other inputs (for its dialog only)."""
        names = {p.name() for p in alg.parameterDefinitions()}
        outputs = {d.name() for d in alg.destinationParameterDefinitions()}
        return suggest_inputs(names, self._input_layers(), destinations=outputs)

    def run_parameters(self, alg_id: str) -> dict:
        """What the panel runs ``alg_id`` with: inputs by role, last run's settings, the facility, new
        temporary outputs (see :mod:`.run_settings`)."""
        alg = algorithm(alg_id)
        facility = self.facility_parameters(alg_id)
        if alg is None:
            return facility
        params = run_parameters(alg, facility, self._input_layers())
        if alg_id == self.export_alg_id:
            params.update(self._export_defaults(alg, params))
        return params

    def _export_defaults(self, alg, params) -> dict:
        """Map page: the current facility only; a folder beside the project unless one was chosen."""
        out = {}
        feature = self.current_feature()
        if alg.parameterDefinition("FACILITY_IDS") is not None and feature is not None and self.id_field:
            out["FACILITY_IDS"] = str(clean(feature[self.id_field]) or "")
        folder = params.get("OUTPUT_FOLDER")
        home = QgsProject.instance().homePath()
        if alg.parameterDefinition("OUTPUT_FOLDER") is not None and (
            not folder or folder == "TEMPORARY_OUTPUT"
        ):
            if home:
                out["OUTPUT_FOLDER"] = str(Path(home) / "impact_maps")
        return out

    def run_downstream(self) -> str:
        return self._run(self.downstream_alg_id)

    def export_map_page(self) -> str:
        return self._run(self.export_alg_id)

    def _run(self, alg_id: str) -> str:
        if self.layer is None or self.current_fid is None:
            return ""
        feature = self.current_feature()
        self._run_facility = (
            clean(feature[self.name_field]) if feature is not None and self.name_field else None
        ) or (clean(feature[self.id_field]) if feature is not None and self.id_field else None)
        self.hide_snap_hint()
        mode = self.launcher.start(alg_id, self.run_parameters(alg_id), suggestions=self._suggest_inputs)
        self.update_actions()
        return mode

    def _add_run_layers(self, loaded) -> None:
        """Outputs of a panel run: styled, in one layer-tree group per run."""
        add_run_layers(loaded, run_title(str(self._run_facility or tr("facility"))))
        self.apply_hours_filter()  # a new run obeys the "within N hours" filter too

    def apply_hours_filter(self, *_args) -> list:
        """The profile's "within N hours" filter on the map (hours_filter.py). A layer read by the
        running analysis is not changed under its worker thread: it is filtered when the run ends."""
        busy = layers_in_use(self.launcher.params) if self.launcher.running else ()
        return apply_hours_filter(self.profile.hours, busy=busy)

    def _task_started(self, name: str) -> None:
        self.ui.progressBar.setValue(0)
        self.ui.progressBar.setFormat(name + " %p%")
        self.ui.progressBox.setVisible(True)
        self.update_actions()

    def _task_finished(self, ok: bool, results: dict) -> None:
        if self._closed:
            return
        self.ui.progressBox.setVisible(False)
        self.apply_hours_filter()  # the layers the run was reading, left alone while it ran
        alg = algorithm(self.launcher.alg_id) if self.launcher.alg_id else None
        if ok and alg is not None:
            remember(alg, self.launcher.params, skip=(FACILITIES_PARAM, FACILITY_ID_PARAM, "FACILITY_IDS"))
            if self.launcher.alg_id == self.export_alg_id:
                self._exported(results)
        self.update_actions()
        self.refresh_card()
        if ok and self.launcher.alg_id == self.downstream_alg_id:
            self.check_snap()
            self.ui.cardBrowser.scrollToAnchor("downstream")  # the answer, not two screens down

    def hide_snap_hint(self) -> None:
        self.snap_hint.setVisible(False)

    def check_snap(self) -> bool:
        """After a run: when the facility was not snapped, say how far the nearest river is (True)."""
        card = self.card_data()
        summary = card.summary if card is not None else None
        if not summary or summary.get("snapped") in (True, 1, "true", "1"):
            self.hide_snap_hint()
            return False
        nearest = summary.get("snap_distance_m")
        try:
            nearest = float(nearest)
        except (TypeError, ValueError):
            return False
        if not nearest > 0:
            return False
        snap = self.launcher.params.get("SNAP_DISTANCE") if self.launcher.params else None
        try:
            snap = float(snap) if snap is not None else remembered_snap_distance(self.downstream_alg_id)
        except (TypeError, ValueError):
            snap = None
        if snap is None:
            alg = algorithm(self.downstream_alg_id)
            definition = alg.parameterDefinition("SNAP_DISTANCE") if alg is not None else None
            snap = float(definition.defaultValue()) if definition is not None else None
        self.snap_hint.show_for(str(card.name or card.facility_id), snap, nearest)
        return True

    def use_snap_distance(self, metres: float) -> str:
        """Adopt ``metres`` as the snap distance of this project's downstream runs and run again."""
        alg = algorithm(self.downstream_alg_id)
        if alg is None or not metres:
            return ""
        remember_snap_distance(alg, metres)
        self.hide_snap_hint()
        return self.run_downstream()

    def _exported(self, results: dict) -> None:
        files = [f for f in str(results.get("FILES") or "").split(";") if f]
        self.last_export_files = files
        if not files:
            return
        self._push_message(tr("Map page written: {path}").format(path=files[0]), 3)
        if self.open_exported_files:
            from qgis.PyQt.QtCore import QUrl
            from qgis.PyQt.QtGui import QDesktopServices

            QDesktopServices.openUrl(QUrl.fromLocalFile(files[0]))
