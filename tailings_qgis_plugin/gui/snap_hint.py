"""The bar shown when a facility is farther from the rivers than the snap distance.

"No river within 5 km of Leninogorsk: the nearest mapped river is 62.7 km away. [Use 63 km and run
again]". The distance is the ``snap_distance_m`` the downstream-impact SUMMARY holds for a facility that
was not snapped (the distance to the nearest reach, measured by the tracing engine); the panel computes
nothing itself.
"""

from __future__ import annotations

import math

from qgis.PyQt.QtCore import pyqtSignal
from qgis.PyQt.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton

from ..i18n import tr
from .units import fmt_km


def proposed_snap_m(nearest_m: float) -> float:
    """The snap distance to offer: the nearest river's distance rounded up to the next whole km, + 1 km."""
    return float(math.ceil(nearest_m / 1000.0) + 1) * 1000.0


class SnapHint(QFrame):
    """A warning bar with a button that adopts the proposed snap distance."""

    useDistance = pyqtSignal(float)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("snapHint")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("#snapHint { background: #fff4ce; border: 1px solid #e0b000; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self.proposed_m = None
        self.button.clicked.connect(lambda: self.useDistance.emit(self.proposed_m or 0.0))
        self.setVisible(False)

    def show_for(self, facility: str, snap_m: float | None, nearest_m: float) -> None:
        self.proposed_m = proposed_snap_m(nearest_m)
        if snap_m:
            text = tr(
                "No river within {snap} of {facility}: the nearest mapped river is {nearest} away."
            ).format(snap=fmt_km(snap_m / 1000.0), facility=facility, nearest=fmt_km(nearest_m / 1000.0))
        else:
            text = tr("{facility} is not on a river: the nearest mapped river is {nearest} away.").format(
                facility=facility, nearest=fmt_km(nearest_m / 1000.0)
            )
        self.label.setText(text)
        self.button.setText(
            tr("Use {distance} and run again").format(distance=fmt_km(self.proposed_m / 1000.0))
        )
        self.button.setToolTip(
            tr("Sets the snap distance of the panel's downstream runs in this project to {distance}.").format(
                distance=fmt_km(self.proposed_m / 1000.0)
            )
        )
        self.setVisible(True)
