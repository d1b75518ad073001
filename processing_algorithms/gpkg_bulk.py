"""Fast GeoPackage output: rows written straight into the SQLite tables of a layer that QGIS created.

Writing a feature through a QGIS sink costs tens of microseconds (a ``QgsFeature``, a ``QgsGeometry`` and the
OGR driver per feature); a pathway output of a large network has a million features. When a destination is a
GeoPackage file, the algorithm still asks QGIS for the sink (so the file, its schema, its spatial reference,
the output guard's temporary path and the layer to load on completion are QGIS's own), closes it while it is
empty, and then :class:`GpkgLayerWriter` inserts the rows with SQLite in one transaction:

- geometries are GeoPackage binary blobs (OGC 12-128r18, GeoPackage 1.2, clause 2.1.3: ``GP`` header,
  version, flags, ``srs_id``, the envelope for lines, then ISO WKB), their headers built with numpy for all
  rows at once;
- the layer's triggers (R-tree spatial index and feature count, which call SpatiaLite-style SQL functions that
  only GDAL registers) are set aside during the insert and re-created unchanged; the R-tree index (GeoPackage
  extension F.3, ``gpkg_rtree_index``) is then filled from envelopes computed with numpy, and the extent in
  ``gpkg_contents`` and the count in ``gpkg_ogr_contents`` are updated, as GDAL does when it closes a layer.

:meth:`GpkgLayerWriter.open` returns None whenever the destination is not a plain GeoPackage layer with
exactly the expected columns (another format, a database, an appended/remapped layer): the caller then writes
through the QGIS sink as before. Any error rolls the transaction back, leaving the empty layer QGIS created.
"""

from __future__ import annotations

import os
import queue
import sqlite3
import threading

from tailings_qgis_plugin.core.lazy import np

from .output_guard import split_uri

_DTYPES = {}


def _dtype(kind):
    """Record layouts of the geometry blobs (numpy loads when an algorithm runs, not with the plugin):
    ``line``: GeoPackage binary header (clause 2.1.3) + envelope [minx, maxx, miny, maxy] + WKB LineString
    header; ``point``: header without envelope (as GDAL writes points) + WKB Point."""
    if not _DTYPES:
        head = [("magic", "S2"), ("version", "u1"), ("flags", "u1"), ("srs_id", "<i4")]
        wkb = [("order", "u1"), ("wkb_type", "<u4")]
        _DTYPES["line"] = np.dtype([*head, ("env", "<f8", (4,)), *wkb, ("count", "<u4")])
        _DTYPES["point"] = np.dtype([*head, *wkb, ("xy", "<f8", (2,))])
    return _DTYPES[kind]


_LITTLE_ENDIAN = 0x01  # flags bit 0
_ENVELOPE_XY = 0x02  # flags bits 1-3 = 1: envelope [minx, maxx, miny, maxy]
_EMPTY = 0x10  # flags bit 4


