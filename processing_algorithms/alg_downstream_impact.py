"""tailings:downstreamimpact: who is downstream, when the release arrives, how strong, which border it crosses.

Thin adapter: reads the layers once into lon/lat arrays, traces every facility with ``core.tracing``, runs
``core.exposure.analyse_downstream_impact`` (which uses ``core.hydraulics``) and writes four sinks.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import SubFeedback, check_cancel
from tailings_qgis_plugin.core.hydraulics import (
    DISPERSION_METHODS,
    HIGHEST,
)
from tailings_qgis_plugin.core.lazy import np
from tailings_qgis_plugin.core.numbers import compact
from tailings_qgis_plugin.core.registry import is_missing

from .base import TailingsAlgorithm
from .impact_inputs import read_exposure_layers, read_facilities
from .impact_output import HELP, impact_assumptions, set_run_metadata, write_sinks
from .layer_io import (
    check_source,
    guess_field,
    warn_mixed_crs,
)
from .network_cache import tracer_for
from .network_io import dem_sampler, read_network_with
from .params import (
    facility_parameters,
    hydraulics_parameters,
    network_parameters,
    number,
    release_parameters,
    settlement_parameters,
    sink_parameters,
    snap_parameter,
    trace_limit_parameters,
    volume_unit_parameter,
)


def _num(v):
    if is_missing(v):
        return math.nan
    try:
        return float(v)
    except (TypeError, ValueError):
        return math.nan


class DownstreamImpactAlgorithm(TailingsAlgorithm):
    NAME = "downstreamimpact"
    GROUP = "pathways"

    FACILITIES = "FACILITIES"
    FACILITY_ID_FIELD = "FACILITY_ID_FIELD"
    RIVERS = "RIVERS"
    DIRECTION = "DIRECTION"
    REACH_ID_FIELD = "REACH_ID_FIELD"
    DOWNSTREAM_ID_FIELD = "DOWNSTREAM_ID_FIELD"
    DEM = "DEM"
    SNAP_DISTANCE = "SNAP_DISTANCE"
    NODE_TOLERANCE = "NODE_TOLERANCE"
    MAX_DISTANCE = "MAX_DISTANCE"
    MAX_DISTANCE_FIELD = "MAX_DISTANCE_FIELD"
    MAIN_STEM_FIELD = "MAIN_STEM_FIELD"
    LAKES = "LAKES"
    SETTLEMENTS = "SETTLEMENTS"
    SETTLEMENT_NAME_FIELD = "SETTLEMENT_NAME_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    RECEPTORS = "RECEPTORS"
    RECEPTOR_NAME_FIELD = "RECEPTOR_NAME_FIELD"
    COUNTRIES = "COUNTRIES"
    COUNTRY_FIELD = "COUNTRY_FIELD"
    CORRIDOR = "CORRIDOR"
    BORDER_TOLERANCE = "BORDER_TOLERANCE"
    VELOCITY_SOURCE = "VELOCITY_SOURCE"
    VELOCITY = "VELOCITY"
    VELOCITY_FIELD = "VELOCITY_FIELD"
    DISCHARGE_FIELD = "DISCHARGE_FIELD"
    SLOPE = "SLOPE"
    SLOPE_FIELD = "SLOPE_FIELD"
    MASS = "MASS"
    MASS_FIELD = "MASS_FIELD"
    VOLUME = "VOLUME"
    VOLUME_FIELD = "VOLUME_FIELD"
    CONCENTRATION = "CONCENTRATION"
    CONCENTRATION_FIELD = "CONCENTRATION_FIELD"
    DECAY = "DECAY"
    DISPERSION = "DISPERSION"
    PATHWAYS = "PATHWAYS"
    EXPOSED = "EXPOSED"
    CROSSINGS = "CROSSINGS"
    SUMMARY = "SUMMARY"

    # issue 14
    PEAK_CONC = "PEAK_CONC"
    VOLUME_UNIT = "VOLUME_UNIT"

    VELOCITY_SOURCES = ("constant", "field", "discharge")

    def displayName(self):
        return self.tr("Downstream impact (settlements, arrival, concentration, borders)")

    def shortHelpString(self):
        return self.tr(HELP) + self.tr(
            "<br>EXPOSED, CROSSINGS and SUMMARY are optional outputs (created by default in the dialog). "
            "SUMMARY flags: facilities processed despite a plausibility problem (empty_id, outside_crs_area, "
            "implausible_volume, implausible_mass: treated as missing; codes joined by ';')."
        )

    def initAlgorithm(self, config=None):
        P = QgsProcessing
        facility_parameters(self)
        network_parameters(self, with_lakes=True, with_main_stem=True)
        snap_parameter(self)
        trace_limit_parameters(self)
        settlement_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.RECEPTORS,
                self.tr("Receptors (water intakes, protected areas …)"),
                [P.TypeVectorPoint, P.TypeVectorPolygon, P.TypeVectorLine],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.RECEPTOR_NAME_FIELD,
                self.tr("Receptor name field"),
                parentLayerParameterName=self.RECEPTORS,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.COUNTRIES, self.tr("Countries"), [P.TypeVectorPolygon], optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                self.COUNTRY_FIELD,
                self.tr("Country name or code field"),
                parentLayerParameterName=self.COUNTRIES,
                optional=True,
            )
        )
        release_parameters(self)
        hydraulics_parameters(self)
        self.addParameter(
            number(
                self.BORDER_TOLERANCE,
                self.tr("Border stretch tolerance (km)"),
                5.0,
                decimals=1,
                is_advanced=True,
            )
        )
        sink_parameters(
            self,
            [
                (self.PATHWAYS, self.tr("Pathways"), P.TypeVectorLine),
                (self.EXPOSED, self.tr("Exposed settlements and receptors"), P.TypeVectorPoint, True),
                (self.CROSSINGS, self.tr("Border crossings"), P.TypeVectorPoint, True),
                (self.SUMMARY, self.tr("Impact summary"), P.TypeVectorPoint, True),
            ],
        )

        # --- helpers ----------------------------------------------------------------------------------------
        self._issue14_parameters()

    def _issue14_parameters(self):
        """Reported peak and volume unit (issue 14), declared after the others."""
        self.addParameter(
            QgsProcessingParameterEnum(
                self.PEAK_CONC,
                self.tr("Reported peak concentration (peak_conc_mg_l)"),
                [
                    self.tr("Highest of the four dispersion methods (conservative)"),
                    self.tr("The dispersion coefficient chosen above"),
                ],
                defaultValue=0,
            )
        )
        volume_unit_parameter(self)

    def postProcessAlgorithm(self, context, feedback):
        """Every output layer carries the run's parameters in its metadata (and the summary rows in the
        field assumptions)."""
        outputs = {k: self.final_output(v) for k, v in (getattr(self, "_outputs", None) or {}).items()}
        if outputs:
            set_run_metadata(outputs, context, self.displayName(), self._assumptions)
        return outputs

    # --- helpers ----------------------------------------------------------------------------------------
    def _field(self, parameters, name, context, source, label, role=None, feedback=None):
        value = self.parameterAsString(parameters, name, context)
        if not value:
            value = guess_field(source, role) if role else None
            if value and feedback is not None:
                feedback.pushInfo(
                    self.tr("No {label} field chosen: using '{f}'.").format(label=label, f=value)
                )
            return value
        if source is None or source.fields().lookupField(value) < 0:
            raise QgsProcessingException(
                self.tr("The field '{f}' ({label}) is not in the layer.").format(f=value, label=label)
            )
        return value

    # --- run --------------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
        # the engine loads when the algorithm runs, not when QGIS lists the algorithms
        from tailings_qgis_plugin.core.exposure import analyse_downstream_impact
        from tailings_qgis_plugin.core.pathway import (
            assemble_pathways,
            fill_slope_from_dem,
            trace_end_reasons,
        )
        from tailings_qgis_plugin.core.tracing import Tracer

        fac = self.parameterAsSource(parameters, self.FACILITIES, context)
        check_source(fac, self.tr("facility"), [QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry])
        rivers = self.parameterAsSource(parameters, self.RIVERS, context)
        check_source(rivers, self.tr("river"), [QgsWkbTypes.LineGeometry])
        settle = self.parameterAsSource(parameters, self.SETTLEMENTS, context)
        receptors = self.parameterAsSource(parameters, self.RECEPTORS, context)
        countries_src = self.parameterAsSource(parameters, self.COUNTRIES, context)
        if settle is not None:
            check_source(
                settle, self.tr("settlement"), [QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry]
            )
        if receptors is not None:
            check_source(receptors, self.tr("receptor"), allow_empty=True)
        if countries_src is not None:
            check_source(countries_src, self.tr("country"), [QgsWkbTypes.PolygonGeometry])
        warn_mixed_crs(
            feedback,
            (fac, self.tr("facilities")),
            (rivers, self.tr("rivers")),
            (settle, self.tr("settlements")),
            (receptors, self.tr("receptors")),
            (countries_src, self.tr("countries")),
        )
        corridor = self.parameterAsDouble(parameters, self.CORRIDOR, context)
        velocity = self.parameterAsDouble(parameters, self.VELOCITY, context)
        if not velocity > 0:
            raise QgsProcessingException(
                self.tr("The constant velocity must be positive (m/s), found {v}.").format(
                    v=compact(velocity)
                )
            )
        vsource = self.VELOCITY_SOURCES[self.parameterAsEnum(parameters, self.VELOCITY_SOURCE, context)]

        # --- facilities: id, location, maximum distance, release mass (volume in VOLUME_UNIT)
        ids, lonlat, maxd, masses, unit, flags = read_facilities(self, parameters, context, fac, feedback)

        # --- rivers and network
        direction = self.parameterAsEnum(parameters, self.DIRECTION, context)
        rid_field = self._field(parameters, self.REACH_ID_FIELD, context, rivers, self.tr("reach id"))
        did_field = self._field(
            parameters, self.DOWNSTREAM_ID_FIELD, context, rivers, self.tr("downstream id")
        )
        vel_field = self._field(parameters, self.VELOCITY_FIELD, context, rivers, self.tr("velocity"))
        q_field = self._field(parameters, self.DISCHARGE_FIELD, context, rivers, self.tr("discharge"))
        s_field = self._field(parameters, self.SLOPE_FIELD, context, rivers, self.tr("slope"))
        self._field(
            parameters, self.MAIN_STEM_FIELD, context, rivers, self.tr("main stem")
        )  # checked: in the layer
        if vsource == "field" and not vel_field:
            raise QgsProcessingException(
                self.tr("Velocity from a field was chosen: choose the velocity field.")
            )
        if vsource == "discharge" and not q_field:
            raise QgsProcessingException(
                self.tr("Velocity from discharge was chosen: choose the discharge field.")
            )
        if direction == 1 and not (rid_field and did_field):
            raise QgsProcessingException(
                self.tr("Direction from id fields was chosen: choose the reach id and downstream id fields.")
            )
        lakes_src = self.parameterAsSource(parameters, self.LAKES, context)
        if lakes_src is not None:
            check_source(lakes_src, self.tr("lake"), [QgsWkbTypes.PolygonGeometry], allow_empty=True)
        # the same reader as tailings:tracedownstream, plus the hydraulic attributes of each reach; asked the
        # way the trace asks (main stem read when its field is chosen), a network the trace built is reused
        net, reach_ids, main_stem, extra = read_network_with(
            self,
            parameters,
            context,
            feedback,
            rivers,
            with_main_stem=True,
            extra_fields=(vel_field, q_field, s_field),
        )
        check_cancel(feedback)

        def per_part(name):
            if not name:
                return None
            return np.array([_num(v) for v in extra[name]])

        if main_stem is None and q_field:
            # the larger discharge is the main stem at a bifurcation: a tracer for this run only (the cache
            # keeps one tracer per main-stem list it is given, and this list is new at every run)
            tracer = Tracer(net, per_part(q_field), feedback=None)
        else:
            # the tracer (and its snapping index) of a reused network is built once, as
            # tailings:tracedownstream's
            tracer = tracer_for(net, main_stem)
        snap = self.parameterAsDouble(parameters, self.SNAP_DISTANCE, context)
        maxd = np.asarray(maxd, dtype=float)
        res = tracer.trace(lonlat[:, 0], lonlat[:, 1], snap, np.where(np.isfinite(maxd), maxd, 0.0), feedback)
        feedback.setProgress(30)
        check_cancel(feedback)

        v_part = per_part(vel_field) if vsource == "field" else None
        q_part = per_part(q_field)
        s_part = per_part(s_field)
        rid_part = reach_ids if rid_field else None

        # one pathway model for every algorithm (core.pathway.assemble_pathways)
        asm = assemble_pathways(
            res, ids, masses, velocity=v_part, discharge=q_part, slope=s_part, feedback=feedback
        )
        pathways, not_snapped, branching = asm.pathways, asm.not_snapped, asm.branching
        pieces_of = dict(enumerate(asm.source))
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem is not None:  # the river slope along each pathway from the DEM, where no slope field says it
            sample = dem_sampler(dem, context)
            filled = sum(fill_slope_from_dem(pw, sample) for pw in pathways)
            feedback.pushInfo(self.tr("River slope from the DEM on {n} pathway segments.").format(n=filled))
        if branching:
            feedback.pushWarning(
                self.tr(
                    "{n} pathways branch at a bifurcation; only the first branch is analysed. Choose a main stem "
                    "field (or a discharge field) to follow the main stem."
                ).format(n=branching)
            )
        if not_snapped:
            feedback.pushWarning(
                self.tr("{n} facilities did not reach a river within the snap distance: {ids}.").format(
                    n=len(not_snapped), ids=", ".join(ids[i] for i in not_snapped[:20])
                )
            )

        settlements, rec, countries = read_exposure_layers(
            self, parameters, context, feedback, settle, receptors, countries_src
        )

        method = DISPERSION_METHODS[self.parameterAsEnum(parameters, self.DISPERSION, context)]
        peak_rule = method
        if self.parameterAsEnum(parameters, self.PEAK_CONC, context) == 0:
            method = peak_rule = HIGHEST  # conservative: the highest of the four peaks, band beside it
        assumptions = impact_assumptions(self, parameters, context, peak_rule, dem is not None, unit)
        slope = self.parameterAsDouble(parameters, self.SLOPE, context)
        hyd = {
            "fallback_velocity_m_s": velocity,
            "assumed_slope": slope if slope > 0 else None,
            "decay_per_h": self.parameterAsDouble(parameters, self.DECAY, context),
            "method": method,
        }
        result = analyse_downstream_impact(
            pathways,
            settlements,
            rec,
            countries,
            corridor_m=corridor,
            border_tolerance_km=self.parameterAsDouble(parameters, self.BORDER_TOLERANCE, context),
            hydraulics=hyd,
            feedback=SubFeedback(feedback, 30.0, 90.0),
        )
        check_cancel(feedback)

        # --- sinks (written last: nothing is half-written on cancel)
        for row in result.exposed:  # the reported peak: highest of the four methods or the chosen one
            row["peak_conc_method"] = peak_rule
        end_edges = [int(res.end_e[asm.source[j][0]]) for j in range(len(result.summary))]
        ends = trace_end_reasons(  # the same call as tailings:tracedownstream
            net,
            [x["end_reason"] for x in result.summary],
            [x["end_lon"] for x in result.summary],
            [x["end_lat"] for x in result.summary],
            end_edges,
            land=countries,
            declared_outlets=direction == 1,  # reach and downstream ids: outlets are stated (id 0 / NULL)
        )
        for row, reason in zip(result.summary, ends):
            row.update(end_reason=reason, assumptions=assumptions, peak_conc_method=peak_rule)
        out = write_sinks(
            self,
            parameters,
            context,
            result,
            pieces_of,
            ids,
            res,
            lonlat,
            masses,
            rid_part,
            settlements,
            rec,
            assumptions,
            flags=flags,
            feedback=feedback,
        )
        self._outputs, self._assumptions = out, assumptions
        feedback.setProgress(100)
        return out
