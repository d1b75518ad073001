"""tailings:importregistry and tailings:exportregistry: file registry <-> shared PostGIS registry."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingUtils,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QMetaType, QVariant

from tailings_qgis_plugin.core.common import check_cancel
from tailings_qgis_plugin.core.registry import SCHEMA, to_number
from tailings_qgis_plugin.core.shared_registry import (
    TABLE,
    VOLUME_FACTORS,
    database_message,
    import_records,
    inspect,
)
from tailings_qgis_plugin.registry_layer import apply_registry_style

from .alg_validate_registry import MAPPINGS
from .base import TailingsAlgorithm
from .layer_io import geometry_problem, iterate
from .params import field_mapping, volume_unit_parameter
from .pg_io import connect, database_parameter, registry_layer, schema_parameter


def _field(name: str, kind: str) -> QgsField:
    """A field typed by QMetaType (QGIS >= 3.38) or QVariant (older QGIS): no deprecation warning on either."""
    meta, variant = {"int": (QMetaType.Int, QVariant.Int), "text": (QMetaType.QString, QVariant.String)}[kind]
    try:
        return QgsField(name, meta)
    except TypeError:
        return QgsField(name, variant)


class ImportRegistryAlgorithm(TailingsAlgorithm):
    NAME = "importregistry"
    GROUP = "registry"
    REQUIRES = ("psycopg2",)

    INPUT = "INPUT"
    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    VOLUME_UNIT = "VOLUME_UNIT"
    OUTPUT = "OUTPUT"
    IMPORTED = "IMPORTED"
    REJECTED = "REJECTED"

    def displayName(self):
        return self.tr("Import into shared registry (PostGIS)")

    def shortHelpString(self):
        return self.tr(
            "Copies a facility registry (GeoPackage, shapefile, CSV with coordinates, any point layer) into "
            "the shared PostGIS registry made by tailings:createsharedregistry, in one transaction: either "
            "every row is imported or none is. Each row is checked with the rules of "
            "tailings:validateregistry and then by the database (including facility ids already in the "
            "shared registry); every rejected row is listed in the output table with the reason, and "
            "nothing is written until they are all fixed.<br>"
            "Layers with other field names are read by naming the field that holds each value. "
            "<b>Volume unit</b>: the unit of the stored volume field in the input (m³, thousand m³ or "
            "million m³); the registry stores m³. Polygons are stored as a point on their surface; "
            "coordinates are transformed to the registry's CRS."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Facility layer to import"),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
            )
        )
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(schema_parameter(self.SCHEMA))
        for param, (_target, label) in MAPPINGS.items():
            self.addParameter(
                QgsProcessingParameterField(
                    param, self.tr(label), parentLayerParameterName=self.INPUT, optional=True
                )
            )
        volume_unit_parameter(self)  # issue 14: volumes in тыс. м³ are common in CIS registries
        self.addParameter(
            QgsProcessingParameterFeatureSink(self.OUTPUT, self.tr("Rejected rows"), QgsProcessing.TypeVector)
        )
        self.addOutput(QgsProcessingOutputNumber(self.IMPORTED, self.tr("Number of facilities imported")))
        self.addOutput(QgsProcessingOutputNumber(self.REJECTED, self.tr("Number of rejected rows")))

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        if source is None:
            raise QgsProcessingException(self.invalidSourceError(parameters, self.INPUT))
        mapping = self._mapping(parameters, context, source, feedback)
        factor = VOLUME_FACTORS[self.parameterAsEnum(parameters, self.VOLUME_UNIT, context)]
        database = self.parameterAsString(parameters, self.DATABASE, context)
        schema = (self.parameterAsString(parameters, self.SCHEMA, context) or "tailings").strip()

        conn = connect(database)
        try:
            state = inspect(conn, schema)
            if not state.exists or state.srid is None:
                raise QgsProcessingException(
                    self.tr(
                        "There is no shared registry {schema}.{table} in this database: run "
                        "tailings:createsharedregistry first."
                    ).format(schema=schema, table=TABLE)
                )
            transform = self._transform(source, state.srid, context, feedback)
            records = self._records(source, mapping, factor, transform, feedback)
            check_cancel(feedback)
            try:
                imported, rejected = import_records(conn, schema, records, feedback)
            except QgsProcessingException:
                raise
            except Exception as exc:
                conn.rollback()
                raise QgsProcessingException(
                    self.tr("The database refused the import: {reason}").format(reason=database_message(exc))
                ) from exc
        finally:
            conn.close()

        dest = self._write_rejected(parameters, context, rejected)
        self._report(feedback, rejected, len(records), imported, schema)
        return {self.OUTPUT: dest, self.IMPORTED: imported, self.REJECTED: len({r.row for r in rejected})}

    def _mapping(self, parameters, context, source, feedback):
        """Registry field -> layer field; the required ones must be there, the fields left out are named."""
        names = source.fields().names()
        mapping = field_mapping(self, parameters, context, names, MAPPINGS, [spec.name for spec in SCHEMA])
        for required in ("facility_id", "name"):
            if required not in mapping:
                raise QgsProcessingException(
                    self.tr("The layer has no field '{f}': name the field that holds it.").format(f=required)
                )
        mapped = set(mapping.values())
        left_out = [name for name in names if name not in mapped and name.lower() != "fid"]
        if left_out:
            feedback.pushInfo(
                self.tr("Fields that are not registry fields are not copied: {names}.").format(
                    names=", ".join(left_out)
                )
            )
        return mapping

    def _transform(self, source, srid, context, feedback):
        """Transform from the layer CRS to the registry's (None when they are equal or the layer has none)."""
        target = QgsCoordinateReferenceSystem(f"EPSG:{srid}")
        if source.sourceCrs().isValid() and source.sourceCrs() != target:
            return QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
        if not source.sourceCrs().isValid():
            feedback.pushWarning(self.tr("The layer has no CRS: coordinates are taken as they are."))
        return None

    def _records(self, source, mapping, factor, transform, feedback):
        """One record per feature (0-40 % of the progress), volumes in m³, the point as WKB."""
        records = []
        for row, feature in enumerate(iterate(source, feedback, progress_span=(0.0, 40.0)), start=1):
            record = {target_name: feature[field] for target_name, field in mapping.items()}
            record["__row__"] = row
            volume = record.get("volume_m3")
            if factor != 1.0:
                try:
                    number = to_number(volume)
                except (TypeError, ValueError):
                    number = None  # left as it is: the check reports the bad text
                if number is not None:
                    record["volume_m3"] = number * factor
            record["__geometry__"], record["__wkb__"] = self._point(feature.geometry(), transform)
            records.append(record)
        return records

    def _write_rejected(self, parameters, context, rejected):
        """The rejected rows (row, facility, field, message) written to OUTPUT; returns its destination."""
        fields = QgsFields()
        fields.append(_field("row", "int"))
        for name in ("facility", "field", "message"):
            fields.append(_field(name, "text"))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for item in rejected:
            out = QgsFeature(fields)
            out.setAttributes([item.row, item.facility, item.field, item.message])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        del sink
        return dest

    def _report(self, feedback, rejected, n_records, imported, schema):
        for item in rejected:
            feedback.pushWarning(
                self.tr("Row {row} ({facility}), {field}: {message}").format(
                    row=item.row, facility=item.facility, field=item.field or "-", message=item.message
                )
            )
        if rejected:
            feedback.reportError(
                self.tr(
                    "Nothing was imported: {n} of {m} rows were rejected. Fix them and run again."
                ).format(n=len({r.row for r in rejected}), m=n_records),
                False,
            )
        else:
            feedback.pushInfo(
                self.tr("Imported {n} facilities into {schema}.{table}.").format(
                    n=imported, schema=schema, table=TABLE
                )
            )

    def _point(self, geometry, transform):
        """(state for the check, WKB of a point in the registry CRS or None)."""
        problem = geometry_problem(geometry)
        if problem:
            return problem, None
        if geometry.type() == QgsWkbTypes.PolygonGeometry:
            geometry = geometry.pointOnSurface()
        elif QgsWkbTypes.isMultiType(geometry.wkbType()):
            parts = geometry.asMultiPoint()
            if len(parts) != 1:
                return self.tr("a multipoint with {n} points, not one point").format(n=len(parts)), None
            geometry = geometry.fromPointXY(parts[0])
        if transform is not None:
            geometry = type(geometry)(geometry)
            try:
                geometry.transform(transform)
            except Exception:
                return self.tr("cannot be transformed to the registry CRS"), None
        point = geometry.constGet()
        wkb = QgsWkbTypes.flatType(point.wkbType())
        if wkb != QgsWkbTypes.Point:
            return self.tr("not a point"), None
        return "ok", bytes(geometry.asWkb())


