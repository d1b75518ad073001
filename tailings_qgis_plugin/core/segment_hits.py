"""Corridor search once per distinct segment: pathways that share a downstream trunk share its segments.

Many facilities drain into the same river, so their pathways end in the same vertices: the segments of a
trunk appear once per facility upstream of it. :func:`unique_segment_hits` keys every pathway segment by the
bits of its two end points, searches each distinct segment once (:func:`.exposure._search_segments`: grid
candidates, nearest point in a local metric frame, geodesic offset; all of it depends only on the end
points) and :meth:`SegmentHits.expand` hands every pathway segment the hits of its distinct segment, with the
chainage of the nearest point interpolated on that pathway. The result is the same, row for row and in the
same order, as searching every segment (keys are checked against the coordinates: two segments that share a
key but not their end points make the caller search every segment).
"""

from __future__ import annotations

from dataclasses import dataclass

from .common import check_cancel
from .lazy import np
from .network_index import _expand_ranges

#: Search every segment (no bookkeeping) when fewer than this share of the segments are repeats.
MIN_REPEATS = 0.1


def segment_keys(x0, y0, x1, y1):
    """One 64-bit key per segment from the bits of its end points: equal segments have equal keys."""
    h = np.full(np.asarray(x0).size, 0xCBF29CE484222325, dtype=np.uint64)
    prime = np.uint64(0x100000001B3)
    shift = np.uint64(29)
    for a in (x0, y0, x1, y1):
        b = (np.ascontiguousarray(a, dtype=np.float64) + 0.0).view(np.uint64)  # -0.0 -> 0.0
        h = (h ^ b) * prime
        h ^= h >> shift
    return h


@dataclass
class SegmentHits:
    """Hits of the distinct segments (sorted by distinct segment) and the distinct segment of every pathway
    segment (``inverse``, in the order the segment chunks come)."""

    inverse: np.ndarray
    start: np.ndarray
    count: np.ndarray
    samp: np.ndarray
    t: np.ndarray
    traw: np.ndarray
    off: np.ndarray
    nlon: np.ndarray
    nlat: np.ndarray

    def expand(self, g0, spath, si, c0, c1):
        """The hits of the pathway segments ``g0 .. g0 + len(spath)`` as :func:`.exposure._search_chunk`
        gives them: ``(pathway, sample, chainage km, offset m, lon, lat, segment, raw t)``."""
        u = self.inverse[g0 : g0 + spath.size]
        own, pos = _expand_ranges(self.start[u], self.start[u] + self.count[u])
        t = self.t[pos]
        dist = c0[own] + t * (c1[own] - c0[own])
        return (
            spath[own],
            self.samp[pos],
            dist,
            self.off[pos],
            self.nlon[pos],
            self.nlat[pos],
            si[own],
            self.traw[pos],
        )


def unique_segment_hits(chunks, n_total, search, feedback=None):
    """:class:`SegmentHits` of the segments of ``chunks()`` (a callable giving, each time it is called, the
    same sequence of ``(spath, si, x0, y0, x1, y1, c0, c1)`` chunks, ``n_total`` segments in all), each
    distinct segment searched once with ``search(x0, y0, x1, y1) -> (segment, sample, t, traw, offset, lon,
    lat)``. None when few segments repeat or two distinct segments share a key: search every segment then."""
    keys = np.empty(n_total, dtype=np.uint64)
    g0 = 0
    for ch in chunks():
        check_cancel(feedback)
        n = ch[0].size
        keys[g0 : g0 + n] = segment_keys(*ch[2:6])
        g0 += n
    _, first, inv = np.unique(keys, return_index=True, return_inverse=True)
    del keys
    inv = np.asarray(inv).ravel()
    if first.size > (1.0 - MIN_REPEATS) * n_total:
        return None
    is_first = np.zeros(n_total, dtype=bool)
    is_first[first] = True
    rep = np.zeros((first.size, 4))
    found = []
    g0 = 0
    for ch in chunks():
        check_cancel(feedback)
        n = ch[0].size
        u = inv[g0 : g0 + n]
        quad = np.column_stack(ch[2:6])
        new = np.flatnonzero(is_first[g0 : g0 + n])
        rep[u[new]] = quad[new]  # a segment's first occurrence is in this chunk or an earlier one
        if not np.array_equal(rep[u], quad):
            return None  # two different segments with one key
        seg, *rest = search(*(quad[new, k] for k in range(4)))
        found.append((u[new][seg], *rest))
        g0 += n
    cat = [np.concatenate([f[k] for f in found]) for k in range(7)]
    order = np.argsort(cat[0], kind="stable")  # by distinct segment, each one's hits in search order
    cat = [a[order] for a in cat]
    count = np.bincount(cat[0], minlength=first.size)
    start = np.cumsum(count) - count
    return SegmentHits(inv, start, count, *cat[1:])
