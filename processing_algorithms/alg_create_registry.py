"""tailings:createregistry: an empty facility registry with the documented schema."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterCrs,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.registry import DAM_TYPES, SCHEMA, STATUSES
from tailings_qgis_plugin.qgis_compat import save_style_to_database
from tailings_qgis_plugin.registry_layer import apply_registry_style, registry_fields

from .base import TailingsAlgorithm


class CreateRegistryAlgorithm(TailingsAlgorithm):
    NAME = "createregistry"
    GROUP = "registry"

    GEOMETRY = "GEOMETRY"
    CRS = "CRS"
    OUTPUT = "OUTPUT"

    def displayName(self):
        return self.tr("Create facility registry")

    def shortHelpString(self):
        rows = "".join(
            f"<li><b>{spec.name}</b>: {self.tr(spec.alias)}"
            + (f" ({', '.join(spec.choices)})" if spec.choices else "")
            + ("; " + self.tr("required") if spec.required else "")
            + "</li>"
            for spec in SCHEMA
        )
        return (
            self.tr(
                "Creates an empty tailings facility registry (GeoPackage by default) with the plugin's "
                "schema, field aliases and an attribute form ready for data entry. Facilities are points "
                "(dam or impoundment centre) or polygons (impoundment outline). Fields carry their unit in the name."
            )
            + f"<ul>{rows}</ul>"
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterEnum(
                self.GEOMETRY,
                self.tr("Geometry type"),
                options=[self.tr("Point"), self.tr("Polygon")],
                defaultValue=0,
            )
        )
        self.addParameter(
            QgsProcessingParameterCrs(
                self.CRS, self.tr("Coordinate reference system"), defaultValue="EPSG:4326"
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT,
                self.tr("Facility registry"),
                QgsProcessing.TypeVectorAnyGeometry,
                createByDefault=True,
            )
        )

    def process(self, parameters, context, feedback):
        polygon = self.parameterAsEnum(parameters, self.GEOMETRY, context) == 1
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid():
            if parameters.get(self.CRS) not in (None, ""):
                # an unknown CRS is refused, never silently replaced by EPSG:4326 (issue 13 item 8)
                raise QgsProcessingException(
                    self.tr("The coordinate reference system {crs} is not valid: choose another one.").format(
                        crs=parameters.get(self.CRS)
                    )
                )
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
        wkb = QgsWkbTypes.MultiPolygon if polygon else QgsWkbTypes.Point
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, registry_fields(), wkb, crs)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        del sink  # closes the (empty) file
        feedback.pushInfo(
            self.tr("Created an empty registry with {n} fields. Status values: {s}. Dam types: {d}.").format(
                n=len(SCHEMA), s=", ".join(STATUSES), d=", ".join(DAM_TYPES)
            )
        )
        self._dest = dest
        return {self.OUTPUT: dest}

    def postProcessAlgorithm(self, context, feedback):
        layer = QgsProcessingUtils.mapLayerFromString(self.final_output(self._dest), context)
        if layer is not None:
            apply_registry_style(layer)
            # Keep the style with the data so the form works wherever the GeoPackage is opened.
            if layer.dataProvider().name() == "ogr" and ".gpkg" in layer.source().lower():
                save_style_to_database(layer, "registry", self.tr("Tailings facility registry"), True)
        return {self.OUTPUT: self.final_output(self._dest)}
