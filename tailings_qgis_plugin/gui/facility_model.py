"""The facility list: one row per feature, filtered by a search box and sortable.

The rows are read once from the layer (attributes only, no geometry) and kept as
plain tuples, so filtering 10,000 facilities on every key stroke stays fast. The
hazard index column appears when a ``thi`` value is known (in the layer itself or
in a hazard-screening layer of the project); facilities without it sort last.
"""

from __future__ import annotations

from qgis.core import QgsFeatureRequest
from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, Qt, QVariant

from ..i18n import tr
from .record_card import clean, fmt_decimal
from .search_text import matches, query_terms, search_key, value_names

#: Fields searched besides the name and the id (when the layer has them). ``group_names`` holds the
#: other names of an ICMM site (e.g. "Ridder" for Leninogorsk), ``alt_names`` is the usual name elsewhere.
SEARCH_FIELDS = (
    "name_ru",
    "operator",
    "region",
    "commodity",
    "secondary_commodity",
    "alt_names",
    "group_names",
)

FID_ROLE = Qt.UserRole + 1
FACILITY_ID_ROLE = Qt.UserRole + 2

COL_NAME, COL_ID, COL_THI = 0, 1, 2


class FacilityRow:
    """One facility of the list. ``key`` (the search key) is built on first use from ``texts``."""

    __slots__ = ("_key", "facility_id", "fid", "name", "texts", "thi")

    def __init__(self, fid, facility_id, name, thi, key: str | None = None, texts=()):
        self.fid = fid
        self.facility_id = facility_id
        self.name = name
        self.thi = thi
        self.texts = texts
        self._key = key

    @property
    def key(self) -> str:
        if self._key is None:
            extra = []
            for text in self.texts:
                extra.append(text)
                extra.extend(value_names(text))
            self._key = search_key(self.name, self.facility_id, *extra)
            self.texts = ()
        return self._key

    @property
    def label(self) -> str:
        return str(self.name) if self.name is not None else tr("(no name)")


def _float(value):
    value = clean(value)
    if value is None or isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _plain(value):
    """A raw attribute as a plain value, None when NULL or blank (cheap: no date conversion)."""
    if value is None or type(value) is QVariant:
        return None
    if type(value) is str:
        return value if value.strip() else None
    return clean(value)


def read_rows(layer, id_field: str | None, name_field: str | None, thi_by_id=None) -> list[FacilityRow]:
    """The rows of ``layer``: fid, id, name and hazard index (attributes only, no geometry).

    ``thi_by_id`` maps facility id -> hazard index for layers without a ``thi`` field. The other texts
    searched (region, commodity ...) are read later by :func:`read_search_texts`, so that the list shows
    at once.
    """
    if layer is None:
        return []
    fields = layer.fields()
    names = fields.names()
    id_index = names.index(id_field) if id_field in names else -1
    name_index = names.index(name_field) if name_field in names else -1
    thi_index = names.index("thi") if "thi" in names else -1
    wanted = sorted({i for i in (id_index, name_index, thi_index) if i >= 0})
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(wanted)
    rows = []
    append = rows.append
    for feature in layer.getFeatures(request):
        value = feature.attribute  # by index: only the fields read are converted
        fac_id = _plain(value(id_index)) if id_index >= 0 else None
        name = _plain(value(name_index)) if name_index >= 0 else None
        if thi_index >= 0:
            thi = _float(value(thi_index))
        elif thi_by_id and fac_id is not None:
            thi = thi_by_id.get(str(fac_id))
        else:
            thi = None
        append(FacilityRow(feature.id(), fac_id, name, thi))
    return rows


def read_search_texts(layer, rows) -> None:
    """Fill ``texts`` (the searched fields besides name and id) of ``rows`` read from ``layer``."""
    if layer is None or not rows:
        return
    names = layer.fields().names()
    indexes = [names.index(f) for f in SEARCH_FIELDS if f in names]
    if not indexes:
        return
    by_fid = {row.fid: row for row in rows}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(indexes)
    for feature in layer.getFeatures(request):
        row = by_fid.get(feature.id())
        if row is None or row._key is not None:
            continue
        value = feature.attribute
        row.texts = tuple(v for i in indexes if (v := _plain(value(i))) is not None)


