"""tailings:upstreamsources: for each receptor, every facility whose downstream pathway passes it.

Thin adapter: reads the layers with the readers of the forward algorithms (``layer_io``, ``network_io``),
builds the same network, snapping, main stem and hydraulics as tailings:downstreamimpact and hands them to
``core.upstream`` (one pass for all receptor x facility pairs). ``UpstreamAlgorithmBase`` holds what
tailings:borderwatch shares (parameters, reading, the pair sink).
"""

from __future__ import annotations

import math
from types import SimpleNamespace

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

from tailings_qgis_plugin.core.common import SubFeedback, TailingsError, check_cancel, is_missing
from tailings_qgis_plugin.core.hydraulics import DISPERSION_METHODS, release_mass_kg
from tailings_qgis_plugin.core.lazy import np
from tailings_qgis_plugin.core.numbers import compact, num
from tailings_qgis_plugin.qgis_compat import make_field

from .base import TailingsAlgorithm
from .layer_io import (
    WGS84,
    check_source,
    guess_field,
    read_points,
    read_polygons,
    require_field,
    warn_mixed_crs,
)
from .network_io import as_float, read_network_with
from .params import (
    VELOCITY_SOURCES,
    country_parameters,
    facility_parameters,
    number,
    pair_sink_parameters,
    reverse_analysis_parameters,
    snap_parameter,
)

PAIR_FIELDS = [
    ("dist_km", "real"),
    ("travel_time_h", "real"),
    ("arrival_h", "real"),
    ("peak_h", "real"),
    ("peak_conc_mg_l", "real"),
    ("peak_conc_lo_mg_l", "real"),
    ("peak_conc_hi_mg_l", "real"),
    ("countries", "text"),
    ("snap_distance_m", "real"),
    ("hazard_index", "real"),
    ("consequence_class", "text"),
]


#: per-receptor (or per-crossing) statistics of the SUMMARY outputs
STATS_FIELDS = (
    ("n_facilities", "int"),
    ("n_within_24h", "int"),
    ("n_within_72h", "int"),
    ("first_facility_id", "text"),
    ("first_dist_km", "real"),
    ("first_arrival_h", "real"),
    ("worst_facility_id", "text"),
    ("worst_hazard_index", "real"),
    ("worst_consequence_class", "text"),
)


def make_fields(spec):
    fields = QgsFields()
    for name, kind in spec:
        fields.append(make_field(name, kind))
    return fields


def value(v):
    if v is None:
        return None
    if isinstance(v, (float, np.floating)):
        return None if not math.isfinite(float(v)) else float(v)
    if isinstance(v, np.integer):
        return int(v)
    if isinstance(v, np.bool_):
        return bool(v)
    return v


