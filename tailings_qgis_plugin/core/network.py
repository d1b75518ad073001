"""Directed river network built once from reach polylines (lon/lat), for fast downstream tracing.

Public API
----------
- :meth:`RiverNetwork.build_from_digitised` (lines, node_tolerance_m): flow follows the digitising direction.
- :meth:`RiverNetwork.build_from_ids` (lines, reach_ids, downstream_ids): HydroRIVERS convention
  (``NEXT_DOWN`` = 0 or None at an outlet, Lehner & Grill 2013); each reach is oriented by the geometry
  of its neighbours, so digitising direction does not matter.
- :meth:`RiverNetwork.build_from_dem` (lines, elevation_sampler, node_tolerance_m): a reach whose first
  vertex is lower than its last is reversed.
- :class:`LineIndex`: grid index over polylines for "nearest line within a radius" queries (vectorised).
- :class:`NetworkReport`: what was assumed or found wrong (tolerance joins, dangling ends, cycles,
  components, bifurcations, invalid lines, ...).

Input lines
-----------
``lines`` is a list with one item per reach (feature): a ``(k, 2)`` lon/lat array, or a list of such arrays
for a multipart line, or None for a missing geometry. It may also be a packed ``(coords, offsets)`` tuple.
**Multipart lines are merged here**: parts are chained greedily, nearest end to nearest end (reversing a
part when needed) starting from the first part, and gaps between parts are bridged by a straight segment;
gaps wider than the node tolerance are reported (``multipart_gaps``). Results always refer to the input
index of the reach (``reach`` = position in ``lines``).

Internals
---------
Reaches are cut into *edges* where another reach joins them mid-line (the end point of a tributary lies on
the interior of the main river within the node tolerance, or, in id mode, the downstream reach is entered
away from its first vertex). Each edge knows its parent reach and the chainage of its start in the parent.
Lakes may be given as polygons (lon/lat shapely). A reach whose downstream end lies in a lake (within
``lake_tolerance_m``) and that has no downstream reach ends in a *terminal lake* (inland sink: Balkhash, Aral,
Caspian); with ``kinds`` not given, a reach whose middle vertex lies in a lake is of kind lake. For networks
split at lakes without lake centre-lines, ``link_through_lakes=True`` connects such a reach with a reach that
starts inside the same lake polygon and does not end in it again (the outflow) through a *virtual* straight
edge of kind lake (parent -1, marked assumed in pathways). It is off by default: on grid-derived networks
(HydroSHEDS) many tributaries rise near a lake shore and would be mistaken for outflows.
Downstream links between edges are stored as CSR arrays (``down_ptr``, ``down_idx``). Endpoint matching uses
integer keys and grid hashing (sorting), never an all-pairs loop. Cycles (reaches flowing into each other)
are reported and broken at one link each, so that no walk can loop.
"""

from __future__ import annotations

from .common import TailingsError, check_cancel, ensure_feedback, tr
from .geodesy import (
    packed_segment_lengths_m,
)
from .lazy import np
from .network_build import _LinkBuilder, prepare_lines
from .network_graph import _GraphOps
from .network_index import (  # noqa: F401 (re-exported: the network's public API lives here)
    _DEG_M,
    LineIndex,
    _expand_ranges,
    cluster_points,
)
from .network_report import KIND_NAMES, LAKE, RIVER, NetworkReport  # noqa: F401 (re-exported)


