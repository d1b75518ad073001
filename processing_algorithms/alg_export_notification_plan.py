"""tailings:exportnotificationplan: the report variant for border crossings and receptors (HTML, CSV).

Thin adapter over :mod:`tailings_qgis_plugin.core.notification_plan`: reads the SUMMARY and OUTPUT of
tailings:borderwatch or tailings:upstreamsources (told apart by their fields) into plain rows, and writes
the HTML plan and the CSV tables with the report's templates.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
)

from tailings_qgis_plugin.core import notification_plan as plan
from tailings_qgis_plugin.core import report
from tailings_qgis_plugin.core.common import TailingsError, tr
from tailings_qgis_plugin.core.run_parameters import run_parameters
from tailings_qgis_plugin.i18n import language
from tailings_qgis_plugin.maps.templates import DEFAULT_SOURCES

from .alg_export_impact_maps import chosen_language
from .alg_export_report import source_rows
from .base import TailingsAlgorithm
from .params import language_parameter

DIRECTIONS = ("outgoing", "incoming", None)


class ExportNotificationPlanAlgorithm(TailingsAlgorithm):
    NAME = "exportnotificationplan"
    GROUP = "reports"

    SUMMARY = "SUMMARY"
    PAIRS = "PAIRS"
    FACILITIES = "FACILITIES"
    FACILITY_ID_FIELD = "FACILITY_ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    DIRECTION = "DIRECTION"
    LANGUAGE = "LANGUAGE"
    TITLE = "TITLE"
    ASSUMPTIONS = "ASSUMPTIONS"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_CSV = "OUTPUT_CSV"
    PLACE_COUNT = "PLACE_COUNT"
    PAIR_COUNT = "PAIR_COUNT"

    def displayName(self):
        return self.tr("Export notification plan (border crossings or receptors; HTML, CSV)")

    def shortHelpString(self):
        return self.tr(
            "The report variant for the reverse analyses. From the outputs of <b>tailings:borderwatch</b> "
            "(a notification plan: for each border crossing the facilities whose release reaches it, in "
            "order of arrival, and the earliest arrival; UNECE Convention on the Transboundary Effects of "
            "Industrial Accidents, 1992) or of <b>tailings:upstreamsources</b> (for each receptor, a town "
            "or a water intake, the facilities upstream by arrival), told apart by their fields "
            "(crossing_id or receptor_id).<br>"
            "HTML: one self-contained file with the run's parameters and assumptions, a summary table "
            "(one row per crossing or receptor, earliest arrival first; how many facilities arrive within "
            "24 h and 72 h) and a section per crossing or receptor with its facilities (distance, arrival "
            "in hours and days, peak time and concentration, countries on the way). CSV: the same rows, "
            "one per crossing or receptor × facility, and a second file (name_places.csv) with one row "
            "per crossing or receptor. Crossings or receptors that no facility reaches are counted, not "
            "listed.<br>"
            "Distances and times are those of the analysis (Leopold &amp; Maddock 1953, Fischer 1975, "
            "Jobson 1996); nothing is recomputed; days = hours / 24."
        )

    def initAlgorithm(self, config=None):
        P = QgsProcessing
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SUMMARY,
                self.tr(
                    "Crossings or receptors (SUMMARY of tailings:borderwatch or tailings:upstreamsources)"
                ),
                [P.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PAIRS,
                self.tr("Facility stretches (OUTPUT of the same run)"),
                [P.TypeVectorLine],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FACILITIES,
                self.tr("Tailings facilities (for their names)"),
                [P.TypeVectorPoint, P.TypeVectorPolygon],
                optional=True,
            )
        )
        for name, label, default in (
            (self.FACILITY_ID_FIELD, self.tr("Facility id field"), "facility_id"),
            (self.NAME_FIELD, self.tr("Facility name field"), "name"),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name, label, defaultValue=default, parentLayerParameterName=self.FACILITIES, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DIRECTION,
                self.tr("Crossings to list"),
                [self.tr("Outgoing (rivers leaving the country)"), self.tr("Incoming"), self.tr("Both")],
                defaultValue=2,
            )
        )
        language_parameter(self)
        self.addParameter(
            QgsProcessingParameterString(self.TITLE, self.tr("Title (empty: default)"), optional=True)
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.ASSUMPTIONS,
                self.tr(
                    "Run parameters and assumptions ('label: value' per line; empty: read from the inputs)"
                ),
                optional=True,
                multiLine=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("HTML notification plan"), "HTML files (*.html)"
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_CSV,
                self.tr("Table (CSV)"),
                "CSV files (*.csv)",
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.PLACE_COUNT, self.tr("Crossings or receptors listed")))
        self.addOutput(QgsProcessingOutputNumber(self.PAIR_COUNT, self.tr("Facility rows listed")))

    def _names(self, parameters, context, feedback) -> dict:
        source = self.parameterAsSource(parameters, self.FACILITIES, context)
        if source is None:
            return {}
        fields = source.fields().names()
        id_field = self.parameterAsString(parameters, self.FACILITY_ID_FIELD, context) or "facility_id"
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or "name"
        if id_field not in fields or name_field not in fields:
            feedback.pushWarning(
                self.tr(
                    "The facility layer lacks '{id}' or '{name}': facilities are named by their id."
                ).format(id=id_field, name=name_field)
            )
            return {}
        return {row[id_field]: row[name_field] for row in source_rows(source, feedback)}

    @staticmethod
    def _receptor_names(summary, code) -> dict:
        """receptor id -> its name in the report language when it is a settlement of the bundled sample
        with a name in that language (name_ru); other ids are shown as they are."""
        from tailings_qgis_plugin.maps.names import SettlementNames, local_name_field, settlement_layer

        layer = settlement_layer(None)
        field = local_name_field(layer.fields().names(), code) if layer is not None else None
        names = SettlementNames(layer, "name", field)
        return {row["receptor_id"]: names.local(row["receptor_id"]) for row in summary} if names else {}

    def _recorded(self, parameters, context) -> list[str]:
        texts = []
        for name in (self.SUMMARY, self.PAIRS):
            layer = self.parameterAsVectorLayer(parameters, name, context)
            abstract = layer.metadata().abstract().strip() if layer is not None else ""
            if abstract and abstract not in texts:
                texts.append(abstract)
        return texts

    def process(self, parameters, context, feedback):
        summary_source = self.parameterAsSource(parameters, self.SUMMARY, context)
        pair_source = self.parameterAsSource(parameters, self.PAIRS, context)
        if summary_source is None or pair_source is None:
            raise QgsProcessingException(
                self.tr(
                    "Give the SUMMARY and OUTPUT layers of tailings:borderwatch or tailings:upstreamsources."
                )
            )
        try:
            kind = plan.plan_kind(summary_source.fields().names(), pair_source.fields().names())
        except TailingsError as exc:
            raise QgsProcessingException(str(exc)) from exc
        names = self._names(parameters, context, feedback)
        summary = source_rows(summary_source, feedback)
        feedback.setProgress(20)
        pairs = source_rows(pair_source, feedback)
        feedback.setProgress(50)
        direction = DIRECTIONS[self.parameterAsEnum(parameters, self.DIRECTION, context)]
        code = chosen_language(self, parameters, context)
        html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
        csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
        with language(code, feedback) as used:
            pages, n_without = plan.plan_pages(
                summary,
                pairs,
                kind,
                names,
                direction if kind == plan.CROSSINGS else None,
                self._receptor_names(summary, used) if kind == plan.RECEPTORS else None,
            )
            feedback.setProgress(70)
            # the velocity and snap distance read back from the pairs (distance / travel time), as the
            # map footers do
            pathways = [
                {"from_h": 0.0, "to_h": r.get("travel_time_h"), "from_km": 0.0, "to_km": r.get("dist_km")}
                for r in pairs
            ]
            params = run_parameters(
                [],
                pairs,
                pathways,
                [],
                recorded=self._recorded(parameters, context),
                given=self.parameterAsString(parameters, self.ASSUMPTIONS, context),
            )
            text = plan.build_plan_html(
                pages,
                kind,
                n_without,
                parameters=params,
                title=self.parameterAsString(parameters, self.TITLE, context) or None,
                language=used,
                sources=[tr(DEFAULT_SOURCES)],
            )
            report.write_html(html_path, text)
            results = {
                self.OUTPUT_HTML: html_path,
                self.PLACE_COUNT: len(pages),
                self.PAIR_COUNT: len(plan.pair_table(pages)),
            }
            if csv_path:
                report.write_csv(csv_path, plan.PAIR_COLUMNS, plan.pair_table(pages))
                places_csv = str(Path(csv_path).with_name(Path(csv_path).stem + "_places.csv"))
                report.write_csv(places_csv, plan.PLACE_COLUMNS, pages)
                results[self.OUTPUT_CSV] = csv_path
        feedback.setProgress(100)
        feedback.pushInfo(
            self.tr("Notification plan: {n} crossings or receptors, {p} facility rows.").format(
                n=results[self.PLACE_COUNT], p=results[self.PAIR_COUNT]
            )
        )
        return results
