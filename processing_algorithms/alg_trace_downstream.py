"""tailings:tracedownstream: follow a release from each facility down the river network."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from tailings_qgis_plugin.core.common import check_cancel
from tailings_qgis_plugin.core.network import RiverNetwork
from tailings_qgis_plugin.core.tracing import Tracer

from .base import TailingsAlgorithm
from .layer_io import WGS84, check_source, guess_field, read_lines, read_points, require_field, warn_mixed_crs

DIGITISED, IDS, DEM = 0, 1, 2


def plain(value):
    """A Python value for a QGIS attribute: None for NULL (QVariant or None)."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    return value


def as_float(value):
    value = plain(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return np.nan


def dem_sampler(raster_layer, context):
    """``sampler(lonlat (n,2)) -> elevations`` reading band 1 of a QGIS raster layer (nodata -> NaN)."""
    from qgis.core import QgsCoordinateTransform

    provider = raster_layer.dataProvider()
    to_dem = QgsCoordinateTransform(WGS84, raster_layer.crs(), context.transformContext())

    def sample(lonlat):
        out = np.full(len(lonlat), np.nan)
        for i, (x, y) in enumerate(lonlat):
            p = to_dem.transform(QgsPointXY(float(x), float(y)))
            value, ok = provider.sample(p, 1)
            if ok and value == value:
                out[i] = value
        return out

    return sample


def read_network(alg, parameters, context, feedback, rivers, with_main_stem=False):
    """Read the river layer and build the network for the chosen direction source.

    Returns ``(network, reach_ids (one per engine reach), main_stem values or None)``. Multipart features are
    split into their parts in the digitised and DEM modes (each part a reach carrying the feature's id); in
    id mode the parts of a feature are chained into one reach by the engine.
    """
    direction = alg.parameterAsEnum(parameters, "DIRECTION", context)
    tol = alg.parameterAsDouble(parameters, "NODE_TOLERANCE", context)
    id_field = alg.parameterAsString(parameters, "REACH_ID_FIELD", context)
    down_field = alg.parameterAsString(parameters, "DOWNSTREAM_ID_FIELD", context)
    main_field = alg.parameterAsString(parameters, "MAIN_STEM_FIELD", context) if with_main_stem else ""
    attrs = []
    if id_field:
        require_field(rivers, id_field, alg.tr("reach id"))
        attrs.append(id_field)
    if direction == IDS:
        if not id_field or not down_field:
            raise QgsProcessingException(
                alg.tr("The id direction needs REACH_ID_FIELD and DOWNSTREAM_ID_FIELD.")
            )
        require_field(rivers, down_field, alg.tr("downstream id"), numeric=True)
        attrs.append(down_field)
    if main_field:
        require_field(rivers, main_field, alg.tr("main stem"), numeric=True)
        attrs.append(main_field)
    lines, owner, values, fids = read_lines(
        rivers, context, feedback, attributes=tuple(attrs), label=alg.tr("river")
    )
    if not lines:
        raise QgsProcessingException(alg.tr("The river layer has no usable line features."))
    values = {k: [plain(v) for v in vs] for k, vs in values.items()}
    feat_ids = values[id_field] if id_field else [str(f) for f in fids]
    lakes = None
    lake_source = alg.parameterAsSource(parameters, "LAKES", context) if "LAKES" in parameters else None
    if lake_source is not None:
        lakes = read_lake_polygons(lake_source, context, feedback)
    if direction == IDS:
        groups = [[] for _ in fids]
        for line, o in zip(lines, owner):
            groups[o].append(line)
        net = RiverNetwork.build_from_ids(
            groups, values[id_field], values[down_field], node_tolerance_m=tol, lakes=lakes, feedback=feedback
        )
        reach_ids = list(feat_ids)
        main = values[main_field] if main_field else None
    else:
        reach_ids = [feat_ids[o] for o in owner]
        main = [values[main_field][o] for o in owner] if main_field else None
        if direction == DEM:
            dem = alg.parameterAsRasterLayer(parameters, "DEM", context)
            if dem is None:
                raise QgsProcessingException(alg.tr("The DEM direction needs a DEM raster layer (DEM)."))
            net = RiverNetwork.build_from_dem(
                lines, dem_sampler(dem, context), node_tolerance_m=tol, lakes=lakes, feedback=feedback
            )
        else:
            net = RiverNetwork.build_from_digitised(
                lines, node_tolerance_m=tol, lakes=lakes, feedback=feedback
            )
    if main is not None:
        main = [as_float(v) for v in main]
    return net, reach_ids, main


def read_lake_polygons(source, context, feedback):
    from shapely import wkb

    from .layer_io import iterate, to_wgs84_transform

    transform = to_wgs84_transform(source, context)
    polys = []
    for feature in iterate(source, feedback):
        g = feature.geometry()
        if g is None or g.isNull() or g.isEmpty():
            continue
        g = QgsGeometry(g)
        g.transform(transform)
        shp = wkb.loads(bytes(g.asWkb()))
        polys.extend(list(shp.geoms) if shp.geom_type == "MultiPolygon" else [shp])
    return polys


def network_parameters(alg, with_lakes=True):
    alg.addParameter(
        QgsProcessingParameterFeatureSource("RIVERS", alg.tr("River network"), [QgsProcessing.TypeVectorLine])
    )
    alg.addParameter(
        QgsProcessingParameterEnum(
            "DIRECTION",
            alg.tr("Flow direction from"),
            options=[alg.tr("Digitised direction"), alg.tr("Reach and downstream id fields"), alg.tr("DEM")],
            defaultValue=DIGITISED,
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            "REACH_ID_FIELD", alg.tr("Reach id field"), parentLayerParameterName="RIVERS", optional=True
        )
    )
    alg.addParameter(
        QgsProcessingParameterField(
            "DOWNSTREAM_ID_FIELD",
            alg.tr("Downstream reach id field (0 or NULL at an outlet)"),
            parentLayerParameterName="RIVERS",
            type=QgsProcessingParameterField.Numeric,
            optional=True,
        )
    )
    alg.addParameter(
        QgsProcessingParameterRasterLayer("DEM", alg.tr("DEM (for the DEM direction)"), optional=True)
    )
    alg.addParameter(
        QgsProcessingParameterNumber(
            "NODE_TOLERANCE",
            alg.tr("Node tolerance (m): reach ends closer than this are joined"),
            QgsProcessingParameterNumber.Double,
            defaultValue=5.0,
            minValue=0.0,
        )
    )
    if with_lakes:
        alg.addParameter(
            QgsProcessingParameterFeatureSource(
                "LAKES",
                alg.tr("Lakes (terminal lakes and lake reaches)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )


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
        )

    def initAlgorithm(self, config=None):
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "FACILITIES",
                self.tr("Facilities"),
                [QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorPolygon],
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "FACILITY_ID_FIELD",
                self.tr("Facility id field"),
                parentLayerParameterName="FACILITIES",
                optional=True,
            )
        )
        network_parameters(self, with_lakes=False)
        self.addParameter(
            QgsProcessingParameterNumber(
                "SNAP_DISTANCE",
                self.tr("Snap distance (m)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=5000.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterNumber(
                "MAX_DISTANCE",
                self.tr("Maximum distance (km, 0 = no limit)"),
                QgsProcessingParameterNumber.Double,
                defaultValue=0.0,
                minValue=0.0,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "MAX_DISTANCE_FIELD",
                self.tr("Maximum distance field (km, per facility)"),
                parentLayerParameterName="FACILITIES",
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterField(
                "MAIN_STEM_FIELD",
                self.tr("Main stem field (follow the largest value at bifurcations)"),
                parentLayerParameterName="RIVERS",
                type=QgsProcessingParameterField.Numeric,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                "LAKES",
                self.tr("Lakes (terminal lakes and lake reaches)"),
                [QgsProcessing.TypeVectorPolygon],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "OUTPUT", self.tr("Downstream pathways"), QgsProcessing.TypeVectorLine
            )
        )
        self.addParameter(
            QgsProcessingParameterFeatureSink(
                "SUMMARY", self.tr("Pathway summary"), QgsProcessing.TypeVectorPoint
            )
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
        if not fid_field:
            fid_field = guess_field(facilities, "facility_id")
            if fid_field:
                feedback.pushInfo(self.tr("No facility id field chosen: using '{f}'.").format(f=fid_field))
        ids, lonlat, ffids = read_points(facilities, context, feedback, id_field=fid_field or None)
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
        for line in net.report.summary_lines():
            feedback.pushInfo(line)
        check_cancel(feedback)
        snap = self.parameterAsDouble(parameters, "SNAP_DISTANCE", context)
        result = Tracer(net, main).trace(lonlat[:, 0], lonlat[:, 1], snap, max_km, feedback=feedback)
        n_overland = int(np.count_nonzero(result.snapped & (result.snap_distance_m > 1.0)))
        feedback.pushInfo(
            self.tr("{n} of {t} facilities joined the network through an assumed overland leg.").format(
                n=n_overland, t=len(ids)
            )
        )

        fields = QgsFields()
        fields.append(QgsField("facility_id", QVariant.String))
        fields.append(QgsField("seq", QVariant.Int))
        fields.append(QgsField("reach_id", QVariant.String))
        fields.append(QgsField("kind", QVariant.String))
        fields.append(QgsField("from_km", QVariant.Double))
        fields.append(QgsField("to_km", QVariant.Double))
        fields.append(QgsField("assumed", QVariant.Bool))
        sfields = QgsFields()
        sfields.append(QgsField("facility_id", QVariant.String))
        sfields.append(QgsField("snapped", QVariant.Bool))
        sfields.append(QgsField("snap_distance_m", QVariant.Double))
        sfields.append(QgsField("total_km", QVariant.Double))
        sfields.append(QgsField("end_reason", QVariant.String))
        sfields.append(QgsField("end_x", QVariant.Double))
        sfields.append(QgsField("end_y", QVariant.Double))
        sink, dest = self.parameterAsSink(
            parameters, "OUTPUT", context, fields, QgsWkbTypes.LineString, WGS84
        )
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        ssink, sdest = self.parameterAsSink(parameters, "SUMMARY", context, sfields, QgsWkbTypes.Point, WGS84)
        if ssink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "SUMMARY"))

        def num(v):
            return None if v is None or not np.isfinite(v) else float(v)

        for i in range(len(ids)):
            if i % 50 == 0:
                check_cancel(feedback)
            pw = result.pathway(i)
            for seq, piece in enumerate(pw.pieces):
                f = QgsFeature(fields)
                f.setGeometry(QgsGeometry.fromPolylineXY([QgsPointXY(x, y) for x, y in piece.coords]))
                rid = None if piece.reach < 0 else reach_ids[piece.reach]
                f.setAttributes(
                    [
                        ids[i],
                        seq,
                        None if rid is None else str(rid),
                        piece.kind,
                        float(piece.from_km),
                        float(piece.to_km),
                        bool(piece.assumed),
                    ]
                )
                sink.addFeature(f, QgsFeatureSink.FastInsert)
            f = QgsFeature(sfields)
            x, y = (pw.entry_lon, pw.entry_lat) if pw.snapped else (lonlat[i, 0], lonlat[i, 1])
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            f.setAttributes(
                [
                    ids[i],
                    bool(pw.snapped),
                    num(pw.snap_distance_m),
                    float(pw.total_km),
                    pw.end_reason,
                    num(pw.end_lon),
                    num(pw.end_lat),
                ]
            )
            ssink.addFeature(f, QgsFeatureSink.FastInsert)
        del sink, ssink
        return {"OUTPUT": dest, "SUMMARY": sdest}
