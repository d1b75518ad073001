"""Reuse of built river networks between algorithm runs while the river layer is unchanged.

Reading a river layer and building its network is most of the cost of a pathway run on a large network.
A built network is kept in memory under a key made of everything it depends on: the data source of each
input layer (path, layer name, subset filter, file size and modification time), the parameters of the build
(direction, node tolerance, id, downstream-id, main-stem and extra fields) and the DEM and lake layers. Any
change gives another key, and the next run builds again. Layers whose contents cannot be dated (memory
layers, layers with unsaved edits, database layers, selected-features-only inputs) are never cached.
"""

from __future__ import annotations

import os
import threading
from collections import OrderedDict

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProviderRegistry, QgsVectorLayer

#: Networks kept (least recently used dropped first); a 1,000,000-reach network takes about 1 GB.
MAX_ENTRIES = 2

#: Number of networks built through :func:`.network_io.read_network_with` (tests count rebuilds with it).
BUILDS = 0

_CACHE: OrderedDict = OrderedDict()
_LOCK = threading.Lock()  # algorithms run in worker threads

_FIELD_PARAMETERS = ("REACH_ID_FIELD", "DOWNSTREAM_ID_FIELD", "MAIN_STEM_FIELD")


def clear():
    with _LOCK:
        _CACHE.clear()


def get(key):
    if key is None:
        return None
    with _LOCK:
        if key not in _CACHE:
            return None
        _CACHE.move_to_end(key)
        return _CACHE[key]


def put(key, value):
    if key is None:
        return
    with _LOCK:
        _CACHE[key] = value
        _CACHE.move_to_end(key)
        while len(_CACHE) > MAX_ENTRIES:
            _CACHE.popitem(last=False)


def _file_stamp(path):
    """(path, size, mtime) of a file and of its SQLite journal files; None when it is not a file."""
    if not path or not os.path.isfile(path):
        return None
    stamp = []
    for p in (path, path + "-wal", path + "-shm"):
        if os.path.exists(p):
            st = os.stat(p)
            stamp.append((p, st.st_size, st.st_mtime_ns))
    return tuple(stamp)


def layer_key(layer, value=None):
    """What the contents of a file-based vector or raster layer depend on; None when it cannot be dated."""
    if layer is None:
        return ()
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        flt = getattr(value, "filterExpression", "")
        if value.selectedFeaturesOnly or value.featureLimit not in (-1, None) or flt:
            return None
    if isinstance(layer, QgsVectorLayer):
        if layer.providerType() != "ogr" or layer.isEditable() or layer.isModified():
            return None
        subset = layer.subsetString()
    else:
        subset = ""
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    stamp = _file_stamp(parts.get("path") or "")
    if stamp is None:
        return None
    return (layer.providerType(), layer.source(), subset, stamp)


def network_key(alg, parameters, context, with_main_stem, extra_fields):
    """Cache key of the network an algorithm run would build, or None when it must not be cached."""
    try:
        rivers = alg.parameterAsVectorLayer(parameters, "RIVERS", context)
        rkey = layer_key(rivers, parameters.get("RIVERS"))
        if not rkey:
            return None
        key = [rkey, bool(with_main_stem), tuple(f for f in extra_fields if f)]
        key.append(alg.parameterAsEnum(parameters, "DIRECTION", context))
        key.append(alg.parameterAsDouble(parameters, "NODE_TOLERANCE", context))
        for name in _FIELD_PARAMETERS:
            if name == "MAIN_STEM_FIELD" and not with_main_stem:
                continue
            key.append((name, alg.parameterAsString(parameters, name, context)))
        if alg.parameterAsEnum(parameters, "DIRECTION", context) == 2:
            dem = alg.parameterAsRasterLayer(parameters, "DEM", context)
            dkey = layer_key(dem)
            if dkey is None:
                return None
            key.append(dkey)
        if "LAKES" in parameters and parameters.get("LAKES"):
            lkey = layer_key(
                alg.parameterAsVectorLayer(parameters, "LAKES", context), parameters.get("LAKES")
            )
            if lkey is None:
                return None
            key.append(lkey)
        return tuple(key)
    except Exception:
        return None


def tracer_for(network, main_stem_values):
    """The :class:`Tracer` of a (possibly reused) network for these main-stem values, built once per
    network and main-stem list."""
    from tailings_qgis_plugin.core.tracing import Tracer

    with _LOCK:
        cache = network.__dict__.setdefault("_tracers", {})
        key = None if main_stem_values is None else id(main_stem_values)
        if key not in cache:
            cache[key] = (main_stem_values, Tracer(network, main_stem_values))
        return cache[key][1]
