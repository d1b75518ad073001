"""Country polygons and border crossings along a pathway (split from :mod:`.exposure`).

Each pathway vertex is classified by country; where the country changes, the crossing point is located on
the segment by bisection. Changes closer together than ``border_tolerance_km`` are merged into one border
stretch (a river forming the border switches side at every digitising wiggle).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .common import TailingsError, check_cancel, tr
from .exposure import NO_COUNTRY, Pathway, shapely2
from .lazy import np, shapely

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

        Where polygons overlap, the first polygon in input order wins. Repeated points (pathways that share
        a downstream trunk share its vertices) are classified once.
        """
        x = np.asarray(lon, dtype=float).ravel()
        y = np.asarray(lat, dtype=float).ravel()
        uniq = unique_points(x, y)
        if uniq is not None and uniq[0].size < 0.8 * x.size:
            ux, uy, inv = uniq
            label, hits = self._classify(ux, uy, feedback)
            return label[inv], int((hits[inv] > 1).sum())
        label, hits = self._classify(x, y, feedback)
        return label, int((hits > 1).sum())

    def _classify(self, x, y, feedback=None):
        """Country index of each point (-1: in none) and the number of polygons each point lies in."""
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
        return label, hits

    def contains(self, k: int, lon: float, lat: float) -> bool:
        from shapely.geometry import Point

        return bool(self._prepared[k].contains(Point(lon, lat)))

    def name(self, k: int) -> str:
        return self.names[k] if k >= 0 else NO_COUNTRY


def unique_points(x, y):
    """``(unique x, unique y, inverse)`` with ``x == ux[inverse]`` and ``y == uy[inverse]`` exactly, or None
    when the points cannot be keyed (a hash collision, checked). Points are keyed by their float bits."""
    x = np.ascontiguousarray(x, dtype=np.float64)
    y = np.ascontiguousarray(y, dtype=np.float64)
    if x.size == 0:
        return None
    xb = (x + 0.0).view(np.uint64)  # + 0.0: -0.0 becomes 0.0, one key for one point
    yb = (y + 0.0).view(np.uint64)
    key = xb * np.uint64(0x9E3779B97F4A7C15) ^ (yb + np.uint64(0x632BE59BD9B4E019)) * np.uint64(
        0xBF58476D1CE4E5B9
    )
    _, first, inv = np.unique(key, return_index=True, return_inverse=True)
    ux, uy = x[first], y[first]
    if not (np.array_equal(ux[inv], x) and np.array_equal(uy[inv], y)):
        return None  # two points with one key: classify every point
    return ux, uy, inv.ravel()


def _contains_xy(geom, x, y) -> np.ndarray:
    """Vectorised point-in-polygon: shapely.contains_xy (Shapely 2) or shapely.vectorized (1.8)."""
    if shapely2():
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


def _locate_cached(pathway, i, a, b, countries, cache):
    """:func:`_locate_change`, remembered in ``cache`` (a dict or None) by segment end points and countries."""
    if cache is None:
        return _locate_change(pathway, i, a, b, countries)
    key = (*pathway.coords[i].tolist(), *pathway.coords[i + 1].tolist(), a, b)
    t = cache.get(key)
    if t is None:
        t = cache[key] = _locate_change(pathway, i, a, b, countries)
    return t


def border_crossings(pathway: Pathway, countries: Countries, tolerance_km=5.0, labels=None, cache=None):
    """Border crossings and border stretches along one pathway.

    Each vertex is classified by country (:meth:`Countries.classify`). Where consecutive vertices differ the
    crossing is located by bisection. Changes within ``tolerance_km`` of each other (along the river) are
    merged: a single change is a ``crossing``; a group is a ``border_stretch`` (the river runs along the
    border) from its first to its last change, with ``from_country`` the country before and ``to_country``
    the country after (equal when the river comes back to the same side), and ``countries`` all countries
    involved. Returns a list of dicts with kind, from_country, to_country, countries, dist_km, end_km,
    lon, lat, n_changes.

    ``cache``: a dict shared between calls; pathways that share a downstream trunk then locate each of its
    border changes once (the bisection depends only on the segment's end points and the two countries).
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
        t = _locate_cached(pathway, i, a, b, countries, cache)
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


def countries_in_order(labels, crossings, countries: Countries) -> list:
    """Countries in the order the water reaches them, from the vertex labels and :func:`border_crossings`.

    A real crossing back is listed again (KAZ > RUS > KAZ); a stretch along the border that stays on one
    side only adds the country across the river the first time it is touched, not a pair for every stretch.
    """
    order = [countries.name(int(fill_gaps(labels)[0]))]
    for c in crossings:
        if c["kind"] == "border_stretch" and c["from_country"] == c["to_country"]:
            order.extend(name for name in c["countries"] if name not in order)
        elif c["to_country"] != order[-1]:
            order.extend(n for n in c["countries"] if n not in order and n != c["to_country"])
            order.append(c["to_country"])
    return order
