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
    QgsGeometry,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFile,
    QgsProcessingParameterRasterLayer,
    QgsProcessingUtils,
    QgsVectorLayer,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import SubFeedback, check_cancel, tr_noop
from tailings_qgis_plugin.core.hazard import output_fields, screen_facilities
from tailings_qgis_plugin.core.hazard_index import load_thi_rules
from tailings_qgis_plugin.core.registry import is_missing
from tailings_qgis_plugin.core.runout import load_runout_methods
from tailings_qgis_plugin.paths import resource
from tailings_qgis_plugin.qgis_compat import make_field

from .base import TailingsAlgorithm
from .layer_io import WGS84, check_source, iterate, to_wgs84_transform
from .params import (
    advanced,
    facility_parameters,
    field,
    number,
    rivers_parameter,
    settlement_parameters,
    sink_parameters,
    snap_parameter,
)
from .plausibility_io import enforce_facility_checks, part_count

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
TRACE_ALG = "tailings:tracedownstream"


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

    def __init__(self):
        super().__init__()
        self._dest = None
        self._style_point = False

    def displayName(self):
        return self.tr("Hazard and consequence screening")

    def shortHelpString(self):
        return self.tr(
            "Screens tailings facilities before any tracing: Tailings Hazard Index, released volume, runout "
            "distance, population at risk and consequence class. Writes a copy of the facilities with the "
            "results and a graduated style on <b>thi</b>. Screening estimates, not a dam-break study.<br><br>"
            "<b>Tailings Hazard Index</b> (structure of the UNECE / German Environment Agency TMF methodology: "
            "UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, with the ICPDR): "
            "thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, where thi_cap = log10(stored volume in m³), "
            "thi_tox from the German water hazard class (WGK 1–3), thi_man from the facility status, "
            "thi_nat = flood + seismic hazard, thi_dam from the dam condition. The scores are placeholders "
            "marked [verify] in resources/hazard/thi_scoring.json (each rule with its source and status); "
            "replace them with the official spreadsheet values there, or pass your own file as "
            "'THI scoring rules'. A missing or unusable input is never scored 0: the index is then a partial "
            "sum, <b>thi_complete</b> is false and <b>thi_missing</b> names the missing parts (e.g. "
            "'flood;dam_safety'); thi_rank ranks all facilities (1 = highest), partial ones included.<br>"
            "Flood and seismic hazard come from a field (category or number) or, where the field is NULL, "
            "from a raster sampled at the facility (band 1: 100-year flood depth in m; peak ground "
            "acceleration in g, 10% in 50 years).<br><br>"
            "<b>Released volume and runout</b> (VT stored volume, VF released volume in million m³, H dam "
            "height in m, Dmax in km):<br>"
            "• Rico, Benito &amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 "
            "(fields vf_rico_m3, runout_rico_km);<br>"
            "• Concha Larrauri &amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545 with "
            "Hf = H·(VF/VT)·VF (fields vf_cll_m3, runout_cll_km).<br>"
            "VF never exceeds VT (cap max_release_fraction = 1 in resources/hazard/runout_methods.json; one "
            "public implementation uses 0.95). The runout coefficients are marked [verify] there.<br>"
            "<b>vf_m3</b> and <b>runout_km</b> are the central estimates: the geometric mean of the two methods "
            "(both are log-log regressions). <b>Uncertainty range</b> (vf_low_m3–vf_high_m3, "
            "runout_low_km–runout_high_km): the spread between the two methods, widened by a factor for the "
            "scatter of each regression (default ×/÷ 2 for volume, ×/÷ 3 for runout). The fits are loose: "
            "r² = 0.86 for released volume and r² = 0.57 for runout (Rico et al. 2008), and Concha Larrauri "
            "&amp; Lall (2018) advise reporting uncertainty bands. The factors are of that order but were not "
            "read in either paper (status [verify]); set a band factor of 1 to see the spread between methods "
            "alone. runout_km can be given to tailings:tracedownstream as the per-facility maximum distance.<br>"
            "<br><b>Population at risk</b> (par): when settlements and rivers are given, each facility is traced "
            "downstream with tailings:tracedownstream up to its runout distance (central or upper end), and "
            "the populations of the settlements within the corridor of that pathway are summed. Settlement "
            "points count with their whole population: a coarse proxy. Without settlements and rivers (or "
            "without the tracing algorithm) par stays NULL and no class is given.<br>"
            "<b>Consequence class</b> (GISTM 2020, Annex 2, Table 1) from the population at risk: Low (0), "
            "Significant (1–10), High (10–100), Very High (100–1,000), Extreme (&gt; 1,000). Shared end points "
            "belong to the lower class (10 → Significant, 100 → High, 1,000 → Very High), as the table's "
            "'&gt; 1,000' implies. consequence_by names the criterion that set the class.<br><br>"
            "Bad input (volume ≤ 0, height 0, NULLs, unknown status strings, implausible volumes such as "
            "values in million m³) is reported per facility in the log and in hazard_notes."
        )

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
                defaultValue=0,
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
                self.tr("Released-volume band factor (0 = from the data file, 1 = spread between methods)"),
                0.0,
                decimals=1,
            ),
            number(
                self.RUNOUT_BAND_FACTOR,
                self.tr("Runout band factor (0 = from the data file, 1 = spread between methods)"),
                0.0,
                decimals=1,
            ),
        ):
            self.addParameter(advanced(param))
        sink_parameters(
            self, [(self.OUTPUT, self.tr("Hazard screening"), QgsProcessing.TypeVectorAnyGeometry)]
        )

    # --- helpers ----------------------------------------------------------------------------------------
    def _band(self, parameters, name, context):
        value = self.parameterAsDouble(parameters, name, context)
        if value == 0:
            return None
        if value < 1:
            raise QgsProcessingException(
                self.tr("A band factor must be 0 (use the data file) or at least 1, found {v:g}.").format(
                    v=value
                )
            )
        return value

    def _mapping(self, parameters, context, names):
        mapping = {}
        for param, (target, _label) in MAPPINGS.items():
            chosen = self.parameterAsString(parameters, param, context)
            if chosen:
                if chosen not in names:
                    raise QgsProcessingException(
                        self.tr("The field '{f}' is not in the facility layer.").format(f=chosen)
                    )
                mapping[target] = chosen
            elif target in names:
                mapping[target] = target
        return mapping

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

        flood_raster = self.parameterAsRasterLayer(parameters, self.FLOOD_RASTER, context)
        seismic_raster = self.parameterAsRasterLayer(parameters, self.SEISMIC_RASTER, context)
        samplers = {
            "flood_hazard": self._sampler(flood_raster, source.sourceCrs(), context),
            "seismic_hazard": self._sampler(seismic_raster, source.sourceCrs(), context),
        }

        # read the facilities once: records for the engine, features kept for the copy
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
        check_cancel(feedback)
        checked = enforce_facility_checks(
            raw_ids if id_field else None, lonlat, parts, [f.id() for f in features], source, feedback
        )
        items = [(fid, record) for fid, (_old, record) in zip(checked.ids, items)]

        rows = screen_facilities(
            items,
            thi_rules=thi_rules,
            runout_config=runout_config,
            volume_band_factor=vbf,
            runout_band_factor=rbf,
            feedback=SubFeedback(
                feedback,
                20.0,
                50.0,
                max_warnings=25,
                overflow=self.tr(
                    "More facility warnings follow in the field hazard_notes of the output; not repeated here."
                ),
            ),
        )
        check_cancel(feedback)

        # population at risk and consequence class
        par = self._population_at_risk(parameters, context, feedback, items, lonlat, rows)
        if par is not None:
            rows = screen_facilities(
                [(fid, dict(rec, par=par.get(fid))) for fid, rec in items],
                thi_rules=thi_rules,
                runout_config=runout_config,
                volume_band_factor=vbf,
                runout_band_factor=rbf,
                feedback=SubFeedback(feedback, 50.0, 90.0, quiet=True),
            )

        # the copy: input fields (those the output replaces are dropped) + result fields
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
        self._style_point = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.PointGeometry
        return {self.OUTPUT: dest}

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
        return {self.OUTPUT: self.final_output(self._dest)}

    # --- population at risk -----------------------------------------------------------------------------
    def _population_at_risk(self, parameters, context, feedback, items, lonlat, rows):
        """{facility id: PAR} from settlements within the corridor of each pathway traced to its runout,
        or None (PAR stays NULL) with a warning saying why."""
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
        from qgis.core import QgsApplication

        if QgsApplication.processingRegistry().algorithmById(TRACE_ALG) is None:
            feedback.pushWarning(
                self.tr(
                    "The tracing algorithm {alg} is not available, so the population at risk cannot be "
                    "computed; par and consequence_class are left NULL."
                ).format(alg=TRACE_ALG)
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
        use_high = self.parameterAsEnum(parameters, self.PAR_DISTANCE, context) == 1
        corridor_m = self.parameterAsDouble(parameters, self.CORRIDOR, context)
        try:
            return _par_by_tracing(
                self,
                parameters,
                context,
                feedback,
                items,
                lonlat,
                rows,
                settlements,
                pop_field,
                use_high,
                corridor_m,
            )
        except QgsProcessingException:
            raise
        except Exception as exc:
            feedback.pushWarning(
                self.tr("The population at risk could not be computed ({err}); par is left NULL.").format(
                    err=exc
                )
            )
            return None


def _point(geometry):
    """A representative QgsPointXY of a facility geometry (point on surface of a polygon), or None."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    g = QgsGeometry(geometry)
    if QgsWkbTypes.geometryType(g.wkbType()) == QgsWkbTypes.PolygonGeometry:
        g = g.pointOnSurface()
    if g.isMultipart():
        g = g.centroid()
    return g.asPoint()


def _par_by_tracing(
    alg, parameters, context, feedback, items, lonlat, rows, settlements, pop_field, use_high, corridor_m
):
    """Trace each facility with a runout to that distance (tailings:tracedownstream, issue 3 interface) and sum
    the population of the settlements within ``corridor_m`` of its pathway (core.exposure.corridor_search)."""
    import numpy as np
    import processing

    from tailings_qgis_plugin.core.exposure import Pathway, corridor_search, make_places

    key = "runout_high_km" if use_high else "runout_km"
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "facilities_runout", "memory")
    prov = layer.dataProvider()
    prov.addAttributes([make_field("facility_id", "text"), make_field("runout_km", "real")])
    layer.updateFields()
    traced = []
    for (fid, _rec), xy, row in zip(items, lonlat, rows):
        if xy is None or row[key] is None:
            continue  # no runout: never trace without a distance limit
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"POINT ({xy[0]!r} {xy[1]!r})"))
        f.setAttributes([fid, float(row[key])])
        prov.addFeature(f)
        traced.append(fid)
    par = {fid: None for fid, _rec in items}
    if not traced:
        feedback.pushWarning(alg.tr("No facility has a runout distance: par is left NULL."))
        return par
    result = processing.run(
        TRACE_ALG,
        {
            "FACILITIES": layer,
            "FACILITY_ID_FIELD": "facility_id",
            "RIVERS": parameters[alg.RIVERS],
            "DIRECTION": 0,
            "SNAP_DISTANCE": alg.parameterAsDouble(parameters, alg.SNAP_DISTANCE, context),
            "MAX_DISTANCE": 0,
            "MAX_DISTANCE_FIELD": "runout_km",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
        context=context,
        feedback=QgsProcessingMultiStepFeedback(1, feedback),  # forwards cancellation; a real feedback object
        is_child_algorithm=True,
    )
    paths = QgsProcessingUtils.mapLayerFromString(result["OUTPUT"], context)
    if paths is None:
        raise RuntimeError(alg.tr("the tracing output could not be read"))
    # A facility that never reached a river was not assessed: its par stays NULL, never 0 ("Low").
    summary = QgsProcessingUtils.mapLayerFromString(result["SUMMARY"], context)
    unreached = (
        {str(f["facility_id"]) for f in summary.getFeatures() if not f["snapped"]} if summary else set()
    )
    if unreached:
        feedback.pushWarning(
            alg.tr(
                "{n} facilities are farther from a river than the snap distance: their population at risk "
                "and consequence class are left NULL (not assessed). Increase the snap distance to include them."
            ).format(n=len(unreached))
        )
    traced = [fid for fid in traced if fid not in unreached]
    to_wgs84 = QgsCoordinateTransform(paths.crs(), WGS84, context.transformContext())
    pathways, owners = [], []
    for f in paths.getFeatures():
        check_cancel(feedback)
        g = QgsGeometry(f.geometry())
        if g.isNull() or g.isEmpty():
            continue
        g.transform(to_wgs84)
        parts = g.asMultiPolyline() if g.isMultipart() else [g.asPolyline()]
        start_km = f["from_km"]
        for part in parts:
            if len(part) < 2:
                continue
            pw = Pathway(str(f["facility_id"]), np.array([(p.x(), p.y()) for p in part]))
            if not is_missing(start_km):
                pw.chainage_km = pw.chainage_km + float(start_km)
            pathways.append(pw)
            owners.append(str(f["facility_id"]))
    # settlements as points in lon/lat with their population
    s_transform = to_wgs84_transform(settlements, context)
    lon, lat, pops = [], [], []
    for f in iterate(settlements, feedback):
        point = _point(f.geometry())
        if point is None:
            continue
        p = s_transform.transform(point)
        lon.append(p.x())
        lat.append(p.y())
        pops.append(f[pop_field])
    places = make_places(lon, lat, population=[None if is_missing(v) else v for v in pops])
    pop = places.population  # NaN where unusable (flagged by core.exposure.parse_population)
    bad = sum(1 for fl in places.pop_flags if fl in ("missing", "negative", "not a number", "implausible"))
    if bad:
        feedback.pushWarning(
            alg.tr(
                "{n} settlements have no usable population and count as 0 in the population at risk."
            ).format(n=bad)
        )
    hits = corridor_search(
        pathways, places, corridor_m=corridor_m, feedback=SubFeedback(feedback, 50.0, 90.0, quiet=True)
    )
    found = {fid: set() for fid in traced}
    for path_index, place in zip(hits.path, hits.place):
        found[owners[int(path_index)]].add(int(place))
    for fid, placeset in found.items():
        par[fid] = float(sum(pop[i] for i in placeset if pop[i] == pop[i]))
    feedback.pushInfo(
        alg.tr("Population at risk computed for {n} facilities (corridor {c:g} m, {k}).").format(
            n=len(found), c=corridor_m, k=key
        )
    )
    return par
