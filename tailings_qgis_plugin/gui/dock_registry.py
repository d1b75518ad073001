"""The facility panel on a shared registry (a mixin of :class:`.dock.FacilityDock`).

A PostGIS registry is edited by several people at once (tailings:createsharedregistry). The panel:

- follows the layer's change notifications (featureAdded, featuresDeleted, attributeValueChanged,
  dataChanged: see ``FacilityDock.set_layer``), so an edit saved in this QGIS, or a ``dataChanged``
  raised when the provider is told of another user's edit, updates the list and the card;
- offers **Refresh**: reload the layer from its source (``QgsVectorLayer.reload``) to show edits another
  user saved since;
- shows a refused commit (e.g. "Stale edit refused: facility … was changed by …", a database rule) with
  the layer's ``commitErrors()`` and a **Reload** offer that discards the refused edits and shows the
  record as the database holds it now;
- shows who edited the record last and when (``updated_by`` / ``updated_at``) when the layer has them.

It reads the layer and computes nothing.
"""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton

from ..i18n import tr
from .record_card import clean

#: fields a shared registry stamps on every edit (tailings:createsharedregistry)
STAMP_FIELDS = ("updated_by", "updated_at")
MAX_ERRORS_SHOWN = 5


class CommitErrorBar(QFrame):
    """A bar shown when the layer refused to save: the errors and a Reload button."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("commitErrorBar")
        self.setFrameShape(QFrame.StyledPanel)
        self.setStyleSheet("#commitErrorBar { background: #fde7e9; border: 1px solid #c50f1f; }")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.button = QPushButton(tr("Reload"), self)
        self.button.setToolTip(
            tr("Discard the edits that were not saved and show the record as the database holds it now.")
        )
        self.closeButton = QToolButton(self)
        self.closeButton.setIcon(QgsApplication.getThemeIcon("/mIconClose.svg"))
        self.closeButton.setToolTip(tr("Hide this message and keep the edits"))
        self.closeButton.clicked.connect(lambda: self.setVisible(False))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(self.closeButton)
        self.setVisible(False)

    def show_errors(self, layer_name: str, errors) -> None:
        lines = [str(e) for e in errors if str(e).strip() and not str(e).startswith("SUCCESS")]
        shown = lines[:MAX_ERRORS_SHOWN]
        if len(lines) > MAX_ERRORS_SHOWN:
            shown.append("…")
        self.label.setText(
            tr("{layer}: the edits were not saved.").format(layer=layer_name) + "\n" + "\n".join(shown)
        )
        self.setVisible(True)


def stamp_text(value) -> str | None:
    """``updated_at`` as "2026-12-02 05:40" (QDateTime, datetime or text); None when missing."""
    if clean(value) is None:
        return None
    if hasattr(value, "toString") and hasattr(value, "isValid"):
        return value.toString("yyyy-MM-dd HH:mm") if value.isValid() else None
    if hasattr(value, "strftime"):
        return value.strftime("%Y-%m-%d %H:%M")
    return str(value)[:16].replace("T", " ")


class DockRegistryMixin:
    """Refresh, refused commits and the edit stamp of a shared registry layer."""

    def _setup_registry(self, body) -> None:
        ui = self.ui
        self.refreshButton = QToolButton(body)
        self.refreshButton.setObjectName("refreshButton")
        self.refreshButton.setIcon(QgsApplication.getThemeIcon("/mActionRefresh.svg"))
        self.refreshButton.setToolTip(
            tr("Reload the facility layer from its source: shows the edits other users saved")
        )
        ui.actionRow.insertWidget(ui.actionRow.count() - 1, self.refreshButton)
        self.refreshButton.clicked.connect(self.refresh_layer)
        self.commit_bar = CommitErrorBar(body)
        ui.mainLayout.insertWidget(ui.mainLayout.indexOf(ui.splitter) + 1, self.commit_bar)
        self.commit_bar.button.clicked.connect(self.reload_after_refused_commit)

    def _connect_registry_layer(self, layer, bucket) -> None:
        """Called by ``set_layer``: watch the layer's commits."""
        self._connect(layer.beforeCommitChanges, self._commit_started, bucket)
        self._connect(layer.afterCommitChanges, self._commit_succeeded, bucket)

    def refresh_layer(self) -> None:
        """Read the layer again from its source (a database edited by others) and update list and card."""
        layer = self.layer
        if layer is None:
            return
        layer.reload()  # the provider reloads its data; edits not yet saved stay in the edit buffer
        for index in self._indexes.values():
            index.invalidate()
        self.reload_list()
        if self.current_fid is not None:
            self.refresh_card()
        self.ui.statusLabel.setText(
            tr("{layer} reloaded: {n} facilities.").format(layer=layer.name(), n=self.model.total())
        )

    def _commit_started(self, *_args) -> None:
        # commitChanges returns after this signal: look at the result once it has
        QTimer.singleShot(0, self._check_commit)

    def _commit_succeeded(self, *_args) -> None:
        self.commit_bar.setVisible(False)

    def _check_commit(self) -> None:
        layer = self.layer
        if self._closed or layer is None:
            return
        if layer.isEditable() and layer.isModified():  # a refused commit keeps the edit buffer
            self.commit_bar.show_errors(layer.name(), layer.commitErrors())
            self._push_message(tr("{layer}: the edits were not saved.").format(layer=layer.name()), 2)

    def reload_after_refused_commit(self) -> None:
        """Discard the refused edits and show the records as the source holds them now."""
        layer = self.layer
        self.commit_bar.setVisible(False)
        if layer is None:
            return
        if layer.isEditable():
            layer.rollBack()
        self.refresh_layer()

    def _card_stamp(self, card) -> None:
        """Who edited the record last and when, when the layer stamps edits."""
        if not any(name in card.record for name in STAMP_FIELDS):
            return
        feature = self.current_feature()
        raw = feature["updated_at"] if feature is not None and "updated_at" in card.record else None
        card.edited = (clean(card.record.get("updated_by")), stamp_text(raw))
