"""Who and what lies downstream: settlements and receptors near a pathway, border crossings, summaries.

Input is independent of how a pathway was traced: a :class:`Pathway` is a lon/lat polyline (WGS84) with the
cumulative geodesic chainage (km) of each vertex, optional hydraulic attributes per segment or vertex
(velocity m/s, discharge m3/s, slope m/m, kind river/lake/overland), the facility id and the release mass.

- Corridor search: settlement (or receptor) points are put once into a regular lon/lat grid; pathway
  segments are streamed in chunks and each segment visits only the grid cells its bounding box (grown by the
  corridor) touches. No facility x settlement loop. The nearest point on a segment is found in a local
  metric frame centred on the settlement (ellipsoid radii of curvature, exact enough over a few km), and
  the reported offset is the geodesic distance (core.geodesy, pyproj.Geod WGS84) to that point. Chainage
  of the nearest point is interpolated along its segment. A place whose nearest pathway point lies before
  the start (upstream of the facility) or after the end of the pathway is not reported: the corridor ends
  at the pathway's ends.
- Polygons (settlement outlines, protected areas) are represented by their boundary vertices (densified) and
  a representative point; a polygon that contains a pathway point gets offset 0.
- Border crossings: each vertex is classified by country; where the country changes, the crossing point is
  located on the segment by bisection. Changes closer together than ``border_tolerance_km`` are merged into
  one border stretch (a river forming the border switches side at every digitising wiggle).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from . import geodesy
from .common import TailingsError, check_cancel, ensure_feedback, tr
from .lazy import np, shapely
from .numbers import num
from .plausibility import MAX_POPULATION
from .segment_hits import unique_segment_hits

_M_PER_DEG_LAT_MIN = 110_500.0  # a degree of latitude is 110.57-111.69 km; smaller = safe margin


def shapely2() -> bool:
    """Shapely 2 (Debian 13) rather than 1.8 (Debian 12); read on use, not at import (shapely loads lazily)."""
    # a feature test, not the version string: Debian unstable's shapely reports "0+unknown"
    return hasattr(shapely, "contains_xy")


NO_COUNTRY = "unknown"


def geodesic_chainage_km(coords) -> np.ndarray:
    """Cumulative geodesic length (km, WGS84) at each vertex of a lon/lat polyline (n, 2)."""
    xy = np.asarray(coords, dtype=float)
    if xy.ndim != 2 or xy.shape[0] < 2 or xy.shape[1] < 2:
        raise TailingsError(tr("A pathway needs at least two lon/lat vertices."))
    return geodesy.cumulative_chainage_m(xy[:, :2]) / 1000.0


# --- inputs ----------------------------------------------------------------------------------------------


@dataclass
class Pathway:
    """One traced pathway. ``coords``: (n, 2) lon/lat; ``chainage_km``: (n,) cumulative geodesic km.

    Optional hydraulic attributes are scalars, per-segment (n-1) or per-vertex (n) arrays, NaN where
    unknown: ``velocity_m_s``, ``discharge_m3_s``, ``slope``; ``kind`` is 'river', 'lake' or 'overland'.
    ``mass_kg`` is the contaminant mass released (None: no concentration). ``end_reason`` says why the
    trace stopped (outlet, distance limit, ...), as the tracer reports it.
    """

    facility_id: object
    coords: np.ndarray
    chainage_km: np.ndarray | None = None
    velocity_m_s: object = None
    discharge_m3_s: object = None
    slope: object = None
    kind: object = None
    mass_kg: float | None = None
    end_reason: str = ""

    def __post_init__(self):
        xy = np.asarray(self.coords, dtype=float)
        if xy.ndim != 2 or xy.shape[0] < 2 or xy.shape[1] < 2:
            raise TailingsError(
                tr("Pathway of facility {fid} needs at least two lon/lat vertices.").format(
                    fid=self.facility_id
                )
            )
        xy = xy[:, :2]
        if not np.all(np.isfinite(xy)):
            raise TailingsError(
                tr("Pathway of facility {fid} has missing coordinates.").format(fid=self.facility_id)
            )
        if np.any(np.abs(xy[:, 1]) > 90) or np.any(np.abs(xy[:, 0]) > 540):
            raise TailingsError(
                tr("Pathway of facility {fid} is not in lon/lat degrees (EPSG:4326).").format(
                    fid=self.facility_id
                )
            )
        self.coords = xy
        if self.chainage_km is None:
            self.chainage_km = geodesic_chainage_km(xy)
        ch = np.asarray(self.chainage_km, dtype=float).ravel()
        if ch.size != xy.shape[0]:
            raise TailingsError(
                tr("Pathway of facility {fid}: {n} vertices but {m} chainage values.").format(
                    fid=self.facility_id, n=xy.shape[0], m=ch.size
                )
            )
        if not np.all(np.isfinite(ch)) or np.any(np.diff(ch) < 0):
            raise TailingsError(
                tr("Pathway of facility {fid}: chainage must be finite and not decrease.").format(
                    fid=self.facility_id
                )
            )
        self.chainage_km = ch

    @property
    def length_km(self) -> float:
        return float(self.chainage_km[-1] - self.chainage_km[0])


_POP_FLAGS = ("missing", "zero", "negative", "not a number", "implausible")


def parse_population(values):
    """Population values as floats (NaN where unusable) and a flag per value.

    Flags: '' (valid, > 0), 'missing' (NULL/None/NaN/empty text), 'zero', 'negative', 'not a number' (text
    that is not a number), 'implausible' (above :data:`.plausibility.MAX_POPULATION` for one place).
    Numeric text such as '12000' or '12 000' is accepted.
    """
    vals = list(values) if values is not None else []
    pop = np.full(len(vals), np.nan)
    flags = [""] * len(vals)
    for i, v in enumerate(vals):
        if v is None:
            flags[i] = "missing"
            continue
        if isinstance(v, str):
            s = v.strip().replace(" ", "").replace("\u00a0", "").replace(",", "")
            if not s or s.upper() in ("NULL", "NONE", "NAN", "NA", "N/A"):
                flags[i] = "missing"
                continue
            try:
                x = float(s)
            except ValueError:
                flags[i] = "not a number"
                continue
        else:
            try:
                x = float(v)
            except (TypeError, ValueError):
                # QVariant NULL or other objects that are not numbers
                flags[i] = "missing" if str(v).upper() in ("NULL", "NONE", "") else "not a number"
                continue
        if not math.isfinite(x):
            flags[i] = "missing"
        elif x == 0:
            flags[i] = "zero"
        elif x < 0:
            flags[i] = "negative"
        elif x > MAX_POPULATION:
            flags[i] = "implausible"  # above 5e7 for one place (core/plausibility.py)
        else:
            pop[i] = x
    return pop, flags


@dataclass
class Places:
    """Settlements or receptors as sample points: ``lon``/``lat`` of the samples, ``owner`` = place index.

    A point place has one sample; a polygon has its densified boundary vertices and a representative point.
    ``polygons`` (optional, per place) lets the search give offset 0 to a polygon that contains the pathway.
    """

    lon: np.ndarray
    lat: np.ndarray
    owner: np.ndarray
    names: list
    population: np.ndarray
    pop_flags: list
    country: list | None = None
    polygons: list | None = None
    kind: str = "settlement"

    @property
    def n(self) -> int:
        return len(self.names)


def make_places(lon, lat, names=None, population=None, country=None, kind="settlement") -> Places:
    """Point places from lon/lat arrays (EPSG:4326). ``population`` may hold NULL, 0 or text (flagged)."""
    x = np.asarray(lon, dtype=float).ravel()
    y = np.asarray(lat, dtype=float).ravel()
    if x.size != y.size:
        raise TailingsError(tr("Longitude and latitude arrays differ in length."))
    _check_lonlat(x, y, kind)
    n = x.size
    names = [str(i) for i in range(n)] if names is None else list(names)
    if len(names) != n:
        raise TailingsError(tr("{kind}: {n} points but {m} names.").format(kind=kind, n=n, m=len(names)))
    pop, flags = parse_population([None] * n if population is None else population)
    if pop.size != n:
        raise TailingsError(
            tr("{kind}: {n} points but {m} population values.").format(kind=kind, n=n, m=pop.size)
        )
    if country is not None:
        country = [None if c is None else str(c) for c in country]
        if len(country) != n:
            raise TailingsError(
                tr("{kind}: {n} points but {m} countries.").format(kind=kind, n=n, m=len(country))
            )
    return Places(x, y, np.arange(n), names, pop, flags, country, None, kind)


def places_from_geometries(
    geoms, names=None, population=None, country=None, kind="settlement", spacing_m=500.0
) -> Places:
    """Places from shapely geometries in lon/lat (points, lines, polygons and multi-parts).

    Points: one sample each. Polygons/lines: boundary vertices densified to ``spacing_m`` plus a
    representative point; the nearest sample gives the offset (within ``spacing_m`` of the true nearest
    boundary point), and a polygon containing the pathway gets offset 0.
    """
    geoms = list(geoms)
    n = len(geoms)
    names = [str(i) for i in range(n)] if names is None else list(names)
    lons, lats, owners, polys = [], [], [], []
    step_deg = max(spacing_m, 1.0) / _M_PER_DEG_LAT_MIN
    for i, g in enumerate(geoms):
        if g is None or g.is_empty:
            polys.append(None)
            continue
        if g.geom_type == "Point":
            lons.append([g.x])
            lats.append([g.y])
            owners.append([i])
            polys.append(None)
            continue
        pts = []
        if g.geom_type in ("Polygon", "MultiPolygon"):
            parts = [g] if g.geom_type == "Polygon" else list(g.geoms)
            for p in parts:
                for ring in [p.exterior, *p.interiors]:
                    pts.append(_densify(np.asarray(ring.coords)[:, :2], step_deg))
            polys.append(g)
        else:
            parts = list(g.geoms) if hasattr(g, "geoms") else [g]
            for p in parts:
                c = np.asarray(p.coords)[:, :2] if p.geom_type != "Point" else np.array([[p.x, p.y]])
                pts.append(_densify(c, step_deg))
            polys.append(None)
        rp = g.representative_point()
        pts.append(np.array([[rp.x, rp.y]]))
        arr = np.vstack(pts)
        lons.append(arr[:, 0])
        lats.append(arr[:, 1])
        owners.append(np.full(arr.shape[0], i))
    x = np.concatenate(lons) if lons else np.zeros(0)
    y = np.concatenate(lats) if lats else np.zeros(0)
    own = np.concatenate(owners).astype(int) if owners else np.zeros(0, int)
    _check_lonlat(x, y, kind)
    pop, flags = parse_population([None] * n if population is None else population)
    if country is not None:
        country = [None if c is None else str(c) for c in country]
    return Places(
        x, y, own, names, pop, flags, country, polys if any(p is not None for p in polys) else None, kind
    )


def _densify(c: np.ndarray, step_deg: float) -> np.ndarray:
    if c.shape[0] < 2:
        return c
    seg = np.hypot(np.diff(c[:, 0]), np.diff(c[:, 1]))
    k = np.maximum(np.ceil(seg / step_deg).astype(int), 1)
    out = [c[:1]]
    for j in range(c.shape[0] - 1):
        t = np.arange(1, k[j] + 1)[:, None] / k[j]
        out.append(c[j] + t * (c[j + 1] - c[j]))
    return np.vstack(out)


def _check_lonlat(x, y, kind):
    if x.size and (np.nanmax(np.abs(y)) > 90 or np.nanmax(np.abs(x)) > 540):
        raise TailingsError(
            tr("{kind} coordinates are not lon/lat degrees: reproject the layer to EPSG:4326.").format(
                kind=kind
            )
        )


# --- corridor search -------------------------------------------------------------------------------------


@dataclass
class CorridorHits:
    """Nearest pathway point of each place within the corridor (one row per pathway and place)."""

    path: np.ndarray  # index into the pathways list
    place: np.ndarray  # index into Places
    dist_km: np.ndarray  # chainage of the nearest pathway point
    offset_m: np.ndarray  # geodesic distance place -> nearest pathway point
    near_lon: np.ndarray
    near_lat: np.ndarray
    segment: np.ndarray


class _PointGrid:
    """Regular lon/lat grid over sample points: sorted cell keys for range look-ups."""

    def __init__(self, lon, lat, cell_deg):
        self.cell = float(cell_deg)
        self.ny = int(math.ceil(180.0 / self.cell)) + 2
        ok = np.isfinite(lon) & np.isfinite(lat)
        idx = np.flatnonzero(ok)
        keys = self._key(lon[idx], lat[idx])
        order = np.argsort(keys, kind="stable")
        self.keys = keys[order]
        self.index = idx[order]

    def _ix(self, lon):
        return np.floor((np.asarray(lon) + 540.0) / self.cell).astype(np.int64)

    def _iy(self, lat):
        return np.floor((np.asarray(lat) + 90.0) / self.cell).astype(np.int64)

    def _key(self, lon, lat):
        return self._ix(lon) * self.ny + self._iy(lat)


def corridor_search(pathways, places: Places, corridor_m=2000.0, chunk_segments=200_000, feedback=None):
    """Places within ``corridor_m`` of each pathway, with their nearest pathway point (grid index, no loop
    over facility x place).

    Returns :class:`CorridorHits` sorted by pathway then chainage. A place whose nearest pathway point lies
    before the pathway start (upstream of the facility) or beyond its end is left out.
    """
    fb = ensure_feedback(feedback)
    corridor_m = _check_corridor(corridor_m)
    empty = CorridorHits(*(np.zeros(0, int),) * 2, *(np.zeros(0),) * 4, np.zeros(0, int))
    if places.lon.size == 0 or not pathways:
        return empty
    margin_lat = corridor_m / _M_PER_DEG_LAT_MIN * 1.02 + 1e-9
    grid = _PointGrid(places.lon, places.lat, max(2.0 * margin_lat, 0.01))

    # pathway segments are streamed in chunks of whole pathways to bound memory; the place grid is built once
    nseg_path = np.array([pw.coords.shape[0] - 1 for pw in pathways], dtype=np.int64)
    n_total = int(nseg_path.sum())

    def chunks():
        return _segment_chunks(pathways, nseg_path, chunk_segments, feedback)

    def search(x0, y0, x1, y1):
        return _search_segments(grid, places, corridor_m, margin_lat, x0, y0, x1, y1)

    # pathways that share a downstream trunk: each distinct segment is searched once (issue 17)
    memo = unique_segment_hits(chunks, n_total, search, feedback)
    base, span = (50.0, 50.0) if memo is not None else (0.0, 100.0)
    parts = []
    done = 0
    for spath, si, x0, y0, x1, y1, c0, c1 in chunks():
        check_cancel(feedback)
        fb.setProgress(base + span * done / max(n_total, 1))
        if memo is not None:
            found = memo.expand(done, spath, si, c0, c1)
        else:
            found = _search_chunk(search, spath, si, x0, y0, x1, y1, c0, c1)
        parts.append(_finish_chunk(places, nseg_path, *found))
        done += spath.size
    fb.setProgress(100.0)
    path, owner, dist, off, nlon, nlat, segs = (np.concatenate([p[k] for p in parts]) for k in range(7))
    if path.size == 0:
        return empty
    if places.polygons is not None:
        off = _polygon_contains_offset(pathways, places, path, owner, off)
    order = np.lexsort((owner, dist, path))
    return CorridorHits(*(a[order] for a in (path, owner, dist, off, nlon, nlat, segs)))


def _segment_chunks(pathways, nseg_path, chunk_segments, feedback):
    """Segments of whole pathways, about ``chunk_segments`` at a time: ``(pathway, segment index in the
    pathway, x0, y0, x1, y1, chainage at start, chainage at end)`` arrays."""
    p0 = 0
    while p0 < len(pathways):
        check_cancel(feedback)
        p1, count = p0, 0
        while p1 < len(pathways) and (count == 0 or count + nseg_path[p1] <= chunk_segments):
            count += int(nseg_path[p1])
            p1 += 1
        chunk = pathways[p0:p1]
        xy = np.concatenate([pw.coords for pw in chunk])
        ch = np.concatenate([pw.chainage_km for pw in chunk])
        nv = np.array([pw.coords.shape[0] for pw in chunk])
        vstart = np.concatenate([[0], np.cumsum(nv)[:-1]])
        # segment k of pathway j starts at vertex vstart[j] + k; drop the joins between pathways
        seg_path = np.repeat(np.arange(p0, p1, dtype=np.int64), nv - 1)
        seg_i = np.arange(seg_path.size) - np.repeat(np.concatenate([[0], np.cumsum(nv - 1)[:-1]]), nv - 1)
        v = np.repeat(vstart, nv - 1) + seg_i
        yield seg_path, seg_i, xy[v, 0], xy[v, 1], xy[v + 1, 0], xy[v + 1, 1], ch[v], ch[v + 1]
        p0 = p1


def _finish_chunk(places, nseg_path, path, samp, dist, off, nlon, nlat, segs, tpos):
    """Nearest sample per (pathway, place); drop places beyond the pathway ends."""
    owner = places.owner[samp.astype(int)]
    # nearest sample of each (pathway, place): sort by (path, place, offset) and keep the first
    order = np.lexsort((off, owner, path))
    path, owner, dist, off, nlon, nlat, segs, tpos = (
        a[order] for a in (path, owner, dist, off, nlon, nlat, segs, tpos)
    )
    first = np.ones(path.size, bool)
    first[1:] = (path[1:] != path[:-1]) | (owner[1:] != owner[:-1])
    path, owner, dist, off, nlon, nlat, segs, tpos = (
        a[first] for a in (path, owner, dist, off, nlon, nlat, segs, tpos)
    )
    # the corridor ends at the pathway ends: nothing upstream of the start or beyond the end
    last_seg = nseg_path[path] - 1
    keep = ~(((segs == 0) & (tpos < -1e-9)) | ((segs == last_seg) & (tpos > 1 + 1e-9)))
    return tuple(a[keep] for a in (path, owner, dist, off, nlon, nlat, segs))


def _check_corridor(corridor_m) -> float:
    try:
        c = float(corridor_m)
    except (TypeError, ValueError):
        c = math.nan
    if not math.isfinite(c) or c <= 0:
        raise TailingsError(
            tr("The corridor width must be a positive number of metres (got {c}).").format(c=corridor_m)
        )
    if c > 200_000:
        raise TailingsError(
            tr("The corridor width {c} m is too large; use at most 200 km.").format(c=num(c, 0))
        )
    return c


def _search_chunk(search, spath, si, x0, y0, x1, y1, c0, c1):
    """Hits of every segment of a chunk: ``(pathway, sample, chainage km, offset m, lon, lat, segment, raw
    t)``, the chainage of the nearest point interpolated along its segment."""
    seg, samp, t, traw, off, nlon, nlat = search(x0, y0, x1, y1)
    dist = c0[seg] + t * (c1[seg] - c0[seg])
    return (spath[seg], samp, dist, off, nlon, nlat, si[seg], traw)


def _search_segments(grid, places, corridor_m, margin_lat, x0, y0, x1, y1):
    """Candidate (segment, sample) pairs from the grid, then exact nearest point and geodesic offset:
    ``(segment, sample, t clipped to 0..1, raw t, offset m, lon, lat)``, by segment. Depends only on the
    segments' end points."""
    lat_hi = np.minimum(np.maximum(np.abs(y0), np.abs(y1)) + margin_lat, 89.0)
    margin_lon = margin_lat / np.cos(np.radians(lat_hi))
    # lon of x1 relative to x0 unwrapped (a pathway never jumps half the globe in one segment)
    dx = (x1 - x0 + 180.0) % 360.0 - 180.0
    x1u = x0 + dx
    ix0 = grid._ix(np.minimum(x0, x1u) - margin_lon)
    ix1 = grid._ix(np.maximum(x0, x1u) + margin_lon)
    iy0 = grid._iy(np.minimum(y0, y1) - margin_lat)
    iy1 = grid._iy(np.maximum(y0, y1) + margin_lat)
    ncx = ix1 - ix0 + 1
    ncy = iy1 - iy0 + 1
    cnt = ncx * ncy
    total = int(cnt.sum())
    rep = np.repeat(np.arange(x0.size), cnt)
    # exclusive prefix sums (length matches cnt even when cnt is empty: no settlement near the path)
    starts = np.cumsum(cnt) - cnt
    o = np.arange(total) - np.repeat(starts, cnt)
    cx = ix0[rep] + o // ncy[rep]
    cy = iy0[rep] + o % ncy[rep]
    keys = cx * grid.ny + cy
    lo = np.searchsorted(grid.keys, keys, side="left")
    hi = np.searchsorted(grid.keys, keys, side="right")
    nn = hi - lo
    has = nn > 0
    rep, lo, nn = rep[has], lo[has], nn[has]
    seg = np.repeat(rep, nn)
    st = np.cumsum(nn) - nn
    pos = np.repeat(lo, nn) + (np.arange(seg.size) - np.repeat(st, nn))
    samp = grid.index[pos]
    # nearest point on each candidate segment in a local equirectangular frame centred on the sample
    px = places.lon[samp]
    py = places.lat[samp]
    # local metric frame (ellipsoid radii of curvature, geodesy.radii_of_curvature) centred on the sample
    m_rad, n_rad = geodesy.radii_of_curvature(py)
    kx = np.radians(1.0) * n_rad * np.cos(np.radians(py))  # metres per degree of longitude
    ky = np.radians(1.0) * m_rad  # metres per degree of latitude
    ax = ((x0[seg] - px + 180.0) % 360.0 - 180.0) * kx
    ay = (y0[seg] - py) * ky
    vx = dx[seg] * kx
    vy = (y1[seg] - y0[seg]) * ky
    vv = vx * vx + vy * vy
    with np.errstate(invalid="ignore", divide="ignore"):
        traw = np.where(vv > 0, -(ax * vx + ay * vy) / vv, 0.0)
    t = np.clip(traw, 0.0, 1.0)
    nx = ax + t * vx
    ny = ay + t * vy
    near = np.hypot(nx, ny) <= corridor_m * 1.01 + 5.0
    seg, samp, t, traw, nx, ny, px, py, kx, ky = (
        a[near] for a in (seg, samp, t, traw, nx, ny, px, py, kx, ky)
    )
    nlon = px + nx / kx
    nlat = py + ny / ky
    off = geodesy.geodesic_distance_m(px, py, nlon, nlat)
    ok = off <= corridor_m
    seg, samp, t, traw, nlon, nlat, off = (a[ok] for a in (seg, samp, t, traw, nlon, nlat, off))
    nlon = (nlon + 180.0) % 360.0 - 180.0
    return seg, samp, t, traw, off, nlon, nlat


def _polygon_contains_offset(pathways, places, path, owner, off):
    """Offset 0 where a polygon place contains its pathway (the boundary samples alone would say > 0)."""
    off = off.copy()
    from shapely.geometry import LineString

    lines = {}
    for j in range(path.size):
        poly = places.polygons[owner[j]]
        if poly is None or off[j] == 0:
            continue
        p = int(path[j])
        if p not in lines:
            lines[p] = LineString(pathways[p].coords)
        if poly.intersects(lines[p]):
            off[j] = 0.0
    return off


# Names of the former single module, now in .borders and .impact: resolved on first use (PEP 562), so that
# users' scripts keep working and no import cycle arises.
_MOVED = {
    "Countries": "borders",
    "border_crossings": "borders",
    "fill_gaps": "borders",
    "vertex_countries": "borders",
    "ImpactResult": "impact",
    "analyse_downstream_impact": "impact",
}


def __getattr__(name):
    if name in _MOVED:
        import importlib

        return getattr(importlib.import_module("." + _MOVED[name], __package__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
