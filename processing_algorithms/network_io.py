"""Reading a river layer into the engine's network, shared by the pathway algorithms.

The parameters (RIVERS, DIRECTION, REACH_ID_FIELD, DOWNSTREAM_ID_FIELD, DEM, NODE_TOLERANCE, LAKES) are
declared in params.py; the way a layer becomes a :class:`RiverNetwork` are the same for tailings:tracedownstream,
tailings:checknetwork and tailings:downstreamimpact, so they live here once.
"""

from __future__ import annotations

from qgis.core import QgsPointXY, QgsProcessingException

from tailings_qgis_plugin.core.common import check_cancel
from tailings_qgis_plugin.core.lazy import np

from . import network_cache
from .layer_io import WGS84, read_lines, read_polygons, require_field
from .ogr_lines import read_ogr_lines
from .params import DEM, IDS


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
    net, reach_ids, main, _extra = read_network_with(
        alg, parameters, context, feedback, rivers, with_main_stem
    )
    return net, reach_ids, main


def read_network_with(alg, parameters, context, feedback, rivers, with_main_stem=False, extra_fields=()):
    """:func:`read_network`, plus ``{field: [value per engine reach]}`` for the ``extra_fields`` (e.g. the
    velocity, discharge or slope of each reach; NULL -> None).

    A network built from unchanged files is reused (see :mod:`.network_cache`): the second analysis on the
    same rivers reads and builds nothing."""
    key = network_cache.network_key(alg, parameters, context, with_main_stem, extra_fields)
    hit = network_cache.get(key)
    if hit is not None:
        feedback.pushInfo(alg.tr("Reusing the river network built earlier from the same unchanged layer."))
        check_cancel(feedback)
        return hit
    result = _read_network_with(alg, parameters, context, feedback, rivers, with_main_stem, extra_fields)
    network_cache.put(key, result)
    return result


def _read_network_with(alg, parameters, context, feedback, rivers, with_main_stem, extra_fields):
    from tailings_qgis_plugin.core.network import RiverNetwork  # the engine loads when an algorithm runs

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
    extra_fields = [f for f in extra_fields if f]
    attrs.extend(extra_fields)
    attrs = tuple(dict.fromkeys(attrs))
    fast = read_ogr_lines(
        alg.parameterAsVectorLayer(parameters, "RIVERS", context), parameters.get("RIVERS"), attrs, feedback
    )
    if fast is not None:  # a whole GeoPackage layer in WGS 84: read in columns, one packed array
        coords, offsets, values, fids = fast
        lines = (coords, offsets)
        owner = list(range(len(fids)))
    else:
        lines, owner, values, fids = read_lines(
            rivers, context, feedback, attributes=attrs, label=alg.tr("river")
        )
    if not len(fids):
        raise QgsProcessingException(alg.tr("The river layer has no usable line features."))
    values = {k: [plain(v) for v in vs] for k, vs in values.items()}
    feat_ids = values[id_field] if id_field else [str(f) for f in fids]
    lakes = None
    lake_source = alg.parameterAsSource(parameters, "LAKES", context) if "LAKES" in parameters else None
    if lake_source is not None:
        lakes = read_lake_polygons(lake_source, context, feedback)
    if direction == IDS:
        groups = [[] for _ in fids]
        if fast is not None:
            lines = [coords[offsets[i] : offsets[i + 1]] for i in range(len(fids))]
        for line, o in zip(lines, owner):
            groups[o].append(line)
        network_cache.BUILDS += 1
        net = RiverNetwork.build_from_ids(
            groups, values[id_field], values[down_field], node_tolerance_m=tol, lakes=lakes, feedback=feedback
        )
        reach_ids = list(feat_ids)
        main = values[main_field] if main_field else None
        reach_owner = list(range(len(fids)))
    else:
        reach_ids = [feat_ids[o] for o in owner]
        main = [values[main_field][o] for o in owner] if main_field else None
        reach_owner = list(owner)
        if direction == DEM:
            dem = alg.parameterAsRasterLayer(parameters, "DEM", context)
            if dem is None:
                raise QgsProcessingException(alg.tr("The DEM direction needs a DEM raster layer (DEM)."))
            network_cache.BUILDS += 1
            net = RiverNetwork.build_from_dem(
                lines, dem_sampler(dem, context), node_tolerance_m=tol, lakes=lakes, feedback=feedback
            )
        else:
            network_cache.BUILDS += 1
            net = RiverNetwork.build_from_digitised(
                lines, node_tolerance_m=tol, lakes=lakes, feedback=feedback
            )
    if main is not None:
        main = [as_float(v) for v in main]
    extra = {name: [values[name][o] for o in reach_owner] for name in extra_fields}
    return net, reach_ids, main, extra


def read_lake_polygons(source, context, feedback):
    """Lake polygons in lon/lat, one per part (repaired where invalid)."""
    polys = []
    for shp in read_polygons(source, context, feedback)[0]:
        polys.extend(list(shp.geoms) if shp.geom_type == "MultiPolygon" else [shp])
    return polys
