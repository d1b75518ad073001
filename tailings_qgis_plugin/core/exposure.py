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
from dataclasses import dataclass, field

import numpy as np
import shapely

from . import geodesy
from .common import TailingsError, check_cancel, ensure_feedback, tr
from .hydraulics import plume_profile
from .plausibility import MAX_POPULATION

_M_PER_DEG_LAT_MIN = 110_500.0  # a degree of latitude is 110.57-111.69 km; smaller = safe margin
_SHAPELY2 = int(shapely.__version__.split(".")[0]) >= 2
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
    parts = []
    done = 0
    p0 = 0
    while p0 < len(pathways):
        check_cancel(feedback)
        fb.setProgress(100.0 * done / max(n_total, 1))
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
        parts.append(
            _finish_chunk(
                places,
                nseg_path,
                *_search_chunk(
                    grid,
                    places,
                    corridor_m,
                    margin_lat,
                    seg_path,
                    seg_i,
                    xy[v, 0],
                    xy[v, 1],
                    xy[v + 1, 0],
                    xy[v + 1, 1],
                    ch[v],
                    ch[v + 1],
                ),
            )
        )
        done += count
        p0 = p1
    fb.setProgress(100.0)
    path, owner, dist, off, nlon, nlat, segs = (np.concatenate([p[k] for p in parts]) for k in range(7))
    if path.size == 0:
        return empty
    if places.polygons is not None:
        off = _polygon_contains_offset(pathways, places, path, owner, off)
    order = np.lexsort((owner, dist, path))
    return CorridorHits(*(a[order] for a in (path, owner, dist, off, nlon, nlat, segs)))


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
        raise TailingsError(tr("The corridor width {c:.0f} m is too large; use at most 200 km.").format(c=c))
    return c


def _search_chunk(grid, places, corridor_m, margin_lat, spath, si, x0, y0, x1, y1, c0, c1):
    """Candidate (segment, sample) pairs from the grid, then exact nearest point and geodesic offset."""
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
    rep = np.repeat(np.arange(spath.size), cnt)
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
    dist = c0[seg] + t * (c1[seg] - c0[seg])
    nlon = (nlon + 180.0) % 360.0 - 180.0
    return (spath[seg], samp, dist, off, nlon, nlat, si[seg], traw)


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


# --- countries and border crossings ----------------------------------------------------------------------


@dataclass
class Countries:
    """Country polygons (shapely, lon/lat) and their names (e.g. ADM0_A3)."""

    geoms: list
    names: list
    _prepared: list = field(default_factory=list, repr=False)

    def __post_init__(self):
        if len(self.geoms) != len(self.names):
            raise TailingsError(
                tr("Countries: {n} polygons but {m} names.").format(n=len(self.geoms), m=len(self.names))
            )
        keep = [i for i, g in enumerate(self.geoms) if g is not None and not g.is_empty]
        self.geoms = [self.geoms[i] for i in keep]
        self.names = [str(self.names[i]) if self.names[i] is not None else NO_COUNTRY for i in keep]
        for g in self.geoms:
            if g.geom_type not in ("Polygon", "MultiPolygon"):
                raise TailingsError(tr("Countries must be polygons (got {t}).").format(t=g.geom_type))
            b = g.bounds
            if abs(b[1]) > 90.01 or abs(b[3]) > 90.01 or abs(b[0]) > 540 or abs(b[2]) > 540:
                raise TailingsError(
                    tr("Country polygons are not lon/lat degrees: reproject them to EPSG:4326.")
                )
        from shapely.prepared import prep

        self._prepared = [prep(g) for g in self.geoms]
        self._bounds = np.array([g.bounds for g in self.geoms]) if self.geoms else np.zeros((0, 4))

    def classify(self, lon, lat, feedback=None):
        """Country index of each point (-1: in none) and the number of points in more than one polygon.

        Where polygons overlap, the first polygon in input order wins.
        """
        x = np.asarray(lon, dtype=float).ravel()
        y = np.asarray(lat, dtype=float).ravel()
        label = np.full(x.size, -1, dtype=np.int64)
        hits = np.zeros(x.size, dtype=np.int64)
        for k, g in enumerate(self.geoms):
            check_cancel(feedback)
            b = self._bounds[k]
            cand = np.flatnonzero((x >= b[0]) & (x <= b[2]) & (y >= b[1]) & (y <= b[3]))
            if cand.size == 0:
                continue
            inside = _contains_xy(g, x[cand], y[cand])
            idx = cand[inside]
            hits[idx] += 1
            free = idx[label[idx] < 0]
            label[free] = k
        return label, int((hits > 1).sum())

    def contains(self, k: int, lon: float, lat: float) -> bool:
        from shapely.geometry import Point

        return bool(self._prepared[k].contains(Point(lon, lat)))

    def name(self, k: int) -> str:
        return self.names[k] if k >= 0 else NO_COUNTRY


