"""Driver of the compiled flow-path kernel (:mod:`core.flowpath_kernels`) for :class:`core.flowpath.FlowPathRouter`.

The kernel walks and floods in machine code; this driver owns its memory and answers its requests:

* DEM blocks (256 x 256, float32) are read by :class:`core.dem.DemReader` (same values, same errors) into a
  pool of ``cache_mb`` (oldest block dropped first), indexed by block number;
* the per-path conditioning (flags, filled elevations, flat distances: 7 bytes a cell) lives in a pool of
  64 x 64-cell tiles that grows as a flood touches more tiles and is cleared after each path, as in the
  Python router;
* river cells (rasterised reaches, or river-mask blocks read when a path first needs them, in the same
  order as the Python router reads them) are copied into a third pool;
* every ``slice`` cells the kernel returns, and the driver checks for cancel.

numba is imported only here (through :mod:`core.flowpath_kernels`), never at plugin start. Without numba,
:class:`core.flowpath.FlowPathRouter` traces with its pure-Python engine, which gives the same paths.
"""

from __future__ import annotations

import os
from collections import deque

from .common import check_cancel, tr
from .dem import BLOCK, BLOCK_BYTES, DemReadError
from .lazy import np, optional_module
from .numbers import num

_CELLS = BLOCK * BLOCK
_PSHIFT = 6  # per-path tiles of 64 x 64 cells (as core.flowpath_kernels.PSHIFT)
_PMASK = (1 << _PSHIFT) - 1
_PCELLS = 1 << (2 * _PSHIFT)
ENGINE_ENV = "TAILINGS_FLOWPATH_ENGINE"  # "python" forces the pure-Python engine (tests, comparisons)


def kernels():
    """The kernels module (numba imported), or None when numba is not installed or cannot compile."""
    return optional_module(__name__.rsplit(".", 1)[0] + ".flowpath_kernels")


def choose_engine(engine: str) -> str:
    """``"numba"`` or ``"python"`` for the requested ``engine`` (``"auto"``: numba when it is installed,
    unless the environment variable TAILINGS_FLOWPATH_ENGINE says ``python``)."""
    if engine == "auto":
        engine = os.environ.get(ENGINE_ENV, "auto").strip().lower() or "auto"
    if engine == "python":
        return "python"
    if engine in ("auto", "numba"):
        if kernels() is not None:
            return "numba"
        if engine == "numba":
            raise RuntimeError(
                tr("The compiled flow-path engine needs numba (Debian/Ubuntu: python3-numba; conda: numba).")
            )
        return "python"
    raise ValueError(f"unknown flow-path engine {engine!r}")