# =========================================================================================================
# The network
# =========================================================================================================
class RiverNetwork(_LinkBuilder, _GraphOps):
    """Directed reach graph with geodesic lengths; build once with one of the ``build_from_*`` methods.

    Reach-level attributes (index = input position): ``n_reaches``, ``coords``/``offsets`` (reach lines in
    flow direction), ``valid`` (bool), ``length_km`` (geodesic, 0 for invalid), ``kind`` (0 river, 1 lake),
    ``ends_in_lake`` (the reach's downstream end lies in a lake polygon), ``report``.
    Edge-level (internal, used by tracing): ``e_coords``/``e_offsets``, ``e_parent`` (-1 = virtual lake
    crossing), ``e_from_m`` (chainage of the edge start in its parent), ``e_len_m``, ``e_kind``,
    ``down_ptr``/``down_idx`` (CSR downstream links), ``e_vcum`` (cumulative chainage per edge vertex in
    the packed array, metres).
    """

    def __init__(self):
        self.report = NetworkReport()

    # ----------------------------------------------------------------------------------------------------
    @classmethod
    def build_from_digitised(
        cls,
        lines,
        node_tolerance_m=1.0,
        kinds=None,
        lakes=None,
        lake_tolerance_m=500.0,
        link_through_lakes=False,
        feedback=None,
    ):
        """Flow follows the digitising direction of each line (first vertex upstream)."""
        return cls._build(
            lines, "digitised", node_tolerance_m, kinds, lakes, lake_tolerance_m, link_through_lakes, feedback
        )

    @classmethod
    def build_from_ids(
        cls,
        lines,
        reach_ids,
        downstream_ids,
        node_tolerance_m=1.0,
        kinds=None,
        lakes=None,
        lake_tolerance_m=500.0,
        link_through_lakes=False,
        feedback=None,
    ):
        """Links from a reach-id and a downstream-id per reach (HydroRIVERS ``HYRIV_ID``/``NEXT_DOWN``).

        A downstream id of 0, None or NaN marks an outlet; an id that matches no reach is reported
        (``missing_downstream``) and treated as an outlet. Reaches are oriented from the geometry of their
        downstream (or upstream) neighbour, so the digitising direction does not matter.
        """
        return cls._build(
            lines,
            "ids",
            node_tolerance_m,
            kinds,
            lakes,
            lake_tolerance_m,
            link_through_lakes,
            feedback,
            reach_ids=reach_ids,
            downstream_ids=downstream_ids,
        )

    @classmethod
    def build_from_dem(
        cls,
        lines,
        elevation_sampler,
        node_tolerance_m=1.0,
        kinds=None,
        lakes=None,
        lake_tolerance_m=500.0,
        link_through_lakes=False,
        feedback=None,
    ):
        """Orient each reach downhill with ``elevation_sampler(lonlat (n, 2)) -> elevations (n,)``.

        A reach whose first vertex is lower than its last is reversed; reaches with equal or missing
        (NaN/None) elevations keep their digitised direction and are reported (``ambiguous_direction``).
        """
        return cls._build(
            lines,
            "dem",
            node_tolerance_m,
            kinds,
            lakes,
            lake_tolerance_m,
            link_through_lakes,
            feedback,
            sampler=elevation_sampler,
        )

    def _start_edge_index(self):
        """Start the spatial index of the edges the tracer snaps on (:meth:`edge_index`): a view of the index
        of the reaches the build made for the mid-line joins (:mod:`.edge_index`: the edges are the reaches
        cut at those joins), else, when the build made none, an index of the edges built in a background
        thread while the build goes on."""
        from .edge_index import EdgeViewBuild
        from .network_index import IndexBuild

        build = self.__dict__.pop("_reach_index", None)
        cuts = self.__dict__.pop("_cuts", None)
        if build is not None and cuts is not None:
            self._edge_index_build = EdgeViewBuild(build, self, *cuts)
            return
        self._edge_index_build = IndexBuild(self.e_coords, self.e_offsets, self.valid_edges())

    def valid_edges(self, reaches=None):
        """Whether each edge lies on a valid reach (False for the straight links through lakes): the edges
        facilities snap to. ``reaches``: a mask of the reaches to count instead of the valid ones."""
        reaches = self.valid if reaches is None else reaches
        active = np.zeros(self.e_parent.size, dtype=bool)
        real = self.e_parent >= 0
        active[real] = reaches[self.e_parent[real]]
        return active

    def edge_index(self):
        """The spatial index of the valid edges (waits for its background build), or None: a
        :class:`.network_index.LineIndex` or an :class:`.edge_index.EdgeView`."""
        build = self.__dict__.get("_edge_index_build")
        return None if build is None else build.result()

    # ----------------------------------------------------------------------------------------------------
    @classmethod
    def _build(
        cls,
        lines,
        mode,
        tol,
        kinds,
        lakes,
        lake_tol,
        link_lakes,
        feedback,
        reach_ids=None,
        downstream_ids=None,
        sampler=None,
    ):
        fb = ensure_feedback(feedback)
        self = cls()
        rep = self.report
        rep.direction = mode
        tol = float(tol or 0.0)
        if tol < 0:
            raise TailingsError(tr("The node tolerance must be zero or positive, not {t}.").format(t=tol))
        if lines is None:
            lines = []
        coords, offsets, valid, seg0 = prepare_lines(lines, tol, rep)
        n = offsets.size - 1
        rep.n_reaches = n
        rep.n_valid = int(valid.sum())
        if n == 0 or rep.n_valid == 0:
            raise TailingsError(
                tr(
                    "The river layer has no valid line: {n} features, none with two or more distinct vertices."
                ).format(n=n)
            )
        check_cancel(fb)
        fb.setProgress(5)

        # --- orientation ---------------------------------------------------------------------------------
        if mode == "dem":
            coords = self._orient_dem(coords, offsets, valid, sampler)
            if len(self.report.reversed_reaches):
                seg0 = packed_segment_lengths_m(coords, offsets)
        # --- parent-level links: (src, dst) and mid-line entry points -------------------------------------
        if mode == "ids":
            seg0 = None
            coords, src, dst, entries = self._links_from_ids(
                coords, offsets, valid, reach_ids, downstream_ids, tol, fb
            )
        else:
            src, dst, entries = self._links_from_nodes(coords, offsets, valid, tol, fb, seg0)
        check_cancel(fb)
        fb.setProgress(40)
        self.coords = coords
        self.offsets = offsets
        self.valid = valid
        self.n_reaches = n

        # --- edges: split reaches at mid-line entries ------------------------------------------------------
        seg = self._make_edges(entries, seg0)
        fb.setProgress(55)
        # edge links
        e_first = self.r_first_edge
        e_last = self.r_last_edge
        es = [e_last[src]]
        ed = [np.where(self._entry_edge_of_link >= 0, self._entry_edge_of_link, e_first[dst])]
        within = np.flatnonzero(self.e_parent[:-1] == self.e_parent[1:])
        es.append(within)
        ed.append(within + 1)
        es = np.concatenate(es).astype(np.int64)
        ed = np.concatenate(ed).astype(np.int64)

        # --- kinds and lakes ------------------------------------------------------------------------------
        self.kind = np.zeros(n, dtype=np.uint8)
        if kinds is not None:
            kk = np.asarray(
                [
                    LAKE if (k == LAKE or (isinstance(k, str) and "lake" in k.lower())) else RIVER
                    for k in kinds
                ],
                dtype=np.uint8,
            )
            if kk.size != n:
                raise TailingsError(tr("There are {k} reach kinds for {n} reaches.").format(k=kk.size, n=n))
            self.kind = kk
        self.ends_in_lake = np.zeros(n, dtype=bool)
        has_down = np.zeros(n, dtype=bool)
        has_down[src] = True
        has_up = np.zeros(n, dtype=bool)
        has_up[dst] = True
        v_src, v_dst, v_coords = self._lake_links(
            lakes, lake_tol, kinds is None, has_down, has_up, link_lakes
        )
        if v_src:
            nv = len(v_src)
            base = self.e_parent.size
            self.e_coords = np.vstack([self.e_coords, np.asarray(v_coords).reshape(-1, 2)])
            self.e_offsets = np.concatenate([self.e_offsets, self.e_offsets[-1] + 2 * np.arange(1, nv + 1)])
            self.e_parent = np.concatenate([self.e_parent, np.full(nv, -1, np.int64)])
            self.e_from_m = np.concatenate([self.e_from_m, np.zeros(nv)])
            vids = base + np.arange(nv)
            es = np.concatenate([es, e_last[np.asarray(v_src)], vids])
            ed = np.concatenate([ed, vids, e_first[np.asarray(v_dst)]])
        self.n_edges = self.e_parent.size
        self._start_edge_index()  # built while the graph below is assembled
        vc = np.zeros(self.e_coords.shape[0])
        if seg.size:
            np.cumsum(seg, out=vc[1:])
        self.e_vcum = vc
        last_v = np.maximum(self.e_offsets[1:] - 1, self.e_offsets[:-1])
        self.e_len_m = vc[last_v] - vc[self.e_offsets[:-1]]
        self.e_kind = np.where(self.e_parent >= 0, self.kind[np.maximum(self.e_parent, 0)], LAKE).astype(
            np.uint8
        )
        real = self.e_parent >= 0
        self.length_km = np.bincount(self.e_parent[real], weights=self.e_len_m[real], minlength=n) / 1000.0
        self.length_km[~valid] = 0.0
        fb.setProgress(65)

        # --- CSR, cycles, bifurcations, components --------------------------------------------------------
        if es.size:
            pair = np.unique(es * np.int64(self.n_edges) + ed)
            es = pair // self.n_edges
            ed = pair % self.n_edges
            keep = es != ed
            es, ed = es[keep], ed[keep]
        self._set_csr(es, ed)
        self._break_cycles(fb)
        check_cancel(fb)
        fb.setProgress(85)
        outdeg = np.diff(self.down_ptr)
        bif_e = np.flatnonzero(outdeg >= 2)
        bif_r = self.e_parent[bif_e]
        # a virtual edge bifurcating belongs to the lake: report the reaches feeding it
        rep.bifurcations = sorted({int(r) for r in bif_r if r >= 0} | self._feeders(bif_e[bif_r < 0]))
        self._components()
        fb.setProgress(100)
        for line in rep.summary_lines():
            fb.pushInfo(line)
        return self
