"""tailings:overlandflowpath: the overland flow path from each facility down a DEM to the first river."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import TailingsError, check_cancel
from tailings_qgis_plugin.core.dem import DemReadError
from tailings_qgis_plugin.qgis_compat import make_field

from .base import TailingsAlgorithm
from .layer_io import WGS84, check_source, guess_field, read_lines, read_points
from .output_guard import optional_sink
from .params import facility_parameters, number, rivers_parameter, sink_parameters


class OverlandFlowPathAlgorithm(TailingsAlgorithm):
    NAME = "overlandflowpath"
    GROUP = "pathways"
    REQUIRES = ("rasterio",)

    FACILITIES = "FACILITIES"
    FACILITY_ID_FIELD = "FACILITY_ID_FIELD"
    DEM = "DEM"
    RIVERS = "RIVERS"
    MAX_LENGTH = "MAX_LENGTH"
    RIVER_TOLERANCE = "RIVER_TOLERANCE"
    MAX_FILL_DEPTH = "MAX_FILL_DEPTH"
    OUTPUT = "OUTPUT"
    RIVER_POINTS = "RIVER_POINTS"

    def displayName(self):
        return self.tr("Overland flow path to the river (DEM)")

    def shortHelpString(self):
        return (
            self.tr(
                "Follows the terrain from each facility down to the first river reach, instead of a straight line "
                "to the nearest reach (which can pick a river on the other side of a ridge).<br>"
                "Method: steepest descent over the 8 neighbours (D8, O'Callaghan & Mark 1984) on a DEM whose "
                "depressions and flats are filled on demand by priority-flood (Barnes, Lehman & Mulla 2014, "
                "Computers & Geosciences 62:117-127); a path never stops in a pit or wanders on a flat. Geographic "
                "DEMs use true cell sizes at each latitude; lengths are geodesic (WGS 84). Only the parts of the "
                "DEM the paths need are read, so large DEMs are fine.<br>"
                "A path ends on the first river cell (RIVERS, within the tolerance), at the DEM edge, at nodata, "
                "at the maximum length, or in a closed depression deeper than the maximum fill depth.<br>"
                "OUTPUT: one line per facility (WGS 84): facility_id, length_m, drop_m (start minus end "
                "elevation), end_reason (river / dem_edge / nodata / max_length / pit), start_z_m, end_z_m, "
                "depressions (filled on the way), max_fill_m, river_offset_m.<br>"
                "RIVER_POINTS: where each path meets a river (the nearest point of the reach): facility_id, "
                "river_fid (feature id in RIVERS), length_m, river_offset_m."
            )
            + "<br>"
            + self.tr(
                "With numba installed (Debian/Ubuntu: python3-numba) the paths are traced by compiled code, about ten "
                "times faster, with the same result; without it, in Python."
            )
        )

    def initAlgorithm(self, config=None):
        facility_parameters(self)
        self.addParameter(QgsProcessingParameterRasterLayer(self.DEM, self.tr("DEM (elevation, metres)")))
        rivers_parameter(self, optional=True)
        self.addParameter(
            number(self.MAX_LENGTH, self.tr("Maximum path length (m, 0 = no limit)"), 50000.0, decimals=0)
        )
        self.addParameter(
            number(
                self.RIVER_TOLERANCE,
                self.tr("River tolerance (m; the cells next to a reach always count)"),
                0.0,
                decimals=1,
                is_advanced=True,
            )
        )
        self.addParameter(
            number(
                self.MAX_FILL_DEPTH,
                self.tr("Maximum fill depth of a depression (m, 0 = fill all)"),
                0.0,
                decimals=2,
                is_advanced=True,
            )
        )
        sink_parameters(
            self,
            [
                (self.OUTPUT, self.tr("Overland flow paths"), QgsProcessing.TypeVectorLine),
                (self.RIVER_POINTS, self.tr("River entry points"), QgsProcessing.TypeVectorPoint, True),
            ],
        )

    def process(self, parameters, context, feedback):
        from tailings_qgis_plugin.core.flowpath import FlowPathRouter

        facilities = self.parameterAsSource(parameters, self.FACILITIES, context)
        check_source(
            facilities, self.tr("facility"), [QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry]
        )
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem is None or not dem.isValid():
            raise QgsProcessingException(self.tr("The DEM raster layer could not be opened."))
        if dem.providerType() != "gdal":
            raise QgsProcessingException(
                self.tr("The DEM must be a raster file (GDAL provider); save it as GeoTIFF first.")
            )
        if not dem.crs().isValid():
            raise QgsProcessingException(
                self.tr("The DEM has no coordinate reference system; set it in the layer properties.")
            )
        if dem.crs() != facilities.sourceCrs():
            feedback.pushInfo(
                self.tr(
                    "The facilities ({f}) and the DEM ({d}) use different coordinate reference systems; the "
                    "facilities are reprojected to the DEM."
                ).format(f=facilities.sourceCrs().authid(), d=dem.crs().authid())
            )
        rivers = self.parameterAsSource(parameters, self.RIVERS, context)
        id_field = self.parameterAsString(parameters, self.FACILITY_ID_FIELD, context) or guess_field(
            facilities, "facility_id"
        )
        max_length = self.parameterAsDouble(parameters, self.MAX_LENGTH, context) or None
        tolerance = self.parameterAsDouble(parameters, self.RIVER_TOLERANCE, context)
        max_fill = self.parameterAsDouble(parameters, self.MAX_FILL_DEPTH, context) or None

        ids, lonlat, _fids = read_points(facilities, context, feedback, id_field=id_field)
        check_cancel(feedback)
        lines, owner, river_fids = [], [], []
        if rivers is not None:
            check_source(rivers, self.tr("river"), [QgsWkbTypes.LineGeometry])
            lines, owner, _values, river_fids = read_lines(rivers, context, feedback)
        dem_path = dem.source().split("|")[0]

        results = []
        with FlowPathRouter(
            dem_path,
            rivers=lines or None,
            river_tolerance_m=tolerance,
            max_fill_depth_m=max_fill,
            feedback=feedback,
        ) as router:
            if router.engine == "numba":
                feedback.pushInfo(
                    self.tr(
                        "Flow paths traced by the compiled engine (numba); its first run on a computer compiles "
                        "it once (10 to 30 s)."
                    )
                )
            else:
                feedback.pushInfo(
                    self.tr(
                        "Flow paths traced in Python; install numba (Debian/Ubuntu: python3-numba) for a run "
                        "about ten times faster with the same paths."
                    )
                )
            for i, (fid, (lon, lat)) in enumerate(zip(ids, lonlat.tolist())):
                check_cancel(feedback)
                try:
                    fp = router.trace(lon, lat, max_length_m=max_length)
                except TailingsError as exc:
                    if isinstance(exc, DemReadError):
                        raise  # a damaged DEM fails every facility: stop with its message
                    feedback.pushWarning(self.tr("Facility {fid}: {msg}").format(fid=fid, msg=str(exc)))
                    continue
                for w in fp.warnings:
                    feedback.pushWarning(self.tr("Facility {fid}: {msg}").format(fid=fid, msg=w))
                results.append((fid, fp))
                feedback.setProgress(100.0 * (i + 1) / max(len(ids), 1))
        if rivers is None:
            feedback.pushInfo(
                self.tr("No river layer: the paths run to the DEM edge, nodata or the maximum length.")
            )

        fields = QgsFields()
        fields.append(make_field("facility_id", "text"))
        for name in ("length_m", "drop_m"):
            fields.append(make_field(name, "real"))
        fields.append(make_field("end_reason", "text"))
        for name in ("start_z_m", "end_z_m"):
            fields.append(make_field(name, "real"))
        fields.append(make_field("depressions", "int"))
        for name in ("max_fill_m", "river_offset_m"):
            fields.append(make_field(name, "real"))
        sink, dest = self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.LineString, WGS84
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, self.OUTPUT))

        pfields = QgsFields()
        pfields.append(make_field("facility_id", "text"))
        pfields.append(make_field("river_fid", "int64"))
        for name in ("length_m", "river_offset_m"):
            pfields.append(make_field(name, "real"))
        psink, pdest = optional_sink(
            self, parameters, self.RIVER_POINTS, context, pfields, QgsWkbTypes.Point, WGS84
        )

        reasons = {}
        for fid, fp in results:
            pts = [QgsPointXY(float(x), float(y)) for x, y in fp.lonlat]
            if len(pts) == 1:
                pts = pts * 2  # a start cell on the river: a zero-length line
            feature = QgsFeature(fields)
            feature.setGeometry(QgsGeometry.fromPolylineXY(pts))
            feature.setAttributes(
                [
                    fid,
                    round(fp.length_m, 1),
                    float(fp.drop_m),
                    fp.end_reason,
                    float(fp.z[0]),
                    float(fp.z[-1]),
                    int(fp.n_depressions),
                    round(fp.max_fill_m, 3),
                    None if fp.river_offset_m is None else round(fp.river_offset_m, 1),
                ]
            )
            sink.addFeature(feature, QgsFeatureSink.FastInsert)
            reasons[fp.end_reason] = reasons.get(fp.end_reason, 0) + 1
            if psink is not None and fp.end_reason == "river" and fp.river_lonlat is not None:
                point = QgsFeature(pfields)
                point.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*fp.river_lonlat)))
                river_fid = int(river_fids[int(owner[fp.river_index])]) if len(river_fids) else None
                point.setAttributes([fid, river_fid, round(fp.length_m, 1), round(fp.river_offset_m, 1)])
                psink.addFeature(point, QgsFeatureSink.FastInsert)
        del sink, psink
        feedback.pushInfo(
            self.tr("{n} of {m} facilities traced; end reasons: {r}.").format(
                n=len(results), m=len(ids), r=", ".join(f"{k} {v}" for k, v in sorted(reasons.items())) or "-"
            )
        )
        out = {self.OUTPUT: dest}
        if pdest is not None:
            out[self.RIVER_POINTS] = pdest
        return out
