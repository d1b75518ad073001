"""Outputs of tailings:downstreamimpact: field lists, the four sinks and their run parameters.

Split from ``alg_downstream_impact.py`` (issue 12: modules under ~600 lines). The sinks are written last,
after the engine has finished, so nothing is half-written when a run is cancelled.
"""

from __future__ import annotations

import math

from qgis.core import (
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsLayerMetadata,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingUtils,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import check_cancel, tr_noop
from tailings_qgis_plugin.core.lazy import np
from tailings_qgis_plugin.qgis_compat import make_field

from .batch_io import BATCH, add_batch, open_rows
from .gpkg_bulk import bulk_destination
from .layer_io import WGS84
from .output_guard import optional_sink

HELP = tr_noop(
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
    ("on_overland_leg", "bool"),
    ("overland_dist_km", "real"),
    ("slope_assumed", "bool"),
    ("peak_conc_method", "text"),
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
    ("slope_assumed", "bool"),
    ("peak_conc_method", "text"),
    ("assumptions", "text"),
    ("flags", "text"),
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


def _floats(values):
    """``_value`` of every element of a float array: Python floats, None where not finite."""
    a = np.asarray(values, dtype=float)
    out = a.tolist()
    if not np.isfinite(a).all():
        out = [v if math.isfinite(v) else None for v in out]
    return out


def write_sinks(
    alg,
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
    flags=None,
    feedback=None,
):
    """Write PATHWAYS, EXPOSED, CROSSINGS and SUMMARY; returns ``{output name: destination}``.

    ``flags``: the plausibility flags of each facility (core/plausibility.py), written to SUMMARY ``flags``."""
    out = {}
    fields = _fields(PATHWAY_FIELDS)
    sink, out[alg.PATHWAYS] = alg.parameterAsSink(
        parameters, alg.PATHWAYS, context, fields, QgsWkbTypes.LineString, WGS84
    )
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, alg.PATHWAYS))
    if bulk_destination(parameters, alg.PATHWAYS, out[alg.PATHWAYS]):
        sink = None  # QGIS made the (empty) layer; dropping the sink closes it before the rows go in
    _write_pathways(alg, sink, out[alg.PATHWAYS], result, pieces_of, ids, rid_part, feedback)
    del sink

    # EXPOSED, CROSSINGS and SUMMARY are secondary outputs: created by default in the dialog, left out
    # when qgis_process does not name them (issues 13 and 17)
    def last_sample(places):
        """Index of the last sample of each place (its point, or a polygon's representative point)."""
        if places is None:
            return None
        last = np.full(places.n, -1, dtype=np.int64)
        np.maximum.at(last, places.owner, np.arange(places.owner.size))
        return last

    def exposed_rows():
        last = {"settlement": last_sample(settlements), "receptor": last_sample(rec)}
        for r in result.exposed:
            places = settlements if r["kind"] == "settlement" else rec
            s = int(last["settlement" if r["kind"] == "settlement" else "receptor"][r["place_index"]])
            yield places.lon[s], places.lat[s], r

    _write_points(alg, parameters, context, alg.EXPOSED, EXPOSED_FIELDS, exposed_rows, out)
    crossings = (
        (c["lon"], c["lat"], dict(c, countries=" / ".join(c["countries"]))) for c in result.crossings
    )
    _write_points(alg, parameters, context, alg.CROSSINGS, CROSSING_FIELDS, lambda: crossings, out)

    def summary_rows():
        by_id = {s["facility_id"]: s for s in result.summary}
        reasons = res.end_reason_names()
        for i, fid in enumerate(ids):
            s = dict(by_id.get(fid, {}))
            s.update(
                facility_id=fid,
                snapped=bool(res.snapped[i]),
                snap_distance_m=float(res.snap_distance_m[i]),
                mass_kg=masses[i],
                flags=(flags[i] if flags else None) or None,
            )
            if fid not in by_id:
                s.update(end_reason=reasons[i], n_settlements=0, n_receptors=0)
            yield lonlat[i, 0], lonlat[i, 1], s

    _write_points(alg, parameters, context, alg.SUMMARY, SUMMARY_FIELDS, summary_rows, out)
    return out


