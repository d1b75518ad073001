"""All facilities side by side: hazard index, runout, population reached within 24 h and 72 h, first
border and its arrival, countries reached. Sortable, filterable ("reaches Russia within 7 days"),
exportable to CSV; a double click opens the facility's card.

Every value is read from the result layers in the project (hazard screening, downstream-impact SUMMARY
and CROSSINGS); nothing is computed here except the filter's comparison of stored values.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field

from qgis.PyQt.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QComboBox,
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from ..core.common import tr_noop
from ..i18n import tr
from .record_card import clean, country_name, fmt_decimal, group_digits

SORT_ROLE = Qt.UserRole + 10

COLUMNS = (
    ("name", tr_noop("Facility")),
    ("thi", tr_noop("Hazard index")),
    ("runout_km", tr_noop("Runout (km)")),
    ("population_24h", tr_noop("Population within 24 h")),
    ("population_72h", tr_noop("Population within 72 h")),
    ("first_border", tr_noop("First border")),
    ("first_border_h", tr_noop("Arrival at the border (h)")),
    ("countries", tr_noop("Countries reached")),
)


def _num(value):
    value = clean(value)
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if number == number else None


@dataclass
class ComparisonRow:
    fid: int
    facility_id: str
    name: str
    thi: float | None = None
    runout_km: float | None = None
    population_24h: float | None = None
    population_72h: float | None = None
    first_border: str | None = None
    first_border_h: float | None = None
    countries: list = field(default_factory=list)
    #: country -> first arrival (h) of the release in it (from the crossings)
    arrivals: dict = field(default_factory=dict)

    def value(self, key):
        if key == "countries":
            return " > ".join(country_name(c) for c in self.countries) if self.countries else None
        if key == "first_border":
            return country_name(self.first_border) if self.first_border else None
        return getattr(self, key)

    def reaches(self, country: str, within_h: float | None) -> bool:
        """True when the release reaches ``country`` (within ``within_h`` hours when given)."""
        if country not in self.countries and country not in self.arrivals:
            return False
        if within_h is None:
            return True
        arrival = self.arrivals.get(country)
        return arrival is not None and arrival <= within_h


def comparison_rows(facility_rows, hazard_rows: dict, summary_rows: dict, crossing_rows: dict) -> list:
    """One :class:`ComparisonRow` per facility of the list.

    ``facility_rows``: rows of the panel's list (fid, facility_id, name, thi); ``hazard_rows``,
    ``summary_rows``: facility id -> the row (dict) of the hazard layer / downstream SUMMARY;
    ``crossing_rows``: facility id -> its crossing rows (dicts).
    """
    out = []
    for row in facility_rows:
        key = str(row.facility_id) if row.facility_id is not None else None
        item = ComparisonRow(row.fid, key or "", row.label, thi=row.thi)
        hazard = hazard_rows.get(key) or {}
        item.runout_km = _num(hazard.get("runout_km"))
        if item.thi is None:
            item.thi = _num(hazard.get("thi"))
        summary = summary_rows.get(key) or {}
        item.population_24h = _num(summary.get("population_24h"))
        item.population_72h = _num(summary.get("population_72h"))
        item.first_border = clean(summary.get("first_border_to"))
        item.first_border_h = _num(summary.get("first_border_h"))
        countries = clean(summary.get("countries"))
        if countries:
            item.countries = [c.strip() for c in str(countries).split(">") if c.strip()]
        crossings = sorted(crossing_rows.get(key) or [], key=lambda r: _num(r.get("dist_km")) or 0.0)
        for crossing in crossings:
            target, hours = clean(crossing.get("to_country")), _num(crossing.get("arrival_h"))
            if target is not None and hours is not None and target not in item.arrivals:
                item.arrivals[str(target)] = hours
            if target is not None and target not in item.countries:
                item.countries.append(str(target))
        if item.first_border is None and crossings:
            item.first_border = clean(crossings[0].get("to_country"))
            item.first_border_h = _num(crossings[0].get("arrival_h"))
        if item.first_border and item.first_border_h is not None:
            item.arrivals.setdefault(item.first_border, item.first_border_h)
        out.append(item)
    return out


class ComparisonModel(QAbstractTableModel):
    def __init__(self, rows=(), parent=None):
        super().__init__(parent)
        self.rows = list(rows)

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole:
            return tr(COLUMNS[section][1])
        return None

    def data(self, index, role=Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        value = row.value(key)
        if role == Qt.DisplayRole:
            if value is None:
                return "\u2014"
            if key.startswith("population"):
                return group_digits(value, 0)
            if isinstance(value, float):
                return fmt_decimal(value)
            return str(value)
        if role == SORT_ROLE:
            if isinstance(value, (int, float)):
                return float(value)
            return "" if value is None else str(value).casefold()
        if role == Qt.TextAlignmentRole and isinstance(value, (int, float)):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.UserRole:
            return row.fid
        return None


class ComparisonProxy(QSortFilterProxyModel):
    """Sorts numbers as numbers (missing values last) and filters by "reaches <country> within <h>"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.country = None
        self.within_h = None

    def set_filter(self, country, within_h) -> None:
        self.country, self.within_h = country, within_h
        self.invalidateFilter()

    def filterAcceptsRow(self, source_row, _parent):
        if not self.country:
            return True
        return self.sourceModel().rows[source_row].reaches(self.country, self.within_h)

    def lessThan(self, left, right):
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        descending = self.sortOrder() == Qt.DescendingOrder
        if isinstance(a, float) and isinstance(b, float) and a != b:
            return a < b
        if a == b or (a is None and b is None):  # ties (and two missing values) by name, A to Z
            names = [self.sourceModel().rows[i.row()].name.casefold() for i in (left, right)]
            return (names[0] > names[1]) if descending else (names[0] < names[1])
        if isinstance(a, float):  # a number before a missing value, in both orders
            return not descending
        if isinstance(b, float):
            return descending
        return str(a) < str(b)


