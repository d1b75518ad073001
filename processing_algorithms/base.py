"""Base class shared by every Tailings Processing algorithm.

It gives the icon, group, translation, ``createInstance`` and the optional
dependency check. Subclasses implement :meth:`process` (never ``run``, which QGIS owns) instead of
``processAlgorithm``: the base checks dependencies again (running an algorithm from a script
ignores ``canExecute``) and turns engine errors into ``QgsProcessingException``.
"""

from __future__ import annotations

import importlib.util
import traceback

from qgis.core import (
    Qgis,
    QgsMapLayer,
    QgsMessageLog,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtGui import QIcon

from tailings_qgis_plugin.core.common import Cancelled, TailingsError, tr_noop
from tailings_qgis_plugin.i18n import CONTEXT
from tailings_qgis_plugin.paths import icon_path

from .output_guard import OutputGuard
from .prepared_inputs import NOT_PREPARED, PreparedInputs

# group id -> English group name (translated in group()). The toolbox sorts groups by name, so the
# numbers keep them in the order of the work: registry, hazard, pathways, maps and reports.
GROUPS = {
    "registry": tr_noop("1. Facility registry"),
    "hazard": tr_noop("2. Hazard screening"),
    "pathways": tr_noop("3. Pathways and impact"),
    "reports": tr_noop("4. Maps and reports"),
}

INSTALL_HINTS = {
    "geopandas": "python3-geopandas",
    "rasterio": "python3-rasterio",
    "openpyxl": "python3-openpyxl",
}


def missing_modules(modules) -> list[str]:
    """Names of the optional Python modules that cannot be imported (without importing them)."""
    return [name for name in modules if importlib.util.find_spec(name) is None]


def install_message(modules) -> str:
    names = ", ".join(modules)
    debian = " ".join(INSTALL_HINTS.get(m, "python3-" + m) for m in modules)
    return QCoreApplication.translate(
        CONTEXT,
        "This algorithm needs the Python module(s) {names}, which QGIS cannot find. Install them, "
        "then restart QGIS. Debian/Ubuntu: sudo apt install {debian}. OSGeo4W (Windows): run the "
        "OSGeo4W installer and select the python3-{first} package. conda: conda install -c "
        "conda-forge {names_space}.",
    ).format(names=names, debian=debian, first=modules[0], names_space=" ".join(modules))


class TailingsAlgorithm(QgsProcessingAlgorithm):
    """Common behaviour. Subclasses set ``NAME``, ``GROUP`` and optionally ``REQUIRES``."""

    NAME = ""
    GROUP = "registry"
    REQUIRES: tuple = ()

    # --- identity -----------------------------------------------------------
    def tr(self, text: str) -> str:
        return QCoreApplication.translate(CONTEXT, text)

    def name(self) -> str:
        return self.NAME

    def group(self) -> str:
        return self.tr(GROUPS[self.GROUP])

    def groupId(self) -> str:
        return self.GROUP

    def icon(self) -> QIcon:
        return QIcon(icon_path())

    def createInstance(self):
        return type(self)()

    def helpUrl(self) -> str:
        return "https://github.com/tailings-kz/tailings_qgis_plugin#readme"

    # --- dependencies -------------------------------------------------------
    def canExecute(self):
        missing = missing_modules(self.REQUIRES)
        if missing:
            return False, install_message(missing)
        return True, ""

    def prepareAlgorithm(self, parameters, context, feedback):
        """Read which files the inputs are while still on the main thread: a background task (the panel,
        the Processing dialog) runs ``processAlgorithm`` in a worker thread, where touching the project's
        layer objects races with the GUI. The output guard then compares against this list."""
        self._prepared_inputs = OutputGuard(self, parameters, context, feedback).input_files()
        # layers and feature sources too: the worker reads snapshots, never the project's layers
        self._prepared_layers = PreparedInputs(self, parameters, context)
        return True

    # --- inputs resolved in prepareAlgorithm (prepared_inputs.py) ------------------------------------
    def _prepared(self):
        return getattr(self, "_prepared_layers", None)

    def base_parameter_as_layer(self, definition, parameters, context):
        """The layer of a layer-valued parameter, found the way QGIS finds it (no prepared copy)."""
        name = definition.name()
        if definition.type() in ("source", "vector"):
            return super().parameterAsVectorLayer(parameters, name, context)
        if definition.type() == "raster":
            return super().parameterAsRasterLayer(parameters, name, context)
        return super().parameterAsLayer(parameters, name, context)

    def base_parameter_as_source(self, parameters, name, context):
        return super().parameterAsSource(parameters, name, context)

    def parameterAsSource(self, parameters, name, context):
        prepared = self._prepared()
        source = prepared.source(parameters, name) if prepared is not None else NOT_PREPARED
        return super().parameterAsSource(parameters, name, context) if source is NOT_PREPARED else source

    def _prepared_layer(self, parameters, name, kind):
        """The layer prepared for ``name`` when it is a ``kind`` (or None: resolved, no layer), else
        :data:`NOT_PREPARED` (QGIS resolves it)."""
        prepared = self._prepared()
        layer = prepared.layer(parameters, name) if prepared is not None else NOT_PREPARED
        if layer is None or layer is NOT_PREPARED or isinstance(layer, kind):
            return layer
        return NOT_PREPARED

    def parameterAsVectorLayer(self, parameters, name, context):
        layer = self._prepared_layer(parameters, name, QgsVectorLayer)
        return super().parameterAsVectorLayer(parameters, name, context) if layer is NOT_PREPARED else layer

    def parameterAsRasterLayer(self, parameters, name, context):
        layer = self._prepared_layer(parameters, name, QgsRasterLayer)
        return super().parameterAsRasterLayer(parameters, name, context) if layer is NOT_PREPARED else layer

    def parameterAsLayer(self, parameters, name, context, *args):
        layer = self._prepared_layer(parameters, name, QgsMapLayer) if not args else NOT_PREPARED
        return super().parameterAsLayer(parameters, name, context, *args) if layer is NOT_PREPARED else layer

    def processAlgorithm(self, parameters, context, feedback):
        ok, message = self.canExecute()
        if not ok:
            raise QgsProcessingException(message)
        # outputs go to temporary files moved into place on success (output_guard.py): an output that is
        # an input is refused, an existing GeoPackage keeps its other layers, nothing is left on failure
        guard = OutputGuard(self, parameters, context, feedback)
        self._output_guard = guard
        try:
            return self._process_guarded(guard, parameters, context, feedback)
        finally:
            prepared = self._prepared()
            if prepared is not None:
                prepared.release()

    def _process_guarded(self, guard, parameters, context, feedback):
        try:
            results = self.process(guard.prepare(), context, feedback)
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
            return guard.commit(results or {})
        except TailingsError as exc:
            guard.abort()
            raise QgsProcessingException(str(exc)) from None
        except Cancelled:
            guard.abort()
            raise QgsProcessingException(self.tr("Cancelled by the user: no output was written.")) from None
        except QgsProcessingException:
            guard.abort()
            if feedback is not None and feedback.isCanceled():
                # readers stop early on a Cancel, so a later "no features" error is the Cancel's doing
                raise QgsProcessingException(
                    self.tr("Cancelled by the user: no output was written.")
                ) from None
            raise
        except Exception as exc:
            guard.abort()
            # the developer's details go to the log; the user gets one sentence, not a traceback
            QgsMessageLog.logMessage(traceback.format_exc(), "Tailings", Qgis.Warning)
            raise QgsProcessingException(
                self.tr("{name} failed: {err}. No output was written.").format(
                    name=self.displayName(), err=f"{type(exc).__name__}: {exc}"
                )
            ) from None

    def final_output(self, value):
        """The final path of an output ``dest`` returned by ``parameterAsSink`` (for postProcessAlgorithm)."""
        guard = getattr(self, "_output_guard", None)
        return guard.final(value) if guard is not None else value

    def process(self, parameters, context, feedback):  # pragma: no cover - abstract
        raise NotImplementedError
