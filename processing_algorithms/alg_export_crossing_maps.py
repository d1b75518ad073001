"""tailings:exportcrossingmaps: one map page per border crossing with the facilities that reach it."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from tailings_qgis_plugin.core.common import TailingsError, tr_noop
from tailings_qgis_plugin.maps.templates import template_path

from .alg_export_impact_maps import PAGE_SIZES, chosen_language, materialize
from .base import TailingsAlgorithm
from .params import language_parameter, map_output_parameters, map_page_parameters

DIRECTIONS = ("outgoing", "incoming", None)


class ExportCrossingMapsAlgorithm(TailingsAlgorithm):
    NAME = "exportcrossingmaps"
    GROUP = "reports"
    #: the parameter of the page points (the SUMMARY of the analysis)
    POINTS = "CROSSINGS"

    CROSSINGS = "CROSSINGS"
    RECEPTORS = "RECEPTORS"
    PAIRS = "PAIRS"
    FACILITIES = "FACILITIES"
    NAME_FIELD = "NAME_FIELD"
    COUNTRIES = "COUNTRIES"
    RIVERS = "RIVERS"
    DIRECTION = "DIRECTION"
    LANGUAGE = "LANGUAGE"
    PAGE_SIZE = "PAGE_SIZE"
    FORMAT = "FORMAT"
    DPI = "DPI"
    ASSUMPTIONS = "ASSUMPTIONS"
    OUTPUT_FOLDER = "OUTPUT_FOLDER"
    FILES = "FILES"
    PAGES = "PAGES"

    def atlas_class(self):
        """The page builder (the receptor variant, tailings:exportreceptormaps, uses ReceptorAtlas); the map
        modules load when maps are made, not at plugin start."""
        from tailings_qgis_plugin.maps.crossing_atlas import CrossingAtlas

        return CrossingAtlas

    def flags(self):
        # Print layouts are Qt graphics scenes: build and export them on the main thread.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def displayName(self):
        return self.tr("Export border-crossing maps (atlas)")

    def shortHelpString(self):
        return self.tr(
            "Writes one map page per border crossing that has facilities upstream, for a transboundary "
            "notification plan: the crossing, the river stretch from each facility to it, the facilities "
            "labelled with their arrival time (hours, or days after 48 h), a table of the facilities by "
            "arrival (name, distance, arrival), the title 'Where the river leaves Kazakhstan into the "
            "neighbouring country', legend, scale bar, overview and the run's assumptions.<br>"
            "Inputs are the outputs of <b>tailings:borderwatch</b>: CROSSINGS = its SUMMARY, PAIRS = its "
            "OUTPUT; the facility layer gives the names. Distances and arrival times are those of "
            "tailings:borderwatch (Leopold &amp; Maddock 1953, Jobson 1996); nothing is recomputed here.<br>"
            "Same A4/A3 templates and formats as tailings:exportimpactmaps; the multi-page PDF is "
            "border_crossings.pdf, single files are named by crossing id. Pages are ordered by the "
            "earliest arrival."
        )

    def initAlgorithm(self, config=None):
        P = QgsProcessing
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.CROSSINGS,
                self.tr("Border crossings (tailings:borderwatch SUMMARY)"),
                [P.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PAIRS,
                self.tr("Facility to crossing stretches (tailings:borderwatch OUTPUT)"),
                [P.TypeVectorLine],
            )
        )
        self.add_names_and_background()
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DIRECTION,
                self.tr("Crossings to map"),
                [self.tr("Outgoing (rivers leaving the country)"), self.tr("Incoming"), self.tr("Both")],
                defaultValue=0,
            )
        )
        self.add_page_parameters(
            [self.tr("One PDF per crossing"), self.tr("One multi-page PDF"), self.tr("One PNG per crossing")]
        )

    def add_names_and_background(self):
        """FACILITIES and NAME_FIELD (the facility names), COUNTRIES and RIVERS (the background)."""
        P = QgsProcessing
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FACILITIES,
                self.tr("Tailings facilities (for their names)"),
                [P.TypeVectorPoint, P.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.NAME_FIELD,
                self.tr("Facility name field"),
                defaultValue="name",
                parentLayerParameterName=self.FACILITIES,
                optional=True,
            )
        )
        for name, label, kind in (
            (self.COUNTRIES, tr_noop("Countries (default: bundled sample)"), P.TypeVectorPolygon),
            (self.RIVERS, tr_noop("Rivers (default: bundled sample)"), P.TypeVectorLine),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSource(name, self.tr(label), [kind], optional=True)
            )

    def add_page_parameters(self, format_labels):
        """The "map pages" family of params.py: LANGUAGE, PAGE_SIZE, FORMAT (default: one multi-page
        PDF), DPI, ASSUMPTIONS, OUTPUT_FOLDER and the FILES and PAGES outputs."""
        language_parameter(self)
        map_page_parameters(self, format_labels, format_default=1)
        map_output_parameters(self)

    def missing_inputs_message(self):
        return self.tr("Give the SUMMARY and OUTPUT layers of tailings:borderwatch.")

    def direction(self, parameters, context):
        return DIRECTIONS[self.parameterAsEnum(parameters, self.DIRECTION, context)]

    def process(self, parameters, context, feedback):
        # the map modules load when maps are made, not at plugin start
        from tailings_qgis_plugin.maps.layout_builder import FORMATS

        points = self.POINTS
        layers = {
            key: materialize(self, parameters, key, context, feedback)
            for key in (points, self.PAIRS, self.FACILITIES, self.COUNTRIES, self.RIVERS)
        }
        if layers[points] is None or layers[self.PAIRS] is None:
            raise QgsProcessingException(self.missing_inputs_message())
        for key in (points, self.PAIRS):
            source = self.parameterAsVectorLayer(parameters, key, context)
            if source is not None:
                layers[key].setMetadata(source.metadata())
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        try:
            atlas = self.atlas_class()(
                layers[points],
                layers[self.PAIRS],
                template_path(PAGE_SIZES[self.parameterAsEnum(parameters, self.PAGE_SIZE, context)]),
                facilities=layers[self.FACILITIES],
                name_field=self.parameterAsString(parameters, self.NAME_FIELD, context) or "name",
                countries=layers[self.COUNTRIES],
                rivers=layers[self.RIVERS],
                direction=self.direction(parameters, context),
                feedback=feedback,
                language=chosen_language(self, parameters, context),
                assumptions=self.parameterAsString(parameters, self.ASSUMPTIONS, context) or None,
            )
        except TailingsError as exc:
            raise QgsProcessingException(str(exc)) from exc
        with atlas:
            for warning in atlas.warnings:
                feedback.pushWarning(warning)
            feedback.pushInfo(self.tr("{n} map pages to write.").format(n=len(atlas.page_ids)))
            files = atlas.export(
                folder,
                FORMATS[self.parameterAsEnum(parameters, self.FORMAT, context)],
                self.parameterAsInt(parameters, self.DPI, context),
            )
            pages = len(atlas.page_ids)
        feedback.pushInfo(self.tr("Wrote {n} files into {folder}.").format(n=len(files), folder=folder))
        return {self.OUTPUT_FOLDER: folder, self.FILES: ";".join(files), self.PAGES: pages}