def _q(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


#: rows per INSERT statement: one statement with many VALUES rows costs a third less than as many
#: one-row statements (fewer statement resets and steps), measured on 1.1 million pathway rows
ROWS_PER_STATEMENT = 100


#: rows turned into Python values at a time by :func:`insert_rows` (bounds the memory of large columns)
ROWS_PER_PASS = 50_000


def insert_rows(con, head, columns, per=ROWS_PER_STATEMENT):
    """``INSERT`` the rows given as ``columns`` (equal-length sequences or numpy arrays) with ``head``
    (``"INSERT INTO t (a, b) VALUES "``): ``per`` rows per statement, then the remainder one row at a time.
    The bound variables (``per`` x columns) stay far below SQLite's limit (32,766 since 3.32). Numpy
    columns become Python values :data:`ROWS_PER_PASS` rows at a time."""
    k = len(columns)
    n = len(columns[0]) if k else 0
    if n == 0:
        return
    row = "(" + ", ".join("?" * k) + ")"
    many = head + ", ".join([row] * per)
    step = max(ROWS_PER_PASS // per, 1) * per
    full = n - n % per if n >= per else 0
    for a in range(0, full, step):
        b = min(a + step, full)
        flat = [None] * ((b - a) * k)
        for j, col in enumerate(columns):
            flat[j::k] = _values(col, a, b)
        params = iter(flat)
        con.executemany(many, zip(*[params] * (k * per)))
    if n > full:
        con.executemany(head + row, zip(*(_values(col, full, n) for col in columns)))


def _values(col, a, b):
    """Rows ``a:b`` of a column as a Python sequence (a slice of a list is already a new list)."""
    part = col[a:b]
    return part.tolist() if hasattr(part, "tolist") else part


#: a GeoPackage up to this size (a file QGIS has just created holds a few hundred kB) is rebuilt with
#: :data:`PAGE_SIZE` pages before the rows go in
SMALL_FILE = 4 << 20
PAGE_SIZE = 65536  # SQLite's largest page: a million pathway rows go in ~15 % faster than with 4 kB pages


def _large_pages(con, path):
    """Rebuild a small, freshly created GeoPackage with large pages (``VACUUM``, a few milliseconds):
    fewer pages to allocate and link per row. Skipped for a file with more in it (a ``VACUUM`` rewrites
    every layer) and when SQLite refuses (another connection reading the file)."""
    if path is None or os.path.getsize(path) > SMALL_FILE:
        return
    if con.execute("PRAGMA page_size").fetchone()[0] >= PAGE_SIZE:
        return
    try:
        con.execute(f"PRAGMA page_size = {PAGE_SIZE}")
        con.execute("VACUUM")
    except sqlite3.Error:
        pass


def _has_sequence(con):
    """Whether the file has SQLite's table of AUTOINCREMENT counters."""
    return con.execute("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_sequence'").fetchone() is not None


def destination_file(dest):
    """``(path, table or None)`` when ``dest`` (what ``parameterAsSink`` returned) is a GeoPackage file that
    exists, else None."""
    if not isinstance(dest, str):
        return None
    path, table = split_uri(dest)
    if not path or not path.lower().endswith(".gpkg") or not os.path.isfile(path):
        return None
    return path, table


def bulk_destination(parameters, name, dest) -> bool:
    """True when the rows of output ``name`` may bypass the sink: ``dest`` is a GeoPackage file and the
    output is not appended to an existing layer through a field mapping (which only the sink applies)."""
    from qgis.core import QgsProcessingOutputLayerDefinition

    value = parameters.get(name)
    if isinstance(value, QgsProcessingOutputLayerDefinition) and value.useRemapping():
        return False
    return destination_file(dest) is not None


class GpkgLayerWriter:
    """Bulk insert into one empty GeoPackage feature table (see the module docstring).

    Use :meth:`open`, then :meth:`add_lines` / :meth:`add_points` any number of times, then :meth:`close`
    (commits) or :meth:`abort` (rolls back).

    The ``INSERT`` statements run in a background thread (:class:`_Inserter`): SQLite releases the GIL while
    it writes, so the caller computes its next batch of rows meanwhile (on 1.1 million pathway rows the
    inserts took about 2.5 s of a 12 s run). At most :data:`QUEUED_BATCHES` batches wait, which bounds the
    memory; an error in the thread is raised by the next call in the caller's thread."""

    def __init__(self, con, table, fid, geom, srs_id, fields, rtree, triggers, node_size=None):
        self.con = con
        self.table = table
        self.fid = fid
        self.geom = geom
        self.srs_id = srs_id
        self.fields = list(fields)
        self.rtree = rtree
        self.triggers = triggers
        self._node_size = node_size  # of the empty R-tree; None: its rows go in one at a time
        self.count = 0
        self.extent = None
        # the table is empty and its counter reset: SQLite numbers the rows 1, 2, ... itself (binding the
        # fids would be one more value a row for the inserter, the slowest part of a large write)
        cols = ", ".join(_q(c) for c in [geom, *self.fields])
        self._insert = f"INSERT INTO {_q(table)} ({cols}) VALUES "
        self._boxes = []
        self._inserter = _Inserter(con)
        self._closed = False

    @classmethod
    def open(cls, dest, fields):
        """A writer for the layer of ``dest`` whose attribute columns are exactly ``fields``; None when the
        fast path does not apply (see the module docstring)."""
        target = destination_file(dest)
        if target is None:
            return None
        path, table = target
        try:
            # used by the inserter thread, then by the caller's thread once the inserter has finished
            con = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        except sqlite3.Error:
            return None
        try:
            writer = cls._prepare(con, table, fields, path)
        except sqlite3.Error:
            writer = None
        if writer is None:
            con.close()
        return writer

    @classmethod
    def _prepare(cls, con, table, fields, path=None):
        rows = con.execute(
            "SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c JOIN gpkg_geometry_columns g "
            "ON lower(g.table_name) = lower(c.table_name) WHERE c.data_type = 'features'"
        ).fetchall()
        if table is not None:
            rows = [r for r in rows if r[0].lower() == table.lower()]
        if len(rows) != 1:
            return None
        table, geom, srs_id = rows[0]
        info = con.execute(f"PRAGMA table_info({_q(table)})").fetchall()
        pk = [r[1] for r in info if r[5]]
        names = [r[1] for r in info]
        if len(pk) != 1 or geom not in names:
            return None
        rest = [n for n in names if n not in (pk[0], geom)]
        if sorted(n.lower() for n in rest) != sorted(f.lower() for f in fields):
            return None
        if con.execute(f"SELECT EXISTS (SELECT 1 FROM {_q(table)})").fetchone()[0]:
            return None  # only a layer QGIS has just created, still empty
        rtree = None
        ext = con.execute(
            "SELECT 1 FROM gpkg_extensions WHERE lower(table_name) = lower(?) AND lower(column_name) = "
            "lower(?) AND extension_name = 'gpkg_rtree_index'",
            (table, geom),
        ).fetchone()
        if ext:
            rtree = f"rtree_{table}_{geom}"
            if not con.execute("SELECT 1 FROM sqlite_master WHERE name = ?", (rtree,)).fetchone():
                rtree = None
        _large_pages(con, path)
        node_size = rtree_node_size(con, rtree) if rtree is not None else None
        con.execute("PRAGMA synchronous = OFF")  # a temporary file until the output guard moves it
        con.execute("PRAGMA cache_size = -65536")  # 64 MB of page cache (the default is 2 MB)
        con.execute("BEGIN IMMEDIATE")
        if _has_sequence(con):  # the rows are numbered from 1, as in a layer that never held one
            con.execute("DELETE FROM sqlite_sequence WHERE lower(name) = lower(?)", (table,))
        triggers = con.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND lower(tbl_name) = lower(?)",
            (table,),
        ).fetchall()
        for name, _sql in triggers:
            con.execute(f"DROP TRIGGER {_q(name)}")
        return cls(con, table, pk[0], geom, srs_id, fields, rtree, triggers, node_size)

    # ------------------------------------------------------------------------------------------------------
    def add_lines(self, coords, offsets, columns):
        """LineStrings ``coords[offsets[i]:offsets[i + 1]]`` (x, y; at least 2 vertices each) with the
        attribute ``columns`` (one list per field, in the order given to :meth:`open`). The rows are
        written later, in the inserter's thread: the caller may reuse its lists, but must not change
        ``coords`` in place afterwards (a contiguous float64 array is read as it is, not copied)."""
        n = int(offsets.size - 1)
        if n <= 0:
            return
        coords = np.ascontiguousarray(coords, dtype="<f8")
        starts = offsets[:-1]
        counts = np.diff(offsets)
        low = np.minimum.reduceat(coords, starts, axis=0)
        high = np.maximum.reduceat(coords, starts, axis=0)
        box = np.empty((n, 4))
        box[:, 0] = low[:, 0]
        box[:, 1] = high[:, 0]
        box[:, 2] = low[:, 1]
        box[:, 3] = high[:, 1]
        head = np.zeros(n, _dtype("line"))
        head["magic"] = b"GP"
        head["flags"] = _LITTLE_ENDIAN | _ENVELOPE_XY
        head["srs_id"] = self.srs_id
        head["env"] = box
        head["order"] = 1
        head["wkb_type"] = 2
        head["count"] = counts
        # the coordinates are cut from the caller's array itself (a byte view, not a copy of every vertex)
        self._write(
            _LineBlobs(head.tobytes(), memoryview(coords).cast("B"), offsets, head.dtype.itemsize),
            columns,
            box,
        )

    def add_points(self, x, y, columns):
        """Points (x, y) with the attribute ``columns``; a non-finite point is written as an empty point."""
        x = np.asarray(x, float)
        y = np.asarray(y, float)
        n = x.size
        if n == 0:
            return
        pts = np.zeros(n, _dtype("point"))
        pts["magic"] = b"GP"
        ok = np.isfinite(x) & np.isfinite(y)
        pts["flags"] = np.where(ok, _LITTLE_ENDIAN, _LITTLE_ENDIAN | _EMPTY)
        pts["srs_id"] = self.srs_id
        pts["order"] = 1
        pts["wkb_type"] = 1
        pts["xy"][:, 0] = np.where(ok, x, np.nan)
        pts["xy"][:, 1] = np.where(ok, y, np.nan)
        raw = pts.tobytes()
        size = pts.dtype.itemsize
        blobs = [raw[i : i + size] for i in range(0, n * size, size)]
        box = np.stack([x, x, y, y], axis=1)
        box[~ok] = np.nan
        self._write(blobs, columns, box)

    def _write(self, blobs, columns, box):
        """``blobs``: a list of geometry blobs, or a :class:`_LineBlobs` (made in the inserter's thread)."""
        n = len(blobs)
        # copies: the rows are written later, in the inserter's thread, and callers may reuse their lists;
        # these rows get the fids count + 1 ... count + n
        self._inserter.put(self._insert, [blobs, *(list(c) for c in columns)])
        keep = np.flatnonzero(np.all(np.isfinite(box), axis=1))
        if self.rtree is not None:
            self._boxes.append((keep + self.count + 1, box[keep]))
        finite = box[keep]
        if finite.size:
            e = (finite[:, 0].min(), finite[:, 1].max(), finite[:, 2].min(), finite[:, 3].max())
            if self.extent is not None:
                p = self.extent
                e = (min(p[0], e[0]), max(p[1], e[1]), min(p[2], e[2]), max(p[3], e[3]))
            self.extent = e
        self.count += n

    def close(self):
        """Re-create the triggers, record extent and feature count, commit."""
        con = self.con
        try:
            ids = boxes = rtree_rows = None
            if self.rtree is not None and self._boxes:
                ids = np.concatenate([b[0] for b in self._boxes])
                boxes = np.concatenate([b[1] for b in self._boxes])
                self._boxes = []
                if self._node_size:  # the packed tree is planned (numpy) while the inserter writes
                    rtree_rows = packed_rtree_rows(self.rtree, ids, boxes, self._node_size)
            self._inserter.finish()  # every row is in the table (or its error raised here)
            self._check_fids()
            if ids is not None:
                self._fill_rtree(ids, boxes, rtree_rows)
            for _name, sql in self.triggers:
                con.execute(sql)
            if self.extent is not None:
                minx, maxx, miny, maxy = (float(v) for v in self.extent)
                con.execute(
                    "UPDATE gpkg_contents SET min_x = ?, min_y = ?, max_x = ?, max_y = ?, "
                    "last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE lower(table_name) = lower(?)",
                    (minx, miny, maxx, maxy, self.table),
                )
            if con.execute("SELECT 1 FROM sqlite_master WHERE name = 'gpkg_ogr_contents'").fetchone():
                con.execute(
                    "UPDATE gpkg_ogr_contents SET feature_count = ? WHERE lower(table_name) = lower(?)",
                    (self.count, self.table),
                )
            con.execute("COMMIT")
        except BaseException:
            self.abort()
            raise
        self._closed = True
        con.close()

    def _check_fids(self):
        """The rows are numbered 1 ... count, as the R-tree and the extent were recorded."""
        got = self.con.execute(
            f"SELECT min({_q(self.fid)}), max({_q(self.fid)}) FROM {_q(self.table)}"
        ).fetchone()
        if self.count and tuple(got) != (1, self.count):
            raise sqlite3.DatabaseError(f"{self.table}: rows numbered {got}, expected 1 to {self.count}")

    def _fill_rtree(self, ids, boxes, rows):
        con = self.con
        if rows is not None:
            try:
                con.execute("SAVEPOINT packed_rtree")
                write_rtree_rows(con, self.rtree, rows)
                con.execute("RELEASE packed_rtree")
                return
            except sqlite3.Error:  # shadow tables not writable (defensive mode): one row at a time
                con.execute("ROLLBACK TO packed_rtree")
                con.execute("RELEASE packed_rtree")
        insert_rows(con, f"INSERT INTO {_q(self.rtree)} VALUES ", [ids, *(boxes[:, k] for k in range(4))])

    def abort(self):
        """Roll back: the layer stays as QGIS created it (empty). Safe to call again, or after close."""
        self._inserter.stop()  # batches still waiting are dropped; the one being written completes
        if self._closed:
            return
        self._closed = True
        try:
            if self.con.in_transaction:
                self.con.execute("ROLLBACK")
        finally:
            self.con.close()


class _LineBlobs:
    """The GeoPackage blobs of a batch of lines, made when they are written (in the inserter's thread, which
    waits on SQLite part of the time, while the caller computes the next batch): the bytes of all headers
    and of all coordinates, cut and joined row by row."""

    def __init__(self, heads, coords, offsets, size):
        self.heads = heads
        self.coords = coords
        self.bounds = (offsets * 16).tolist()
        self.size = size

    def __len__(self):
        return len(self.bounds) - 1

    def blobs(self):
        h, c, b, size = self.heads, self.coords, self.bounds, self.size
        return [h[i : i + size] + c[b0:b1] for i, b0, b1 in zip(range(0, len(h), size), b[:-1], b[1:])]


#: batches that may wait for the inserter thread: one waits while one is written and the caller builds the
#: next, so at most three batches of rows are held at once
QUEUED_BATCHES = 1


class _Inserter:
    """Runs :func:`insert_rows` on one connection in a background thread, in the order given.

    :meth:`put` blocks while :data:`QUEUED_BATCHES` batches wait; :meth:`finish` waits for all of them; after
    either, the connection is free for the caller's thread again. An exception raised in the thread stops
    it and is raised again by the next :meth:`put` or :meth:`finish`."""

    def __init__(self, con):
        self.con = con
        self.error = None
        self._stopped = False
        self._jobs = queue.Queue(maxsize=QUEUED_BATCHES)
        self._thread = None

    def put(self, head, columns):
        self._raise()
        if self._thread is None:
            self._thread = threading.Thread(target=self._run, name="gpkg-inserter", daemon=True)
            self._thread.start()
        self._jobs.put((head, columns))
        self._raise()

    def _run(self):
        while True:
            job = self._jobs.get()
            if job is None:
                return
            if self.error is not None or self._stopped:
                continue  # dropped
            try:
                head, columns = job
                columns = [c.blobs() if isinstance(c, _LineBlobs) else c for c in columns]
                insert_rows(self.con, head, columns)
            except BaseException as e:  # handed to the caller's thread
                self.error = e

    def _join(self):
        if self._thread is not None:
            self._jobs.put(None)
            self._thread.join()
            self._thread = None

    def finish(self):
        """Wait until every batch is written; raise the thread's error, if any."""
        self._join()
        self._raise()

    def stop(self):
        """Drop the batches still waiting, wait for the one being written; errors are not raised."""
        self._stopped = True
        self._join()

    def _raise(self):
        if self.error is not None:
            error, self.error = self.error, None
            self._stopped = True
            raise error


def _float32_down(v):
    """float32 values <= v (an R-tree box must contain its entry; SQLite rounds the same way)."""
    f = v.astype(np.float32)
    low = f.astype(float) > v
    f[low] = np.nextafter(f[low], np.float32(-np.inf))
    return f


def _float32_up(v):
    f = v.astype(np.float32)
    high = f.astype(float) < v
    f[high] = np.nextafter(f[high], np.float32(np.inf))
    return f


def _str_order(boxes, m):
    """Sort-Tile-Recursive order of ``boxes`` (minx, maxx, miny, maxy) for nodes of ``m`` entries
    (Leutenegger, Lopez & Edgington 1997): vertical slices by x centre, then y centre within each slice."""
    n = boxes.shape[0]
    nodes = -(-n // m)
    slices = max(int(np.ceil(np.sqrt(nodes))), 1)
    per_slice = slices * m
    by_x = np.argsort(boxes[:, 0] + boxes[:, 1], kind="stable")
    cy = (boxes[:, 2] + boxes[:, 3])[by_x]
    out = np.empty(n, dtype=np.int64)
    for a in range(0, n, per_slice):  # each slice sorted on its own: short sorts that stay in the cache
        out[a : a + per_slice] = by_x[a : a + per_slice][np.argsort(cy[a : a + per_slice], kind="stable")]
    return out


def _str_levels(ent, bx, m):
    """Levels of a packed R-tree from the leaves up: ``(entries, their boxes, node of each entry)``; above the
    leaves an entry is the index of a node of the level below."""
    levels = []
    while True:
        if ent.size > m:
            order = _str_order(bx, m)
            ent, bx = ent[order], bx[order]
        node_of = np.arange(ent.size) // m
        levels.append((ent, bx, node_of))
        n_nodes = int(node_of[-1]) + 1
        if n_nodes == 1:
            break
        starts = np.arange(0, ent.size, m)
        nb = np.empty((n_nodes, 4))
        nb[:, 0] = np.minimum.reduceat(bx[:, 0], starts)
        nb[:, 1] = np.maximum.reduceat(bx[:, 1], starts)
        nb[:, 2] = np.minimum.reduceat(bx[:, 2], starts)
        nb[:, 3] = np.maximum.reduceat(bx[:, 3], starts)
        ent, bx = np.arange(n_nodes), nb
    return levels


def rtree_node_size(con, name):
    """Bytes of a node of the R-tree ``name`` when it is empty, else None."""
    size = con.execute(f"SELECT length(data) FROM {_q(name + '_node')} WHERE nodeno = 1").fetchone()
    if size is None or con.execute(f"SELECT EXISTS (SELECT 1 FROM {_q(name + '_rowid')})").fetchone()[0]:
        return None
    return int(size[0])


def write_rtree_rows(con, name, rows):
    """Replace the (empty) tree ``name`` with the ``rows`` of :func:`packed_rtree_rows`."""
    con.execute(f"DELETE FROM {_q(name + '_node')}")
    for head, columns in rows:
        insert_rows(con, head, columns)


def packed_rtree_rows(name, ids, boxes, size):
    """The rows of the shadow tables of a packed R-tree ``name`` with nodes of ``size`` bytes
    (:func:`rtree_node_size`), as ``[(INSERT head, columns), ...]`` for :func:`write_rtree_rows`; numpy only,
    no database access.

    Inserting a million rows one by one into an R-tree costs tens of seconds (a descent and node splits per
    row); a tree packed bottom-up with the Sort-Tile-Recursive order (Leutenegger, Lopez & Edgington 1997) is
    written in one pass.

    Node layout, as documented in SQLite's ``ext/rtree/rtree.c`` (a stable file format): the ``%_node`` blob
    of node 1 (the root) starts with the tree depth (2 bytes, big-endian), every node with its cell count
    (2 bytes), then cells of an 8-byte big-endian integer (a rowid in a leaf, a child node number above) and
    the 32-bit float coordinates (min, max per dimension, big-endian); ``%_rowid`` maps each rowid to its
    leaf, ``%_parent`` each non-root node to its parent. ``SELECT rtreecheck(name)`` verifies it."""
    node_t, rowid_t, parent_t = _q(name + "_node"), _q(name + "_rowid"), _q(name + "_parent")
    m = (size - 4) // 24  # cells per node (8-byte id + 4 float32)
    ids = np.asarray(ids, np.int64)
    # the leaves hold positions into ids: their order is then known without sorting the ids again
    levels = _str_levels(np.arange(ids.size), np.asarray(boxes, float), m)
    depth = len(levels) - 1
    counts = [int(lv[2][-1]) + 1 for lv in levels]
    first = [0] * len(levels)  # node number of the first node of each level: the root is 1, then downwards
    nxt = 1
    for k in range(depth, -1, -1):
        first[k] = nxt
        nxt += counts[k]
    cell = np.dtype([("id", ">i8"), ("box", ">f4", (4,))])
    rows = []
    for k, (ent, bx, node_of) in enumerate(levels):
        cells = np.zeros(counts[k] * m, cell)  # full nodes; cells past a node's count are ignored
        cells["id"][: ent.size] = ids[ent] if k == 0 else first[k - 1] + ent
        cells["box"][: ent.size, 0] = _float32_down(bx[:, 0])
        cells["box"][: ent.size, 1] = _float32_up(bx[:, 1])
        cells["box"][: ent.size, 2] = _float32_down(bx[:, 2])
        cells["box"][: ent.size, 3] = _float32_up(bx[:, 3])
        buf = np.zeros((counts[k], size), np.uint8)
        buf[:, 4 : 4 + m * 24] = np.frombuffer(cells.tobytes(), np.uint8).reshape(counts[k], m * 24)
        n_in = np.bincount(node_of, minlength=counts[k])
        buf[:, 2] = n_in >> 8
        buf[:, 3] = n_in & 0xFF
        if k == depth:
            buf[0, 0], buf[0, 1] = depth >> 8, depth & 0xFF
        numbers = (first[k] + np.arange(counts[k])).tolist()
        rows.append((f"INSERT INTO {node_t} (nodeno, data) VALUES ", [numbers, list(map(bytes, buf))]))
        if k == 0:  # in rowid order: appended to the table's B-tree, not inserted all over it
            if ids.size < 2 or np.all(ids[1:] > ids[:-1]):  # ascending (feature ids): invert the order
                by_id = np.empty(ent.size, np.int64)
                by_id[ent] = np.arange(ent.size)
            else:
                by_id = np.argsort(ids[ent], kind="stable")
            rows.append(
                (
                    f"INSERT INTO {rowid_t} (rowid, nodeno) VALUES ",
                    [ids[ent[by_id]], first[0] + node_of[by_id]],
                )
            )
        if k < depth:
            up_ent, _, up_node = levels[k + 1]
            parent = np.empty(counts[k], np.int64)
            parent[up_ent] = first[k + 1] + up_node
            rows.append((f"INSERT INTO {parent_t} (nodeno, parentnode) VALUES ", [numbers, parent]))
    return rows
