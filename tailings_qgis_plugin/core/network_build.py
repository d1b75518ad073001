"""Building blocks of :class:`~.network.RiverNetwork`: input preparation and the links between reaches.

Multipart merging, reversing, DEM orientation, endpoint and id links, cutting reaches into edges and links
through lakes; all vectorised (sorting and grid hashing, no all-pairs loop).
"""

from __future__ import annotations

from .common import TailingsError, check_cancel, tr
from .geodesy import (
    geodesic_distance_m,
    local_xy,
    pack_lines,
    packed_segment_lengths_m,
    project_to_segments,
    segment_lengths_m,
    summed_line_lengths,
)
from .lazy import np
from .network_index import (
    _DEG_M,
    IndexBuild,
    _expand_ranges,
    _range_values,
    _unique_points,
    cluster_points,
    insert_rows_sorted,
    load_compiled_in_background,
)
from .network_report import LAKE, NetworkReport


# =========================================================================================================
# Input preparation
# =========================================================================================================
def _merge_parts(parts, tol_m):
    """Chain the parts of a multipart line into one line. Returns (array, largest gap in m)."""
    parts = [np.asarray(p, dtype=float).reshape(-1, 2) for p in parts if p is not None and len(p) > 0]
    if not parts:
        return np.zeros((0, 2)), 0.0
    line = parts[0]
    rest = parts[1:]
    max_gap = 0.0
    while rest:
        best = None
        for i, p in enumerate(rest):
            # candidate joins: line end -> p start/end, p end/start -> line start
            cands = (
                (line[-1], p[0], "append", False),
                (line[-1], p[-1], "append", True),
                (p[-1], line[0], "prepend", False),
                (p[0], line[0], "prepend", True),
            )
            for a, b, where, rev in cands:
                d = float(geodesic_distance_m(a[0], a[1], b[0], b[1]))
                if best is None or d < best[0]:
                    best = (d, i, where, rev)
        d, i, where, rev = best
        p = rest.pop(i)
        if rev:
            p = p[::-1]
        if d <= 1e-6:
            line = np.vstack([line, p[1:]]) if where == "append" else np.vstack([p[:-1], line])
        else:
            line = np.vstack([line, p]) if where == "append" else np.vstack([p, line])
        max_gap = max(max_gap, d)
    return line, max_gap


def prepare_lines(lines, tol_m=0.0, report=None):
    """Normalise input lines to packed ``(coords, offsets)`` and a validity mask.

    Multipart lines (a list of part arrays) are merged (see module doc). A reach is invalid when it has
    fewer than two vertices, non-finite coordinates, coordinates outside lon/lat ranges, or zero length.
    Returns ``(coords, offsets, valid, seg_len)`` with the segment lengths of the packed lines.
    """
    report = report if report is not None else NetworkReport()
    if isinstance(lines, tuple) and len(lines) == 2 and np.ndim(lines[1]) == 1:
        coords, offsets = pack_lines(lines)
    else:
        arrays = []
        for i, item in enumerate(lines):
            if item is None:
                arrays.append(np.zeros((0, 2)))
                continue
            if isinstance(item, (list, tuple)) and len(item) and np.ndim(item[0]) == 2:
                if len(item) == 1:
                    arrays.append(np.asarray(item[0], dtype=float).reshape(-1, 2))
                else:
                    merged, gap = _merge_parts(item, tol_m)
                    if gap > tol_m:
                        report.multipart_gaps.append((i, gap))
                    arrays.append(merged)
                continue
            a = np.asarray(item, dtype=float)
            if a.ndim != 2 or a.shape[1] < 2:
                arrays.append(np.zeros((0, 2)))
                continue
            arrays.append(a[:, :2])
        coords, offsets = pack_lines(arrays)
    n = offsets.size - 1
    load_compiled_in_background(n)  # numba loads while the lines are checked and measured
    nverts = np.diff(offsets)
    valid = nverts >= 2
    reasons = np.full(n, "", dtype=object)
    reasons[~valid] = "fewer than two vertices"
    if coords.shape[0]:
        badv = ~(
            np.isfinite(coords).all(axis=1)
            & (np.abs(coords[:, 1]) <= 90.0)
            & (coords[:, 0] >= -360.0)
            & (coords[:, 0] <= 360.0)
        )
        if badv.any():
            owner = np.searchsorted(offsets, np.flatnonzero(badv), side="right") - 1
            bad_lines = np.unique(owner)
            reasons[bad_lines[valid[bad_lines]]] = "coordinates are not finite longitude/latitude"
            valid[bad_lines] = False
            coords = coords.copy()
            coords[badv] = 0.0
    seg = packed_segment_lengths_m(coords, offsets)
    zero = valid & ~(summed_line_lengths(seg, offsets) > 0)
    reasons[zero] = "zero length"
    valid &= ~zero
    for i in np.flatnonzero(~valid):
        report.invalid.append((int(i), str(reasons[i])))
    return coords, offsets, valid, seg


