"""The plugin object QGIS creates: provider, menu, toolbar and dock panel."""

from __future__ import annotations

import shutil
from pathlib import Path

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from .core.common import tr_noop
from .i18n import install_translator, remove_translator, tr
from .paths import icon_path, sample_data_path

MENU = tr_noop("&Tailings")

# Sample GeoPackage layers, bottom to top.
SAMPLE_LAYERS = (
    ("countries", tr_noop("Countries")),
    ("oblasts", tr_noop("Oblasts of Kazakhstan")),
    ("lakes", tr_noop("Lakes and reservoirs")),
    ("rivers", tr_noop("Rivers (WaterHydro)")),
    ("settlements", tr_noop("Settlements (GeoNames)")),
    ("facilities", tr_noop("Mining and processing sites (ICMM)")),
)


def _alive(obj) -> bool:
    """False when the C++ side of a Qt/QGIS object was already deleted."""
    if obj is None:
        return False
    try:
        from qgis.PyQt import sip

        return not sip.isdeleted(obj)
    except (ImportError, TypeError):
        return True


class TailingsPlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions: list[QAction] = []
        self.dock = None
        self.toolbar = None
        self._owns_provider = False

    # --- provider -----------------------------------------------------------
    def initProcessing(self):
        from .processing_algorithms.provider import PROVIDER_ID, TailingsProvider

        registry = QgsApplication.processingRegistry()
        existing = registry.providerById(PROVIDER_ID)
        if existing is not None:
            # Registering an id twice makes QGIS delete the new provider: use the one that is there,
            # and leave it to whoever registered it.
            self.provider = existing
            return
        self.provider = TailingsProvider()
        self._owns_provider = registry.addProvider(self.provider)

    # --- GUI ----------------------------------------------------------------
    def initGui(self):
        install_translator()
        self.initProcessing()
        icon = QIcon(icon_path())
        self.toolbar = self.iface.addToolBar(tr("Tailings"))
        self.toolbar.setObjectName("TailingsToolbar")

        dock_action = QAction(icon, tr("Tailings facilities panel"), self.iface.mainWindow())
        dock_action.setCheckable(True)
        dock_action.setObjectName("TailingsDockAction")
        dock_action.toggled.connect(self.toggle_dock)
        self._add_action(dock_action, toolbar=True)
        self.dock_action = dock_action

        sample_action = QAction(tr("Open Kazakhstan sample data"), self.iface.mainWindow())
        sample_action.setObjectName("TailingsSampleDataAction")
        sample_action.triggered.connect(self.open_sample_data)
        self._add_action(sample_action)

    def _add_action(self, action, toolbar=False):
        self.iface.addPluginToMenu(tr(MENU), action)
        if toolbar and self.toolbar is not None:
            self.toolbar.addAction(action)
        self.actions.append(action)

    def toggle_dock(self, visible: bool):
        if visible and self.dock is None:
            from .gui.dock import FacilityDock

            self.dock = FacilityDock(self.iface, self.iface.mainWindow())
            self.dock.visibilityChanged.connect(self._dock_visibility)
            self.iface.addDockWidget(0x2, self.dock)  # Qt.RightDockWidgetArea
        if self.dock is not None:
            self.dock.setVisible(visible)

    def _dock_visibility(self, visible: bool):
        if _alive(self.dock_action) and self.dock_action.isChecked() != visible:
            self.dock_action.setChecked(visible)

    def open_sample_data(self):
        """Add the sample layers to the project, from a working copy in the user's QGIS profile.

        The bundled file is copied once, so that edits made while learning never change the plugin.
        The layers get the plugin's styles and the map is framed on Kazakhstan.
        """
        from .gui.sample_view import frame_kazakhstan, style_sample_layer

        bundled = sample_data_path()
        if not bundled.is_file():
            self.iface.messageBar().pushWarning(tr("Tailings"), tr("The sample data file is missing."))
            return []
        path = Path(QgsApplication.qgisSettingsDirPath()) / "tailings" / bundled.name
        if not path.is_file():
            path.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(bundled, path)
        added = []
        root = QgsProject.instance().layerTreeRoot()
        group = root.findGroup(tr("Tailings sample data")) or root.insertGroup(0, tr("Tailings sample data"))
        for table, title in SAMPLE_LAYERS:
            layer = QgsVectorLayer(f"{path}|layername={table}", tr(title), "ogr")
            if not layer.isValid():
                continue
            style_sample_layer(table, layer)  # the plugin's styles, not random colours
            QgsProject.instance().addMapLayer(layer, False)
            group.insertLayer(0, layer)
            added.append(layer)
        if added:
            frame_kazakhstan(self.iface.mapCanvas() if self.iface is not None else None)
        return added

    def unload(self):
        if self.dock is not None and _alive(self.dock):
            self.iface.removeDockWidget(self.dock)
            self.dock.close_panel()
            self.dock.deleteLater()
        self.dock = None
        for action in self.actions:
            if _alive(action):
                self.iface.removePluginMenu(tr(MENU), action)
                if self.toolbar is not None and _alive(self.toolbar):
                    self.toolbar.removeAction(action)
                action.deleteLater()
        self.actions = []
        if self.toolbar is not None and _alive(self.toolbar):
            self.toolbar.deleteLater()
        self.toolbar = None
        if self._owns_provider and self.provider is not None and _alive(self.provider):
            QgsApplication.processingRegistry().removeProvider(self.provider)
        self.provider = None
        self._owns_provider = False
        remove_translator()