class ComparisonDialog(QDialog):
    facilityChosen = pyqtSignal(int)

    def __init__(self, rows, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Compare facilities"))
        self.resize(900, 520)
        self.model = ComparisonModel(rows, self)
        self.proxy = ComparisonProxy(self)
        self.proxy.setSourceModel(self.model)
        layout = QVBoxLayout(self)
        filters = QHBoxLayout()
        filters.addWidget(QLabel(tr("Reaches"), self))
        self.countryCombo = QComboBox(self)
        self.countryCombo.addItem(tr("any country (no filter)"), None)
        countries = sorted({c for r in rows for c in r.countries} | {c for r in rows for c in r.arrivals})
        for country in countries:
            self.countryCombo.addItem(country_name(country), country)
        filters.addWidget(self.countryCombo)
        filters.addWidget(QLabel(tr("within (days, 0 = any time)"), self))
        self.daysSpin = QDoubleSpinBox(self)
        self.daysSpin.setRange(0, 365)
        self.daysSpin.setDecimals(1)
        self.daysSpin.setValue(7)
        filters.addWidget(self.daysSpin)
        filters.addStretch(1)
        self.countLabel = QLabel(self)
        filters.addWidget(self.countLabel)
        layout.addLayout(filters)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QTableView.SelectRows)
        self.table.setEditTriggers(QTableView.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.sortByColumn(3, Qt.DescendingOrder)
        layout.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.csvButton = QPushButton(tr("Export CSV…"), self)
        buttons.addStretch(1)
        buttons.addWidget(self.csvButton)
        layout.addLayout(buttons)
        self.countryCombo.currentIndexChanged.connect(self._filter_changed)
        self.daysSpin.valueChanged.connect(self._filter_changed)
        self.table.doubleClicked.connect(self._open)
        self.csvButton.clicked.connect(self._ask_csv)
        self._filter_changed()
        self.table.resizeColumnsToContents()

    def set_filter(self, country, days) -> None:
        index = self.countryCombo.findData(country)
        self.countryCombo.setCurrentIndex(max(index, 0))
        self.daysSpin.setValue(days or 0)

    def _filter_changed(self, *_args) -> None:
        days = self.daysSpin.value()
        self.proxy.set_filter(self.countryCombo.currentData(), days * 24.0 if days > 0 else None)
        self.countLabel.setText(
            tr("{shown} of {n} facilities").format(shown=self.proxy.rowCount(), n=self.model.rowCount())
        )

    def shown_rows(self) -> list:
        """The rows as shown (filtered, sorted)."""
        rows = []
        for r in range(self.proxy.rowCount()):
            source = self.proxy.mapToSource(self.proxy.index(r, 0))
            rows.append(self.model.rows[source.row()])
        return rows

    def _open(self, index) -> None:
        source = self.proxy.mapToSource(index)
        if source.isValid():
            self.facilityChosen.emit(int(self.model.rows[source.row()].fid))

    def _ask_csv(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(self, tr("Export CSV…"), "", "CSV (*.csv)")
        if path:
            self.write_csv(path)

    def write_csv(self, path) -> str:
        """The shown rows (filter and order as on screen) as CSV, UTF-8 with a header."""
        keys = [key for key, _label in COLUMNS]
        with open(path, "w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["facility_id"] + keys)
            for row in self.shown_rows():
                values = [row.value(k) for k in keys]
                writer.writerow([row.facility_id] + ["" if v is None else v for v in values])
        return str(path)
