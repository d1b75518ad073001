"""Never lose data: one guard around the outputs of every Tailings algorithm.

:class:`OutputGuard` is used by ``TailingsAlgorithm.processAlgorithm`` (base.py), so every algorithm
gets the same behaviour without code of its own:

1. **An output that is one of the inputs is refused** before anything is written: same file (paths
   resolved: symlinks, ``..``, ``|layername=`` suffixes, ``ogr:dbname='...' table="..."`` URIs), or,
   in a GeoPackage, the same file and layer. GDAL would otherwise replace the input file.
2. **File outputs are written to a temporary folder inside the destination folder** (same file system,
   so the final move is an atomic ``os.replace``) and moved to the target only after the algorithm
   succeeded. A missing or read-only destination folder is refused with a message saying so.
3. **An existing GeoPackage is updated layer by layer**: the new layer replaces the layer of the same
   name (the file's base name, or the table named in an ``ogr:`` URI) in one SQLite transaction; the
   other layers stay. Other formats (GeoJSON, Shapefile, CSV, HTML, ...) hold one table: the target is
   replaced.
4. **Nothing is left behind after an error or a Cancel**: the temporary folder is removed, and files
   that an algorithm wrote into a destination folder (map export) during a failed run are deleted.

QGIS 3.22 does not understand ``file.gpkg|layername=x`` as a destination (it makes a file of that
name), so such a destination is refused with a hint to use the ``ogr:`` form QGIS's dialog writes.
"""

from __future__ import annotations

import contextlib
import gc
import os
import re
import shutil
import tempfile

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterVectorDestination,
    QgsProviderRegistry,
)
from qgis.PyQt.QtCore import QCoreApplication

from tailings_qgis_plugin.i18n import CONTEXT

TMP_PREFIX = ".tailings-tmp-"
_OGR_URI = re.compile(r"^ogr:dbname='(?P<path>(?:[^']|'')*)'\s+table=\"(?P<table>(?:[^\"]|\"\")*)\"")
_NOT_FILES = ("memory:", "postgres:", "postgis:", "mssql:", "oracle:", "hana:", "spatialite:")
# single-table formats whose side files belong to the same output
_SIDECARS = {".shp": (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".sbn", ".sbx", ".qmd")}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def split_uri(text: str):
    """``(path, layer or None)`` of a file URI or destination, or ``(None, None)`` when not a file."""
    if not text:
        return None, None
    text = str(text)
    m = _OGR_URI.match(text)
    if m:
        return m.group("path").replace("''", "'"), m.group("table").replace('""', '"')
    if text.lower().startswith(_NOT_FILES) or text == QgsProcessing.TEMPORARY_OUTPUT:
        return None, None
    path, _sep, rest = text.partition("|")
    layer = None
    for part in rest.split("|"):
        key, _eq, value = part.partition("=")
        if key.strip().lower() == "layername" and value:
            layer = value
    return path, layer


def same_file(a: str, b: str) -> bool:
    """True when two paths name the same file (after symlinks and ``..``), existing or not."""
    try:
        if os.path.exists(a) and os.path.exists(b):
            return os.path.samefile(a, b)
    except OSError:
        pass
    return os.path.normcase(os.path.realpath(a)) == os.path.normcase(os.path.realpath(b))


def _layer_name(path: str, layer: str | None) -> str:
    return layer or os.path.splitext(os.path.basename(path))[0]


def _is_gpkg(path: str) -> bool:
    return path.lower().endswith(".gpkg")


class _Output:
    """One destination parameter: its target and, once prepared, its temporary copy."""

    def __init__(self, name, kind, target, layer, raw):
        self.name = name
        self.kind = kind  # "sink", "file" or "folder"
        self.target = target  # path of the final file (folder for "folder")
        self.layer = layer  # table named in an ogr: URI, else None
        self.raw = raw  # the destination string as the user gave it
        self.tmpdir = None
        self.tmp_path = None
        self.tmp_value = None
        self.final_value = None
        self.before = None  # folder outputs: names present before the run


