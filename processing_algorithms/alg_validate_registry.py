"""tailings:validateregistry: check a facility layer feature by feature, without changing it."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import check_cancel, tr_noop
from tailings_qgis_plugin.core.registry import ERROR, SCHEMA, WARNING, Problem, is_missing, validate_records
from tailings_qgis_plugin.core.runout import volume_to_m3, volume_unit_warning
from tailings_qgis_plugin.qgis_compat import make_field

from .base import TailingsAlgorithm
from .layer_io import check_source, geometry_problem, iterate, to_wgs84_transform
from .params import field_mapping, volume_unit_parameter
from .plausibility_io import position_problem

# parameter name -> registry field it maps
MAPPINGS = {
    "ID_FIELD": ("facility_id", tr_noop("Facility id field")),
    "NAME_FIELD": ("name", tr_noop("Name field")),
    "HEIGHT_FIELD": ("dam_height_m", tr_noop("Dam height field (m)")),
    "VOLUME_FIELD": ("volume_m3", tr_noop("Stored volume field (m³)")),
    "HAZARD_CLASS_FIELD": ("water_hazard_class", tr_noop("Water hazard class field (1–3)")),
    "STATUS_FIELD": ("status", tr_noop("Status field")),
}


class ValidateRegistryAlgorithm(TailingsAlgorithm):
    NAME = "validateregistry"
    GROUP = "registry"

    INPUT = "INPUT"
    OUTPUT = "OUTPUT"
    ERRORS = "ERRORS"
    WARNINGS = "WARNINGS"
    VOLUME_UNIT = "VOLUME_UNIT"  # issue 14

    def displayName(self):
        return self.tr("Validate facility registry")

    def shortHelpString(self):
        return self.tr(
            "Checks a tailings facility layer feature by feature and writes a table of problems "
            "(facility, field, severity, message). The input layer is never changed.<br>"
            "Checks: geometry present and valid; CRS set; facility ids unique and non-empty; required fields "
            "(facility_id, name) present; numbers numeric and plausible (dam height 0.5–350 m, stored volume "
            "1–10¹⁰ m³, area 0.01–50,000 ha, water hazard class 1–3); inspection dates not in the future; "
            "status and dam type among the known values.<br>"
            "Layers with other field names can be checked by naming the field that holds each value. "
            "Fields that are absent are reported once, not for every facility.<br>"
            "VOLUME_UNIT: the unit of the stored volume field (m³, thousand m³ or million m³), converted to m³ "
            "before the checks; a warning when the values look like another unit."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.INPUT,
                self.tr("Facility layer"),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
            )
        )
        for param, (_target, label) in MAPPINGS.items():
            self.addParameter(
                QgsProcessingParameterField(
                    param, self.tr(label), parentLayerParameterName=self.INPUT, optional=True
                )
            )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                self.OUTPUT, self.tr("Registry problems"), QgsProcessing.TypeVector
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.ERRORS, self.tr("Number of errors")))
        self.addOutput(QgsProcessingOutputNumber(self.WARNINGS, self.tr("Number of warnings")))
        volume_unit_parameter(self)  # issue 14: volumes in тыс. м³ are common in CIS registries

    def _layer_problems(self, crs, mapping):
        """Problems of the layer as a whole: no CRS, registry fields it lacks."""
        problems = []
        if not crs.isValid():
            problems.append(
                Problem(
                    self.tr("(layer)"), "crs", ERROR, self.tr("The layer has no coordinate reference system.")
                )
            )
        for spec in SCHEMA:
            if spec.name not in mapping:
                problems.append(
                    Problem(
                        self.tr("(layer)"),
                        spec.name,
                        ERROR if spec.required else WARNING,
                        self.tr("Field '{f}' is missing from the layer.").format(f=spec.name),
                    )
                )
        return problems

    def _write_problems(self, parameters, context, problems):
        """The problem table (facility, field, severity, message) written to OUTPUT; returns its destination."""
        fields = QgsFields()
        for name in ("facility", "field", "severity", "message"):
            fields.append(make_field(name, "text"))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.NoGeometry)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for problem in problems:
            feature = QgsFeature(fields)
            feature.setAttributes([problem.facility, problem.field, problem.severity, problem.message])
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
        del sink
        return dest

    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.INPUT, context)
        check_source(source, self.tr("facility"), [QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry])

        # registry field -> layer field
        names = source.fields().names()
        mapping = field_mapping(self, parameters, context, names, MAPPINGS, [spec.name for spec in SCHEMA])

        crs = source.sourceCrs()
        layer_problems = self._layer_problems(crs, mapping)

        to_wgs = to_wgs84_transform(source, context)
        unit = self.parameterAsEnum(parameters, self.VOLUME_UNIT, context)
        volumes = []

        def records():
            for feature in iterate(source, feedback):
                record = {target: feature[field] for target, field in mapping.items()}
                if "volume_m3" in record and not is_missing(record["volume_m3"]):
                    record["volume_m3"] = volume_to_m3(record["volume_m3"], unit)  # before any check
                    volumes.append(record["volume_m3"])
                record["__fid__"] = feature.id()
                geometry = feature.geometry()
                record["__geometry__"] = (
                    geometry_problem(geometry)
                    or (position_problem(geometry, to_wgs) if crs.isValid() else None)
                    or "ok"
                )
                yield record

        result = validate_records(records(), feedback=feedback)
        check_cancel(feedback)
        problems = layer_problems + result.problems
        unit_note = volume_unit_warning([v for v in volumes if isinstance(v, (int, float))], unit)
        if unit_note:
            problems.append(Problem(self.tr("(layer)"), "volume_m3", WARNING, unit_note))

        dest = self._write_problems(parameters, context, problems)

        errors = sum(1 for p in problems if p.severity == ERROR)
        warnings = len(problems) - errors
        summary = self.tr("{n} facilities checked: {e} errors, {w} warnings.").format(
            n=result.checked, e=errors, w=warnings
        )
        if errors:
            feedback.pushWarning(summary)
        else:
            feedback.pushInfo(summary)
        return {self.OUTPUT: dest, self.ERRORS: errors, self.WARNINGS: warnings}