def _contains_xy(geom, x, y) -> np.ndarray:
    """Vectorised point-in-polygon: shapely.contains_xy (Shapely 2) or shapely.vectorized (1.8)."""
    if _SHAPELY2:
        return np.asarray(shapely.contains_xy(geom, x, y), dtype=bool)
    from shapely import vectorized

    return np.asarray(vectorized.contains(geom, x, y), dtype=bool)


def vertex_countries(pathway: Pathway, countries: Countries) -> np.ndarray:
    """Country index per vertex (-1 none)."""
    return countries.classify(pathway.coords[:, 0], pathway.coords[:, 1])[0]


def fill_gaps(labels) -> np.ndarray:
    """Country labels with "in no polygon" (-1) vertices given the last known country (the next known one
    at the start). A river does not enter "no country": gaps between polygons, lakes and seas left out of a
    land-country layer (the Caspian, Balkhash) and coastline mismatches are not border crossings.
    """
    lab = np.asarray(labels, dtype=np.int64).copy()
    known = np.flatnonzero(lab >= 0)
    if known.size == 0 or known.size == lab.size:
        return lab
    # index of the last known vertex at or before each vertex (or the first known one)
    last = np.maximum.accumulate(np.where(lab >= 0, np.arange(lab.size), -1))
    last[last < 0] = known[0]
    return lab[last]


def _locate_change(pathway, i, a, b, countries, iters=20):
    """Fraction along segment i where the country changes from a to b (bisection on point-in-polygon)."""
    (x0, y0), (x1, y1) = pathway.coords[i], pathway.coords[i + 1]
    lo, hi = 0.0, 1.0

    def in_a(t):
        x, y = x0 + t * (x1 - x0), y0 + t * (y1 - y0)
        if a >= 0:
            return countries.contains(a, x, y)
        return not countries.contains(b, x, y) if b >= 0 else True

    for _ in range(iters):
        mid = 0.5 * (lo + hi)
        if in_a(mid):
            lo = mid
        else:
            hi = mid
    return 0.5 * (lo + hi)


