"""Fast feature output for the pathway algorithms: line geometries straight from numpy, sinks fed in batches.

``QgsGeometry.fromPolylineXY([QgsPointXY(x, y) ...])`` builds one Python object per vertex; a pathway of
thousands of vertices then costs milliseconds. :func:`line_geometry` hands QGIS the well-known binary of the
line (OGC Simple Features, ISO 19125-1), built from the ``(k, 2)`` array in one copy.
"""

from __future__ import annotations

import struct

from qgis.core import QgsFeatureSink, QgsGeometry, QgsProcessingException

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
