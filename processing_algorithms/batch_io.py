"""Fast feature output for the pathway algorithms: line geometries straight from numpy, sinks fed in batches.

``QgsGeometry.fromPolylineXY([QgsPointXY(x, y) ...])`` builds one Python object per vertex; a pathway of
thousands of vertices then costs milliseconds. :func:`line_geometry` hands QGIS the well-known binary of the
line (OGC Simple Features, ISO 19125-1), built from the ``(k, 2)`` array in one copy.
"""

from __future__ import annotations

import struct

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)

from tailings_qgis_plugin.core.common import check_cancel
from tailings_qgis_plugin.i18n import tr

#: Features handed to a sink at once.
BATCH = 5000

#: WKB header of a LineString: byte order (1 = little endian), type 2 = LineString, vertex count
LINESTRING_WKB_HEADER = struct.Struct("<BII")


def line_geometry(coords) -> QgsGeometry:
    """A LineString geometry from a ``(k, 2)`` float64 numpy array of x/y (WKB, no per-vertex Python object).

    The array is used as it is when it is already C-contiguous little-endian float64 (what the engine gives)."""
    if not coords.flags.c_contiguous or coords.dtype.str != "<f8":
        coords = coords.astype("<f8", order="C")
    geom = QgsGeometry()
    geom.fromWkb(LINESTRING_WKB_HEADER.pack(1, 2, len(coords)) + coords.tobytes())
    return geom


def add_batch(sink, features, name):
    """Add ``features`` to ``sink`` in one call and empty the list; a refused batch raises with the sink's
    error."""
    if not features:
        return
    if not sink.addFeatures(features, QgsFeatureSink.FastInsert):
        error = sink.lastError() if hasattr(sink, "lastError") else ""
        raise QgsProcessingException(
            tr("Could not write the features of {name}: {error}").format(name=name, error=error or "?")
        )
    features.clear()


class SinkRows:
    """Rows for a QGIS sink, with the interface of :class:`.gpkg_bulk.GpkgLayerWriter`: line geometries from
    packed coordinates (WKB, see :func:`line_geometry`), attributes by position, features added in batches."""

    def __init__(self, sink, name, feedback=None, layout=None):
        self.sink = sink
        self.name = name
        self.feedback = feedback
        self.layout = layout  # (number of fields, position of each column) when the sink has other fields

    def _values(self, columns):
        rows = zip(*columns)
        if self.layout is None:
            return map(list, rows)
        n, where = self.layout

        def place(values):
            out = [None] * n
            for k, v in zip(where, values):
                out[k] = v
            return out

        return map(place, rows)

    def add_lines(self, coords, offsets, columns):
        np = _numpy()
        coords = np.ascontiguousarray(coords, dtype="<f8")  # WKB doubles, little endian
        off = offsets.tolist()
        batch = []
        for n, values in enumerate(self._values(columns)):
            f = QgsFeature()  # attributes by position: no per-feature copy of the fields
            f.setGeometry(line_geometry(coords[off[n] : off[n + 1]]))
            f.setAttributes(values)
            batch.append(f)
            if len(batch) >= BATCH:
                self._flush(batch)
        self._flush(batch)

    def add_points(self, x, y, columns):
        batch = []
        for px, py, values in zip(list(x), list(y), self._values(columns)):
            f = QgsFeature()
            f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(px), float(py))))
            f.setAttributes(values)
            batch.append(f)
            if len(batch) >= BATCH:
                self._flush(batch)
        self._flush(batch)

    def _flush(self, batch):
        if self.feedback is not None:
            check_cancel(self.feedback)
        add_batch(self.sink, batch, self.name)

    def close(self):
        self.sink = None

    def abort(self):
        self.sink = None


def open_rows(sink, dest, field_names, name, feedback=None):
    """Where the rows of output ``name`` go. ``sink`` None means the caller closed the (empty) sink QGIS made
    for a GeoPackage destination ``dest``: the rows then go straight into its table
    (:class:`.gpkg_bulk.GpkgLayerWriter`), or, should the layer not be the plain one expected, through the
    layer reopened with QGIS. Otherwise through ``sink``."""
    if sink is not None:
        return SinkRows(sink, name, feedback)
    from .gpkg_bulk import GpkgLayerWriter, destination_file

    writer = GpkgLayerWriter.open(dest, field_names)
    if writer is not None:
        return writer
    path, table = destination_file(dest)
    layer = QgsVectorLayer(path if table is None else f"{path}|layername={table}", name, "ogr")
    if not layer.isValid():
        raise QgsProcessingException(
            tr("Could not write the features of {name}: {error}").format(name=name, error=path)
        )
    fields = layer.fields()  # with the GeoPackage's fid column: attributes go by name
    rows = SinkRows(
        layer.dataProvider(), name, feedback, (fields.count(), [fields.indexOf(f) for f in field_names])
    )
    rows.layer = layer  # keeps the provider alive
    return rows


def _numpy():
    """numpy, imported on first use (not when the provider loads), without an import statement per call."""
    global _np
    if _np is None:
        import numpy

        _np = numpy
    return _np


_np = None


def _wkb_lines(buf, pos, out):
    """Append the (k, 2) arrays of the LineString / MultiLineString WKB at ``pos``; return the position after
    it, or -1 for a type this reader does not know (curves, collections)."""
    order = "<" if buf[pos] == 1 else ">"
    (wtype,) = struct.unpack_from(order + "I", buf, pos + 1)
    has_z = bool(wtype & 0x80000000) or (wtype % 10000) // 1000 in (1, 3)
    has_m = bool(wtype & 0x40000000) or (wtype % 10000) // 1000 in (2, 3)
    base = (wtype & 0x0FFFFFFF) % 1000
    dim = 2 + has_z + has_m
    if base == 2:
        (n,) = struct.unpack_from(order + "I", buf, pos + 5)
        np = _numpy()
        a = np.frombuffer(buf, dtype=order + "f8", count=n * dim, offset=pos + 9).reshape(n, dim)
        out.append(np.array(a[:, :2], dtype=float))
        return pos + 9 + 8 * n * dim
    if base == 5:
        (k,) = struct.unpack_from(order + "I", buf, pos + 5)
        pos += 9
        for _ in range(k):
            pos = _wkb_lines(buf, pos, out)
            if pos < 0:
                return -1
        return pos
    return -1


def polyline_parts(geometry):
    """The parts of a line geometry as ``(k, 2)`` float arrays of x/y, read from its WKB in one copy per part
    (no Python object per vertex); other geometry types through ``asMultiPolyline``."""
    out = []
    buf = bytes(geometry.asWkb())
    if buf and _wkb_lines(buf, 0, out) >= 0:
        return out
    np = _numpy()

    parts = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
    return [np.array([(p.x(), p.y()) for p in part], dtype=float).reshape(-1, 2) for part in parts]