def border_crossings(pathway: Pathway, countries: Countries, tolerance_km=5.0, labels=None):
    """Border crossings and border stretches along one pathway.

    Each vertex is classified by country (:meth:`Countries.classify`). Where consecutive vertices differ the
    crossing is located by bisection. Changes within ``tolerance_km`` of each other (along the river) are
    merged: a single change is a ``crossing``; a group is a ``border_stretch`` (the river runs along the
    border) from its first to its last change, with ``from_country`` the country before and ``to_country``
    the country after (equal when the river comes back to the same side), and ``countries`` all countries
    involved. Returns a list of dicts with kind, from_country, to_country, countries, dist_km, end_km,
    lon, lat, n_changes.
    """
    if tolerance_km is None or not np.isfinite(tolerance_km) or tolerance_km < 0:
        raise TailingsError(tr("The border tolerance must be 0 or a positive number of km."))
    lab = fill_gaps(vertex_countries(pathway, countries) if labels is None else labels)
    change = np.flatnonzero(lab[1:] != lab[:-1])
    if change.size == 0:
        return []
    ch = pathway.chainage_km
    events = []
    for i in change:
        a, b = int(lab[i]), int(lab[i + 1])
        t = _locate_change(pathway, i, a, b, countries)
        km = float(ch[i] + t * (ch[i + 1] - ch[i]))
        x = float(pathway.coords[i, 0] + t * (pathway.coords[i + 1, 0] - pathway.coords[i, 0]))
        y = float(pathway.coords[i, 1] + t * (pathway.coords[i + 1, 1] - pathway.coords[i, 1]))
        events.append((km, a, b, x, y))
    groups = [[events[0]]]
    for ev in events[1:]:
        if ev[0] - groups[-1][-1][0] <= tolerance_km:
            groups[-1].append(ev)
        else:
            groups.append([ev])
    out = []
    for g in groups:
        a = g[0][1]
        b = g[-1][2]
        involved = []
        for ev in g:
            for c in (ev[1], ev[2]):
                if countries.name(c) not in involved:
                    involved.append(countries.name(c))
        out.append(
            {
                "kind": "crossing" if len(g) == 1 else "border_stretch",
                "from_country": countries.name(a),
                "to_country": countries.name(b),
                "countries": involved,
                "dist_km": g[0][0],
                "end_km": g[-1][0],
                "lon": g[0][3],
                "lat": g[0][4],
                "end_lon": g[-1][3],
                "end_lat": g[-1][4],
                "n_changes": len(g),
            }
        )
    return out


# --- the whole analysis ----------------------------------------------------------------------------------


@dataclass
class ImpactResult:
    """Rows for the EXPOSED, CROSSINGS and SUMMARY outputs, and one plume profile per pathway."""

    exposed: list
    crossings: list
    summary: list
    profiles: list
    warnings: list = field(default_factory=list)


