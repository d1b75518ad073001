"""One pathway model from trace to exposure: assembly, population at risk, end of the data.

The tracer (:mod:`.tracing`) reports, per facility, the pieces it walked (:class:`.tracing.TracedPath`:
overland leg, reaches, lake crossings). :func:`assemble_pathways` stitches them into the one analysis model,
:class:`.exposure.Pathway` (a lon/lat polyline with chainage and per-segment attributes), the same way for
every algorithm: a walk that branches keeps its first chain only, repeated vertices are dropped, and each
segment carries its reach's velocity, discharge and slope and its kind (overland / river / lake).

:func:`population_at_risk` counts the people of the settlements within a corridor of those pathways; both
``tailings:downstreamimpact`` (summary ``population``) and ``tailings:hazardscreening`` (``par``,
``par_high``) call it, so they cannot disagree for the same facility, settlements and corridor.

:func:`refine_end_reasons` separates a true outlet (the sea, a downstream id of 0 / NULL, a terminal lake)
from ``network_end``: the data stops (e.g. Natural Earth rivers stop at 57 N, inside Russia).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from .common import check_cancel, ensure_feedback
from .exposure import Pathway, Places, corridor_search
from .lazy import np
from .network_index import _range_values
from .tracing import Piece

#: End reason of a trace that stops where the data stops (not an outlet).
NETWORK_END = "network_end"
#: A river end farther inside land than this (km) is the edge of the data, not a mouth at the sea.
COAST_TOLERANCE_KM = 10.0


@dataclass
class Assembly:
    """Pathways of the facilities that reached a river, and what became of the others.

    ``pathways[j]`` belongs to facility ``source[j][0]`` (input index) and was built from the tracer
    pieces ``source[j][1]``; ``not_snapped`` are input indices without a pathway; ``branching`` counts
    walks cut at a bifurcation (first chain kept)."""

    pathways: list = field(default_factory=list)
    source: list = field(default_factory=list)
    not_snapped: list = field(default_factory=list)
    branching: int = 0


def _seg_attr(values, reach):
    """Per-segment values from per-reach ``values`` (NaN on the overland leg and lake crossings)."""
    if values is None:
        return None
    values = np.asarray(values, dtype=float)
    out = np.full(reach.size, np.nan)
    ok = reach >= 0
    out[ok] = values[reach[ok]]
    return out


#: Facilities whose pieces are gathered at once by :func:`assemble_pathways` (bounds the memory of a chunk).
ASSEMBLY_CHUNK = 2500


def assemble_pathways(
    result, ids, masses=None, velocity=None, discharge=None, slope=None, feedback=None
) -> Assembly:
    """Turn a :class:`.tracing.TraceResult` into :class:`.exposure.Pathway` objects.

    ``ids``: facility id per traced point; ``masses``: release mass (kg) per point or None;
    ``velocity``, ``discharge``, ``slope``: one value per reach of the network (NaN / None = unknown).

    The pieces come from :meth:`.tracing.TraceResult.piece_table` (the same pieces as
    :meth:`.tracing.TraceResult.pathway`, computed with array operations for a chunk of facilities at once:
    pathways that share a downstream trunk share its chain table), as ``tailings:tracedownstream`` writes
    them; a result without a piece table is read facility by facility.
    """
    fb = ensure_feedback(feedback)
    out = Assembly()
    attrs = (velocity, discharge, slope)
    if not hasattr(result, "piece_table"):
        for i in range(len(ids)):
            check_cancel(fb)
            tp = result.pathway(i)
            pieces = tp.pieces if tp.snapped else []
            _add_pathway(out, i, ids, masses, attrs, tp.end_reason, pieces)
        return out
    reasons = result.end_reason_names()
    for c0 in range(0, len(ids), ASSEMBLY_CHUNK):
        check_cancel(fb)
        c1 = min(c0 + ASSEMBLY_CHUNK, len(ids))
        table = result.piece_table(fb, facilities=np.arange(c0, c1))
        bounds = np.searchsorted(table["facility"], np.arange(c0, c1 + 1)).tolist()
        counts = np.diff(table["offsets"])
        for i in range(c0, c1):
            if (i - c0) % 500 == 0:
                check_cancel(fb)
            r0, r1 = bounds[i - c0], bounds[i - c0 + 1]
            if not result.snapped[i] or r1 == r0:
                out.not_snapped.append(i)
                continue
            _add_table_pathway(out, i, ids, masses, attrs, reasons[i], table, counts, r0, r1)
    return out


class PieceRows(Sequence):
    """The tracer pieces a pathway was built from, as rows of a piece table (:func:`.pathways.piece_table`);
    a :class:`.tracing.Piece` is made only when one is asked for (a writer reads the table's columns)."""

    __slots__ = ("rows", "table")

    def __init__(self, table, rows):
        self.table = table
        self.rows = rows

    def __len__(self):
        return int(self.rows.size)

    def __getitem__(self, k):
        if isinstance(k, slice):
            return [self[j] for j in range(*k.indices(len(self)))]
        from .pathways import PIECE_KINDS

        t = self.table
        r = int(self.rows[k])
        return Piece(
            int(t["reach"][r]),
            PIECE_KINDS[int(t["kind"][r])],
            float(t["from_km"][r]),
            float(t["to_km"][r]),
            bool(t["assumed"][r]),
            float(t["reach_from_m"][r]),
            float(t["reach_to_m"][r]),
            t["coords"][t["offsets"][r] : t["offsets"][r + 1]],
        )


def _add_table_pathway(out, i, ids, masses, attrs, end_reason, table, counts, r0, r1):
    """:func:`_add_pathway` on the rows ``r0 .. r1`` of a piece table, with array operations: the same
    stitching (first chain of a branching walk, repeated vertices dropped), the same pathway."""
    from .pathways import PIECE_KINDS

    rows = r0 + np.flatnonzero(counts[r0:r1] >= 2)  # pieces of fewer than two vertices add nothing
    if rows.size == 0:
        out.not_snapped.append(i)
        return
    off = table["offsets"]
    coords = table["coords"]
    if rows.size > 1:  # a piece that does not start where the one before ended: a branching walk
        gap = np.abs(coords[off[rows[:-1] + 1] - 1] - coords[off[rows[1:]]]).max(axis=1) > 1e-9
        if gap.any():
            out.branching += 1
            rows = rows[: int(np.argmax(gap)) + 1]  # only the first chain is analysed
    # every piece after the first starts with the vertex the one before ended with: leave it out
    lo = off[rows] + (np.arange(rows.size) > 0)
    src = _range_values(lo, off[rows + 1] - lo)
    xy = coords[src]
    nseg = counts[rows] - 1
    reach = np.repeat(table["reach"][rows], nseg)
    kind = np.repeat(table["kind"][rows], nseg)
    keep = np.concatenate([[True], np.any(np.diff(xy, axis=0) != 0, axis=1)])
    if not keep.all():  # drop repeated vertices (zero-length segments)
        xy = xy[keep]
        reach = reach[keep[1:]]
        kind = kind[keep[1:]]
    if len(xy) < 2:
        out.not_snapped.append(i)
        return
    names = np.array(PIECE_KINDS, dtype=object)
    velocity, discharge, slope = attrs
    out.pathways.append(
        Pathway(
            ids[i],
            xy,
            None,
            velocity_m_s=_seg_attr(velocity, reach),
            discharge_m3_s=_seg_attr(discharge, reach),
            slope=_seg_attr(slope, reach),
            kind=names[kind],
            mass_kg=None if masses is None else masses[i],
            end_reason=end_reason,
        )
    )
    out.source.append((i, PieceRows(table, rows)))


def _add_pathway(out, i, ids, masses, attrs, end_reason, pieces):
    """Stitch the pieces of facility ``i`` into one :class:`.exposure.Pathway` (or record why not): a walk
    that branches keeps its first chain only, repeated vertices are dropped."""
    coords, seg_reach, seg_kind, used = [], [], [], []
    for piece in pieces:
        c = piece.coords
        if c is None or len(c) < 2:
            continue
        if coords and np.abs(coords[-1][-1] - c[0]).max() > 1e-9:
            out.branching += 1
            break  # a walk that follows all branches: only the first chain is analysed
        part = c if not coords else c[1:]
        coords.append(part)
        nseg = len(part) - (1 if len(coords) == 1 else 0)
        seg_reach.append(np.full(nseg, piece.reach, dtype=np.int64))
        seg_kind += [piece.kind] * nseg
        used.append(piece)
    if not coords:
        out.not_snapped.append(i)
        return
    xy = np.concatenate(coords)
    reach = np.concatenate(seg_reach)
    keep = np.concatenate([[True], np.any(np.diff(xy, axis=0) != 0, axis=1)])
    if not keep.all():  # drop repeated vertices (zero-length segments)
        seg_keep = keep[1:]
        xy = xy[keep]
        reach = reach[seg_keep]
        seg_kind = [r for r, k in zip(seg_kind, seg_keep.tolist()) if k]
    if len(xy) < 2:
        out.not_snapped.append(i)
        return
    velocity, discharge, slope = attrs
    out.pathways.append(
        Pathway(
            ids[i],
            xy,
            None,
            velocity_m_s=_seg_attr(velocity, reach),
            discharge_m3_s=_seg_attr(discharge, reach),
            slope=_seg_attr(slope, reach),
            kind=seg_kind,
            mass_kg=None if masses is None else masses[i],
            end_reason=end_reason,
        )
    )
    out.source.append((i, used))


def population_by_facility(pathways, places: Places, hits) -> dict:
    """{facility id: people} from corridor hits: each place counts once per facility, with its whole
    population; places without a usable population count 0 (they are flagged in ``places.pop_flags``).
    Every facility with a pathway gets a number (0.0 when nobody lives in its corridor)."""
    seen = {pw.facility_id: set() for pw in pathways}
    for p, k in zip(np.asarray(hits.path).tolist(), np.asarray(hits.place).tolist()):
        seen[pathways[int(p)].facility_id].add(int(k))
    pop = places.population
    return {fid: float(sum(pop[k] for k in ks if np.isfinite(pop[k]))) for fid, ks in seen.items()}


def population_at_risk(pathways, places: Places, corridor_m=2000.0, feedback=None) -> dict:
    """People within ``corridor_m`` (each side) of each facility's pathways: {facility id: people}."""
    pathways = list(pathways)
    if not pathways:
        return {}
    hits = corridor_search(pathways, places, corridor_m=corridor_m, feedback=feedback)
    return population_by_facility(pathways, places, hits)


def overland_position(pathway: Pathway, dist_km):
    """``(on_overland_leg, overland_dist_km)`` for points at chainage ``dist_km`` of ``pathway``.

    ``overland_dist_km`` is the distance from the start of that (assumed, straight) overland leg; NaN
    where the point lies on a river or lake."""
    dist_km = np.atleast_1d(np.asarray(dist_km, dtype=float))
    on = np.zeros(dist_km.size, dtype=bool)
    along = np.full(dist_km.size, np.nan)
    kinds = pathway.kind
    if kinds is None or isinstance(kinds, str):
        if kinds == "overland":
            return np.ones(dist_km.size, dtype=bool), dist_km - pathway.chainage_km[0]
        return on, along
    kinds = np.asarray(kinds)
    ch = pathway.chainage_km
    seg = np.clip(np.searchsorted(ch, dist_km, side="right") - 1, 0, kinds.size - 1)
    is_over = kinds == "overland"
    # start chainage of the run of overland segments each segment belongs to: a run starts at every segment
    # that does not continue an overland segment before it
    starts = ~(np.concatenate([[False], is_over[:-1]]) & is_over)
    first = np.maximum.accumulate(np.where(starts, np.arange(kinds.size), 0))
    run_start = np.asarray(ch, dtype=float)[first]
    on = is_over[seg]
    along = np.where(on, dist_km - run_start[seg], np.nan)
    return on, along


def network_extent(network):
    """``(min lon, min lat, max lon, max lat)`` of a :class:`.network.RiverNetwork`'s vertices."""
    xy = np.asarray(network.e_coords, dtype=float)
    if xy.size == 0:
        return None
    return float(xy[:, 0].min()), float(xy[:, 1].min()), float(xy[:, 0].max()), float(xy[:, 1].max())


def refine_end_reasons(
    reasons,
    end_lon,
    end_lat,
    land=None,
    tolerance_km=COAST_TOLERANCE_KM,
    end_reaches=None,
    open_reaches=None,
    declared_outlets=False,
    extent=None,
):
    """End reasons with ``outlet`` split into a true outlet and :data:`NETWORK_END` (the data stops).

    - With ``end_reaches`` (the reach each trace ended on) and ``open_reaches`` (reaches whose downstream
      id points to no reach), those ends are ``network_end``.
    - ``declared_outlets``: the network states its outlets (downstream id 0 / NULL, Lehner & Grill 2013):
      nothing else is changed.
    - Otherwise (digitised or DEM direction) an end is ``network_end`` when it lies within ``tolerance_km``
      of the edge of the river data's ``extent`` (the data were clipped there: Natural Earth rivers stop
      at 57 N, WaterHydro at 58 N) and, when ``land`` (country polygons, :class:`.borders.Countries`) is
      given, on land more than ``tolerance_km`` from the coast (a river that reaches the sea at the edge
      of the data is a true outlet). A river that ends inland away from the data's edge (a steppe river
      that dries out, an endorheic sink) keeps ``outlet``.
    """
    reasons = list(reasons)
    if end_reaches is not None and open_reaches:
        opened = {int(r) for r in open_reaches}
        for k, reason in enumerate(reasons):
            if reason == "outlet" and end_reaches[k] is not None and int(end_reaches[k]) in opened:
                reasons[k] = NETWORK_END
    if declared_outlets or extent is None:
        return reasons
    union = None
    if land is not None and getattr(land, "geoms", None):
        from shapely.ops import unary_union

        union = unary_union(land.geoms)
    tol_deg = tolerance_km / 111.0  # degrees of latitude; longitudes are shorter, so this errs wide
    x0, y0, x1, y1 = extent
    for k, reason in enumerate(reasons):
        if reason != "outlet":
            continue
        x, y = float(end_lon[k]), float(end_lat[k])
        if not (np.isfinite(x) and np.isfinite(y)):
            continue
        at_edge = min(x - x0, x1 - x, y - y0, y1 - y) <= tol_deg
        if not at_edge:
            continue
        if union is not None:
            from shapely.geometry import Point

            p = Point(x, y)
            if not union.contains(p) or union.boundary.distance(p) <= tol_deg:
                continue  # at the sea: a true outlet
        reasons[k] = NETWORK_END
    return reasons


def trace_end_reasons(network, reasons, end_lon, end_lat, end_edges, land=None, declared_outlets=False):
    """End reason of each trace on ``network`` with ``outlet`` split into a true outlet and ``network_end``.

    The one call that ``tailings:tracedownstream`` and ``tailings:downstreamimpact`` share (issue 14):
    ``reasons``, ``end_lon``, ``end_lat`` and ``end_edges`` (the edge each trace ended on, -1 for none,
    e.g. :attr:`.tracing.TraceResult.end_e`) are per trace; the reaches whose downstream id points to no
    reach (``network.report.missing_downstream``) and the extent of the network's vertices decide, as
    :func:`refine_end_reasons` describes. ``declared_outlets``: the flow direction came from reach and
    downstream ids, which state the outlets (Lehner & Grill 2013: NEXT_DOWN = 0).
    """
    edges = np.asarray(end_edges, dtype=np.int64).reshape(-1)
    parent = np.asarray(network.e_parent)
    reach = np.where(edges >= 0, parent[np.maximum(edges, 0)] if parent.size else -1, -1)
    end_reaches = [None if e < 0 else int(r) for e, r in zip(edges.tolist(), reach.tolist())]
    report = getattr(network, "report", None)
    open_reaches = [r for r, _down in getattr(report, "missing_downstream", None) or ()]
    return refine_end_reasons(
        reasons,
        end_lon,
        end_lat,
        land,
        end_reaches=end_reaches,
        open_reaches=open_reaches,
        declared_outlets=declared_outlets,
        extent=network_extent(network),
    )


#: Window (km) over which the DEM slope of a pathway is measured: DEM noise and bridges average out.
SLOPE_WINDOW_KM = 5.0
#: Smallest slope kept from a DEM (m/m); flatter or rising stretches (DEM noise, lakes) are clipped to it.
MIN_DEM_SLOPE = 1.0e-5


def slope_from_elevations(chainage_km, elevation_m, window_km=SLOPE_WINDOW_KM, min_slope=MIN_DEM_SLOPE):
    """Per-segment bed slope (m/m) from elevations sampled at the pathway's vertices.

    The slope of each segment is the elevation drop over a window of ``window_km`` centred on it, divided
    by the window's length along the pathway (a moving-window finite difference; single DEM cells are too
    noisy for a per-segment difference), clipped below at ``min_slope``. NaN where an end of the window has
    no elevation."""
    ch = np.asarray(chainage_km, dtype=float)
    z = np.asarray(elevation_m, dtype=float)
    mid = 0.5 * (ch[:-1] + ch[1:])
    half = 0.5 * window_km
    lo = np.clip(mid - half, ch[0], ch[-1])
    hi = np.clip(mid + half, ch[0], ch[-1])
    ok = np.isfinite(z)
    if ok.sum() < 2:
        return np.full(mid.size, np.nan)
    z_lo = np.interp(lo, ch[ok], z[ok])
    z_hi = np.interp(hi, ch[ok], z[ok])
    length_m = (hi - lo) * 1000.0
    with np.errstate(invalid="ignore", divide="ignore"):
        s = (z_lo - z_hi) / length_m
    s = np.where(length_m > 0, np.maximum(s, min_slope), np.nan)
    return s


def fill_slope_from_dem(pathway: Pathway, sample, feedback=None) -> int:
    """Fill the unknown river slopes of ``pathway`` from a DEM ``sample(lonlat (n,2)) -> elevations``.

    Returns the number of segments filled. Overland segments are left as they are (no dispersion there)."""
    z = np.asarray(sample(pathway.coords), dtype=float)
    dem_s = slope_from_elevations(pathway.chainage_km, z)
    nseg = pathway.coords.shape[0] - 1
    current = pathway.slope
    if current is None:
        current = np.full(nseg, np.nan)
    current = np.array(current, dtype=float).reshape(-1)
    if current.size == 1:
        current = np.full(nseg, current[0])
    if current.size != nseg:  # per-vertex values: keep them
        return 0
    kinds = pathway.kind
    river = (
        np.ones(nseg, bool) if kinds is None or isinstance(kinds, str) else np.asarray(kinds) != "overland"
    )
    fill = ~np.isfinite(current) & np.isfinite(dem_s) & river
    current[fill] = dem_s[fill]
    pathway.slope = current
    return int(fill.sum())
