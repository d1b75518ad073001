"""Fast read of a large river layer: a WGS 84 GeoPackage line layer straight through OGR's columnar (Arrow)
interface, the geometries unpacked from their WKB with array operations.

Used by :func:`.network_io.read_network_with` when the river input is a whole, unfiltered, unedited
GeoPackage layer in EPSG:4326 whose features are all single 2D LineStrings; anything else (another format or
CRS, a subset filter, a selection, multipart or curved lines, NULL or one-vertex geometries) returns None and
is read feature by feature through QGIS as before. The result is what the QGIS path gives: the same
vertices, attribute values (NULL -> None) and feature ids.
"""

from __future__ import annotations

from qgis.core import QgsProviderRegistry

from .network_cache import layer_key

_HEADER = 9  # byte order, type, vertex count
_LINESTRING_LE = bytes([1, 2, 0, 0, 0])


def read_ogr_lines(layer, value, attributes, feedback=None):
    """``(coords (N, 2), offsets (n + 1), {field: [values]}, [fids])`` or None when the fast path does not
    apply (see the module docstring)."""
    try:
        return _read(layer, value, attributes, feedback)
    except Exception:
        return None


def _read(layer, value, attributes, feedback):
    import numpy as np
    from osgeo import ogr

    if layer is None or layer_key(layer, value) is None or layer.subsetString():
        return None
    if layer.crs().authid() != "EPSG:4326" or layer.dataProvider().storageType() != "GPKG":
        return None  # checked before opening the file: another format is not parsed twice
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    ds = ogr.Open(parts["path"])
    if ds is None or ds.GetDriver().GetName() != "GPKG":
        return None
    name = parts.get("layerName")
    lyr = ds.GetLayerByName(name) if name else ds.GetLayer(int(parts.get("layerId") or 0))
    if lyr is None or not hasattr(lyr, "GetArrowStreamAsNumPy") or not lyr.GetFIDColumn():
        return None
    if lyr.GetFeatureCount() != layer.featureCount():
        return None
    fid_col = lyr.GetFIDColumn()
    geom_col = lyr.GetGeometryColumn()
    coords, counts, fids = [], [], []
    values = {a: [] for a in attributes}
    for batch in lyr.GetArrowStreamAsNumPy(options=["MAX_FEATURES_IN_BATCH=100000"]):
        if feedback is not None and feedback.isCanceled():
            return None
        geoms = batch[geom_col]
        try:
            lens = np.fromiter(map(len, geoms), dtype=np.int64, count=len(geoms))
        except TypeError:  # a NULL geometry (len(None)): read through QGIS instead
            return None
        buf = np.frombuffer(b"".join(geoms), dtype=np.uint8)
        starts = np.cumsum(lens) - lens
        head = buf[starts[:, None] + np.arange(5)]
        if not np.all(head == np.frombuffer(_LINESTRING_LE, np.uint8)):
            return None  # not all little-endian 2D LineStrings
        npts = (lens - _HEADER) // 16
        stored = buf[starts[:, None] + np.arange(5, 9)].astype(np.int64) @ (256 ** np.arange(4))
        if np.any((lens - _HEADER) % 16) or np.any(stored != npts) or np.any(npts < 2):
            return None
        keep = np.ones(buf.size, dtype=bool)
        keep[(starts[:, None] + np.arange(_HEADER)).reshape(-1)] = False
        coords.append(buf[keep].view("<f8").reshape(-1, 2).astype(float, copy=False))
        counts.append(npts)
        fids.extend(batch[fid_col].tolist())
        for a in attributes:
            col = batch[a]
            vals = col.tolist()
            if col.dtype.kind == "S":
                vals = [v.decode("utf-8") if isinstance(v, bytes) else v for v in vals]
            values[a].extend(vals)
    ds = None
    if not coords:
        return None
    counts = np.concatenate(counts)
    offsets = np.zeros(counts.size + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    return np.concatenate(coords), offsets, values, fids
