"""The facility dock panel (its content grows in the dock-panel issue)."""

from __future__ import annotations

from qgis.PyQt.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from ..i18n import tr


class FacilityDock(QDockWidget):
    def __init__(self, iface, parent=None):
        super().__init__(tr("Tailings facilities"), parent)
        self.iface = iface
        self.setObjectName("TailingsFacilityDock")
        body = QWidget(self)
        layout = QVBoxLayout(body)
        self.message = QLabel(tr("Choose a facility layer to see each facility's record."), body)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.setWidget(body)

    def close_panel(self):
        """Disconnect from layers and the project before the dock is deleted."""
