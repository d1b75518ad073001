"""Where a river network crosses country borders, and the countries a pathway passes (for core.upstream).

Both use the border logic of the forward analysis, :func:`core.exposure.border_crossings`: vertices placed in
country polygons, a change located on its segment by bisection, changes closer than the tolerance merged
into one border stretch (a river forming the border).
"""

from __future__ import annotations

from .borders import countries_in_order
from .common import TailingsError, check_cancel, ensure_feedback
from .exposure import Pathway, border_crossings, fill_gaps
from .lazy import np


def countries_on_way(coords, countries, tolerance_km=5.0):
    """Countries a pathway (lon/lat line) passes in order, with the rule of
    :func:`core.exposure.analyse_downstream_impact`: a crossing back is listed again, a stretch along the
    border that stays on one side adds the other country the first time it is touched."""
    pw = Pathway("", coords)
    lab = countries.classify(pw.coords[:, 0], pw.coords[:, 1])[0]
    cross = border_crossings(pw, countries, tolerance_km, labels=lab)
    return countries_in_order(lab, cross, countries)


def border_points(net, countries, tolerance_km=5.0, feedback=None):
    """Where the river network crosses a country boundary: one dict per crossing or border stretch.

    The vertices of every edge are classified once (:meth:`core.exposure.Countries.classify`); each edge
    that changes country is handed to :func:`core.exposure.border_crossings` (bisection on the segment,
    changes within ``tolerance_km`` merged into a border stretch). Keys: ``edge``, ``c`` (chainage of the
    first change in the edge, m), ``lon``, ``lat``, ``kind``, ``from_country``, ``to_country``,
    ``countries``, ``n_changes``.
    """
    fb = ensure_feedback(feedback)
    lab, _ = countries.classify(net.e_coords[:, 0], net.e_coords[:, 1], fb)
    off = net.e_offsets
    out = []
    ne = net.n_edges
    first = np.full(ne, -1, dtype=np.int64)  # first and last known country of each edge
    last = np.full(ne, -1, dtype=np.int64)
    for e in range(ne):
        if e % 2000 == 0:
            check_cancel(fb)
            fb.setProgress(100.0 * e / max(ne, 1))
        a, b = off[e], off[e + 1]
        le = lab[a:b]
        if b - a < 2:
            continue
        if le[0] >= 0 and le[0] == le[-1] and np.all(le == le[0]):
            first[e] = last[e] = le[0]
            continue
        le = fill_gaps(le)
        first[e], last[e] = le[0], le[-1]
        if np.all(le == le[0]):
            continue
        xy = net.e_coords[a:b]
        ch = (net.e_vcum[a:b] - net.e_vcum[a]) / 1000.0
        try:
            pw = Pathway("", xy, np.maximum.accumulate(ch))
        except TailingsError:
            continue
        for c in border_crossings(pw, countries, tolerance_km, labels=le):
            c.update(edge=e, c=float(c["dist_km"]) * 1000.0)
            out.append(c)
    # a change exactly where one edge flows into the next (the border on a confluence or a reach end)
    es = np.repeat(np.arange(ne), np.diff(net.down_ptr))
    ed = net.down_idx
    jump = (last[es] >= 0) & (first[ed] >= 0) & (last[es] != first[ed])
    seen = set()
    for e_up, e in zip(es[jump].tolist(), ed[jump].tolist()):
        a_, b_ = int(last[e_up]), int(first[e])
        if (e, a_, b_) in seen:
            continue
        seen.add((e, a_, b_))
        x, y = (float(v) for v in net.e_coords[off[e]])
        out.append(
            {
                "kind": "crossing",
                "from_country": countries.name(a_),
                "to_country": countries.name(b_),
                "countries": [countries.name(a_), countries.name(b_)],
                "dist_km": 0.0,
                "end_km": 0.0,
                "lon": x,
                "lat": y,
                "end_lon": x,
                "end_lat": y,
                "n_changes": 1,
                "edge": e,
                "c": 0.0,
            }
        )
    fb.setProgress(100.0)
    return out