class FacilityListModel(QAbstractTableModel):
    """Rows of facilities; :meth:`set_query` filters, :meth:`sort` orders (missing values last)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._all: list[FacilityRow] = []
        self._shown: list[FacilityRow] = []
        self._terms: list[str] = []
        self._sort = (COL_NAME, Qt.AscendingOrder)
        self._all_sorted: list[FacilityRow] | None = None  # _all in the current order (cached)
        self.show_thi = False
        # search keys are built in the background after a load, 2,000 rows per turn of the event loop
        from qgis.PyQt.QtCore import QTimer

        self._key_timer = QTimer(self)
        self._key_timer.setInterval(0)
        self._key_timer.timeout.connect(self._build_keys)
        self._key_pos = 0
        self._texts_loader = None

    # --- content ----------------------------------------------------------------------------------------
    def set_rows(self, rows: list[FacilityRow], show_thi: bool | None = None, texts_loader=None) -> None:
        """Show ``rows``; ``texts_loader(rows)`` fills their search texts before the first search (it
        runs in the background right after, or at the first keystroke if that comes sooner)."""
        self._texts_loader = texts_loader
        self.beginResetModel()
        self._all = list(rows)
        self._all_sorted = None
        self._key_pos = 0
        if self._all:
            self._key_timer.start()
        if show_thi is None:
            show_thi = any(r.thi is not None for r in self._all)
        self.show_thi = show_thi
        self._apply()
        self.endResetModel()

    def clear(self) -> None:
        self.set_rows([], show_thi=False)

    def set_query(self, text: str) -> None:
        terms = query_terms(text)
        if terms == self._terms:
            return
        self.beginResetModel()
        self._terms = terms
        self._apply()
        self.endResetModel()

    def _load_texts(self) -> None:
        loader, self._texts_loader = self._texts_loader, None
        if loader is not None:
            loader(self._all)

    def _build_keys(self, chunk: int = 2000) -> None:
        self._load_texts()
        rows = self._all
        end = min(len(rows), self._key_pos + chunk)
        for row in rows[self._key_pos : end]:
            row.key  # noqa: B018 - builds and caches the key
        self._key_pos = end
        if end >= len(rows):
            self._key_timer.stop()

    def _ordered(self) -> list:
        if self._all_sorted is None:
            column, order = self._sort
            self._all_sorted = self._sorted(self._all, column, order)
        return self._all_sorted

    def _apply(self) -> None:
        ordered = self._ordered()
        terms = self._terms
        if terms:
            self._load_texts()
        self._shown = [r for r in ordered if matches(r.key, terms)] if terms else list(ordered)

    @staticmethod
    def _sorted(rows, column, order):
        descending = order == Qt.DescendingOrder
        if column == COL_THI:
            known = sorted((r for r in rows if r.thi is not None), key=lambda r: r.thi, reverse=descending)
            return known + sorted((r for r in rows if r.thi is None), key=lambda r: r.label.casefold())
        if column == COL_ID:
            return sorted(
                rows, key=lambda r: (r.facility_id is None, str(r.facility_id or "")), reverse=descending
            )
        return sorted(rows, key=lambda r: (r.name is None, r.label.casefold()), reverse=descending)

    def sort(self, column: int, order=Qt.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()  # only those the view holds (current, selection)
        held = [(self.row_at(i.row()), i.column()) for i in persistent]
        self._sort = (column, order)
        self._all_sorted = None
        self._shown = self._sorted(self._shown, column, order)
        position = {id(r): i for i, r in enumerate(self._shown)}
        new = [
            self.index(position[id(row)], col) if row is not None and id(row) in position else QModelIndex()
            for row, col in held
        ]
        self.changePersistentIndexList(persistent, new)
        self.layoutChanged.emit()

    @property
    def sort_column(self) -> int:
        return self._sort[0]

    # --- lookup -----------------------------------------------------------------------------------------
    def total(self) -> int:
        return len(self._all)

    def row_of_fid(self, fid) -> int:
        for i, row in enumerate(self._shown):
            if row.fid == fid:
                return i
        return -1

    def row_at(self, row: int) -> FacilityRow | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def fid_of_facility_id(self, facility_id) -> int | None:
        for row in self._all:
            if row.facility_id is not None and str(row.facility_id) == str(facility_id):
                return row.fid
        return None

    def shown_fids(self) -> list[int]:
        return [r.fid for r in self._shown]

    # --- Qt model -----------------------------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()):  # noqa: B008 (Qt signature)
        return 0 if parent.isValid() else len(self._shown)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else (3 if self.show_thi else 2)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or role not in (Qt.DisplayRole, Qt.ToolTipRole):
            return None
        if role == Qt.ToolTipRole and section == COL_THI:
            return tr("Tailings Hazard Index from the hazard screening (higher = more hazardous)")
        return {COL_NAME: tr("Name"), COL_ID: tr("ID"), COL_THI: tr("THI")}.get(section)

    def data(self, index, role=Qt.DisplayRole):
        row = self.row_at(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        if role == Qt.DisplayRole:
            if column == COL_NAME:
                return row.label
            if column == COL_ID:
                return "" if row.facility_id is None else str(row.facility_id)
            if column == COL_THI:
                return "\u2014" if row.thi is None else fmt_decimal(row.thi)
        elif role == Qt.ToolTipRole and column == COL_THI and row.thi is None:
            return tr("Hazard index not known (not analysed or inputs missing)")
        elif role == Qt.TextAlignmentRole and column == COL_THI:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        elif role == FID_ROLE:
            return row.fid
        elif role == FACILITY_ID_ROLE:
            return row.facility_id
        return None
