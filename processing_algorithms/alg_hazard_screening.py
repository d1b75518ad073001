"""tailings:hazardscreening: hazard index, release volume and runout, population at risk, consequence class.

Thin adapter: reads the facility layer (and optional rasters, settlements, rivers), hands plain records to
``core.hazard.screen_facilities`` and writes a copy of the facilities with the results.
"""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import SubFeedback, check_cancel, tr_noop
from tailings_qgis_plugin.core.hazard import apply_scenario, output_fields, screen_facilities
from tailings_qgis_plugin.core.hazard_index import load_thi_rules
from tailings_qgis_plugin.core.hazard_interval import check_level, load_failure_record_fit
from tailings_qgis_plugin.core.numbers import compact
from tailings_qgis_plugin.core.registry import is_missing
from tailings_qgis_plugin.core.runout import (
    VOLUME_UNIT_NAMES,
    load_runout_methods,
    volume_to_m3,
    volume_unit_warning,
)
from tailings_qgis_plugin.paths import resource
from tailings_qgis_plugin.qgis_compat import make_field

from .base import TailingsAlgorithm
from .hazard_help import HELP, _fit_figures, _point
from .impact_output import set_run_metadata
from .layer_io import check_source, iterate, to_wgs84_transform
from .params import (
    advanced,
    facility_parameters,
    field,
    field_mapping,
    number,
    rivers_parameter,
    settlement_parameters,
    sink_parameters,
    snap_parameter,
    volume_unit_parameter,
)
from .plausibility_io import enforce_facility_checks, part_count
from .population_io import digitised_tracer, population_within, read_places

# parameter -> (engine input key, label, default field name looked up in the layer)
MAPPINGS = {
    "VOLUME_FIELD": ("volume_m3", tr_noop("Stored volume field (m³)")),
    "HEIGHT_FIELD": ("dam_height_m", tr_noop("Dam height field (m)")),
    "HAZARD_CLASS_FIELD": ("water_hazard_class", tr_noop("Water hazard class field (WGK 1–3)")),
    "STATUS_FIELD": ("status", tr_noop("Status field (operating / inactive / closed / abandoned …)")),
    "DAM_SAFETY_FIELD": ("dam_safety", tr_noop("Dam safety field (good / fair / poor or 0–2)")),
    "FLOOD_FIELD": (
        "flood_hazard",
        tr_noop("Flood hazard field (none / low / medium / high or 100-year depth m)"),
    ),
    "SEISMIC_FIELD": ("seismic_hazard", tr_noop("Seismic hazard field (low / moderate / high or PGA g)")),
}
STYLE = ("styles", "hazard_index.qml")


