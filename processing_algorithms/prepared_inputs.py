"""Input layers resolved on the main thread, for runs whose ``processAlgorithm`` is in a worker thread.

QGIS runs ``prepareAlgorithm`` on the main thread and ``processAlgorithm`` in a worker thread for a
background task (QgsProcessingAlgRunnerTask: the panel, the Processing dialog). A parameter read in the
worker (``parameterAsSource`` on a layer id) walks the project's layer store and builds its feature source
from the live project layer (QgsVectorLayer.getFeatures creates a QgsVectorLayerFeatureSource each call),
while the main thread may be changing that store or a layer (subset string, style, removal): a data race,
seen as a segfault in the panel tests.

Here every layer-valued input is resolved once in ``prepareAlgorithm``:

* a feature source becomes a :class:`SnapshotSource`: a QgsVectorLayerFeatureSource taken on the main
  thread (QGIS documents it as the thread-safe copy of a layer's provider, edit buffer and joins) plus the
  layer's fields, CRS, geometry type, name, extent and count, wrapped in a QgsProcessingFeatureSource
  (invalid-geometry checks of the context). The worker then never touches the layer object: a later
  subset string, edit or removal of the layer does not reach the run. A selection
  (``selectedFeaturesOnly``) is QGIS's own QgsVectorLayerSelectedFeatureSource, which is such a snapshot
  already; a feature limit or geometry-check override keeps QGIS's own source too.
* a layer asked for as a layer (``parameterAsVectorLayer``/``RasterLayer``/``Layer``) is the object found
  on the main thread, so the worker does not walk the project's layer store.
* while a run reads a GeoPackage, the file's journal mode is held (:class:`JournalHold`): when QGIS's OGR
  provider closes a GeoPackage dataset it switches the file from WAL back to the ``delete`` journal mode,
  which deletes the ``-wal``/``-shm`` files under any other connection reading that file. A worker that
  reads the settlements while the user sets a filter on another layer of the same GeoPackage (the
  provider reopens its dataset) then gets "unable to open database file" from SQLite and reads nothing,
  silently. QGIS skips that switch while GDAL's ``OGR_SQLITE_JOURNAL`` option is set, so the hold sets it
  (on the main thread) from ``prepareAlgorithm`` until the run ends, and leaves a value the user set
  alone. Its value is
  :data:`KEEP_JOURNAL`: GDAL passes it to ``PRAGMA journal_mode = ...`` when it opens a GeoPackage, and
  SQLite takes a name that is no journal mode as a query, so a file keeps the mode it has (an input is
  not turned into a WAL file, whose header bytes differ, and nothing deletes a journal under a reader).

Nothing here computes a result.
"""

from __future__ import annotations

import threading

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFeatureSource,
    QgsFields,
    QgsProcessingFeatureSource,
    QgsProcessingFeatureSourceDefinition,
    QgsProperty,
    QgsRectangle,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt.QtCore import QObject, QThread, pyqtSignal

#: Processing parameter types whose value is a layer (QgsProcessingParameterDefinition.type())
LAYER_TYPES = ("source", "vector", "raster", "layer", "mesh", "pointcloud")

#: the GDAL option QGIS's OGR provider reads before switching a closed GeoPackage back to ``delete``
JOURNAL_OPTION = "OGR_SQLITE_JOURNAL"
#: not a journal mode: SQLite answers ``PRAGMA journal_mode = keep`` with the current mode, changing nothing
#: (pragma.c: "If the =MODE part does not match any known journal mode, then do a query")
KEEP_JOURNAL = "keep"


class _MainThreadCall(QObject):
    """Runs a function on the thread this object lives in (made on the main thread): a signal emitted
    from a worker thread reaches the slot through the main thread's event loop (a queued connection)."""

    call = pyqtSignal(object)

    def __init__(self):
        super().__init__()
        self.call.connect(self._run)

    def _run(self, function):
        function()


class JournalHold:
    """Keeps GeoPackage journal modes as they are while runs read a GeoPackage.

    The option is process-wide: QGIS closes GeoPackage datasets on the main thread (a filter set by the
    user) and on canvas render threads alike, and a thread-local option of the main thread left the render
    threads' closes switching journals (empty reads in the stress test on QGIS 3.40). GDAL hands out a
    config value as a pointer that a later set frees, so the option is only ever set and cleared on the
    main thread, once per group of overlapping runs: set by the first hold, cleared by the last release
    (reference-counted), and only when no value was set before (by the user or QGIS). A release from a
    worker thread (the end of ``processAlgorithm``) is passed to the main thread; ``release`` is
    idempotent, so the worker's ``finally`` and the garbage collector may both call it."""

    _lock = threading.Lock()
    _count = 0
    _ours = False
    _thread = None  # the thread the option is set on (QThread)
    _relay = None  # a _MainThreadCall living on that thread

    def __init__(self):
        self._held = False
        cls = type(self)
        try:
            from osgeo import gdal
        except ImportError:  # no GDAL bindings: nothing to hold (QGIS always has them)
            return
        with cls._lock:
            if cls._count == 0:
                cls._thread = QThread.currentThread()
                if cls._relay is None or cls._relay.thread() is not cls._thread:
                    cls._relay = _MainThreadCall()
                cls._ours = gdal.GetConfigOption(JOURNAL_OPTION) is None
                if cls._ours:
                    gdal.SetConfigOption(JOURNAL_OPTION, KEEP_JOURNAL)
            cls._count += 1
            self._held = True

    def release(self) -> None:
        cls = type(self)
        with cls._lock:
            if not self._held:
                return
            self._held = False
        if QThread.currentThread() is cls._thread or cls._relay is None:
            cls._drop()
        else:
            try:
                cls._relay.call.emit(cls._drop)
            except RuntimeError:  # the relay is gone (QGIS is closing): nothing left to restore
                pass

    @classmethod
    def _drop(cls) -> None:
        """One hold fewer (on the thread the option was set on)."""
        with cls._lock:
            cls._count -= 1
            if cls._count == 0 and cls._ours:
                from osgeo import gdal

                gdal.SetConfigOption(JOURNAL_OPTION, None)
                cls._ours = False

    def __del__(self):
        try:
            self.release()
        except Exception:  # interpreter shutdown: modules may already be gone
            pass


