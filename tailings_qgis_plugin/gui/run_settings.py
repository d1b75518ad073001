"""The parameters the panel runs an algorithm with, and the settings it remembers per project.

The panel fills, in this order (a later source wins):

1. the algorithm's own defaults;
2. input layers recognised by role (geometry type, marker fields, words in the name): rivers,
   settlements, countries, lakes; analysis outputs are never taken as a source layer;
3. the settings of the last successful run of that algorithm *in this project* (numbers, choices,
   fields and input layers that still exist), stored with ``QgsProject.writeEntry``;
4. the chosen facility;
5. every output as a new temporary layer (never the id of an existing layer).

Nothing here computes an analysis result.
"""

from __future__ import annotations

import json

from qgis.core import (
    QgsMapLayer,
    QgsProcessing,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProcessingParameterVectorLayer,
    QgsProject,
)

from .facility_layers import is_analysis_output, suggest_inputs

SCOPE = "TailingsDock"
SNAP_PARAM = "SNAP_DISTANCE"

_PLAIN = (
    QgsProcessingParameterNumber,
    QgsProcessingParameterEnum,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterString,
)
_LAYER = (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterVectorLayer,
    QgsProcessingParameterRasterLayer,
)


def _key(alg_id: str) -> str:
    return "run/" + alg_id.replace(":", "_")


def destination_names(alg) -> set:
    return {d.name() for d in alg.destinationParameterDefinitions()}


def remembered(alg_id: str, project=None) -> dict:
    """The settings stored for ``alg_id`` in ``project`` (empty when none or unreadable)."""
    project = project or QgsProject.instance()
    text, _ok = project.readEntry(SCOPE, _key(alg_id), "")
    if not text:
        return {}
    try:
        values = json.loads(text)
    except ValueError:
        return {}
    return values if isinstance(values, dict) else {}


def remember(alg, params: dict, skip=(), project=None) -> dict:
    """Store the reusable part of ``params`` (numbers, choices, fields, input layer ids) for ``alg``.

    ``skip`` names parameters not to store (the facility input, which the panel sets each time).
    Returns what was stored.
    """
    project = project or QgsProject.instance()
    stored = dict(remembered(alg.id(), project))
    outputs = destination_names(alg)
    for definition in alg.parameterDefinitions():
        name = definition.name()
        if name in skip or name in outputs or name not in params:
            continue
        value = params[name]
        if isinstance(definition, _PLAIN) or isinstance(definition, QgsProcessingParameterField):
            if value is None or isinstance(value, (str, int, float, bool, list)):
                stored[name] = value
        elif isinstance(definition, _LAYER):
            if isinstance(value, QgsMapLayer):
                value = value.id()
            elif isinstance(value, QgsProcessingFeatureSourceDefinition):
                continue  # a selection: the facility, or a one-off choice
            if isinstance(value, str):
                stored[name] = value
    for folder in alg.destinationParameterDefinitions():
        value = params.get(folder.name())
        if isinstance(folder, QgsProcessingParameterFolderDestination) and isinstance(value, str) and value:
            if value != QgsProcessing.TEMPORARY_OUTPUT:
                stored[folder.name()] = value
    project.writeEntry(SCOPE, _key(alg.id()), json.dumps(stored))
    return stored


def _usable_layer(value, project) -> bool:
    layer = project.mapLayer(value) if isinstance(value, str) else None
    return layer is not None and layer.isValid() and not is_analysis_output(layer)


def run_parameters(alg, facility_params: dict, layers, project=None) -> dict:
    """Everything the panel runs ``alg`` with (see the module docstring)."""
    project = project or QgsProject.instance()
    names = {p.name() for p in alg.parameterDefinitions()}
    outputs = destination_names(alg)
    params = suggest_inputs(names, layers, destinations=outputs)
    previous = remembered(alg.id(), project)
    definitions = {p.name(): p for p in alg.parameterDefinitions()}
    for name, value in previous.items():
        definition = definitions.get(name)
        if definition is None or name in facility_params:
            continue
        if isinstance(definition, _LAYER):
            if _usable_layer(value, project):
                params[name] = value
        elif isinstance(definition, QgsProcessingParameterField):
            parent = definition.parentLayerParameterName()
            parent_value = facility_params.get(parent, params.get(parent))
            if parent in facility_params:
                source = facility_params[parent]
                parent_value = source.source.staticValue() if hasattr(source, "source") else source
            layer = project.mapLayer(parent_value) if isinstance(parent_value, str) else None
            if value is None or (layer is not None and value in layer.fields().names()):
                params[name] = value
        elif isinstance(definition, QgsProcessingParameterFolderDestination):
            params[name] = value
        else:
            params[name] = value
    params.update(facility_params)
    for definition in alg.destinationParameterDefinitions():
        name = definition.name()
        if name in params and isinstance(definition, QgsProcessingParameterFolderDestination):
            continue
        optional = bool(definition.flags() & QgsProcessingParameterDefinition.FlagOptional)
        if optional and not definition.createByDefault():
            params.pop(name, None)
            continue
        if isinstance(definition, QgsProcessingParameterFolderDestination):
            params[name] = QgsProcessing.TEMPORARY_OUTPUT
        else:
            params[name] = QgsProcessingOutputLayerDefinition(QgsProcessing.TEMPORARY_OUTPUT, project)
    return params


def remembered_snap_distance(alg_id: str, project=None) -> float | None:
    value = remembered(alg_id, project).get(SNAP_PARAM)
    try:
        return float(value) if value is not None else None
    except (TypeError, ValueError):
        return None


def remember_snap_distance(alg, metres: float, project=None) -> None:
    """Store ``metres`` as the snap distance of ``alg``'s next run in this project."""
    project = project or QgsProject.instance()
    stored = dict(remembered(alg.id(), project))
    stored[SNAP_PARAM] = float(metres)
    project.writeEntry(SCOPE, _key(alg.id()), json.dumps(stored))
