"""tailings:exportreceptormaps: one map page per receptor with the facilities upstream of it.

The receptor variant of tailings:exportcrossingmaps (same parameters but the inputs, same templates and
outputs): the inputs are the SUMMARY and OUTPUT of tailings:upstreamsources.
"""

from __future__ import annotations

from qgis.core import QgsProcessing, QgsProcessingParameterFeatureSource

from .alg_export_crossing_maps import ExportCrossingMapsAlgorithm


class ExportReceptorMapsAlgorithm(ExportCrossingMapsAlgorithm):
    NAME = "exportreceptormaps"
    POINTS = "RECEPTORS"

    def atlas_class(self):
        from tailings_qgis_plugin.maps.receptor_atlas import ReceptorAtlas

        return ReceptorAtlas

    def displayName(self):
        return self.tr("Export receptor maps (atlas)")

    def shortHelpString(self):
        return self.tr(
            "Writes one map page per receptor (a town, a water intake) that has facilities upstream: the "
            "receptor, the river stretch from each facility to it, the facilities labelled with their "
            "arrival time (hours, or days after 48 h), a table of the facilities by arrival (name, "
            "distance, arrival), the title 'Facilities upstream of the receptor', legend, scale bar, "
            "overview and the run's assumptions.<br>"
            "Inputs are the outputs of <b>tailings:upstreamsources</b>: RECEPTORS = its SUMMARY, PAIRS = "
            "its OUTPUT; the facility layer gives the names. Distances and arrival times are those of "
            "tailings:upstreamsources (Leopold &amp; Maddock 1953, Jobson 1996); nothing is recomputed "
            "here.<br>"
            "Same A4/A3 templates and formats as tailings:exportcrossingmaps; the multi-page PDF is "
            "receptors.pdf, single files are named by receptor id. Pages are ordered by the earliest "
            "arrival."
        )

    def initAlgorithm(self, config=None):
        P = QgsProcessing
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RECEPTORS,
                self.tr("Receptors (tailings:upstreamsources SUMMARY)"),
                [P.TypeVectorPoint],
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.PAIRS,
                self.tr("Facility to receptor stretches (tailings:upstreamsources OUTPUT)"),
                [P.TypeVectorLine],
            )
        )
        self.add_names_and_background()
        self.add_page_parameters(
            [self.tr("One PDF per receptor"), self.tr("One multi-page PDF"), self.tr("One PNG per receptor")]
        )

    def missing_inputs_message(self):
        return self.tr("Give the SUMMARY and OUTPUT layers of tailings:upstreamsources.")

    def direction(self, parameters, context):
        return None