class ExportRegistryAlgorithm(TailingsAlgorithm):
    NAME = "exportregistry"
    GROUP = "registry"
    REQUIRES = ("psycopg2",)

    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    OUTPUT = "OUTPUT"
    COUNT = "COUNT"

    def displayName(self):
        return self.tr("Export shared registry to a file")

    def shortHelpString(self):
        return self.tr(
            "Copies the shared PostGIS registry to a GeoPackage (or any vector file) for offline work: the "
            "registry fields with updated_at, updated_by and row_version, the registry form and style. "
            "The shared registry is only read."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(schema_parameter(self.SCHEMA))
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Facility registry"), QgsProcessing.TypeVectorPoint, createByDefault=True
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.COUNT, self.tr("Number of facilities exported")))

    def process(self, parameters, context, feedback):
        database = self.parameterAsString(parameters, self.DATABASE, context)
        schema = (self.parameterAsString(parameters, self.SCHEMA, context) or "tailings").strip()
        connect(database).close()  # a clear message when the database cannot be reached
        layer = registry_layer(database, schema)
        fields = QgsFields()
        for f in layer.fields():
            if f.name() != "fid":
                fields.append(f)
        features = []
        for feature in iterate(layer, feedback, progress_span=(0.0, 80.0)):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes([feature[f.name()] for f in fields])
            features.append(out)
        check_cancel(feedback)
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.Point, layer.crs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for out in features:
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        del sink
        feedback.pushInfo(self.tr("Exported {n} facilities.").format(n=len(features)))
        self._results = {self.OUTPUT: dest, self.COUNT: len(features)}
        return self._results

    def postProcessAlgorithm(self, context, feedback):
        layer = QgsProcessingUtils.mapLayerFromString(self._results[self.OUTPUT], context)
        if layer is not None:
            apply_registry_style(layer)
        return self._results