class FastEngine:
    """State and memory of the compiled kernel for one router (one DEM)."""

    SLICE = 1 << 18  # cells between two cancel checks
    REOPEN_EVERY = 32  # DEM blocks read between two releases of GDAL's cache (32 Int16 tiles: 4 MiB)
    # per-path tiles (64 x 64 cells, 28 KiB): reserved, not used, memory (np.zeros maps its pages when they are
    # first written; 8192 tiles reserve 224 MiB of address space); a larger flood grows the pool by doubling
    INITIAL_SLOTS = 8192
    INITIAL_BUFFER = 4096  # path and queue buffers (grow by doubling)

    def __init__(self, router, cache_mb: float):
        self.k = kernels()
        assert self.k.PSHIFT == _PSHIFT
        self.router = router
        dem = router.dem
        self.dem = dem
        self.nbx = dem._nbx
        nblocks = dem._nbx * dem._nby
        # DEM block pool: the router's DemReader keeps only the few blocks its own look-ups need
        self.ncache = max(16, int(cache_mb * 1024 * 1024) // BLOCK_BYTES)
        dem.max_bytes = 4 * BLOCK_BYTES
        self.zslot = np.full(nblocks, -1, dtype=np.int32)
        self.zpool = np.zeros((self.ncache, _CELLS), dtype=np.float32)
        self.zkeys = np.full(self.ncache, -1, dtype=np.int64)
        self.zorder: deque = deque()
        self.blocks_read = 0
        # per-path pool
        self.pnx = (router.W + _PMASK) >> _PSHIFT
        self.pslot = np.full(self.pnx * ((router.H + _PMASK) >> _PSHIFT), -1, dtype=np.int32)
        self._alloc_path_pool(min(len(self.pslot), self.INITIAL_SLOTS))
        # river pool
        self.rseen = np.ones(nblocks, dtype=np.uint8)
        self.rslot = np.full(nblocks, -1, dtype=np.int32)
        self.rpool = np.zeros((0, _CELLS), dtype=np.uint8)
        self.rcount = 0
        self.sync_rivers(all_blocks=True)
        self.dx = np.ascontiguousarray(dem.dx, dtype=np.float64)
        self.dy = np.ascontiguousarray(dem.dy, dtype=np.float64)
        self.dd = np.ascontiguousarray(dem.dd, dtype=np.float64)
        n = max(16, self.INITIAL_BUFFER)
        self.pcell = np.zeros(n, dtype=np.int64)
        self.pcum = np.zeros(n, dtype=np.float64)
        self.pz = np.zeros(n, dtype=np.float32)
        self.he = np.zeros(n, dtype=np.float32)
        self.hs = np.zeros(n, dtype=np.int64)
        self.hc = np.zeros(n, dtype=np.int64)
        self.st = np.zeros(24, dtype=np.int64)
        self.fs = np.zeros(8, dtype=np.float64)

    # --- pools -------------------------------------------------------------------
    def _alloc_path_pool(self, n: int) -> None:
        self.pkeys = np.full(n, -1, dtype=np.int64)
        # np.zeros: pages are mapped when first written, so unused slots cost no memory
        self.flags = np.zeros((n, _PCELLS), dtype=np.uint8)
        self.fillv = np.zeros((n, _PCELLS), dtype=np.float32)
        self.flatd = np.zeros((n, _PCELLS), dtype=np.uint16)

    def _grow_path_pool(self) -> None:
        used = int(self.st[self.k.S_NSLOT])
        old = (self.pkeys, self.flags, self.fillv, self.flatd)
        self._alloc_path_pool(min(len(self.pslot), 2 * len(old[0])))
        for new, o in zip((self.pkeys, self.flags, self.fillv, self.flatd), old):
            new[:used] = o[:used]

    def _clear_path_pool(self) -> None:
        used = int(self.st[self.k.S_NSLOT])
        if used:
            self.pslot[self.pkeys[:used]] = -1
            self.pkeys[:used] = -1
            self.flags[:used] = 0
            self.flatd[:used] = 0
        self.st[self.k.S_NSLOT] = 0
        if used > 4096 or len(self.pkeys) > self.INITIAL_SLOTS:  # give back the memory of a large flood
            self._alloc_path_pool(min(len(self.pslot), self.INITIAL_SLOTS))

    def _load_z(self, key: int) -> None:
        dem = self.dem
        blk = dem._blocks.get(key)
        if blk is None:
            blk = dem._load(key)  # nodata as NaN, edge blocks padded with NaN; DemReadError if damaged
            dem._blocks.pop(key, None)
        if len(self.zorder) >= self.ncache:
            old = self.zorder.popleft()
            slot = int(self.zslot[old])
            self.zslot[old] = -1
        else:
            slot = len(self.zorder)
        self.zpool[slot] = np.frombuffer(blk, dtype=np.float32)
        self.zslot[key] = slot
        self.zorder.append(key)
        self.blocks_read += 1
        if not self.blocks_read % self.REOPEN_EVERY:
            self._drop_gdal_cache()

    def _drop_gdal_cache(self) -> None:
        """Close and reopen the DEM: GDAL frees the decoded tiles it cached for it (up to GDAL_CACHEMAX, by
        default 5 % of the RAM, for the whole process), which the block pool already holds."""
        import rasterio

        dem = self.dem
        if dem._ds is None:
            return
        dem._ds.close()
        dem._ds = None
        try:
            dem._ds = rasterio.open(dem.path)
        except Exception as exc:
            raise DemReadError(
                tr("Cannot open the DEM {path}: {err}").format(path=dem.path, err=exc)
            ) from exc

    def sync_rivers(self, all_blocks: bool = False) -> None:
        """Move the river cells the router has marked (rasterised reaches, river-mask blocks) into the river
        pool, adding them to the cells already there; the router's copies are dropped (no second copy)."""
        router = self.router
        if all_blocks and router._mask_ds is not None:
            self.rseen[:] = 0
        if router._mask_ds is not None:
            self.rseen[list(router._mask_seen)] = 1
        keys = list(router._rmask)
        new = [k for k in keys if self.rslot[k] < 0]
        if self.rcount + len(new) > len(self.rpool):
            pool = np.zeros((max(2 * len(self.rpool), self.rcount + len(new)), _CELLS), dtype=np.uint8)
            pool[: self.rcount] = self.rpool[: self.rcount]
            self.rpool = pool
        if new:
            self.rslot[new] = np.arange(self.rcount, self.rcount + len(new), dtype=np.int32)
            self.rcount += len(new)
        for k in keys:
            self.rpool[self.rslot[k]] |= np.frombuffer(router._rmask.pop(k), dtype=np.uint8)

    # --- tracing -------------------------------------------------------------------
    def walk(self, r: int, c: int, max_len: float):
        """Trace from cell (r, c): (cells, z, filled z, flat distances, end reason index, depressions)."""
        k = self.k
        router = self.router
        st, fs = self.st, self.fs
        W = router.W
        st[:] = 0
        fs[:] = 0.0
        st[k.S_H], st[k.S_W], st[k.S_NBX], st[k.S_PNX] = router.H, W, self.nbx, self.pnx
        st[k.S_LIMIT] = router.max_flood_cells
        st[k.S_SLICE] = self.SLICE
        st[k.S_PHASE] = k.PH_WALK
        st[k.S_G] = r * W + c
        st[k.S_NPATH] = 1
        fs[k.F_MAXLEN] = max_len
        fs[k.F_MAXDEPTH] = router.max_fill_depth_m
        self.pcell[0] = r * W + c
        self.pcum[0] = 0.0
        self.pz[0] = router.dem.get(r, c)
        fb = router.feedback
        try:
            while True:
                D = (
                    self.zslot, self.zpool, self.pslot, self.pkeys, self.flags, self.fillv, self.flatd,
                    self.rseen, self.rslot, self.rpool, self.dx, self.dy, self.dd,
                )  # fmt: skip
                status = k.trace_kernel(
                    st, fs, D, (self.pcell, self.pcum, self.pz), (self.he, self.hs, self.hc)
                )
                if status == k.DONE:
                    break
                if status == k.NEED_Z:
                    self._load_z(int(st[k.S_ARG]))
                elif status == k.NEED_RIVER:
                    router._mask_block(int(st[k.S_ARG]))
                    self.sync_rivers()
                elif status == k.NEED_SLOT:
                    self._grow_path_pool()
                elif status == k.GROW_PATH:
                    n = 2 * len(self.pcell)
                    self.pcell = _grown(self.pcell, n)
                    self.pcum = _grown(self.pcum, n)
                    self.pz = _grown(self.pz, n)
                elif status == k.GROW_HEAP:
                    n = 2 * len(self.hc)
                    self.he = _grown(self.he, n)
                    self.hs = _grown(self.hs, n)
                    self.hc = _grown(self.hc, n)
                elif status == k.YIELD:
                    check_cancel(fb)
            return self._collect()
        finally:
            self._clear_path_pool()

    def _collect(self):
        k = self.k
        st, fs = self.st, self.fs
        router = self.router
        n = int(st[k.S_NPATH])
        cells = self.pcell[:n].copy()
        z = self.pz[:n].astype(np.float64)
        rows, cols = cells // router.W, cells % router.W
        keys = (rows >> _PSHIFT) * self.pnx + (cols >> _PSHIFT)
        idx = ((rows & _PMASK) << _PSHIFT) | (cols & _PMASK)
        slot = self.pslot[keys]
        has = slot >= 0
        fl = np.zeros(n, dtype=np.uint8)
        fl[has] = self.flags[slot[has], idx[has]]
        zf = z.copy()
        filled = (fl & k.FILLED) != 0
        zf[filled] = self.fillv[slot[filled], idx[filled]]
        fd = np.zeros(n, dtype=np.int64)
        fd[has] = self.flatd[slot[has], idx[has]]
        n_dep = int(st[k.S_NDEP])
        popped = int(st[k.S_POPPED])
        pit = int(st[k.S_PIT])
        if pit == k.PIT_LIMIT:
            router.feedback.pushWarning(
                tr("A depression or flat larger than {n} cells was met; the path stops there.").format(
                    n=router.max_flood_cells
                )
            )
        if n_dep:
            router.n_floods += 1
            router.flooded_cells += popped
            g0 = int(st[k.S_G0])
            r0, c0 = divmod(g0, router.W)
            top = float(fs[k.F_TOP])
            if top > fs[k.F_E0] and popped > 1_000_000:
                ll = router.dem.to_lonlat(router.dem.rowcol_to_xy([r0], [c0]))[0]
                router.feedback.pushWarning(
                    tr(
                        "The depression near {lon} E, {lat} N drains only over a spill at {z} m; "
                        "{n} cells were flooded to find it."
                    ).format(lon=num(ll[0], 4), lat=num(ll[1], 4), z=num(top, 1), n=popped)
                )
        return rows, cols, z, zf, fd, int(st[k.S_REASON]), n_dep


def _grown(a, n: int):
    out = np.zeros(n, dtype=a.dtype)
    out[: len(a)] = a
    return out
