"""tailings:downstreamimpact: who is downstream, when the release arrives, how strong, which border it crosses.

Thin adapter: reads the layers once into lon/lat arrays, traces every facility with ``core.tracing``, runs
``core.exposure.analyse_downstream_impact`` (which uses ``core.hydraulics``) and writes four sinks.
"""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import SubFeedback, check_cancel
from tailings_qgis_plugin.core.exposure import (
    Countries,
    Pathway,
    analyse_downstream_impact,
    places_from_geometries,
)
from tailings_qgis_plugin.core.hydraulics import DISPERSION_METHODS, release_mass_kg
from tailings_qgis_plugin.core.registry import is_missing
from tailings_qgis_plugin.core.tracing import Tracer
from tailings_qgis_plugin.qgis_compat import make_field

from .base import TailingsAlgorithm
from .layer_io import (
    WGS84,
    check_source,
    guess_field,
    iterate,
    read_polygons,
    to_wgs84_transform,
    warn_mixed_crs,
)
from .network_io import read_network_with
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
)
from .plausibility_io import enforce_facility_checks, part_count

PATHWAY_FIELDS = [
    ("facility_id", "text"),
    ("seq", "int"),
    ("reach_id", "text"),
    ("kind", "text"),
    ("from_km", "real"),
    ("to_km", "real"),
    ("travel_time_from_h", "real"),
    ("travel_time_to_h", "real"),
    ("arrival_from_h", "real"),
    ("arrival_to_h", "real"),
]
EXPOSED_FIELDS = [
    ("facility_id", "text"),
    ("kind", "text"),
    ("name", "text"),
    ("population", "real"),
    ("population_flag", "text"),
    ("country", "text"),
    ("dist_km", "real"),
    ("offset_m", "real"),
    ("arrival_h", "real"),
    ("peak_h", "real"),
    ("peak_conc_mg_l", "real"),
    ("peak_conc_lo_mg_l", "real"),
    ("peak_conc_hi_mg_l", "real"),
    ("dilution", "real"),
    ("mixed", "bool"),
]
CROSSING_FIELDS = [
    ("facility_id", "text"),
    ("kind", "text"),
    ("from_country", "text"),
    ("to_country", "text"),
    ("countries", "text"),
    ("dist_km", "real"),
    ("end_km", "real"),
    ("arrival_h", "real"),
    ("peak_h", "real"),
    ("n_changes", "int"),
]
SUMMARY_FIELDS = [
    ("facility_id", "text"),
    ("snapped", "bool"),
    ("snap_distance_m", "real"),
    ("n_settlements", "int"),
    ("population", "real"),
    ("population_24h", "real"),
    ("population_72h", "real"),
    ("n_pop_unknown", "int"),
    ("n_receptors", "int"),
    ("countries", "text"),
    ("n_borders", "int"),
    ("first_border_km", "real"),
    ("first_border_h", "real"),
    ("first_border_to", "text"),
    ("end_km", "real"),
    ("end_h", "real"),
    ("end_reason", "text"),
    ("end_lon", "real"),
    ("end_lat", "real"),
    ("mass_kg", "real"),
    ("end_peak_conc_mg_l", "real"),
]


def _fields(spec):
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields


def _value(v):
    if v is None:
        return None
    if isinstance(v, (float, np.floating)):
        return None if not math.isfinite(float(v)) else float(v)
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.bool_,)):
        return bool(v)
    return v