class OutputGuard:
    """Checks, redirects and finally moves the outputs of one algorithm run (see module doc)."""

    def __init__(self, alg, parameters, context, feedback):
        self.alg = alg
        self.parameters = parameters
        self.context = context
        self.feedback = feedback
        self.outputs: list[_Output] = []
        self.final_values: dict = {}

    # --- inputs and outputs -------------------------------------------------------------------------
    def input_files(self):
        """``[(path, layer or None, parameter name)]`` of every file the inputs read."""
        files = []
        for definition in self.alg.parameterDefinitions():
            if definition.isDestination():
                continue
            name = definition.name()
            value = self.parameters.get(name)
            if value is None or value == "":
                continue
            for source in self._sources(definition, name, value):
                path, layer = source
                if path and os.path.exists(path):
                    files.append((path, layer, name))
        return files

    def _sources(self, definition, name, value):
        kind = definition.type()
        if kind in ("file",):
            text = self.alg.parameterAsFile(self.parameters, name, self.context)
            return [(text, None)] if text else []
        if kind in ("source", "vector", "raster", "layer", "mesh", "pointcloud"):
            try:
                layer = self.alg.parameterAsLayer(self.parameters, name, self.context)
            except Exception:
                layer = None
            if layer is None:
                text = value if isinstance(value, str) else ""
                return [split_uri(text)] if text else []
            return [self._decode(layer)]
        if kind == "multilayer":
            try:
                layers = self.alg.parameterAsLayerList(self.parameters, name, self.context)
            except Exception:
                layers = []
            return [self._decode(layer) for layer in layers]
        return []

    @staticmethod
    def _decode(layer):
        provider = layer.providerType()
        if provider in ("ogr", "gdal"):
            parts = QgsProviderRegistry.instance().decodeUri(provider, layer.source())
            return parts.get("path") or None, parts.get("layerName") or None
        if provider == "delimitedtext":
            return split_uri(layer.source().split("?")[0].replace("file://", ""))[0], None
        return None, None

    def _destination(self, definition, name):
        value = self.parameters.get(name)
        if value is None or value == "":
            return None
        raw = value
        if isinstance(value, QgsProcessingOutputLayerDefinition):
            raw = value.sink.staticValue()  # None for an expression-based destination
        if isinstance(raw, str) and raw == QgsProcessing.TEMPORARY_OUTPUT:
            return None
        if isinstance(
            definition, (QgsProcessingParameterFeatureSink, QgsProcessingParameterVectorDestination)
        ):
            text = self.alg.parameterAsOutputLayer(self.parameters, name, self.context)
            kind = "sink"
        elif isinstance(definition, QgsProcessingParameterFolderDestination):
            text = self.alg.parameterAsString(self.parameters, name, self.context)
            kind = "folder"
        elif isinstance(definition, QgsProcessingParameterFileDestination):
            text = self.alg.parameterAsFileOutput(self.parameters, name, self.context)
            kind = "file"
        else:
            return None
        path, layer = split_uri(text)
        if not path:
            return None
        if kind == "sink" and "|" in text and not text.startswith("ogr:"):
            raise QgsProcessingException(
                _tr(
                    "The output '{out}' names a layer with '|layername=', which QGIS cannot write. Write to "
                    "a GeoPackage layer with ogr:dbname='{path}' table=\"{layer}\" (geom), or to a file."
                ).format(out=definition.description(), path=path, layer=layer or "name")
            )
        return _Output(name, kind, os.path.abspath(path), layer, text)

    # --- the checks -----------------------------------------------------------------------------------
    def check(self):
        """Refuse outputs that are inputs, that collide with each other, or whose folder is unusable."""
        inputs = getattr(self.alg, "_prepared_inputs", None)  # read on the main thread (base.py)
        if inputs is None:
            inputs = self.input_files()
        definitions = {d.name(): d for d in self.alg.destinationParameterDefinitions()}
        for name, definition in definitions.items():
            out = self._destination(definition, name)
            if out is not None:
                self.outputs.append(out)
        for out in self.outputs:
            label = definitions[out.name].description()
            for path, layer, in_name in inputs:
                if out.kind == "folder":
                    continue
                if not same_file(out.target, path):
                    continue
                distinct_tables = (
                    _is_gpkg(path) and out.layer is not None and layer is not None and out.layer != layer
                )
                if not distinct_tables:
                    in_label = self.alg.parameterDefinition(in_name).description()
                    raise QgsProcessingException(
                        _tr(
                            "The output '{out}' ({path}) is the input '{inp}': writing it would destroy the "
                            "input. Choose another file name."
                        ).format(out=label, path=out.target, inp=in_label)
                    )
        seen = []
        for out in self.outputs:
            if out.kind == "folder":
                continue
            for other in seen:
                if same_file(out.target, other.target) and _layer_name(out.target, out.layer) == _layer_name(
                    other.target, other.layer
                ):
                    raise QgsProcessingException(
                        _tr(
                            "Two outputs are written to the same file {path}: give each its own file."
                        ).format(path=out.target)
                    )
            seen.append(out)
        for out in self.outputs:
            folder = out.target if out.kind == "folder" else os.path.dirname(out.target)
            probe = folder
            if out.kind == "folder":
                # the map export creates its folder; the nearest existing parent must be writable
                while probe and not os.path.exists(probe) and os.path.dirname(probe) != probe:
                    probe = os.path.dirname(probe)
            elif not os.path.isdir(folder):
                raise QgsProcessingException(
                    _tr(
                        "The folder {folder} of the output '{out}' does not exist. Create it or choose another."
                    ).format(folder=folder, out=definitions[out.name].description())
                )
            if not os.access(probe, os.W_OK | os.X_OK):
                raise QgsProcessingException(
                    _tr(
                        "The folder {folder} of the output '{out}' is read-only: choose a folder you can write to."
                    ).format(folder=probe, out=definitions[out.name].description())
                )

    # --- redirect, commit, abort ---------------------------------------------------------------------
    def prepare(self) -> dict:
        """Check, then return the parameters with file outputs redirected to temporary files."""
        self.check()
        parameters = dict(self.parameters)
        for out in self.outputs:
            if out.kind == "folder":
                out.before = set(os.listdir(out.target)) if os.path.isdir(out.target) else None
                try:
                    os.makedirs(out.target, exist_ok=True)  # removed again by abort() when the run fails
                except OSError as exc:
                    raise QgsProcessingException(
                        _tr("Cannot write in the folder {folder}: {err}").format(
                            folder=out.target, err=exc.strerror
                        )
                    ) from exc
                continue
            folder = os.path.dirname(out.target)
            try:
                out.tmpdir = tempfile.mkdtemp(prefix=TMP_PREFIX, dir=folder)
            except OSError as exc:
                raise QgsProcessingException(
                    _tr("Cannot write in the folder {folder}: {err}").format(folder=folder, err=exc.strerror)
                ) from exc
            out.tmp_path = os.path.join(out.tmpdir, os.path.basename(out.target))
            if out.kind == "sink":
                if out.layer is not None:
                    quoted = out.tmp_path.replace("'", "''")
                    table = out.layer.replace('"', '""')
                    out.tmp_value = f"ogr:dbname='{quoted}' table=\"{table}\" (geom)"
                else:
                    out.tmp_value = out.tmp_path
                old = parameters[out.name]
                new = QgsProcessingOutputLayerDefinition(out.tmp_value)
                if isinstance(old, QgsProcessingOutputLayerDefinition):
                    new.destinationProject = old.destinationProject
                    new.destinationName = old.destinationName
                    new.createOptions = old.createOptions
                parameters[out.name] = new
            else:
                out.tmp_value = out.tmp_path
                parameters[out.name] = out.tmp_path
        return parameters

    def commit(self, results: dict) -> dict:
        """Move every temporary output into place; returns ``results`` with the final paths."""
        gc.collect()  # writers still referenced by dead frames close their files now
        for out in self.outputs:
            if out.tmp_path is None:
                continue
            if not os.path.exists(out.tmp_path):
                # the algorithm did not create this (optional) output
                shutil.rmtree(out.tmpdir, ignore_errors=True)
                continue
            if out.kind == "sink" and _is_gpkg(out.target) and self._has_other_layers(out):
                self._merge_layer(out)
                out.final_value = f"{out.target}|layername={_layer_name(out.target, out.layer)}"
            else:
                self._replace(out)
                out.final_value = out.raw if out.layer is not None else out.target
            shutil.rmtree(out.tmpdir, ignore_errors=True)
            self.final_values[out.tmp_value] = out.final_value
        fixed = {key: self.final(value) for key, value in results.items()}
        self._fix_layers_to_load()
        return fixed

    def abort(self):
        """Remove every temporary output, and files a failed run added to a destination folder."""
        gc.collect()
        for out in self.outputs:
            if out.tmpdir:
                shutil.rmtree(out.tmpdir, ignore_errors=True)
            if out.kind == "folder" and os.path.isdir(out.target):
                before = out.before or set()
                for entry in os.listdir(out.target):
                    if entry not in before:
                        full = os.path.join(out.target, entry)
                        with contextlib.suppress(OSError):
                            shutil.rmtree(full) if os.path.isdir(full) else os.remove(full)
                if out.before is None:
                    with contextlib.suppress(OSError):
                        os.rmdir(out.target)  # the run created it, and it is empty again

    def final(self, value):
        """The final path of an output value returned by ``parameterAsSink`` (itself when not redirected).

        QGIS returns a temporary ``ogr:`` destination as ``path|layername=table``: matched by its path."""
        if not isinstance(value, str):
            return value
        if value in self.final_values:
            return self.final_values[value]
        path, _layer = split_uri(value)
        for out in self.outputs:
            if out.final_value is not None and path and out.tmp_path and path == out.tmp_path:
                return out.final_value
        return value

    # --- helpers --------------------------------------------------------------------------------------
    def _has_other_layers(self, out) -> bool:
        if not os.path.isfile(out.target):
            return False
        from osgeo import ogr

        ds = ogr.Open(out.target)
        if ds is None:
            return False
        try:
            names = {ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount())}
        finally:
            ds = None
        return bool(names - {_layer_name(out.target, out.layer)})

    def _merge_layer(self, out):
        """Copy the new layer into the existing GeoPackage in one transaction, replacing its namesake."""
        from osgeo import gdal, ogr

        name = _layer_name(out.target, out.layer)
        src = ogr.Open(out.tmp_path)
        dst = gdal.OpenEx(out.target, gdal.OF_VECTOR | gdal.OF_UPDATE)
        if src is None or dst is None:
            raise QgsProcessingException(
                _tr("Cannot update the GeoPackage {path}: it cannot be opened for writing.").format(
                    path=out.target
                )
            )
        try:
            # copy under a new name first (the GeoPackage driver does it in one transaction): when the copy
            # fails, the old layer is still there
            staging = f"{name}__new_{os.getpid()}"
            copied = dst.CopyLayer(src.GetLayer(0), staging)
            if copied is None:
                raise QgsProcessingException(
                    _tr("Cannot write the layer {layer} into {path}.").format(layer=name, path=out.target)
                )
            for i in range(dst.GetLayerCount()):
                if dst.GetLayer(i).GetName() == name:
                    dst.DeleteLayer(i)
                    break
            copied = dst.GetLayerByName(staging)
            if copied.Rename(name) != 0:
                raise QgsProcessingException(
                    _tr("Cannot rename the layer {old} to {layer} in {path}.").format(
                        old=staging, layer=name, path=out.target
                    )
                )
        finally:
            copied = None
            src = None
            dst = None
        self.feedback.pushInfo(
            _tr("The layer {layer} of {path} was replaced; its other layers were kept.").format(
                layer=name, path=out.target
            )
        )

    def _replace(self, out):
        """Move everything written into the temporary folder (the file, a shapefile's side files, companion
        files an algorithm writes beside its output) into the destination folder."""
        stem, ext = os.path.splitext(os.path.basename(out.target))
        folder = os.path.dirname(out.target)
        for side in _SIDECARS.get(ext.lower(), ()):
            old = os.path.join(folder, stem + side)
            if os.path.exists(old) and not os.path.exists(os.path.join(out.tmpdir, stem + side)):
                os.remove(old)  # a stale index or projection of the replaced file
        for entry in sorted(os.listdir(out.tmpdir)):
            if entry.endswith(("-wal", "-shm", "-journal")):
                continue
            target = os.path.join(folder, entry)
            for suffix in ("-wal", "-shm", "-journal"):
                if os.path.exists(target + suffix):
                    os.remove(target + suffix)  # would be replayed into the new file
            os.replace(os.path.join(out.tmpdir, entry), target)

    def _fix_layers_to_load(self):
        loads = self.context.layersToLoadOnCompletion()
        fixed = {self.final(key): details for key, details in loads.items()}
        if list(fixed) != list(loads):
            self.context.setLayersToLoadOnCompletion(fixed)


def is_requested(parameters, name) -> bool:
    """Whether an optional output was asked for (qgis_process may leave secondary outputs out)."""
    value = parameters.get(name)
    return value is not None and value != ""


def optional_sink(alg, parameters, name, context, fields, wkb_type, crs):
    """``(sink, dest)`` of an optional sink, ``(None, None)`` when it was not requested."""
    if not is_requested(parameters, name):
        return None, None
    sink, dest = alg.parameterAsSink(parameters, name, context, fields, wkb_type, crs)
    if sink is None:
        raise QgsProcessingException(alg.invalidSinkError(parameters, name))
    return sink, dest


__all__ = [
    "OutputGuard",
    "is_requested",
    "optional_sink",
    "same_file",
    "split_uri",
]