def _piece_columns(used):
    """``(reach, kind, from_km, to_km, coords)`` lists of the pieces of one pathway: read straight from the
    piece table when the assembly kept its rows (core.pathway.PieceRows), else from the Piece objects."""
    table = getattr(used, "table", None)
    if table is not None:
        from tailings_qgis_plugin.core.pathways import PIECE_KINDS

        rows = used.rows
        off = table["offsets"]
        coords = table["coords"]
        return (
            table["reach"][rows].tolist(),
            [PIECE_KINDS[k] for k in table["kind"][rows].tolist()],
            table["from_km"][rows].tolist(),
            table["to_km"][rows].tolist(),
            [coords[a:b] for a, b in zip(off[rows].tolist(), off[rows + 1].tolist())],
        )
    return (
        [p.reach for p in used],
        [p.kind for p in used],
        [float(p.from_km) for p in used],
        [float(p.to_km) for p in used],
        [np.asarray(p.coords, dtype=float) for p in used],
    )


#: pathway pieces gathered before they are written at once (bounds the memory of the gathered coordinates)
PIECES_PER_WRITE = 50_000


def _write_pathways(alg, sink, dest, result, pieces_of, ids, rid_part, feedback=None):
    """One PATHWAYS line per traced piece, with travel time and arrival at both ends.

    The rows of many pathways are gathered as columns and packed coordinates and written together: with
    ``sink`` None (a GeoPackage destination whose sink the caller closed) straight into the layer through
    SQLite (:mod:`.gpkg_bulk`, as tailings:tracedownstream writes), else through the sink
    (:class:`.batch_io.SinkRows`)."""
    names = [field for field, _ in PATHWAY_FIELDS]
    rows = open_rows(sink, dest, names, alg.PATHWAYS, feedback)
    del sink
    try:
        _gather_pathways(rows, result, pieces_of, ids, rid_part, feedback)
    except BaseException:
        rows.abort()
        raise
    rows.close()


def _gather_pathways(rows, result, pieces_of, ids, rid_part, feedback):
    rid_text = None if rid_part is None else [str(r) for r in rid_part]
    columns = [[] for _ in PATHWAY_FIELDS]
    coords_parts = []
    counts = []

    def flush():
        if not counts:
            return
        if feedback is not None:
            check_cancel(feedback)
        offsets = np.zeros(len(counts) + 1, np.int64)
        np.cumsum(counts, out=offsets[1:])
        rows.add_lines(np.concatenate(coords_parts), offsets, columns)
        for c in columns:
            c.clear()
        coords_parts.clear()
        counts.clear()

    for j, (i, used) in pieces_of.items():
        if not len(used):
            continue
        prof = result.profiles[j]
        reach, kind, from_km, to_km, coords = _piece_columns(used)
        # travel time and arrival at both ends of every piece of the pathway in one call (issue 17: one call
        # per piece made this loop most of the run time)
        d = np.empty(2 * len(reach))
        d[0::2] = from_km
        d[1::2] = to_km
        at = prof.at(np.clip(d, 0, prof.chainage_km[-1]))
        tt = _floats(at["travel_time_h"])
        arr = _floats(at["arrival_h"])
        n = len(reach)
        columns[0] += [ids[i]] * n
        columns[1] += range(n)
        columns[2] += [None if r < 0 else (rid_text[r] if rid_text is not None else str(r)) for r in reach]
        columns[3] += kind
        columns[4] += from_km
        columns[5] += to_km
        columns[6] += tt[0::2]
        columns[7] += tt[1::2]
        columns[8] += arr[0::2]
        columns[9] += arr[1::2]
        for c in coords:
            coords_parts.append(np.asarray(c, dtype=float).reshape(-1, 2))
            counts.append(len(coords_parts[-1]))
        if len(counts) >= PIECES_PER_WRITE:
            flush()
    flush()


