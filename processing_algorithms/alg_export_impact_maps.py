"""tailings:exportimpactmaps: one meeting-ready map page per facility (PDF, multi-page PDF or PNG)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeatureRequest,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import tr_noop
from tailings_qgis_plugin.core.numbers import compact
from tailings_qgis_plugin.i18n import LANGUAGES
from tailings_qgis_plugin.maps.templates import template_path

from .base import TailingsAlgorithm
from .layer_io import check_source
from .params import PAGE_SIZES, language_parameter, map_output_parameters, map_page_parameters


def materialize(alg, parameters, name, context, feedback):
    """A private memory copy of a feature-source parameter (respects 'selected features only'), or None."""
    source = alg.parameterAsSource(parameters, name, context)
    if source is None:
        return None
    return source.materialize(QgsFeatureRequest(), feedback)


def add_language_parameters(alg) -> None:
    """LANGUAGE (the language of the texts on the output; default: QGIS's) and
    SETTLEMENT_LOCAL_NAME_FIELD (settlement names in that language), shared by the export algorithms."""
    language_parameter(alg)
    alg.addParameter(
        QgsProcessingParameterString(
            alg.SETTLEMENT_LOCAL_NAME_FIELD,
            alg.tr(
                "Settlement names in that language: field of the settlement layer (empty: name_ru for "
                "Russian, name_kk for Kazakh, when the layer has it)"
            ),
            optional=True,
        )
    )


def recorded_metadata(alg, parameters, names, context) -> list[str]:
    """The run parameters the analysis wrote into the inputs' layer metadata (abstract), once each."""
    texts = []
    for name in names:
        layer = alg.parameterAsVectorLayer(parameters, name, context)
        abstract = layer.metadata().abstract().strip() if layer is not None else ""
        if abstract and abstract not in texts:
            texts.append(abstract)
    return texts


def chosen_language(alg, parameters, context) -> str:
    """'en', 'ru' or 'kk' from the LANGUAGE parameter."""
    index = alg.parameterAsEnum(parameters, alg.LANGUAGE, context)
    return LANGUAGES[index] if 0 <= index < len(LANGUAGES) else "en"


def parse_hours(text: str, tr) -> list[float]:
    """'6, 24, 72' -> [6.0, 24.0, 72.0]; a clear error for anything else."""
    hours = []
    for part in (text or "").replace(";", ",").split(","):
        part = part.strip()
        if not part:
            continue
        try:
            value = float(part)
        except ValueError as exc:
            raise QgsProcessingException(
                tr(
                    "Time marks must be hours separated by commas (e.g. 6, 24, 72); '{p}' is not a number."
                ).format(p=part)
            ) from exc
        if value <= 0:
            raise QgsProcessingException(
                tr("Time marks must be positive hours; got {v}.").format(v=compact(value))
            )
        hours.append(value)
    return hours


class ExportImpactMapsAlgorithm(TailingsAlgorithm):
    NAME = "exportimpactmaps"
    GROUP = "reports"

    FACILITIES = "FACILITIES"
    FACILITY_ID_FIELD = "FACILITY_ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    OPERATOR_FIELD = "OPERATOR_FIELD"
    PATHWAYS = "PATHWAYS"
    EXPOSED = "EXPOSED"
    CROSSINGS = "CROSSINGS"
    RIVERS = "RIVERS"
    LAKES = "LAKES"
    SETTLEMENTS = "SETTLEMENTS"
    SETTLEMENT_NAME_FIELD = "SETTLEMENT_NAME_FIELD"
    SETTLEMENT_LOCAL_NAME_FIELD = "SETTLEMENT_LOCAL_NAME_FIELD"
    LANGUAGE = "LANGUAGE"
    POPULATION_FIELD = "POPULATION_FIELD"
    COUNTRIES = "COUNTRIES"
    FACILITY_IDS = "FACILITY_IDS"
    ALL_FACILITIES = "ALL_FACILITIES"
    PAGE_SIZE = "PAGE_SIZE"
    TEMPLATE = "TEMPLATE"
    FORMAT = "FORMAT"
    DPI = "DPI"
    TIME_MARKS = "TIME_MARKS"
    SOURCES_TEXT = "SOURCES_TEXT"
    ASSUMPTIONS = "ASSUMPTIONS"
    DEM = "DEM"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    FILES = "FILES"
    PAGES = "PAGES"

    def flags(self):
        # Print layouts are Qt graphics scenes: build and export them on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def displayName(self):
        return self.tr("Export impact maps (atlas)")

    def shortHelpString(self):
        return (
            self.tr(
                "Writes one map page per facility, ready for a meeting: the facility and its downstream pathway "
                "coloured by the arrival time of the release (marks at 6, 24 and 72 h), rivers, lakes, "
                "settlements sized by population, exposed settlements in red, border crossings with their "
                "arrival time, an overview inset of Kazakhstan and its neighbours, a close-up of the facility "
                "when the pathway is long, legend, scale bar, north arrow, title (facility name and operator), "
                "tables of the exposed settlements and border crossings, date, data sources and a disclaimer "
                "that these are screening estimates.<br>"
                "Inputs are the outputs of <b>tailings:downstreamimpact</b> (PATHWAYS, EXPOSED, CROSSINGS) "
                "and a facility layer (ideally the output of tailings:hazardscreening, whose thi, runout_km and "
                "consequence_class are shown). The output of tailings:tracedownstream also works as pathways "
                "(one colour, no time marks). Background layers default to the bundled sample data.<br>"
                "Formats: one PDF per facility, one multi-page PDF (impact_maps.pdf), or one PNG per facility; "
                "files are named by facility id. Pages are ordered by hazard index (highest first).<br>"
                "<b>Templates</b>: A4 or A3 landscape, or your own .qpt edited in QGIS (start from "
                "resources/layouts/). The items are found by their id: main_map, overview_map, legend, title, "
                "exposed_table, crossings_table, scalebar, north_arrow, disclaimer are required; subtitle, date, "
                "data_sources, facility_map, exposed_caption, crossings_caption are optional. Labels may use "
                'the page fields, e.g. [% "name" %], [% "operator" %], [% "thi" %], '
                '[% "settlements_exposed" %], [% "first_border" %].'
            )
            + " "
            + self.tr(
                "The A3 template adds a second page per facility with the downstream profile chart "
                "(arrival and peak time along the pathway, settlements sized by population, border crossings, "
                "6/24/72 h marks, peak concentration with its band); a template of your own gets it from a "
                "picture item with the id profile_chart."
            )
            + "<br>"
            + self.tr(
                "<b>Language</b>: the texts the plugin writes on the page (captions, table headings, legend, "
                "time marks, disclaimer) are in the chosen language, whatever the language of QGIS; a text of "
                "your own template is translated only when it is one of the plugin's texts. Settlements are "
                "named in that language when the settlement layer has a field for it (name_ru, name_kk, or "
                "the field you give), else by their original name."
            )
            + "<br>"
            + self.tr(
                "<b>Assumptions</b>: every page states the run's scenario, velocity, corridor, snap distance, "
                "dispersion method and interval under the disclaimer (or in a template label with the id "
                "'assumptions'): the text you give, else the 'assumptions' field of the facility rows, the "
                "layers' metadata, or what the pathways and exposed settlements show. The consequence class "
                "is labelled as the people inside the runout zone and shown beside the downstream exposure. "
                "PDF files carry a title, subject, author and keywords."
            )
            + "<br>"
            + self.tr(
                "<b>Context</b>: region (oblast) boundaries and names from the bundled sample, the capital "
                "and the regional centres always labelled, and relief shaded from the DEM you give (else "
                "from the bundled 5′ regional DEM, about 9 km cells: a backdrop, not terrain detail)."
            )
        )

    def initAlgorithm(self, config=None):
        P = QgsProcessing
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FACILITIES, self.tr("Tailings facilities"), [P.TypeVectorPoint, P.TypeVectorPolygon]
            )
        )
        for name, label, default in (
            (self.FACILITY_ID_FIELD, tr_noop("Facility id field"), "facility_id"),
            (self.NAME_FIELD, tr_noop("Facility name field"), "name"),
            (self.OPERATOR_FIELD, tr_noop("Operator field"), "operator"),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    self.tr(label),
                    defaultValue=default,
                    parentLayerParameterName=self.FACILITIES,
                    optional=True,
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PATHWAYS, self.tr("Pathways (tailings:downstreamimpact PATHWAYS)"), [P.TypeVectorLine]
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.EXPOSED, self.tr("Exposed settlements (EXPOSED)"), [P.TypeVector], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CROSSINGS, self.tr("Border crossings (CROSSINGS)"), [P.TypeVectorPoint], optional=True
            )
        )
        for name, label, kind in (
            (self.RIVERS, tr_noop("Rivers (default: bundled sample)"), P.TypeVectorLine),
            (self.LAKES, tr_noop("Lakes (default: bundled sample)"), P.TypeVectorPolygon),
            (self.SETTLEMENTS, tr_noop("Settlements (default: bundled sample)"), P.TypeVectorPoint),
            (self.COUNTRIES, tr_noop("Countries (default: bundled sample)"), P.TypeVectorPolygon),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSource(name, self.tr(label), [kind], optional=True)
            )
        self.addParameter(
            QgsProcessingParameterString(
                self.SETTLEMENT_NAME_FIELD,
                self.tr("Settlement name field"),
                defaultValue="name",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.POPULATION_FIELD, self.tr("Population field"), defaultValue="population", optional=True
            )
        )
        add_language_parameters(self)
        self.addParameter(
            QgsProcessingParameterString(
                self.FACILITY_IDS,
                self.tr("Only these facility ids (comma-separated; empty = all)"),
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.ALL_FACILITIES, self.tr("Also map facilities without a pathway"), defaultValue=False
            )
        )
        map_page_parameters(
            self,
            [self.tr("One PDF per facility"), self.tr("One multi-page PDF"), self.tr("One PNG per facility")],
            with_template=True,
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.TIME_MARKS, self.tr("Time marks along the pathway (hours)"), defaultValue="6, 24, 72"
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SOURCES_TEXT,
                self.tr("Data sources text (empty: the template's)"),
                optional=True,
                multiLine=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.DEM, self.tr("DEM for the relief (default: the bundled 5′ regional DEM)"), optional=True
            )
        )
        map_output_parameters(self)

    def inputs(self, parameters, context, feedback):
        """The layers as private copies (the inputs are never changed), as a ``maps.layout_builder.MapInputs``."""
        # the map modules load when maps are made, not at plugin start
        from tailings_qgis_plugin.maps.layout_builder import MapInputs

        layers = {
            key: materialize(self, parameters, key, context, feedback)
            for key in (
                self.FACILITIES,
                self.PATHWAYS,
                self.EXPOSED,
                self.CROSSINGS,
                self.RIVERS,
                self.LAKES,
                self.SETTLEMENTS,
                self.COUNTRIES,
            )
        }
        if layers[self.FACILITIES] is None:
            raise QgsProcessingException(self.tr("The facility layer could not be opened."))
        if layers[self.PATHWAYS] is None:
            raise QgsProcessingException(self.tr("The pathway layer could not be opened."))
        for key, label, kinds in (
            (self.PATHWAYS, self.tr("pathway"), [QgsWkbTypes.LineGeometry]),
            (self.FACILITIES, self.tr("facility"), [QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry]),
        ):
            check_source(self.parameterAsSource(parameters, key, context), label, kinds, allow_empty=True)
        return MapInputs(
            facilities=layers[self.FACILITIES],
            pathways=layers[self.PATHWAYS],
            exposed=layers[self.EXPOSED],
            crossings=layers[self.CROSSINGS],
            rivers=layers[self.RIVERS],
            lakes=layers[self.LAKES],
            settlements=layers[self.SETTLEMENTS],
            countries=layers[self.COUNTRIES],
            id_field=self.parameterAsString(parameters, self.FACILITY_ID_FIELD, context) or "facility_id",
            name_field=self.parameterAsString(parameters, self.NAME_FIELD, context) or "name",
            operator_field=self.parameterAsString(parameters, self.OPERATOR_FIELD, context) or "operator",
            settlement_name_field=self.parameterAsString(parameters, self.SETTLEMENT_NAME_FIELD, context)
            or "name",
            population_field=self.parameterAsString(parameters, self.POPULATION_FIELD, context)
            or "population",
            settlement_local_name_field=self.parameterAsString(
                parameters, self.SETTLEMENT_LOCAL_NAME_FIELD, context
            )
            or None,
            dem=self.parameterAsRasterLayer(parameters, self.DEM, context),
            extra={
                "recorded": recorded_metadata(self, parameters, (self.FACILITIES, self.PATHWAYS), context)
            },
        )

    def template(self, parameters, context) -> Path:
        own = self.parameterAsFile(parameters, self.TEMPLATE, context)
        if own:
            return Path(own)
        return template_path(PAGE_SIZES[self.parameterAsEnum(parameters, self.PAGE_SIZE, context)])

    def process(self, parameters, context, feedback):
        from tailings_qgis_plugin.maps.layout_builder import FORMATS, ImpactAtlas

        inputs = self.inputs(parameters, context, feedback)
        ids = [
            s.strip()
            for s in (self.parameterAsString(parameters, self.FACILITY_IDS, context) or "").split(",")
        ]
        ids = [s for s in ids if s]
        marks = parse_hours(self.parameterAsString(parameters, self.TIME_MARKS, context), self.tr)
        fmt = FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)]
        dpi = self.parameterAsInt(parameters, self.DPI, context)
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        atlas = ImpactAtlas(
            inputs,
            self.template(parameters, context),
            facility_ids=ids or None,
            only_with_pathway=not self.parameterAsBool(parameters, self.ALL_FACILITIES, context),
            time_marks_h=marks,
            sources_text=self.parameterAsString(parameters, self.SOURCES_TEXT, context) or None,
            feedback=feedback,
            language=chosen_language(self, parameters, context),
            assumptions=self.parameterAsString(parameters, self.ASSUMPTIONS, context) or None,
        )
        for warning in atlas.warnings:
            feedback.pushWarning(warning)
        feedback.pushInfo(self.tr("{n} map pages to write.").format(n=len(atlas.page_ids)))
        files = atlas.export(folder, fmt, dpi)
        feedback.pushInfo(self.tr("Wrote {n} files into {folder}.").format(n=len(files), folder=folder))
        return {self.OUTPUT_FOLDER: folder, self.FILES: ";".join(files), self.PAGES: len(atlas.page_ids)}