def _reverse_lines(coords, offsets, which):
    """Reverse the vertex order of the lines flagged in ``which`` (returns a new coords array)."""
    if not np.any(which):
        return coords
    nverts = np.diff(offsets)
    idx = np.arange(coords.shape[0], dtype=np.int64)
    rv = np.repeat(which, nverts)
    a = np.repeat(offsets[:-1], nverts)
    b = np.repeat(offsets[1:] - 1, nverts)
    idx[rv] = a[rv] + b[rv] - idx[rv]
    return coords[idx]


# =========================================================================================================
# The network


class _LinkBuilder:
    """Mixin of :class:`~.network.RiverNetwork`: orientation and links between reaches and edges."""

    # ----------------------------------------------------------------------------------------------------
    def _orient_dem(self, coords, offsets, valid, sampler):
        rep = self.report
        if sampler is None:
            raise TailingsError(tr("The DEM direction needs an elevation sampler (a DEM layer)."))
        vi = np.flatnonzero(valid)
        starts = coords[offsets[:-1][vi]]
        ends = coords[offsets[1:][vi] - 1]
        z = sampler(np.vstack([starts, ends]))
        z = np.asarray(
            [np.nan if v is None else v for v in np.asarray(z, dtype=object).reshape(-1)], dtype=float
        )
        if z.size != 2 * vi.size:
            raise TailingsError(
                tr("The elevation sampler returned {k} values for {n} points.").format(
                    k=z.size, n=2 * vi.size
                )
            )
        zs, ze = z[: vi.size], z[vi.size :]
        if vi.size and not (np.isfinite(zs) | np.isfinite(ze)).any():
            # an all-nodata DEM, or one that does not cover the rivers: refuse rather than silently fall
            # back to the digitised direction for every reach (issue 13 item 8)
            raise TailingsError(
                tr(
                    "The DEM gives no elevation at any reach end (all nodata, or it does not cover the "
                    "rivers): the flow direction cannot be taken from it. Use a DEM covering the rivers, or "
                    "another direction source."
                )
            )
        amb = ~(np.isfinite(zs) & np.isfinite(ze)) | (zs == ze)
        rev = np.zeros(offsets.size - 1, dtype=bool)
        rev[vi[~amb & (zs < ze)]] = True
        rep.ambiguous_direction = [int(i) for i in vi[amb]]
        rep.reversed_reaches = [int(i) for i in np.flatnonzero(rev)]
        return _reverse_lines(coords, offsets, rev)

    # ----------------------------------------------------------------------------------------------------
    def _links_from_nodes(self, coords, offsets, valid, tol, fb, seg_len):
        """Links where an end node equals a start node (within tolerance), plus mid-line joins."""
        rep = self.report
        vi = np.flatnonzero(valid)
        nv = vi.size
        sidx = offsets[:-1][vi]
        eidx = offsets[1:][vi] - 1
        pts = np.concatenate([coords[sidx], coords[eidx]])
        # loose ends: an end where no reach starts exactly, a start where no reach ends exactly
        if tol > 0:  # the reach index is built meanwhile (the tracer snaps on it too: core/edge_index.py)
            self._reach_index = IndexBuild(coords, offsets, valid)
        exact = _unique_points(pts[:, 0], pts[:, 1])
        inverse = exact[2]
        has_start = np.zeros(exact[0].size, dtype=bool)
        has_start[inverse[:nv]] = True
        has_end = np.zeros(exact[0].size, dtype=bool)
        has_end[inverse[nv:]] = True
        loose = np.concatenate([~has_end[inverse[:nv]], ~has_start[inverse[nv:]]])
        node, pairs = cluster_points(pts[:, 0], pts[:, 1], tol, loose=loose, exact=exact)
        for a, b, d in pairs:
            ra, rb = vi[a % nv], vi[b % nv]
            rep.joined_by_tolerance.append(
                {
                    "reach_a": int(ra),
                    "end_a": "start" if a < nv else "end",
                    "reach_b": int(rb),
                    "end_b": "start" if b < nv else "end",
                    "distance_m": d,
                    "lon": float(pts[a, 0]),
                    "lat": float(pts[a, 1]),
                }
            )
        snode = node[:nv]
        enode = node[nv:]
        order = np.argsort(snode, kind="stable")
        # the reaches starting at each end node: node numbers are 0 .. nn - 1, so the range of a node in the
        # sorted start nodes comes from counts (a binary search per end misses the CPU cache at every step)
        nn = int(node.max()) + 1 if node.size else 0
        starts_at = np.bincount(snode, minlength=nn)
        first_start = np.cumsum(starts_at) - starts_at
        lo = first_start[enode]
        owner, pos = _expand_ranges(lo, lo + starts_at[enode])
        src = vi[owner]
        dst = vi[order[pos]]
        keep = src != dst
        src, dst = src[keep], dst[keep]
        check_cancel(fb)
        # --- mid-line: ends (and starts) that touch no other end node but lie on another line --------------
        ends_at = np.bincount(enode, minlength=nn)
        lonely_end = np.flatnonzero(
            starts_at[enode] == 0
        )  # ends with no reach leaving them (positions in vi)
        lonely_start = np.flatnonzero(ends_at[snode] == 0)  # sources
        entries = []
        if tol > 0 and (lonely_end.size or lonely_start.size):
            index = self._reach_index.result()
            qr = np.concatenate([vi[lonely_end], vi[lonely_start]])
            qp = np.concatenate([coords[eidx[lonely_end]], coords[sidx[lonely_start]]])
            res = index.nearest(qp[:, 0], qp[:, 1], tol, exclude=qr, feedback=fb)
            hit = np.flatnonzero(res["line"] >= 0)
            new_src, new_dst = [], []
            for h in hit:
                j = int(res["line"][h])
                k = int(res["segment"][h])
                t = float(res["t"][h])
                # chainage of the contact on j and j's length, summed over j's segments (few contacts: no
                # running sum over every segment of the network)
                c = float(np.sum(seg_len[offsets[j] : k])) + t * seg_len[k]
                lj = float(np.sum(seg_len[offsets[j] : offsets[j + 1] - 1]))
                if c <= tol or c >= lj - tol:
                    continue  # touches an end of j: a node contact already handled (or an end-to-end miss)
                info = {
                    "reach": int(qr[h]),
                    "into_reach": j,
                    "chainage_m": float(c),
                    "distance_m": float(res["distance_m"][h]),
                    "lon": float(res["lon"][h]),
                    "lat": float(res["lat"][h]),
                }
                if h < lonely_end.size:
                    rep.midline_joins.append(info)
                    entries.append((j, k, t, float(res["lon"][h]), float(res["lat"][h]), float(c)))
                    new_src.append(int(qr[h]))
                    new_dst.append(j)
                else:
                    rep.starts_on_line.append(
                        {
                            "reach": int(qr[h]),
                            "on_reach": j,
                            "distance_m": info["distance_m"],
                            "lon": info["lon"],
                            "lat": info["lat"],
                        }
                    )
            if new_src:
                src = np.concatenate([src, np.asarray(new_src, np.int64)])
                dst = np.concatenate([dst, np.asarray(new_dst, np.int64)])
        self._link_entry = np.full(src.size, -1, dtype=np.int64)
        if entries:
            self._link_entry[src.size - len(entries) :] = np.arange(len(entries))
        return src, dst, entries

    # ----------------------------------------------------------------------------------------------------
    def _links_from_ids(self, coords, offsets, valid, reach_ids, downstream_ids, tol, fb):
        rep = self.report
        n = offsets.size - 1
        if reach_ids is None or downstream_ids is None:
            raise TailingsError(tr("The id direction needs a reach-id field and a downstream-id field."))
        rid = _ids_to_float(reach_ids)
        did = _ids_to_float(downstream_ids)
        if rid.size != n or did.size != n:
            raise TailingsError(
                tr("There are {a} reach ids and {b} downstream ids for {n} reaches.").format(
                    a=rid.size, b=did.size, n=n
                )
            )
        if np.isnan(rid[valid]).any():
            raise TailingsError(
                tr("{k} reaches have an empty reach id; fill the reach-id field.").format(
                    k=int(np.isnan(rid[valid]).sum())
                )
            )
        vi = np.flatnonzero(valid)
        order = vi[np.argsort(rid[vi], kind="stable")]
        sid = rid[order]
        dup = np.flatnonzero(sid[1:] == sid[:-1]) + 1
        rep.duplicate_ids = sorted(int(order[d]) for d in dup)
        first_of = np.r_[True, sid[1:] != sid[:-1]]
        uo, us = order[first_of], sid[first_of]
        outlet = np.isnan(did) | (did == 0)
        pos = np.searchsorted(us, did)
        pos_c = np.minimum(pos, max(us.size - 1, 0))
        found = ~outlet & (us.size > 0) & (us[pos_c] == did)
        missing = valid & ~outlet & ~found
        rep.missing_downstream = [(int(i), _id_out(downstream_ids, i)) for i in np.flatnonzero(missing)]
        src = np.flatnonzero(valid & found)
        dst = uo[pos_c[src]]
        keep = src != dst
        src, dst = src[keep], dst[keep]
        check_cancel(fb)
        # --- orientation from neighbours -------------------------------------------------------------------
        st = coords[offsets[:-1]]
        en = coords[np.maximum(offsets[1:] - 1, 0)]

        def dmin(p, j):
            a = geodesic_distance_m(p[:, 0], p[:, 1], st[j, 0], st[j, 1])
            b = geodesic_distance_m(p[:, 0], p[:, 1], en[j, 0], en[j, 1])
            return np.minimum(a, b)

        rev = np.zeros(n, dtype=bool)
        if src.size:
            d_end = dmin(en[src], dst)
            d_start = dmin(st[src], dst)
            rev[src[d_start < d_end]] = True
        # outlets (valid, no downstream): orient away from an upstream reach
        has_down = np.zeros(n, bool)
        has_down[src] = True
        up_of = np.full(n, -1, np.int64)
        up_of[dst] = src
        outl = np.flatnonzero(valid & ~has_down & (up_of >= 0))
        if outl.size:
            u = up_of[outl]
            d_end = dmin(en[outl], u)
            d_start = dmin(st[outl], u)
            rev[outl[d_end < d_start]] = True
        rep.reversed_reaches = [int(i) for i in np.flatnonzero(rev)]
        coords = _reverse_lines(coords, offsets, rev)
        # --- entries away from the first vertex of the downstream reach -----------------------------------
        st = coords[offsets[:-1]]
        en = coords[np.maximum(offsets[1:] - 1, 0)]
        gap = geodesic_distance_m(en[src, 0], en[src, 1], st[dst, 0], st[dst, 1])
        far = np.flatnonzero(gap > max(tol, 1e-6))
        entries = []
        self._link_entry = np.full(src.size, -1, dtype=np.int64)
        if far.size:
            seg_len = packed_segment_lengths_m(coords, offsets)
            cum = np.concatenate(([0.0], np.cumsum(seg_len)))
            for li in far:
                check_cancel(fb)
                i, j = int(src[li]), int(dst[li])
                a, b = offsets[j], offsets[j + 1]
                line = coords[a:b]
                x, y = local_xy(line[:, 0], line[:, 1], en[i, 0], en[i, 1])
                t, _, _, d2 = project_to_segments(0.0, 0.0, x[:-1], y[:-1], x[1:], y[1:])
                k = int(np.argmin(d2))
                c = cum[a + k] + t[k] * seg_len[a + k] - cum[a]
                lj = cum[b - 1] - cum[a]
                p = line[k] + t[k] * (line[k + 1] - line[k])
                dist = float(geodesic_distance_m(en[i, 0], en[i, 1], p[0], p[1]))
                if c <= tol or c >= lj - tol:
                    if dist > tol:
                        rep.joined_by_tolerance.append(
                            {
                                "reach_a": i,
                                "end_a": "end",
                                "reach_b": j,
                                "end_b": "start" if c <= tol else "end",
                                "distance_m": dist,
                                "lon": float(en[i, 0]),
                                "lat": float(en[i, 1]),
                            }
                        )
                    continue
                rep.midline_joins.append(
                    {
                        "reach": i,
                        "into_reach": j,
                        "chainage_m": float(c),
                        "distance_m": dist,
                        "lon": float(p[0]),
                        "lat": float(p[1]),
                    }
                )
                self._link_entry[li] = len(entries)
                entries.append((j, a + k, float(t[k]), float(p[0]), float(p[1]), float(c)))
        return coords, src, dst, entries

    # ----------------------------------------------------------------------------------------------------
    def _make_edges(self, entries, seg0=None):
        """Cut reaches at mid-line entry points; build edge arrays and the entry edge of every link."""
        n = self.n_reaches
        coords, offsets = self.coords, self.offsets
        link_entry = self._link_entry
        if not entries:
            self.e_coords = coords
            self.e_offsets = offsets.copy()
            self.e_parent = np.arange(n, dtype=np.int64)
            self.e_from_m = np.zeros(n)
            self.r_first_edge = np.arange(n, dtype=np.int64)
            self.r_last_edge = np.arange(n, dtype=np.int64)
            self._entry_edge_of_link = np.full(link_entry.size, -1, dtype=np.int64)
            self._cuts = (np.zeros(0, np.int64), np.zeros(0))
            return seg0 if seg0 is not None else packed_segment_lengths_m(coords, offsets)
        ent = np.asarray([(e[0], e[1], e[2], e[3], e[4], e[5]) for e in entries], dtype=float)
        reach = ent[:, 0].astype(np.int64)
        segv = ent[:, 1].astype(np.int64)
        order = np.lexsort((ent[:, 2], segv))  # by segment then fraction; segments are grouped by reach
        # identical split points (several tributaries at one point) share one cut
        ordered = ent[order]
        keyk = np.round(ordered[:, 1]).astype(np.int64)
        same = np.r_[False, (keyk[1:] == keyk[:-1]) & (np.abs(ordered[1:, 2] - ordered[:-1, 2]) < 1e-12)]
        cut_id = np.cumsum(~same) - 1  # per ordered entry
        uniq = ordered[~same]
        m = uniq.shape[0]
        k_u = uniq[:, 1].astype(np.int64)
        reach_u = uniq[:, 0].astype(np.int64)
        self._cuts = (k_u, uniq[:, 2].copy())  # segment and fraction of each cut (core/edge_index.py)
        pos = np.repeat(k_u + 1, 2)
        vals = np.repeat(uniq[:, 3:5], 2, axis=0)
        self.e_coords = insert_rows_sorted(coords, pos, vals)
        rank = np.arange(m)
        boundary = k_u + 2 + 2 * rank  # index of the second copy = first vertex of the new edge
        # new reach offsets: shifted by 2 per cut in earlier reaches
        cuts_before = np.searchsorted(reach_u, np.arange(n + 1), side="left")
        r_off = offsets + 2 * cuts_before
        e_off = np.unique(np.concatenate([r_off, boundary]))
        self.e_offsets = e_off
        n_e = e_off.size - 1
        self.e_parent = np.searchsorted(r_off, e_off[:-1], side="right") - 1
        self.e_from_m = np.zeros(n_e)
        cut_edge = np.searchsorted(e_off, boundary)
        self.e_from_m[cut_edge] = uniq[:, 5]
        self.r_first_edge = np.searchsorted(e_off, r_off[:-1])
        self.r_last_edge = np.searchsorted(e_off, r_off[1:]) - 1
        entry_cut = np.empty(len(entries), dtype=np.int64)
        entry_cut[order] = cut_id
        self._entry_edge_of_link = np.where(
            link_entry >= 0, cut_edge[entry_cut[np.maximum(link_entry, 0)]], -1
        )
        del reach, segv
        if seg0 is None:
            return packed_segment_lengths_m(self.e_coords, self.e_offsets)
        # segment lengths of the cut lines: old segments moved to their new index, cut segments re-measured
        # every cut adds two vertices after the start of segment k: the old lengths move past them
        seg = insert_rows_sorted(seg0, np.repeat(k_u + 1, 2), np.zeros(2 * k_u.size))
        assert seg.size == max(self.e_coords.shape[0] - 1, 0)
        ks, cnt = np.unique(k_u, return_counts=True)
        start = ks + 2 * np.searchsorted(k_u, ks, side="left")
        touched = _range_values(start, 2 * cnt + 1)
        pair = np.empty((2 * touched.size, 2))
        pair[0::2] = self.e_coords[touched]
        pair[1::2] = self.e_coords[touched + 1]
        seg[touched] = segment_lengths_m(pair[:, 0], pair[:, 1])[0::2]
        seg[self.e_offsets[1:-1] - 1] = 0.0
        return seg

    # ----------------------------------------------------------------------------------------------------
    def _lake_links(self, lakes, lake_tol, derive_kind, has_down, has_up, link_lakes):
        """Terminal lakes and virtual links through lakes. Returns (src reaches, dst reaches, coords)."""
        rep = self.report
        valid = self.valid
        en = self.coords[np.maximum(self.offsets[1:] - 1, 0)]
        st = self.coords[self.offsets[:-1]]
        outlets = np.flatnonzero(valid & ~has_down)
        if not lakes:
            for i in outlets:
                if self.kind[i] == LAKE:
                    rep.terminal_lakes.append(
                        {"reach": int(i), "lake": -1, "lon": float(en[i, 0]), "lat": float(en[i, 1])}
                    )
                    self.ends_in_lake[i] = True
                else:
                    rep.dangling_ends.append(
                        {"reach": int(i), "lon": float(en[i, 0]), "lat": float(en[i, 1])}
                    )
            return [], [], []
        from shapely.geometry import Point
        from shapely.prepared import prep

        polys = [p for p in lakes]
        tol_deg = lake_tol / _DEG_M
        sources = np.flatnonzero(valid & ~has_up)

        def lake_of(points, strict=False):
            res = np.full(points.shape[0], -1, dtype=np.int64)
            for li, poly in enumerate(polys):
                if poly is None or poly.is_empty:
                    continue
                x0, y0, x1, y1 = poly.bounds
                cand = np.flatnonzero(
                    (res < 0)
                    & (points[:, 0] >= x0 - 3 * tol_deg)
                    & (points[:, 0] <= x1 + 3 * tol_deg)
                    & (points[:, 1] >= y0 - tol_deg)
                    & (points[:, 1] <= y1 + tol_deg)
                )
                if cand.size == 0:
                    continue
                pp = prep(poly)
                for c in cand:
                    pt = Point(points[c, 0], points[c, 1])
                    if pp.contains(pt):
                        res[c] = li
                    elif not strict:
                        # distance in metres from the nearest boundary point
                        q = poly.exterior.interpolate(poly.exterior.project(pt))
                        if geodesic_distance_m(pt.x, pt.y, q.x, q.y) <= lake_tol:
                            res[c] = li
            return res

        out_lake = lake_of(en[outlets])
        src_lake = np.full(sources.size, -1, dtype=np.int64)
        if link_lakes and sources.size:
            # an outflow starts inside the lake polygon and does not end in the same lake
            src_lake = lake_of(st[sources], strict=True)
            end_lake = lake_of(en[sources])
            src_lake[end_lake == src_lake] = -1
        if derive_kind:
            mid = self.coords[(self.offsets[:-1] + self.offsets[1:]) // 2]
            vv = np.flatnonzero(valid)
            inside = np.full(vv.size, -1)
            for li, poly in enumerate(polys):
                if poly is None or poly.is_empty:
                    continue
                x0, y0, x1, y1 = poly.bounds
                cand = np.flatnonzero(
                    (mid[vv, 0] >= x0) & (mid[vv, 0] <= x1) & (mid[vv, 1] >= y0) & (mid[vv, 1] <= y1)
                )
                pp = prep(poly)
                for c in cand:
                    if inside[c] < 0 and pp.contains(Point(mid[vv[c], 0], mid[vv[c], 1])):
                        inside[c] = li
            self.kind[vv[inside >= 0]] = LAKE
        v_src, v_dst, v_coords = [], [], []
        by_lake = {}
        for s, lk in zip(sources, src_lake):
            if lk >= 0:
                by_lake.setdefault(int(lk), []).append(int(s))
        for o, lk in zip(outlets, out_lake):
            if lk >= 0:
                self.ends_in_lake[o] = True
                outs = [s for s in by_lake.get(int(lk), []) if s != o]
                if outs:
                    for s in outs:
                        v_src.append(int(o))
                        v_dst.append(s)
                        v_coords.append([en[o], st[s]])
                        rep.lake_links.append((int(o), int(lk), s))
                else:
                    rep.terminal_lakes.append(
                        {"reach": int(o), "lake": int(lk), "lon": float(en[o, 0]), "lat": float(en[o, 1])}
                    )
            elif self.kind[o] == LAKE:
                self.ends_in_lake[o] = True
                rep.terminal_lakes.append(
                    {"reach": int(o), "lake": -1, "lon": float(en[o, 0]), "lat": float(en[o, 1])}
                )
            else:
                rep.dangling_ends.append({"reach": int(o), "lon": float(en[o, 0]), "lat": float(en[o, 1])})
        return v_src, v_dst, v_coords


def _ids_to_float(ids):
    out = np.empty(len(ids), dtype=float)
    for i, v in enumerate(ids):
        if v is None:
            out[i] = np.nan
            continue
        try:
            out[i] = float(v)
        except (TypeError, ValueError) as exc:
            raise TailingsError(tr("Reach ids must be numbers; got {v!r}.").format(v=v)) from exc
    return out


def _id_out(ids, i):
    v = ids[i]
    try:
        f = float(v)
        return int(f) if f.is_integer() else f
    except (TypeError, ValueError):
        return v
