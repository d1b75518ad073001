"""Graph side of :class:`~.network.RiverNetwork`: CSR downstream links, cycles and components."""

from __future__ import annotations

from .common import check_cancel
from .lazy import np


class _GraphOps:
    """Mixin of :class:`~.network.RiverNetwork`: downstream links (CSR), cycle breaking, components."""

    # ----------------------------------------------------------------------------------------------------
    def _set_csr(self, es, ed):
        order = np.lexsort((ed, es))
        es, ed = es[order], ed[order]
        self.down_ptr = np.zeros(self.n_edges + 1, dtype=np.int64)
        np.cumsum(np.bincount(es, minlength=self.n_edges), out=self.down_ptr[1:])
        self.down_idx = ed.astype(np.int64)
        self._es = es

    def downstream_edges(self, e):
        return self.down_idx[self.down_ptr[e] : self.down_ptr[e + 1]]

    def downstream(self, reach):
        """Reaches directly downstream of ``reach`` (through lakes if lake links were made)."""
        out = []
        stack = [int(e) for e in self.downstream_edges(self.r_last_edge[reach])]
        while stack:
            e = stack.pop()
            p = int(self.e_parent[e])
            if p >= 0:
                out.append(p)
            else:
                stack.extend(int(x) for x in self.downstream_edges(e))
        return sorted(set(out))

    def _feeders(self, vedges):
        out = set()
        if len(vedges) == 0:
            return out
        vset = set(int(v) for v in vedges)
        for e, d in zip(self._es, self.down_idx):
            if int(d) in vset and self.e_parent[e] >= 0:
                out.add(int(self.e_parent[e]))
        return out

    # ----------------------------------------------------------------------------------------------------
    def _break_cycles(self, fb):
        """Find cycles (strongly connected components) and cut one link in each until none is left.

        Candidates are found cheaply: on the functional graph of first successors, pointer jumping leaves
        every edge that cannot reach an end; with bifurcations, the sub-graph reachable from them is added.
        Only those candidates go through Tarjan's algorithm (Tarjan 1972, SIAM J. Comput. 1:146-160).
        """
        rep = self.report
        ne = self.n_edges
        for _ in range(50):
            outdeg = np.diff(self.down_ptr)
            has = outdeg > 0
            nxt = np.full(ne + 1, ne, dtype=np.int64)
            nxt[:ne][has] = self.down_idx[self.down_ptr[:-1][has]]
            cur = nxt
            n_end = -1
            while True:  # stops once no chain gets longer: every acyclic chain then reached the sentinel
                cur = cur[cur]
                k = int(np.count_nonzero(cur == ne))
                if k == n_end:
                    break
                n_end = k
            cand = set(np.flatnonzero(cur[:ne] != ne).tolist())
            bif = np.flatnonzero(outdeg >= 2)
            if bif.size:
                stack = list(bif.tolist())
                seen = set(stack)
                while stack:
                    e = stack.pop()
                    for d in self.down_idx[self.down_ptr[e] : self.down_ptr[e + 1]].tolist():
                        if d not in seen:
                            seen.add(d)
                            stack.append(d)
                cand |= seen
            if not cand:
                return
            sccs = _tarjan(cand, self.down_ptr, self.down_idx)
            cyc = [c for c in sccs if len(c) > 1]
            if not cyc:
                return
            cut = set()
            for comp in cyc:
                members = set(comp)
                reaches = sorted({int(self.e_parent[e]) for e in comp if self.e_parent[e] >= 0})
                rep.cycles.append(reaches)
                # cut the link leaving the member with the largest index towards another member
                e = max(comp)
                for d in self.down_idx[self.down_ptr[e] : self.down_ptr[e + 1]].tolist():
                    if d in members:
                        cut.add((e, d))
                        rep.cut_links.append((int(self.e_parent[e]), int(self.e_parent[d])))
                        break
            es = self._es
            ed = self.down_idx
            keep = np.ones(es.size, dtype=bool)
            key = es * np.int64(ne) + ed
            ck = np.asarray([a * ne + b for a, b in cut], dtype=np.int64)
            keep &= ~np.isin(key, ck)
            self._set_csr(es[keep], ed[keep])
            check_cancel(fb)

    # ----------------------------------------------------------------------------------------------------
    def _components(self):
        """Drainage systems: reaches grouped by the end edge their first-successor chain reaches."""
        ne = self.n_edges
        outdeg = np.diff(self.down_ptr)
        has = outdeg > 0
        term = np.arange(ne, dtype=np.int64)
        term[has] = self.down_idx[self.down_ptr[:-1][has]]
        while True:  # pointer jumping to the last edge of the first-successor chain (graph is acyclic now)
            nt = term[term]
            if np.array_equal(nt, term):
                break
            term = nt
        comp = np.full(self.n_reaches, -1, dtype=np.int64)
        real = self.e_parent >= 0
        _, lab = np.unique(term, return_inverse=True)
        comp[self.e_parent[real]] = lab.reshape(-1)[real]
        comp[~self.valid] = -1
        used = np.unique(comp[comp >= 0])
        remap = np.full(comp.max() + 2 if comp.size else 1, -1)
        remap[used] = np.arange(used.size)
        comp[comp >= 0] = remap[comp[comp >= 0]]
        self.report.component = comp
        self.report.n_components = int(used.size)

    # ----------------------------------------------------------------------------------------------------
    def reach_line(self, reach):
        """Coordinates of a reach in flow direction, ``(k, 2)`` lon/lat."""
        return self.coords[self.offsets[reach] : self.offsets[reach + 1]]

    def edge_line(self, e):
        return self.e_coords[self.e_offsets[e] : self.e_offsets[e + 1]]


def _tarjan(nodes, ptr, idx):
    """Strongly connected components among ``nodes`` (iterative Tarjan 1972)."""
    index = {}
    low = {}
    on = set()
    stack = []
    out = []
    counter = 0
    for root in nodes:
        if root in index:
            continue
        work = [(root, iter(idx[ptr[root] : ptr[root + 1]].tolist()))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on.add(root)
        while work:
            v, it = work[-1]
            advanced = False
            for w in it:
                if w not in nodes:
                    continue
                if w not in index:
                    index[w] = low[w] = counter
                    counter += 1
                    stack.append(w)
                    on.add(w)
                    work.append((w, iter(idx[ptr[w] : ptr[w + 1]].tolist())))
                    advanced = True
                    break
                if w in on:
                    low[v] = min(low[v], index[w])
            if advanced:
                continue
            work.pop()
            if work:
                u = work[-1][0]
                low[u] = min(low[u], low[v])
            if low[v] == index[v]:
                comp = []
                while True:
                    w = stack.pop()
                    on.discard(w)
                    comp.append(w)
                    if w == v:
                        break
                out.append(comp)
    return out
