"""Reading settlements and tracing facilities for the population at risk: one road for every algorithm.

``tailings:downstreamimpact`` and ``tailings:hazardscreening`` read settlements with :func:`read_places`
(polygons as polygons, points as points) and count people with the engine's
``core.pathway.population_at_risk`` on pathways assembled by ``core.pathway.assemble_pathways``, so both
report the same population for the same facility, settlements and corridor. Neither calls another
algorithm.
"""

from __future__ import annotations

from qgis.core import QgsGeometry

from tailings_qgis_plugin.core.common import check_cancel
from tailings_qgis_plugin.core.lazy import np
from tailings_qgis_plugin.core.registry import is_missing

from .layer_io import iterate, read_lines, to_wgs84_transform

#: Node tolerance (m) of the digitised network, as the default of the pathway algorithms.
NODE_TOLERANCE_M = 5.0


def to_shapely(geometry):
    from shapely import wkb

    return wkb.loads(bytes(geometry.asWkb()))


def read_places(source, context, feedback, name_field, pop_field, kind):
    """Places (settlements or receptors) in lon/lat from a point or polygon layer."""
    # the engine modules of this file load when an algorithm runs, not at plugin start
    from tailings_qgis_plugin.core.exposure import places_from_geometries

    transform = to_wgs84_transform(source, context)
    geoms, names, pops = [], [], []
    for feature in iterate(source, feedback):
        g = feature.geometry()
        if g is None or g.isNull() or g.isEmpty():
            continue
        g = QgsGeometry(g)
        g.transform(transform)
        geoms.append(to_shapely(g))
        name = feature[name_field] if name_field else None
        names.append(str(feature.id()) if is_missing(name) else str(name))
        if pop_field:
            value = feature[pop_field]
            pops.append(None if is_missing(value) else value)
    check_cancel(feedback)
    return places_from_geometries(geoms, names, pops if pop_field else None, None, kind)


def digitised_tracer(rivers, context, feedback, label):
    """A tracer on the river layer in its digitised direction (the pathway algorithms' default)."""
    from tailings_qgis_plugin.core.network import RiverNetwork
    from tailings_qgis_plugin.core.tracing import Tracer

    lines, _owner, _values, _fids = read_lines(rivers, context, feedback, label=label)
    if not lines:
        return None
    net = RiverNetwork.build_from_digitised(lines, node_tolerance_m=NODE_TOLERANCE_M, feedback=feedback)
    return Tracer(net)


def population_within(tracer, ids, lonlat, distances_km, places, snap_m, corridor_m, feedback):
    """People within ``corridor_m`` of each facility's pathway traced to ``distances_km``.

    Returns ``({facility id: people}, set of facility ids that reached no river)``. Facilities whose
    distance is missing (NaN) are not traced (never traced without a distance limit)."""
    from tailings_qgis_plugin.core.pathway import assemble_pathways, population_at_risk

    distances_km = np.asarray(distances_km, dtype=float)
    sel = [k for k in range(len(ids)) if np.isfinite(distances_km[k]) and distances_km[k] > 0]
    if not sel:
        return {}, set()
    xy = np.asarray([lonlat[k] for k in sel], dtype=float)
    sel_ids = [ids[k] for k in sel]
    res = tracer.trace(xy[:, 0], xy[:, 1], snap_m, distances_km[sel], feedback)
    check_cancel(feedback)
    asm = assemble_pathways(res, sel_ids, feedback=feedback)
    unreached = {sel_ids[k] for k in asm.not_snapped}
    people = population_at_risk(asm.pathways, places, corridor_m=corridor_m, feedback=feedback)
    return people, unreached