def analyse_downstream_impact(
    pathways,
    settlements: Places | None = None,
    receptors: Places | None = None,
    countries: Countries | None = None,
    corridor_m=2000.0,
    border_tolerance_km=5.0,
    hydraulics=None,
    feedback=None,
) -> ImpactResult:
    """Exposure, arrival, concentration and border crossings for each pathway.

    ``hydraulics``: keyword arguments for :func:`core.hydraulics.plume_profile` (e.g.
    ``fallback_velocity_m_s``, ``assumed_slope``, ``decay_per_h``, ``method``, ``leading_edge``,
    ``coefficients``); per-pathway velocity, discharge, slope, kind and mass come from each :class:`Pathway`.
    """
    fb = ensure_feedback(feedback)
    corridor_m = _check_corridor(corridor_m)
    pathways = list(pathways)
    hyd = dict(hydraulics or {})
    warnings = []

    def warn(msg):
        warnings.append(msg)
        fb.pushWarning(msg)

    class _Collect:
        """Forward feedback but collect warnings once per distinct text (many pathways, same message)."""

        seen: dict = {}

        def setProgress(self, p):
            pass

        def isCanceled(self):
            return fb.isCanceled()

        def pushInfo(self, t):
            fb.pushInfo(t)

        def pushWarning(self, t):
            self.seen[t] = self.seen.get(t, 0) + 1

    col = _Collect()
    col.seen = {}
    profiles = []
    for j, pw in enumerate(pathways):
        check_cancel(feedback)
        try:
            prof = plume_profile(
                pw.chainage_km,
                pw.velocity_m_s,
                pw.discharge_m3_s,
                slope=pw.slope,
                kind=pw.kind,
                mass_kg=pw.mass_kg,
                feedback=col,
                **hyd,
            )
        except TailingsError as e:
            raise TailingsError(tr("Facility {fid}: {msg}").format(fid=pw.facility_id, msg=e)) from e
        profiles.append(prof)
        fb.setProgress(10.0 * (j + 1) / max(len(pathways), 1))
    for text, k in col.seen.items():
        warn(text if k == 1 else tr("{msg} ({k} pathways)").format(msg=text, k=k))

    exposed = []
    for places, base_pct in ((settlements, 10.0), (receptors, 50.0)):
        if places is None:
            continue
        bad = {f: places.pop_flags.count(f) for f in _POP_FLAGS if places.pop_flags.count(f)}
        if bad and places.kind == "settlement":
            warn(
                tr(
                    "{k} settlements have no usable population ({d}); they are listed but not counted."
                ).format(k=sum(bad.values()), d=", ".join(f"{n} {f}" for f, n in bad.items()))
            )
        hits = corridor_search(pathways, places, corridor_m, feedback=_Scaled(fb, base_pct, 30.0))
        exposed.extend(_exposed_rows(pathways, profiles, places, hits, countries))
    if any((not r["mixed"]) and r["peak_conc_mg_l"] is not None for r in exposed):
        warn(
            tr(
                "Some exposed places lie within the lateral mixing length of the release "
                "(Fischer et al. 1979): their peak concentration is a cross-sectional mean; near the bank it "
                "can be higher."
            )
        )

    crossings = []
    labels_all = None
    if countries is not None and pathways:
        xs = np.concatenate([pw.coords[:, 0] for pw in pathways])
        ys = np.concatenate([pw.coords[:, 1] for pw in pathways])
        labels_all, n_overlap = countries.classify(xs, ys, feedback)
        if n_overlap:
            warn(
                tr(
                    "{n} pathway vertices lie in more than one country polygon; the first polygon is used."
                ).format(n=n_overlap)
            )
        n_gap = int((labels_all < 0).sum())
        if n_gap:
            warn(
                tr(
                    "{n} pathway vertices lie in no country polygon (a gap, a sea or a lake); they are "
                    "counted in the last country the pathway was in."
                ).format(n=n_gap)
            )
    offsets = np.concatenate([[0], np.cumsum([pw.coords.shape[0] for pw in pathways])])
    exposed.sort(key=lambda r: (r["_path"], r["dist_km"], r["kind"]))
    by_path = {}
    for r in exposed:
        by_path.setdefault(r["_path"], []).append(r)

    summary = []
    for j, (pw, prof) in enumerate(zip(pathways, profiles)):
        check_cancel(feedback)
        fb.setProgress(90.0 + 10.0 * j / max(len(pathways), 1))
        cross = []
        order = []
        if countries is not None:
            lab = labels_all[offsets[j] : offsets[j + 1]]
            cross = border_crossings(pw, countries, border_tolerance_km, labels=lab)
            # Countries in the order the water reaches them. A real crossing back is listed again
            # (KAZ > RUS > KAZ); a stretch along the border that stays on one side only adds the country
            # across the river the first time it is touched, not a pair for every stretch.
            order = [countries.name(int(fill_gaps(lab)[0]))]
            for c in cross:
                if c["kind"] == "border_stretch" and c["from_country"] == c["to_country"]:
                    order.extend(name for name in c["countries"] if name not in order)
                elif c["to_country"] != order[-1]:
                    order.extend(n for n in c["countries"] if n not in order and n != c["to_country"])
                    order.append(c["to_country"])
            for c in cross:
                at = prof.at(np.array([c["dist_km"]]))
                c["facility_id"] = pw.facility_id
                c["arrival_h"] = float(at["arrival_h"][0])
                c["peak_h"] = float(at["peak_h"][0])
            crossings.extend(cross)
        mine = by_path.get(j, [])
        rows = [r for r in mine if r["kind"] == "settlement"]
        nrec = len(mine) - len(rows)
        pops = [(r["population"], r["arrival_h"]) for r in rows if r["population"] is not None]
        first = next((c for c in cross if c["from_country"] != c["to_country"]), cross[0] if cross else None)
        end_at = prof.at(np.array([pw.chainage_km[-1]]))
        summary.append(
            {
                "facility_id": pw.facility_id,
                "n_settlements": len(rows),
                "population": float(sum(p for p, _ in pops)),
                "population_24h": float(sum(p for p, a in pops if a <= 24.0)),
                "population_72h": float(sum(p for p, a in pops if a <= 72.0)),
                "n_pop_unknown": sum(1 for r in rows if r["population"] is None),
                "n_receptors": nrec,
                "countries": " > ".join(order),
                "n_borders": len(cross),
                "first_border_km": None if first is None else first["dist_km"],
                "first_border_h": None if first is None else first["arrival_h"],
                "first_border_to": None if first is None else first["to_country"],
                "end_km": float(pw.chainage_km[-1]),
                "end_h": float(end_at["arrival_h"][0]),
                "end_travel_time_h": float(end_at["travel_time_h"][0]),
                "end_lon": float(pw.coords[-1, 0]),
                "end_lat": float(pw.coords[-1, 1]),
                "end_reason": pw.end_reason,
                "end_peak_conc_mg_l": _none_if_nan(end_at["peak_conc_mg_l"][0]),
            }
        )
    for r in exposed:
        r.pop("_path", None)
    fb.setProgress(100.0)
    return ImpactResult(exposed, crossings, summary, profiles, warnings)