def reads_geopackage(layer) -> bool:
    """True for a vector layer of QGIS's OGR provider stored in a GeoPackage."""
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return False
    provider = layer.dataProvider()
    storage = provider.storageType() if provider is not None else ""
    return storage == "GPKG" or layer.source().split("|", 1)[0].lower().endswith(".gpkg")


class SnapshotSource(QgsFeatureSource):
    """A vector layer's features and properties as they were when taken (on the main thread)."""

    def __init__(self, layer: QgsVectorLayer):
        super().__init__()
        self._source = QgsVectorLayerFeatureSource(layer)
        self._fields = QgsFields(layer.fields())
        self._crs = QgsCoordinateReferenceSystem(layer.crs())
        self._wkb = layer.wkbType()
        self._name = layer.name()
        self._extent = QgsRectangle(layer.extent())
        self._count = layer.featureCount()

    def getFeatures(self, request=None):
        return self._source.getFeatures(request if request is not None else QgsFeatureRequest())

    def fields(self):
        return QgsFields(self._fields)

    def sourceCrs(self):
        return QgsCoordinateReferenceSystem(self._crs)

    def wkbType(self):
        return self._wkb

    def featureCount(self):
        return self._count

    def sourceName(self):
        return self._name

    def sourceExtent(self):
        return QgsRectangle(self._extent)


def _plain_definition(value) -> bool:
    """A source definition that asks for nothing but the whole layer (no selection, limit or override)."""
    if not isinstance(value, QgsProcessingFeatureSourceDefinition):
        return True
    if value.selectedFeaturesOnly or value.featureLimit not in (-1, None):
        return False
    if getattr(value, "filterExpression", ""):
        return False
    return not int(value.flags)


def _same(a, b) -> bool:
    if a is b:
        return True
    try:
        return type(a) is type(b) and bool(a == b)
    except TypeError:
        return False


#: what :meth:`PreparedInputs.layer` / :meth:`PreparedInputs.source` return for a parameter they did not
#: resolve (the caller then asks QGIS); ``None`` means "resolved on the main thread: no layer"
NOT_PREPARED = object()


def _layer_reference(value):
    """The layer reference (id, name or path) inside a feature-source definition, else ``value``."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        prop = value.source
        if prop.propertyType() == QgsProperty.StaticProperty:
            return prop.staticValue()
        return None  # an expression-based source: left to QGIS
    return value


class PreparedInputs:
    """Layers and feature sources of one run, resolved on the main thread (see the module docstring).

    Every layer-valued parameter is resolved here, the ones left empty too (their default, or "no layer"),
    so that the worker never asks QGIS to find a layer in the project (which walks the project's layer
    store and, for a selection, reads the layer's selected ids, in the worker thread)."""

    def __init__(self, alg, parameters, context):
        self.values = {}  # parameter name -> the raw value the entries below were resolved from
        self.layers = {}  # parameter name -> layer object (None: resolved, no layer)
        self.sources = {}  # parameter name -> (snapshot or None, QgsProcessingFeatureSource or None)
        self.journal = None  # a JournalHold while the run reads a GeoPackage
        for definition in alg.parameterDefinitions():
            if definition.type() in LAYER_TYPES:
                self._resolve(alg, definition, parameters, context)

    def _resolve(self, alg, definition, parameters, context):
        name = definition.name()
        value = parameters.get(name)
        reference = _layer_reference(value)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and reference is None:
            return  # an expression-based source: QGIS evaluates it in the run
        lookup = parameters
        if reference is not value:
            lookup = dict(parameters)
            lookup[name] = reference
        try:
            layer = alg.base_parameter_as_layer(definition, lookup, context)
        except Exception:  # a bad value: the run's own read reports it
            return
        empty = value is None or (isinstance(value, str) and not value)
        if layer is None and not empty:
            return  # a path or a value QGIS opens itself (not a project layer): read in the run as before
        self.values[name] = value
        self.layers[name] = layer
        if layer is None:
            self.sources[name] = (None, None)
            return
        if self.journal is None and reads_geopackage(layer):
            self.journal = JournalHold()
        if definition.type() in ("source", "vector") and isinstance(layer, QgsVectorLayer):
            if _plain_definition(value):
                snapshot = SnapshotSource(layer)
                self.sources[name] = (snapshot, QgsProcessingFeatureSource(snapshot, context, False))
            else:
                source = alg.base_parameter_as_source(parameters, name, context)
                if source is not None:
                    self.sources[name] = (None, source)

    def release(self) -> None:
        """The run has ended: GeoPackage journal modes may change again."""
        if self.journal is not None:
            self.journal.release()

    def _valid(self, parameters, name) -> bool:
        return name in self.values and _same(parameters.get(name), self.values[name])

    def layer(self, parameters, name):
        """The layer resolved for ``name`` (None: no layer), or :data:`NOT_PREPARED`."""
        return self.layers[name] if self._valid(parameters, name) else NOT_PREPARED

    def source(self, parameters, name):
        """The feature source resolved for ``name`` (None: no layer), or :data:`NOT_PREPARED`."""
        if self._valid(parameters, name) and name in self.sources:
            return self.sources[name][1]
        return NOT_PREPARED