def _to_shapely(geometry):
    from shapely import wkb

    return wkb.loads(bytes(geometry.asWkb()))


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

    VELOCITY_SOURCES = ("constant", "field", "discharge")

    def displayName(self):
        return self.tr("Downstream impact (settlements, arrival, concentration, borders)")

    def shortHelpString(self):
        return self.tr(
            "For each tailings facility: traces the release downstream (as tailings:tracedownstream), lists "
            "the settlements and receptors within the corridor in downstream order with the distance along "
            "the river (dist_km), the distance from the river (offset_m), the arrival of the leading edge "
            "(arrival_h), the time of the peak (peak_h) and the peak concentration (peak_conc_mg_l), finds "
            "where the pathway crosses a border (UNECE Industrial Accidents Convention: the upstream country "
            "notifies the downstream one) and summarises each facility.<br><br>"
            "<b>Travel time</b>: tau = sum of segment length / velocity. Velocity is a constant (m/s), a "
            "per-reach field, or from a per-reach discharge Q by at-a-station hydraulic geometry "
            "(Leopold &amp; Maddock 1953 form U = a·Q^b, depth h = c·Q^f, defaults a=0.194, b=0.285, "
            "c=0.409, f=0.294 of Raymond et al. 2012); width W = Q/(U·h). The overland leg and reaches "
            "without a value use the constant velocity (with a warning).<br>"
            "<b>Concentration</b>: instantaneous, cross-sectionally mixed release, 1-D advection–dispersion "
            "(Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), "
            "A = Q/U. Along a river whose U, Q and K change, the cloud is Gaussian in time at each station "
            "with variance σ² = Σ 2·K·L/U³ and peak M/(Q·√(2πσ²)): dilution as discharge grows "
            "(dilution = Q at the place / Q where the release enters the river). K from Fischer (1975) "
            "K = 0.011·U²W²/(h·u*), Kashefipour &amp; Falconer (2002), Deng et al. (2001) or Seo &amp; Cheong "
            "(1998); peak_conc_lo/hi_mg_l give the spread over all four. u* = √(g·h·S) needs the slope S: "
            "from the slope field or the assumed slope (default 0.0001, a warning says it was assumed; 0 = no "
            "concentration without a slope field). Without discharge or mass peak_conc_mg_l is NULL. "
            "<b>mixed</b> is false for places within the lateral mixing length of a bank release "
            "(Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); there the value is a cross-sectional mean. "
            "Leading edge: 0.89 × time to peak (Jobson 1996, USGS WRIR 96-4013). Optional first-order "
            "decay or settling rate k (per hour). Mass M: the mass field or constant (kg), else released "
            "volume (m³) × concentration (mg/L) / 1000.<br>"
            "<b>Borders</b>: each vertex of the pathway is placed in a country polygon; a change is located "
            "on its segment. Changes closer than the border tolerance (km) are merged into one "
            "border_stretch (a river forming the border), not dozens of crossings. A vertex in a gap between "
            "polygons (a sea or lake left out of the country layer) takes the last country the pathway was "
            "in; gaps and overlaps are warned.<br>"
            "<b>Summary</b>: settlements and population within the corridor (total, arrival within 24 h and "
            "72 h), countries reached in order, first border (km, h), end of the trace. Settlements without "
            "a usable population (NULL, 0, text) are listed, flagged and not counted.<br>"
            "Screening estimates for emergency planning, not a calibrated alarm model (those add dead zones "
            "and are calibrated with tracer tests)."
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
                (self.EXPOSED, self.tr("Exposed settlements and receptors"), P.TypeVectorPoint),
                (self.CROSSINGS, self.tr("Border crossings"), P.TypeVectorPoint),
                (self.SUMMARY, self.tr("Impact summary"), P.TypeVectorPoint),
            ],
        )

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

    def _places(self, source, context, feedback, name_field, pop_field, kind):
        transform = to_wgs84_transform(source, context)
        geoms, names, pops = [], [], []
        for feature in iterate(source, feedback):
            g = feature.geometry()
            if g is None or g.isNull() or g.isEmpty():
                continue
            g = QgsGeometry(g)
            g.transform(transform)
            geoms.append(_to_shapely(g))
            name = feature[name_field] if name_field else None
            names.append(str(feature.id()) if is_missing(name) else str(name))
            if pop_field:
                value = feature[pop_field]
                pops.append(None if is_missing(value) else value)
        check_cancel(feedback)
        return places_from_geometries(geoms, names, pops if pop_field else None, None, kind)

    # --- run --------------------------------------------------------------------------------------------
    def process(self, parameters, context, feedback):
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
                self.tr("The constant velocity must be positive (m/s), found {v:g}.").format(v=velocity)
            )
        vsource = self.VELOCITY_SOURCES[self.parameterAsEnum(parameters, self.VELOCITY_SOURCE, context)]

        # --- facility fields
        id_field = self._field(
            parameters, self.FACILITY_ID_FIELD, context, fac, self.tr("facility id"), "facility_id", feedback
        )
        maxd_field = self._field(
            parameters, self.MAX_DISTANCE_FIELD, context, fac, self.tr("maximum distance")
        )
        mass_field = self._field(parameters, self.MASS_FIELD, context, fac, self.tr("mass"))
        vol_field = self._field(parameters, self.VOLUME_FIELD, context, fac, self.tr("volume"))
        conc_field = self._field(parameters, self.CONCENTRATION_FIELD, context, fac, self.tr("concentration"))
        mass_c = self.parameterAsDouble(parameters, self.MASS, context) or None
        vol_c = self.parameterAsDouble(parameters, self.VOLUME, context) or None
        conc_c = self.parameterAsDouble(parameters, self.CONCENTRATION, context) or None
        max_c = self.parameterAsDouble(parameters, self.MAX_DISTANCE, context)

        to_wgs = to_wgs84_transform(fac, context)
        ids, lonlat, maxd, masses = [], [], [], []
        raw_ids, parts, feature_ids = [], [], []  # for the shared plausibility checks
        for feature in iterate(fac, feedback, progress_span=(0.0, 5.0)):
            g = feature.geometry()
            if g is None or g.isNull() or g.isEmpty():
                feedback.pushWarning(
                    self.tr("Facility {fid} has no geometry: skipped.").format(fid=feature.id())
                )
                continue
            g = QgsGeometry(g)
            if QgsWkbTypes.geometryType(g.wkbType()) == QgsWkbTypes.PolygonGeometry:
                g = g.pointOnSurface()
            g.transform(to_wgs)
            p = g.asPoint() if not g.isMultipart() else g.centroid().asPoint()
            fid = feature[id_field] if id_field else None
            ids.append(str(feature.id()) if is_missing(fid) else str(fid))
            raw_ids.append(fid)
            parts.append(part_count(feature.geometry()))
            feature_ids.append(feature.id())
            lonlat.append((p.x(), p.y()))
            d = _num(feature[maxd_field]) if maxd_field else math.nan
            maxd.append(d if d > 0 else (max_c if max_c > 0 else math.inf))
            m = release_mass_kg(
                feature[mass_field] if mass_field and not is_missing(feature[mass_field]) else mass_c,
                feature[vol_field] if vol_field and not is_missing(feature[vol_field]) else vol_c,
                feature[conc_field] if conc_field and not is_missing(feature[conc_field]) else conc_c,
            )
            masses.append(m)
        check_cancel(feedback)
        if not ids:
            raise QgsProcessingException(self.tr("No facility has a usable geometry."))
        ids = enforce_facility_checks(
            raw_ids if id_field else None, lonlat, parts, feature_ids, fac, feedback
        ).ids
        lonlat = np.asarray(lonlat, dtype=float)
        if all(m is None for m in masses):
            feedback.pushInfo(
                self.tr(
                    "No release mass given (mass, or volume and concentration): concentrations stay NULL."
                )
            )

        # --- rivers and network
        direction = self.parameterAsEnum(parameters, self.DIRECTION, context)
        rid_field = self._field(parameters, self.REACH_ID_FIELD, context, rivers, self.tr("reach id"))
        did_field = self._field(
            parameters, self.DOWNSTREAM_ID_FIELD, context, rivers, self.tr("downstream id")
        )
        vel_field = self._field(parameters, self.VELOCITY_FIELD, context, rivers, self.tr("velocity"))
        q_field = self._field(parameters, self.DISCHARGE_FIELD, context, rivers, self.tr("discharge"))
        s_field = self._field(parameters, self.SLOPE_FIELD, context, rivers, self.tr("slope"))
        ms_field = self._field(parameters, self.MAIN_STEM_FIELD, context, rivers, self.tr("main stem"))
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
        # the same reader as tailings:tracedownstream, plus the hydraulic attributes of each reach
        net, reach_ids, main_stem, extra = read_network_with(
            self,
            parameters,
            context,
            feedback,
            rivers,
            with_main_stem=bool(ms_field),
            extra_fields=(vel_field, q_field, s_field),
        )
        check_cancel(feedback)

        def per_part(name):
            if not name:
                return None
            return np.array([_num(v) for v in extra[name]])

        if main_stem is not None:
            main_stem = np.asarray(main_stem, dtype=float)
        elif q_field:
            main_stem = per_part(q_field)  # the larger discharge is the main stem at a bifurcation
        tracer = Tracer(net, main_stem, feedback=None)
        snap = self.parameterAsDouble(parameters, self.SNAP_DISTANCE, context)
        maxd = np.asarray(maxd, dtype=float)
        res = tracer.trace(lonlat[:, 0], lonlat[:, 1], snap, np.where(np.isfinite(maxd), maxd, 0.0), feedback)
        feedback.setProgress(30)
        check_cancel(feedback)

        v_part = per_part(vel_field) if vsource == "field" else None
        q_part = per_part(q_field)
        s_part = per_part(s_field)
        rid_part = reach_ids if rid_field else None

        pathways, pieces_of, not_snapped, branching = [], {}, [], 0
        for i in range(len(ids)):
            check_cancel(feedback)
            pw = res.pathway(i)
            if not pw.snapped or not pw.pieces:
                not_snapped.append(i)
                continue
            coords, seg_reach, seg_kind, used = [], [], [], []
            for piece in pw.pieces:
                c = piece.coords
                if c is None or len(c) < 2:
                    continue
                if coords and np.abs(coords[-1][-1] - c[0]).max() > 1e-9:
                    branching += 1
                    break  # a branch of a walk that follows all branches: only the first chain is analysed
                part = c if not coords else c[1:]
                if len(part) == 0:
                    continue
                coords.append(part if coords else c)
                nseg = len(part) - (1 if len(coords) == 1 else 0)
                seg_reach += [piece.reach] * nseg
                seg_kind += [piece.kind] * nseg
                used.append(piece)
            xy = np.vstack(coords)
            keep = np.concatenate([[True], np.any(np.diff(xy, axis=0) != 0, axis=1)])
            if not keep.all():  # drop repeated vertices (zero-length segments)
                seg_keep = keep[1:]
                xy = xy[keep]
                seg_reach = [r for r, k in zip(seg_reach, seg_keep) if k]
                seg_kind = [r for r, k in zip(seg_kind, seg_keep) if k]
            if len(xy) < 2:
                not_snapped.append(i)
                continue
            reach = np.asarray(seg_reach)
            ok = reach >= 0

            def seg_attr(arr, reach=reach, ok=ok):
                if arr is None:
                    return None
                out = np.full(reach.size, np.nan)
                out[ok] = arr[reach[ok]]
                return out

            pathways.append(
                Pathway(
                    ids[i],
                    xy,
                    None,
                    velocity_m_s=seg_attr(v_part),
                    discharge_m3_s=seg_attr(q_part),
                    slope=seg_attr(s_part),
                    kind=seg_kind,
                    mass_kg=masses[i],
                    end_reason=pw.end_reason,
                )
            )
            pieces_of[len(pathways) - 1] = (i, used)
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

        settlements = None
        if settle is not None:
            name_f = self._field(
                parameters,
                self.SETTLEMENT_NAME_FIELD,
                context,
                settle,
                self.tr("settlement name"),
                "name",
                feedback,
            )
            pop_f = self._field(
                parameters,
                self.POPULATION_FIELD,
                context,
                settle,
                self.tr("population"),
                "population",
                feedback,
            )
            if not pop_f:
                feedback.pushWarning(
                    self.tr("No population field: settlements are listed without population.")
                )
            settlements = self._places(settle, context, feedback, name_f, pop_f, "settlement")
        rec = None
        if receptors is not None:
            rname = self._field(
                parameters,
                self.RECEPTOR_NAME_FIELD,
                context,
                receptors,
                self.tr("receptor name"),
                "name",
                feedback,
            )
            rec = self._places(receptors, context, feedback, rname, None, "receptor")
        countries = None
        if countries_src is not None:
            cf = self._field(
                parameters,
                self.COUNTRY_FIELD,
                context,
                countries_src,
                self.tr("country"),
                "country",
                feedback,
            )
            geoms, names = read_polygons(countries_src, context, feedback, cf)
            check_cancel(feedback)
            countries = Countries(geoms, names)

        method = DISPERSION_METHODS[self.parameterAsEnum(parameters, self.DISPERSION, context)]
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
        out = {}
        sink, out[self.PATHWAYS] = self.parameterAsSink(
            parameters, self.PATHWAYS, context, _fields(PATHWAY_FIELDS), QgsWkbTypes.LineString, WGS84
        )
        for j, (i, used) in pieces_of.items():
            prof = result.profiles[j]
            for seq, piece in enumerate(used):
                f = QgsFeature(_fields(PATHWAY_FIELDS))
                f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in piece.coords]))
                d = np.array([piece.from_km, piece.to_km])
                at = prof.at(np.clip(d, 0, prof.chainage_km[-1]))
                reach_id = None
                if piece.reach >= 0:
                    reach_id = str(rid_part[piece.reach]) if rid_part is not None else str(piece.reach)
                f.setAttributes(
                    [
                        ids[i],
                        seq,
                        reach_id,
                        piece.kind,
                        float(piece.from_km),
                        float(piece.to_km),
                        _value(at["travel_time_h"][0]),
                        _value(at["travel_time_h"][1]),
                        _value(at["arrival_h"][0]),
                        _value(at["arrival_h"][1]),
                    ]
                )
                sink.addFeature(f, QgsFeatureSink.FastInsert)

        sink, out[self.EXPOSED] = self.parameterAsSink(
            parameters, self.EXPOSED, context, _fields(EXPOSED_FIELDS), QgsWkbTypes.Point, WGS84
        )
        for r in result.exposed:
            places = settlements if r["kind"] == "settlement" else rec
            k = r["place_index"]
            s = int(np.flatnonzero(places.owner == k)[-1])  # point / representative point
            f = QgsFeature(_fields(EXPOSED_FIELDS))
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(places.lon[s], places.lat[s])))
            f.setAttributes([_value(r.get(name)) for name, _ in EXPOSED_FIELDS])
            sink.addFeature(f, QgsFeatureSink.FastInsert)

        sink, out[self.CROSSINGS] = self.parameterAsSink(
            parameters, self.CROSSINGS, context, _fields(CROSSING_FIELDS), QgsWkbTypes.Point, WGS84
        )
        for c in result.crossings:
            f = QgsFeature(_fields(CROSSING_FIELDS))
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(c["lon"], c["lat"])))
            row = dict(c, countries=" / ".join(c["countries"]))
            f.setAttributes([_value(row.get(name)) for name, _ in CROSSING_FIELDS])
            sink.addFeature(f, QgsFeatureSink.FastInsert)

        sink, out[self.SUMMARY] = self.parameterAsSink(
            parameters, self.SUMMARY, context, _fields(SUMMARY_FIELDS), QgsWkbTypes.Point, WGS84
        )
        by_id = {s["facility_id"]: s for s in result.summary}
        for i, fid in enumerate(ids):
            s = dict(by_id.get(fid, {}))
            s.update(
                facility_id=fid,
                snapped=bool(res.snapped[i]),
                snap_distance_m=float(res.snap_distance_m[i]),
                mass_kg=masses[i],
            )
            if fid not in by_id:
                s.update(end_reason=res.end_reason_names()[i], n_settlements=0, n_receptors=0)
            f = QgsFeature(_fields(SUMMARY_FIELDS))
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lonlat[i, 0], lonlat[i, 1])))
            f.setAttributes([_value(s.get(name)) for name, _ in SUMMARY_FIELDS])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        feedback.setProgress(100)
        return out