class _Scaled:
    """Feedback that maps 0-100 % of a sub-task onto [base, base + span] of the parent."""

    def __init__(self, fb, base, span):
        self.fb, self.base, self.span = fb, base, span

    def setProgress(self, p):
        self.fb.setProgress(self.base + self.span * p / 100.0)

    def isCanceled(self):
        return self.fb.isCanceled()

    def pushInfo(self, t):
        self.fb.pushInfo(t)

    def pushWarning(self, t):
        self.fb.pushWarning(t)


def _none_if_nan(v):
    v = float(v)
    return None if not math.isfinite(v) else v


def _exposed_rows(pathways, profiles, places, hits, countries):
    rows = []
    if hits.path.size == 0:
        return rows
    place_country = None
    if places.country is None and countries is not None:
        # country of the place itself (a settlement across the river may lie in the other country)
        first_sample = np.full(places.n, -1)
        first_sample[places.owner[::-1]] = np.arange(places.owner.size)[::-1]
        need = np.unique(hits.place)
        lab, _ = countries.classify(places.lon[first_sample[need]], places.lat[first_sample[need]])
        place_country = dict(zip(need.tolist(), lab.tolist()))
    # hits are sorted by pathway: one contiguous block per pathway
    bounds = np.flatnonzero(np.diff(hits.path)) + 1
    for sel in np.split(np.arange(hits.path.size), bounds):
        p = int(hits.path[sel[0]])
        at = profiles[p].at(hits.dist_km[sel])
        pw = pathways[p]
        for k, h in enumerate(sel):
            i = int(hits.place[h])
            if places.country is not None:
                country = places.country[i]
            elif place_country is not None:
                country = countries.name(place_country[i])
            else:
                country = None
            pop = places.population[i]
            rows.append(
                {
                    "_path": int(p),
                    "facility_id": pw.facility_id,
                    "kind": places.kind,
                    "place_index": i,
                    "name": places.names[i],
                    "population": None if not np.isfinite(pop) else float(pop),
                    "population_flag": places.pop_flags[i],
                    "country": country,
                    "dist_km": float(hits.dist_km[h]),
                    "offset_m": float(hits.offset_m[h]),
                    "river_lon": float(hits.near_lon[h]),
                    "river_lat": float(hits.near_lat[h]),
                    "arrival_h": float(at["arrival_h"][k]),
                    "peak_h": float(at["peak_h"][k]),
                    "travel_time_h": float(at["travel_time_h"][k]),
                    "peak_conc_mg_l": _none_if_nan(at["peak_conc_mg_l"][k]),
                    "peak_conc_lo_mg_l": _none_if_nan(at["peak_conc_lo_mg_l"][k]),
                    "peak_conc_hi_mg_l": _none_if_nan(at["peak_conc_hi_mg_l"][k]),
                    "dilution": _none_if_nan(at["dilution"][k]),
                    "mixed": bool(at["mixed"][k]),
                }
            )
    rows.sort(key=lambda r: (r["_path"], r["dist_km"], r["kind"]))
    return rows
