"""Border crossings of one river closer than the border tolerance, merged across reach ends (issue 18).

:func:`core.border_points.border_points` merges the country changes within one network edge that lie
closer than the tolerance (the rule of :func:`core.borders.border_crossings` in the forward analysis). A
river that follows the border (the Ural/Zhaiyk west of Orsk, the Tobol near Kostanay) is cut into many
edges, so the same river gave several crossings a few km apart, each with its own row in the notification
table. Decision: changes that follow each other *along the flow* within the tolerance are one
``border_stretch``, across edge ends too, exactly as the forward analysis merges them along a pathway. So a
crossing of the border watch is a crossing of tailings:downstreamimpact; two crossings of different
rivers are never merged (the link is the downstream walk, not the map distance): two outgoing Zhaiyk
crossings 1.6 km apart on the map lie more than 5 km apart along the meandering river and stay two rows,
as in the forward analysis. On the bundled sample, whose reaches are long, the edge rule already merged
the Zhaiyk and Tobyl stretches; what the watch missed was the stretch that comes back to the side it
started from (see ``crossing_direction`` in tailings:borderwatch); with both, its outgoing rows equal the
forward crossings from Kazakhstan for all 27 facilities that reach a border (test/test_border_merge.py).

A merged stretch is located at its first (upstream) change, as in the forward analysis; ``from_country``
is the country before it, ``to_country`` the country after it, ``countries`` every country touched, and
``n_changes`` the number of changes. A facility that joins the river inside the stretch reaches its
downstream part only: it is not listed at the stretch (a limit of the screening, documented in the help).
"""

from __future__ import annotations

import heapq

from .borders import countries_in_order
from .common import check_cancel, ensure_feedback
from .exposure import Pathway, border_crossings


def _end_m(p) -> float:
    """Chainage (m, within the edge) of the last change of a point of :func:`border_points`."""
    return (
        float(p.get("end_km", p.get("dist_km", 0.0)) or 0.0) * 1000.0 if p.get("n_changes", 1) > 1 else p["c"]
    )


def _next_downstream(net, p, by_edge, tolerance_m):
    """(index, distance m) of the nearest point downstream of ``p`` within ``tolerance_m``, or None."""
    e0, c0 = int(p["edge"]), _end_m(p)
    best = None
    for k in by_edge.get(e0, ()):
        q = by_edge[e0][k]
        if q["c"] > c0 and q["c"] - c0 <= tolerance_m and (best is None or q["c"] - c0 < best[1]):
            best = (k, q["c"] - c0)
    if best is not None:
        return best
    start = float(net.e_len_m[e0]) - c0
    heap = [(start, int(d)) for d in net.down_idx[net.down_ptr[e0] : net.down_ptr[e0 + 1]]]
    heapq.heapify(heap)
    seen = {e0}
    while heap:
        d, e = heapq.heappop(heap)
        if d > tolerance_m or e in seen:
            continue
        seen.add(e)
        found = [(d + q["c"], k) for k, q in by_edge.get(e, {}).items() if d + q["c"] <= tolerance_m]
        if found:
            dist, k = min(found)
            return k, dist
        length = d + float(net.e_len_m[e])
        if length <= tolerance_m:
            for nxt in net.down_idx[net.down_ptr[e] : net.down_ptr[e + 1]].tolist():
                heapq.heappush(heap, (length, int(nxt)))
    return None


def _merged(group):
    head, tail = group[0], group[-1]
    countries = []
    for p in group:
        for name in p.get("countries") or (p["from_country"], p["to_country"]):
            if name not in countries:
                countries.append(name)
    out = dict(head)
    out.update(
        kind="border_stretch",
        to_country=tail["to_country"],
        countries=countries,
        n_changes=sum(int(p.get("n_changes", 1)) for p in group),
        end_lon=tail.get("end_lon", tail["lon"]),
        end_lat=tail.get("end_lat", tail["lat"]),
        merged=len(group),
    )
    return out


def _chains(successor, n):
    """Groups of point indices, each a chain along the flow: a point keeps its nearest predecessor only."""
    chosen = {}
    for k, (q, dist) in successor.items():
        if q not in chosen or dist < chosen[q][1]:
            chosen[q] = (k, dist)
    follows = {k: q for q, (k, _d) in chosen.items()}
    has_pred = set(follows.values())
    groups, used = [], set()
    for k in range(n):
        if k in has_pred:
            continue
        group = [k]
        while follows.get(group[-1]) is not None and follows[group[-1]] not in group:
            group.append(follows[group[-1]])
        used.update(group)
        groups.append(group)
    # a cycle of close changes (a braided border river) has no head: its points stay as they are
    groups.extend([k] for k in range(n) if k not in used)
    return groups


def merge_close_crossings(net, points, tolerance_km=5.0, feedback=None):
    """The points of :func:`border_points` with the changes that follow each other along the flow within
    ``tolerance_km`` merged into one border stretch (see the module docstring). Order: by first member."""
    fb = ensure_feedback(feedback)
    if not points or not tolerance_km or tolerance_km <= 0:
        return list(points)
    tolerance_m = float(tolerance_km) * 1000.0
    by_edge: dict = {}
    for k, p in enumerate(points):
        by_edge.setdefault(int(p["edge"]), {})[k] = p
    successor = {}
    for k, p in enumerate(points):
        if k % 50 == 0:
            check_cancel(fb)
        nxt = _next_downstream(net, p, by_edge, tolerance_m)
        if nxt is not None and nxt[0] != k:
            successor[k] = nxt
    return [
        points[g[0]] if len(g) == 1 else _merged([points[i] for i in g])
        for g in _chains(successor, len(points))
    ]


def way_and_last_border(coords, countries, tolerance_km=5.0):
    """``(countries, last_km, last_to)`` for the river stretch ``coords`` (lon/lat, from a facility down to
    a receptor): the countries passed in order (as :func:`core.border_points.countries_on_way`, the rule
    of the forward analysis), the distance (km, along the stretch) from the last border crossing on the
    way to the end of the stretch, and the country entered there; ``None, None`` when no border is
    crossed. The panel draws that crossing on the receptor's profile."""
    pw = Pathway("", coords)
    lab = countries.classify(pw.coords[:, 0], pw.coords[:, 1])[0]
    cross = border_crossings(pw, countries, tolerance_km, labels=lab)
    order = countries_in_order(lab, cross, countries)
    if not cross:
        return order, None, None
    last = cross[-1]
    total = float(pw.chainage_km[-1])
    return order, max(0.0, total - float(last["end_km"])), last["to_country"]