class HazardScreeningAlgorithm(TailingsAlgorithm):
    NAME = "hazardscreening"
    GROUP = "hazard"

    FACILITIES = "FACILITIES"
    FACILITY_ID_FIELD = "FACILITY_ID_FIELD"
    FLOOD_RASTER = "FLOOD_RASTER"
    SEISMIC_RASTER = "SEISMIC_RASTER"
    SETTLEMENTS = "SETTLEMENTS"
    POPULATION_FIELD = "POPULATION_FIELD"
    RIVERS = "RIVERS"
    CORRIDOR = "CORRIDOR"
    SNAP_DISTANCE = "SNAP_DISTANCE"
    PAR_DISTANCE = "PAR_DISTANCE"
    THI_RULES = "THI_RULES"
    RUNOUT_METHODS = "RUNOUT_METHODS"
    VOLUME_BAND_FACTOR = "VOLUME_BAND_FACTOR"
    RUNOUT_BAND_FACTOR = "RUNOUT_BAND_FACTOR"
    OUTPUT = "OUTPUT"
    # issue 14
    VOLUME_UNIT = "VOLUME_UNIT"
    INTERVAL = "INTERVAL"
    SCENARIO_VOLUME = "SCENARIO_VOLUME"
    SCENARIO_HEIGHT = "SCENARIO_HEIGHT"

    def __init__(self):
        super().__init__()
        self._dest = None
        self._style_point = False

    def displayName(self):
        return self.tr("Hazard and consequence screening")

    def shortHelpString(self):
        return self.tr(HELP).format(**_fit_figures())

    def initAlgorithm(self, config=None):
        facility_parameters(self)
        for param, (target, label) in MAPPINGS.items():
            self.addParameter(
                field(
                    param, self.tr(label) + " " + self.tr("[default: {f}]").format(f=target), self.FACILITIES
                )
            )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.FLOOD_RASTER, self.tr("Flood depth raster, 100-year (m)"), optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterRasterLayer(
                self.SEISMIC_RASTER, self.tr("Seismic hazard raster, PGA (g)"), optional=True
            )
        )
        # population at risk: settlements within the corridor of the pathway traced up to the runout
        settlement_parameters(self, with_name=False)
        rivers_parameter(self, optional=True)
        snap_parameter(self)
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PAR_DISTANCE,
                self.tr("Runout used for the population at risk"),
                [self.tr("Central estimate (runout_km)"), self.tr("Upper end of the range (runout_high_km)")],
                defaultValue=1,
            )
        )
        for param in (
            QgsProcessingParameterFile(
                self.THI_RULES,
                self.tr("THI scoring rules (JSON; default: bundled thi_scoring.json)"),
                extension="json",
                optional=True,
            ),
            QgsProcessingParameterFile(
                self.RUNOUT_METHODS,
                self.tr("Runout methods (JSON; default: bundled runout_methods.json)"),
                extension="json",
                optional=True,
            ),
            number(
                self.VOLUME_BAND_FACTOR,
                self.tr(
                    "Released-volume band factor (0 = from the data file, 1 = prediction interval alone)"
                ),
                0.0,
                decimals=1,
            ),
            number(
                self.RUNOUT_BAND_FACTOR,
                self.tr("Runout band factor (0 = from the data file, 1 = prediction interval alone)"),
                0.0,
                decimals=1,
            ),
        ):
            self.addParameter(advanced(param))
        sink_parameters(
            self, [(self.OUTPUT, self.tr("Hazard screening"), QgsProcessing.TypeVectorAnyGeometry)]
        )
        self._issue14_parameters()

    def _issue14_parameters(self):
        """Units, interval and explicit scenario (issue 14), declared after the others."""
        volume_unit_parameter(self)
        self.addParameter(
            number(
                self.INTERVAL,
                self.tr("Prediction interval of the ranges (%; 0 = spread between methods only)"),
                90.0,
                decimals=1,
                maximum=99.9,
            )
        )
        for name, label in (
            (
                self.SCENARIO_VOLUME,
                self.tr("User scenario: stored volume where missing (0 = none; in the unit above)"),
            ),
            (self.SCENARIO_HEIGHT, self.tr("User scenario: dam height where missing (m; 0 = none)")),
        ):
            self.addParameter(number(name, label, 0.0, decimals=1, is_advanced=True))

    # --- helpers ----------------------------------------------------------------------------------------
    def _band(self, parameters, name, context):
        value = self.parameterAsDouble(parameters, name, context)
        if value == 0:
            return None
        if value < 1:
            raise QgsProcessingException(
                self.tr("A band factor must be 0 (use the data file) or at least 1, found {v}.").format(
                    v=compact(value)
                )
            )
        return value

    def _mapping(self, parameters, context, names):
        targets = [target for target, _label in MAPPINGS.values()]
        mapping = field_mapping(self, parameters, context, names, MAPPINGS, targets)
        return {t: mapping[t] for t in targets if t in mapping}  # in the order of MAPPINGS

    @staticmethod
    def _sampler(raster, source_crs, context):
        if raster is None:
            return None
        transform = QgsCoordinateTransform(source_crs, raster.crs(), context.transformContext())
        provider = raster.dataProvider()

        def sample(point):
            p = transform.transform(point)
            value, ok = provider.sample(p, 1)
            if not ok or value is None or value != value:  # NaN: nodata
                return None
            return float(value)

        return sample

    # --- run --------------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        source = self.parameterAsSource(parameters, self.FACILITIES, context)
        check_source(source, self.tr("facility"), [QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry])
        thi_path = self.parameterAsFile(parameters, self.THI_RULES, context) or None
        runout_path = self.parameterAsFile(parameters, self.RUNOUT_METHODS, context) or None
        thi_rules = load_thi_rules(thi_path)
        runout_config = load_runout_methods(runout_path)
        vbf = self._band(parameters, self.VOLUME_BAND_FACTOR, context)
        rbf = self._band(parameters, self.RUNOUT_BAND_FACTOR, context)

        mapping, id_field = self._fields(parameters, context, source, feedback)

        flood_raster = self.parameterAsRasterLayer(parameters, self.FLOOD_RASTER, context)
        seismic_raster = self.parameterAsRasterLayer(parameters, self.SEISMIC_RASTER, context)
        samplers = {
            "flood_hazard": self._sampler(flood_raster, source.sourceCrs(), context),
            "seismic_hazard": self._sampler(seismic_raster, source.sourceCrs(), context),
        }

        # issue 14: units, explicit scenario, interval, which runout sets the class
        unit, level, scen_v, scen_h, par_basis = self._scenario(parameters, context)

        # read the facilities once: records for the engine, features kept for the copy
        items, features, lonlat, raw_ids, parts = self._read(
            source, context, feedback, (mapping, id_field, samplers), (unit, scen_v, scen_h)
        )
        check_cancel(feedback)
        checked = enforce_facility_checks(
            raw_ids if id_field else None, lonlat, parts, [f.id() for f in features], source, feedback
        )
        items = [(fid, record) for fid, (_old, record) in zip(checked.ids, items)]
        self._data_notes(items, unit, feedback)
        assumptions = self._assumptions(parameters, context, unit, level, scen_v, scen_h, par_basis)
        screen = dict(
            thi_rules=thi_rules,
            runout_config=runout_config,
            volume_band_factor=vbf,
            runout_band_factor=rbf,
            level=level,
            par_basis=par_basis,
            assumptions=assumptions,
        )
        rows = screen_facilities(
            items,
            feedback=SubFeedback(
                feedback,
                20.0,
                50.0,
                max_warnings=25,
                overflow=self.tr(
                    "More facility warnings follow in the field hazard_notes of the output; not repeated here."
                ),
            ),
            **screen,
        )
        check_cancel(feedback)

        # population at risk (central and upper runout) and consequence class
        par = self._population_at_risk(parameters, context, feedback, items, lonlat, rows)
        if par is not None:
            central, high = par
            rows = screen_facilities(
                [(fid, dict(rec, par=central.get(fid), par_high=high.get(fid))) for fid, rec in items],
                feedback=SubFeedback(feedback, 50.0, 90.0, quiet=True),
                **screen,
            )

        self._add_flag_notes(rows, checked.flags)

        dest = self._write_copy(
            parameters, context, feedback, source, features, rows, (thi_rules, runout_config)
        )
        feedback.setProgress(100.0)

        complete = sum(1 for r in rows if r["thi_complete"])
        with_runout = sum(1 for r in rows if r["runout_km"] is not None)
        feedback.pushInfo(
            self.tr(
                "{n} facilities: {c} with a complete hazard index, {r} with a runout estimate, {p} with a "
                "consequence class."
            ).format(n=len(rows), c=complete, r=with_runout, p=sum(1 for r in rows if r["consequence_class"]))
        )
        self._dest = dest
        self._assumptions = assumptions
        self._style_point = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PointGeometry
        return {self.OUTPUT: dest}

    def _fields(self, parameters, context, source, feedback):
        """Engine field -> layer field, and the facility id field (or None); says which fields are used."""
        names = source.fields().names()
        mapping = self._mapping(parameters, context, names)
        id_field = self.parameterAsString(parameters, self.FACILITY_ID_FIELD, context)
        if id_field and id_field not in names:
            raise QgsProcessingException(
                self.tr("The field '{f}' is not in the facility layer.").format(f=id_field)
            )
        if not id_field and "facility_id" in names:
            id_field = "facility_id"
        for key in ("volume_m3", "dam_height_m"):
            if key not in mapping:
                feedback.pushWarning(
                    self.tr(
                        "No field for {key}: release volume and runout cannot be estimated. Choose the field "
                        "that holds it."
                    ).format(key=key)
                )
        used = ", ".join(f"{k} ← {v}" for k, v in mapping.items())
        feedback.pushInfo(self.tr("Fields used: {used}.").format(used=used or self.tr("none")))
        return mapping, id_field

    def _scenario(self, parameters, context):
        """Volume unit, interval level, user scenario (volume in m³, height) and the PAR distance basis."""
        unit = self.parameterAsEnum(parameters, self.VOLUME_UNIT, context)
        level = check_level(self.parameterAsDouble(parameters, self.INTERVAL, context))
        scen_v = self.parameterAsDouble(parameters, self.SCENARIO_VOLUME, context) or None
        scen_h = self.parameterAsDouble(parameters, self.SCENARIO_HEIGHT, context) or None
        if bool(scen_v) != bool(scen_h):
            raise QgsProcessingException(
                self.tr("A user scenario needs both a stored volume and a dam height (or neither).")
            )
        scen_v = volume_to_m3(scen_v, unit) if scen_v else None
        par_basis = "high" if self.parameterAsEnum(parameters, self.PAR_DISTANCE, context) == 1 else "central"
        return unit, level, scen_v, scen_h, par_basis

    def _read(self, source, context, feedback, fields, scenario):
        """Read the facilities once (0-20 % of the progress): records for the engine, the features for the
        copy, WGS 84 points, and the raw ids and part counts for the shared plausibility checks."""
        mapping, id_field, samplers = fields
        unit, scen_v, scen_h = scenario
        to_wgs84 = to_wgs84_transform(source, context)
        items, features, lonlat = [], [], []
        raw_ids, parts = [], []  # for the shared plausibility checks
        for feature in iterate(source, feedback, progress_span=(0.0, 20.0)):
            fid = feature[id_field] if id_field else None
            raw_ids.append(fid)
            parts.append(part_count(feature.geometry()))
            fid = str(feature.id()) if is_missing(fid) else str(fid)
            record = {}
            for target, field_name in mapping.items():
                value = feature[field_name]
                record[target] = None if is_missing(value) else value
            record["volume_m3"] = volume_to_m3(record.get("volume_m3"), unit)  # before any formula
            record = apply_scenario(record, scen_v, scen_h)
            point = _point(feature.geometry())
            for key, sample in samplers.items():
                if sample is not None and record.get(key) is None and point is not None:
                    record[key] = sample(point)
            if point is not None:
                p = to_wgs84.transform(point)
                lonlat.append((p.x(), p.y()))
            else:
                lonlat.append(None)
                feedback.pushWarning(self.tr("Facility {fid} has no geometry.").format(fid=fid))
            items.append((fid, record))
            features.append(feature)
        return items, features, lonlat, raw_ids, parts

    def _data_notes(self, items, unit, feedback):
        """Warn when the registry volumes look like another unit; count the facilities not assessed."""
        registry_volumes = [r.get("volume_m3") for _f, r in items if r.get("scenario_source") == "registry"]
        unit_note = volume_unit_warning(registry_volumes, unit)
        if unit_note:
            feedback.pushWarning(unit_note)
        n_none = sum(1 for _f, r in items if r["scenario_source"] == "none")
        if n_none:
            feedback.pushInfo(
                self.tr(
                    "{n} facilities have no stored volume or dam height: not assessed (no runout, no rank). "
                    "Give a user scenario to assess them on that assumption."
                ).format(n=n_none)
            )

    def _add_flag_notes(self, rows, flags_per_row):
        """Per-row plausibility flags (empty id, outside the CRS's area of use) go into the row's notes."""
        flag_texts = {
            "empty_id": self.tr("empty id"),
            "outside_crs_area": self.tr("outside the CRS's area of use"),
        }
        for row, flags in zip(rows, flags_per_row):
            if flags:
                extra = "; ".join(flag_texts.get(f, f) for f in flags.split(";"))
                row["hazard_notes"] = " | ".join(t for t in (row.get("hazard_notes"), extra) if t)

    def _write_copy(self, parameters, context, feedback, source, features, rows, config):
        """The copy: input fields (those the output replaces are dropped) + result fields; returns OUTPUT."""
        thi_rules, runout_config = config
        spec = output_fields(thi_rules, runout_config)
        out_names = {name for name, _kind in spec}
        fields = QgsFields()
        kept = []
        for index, fld in enumerate(source.fields()):
            if fld.name() in out_names:
                feedback.pushWarning(
                    self.tr("The input field '{f}' is replaced by the result of the same name.").format(
                        f=fld.name()
                    )
                )
                continue
            fields.append(fld)
            kept.append(index)
        for name, kind in spec:
            fields.append(make_field(name, kind))
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, source.wkbType(), source.sourceCrs()
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))
        for feature, row in zip(features, rows):
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            attrs = feature.attributes()
            out.setAttributes([attrs[i] for i in kept] + [row[name] for name, _kind in spec])
            sink.addFeature(out, QgsFeatureSink.FastInsert)
        del sink
        return dest

    def postProcessAlgorithm(self, context, feedback):
        """Load the graduated THI style on the output layer (point layers)."""
        if self._dest and self._style_point:
            layer = QgsProcessingUtils.mapLayerFromString(self.final_output(self._dest), context)
            if layer is not None:
                message, ok = layer.loadNamedStyle(str(resource(*STYLE)))
                if not ok:
                    feedback.pushWarning(
                        self.tr("The hazard index style was not loaded: {m}").format(m=message)
                    )
                layer.triggerRepaint()
        if self._dest:  # the run's parameters travel with the layer (issue 14)
            set_run_metadata(
                {self.OUTPUT: self.final_output(self._dest)}, context, self.displayName(), self._assumptions
            )
        return {self.OUTPUT: self.final_output(self._dest)}

    # --- population at risk -----------------------------------------------------------------------------
    def _population_at_risk(self, parameters, context, feedback, items, lonlat, rows):
        """``({fid: people within the central runout}, {fid: people within the upper runout})`` from the
        settlements within the corridor of each traced pathway (engine: core.pathway.population_at_risk, the
        same count as tailings:downstreamimpact), or None (par stays NULL) with a message saying why."""
        settlements = self.parameterAsSource(parameters, self.SETTLEMENTS, context)
        rivers = self.parameterAsSource(parameters, self.RIVERS, context)
        if settlements is None and rivers is None:
            feedback.pushInfo(
                self.tr(
                    "No settlements and rivers given: population at risk and consequence class are left NULL."
                )
            )
            return None
        if settlements is None or rivers is None:
            feedback.pushWarning(
                self.tr(
                    "The population at risk needs both settlements and rivers; par and consequence_class are "
                    "left NULL."
                )
            )
            return None
        check_source(
            settlements, self.tr("settlements"), [QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry]
        )
        check_source(rivers, self.tr("rivers"), [QgsWkbTypes.LineGeometry])
        pop_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        if not pop_field:
            pop_field = "population" if "population" in settlements.fields().names() else ""
        if not pop_field:
            raise QgsProcessingException(
                self.tr(
                    "Choose the population field of the settlements layer (there is no 'population' field)."
                )
            )
        corridor_m = self.parameterAsDouble(parameters, self.CORRIDOR, context)
        snap_m = self.parameterAsDouble(parameters, self.SNAP_DISTANCE, context)
        places = read_places(settlements, context, feedback, None, pop_field, "settlement")
        bad = sum(1 for fl in places.pop_flags if fl in ("missing", "negative", "not a number"))
        if bad:
            feedback.pushWarning(
                self.tr(
                    "{n} settlements have no usable population and count as 0 in the population at risk."
                ).format(n=bad)
            )
        tracer = digitised_tracer(rivers, context, feedback, self.tr("river"))
        if tracer is None:
            raise QgsProcessingException(self.tr("The river layer has no usable line features."))
        ids = [fid for fid, _rec in items]
        xy = [p if p is not None else (float("nan"), float("nan")) for p in lonlat]
        out = []
        for key in ("runout_km", "runout_high_km"):
            dist = [
                r[key] if r[key] is not None and p is not None else float("nan") for r, p in zip(rows, lonlat)
            ]
            people, unreached = population_within(
                tracer,
                ids,
                xy,
                dist,
                places,
                snap_m,
                corridor_m,
                SubFeedback(feedback, 50.0, 90.0, quiet=True),
            )
            out.append(people)
            check_cancel(feedback)
        if unreached:
            feedback.pushWarning(
                self.tr(
                    "{n} facilities are farther from a river than the snap distance: their population at risk "
                    "and consequence class are left NULL (not assessed). Increase the snap distance to include them."
                ).format(n=len(unreached))
            )
        feedback.pushInfo(
            self.tr("Population at risk computed for {n} facilities (corridor {c} m).").format(
                n=len(out[1]), c=compact(corridor_m)
            )
        )
        return out[0], out[1]

    def _assumptions(self, parameters, context, unit, level, scen_v, scen_h, par_basis):
        """The run's assumptions as one line of text (in the output language), copied into every row."""
        parts = [
            self.tr("volumes read in {u}").format(u=self.tr(VOLUME_UNIT_NAMES[unit])),
            self.tr(
                "ranges: {p} % prediction interval of the refit on {n} failures (Chambers et al. 2023)"
            ).format(p=compact(level * 100.0), n=load_failure_record_fit().fit("H*VF").n),
            self.tr("consequence class from people inside the {w} runout zone").format(
                w=self.tr("upper") if par_basis == "high" else self.tr("central")
            ),
            self.tr("corridor {c} m each side, snap distance {s} m").format(
                c=compact(self.parameterAsDouble(parameters, self.CORRIDOR, context)),
                s=compact(self.parameterAsDouble(parameters, self.SNAP_DISTANCE, context)),
            ),
        ]
        if scen_v:
            parts.append(
                self.tr("user scenario where the registry has no data: {v} m³, {h} m").format(
                    v=compact(scen_v), h=compact(scen_h)
                )
            )
        else:
            parts.append(self.tr("no user scenario: facilities without data are not assessed"))
        return "; ".join(parts)