class UpstreamAlgorithmBase(TailingsAlgorithm):
    """Parameters and reading shared by tailings:upstreamsources and tailings:borderwatch."""

    GROUP = "pathways"

    # --- parameters (the shared families of params.py, plus this algorithm's own) ----------------------
    def add_facility_parameters(self):
        facility_parameters(self)
        snap_parameter(self)

    def add_network_and_hydraulics_parameters(self):
        reverse_analysis_parameters(self)

    # --- reading ----------------------------------------------------------------------------------------
    def field_param(self, parameters, name, context, source, label, role=None, feedback=None, numeric=False):
        chosen = self.parameterAsString(parameters, name, context)
        if not chosen:
            chosen = guess_field(source, role) if role else None
            if chosen and feedback is not None:
                feedback.pushInfo(
                    self.tr("No {label} field chosen: using '{f}'.").format(label=label, f=chosen)
                )
            return chosen or None
        require_field(source, chosen, label, numeric=numeric)
        return chosen

    def read_point_source(self, parameters, context, feedback, names, labels, none_message):
        """A point or polygon layer read as ids and lon/lat points: ``names`` = (layer parameter, id field
        parameter, default id field), ``labels`` = (what one feature is, its id, the features). Returns
        (source, ids, lonlat, feature ids); none with a usable geometry raises ``none_message``."""
        layer_param, id_param, id_default = names
        what, id_label, plural = labels
        src = self.parameterAsSource(parameters, layer_param, context)
        check_source(src, what, [QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry])
        id_field = self.field_param(parameters, id_param, context, src, id_label, id_default, feedback)
        ids, lonlat, fids = read_points(src, context, feedback, id_field=id_field, label=plural)
        if not ids:
            raise QgsProcessingException(none_message)
        return src, ids, lonlat, fids

    def read_facilities(self, parameters, context, feedback):
        fac, ids, lonlat, fids = self.read_point_source(
            parameters,
            context,
            feedback,
            ("FACILITIES", "FACILITY_ID_FIELD", "facility_id"),
            (self.tr("facility"), self.tr("facility id"), self.tr("facilities")),
            self.tr("No facility has a usable geometry."),
        )
        names = {}
        for key, label in (
            ("MASS_FIELD", self.tr("mass")),
            ("VOLUME_FIELD", self.tr("volume")),
            ("CONCENTRATION_FIELD", self.tr("concentration")),
            ("HAZARD_INDEX_FIELD", self.tr("hazard index")),
            ("CONSEQUENCE_FIELD", self.tr("consequence class")),
        ):
            names[key] = self.field_param(parameters, key, context, fac, label)
        for key, guess in (("HAZARD_INDEX_FIELD", "thi"), ("CONSEQUENCE_FIELD", "consequence_class")):
            if not names[key] and fac.fields().lookupField(guess) >= 0:
                names[key] = guess
        attrs = {}
        wanted = [n for n in names.values() if n]
        if wanted:
            idx = {n: fac.fields().lookupField(n) for n in wanted}
            for feature in fac.getFeatures():
                attrs[feature.id()] = {n: feature.attribute(i) for n, i in idx.items()}
        check_cancel(feedback)

        def get(fid, key):
            n = names[key]
            v = attrs.get(fid, {}).get(n) if n else None
            return None if is_missing(v) else v

        mass_c = self.parameterAsDouble(parameters, "MASS", context) or None
        vol_c = self.parameterAsDouble(parameters, "VOLUME", context) or None
        conc_c = self.parameterAsDouble(parameters, "CONCENTRATION", context) or None
        masses, thi, cclass = [], [], []
        for fid in fids:
            m = get(fid, "MASS_FIELD")
            v = get(fid, "VOLUME_FIELD")
            c = get(fid, "CONCENTRATION_FIELD")
            masses.append(
                release_mass_kg(
                    m if m is not None else mass_c,
                    v if v is not None else vol_c,
                    c if c is not None else conc_c,
                )
            )
            thi.append(as_float(get(fid, "HAZARD_INDEX_FIELD")))
            cc = get(fid, "CONSEQUENCE_FIELD")
            cclass.append(None if cc is None else str(cc))
        if all(m is None for m in masses):
            feedback.pushInfo(
                self.tr(
                    "No release mass given (mass, or volume and concentration): concentrations stay NULL."
                )
            )
        return fac, SimpleNamespace(
            ids=ids, lonlat=lonlat, masses=masses, thi=np.asarray(thi, dtype=float), cclass=cclass
        )

    def build_engine(self, parameters, context, feedback, fac, name_field=None, with_mass=True):
        """The network, tracer, hydraulics and upstream index, exactly as tailings:downstreamimpact."""
        # the engine loads when an algorithm runs, not when QGIS lists the algorithms
        from tailings_qgis_plugin.core.tracing import Tracer
        from tailings_qgis_plugin.core.upstream import EdgeHydraulics, UpstreamIndex

        rivers = self.parameterAsSource(parameters, "RIVERS", context)
        check_source(rivers, self.tr("river"), [QgsWkbTypes.LineGeometry])
        warn_mixed_crs(feedback, (fac, self.tr("facilities")), (rivers, self.tr("rivers")))
        velocity = self.parameterAsDouble(parameters, "VELOCITY", context)
        if not velocity > 0:
            raise QgsProcessingException(
                self.tr("The constant velocity must be positive (m/s), found {v}.").format(
                    v=compact(velocity)
                )
            )
        vsource = VELOCITY_SOURCES[self.parameterAsEnum(parameters, "VELOCITY_SOURCE", context)]
        vel_f = self.field_param(parameters, "VELOCITY_FIELD", context, rivers, self.tr("velocity"))
        q_f = self.field_param(parameters, "DISCHARGE_FIELD", context, rivers, self.tr("discharge"))
        s_f = self.field_param(parameters, "SLOPE_FIELD", context, rivers, self.tr("slope"))
        ms_f = self.parameterAsString(parameters, "MAIN_STEM_FIELD", context)
        if vsource == "field" and not vel_f:
            raise QgsProcessingException(
                self.tr("Velocity from a field was chosen: choose the velocity field.")
            )
        if vsource == "discharge" and not q_f:
            raise QgsProcessingException(
                self.tr("Velocity from discharge was chosen: choose the discharge field.")
            )
        feedback.pushInfo(self.tr("Building the river network..."))
        net, reach_ids, main, extra = read_network_with(
            self,
            parameters,
            context,
            feedback,
            rivers,
            with_main_stem=bool(ms_f),
            extra_fields=(vel_f, q_f, s_f, name_field),
        )
        check_cancel(feedback)

        def per_reach(name):
            return None if not name else np.array([as_float(v) for v in extra[name]])

        q = per_reach(q_f)
        if main is not None:
            main = np.asarray(main, dtype=float)
        elif q is not None:
            main = q  # the larger discharge is the main stem at a bifurcation (as tailings:downstreamimpact)
        tracer = Tracer(net, main, feedback=None)
        slope = self.parameterAsDouble(parameters, "SLOPE", context)
        try:
            hyd = EdgeHydraulics.build(
                net,
                per_reach(vel_f) if vsource == "field" else None,
                q,
                per_reach(s_f),
                fallback_velocity_m_s=velocity,
                assumed_slope=slope if slope > 0 else None,
                decay_per_h=self.parameterAsDouble(parameters, "DECAY", context),
                method=DISPERSION_METHODS[self.parameterAsEnum(parameters, "DISPERSION", context)],
                with_mass=with_mass,
                feedback=feedback,
            )
        except TailingsError as e:
            raise QgsProcessingException(str(e)) from e
        for w in hyd.warnings:
            feedback.pushWarning(w)
        up = UpstreamIndex(tracer, hyd, feedback)
        names = extra.get(name_field) if name_field else None
        return SimpleNamespace(net=net, reach_ids=reach_ids, tracer=tracer, up=up, river_names=names)

    def read_countries(self, parameters, context, feedback, required=False):
        src = self.parameterAsSource(parameters, "COUNTRIES", context)
        if src is None:
            if required:
                raise QgsProcessingException(self.tr("Choose a country polygon layer (COUNTRIES)."))
            return None
        check_source(src, self.tr("country"), [QgsWkbTypes.PolygonGeometry])
        cf = self.field_param(
            parameters, "COUNTRY_FIELD", context, src, self.tr("country"), "country", feedback
        )
        if not cf:
            raise QgsProcessingException(
                self.tr(
                    "The country layer has no country code or name field that could be guessed: choose "
                    "COUNTRY_FIELD (e.g. ADM0_A3)."
                )
            )
        geoms, names = read_polygons(src, context, feedback, cf)
        if not geoms:
            raise QgsProcessingException(self.tr("The country layer has no usable polygon."))
        check_cancel(feedback)
        from tailings_qgis_plugin.core.exposure import Countries  # engine: loaded when run

        return Countries(geoms, names)

    def limits(self, parameters, context):
        return (
            self.parameterAsDouble(parameters, "MAX_DISTANCE", context),
            self.parameterAsDouble(parameters, "MAX_TIME_H", context),
            self.parameterAsDouble(parameters, "BORDER_TOLERANCE", context),
        )

    def pair_rows(self, res, fac, countries, tolerance_km, feedback):
        """One dict per pair (the PAIR_FIELDS plus receptor index, facility index and the line)."""
        from tailings_qgis_plugin.core.border_merge import way_and_last_border  # engine: loaded when run

        rows = []
        for k in range(len(res)):
            if k % 50 == 0:
                check_cancel(feedback)
            f = int(res.facility[k])
            line = res.stretch(k)
            row = {
                "_r": int(res.receptor[k]),
                "_f": f,
                "_line": line,
                "facility_id": fac.ids[f],
                "dist_km": res.dist_km[k],
                "snap_distance_m": res.facilities.distance_m[f],
                "hazard_index": fac.thi[f],
                "consequence_class": fac.cclass[f],
                "countries": None,
                "last_border_km": None,
                "last_border_to": None,
            }
            for name in ("travel_time_h", "arrival_h", "peak_h", "peak_conc_mg_l", "peak_conc_lo_mg_l"):
                row[name] = res.values[name][k]
            row["peak_conc_hi_mg_l"] = res.values["peak_conc_hi_mg_l"][k]
            if countries is not None:
                order, row["last_border_km"], row["last_border_to"] = way_and_last_border(
                    line, countries, tolerance_km
                )
                row["countries"] = " > ".join(order)
            rows.append(row)
        return rows

    def snap_facilities(self, up, fac, parameters, context, feedback):
        snap = self.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
        fsnap = up.snap(fac.lonlat[:, 0], fac.lonlat[:, 1], snap, feedback, far_distance=False)
        n_off = int(np.count_nonzero(~fsnap.snapped))
        if n_off:
            feedback.pushWarning(
                self.tr("{k} facilities are farther than {d} m from any river and reach no receptor.").format(
                    k=n_off, d=num(snap, 0)
                )
            )
        return fsnap

    def write_pairs(self, parameters, context, spec, rows):
        """The OUTPUT sink: one line per pair, ranked by arrival within its receptor (rows are ordered)."""
        fields = make_fields(spec)
        sink, dest = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.LineString, WGS84
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        rank = {}
        for row in rows:
            rank[row["_r"]] = rank.get(row["_r"], 0) + 1
            row["rank"] = rank[row["_r"]]
            attrs = [row.get(name) for name, _ in spec]
            sink.addFeature(self.line_feature(fields, row["_line"], attrs), QgsFeatureSink.FastInsert)
        return dest

    @staticmethod
    def line_feature(fields, coords, attrs):
        f = QgsFeature(fields)
        f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(float(x), float(y)) for x, y in coords]))
        f.setAttributes([value(a) for a in attrs])
        return f

    @staticmethod
    def point_feature(fields, x, y, attrs):
        f = QgsFeature(fields)
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
        f.setAttributes([value(a) for a in attrs])
        return f


