"""tailings:tracedownstream: follow a release from each facility down the river network."""

from __future__ import annotations

from qgis.core import (
    QgsFields,
    QgsProcessing,
    QgsProcessingException,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import check_cancel
from tailings_qgis_plugin.core.lazy import np
from tailings_qgis_plugin.qgis_compat import make_field

from .base import TailingsAlgorithm
from .batch_io import open_rows
from .gpkg_bulk import bulk_destination
from .layer_io import WGS84, check_source, guess_field, read_points, require_field, warn_mixed_crs
from .network_cache import tracer_for
from .network_io import as_float, read_network
from .output_guard import optional_sink
from .params import (
    IDS,
    facility_parameters,
    network_parameters,
    sink_parameters,
    snap_parameter,
    trace_limit_parameters,
)

#: Facilities whose pathways are assembled at once: bounds the memory of the coordinates (a few hundred MB
#: on a 1,000,000-reach network without a distance limit) and keeps the lock-step walks few.
CHUNK = 1000


class TraceDownstreamAlgorithm(TailingsAlgorithm):
    NAME = "tracedownstream"
    GROUP = "pathways"

    def displayName(self):
        return self.tr("Trace downstream pathways")

    def shortHelpString(self):
        return self.tr(
            "From each facility, finds where a release enters the river network (the nearest point of the "
            "nearest reach within the snap distance, measured on the WGS84 ellipsoid) and follows the water "
            "downstream to the end of the network, a terminal lake (Balkhash, Aral, Caspian) or the maximum "
            "distance.<br>Flow direction comes from the digitising direction, from reach/downstream id "
            "fields (HydroRIVERS convention: NEXT_DOWN = 0 or NULL at an outlet) or from a DEM (reaches "
            "are turned downhill). Reach ends closer than the node tolerance are joined, tributaries that "
            "end on another reach mid-line are connected there, and cycles in bad data are broken.<br>"
            "OUTPUT: one line per facility and reach piece, in downstream order (facility_id, seq, reach_id, "
            "kind overland/river/lake, from_km, to_km from the facility, assumed). The first piece is the "
            "overland leg from the facility to the river, an assumed straight line.<br>SUMMARY: one point "
            "per facility at its entry point (or the facility when it is not on a river): snapped, "
            "snap_distance_m, total_km, end_reason (max_distance / outlet / terminal_lake / no_river), "
            "end_x, end_y (WGS 84).<br>Distances are geodesic (Karney 2013). At a bifurcation all branches "
            "are followed unless a main-stem field (discharge, order) is given."
        ) + self.tr(
            "<br>end_reason network_end: the trace stopped where the river data stops (a reach whose downstream "
            "id points to no reach, or an end at the edge of the data away from the coast), not at a true "
            "outlet. SUMMARY flags: facilities processed despite a plausibility problem (empty_id, "
            "outside_crs_area; codes joined by ';')."
        )

    def initAlgorithm(self, config=None):
        facility_parameters(self)
        network_parameters(self, with_lakes=True, with_main_stem=True)
        snap_parameter(self)
        trace_limit_parameters(self)
        sink_parameters(
            self,
            [
                ("OUTPUT", self.tr("Downstream pathways"), QgsProcessing.TypeVectorLine),
                ("SUMMARY", self.tr("Pathway summary"), QgsProcessing.TypeVectorPoint, True),
            ],
        )

    def process(self, parameters, context, feedback):
        facilities = self.parameterAsSource(parameters, "FACILITIES", context)
        rivers = self.parameterAsSource(parameters, "RIVERS", context)
        check_source(
            facilities, self.tr("facility"), [QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry]
        )
        check_source(rivers, self.tr("river"), [QgsWkbTypes.LineGeometry])
        warn_mixed_crs(feedback, (facilities, self.tr("facilities")), (rivers, self.tr("rivers")))
        fid_field = self.parameterAsString(parameters, "FACILITY_ID_FIELD", context)
        if fid_field:  # refused like the other algorithms do, never silently replaced by feature ids
            require_field(facilities, fid_field, self.tr("facility id"))
        if not fid_field:
            fid_field = guess_field(facilities, "facility_id")
            if fid_field:
                feedback.pushInfo(self.tr("No facility id field chosen: using '{f}'.").format(f=fid_field))
        flags = []  # per-row plausibility flags (issue 13): processed, with a warning and a flag
        ids, lonlat, ffids = read_points(
            facilities, context, feedback, id_field=fid_field or None, flags=flags
        )
        if len(ids) == 0:
            raise QgsProcessingException(self.tr("No facility has a usable geometry."))
        max_km = np.full(len(ids), self.parameterAsDouble(parameters, "MAX_DISTANCE", context))
        max_field = self.parameterAsString(parameters, "MAX_DISTANCE_FIELD", context)
        if max_field:
            idx = require_field(facilities, max_field, self.tr("maximum distance"), numeric=True)
            by_fid = {f.id(): f.attribute(idx) for f in facilities.getFeatures()}
            vals = [by_fid.get(f) for f in ffids]
            max_km = np.array([as_float(v) for v in vals])
        feedback.pushInfo(self.tr("Building the river network..."))
        net, reach_ids, main = read_network(self, parameters, context, feedback, rivers, with_main_stem=True)
        check_cancel(feedback)
        snap = self.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
        result = tracer_for(net, main).trace(lonlat[:, 0], lonlat[:, 1], snap, max_km, feedback=feedback)
        n_overland = int(np.count_nonzero(result.snapped & (result.snap_distance_m > 1.0)))
        feedback.pushInfo(
            self.tr("{n} of {t} facilities joined the network through an assumed overland leg.").format(
                n=n_overland, t=len(ids)
            )
        )

        fields = QgsFields()
        fields.append(make_field("facility_id", "text"))
        fields.append(make_field("seq", "int"))
        fields.append(make_field("reach_id", "text"))
        fields.append(make_field("kind", "text"))
        fields.append(make_field("from_km", "real"))
        fields.append(make_field("to_km", "real"))
        fields.append(make_field("assumed", "bool"))
        sfields = QgsFields()
        sfields.append(make_field("facility_id", "text"))
        sfields.append(make_field("snapped", "bool"))
        sfields.append(make_field("snap_distance_m", "real"))
        sfields.append(make_field("total_km", "real"))
        sfields.append(make_field("end_reason", "text"))
        sfields.append(make_field("end_x", "real"))
        sfields.append(make_field("end_y", "real"))
        sfields.append(make_field("flags", "text"))
        sink, dest = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.LineString, WGS84
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        ssink, sdest = optional_sink(self, parameters, "SUMMARY", context, sfields, QgsWkbTypes.Point, WGS84)
        # a GeoPackage file: QGIS has made the layer; it is closed empty and the rows go straight into its
        # table (gpkg_bulk.py), a few microseconds a row instead of a QgsFeature each
        if bulk_destination(parameters, "OUTPUT", dest):
            sink = None
        if ssink is not None and bulk_destination(parameters, "SUMMARY", sdest):
            ssink = None
        rows = open_rows(sink, dest, fields.names(), "OUTPUT", feedback)
        srows = None
        if sdest is not None:
            srows = open_rows(ssink, sdest, sfields.names(), "SUMMARY", feedback)
        try:
            self._write(
                result, ids, lonlat, flags, net, reach_ids, parameters, context, feedback, rows, srows
            )
        except BaseException:
            for r in (rows, srows):
                if r is not None:
                    r.abort()
            raise
        rows.close()
        if srows is not None:
            srows.close()
        del sink, ssink, rows, srows
        out = {"OUTPUT": dest}
        if sdest is not None:
            out["SUMMARY"] = sdest
        return out

    def _write(self, result, ids, lonlat, flags, net, reach_ids, parameters, context, feedback, rows, srows):
        """The pieces of a chunk of facilities at once as flat arrays (engine), written as columns; chunks
        bound the memory of the coordinates."""
        from tailings_qgis_plugin.core.pathways import PIECE_KINDS  # the engine loads when the algorithm runs

        kinds = np.array(PIECE_KINDS, dtype=object)
        id_arr = np.array(ids, dtype=object)
        rid = np.array([None if r is None else str(r) for r in reach_ids] + [None], dtype=object)
        for c0 in range(0, len(ids), CHUNK):
            check_cancel(feedback)
            feedback.setProgress(100.0 * c0 / len(ids))
            table = result.piece_table(feedback, facilities=np.arange(c0, min(c0 + CHUNK, len(ids))))
            reach = table["reach"]
            columns = [
                id_arr[table["facility"]].tolist(),
                table["seq"].tolist(),
                rid[np.where(reach < 0, rid.size - 1, reach)].tolist(),
                kinds[table["kind"]].tolist(),
                table["from_km"].tolist(),
                table["to_km"].tolist(),
                table["assumed"].tolist(),
            ]
            rows.add_lines(table["coords"], table["offsets"], columns)
            del table, columns
        if srows is None:  # SUMMARY is optional
            return
        snapped = result.snapped
        px = np.where(snapped, result.entry_lon, lonlat[:, 0])
        py = np.where(snapped, result.entry_lat, lonlat[:, 1])
        # outlet or network_end (the data stops): the same engine call as tailings:downstreamimpact
        from tailings_qgis_plugin.core.pathway import trace_end_reasons  # engine loads when run

        reasons = trace_end_reasons(
            net,
            result.end_reason_names(),
            result.end_lon,
            result.end_lat,
            result.end_e,
            declared_outlets=self.parameterAsEnum(parameters, "DIRECTION", context) == IDS,
        )
        srows.add_points(
            px,
            py,
            [
                list(ids),
                snapped.tolist(),
                _nums(result.snap_distance_m),
                result.total_km.tolist(),
                list(reasons),
                _nums(result.end_lon),
                _nums(result.end_lat),
                [f or None for f in flags],
            ],
        )


def _nums(a):
    """Floats as a list, NaN and infinities as None (NULL)."""
    a = np.asarray(a, dtype=float)
    return np.where(np.isfinite(a), a, None).tolist()
