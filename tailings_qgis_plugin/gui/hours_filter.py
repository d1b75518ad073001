"""The panel's "within N hours" filter on the map: the run layers show only what is reached within N h.

When the user sets N in the profile's filter, every panel-run layer group (the layer-tree groups marked
with :data:`~.result_layers.GROUP_PROPERTY`) gets a subset string on its exposed-places layer
(``"arrival_h" <= N``: places without an arrival are hidden, as in the card and the chart) and on its
pathways layer (``"arrival_from_h" <= N``: the pieces the front enters within N h). The layer's own
subset string is kept in a custom property and put back when N is cleared (0 = all).
A layer that a running background analysis reads (``busy``) is left alone: its subset string is set
when the run ends (the panel calls again), so the map is never changed under a worker thread.
Nothing here computes a result: it only filters what the map shows.
"""

from __future__ import annotations

from qgis.core import QgsMapLayer, QgsProcessingFeatureSourceDefinition, QgsProject

from .result_layers import GROUP_PROPERTY

#: the custom property holding a layer's own subset string while the hours filter is on
ORIGINAL_SUBSET = "tailings/subset_before_hours"
#: field of each filtered layer kind (the exposed layer has ``arrival_h`` and ``offset_m``)
_TIME_FIELDS = (("arrival_from_h", "seq"), ("arrival_h", "offset_m"))


def time_field(layer) -> str | None:
    """The arrival field the hours filter uses on ``layer``, or None for a layer it leaves alone."""
    if layer is None or layer.type() != QgsMapLayer.VectorLayer:
        return None
    names = set(layer.fields().names())
    for field, marker in _TIME_FIELDS:
        if field in names and marker in names:
            return field
    return None


def run_layers(project=None) -> list:
    """The vector layers of the panel-run groups (nested groups included)."""
    project = project or QgsProject.instance()
    layers = []
    for group in project.layerTreeRoot().findGroups(True):
        if group.customProperty(GROUP_PROPERTY):
            layers += [node.layer() for node in group.findLayers() if node.layer() is not None]
    return layers


def layers_in_use(params) -> set:
    """Ids (and source strings) of the layers named in a run's parameters."""
    used = set()
    for value in (params or {}).values():
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        if isinstance(value, QgsMapLayer):
            used.add(value.id())
        elif isinstance(value, str) and value:
            used.add(value)
        elif isinstance(value, (list, tuple)):
            used |= layers_in_use(dict(enumerate(value)))
    return used


def _combine(original: str, condition: str) -> str:
    return f"({original}) AND ({condition})" if original else condition


def apply_hours_filter(hours: float | None, project=None, busy=()) -> list:
    """Show only what is reached within ``hours`` on every run layer (restore all when falsy).

    Layers whose id or source is in ``busy`` (read by a running analysis) are skipped.
    Returns the layers whose subset string was set or restored."""
    changed = []
    for layer in run_layers(project):
        field = time_field(layer)
        if field is None or layer.isEditable():
            continue
        if busy and (layer.id() in busy or layer.source() in busy):
            continue
        stored = layer.customProperty(ORIGINAL_SUBSET)
        original = layer.subsetString() if stored is None else str(stored)
        if hours:
            wanted = _combine(original, f'"{field}" IS NOT NULL AND "{field}" <= {float(hours):g}')
            if stored is None:
                layer.setCustomProperty(ORIGINAL_SUBSET, original)
        else:
            if stored is None:
                continue
            wanted = original
            layer.removeCustomProperty(ORIGINAL_SUBSET)
        if layer.subsetString() != wanted and layer.setSubsetString(wanted):
            layer.triggerRepaint()
        changed.append(layer)
    return changed