class UpstreamSourcesAlgorithm(UpstreamAlgorithmBase):
    NAME = "upstreamsources"

    #: last_border_km / last_border_to: the last border crossing on the way, its distance upstream of the
    #: receptor (km) and the country entered there (the panel marks it on the receptor's profile)
    OUTPUT_FIELDS = (
        ("receptor_id", "text"),
        ("facility_id", "text"),
        ("rank", "int"),
        *PAIR_FIELDS,
        ("last_border_km", "real"),
        ("last_border_to", "text"),
    )
    SUMMARY_FIELDS = (
        ("receptor_id", "text"),
        ("snapped", "bool"),
        ("receptor_snap_m", "real"),
        *STATS_FIELDS,
    )

    def displayName(self):
        return self.tr("Upstream sources (which facilities reach a receptor, and how soon)")

    def shortHelpString(self):
        return (
            self.tr(
                "The other way round from tailings:downstreamimpact: for each receptor (a water intake, a town, "
                "a gauging station) every facility whose downstream pathway passes it, with the distance along "
                "the river (dist_km, overland leg included), the arrival of the leading edge (arrival_h), the time "
                "of the peak (peak_h) and the peak concentration (peak_conc_mg_l, with the spread over the four "
                "dispersion formulas in peak_conc_lo/hi_mg_l).<br>"
                "A receptor is reached on every reach within the receptor snap distance (a town at a confluence "
                "is reached down either river; the nearest point counts, as in the corridor search of "
                "tailings:downstreamimpact); facilities join the network as in tailings:tracedownstream. The river network, flow "
                "direction, main stem and hydraulics are those of tailings:downstreamimpact, so both give the "
                "same distance and arrival for a facility and a receptor on its pathway.<br>"
                "<b>Method</b>: one pass for all receptors, not one trace per pair. Along the network the "
                "distance, travel time tau = sum L/U and passage-time variance sigma² = sum 2·K·L/U³ (frozen "
                "cloud, Fischer et al. 1979) from every reach to the end of its downstream chain are summed once "
                "by pointer doubling; a facility reaches a receptor when the receptor lies the right number of "
                "steps down its chain (binary lifting, Bender &amp; Farach-Colton 2000). Without a main stem, "
                "pathways that meet a bifurcation follow all branches: a shortest-distance walk upstream from "
                "the receptor (Dijkstra 1959). Velocity: constant, per-reach field or from discharge (Leopold "
                "&amp; Maddock 1953; Raymond et al. 2012); dispersion K from Fischer (1975), Kashefipour &amp; "
                "Falconer (2002), Deng et al. (2001) or Seo &amp; Cheong (1998); peak C = M/(Q·√(2πσ²)) at the "
                "receptor; leading edge 0.89 × time to peak (Jobson 1996).<br>"
                "MAX_DISTANCE (km) and MAX_TIME_H (h of arrival) limit the pairs. With a country layer, "
                "countries lists the countries the release passes on the way (border stretches merged within "
                "the border tolerance, as in tailings:downstreamimpact).<br>"
                "OUTPUT: one line per receptor × facility (the river stretch from the facility to the receptor, "
                "the first piece an assumed straight overland leg), ordered by arrival (rank 1 = first). "
                "SUMMARY: one point per receptor with the number of facilities, the earliest arrival and from "
                "which facility, and the hazard index and consequence class of the worst facility when the "
                "facility layer carries them (e.g. the output of tailings:hazardscreening: thi, "
                "consequence_class).<br>Screening estimates for emergency planning, not a calibrated alarm model."
            )
            + "<br>"
            + self.tr(
                "With a country layer, last_border_km and last_border_to give the last border crossing on the way "
                "from the facility: its distance upstream of the receptor along the river and the country entered "
                "there (the panel's Upstream view marks it on the receptor's profile)."
            )
        )

    def initAlgorithm(self, config=None):
        P = QgsProcessing
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "RECEPTORS",
                self.tr("Receptors (water intakes, towns, stations)"),
                [P.TypeVectorPoint, P.TypeVectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "RECEPTOR_ID_FIELD",
                self.tr("Receptor id field"),
                parentLayerParameterName="RECEPTORS",
                optional=True,
            )
        )
        self.addParameter(
            number(
                "RECEPTOR_SNAP_DISTANCE",
                self.tr("Receptor snap distance to the river (m)"),
                5000.0,
                decimals=0,
            )
        )
        self.add_facility_parameters()
        self.add_network_and_hydraulics_parameters()
        country_parameters(self, optional=True)
        pair_sink_parameters(
            self, self.tr("Upstream sources (receptor × facility)"), self.tr("Upstream summary per receptor")
        )

    def process(self, parameters, context, feedback):
        rids, rlonlat = self._receptors(parameters, context, feedback)
        fac_src, fac = self.read_facilities(parameters, context, feedback)
        countries = self.read_countries(parameters, context, feedback)
        feedback.setProgress(5)
        with_mass = any(m is not None for m in fac.masses)
        eng = self.build_engine(parameters, context, feedback, fac_src, with_mass=with_mass)
        feedback.setProgress(30)
        up = eng.up
        rsnap = self.parameterAsDouble(parameters, "RECEPTOR_SNAP_DISTANCE", context)
        rec = up.snap(rlonlat[:, 0], rlonlat[:, 1], rsnap, feedback)  # the nearest reach (for SUMMARY)
        self._check_receptors(rec, rids, rsnap, feedback)
        fsnap = self.snap_facilities(up, fac, parameters, context, feedback)
        max_km, max_h, tol = self.limits(parameters, context)
        try:
            points = up.attach(rlonlat[:, 0], rlonlat[:, 1], rsnap, feedback)  # every reach within reach
            res = up.sources(
                points, fsnap, max_km, max_h, fac.masses, feedback=SubFeedback(feedback, 35.0, 80.0)
            )
        except TailingsError as e:
            raise QgsProcessingException(str(e)) from e
        rows = self.pair_rows(res, fac, countries, tol, feedback)
        feedback.pushInfo(
            self.tr("{n} receptor × facility pairs found for {r} receptors.").format(n=len(rows), r=len(rids))
        )
        # --- sinks (written last: nothing is half-written on cancel)
        for row in rows:
            row["receptor_id"] = rids[row["_r"]]
        out = {"OUTPUT": self.write_pairs(parameters, context, self.OUTPUT_FIELDS, rows)}
        sfields = make_fields(self.SUMMARY_FIELDS)
        ssink, sdest = self.parameterAsSink(parameters, "SUMMARY", context, sfields, QgsWkbTypes.Point, WGS84)
        if ssink is not None:
            by_r = group_by_receptor(rows)
            for r, rid in enumerate(rids):
                check_cancel(feedback)
                st = receptor_stats(by_r.get(r, []))
                attrs = [rid, bool(rec.snapped[r]), rec.distance_m[r]] + [st[k] for k, _ in STATS_FIELDS]
                x, y = (rec.lon[r], rec.lat[r]) if rec.snapped[r] else (rlonlat[r, 0], rlonlat[r, 1])
                ssink.addFeature(self.point_feature(sfields, x, y, attrs), QgsFeatureSink.FastInsert)
            out["SUMMARY"] = sdest
        feedback.setProgress(100)
        return out

    def _receptors(self, parameters, context, feedback):
        _src, rids, rlonlat, _ = self.read_point_source(
            parameters,
            context,
            feedback,
            ("RECEPTORS", "RECEPTOR_ID_FIELD", "name"),
            (self.tr("receptor"), self.tr("receptor id"), self.tr("receptors")),
            self.tr("No receptor has a usable geometry."),
        )
        return rids, rlonlat

    def _check_receptors(self, rec, rids, rsnap, feedback):
        far = [rids[i] for i in np.flatnonzero(~rec.snapped)]
        if len(far) == len(rids):
            raise QgsProcessingException(
                self.tr(
                    "No receptor lies within {d} m of a river. Move the receptors onto the river or "
                    "increase RECEPTOR_SNAP_DISTANCE."
                ).format(d=num(rsnap, 0))
            )
        if far:
            feedback.pushWarning(
                self.tr(
                    "{n} receptors are farther than {d} m from any river and get no sources: {ids}."
                ).format(n=len(far), d=num(rsnap, 0), ids=", ".join(far[:20]))
            )


def group_by_receptor(rows):
    by_r = {}
    for row in rows:
        by_r.setdefault(row["_r"], []).append(row)
    return by_r


def receptor_stats(mine):
    """Number of facilities, within 24 h / 72 h, the first to arrive and the worst by hazard index of the
    pair rows of one receptor (ordered by arrival)."""
    first = mine[0] if mine else {}
    rated = [m for m in mine if m["hazard_index"] == m["hazard_index"] and m["hazard_index"] is not None]
    worst = max(rated, key=lambda m: m["hazard_index"]) if rated else {}
    arr = [m["arrival_h"] for m in mine]
    return {
        "n_facilities": len(mine),
        "n_within_24h": sum(1 for a in arr if a <= 24.0),
        "n_within_72h": sum(1 for a in arr if a <= 72.0),
        "first_facility_id": first.get("facility_id"),
        "first_dist_km": first.get("dist_km"),
        "first_arrival_h": first.get("arrival_h"),
        "worst_facility_id": worst.get("facility_id"),
        "worst_hazard_index": worst.get("hazard_index"),
        "worst_consequence_class": worst.get("consequence_class"),
    }