def _write_points(alg, parameters, context, name, spec, rows, out):
    """Write the point rows ``rows()`` = ``(lon, lat, {field: value})`` to the optional sink ``name``;
    nothing (and nothing computed) when the output was not requested."""
    fields = _fields(spec)
    sink, dest = optional_sink(alg, parameters, name, context, fields, QgsWkbTypes.Point, WGS84)
    if sink is None:
        return
    out[name] = dest
    names = [field for field, _ in spec]
    batch = []
    for lon, lat, row in rows():
        f = QgsFeature()  # attributes by position
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        f.setAttributes([_value(row.get(field)) for field in names])
        batch.append(f)
        if len(batch) >= BATCH:
            add_batch(sink, batch, name)
    add_batch(sink, batch, name)


def set_run_metadata(outputs, context, title, assumptions):
    """Put the run's parameters into the metadata of every output layer that the run loads."""
    for dest in outputs.values():
        layer = QgsProcessingUtils.mapLayerFromString(dest, context) if dest else None
        if layer is None:
            continue
        meta = QgsLayerMetadata(layer.metadata())
        meta.setTitle(title)
        meta.setAbstract(assumptions)
        meta.addKeywords("assumptions", [part.strip() for part in assumptions.split(";") if part.strip()])
        layer.setMetadata(meta)


def impact_assumptions(alg, parameters, context, peak_rule, dem_slope, unit):
    """The run's assumptions as one line of text in the output language (summary field ``assumptions``,
    layer metadata), so that maps and report can show them next to the figures they qualify."""
    from tailings_qgis_plugin.core.numbers import compact
    from tailings_qgis_plugin.core.runout import VOLUME_UNIT_NAMES
    from tailings_qgis_plugin.core.value_labels import PEAK_METHOD_LABELS, known_text

    tr = alg.tr
    vsource = alg.VELOCITY_SOURCES[alg.parameterAsEnum(parameters, alg.VELOCITY_SOURCE, context)]
    velocity = alg.parameterAsDouble(parameters, alg.VELOCITY, context)
    slope = alg.parameterAsDouble(parameters, alg.SLOPE, context)
    max_field = alg.parameterAsString(parameters, alg.MAX_DISTANCE_FIELD, context)
    max_km = alg.parameterAsDouble(parameters, alg.MAX_DISTANCE, context)
    parts = [
        tr("velocity: {s}; constant {v} m/s where nothing else is known (and on the overland leg)").format(
            s={"constant": tr("constant"), "field": tr("field"), "discharge": tr("from discharge")}[vsource],
            v=compact(velocity),
        ),
        tr("corridor {c} m each side, snap distance {s} m").format(
            c=compact(alg.parameterAsDouble(parameters, alg.CORRIDOR, context)),
            s=compact(alg.parameterAsDouble(parameters, alg.SNAP_DISTANCE, context)),
        ),
        tr("peak concentration: highest of the four dispersion methods")
        if peak_rule == "highest"
        else tr("peak concentration: dispersion method {m}").format(
            m=known_text(peak_rule, PEAK_METHOD_LABELS)
        ),
        (tr("slope from the DEM where no slope field") if dem_slope else "")
        or (
            tr("assumed slope {s} m/m where unknown").format(s=compact(slope))
            if slope > 0
            else tr("no assumed slope: no concentration without a slope field")
        ),
        tr("maximum distance from field {f}").format(f=max_field)
        if max_field
        else (
            tr("maximum distance {d} km").format(d=compact(max_km))
            if max_km > 0
            else tr("no maximum distance")
        ),
        tr("volumes read in {u}").format(u=tr(VOLUME_UNIT_NAMES[unit])),
    ]
    return "; ".join(p for p in parts if p)
