"""tailings:exportcrossingmaps: one map page per border crossing with the facilities that reach it."""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from tailings_qgis_plugin.core.common import TailingsError, tr_noop
from tailings_qgis_plugin.i18n import LANGUAGE_NAMES, language_index
from tailings_qgis_plugin.maps.crossing_atlas import CrossingAtlas
from tailings_qgis_plugin.maps.layout_builder import FORMATS
from tailings_qgis_plugin.maps.templates import template_path

from .alg_export_impact_maps import PAGE_SIZES, chosen_language, materialize
from .base import TailingsAlgorithm

DIRECTIONS = ("outgoing", "incoming", None)


class ExportCrossingMapsAlgorithm(TailingsAlgorithm):
    NAME = "exportcrossingmaps"
    GROUP = "reports"

    CROSSINGS = "CROSSINGS"
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
        self.addParameter(
            QgsProcessingParameterEnum(
                self.DIRECTION,
                self.tr("Crossings to map"),
                [self.tr("Outgoing (rivers leaving the country)"), self.tr("Incoming"), self.tr("Both")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.LANGUAGE,
                self.tr("Language of the maps and report texts"),
                list(LANGUAGE_NAMES),
                defaultValue=language_index(),
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PAGE_SIZE,
                self.tr("Page"),
                [self.tr("A4 landscape"), self.tr("A3 landscape")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterEnum(
                self.FORMAT,
                self.tr("Output"),
                [
                    self.tr("One PDF per crossing"),
                    self.tr("One multi-page PDF"),
                    self.tr("One PNG per crossing"),
                ],
                defaultValue=1,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                self.DPI,
                self.tr("Resolution (dpi)"),
                QgsProcessingParameterNumber.Integer,
                150,
                minValue=30,
                maxValue=600,
            )
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
            QgsProcessingParameterFolderDestination(self.OUTPUT_FOLDER, self.tr("Output folder"))
        )
        self.addOutput(QgsProcessingOutputString(self.FILES, self.tr("Files written (separated by ';')")))
        self.addOutput(QgsProcessingOutputNumber(self.PAGES, self.tr("Number of map pages")))

    def process(self, parameters, context, feedback):
        layers = {
            key: materialize(self, parameters, key, context, feedback)
            for key in (self.CROSSINGS, self.PAIRS, self.FACILITIES, self.COUNTRIES, self.RIVERS)
        }
        if layers[self.CROSSINGS] is None or layers[self.PAIRS] is None:
            raise QgsProcessingException(
                self.tr("Give the SUMMARY and OUTPUT layers of tailings:borderwatch.")
            )
        for key in (self.CROSSINGS, self.PAIRS):
            source = self.parameterAsVectorLayer(parameters, key, context)
            if source is not None:
                layers[key].setMetadata(source.metadata())
        folder = self.parameterAsString(parameters, self.OUTPUT_FOLDER, context)
        try:
            atlas = CrossingAtlas(
                layers[self.CROSSINGS],
                layers[self.PAIRS],
                template_path(PAGE_SIZES[self.parameterAsEnum(parameters, self.PAGE_SIZE, context)]),
                facilities=layers[self.FACILITIES],
                name_field=self.parameterAsString(parameters, self.NAME_FIELD, context) or "name",
                countries=layers[self.COUNTRIES],
                rivers=layers[self.RIVERS],
                direction=DIRECTIONS[self.parameterAsEnum(parameters, self.DIRECTION, context)],
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
