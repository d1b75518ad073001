"""The downstream profile in the panel: the chart of :mod:`tailings_qgis_plugin.charts.profile` embedded
with matplotlib's Qt canvas, a "within N hours" filter and a one-line answer ("Within 24 h: 3 places,
12 345 people"). Hovering a settlement shows its name and times; a click emits :attr:`placeClicked`
(the panel selects the place on the map). Nothing is computed here: the rows come from the layers.
"""

from __future__ import annotations

from qgis.PyQt.QtCore import QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QSpinBox, QVBoxLayout, QWidget

from ..core.common import trn
from ..i18n import current_language, tr
from .record_card import clean, fmt_hours_days, group_digits


def _float(value):
    value = clean(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def places_within(rows, hours: float | None) -> list:
    """The rows whose leading edge arrives within ``hours`` (all rows when ``hours`` is falsy)."""
    if not hours:
        return list(rows or [])
    return [r for r in rows or [] if (a := _float(r.get("arrival_h"))) is not None and a <= hours]


def within_text(rows, hours: float) -> str:
    """ "Within 24 h: 3 places, 12 345 people." (population of the places with a known population)."""
    inside = places_within(rows, hours)
    people = sum(p for r in inside if (p := _float(r.get("population"))) is not None and p > 0)
    count = trn("%n places", len(inside), one="%n place")  # Qt numerus: 1 пункт, 2 пункта, 5 пунктов
    return tr("Within {h}: {places}, {people} people.").format(
        h=f"{hours:g} " + tr("h"), places=count, people=group_digits(people, 0)
    )


class ProfilePanel(QWidget):
    """Chart + filter. :meth:`set_rows` draws; :attr:`hoursChanged` when the filter changes."""

    placeClicked = pyqtSignal(dict)
    hoursChanged = pyqtSignal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("profilePanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.hoursLabel = QLabel(tr("Places within"), self)
        self.hoursSpin = QSpinBox(self)
        self.hoursSpin.setRange(0, 24 * 60)
        self.hoursSpin.setSingleStep(6)
        self.hoursSpin.setValue(0)
        self.hoursSpin.setSuffix(" " + tr("h"))
        self.hoursSpin.setSpecialValueText(tr("all"))
        self.hoursSpin.setToolTip(
            tr("Show in the card and the profile only the places reached within this time")
        )
        row.addWidget(self.hoursLabel)
        row.addWidget(self.hoursSpin)
        row.addStretch(1)
        layout.addLayout(row)
        self.summaryLabel = QLabel(self)
        self.summaryLabel.setWordWrap(True)
        layout.addWidget(self.summaryLabel)
        self.hoverLabel = QLabel(self)
        self.hoverLabel.setWordWrap(True)
        self.hoverLabel.setStyleSheet("color: #555555")
        layout.addWidget(self.hoverLabel)
        self.canvas = None
        self.figure = None
        self._rows = ([], [], [])
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(30)
        self._timer.timeout.connect(self._redraw_if_shown)
        self.hoursSpin.valueChanged.connect(self._hours_changed)
        self.setVisible(False)

    @property
    def hours(self) -> float:
        return float(self.hoursSpin.value())

    def _hours_changed(self, value) -> None:
        self.redraw()
        self.hoursChanged.emit(float(value))

    def set_rows(self, pathway_rows, places, crossings) -> None:
        """New rows: drawn shortly after (coalesced), and only while the panel is on screen, so the card
        update that calls this stays fast."""
        rows = (list(pathway_rows or []), list(places or []), list(crossings or []))
        if rows == self._rows and self.figure is not None:
            return
        self._rows = rows
        self.setVisible(bool(rows[0] or rows[1]))
        self._dirty = True
        self._timer.start()

    def _redraw_if_shown(self) -> None:
        if self._dirty and self.isVisible():
            self.redraw()

    def showEvent(self, event):
        super().showEvent(event)
        if self._dirty:
            self._timer.start()

    def redraw(self) -> None:
        self._dirty = False
        pathway_rows, places, crossings = self._rows
        if not (pathway_rows or places):
            self.summaryLabel.clear()
            return
        if self.hours:
            self.summaryLabel.setText(within_text(places, self.hours))
        else:
            self.summaryLabel.setText(within_text(places, 24.0) + "\n" + within_text(places, 72.0))
        shown = places_within(places, self.hours)
        from matplotlib.backends.backend_qt5agg import FigureCanvasQTAgg

        from ..charts.profile import build_profile_figure

        figure = build_profile_figure(
            pathway_rows, shown, crossings, current_language(), width_in=4.2, dpi=90
        )
        if self.canvas is None:
            self.canvas = FigureCanvasQTAgg(figure)
            self.canvas.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
            self.canvas.setMinimumHeight(220)
            self.layout().addWidget(self.canvas, 1)
        else:
            self.canvas.figure = figure
            figure.set_canvas(self.canvas)
        self.figure = figure
        self.canvas.mpl_connect("motion_notify_event", self._hover)
        self.canvas.mpl_connect("pick_event", self._pick)
        self.canvas.draw_idle()

    def _place_at(self, event):
        figure = self.figure
        scatter = getattr(figure, "tailings_scatter", None)
        if scatter is None or event.inaxes is not figure.tailings_axes:
            return None
        hit, info = scatter.contains(event)
        if not hit or not len(info.get("ind", [])):
            return None
        return figure.tailings_places[int(info["ind"][0])]

    def describe(self, row: dict) -> str:
        text = f"{clean(row.get('name')) or '?'}: " + tr("arrival {a}").format(
            a=fmt_hours_days(_float(row.get("arrival_h")) or 0.0)
        )
        peak = _float(row.get("peak_h"))
        if peak is not None:
            text += ", " + tr("peak {p}").format(p=fmt_hours_days(peak))
        return text

    def _hover(self, event) -> None:
        row = self._place_at(event)
        self.hoverLabel.setText(self.describe(row) if row is not None else "")

    def _pick(self, event) -> None:
        indexes = getattr(event, "ind", None)
        if indexes is None or not len(indexes) or self.figure is None:
            return
        places = self.figure.tailings_places
        index = int(indexes[0])
        if 0 <= index < len(places):
            self.placeClicked.emit(dict(places[index]))
