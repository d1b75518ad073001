"""Which project layers hold what: facility registries and analysis outputs, recognised by their fields.

Nothing here computes a result. The panel reads the rows the Processing algorithms
wrote (hazard screening, downstream impact) and finds the ones of one facility
through a small index (facility id -> feature ids) per layer, rebuilt when the
layer changes.
"""

from __future__ import annotations

from qgis.core import QgsFeatureRequest, QgsMapLayerType, QgsVectorLayer, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from tailings_qgis_plugin.qgis_compat import field_type

from ..core.registry import SCHEMA
from .record_card import clean

REGISTRY_FIELDS = tuple(spec.name for spec in SCHEMA)

HAZARD = "hazard"
EXPOSED = "exposed"
CROSSINGS = "crossings"
SUMMARY = "summary"
#: outputs of tailings:upstreamsources / tailings:borderwatch (one row per receptor x facility): never
#: read as a facility's downstream summary
UPSTREAM = "upstream"
DOWNSTREAM_ROLES = (EXPOSED, CROSSINGS, SUMMARY)

#: thi_* fields that are not index components
THI_NOT_COMPONENTS = {"thi_complete", "thi_missing", "thi_rank"}

ID_CANDIDATES = ("facility_id", "id", "site_id", "tsf_id", "code", "fid")
NAME_CANDIDATES = ("name", "name_en", "facility", "site_name", "title", "label", "name_ru")


def _vector(layer) -> bool:
    try:
        return layer is not None and layer.type() == QgsMapLayerType.VectorLayer and layer.isValid()
    except RuntimeError:  # deleted C++ object
        return False


def field_names(layer) -> set:
    return set(layer.fields().names()) if _vector(layer) else set()


def is_point_or_polygon(layer) -> bool:
    if not _vector(layer):
        return False
    return layer.geometryType() in (QgsWkbTypes.PointGeometry, QgsWkbTypes.PolygonGeometry)


def is_registry_layer(layer) -> bool:
    """A facility registry (or a copy of one, like the hazard-screening output): id, name and most fields."""
    names = field_names(layer)
    if not {"facility_id", "name"} <= names or not is_point_or_polygon(layer):
        return False
    return sum(1 for f in REGISTRY_FIELDS if f in names) >= len(REGISTRY_FIELDS) // 2


def layer_role(layer) -> str | None:
    """``hazard``, ``exposed``, ``crossings``, ``summary`` or None, from the fields of ``layer``."""
    names = field_names(layer)
    if "facility_id" not in names:
        return None
    if "receptor_id" in names or "crossing_id" in names:
        return UPSTREAM
    if "thi" in names:
        return HAZARD
    if {"from_country", "to_country", "dist_km"} <= names:
        return CROSSINGS
    if {"population", "dist_km"} <= names and ({"arrival_h", "offset_m", "peak_conc_mg_l"} & names):
        return EXPOSED
    if is_registry_layer(layer):
        return None
    if any(("border" in n or "countr" in n or "settlement" in n) for n in names):
        return SUMMARY
    return None


def guess_id_field(layer) -> str:
    names = layer.fields().names() if _vector(layer) else []
    lower = {n.lower(): n for n in names}
    for candidate in ID_CANDIDATES:
        if candidate in lower:
            return lower[candidate]
    return names[0] if names else ""


def guess_name_field(layer) -> str:
    if not _vector(layer):
        return ""
    names = layer.fields().names()
    lower = {n.lower(): n for n in names}
    for candidate in NAME_CANDIDATES:
        if candidate in lower:
            return lower[candidate]
    id_field = guess_id_field(layer)
    texts = [f.name() for f in layer.fields() if f.type() == field_type("text") and f.name() != id_field]
    for name in texts:
        if "name" in name.lower():
            return name
    return texts[0] if texts else id_field


def thi_components(layer) -> list[str]:
    """The hazard index component fields (``thi_cap``, ``thi_tox`` ...) in layer order."""
    return [
        f.name()
        for f in layer.fields()
        if f.name().startswith("thi_") and f.name() not in THI_NOT_COMPONENTS and f.isNumeric()
    ]


def component_labels() -> dict:
    """field -> label of the hazard index components, from the scoring rules (empty if unreadable)."""
    try:
        from ..core.hazard_index import load_thi_rules

        return {c.field: c.label for c in load_thi_rules().components}
    except Exception:
        return {}


class KeyIndex:
    """facility id -> feature ids of one layer, built on first use."""

    def __init__(self, layer: QgsVectorLayer, key_field: str = "facility_id"):
        self.layer = layer
        self.key_field = key_field
        self._index: dict | None = None

    def invalidate(self) -> None:
        self._index = None

    def _build(self) -> dict:
        index: dict = {}
        layer = self.layer
        if self.key_field in layer.fields().names():
            request = (
                QgsFeatureRequest()
                .setFlags(QgsFeatureRequest.NoGeometry)
                .setSubsetOfAttributes([self.key_field], layer.fields())
            )
            for feature in layer.getFeatures(request):
                value = clean(feature[self.key_field])
                if value is not None:
                    index.setdefault(str(value), []).append(feature.id())
        self._index = index
        return self._index

    def fids(self, facility_id) -> list:
        if facility_id is None:
            return []
        index = self._index if self._index is not None else self._build()
        return index.get(str(facility_id), [])

    def rows(self, facility_id) -> list[dict]:
        """The attribute rows (field name -> clean value) of ``facility_id``."""
        fids = self.fids(facility_id)
        if not fids:
            return []
        request = QgsFeatureRequest().setFilterFids(fids).setFlags(QgsFeatureRequest.NoGeometry)
        names = self.layer.fields().names()
        return [{n: clean(v) for n, v in zip(names, f.attributes())} for f in self.layer.getFeatures(request)]

    def values(self, field: str) -> dict:
        """facility id -> value of ``field`` (first row), e.g. the hazard index of every facility."""
        out = {}
        if field not in self.layer.fields().names():
            return out
        request = (
            QgsFeatureRequest()
            .setFlags(QgsFeatureRequest.NoGeometry)
            .setSubsetOfAttributes([self.key_field, field], self.layer.fields())
        )
        names = self.layer.fields().names()
        key_index, value_index = names.index(self.key_field), names.index(field)
        for feature in self.layer.getFeatures(request):
            key, value = feature.attribute(key_index), feature.attribute(value_index)
            if key is None or value is None or type(key) is QVariant or type(value) is QVariant:
                continue
            key = str(key)
            if key not in out:
                try:
                    number = float(value)
                except (TypeError, ValueError):
                    continue
                if number == number:  # not NaN
                    out[key] = number
        return out


# Inputs the Processing dialog is pre-filled with when the panel opens it: parameter name ->
# (geometry type, words in the layer name, fields that mark the layer, {field parameter: field name}).
# Only suggestions: the dialog shows them for the user to confirm or change.
DIALOG_HINTS = {
    "RIVERS": (QgsWkbTypes.LineGeometry, ("river", "реки", "stream"), ("reach_id",), {}),
    "LAKES": (QgsWkbTypes.PolygonGeometry, ("lake", "reservoir", "озер"), ("lake_id",), {}),
    "SETTLEMENTS": (
        QgsWkbTypes.PointGeometry,
        ("settlement", "place", "город", "населен"),
        ("population",),
        {"SETTLEMENT_NAME_FIELD": "name", "POPULATION_FIELD": "population"},
    ),
    "COUNTRIES": (
        QgsWkbTypes.PolygonGeometry,
        ("countr", "стран"),
        ("iso_a2", "adm0_a3"),
        {"COUNTRY_FIELD": "name"},
    ),
    # outputs of tailings:downstreamimpact, for the map export
    "PATHWAYS": (QgsWkbTypes.LineGeometry, ("pathway", "путь"), ("arrival_from_h", "from_km", "seq"), {}),
    "EXPOSED": (QgsWkbTypes.PointGeometry, ("exposed",), ("offset_m", "arrival_h", "peak_h"), {}),
    "CROSSINGS": (QgsWkbTypes.PointGeometry, ("crossing", "border"), ("from_country", "to_country"), {}),
}


#: Analysis outputs are never offered as a source layer (rivers, settlements, countries, lakes): a map page
#: drawn over the *exposed* settlements loses its background towns and population classes.
SOURCE_PARAMETERS = ("RIVERS", "LAKES", "SETTLEMENTS", "COUNTRIES")

PATHWAY = "pathway"


def is_pathway_layer(layer) -> bool:
    """A PATHWAYS output of tailings:downstreamimpact (pieces with arrival times)."""
    return {"facility_id", "from_km", "to_km", "arrival_from_h"} <= field_names(layer)


def is_analysis_output(layer) -> bool:
    """An output of the downstream or hazard algorithms (recognised by its fields)."""
    names = field_names(layer)
    if not names:
        return False
    if layer_role(layer) is not None:
        return True
    return "facility_id" in names and bool({"arrival_from_h", "from_km", "seq"} & names)


def suggest_inputs(parameter_names, layers, destinations=()) -> dict:
    """Pre-filled values for the *input* parameters in ``parameter_names`` found among ``layers``.

    ``destinations`` (names of output parameters) are never filled: an output pre-filled with the id of
    an existing layer makes the run fail ("... files are not supported as outputs").
    """
    out = {}
    skip = set(destinations)
    for name, (geometry, words, marker_fields, field_params) in DIALOG_HINTS.items():
        if name not in parameter_names or name in skip:
            continue
        best, best_score = None, 0
        for layer in layers:
            if not _vector(layer) or layer.geometryType() != geometry:
                continue
            if name in SOURCE_PARAMETERS and is_analysis_output(layer):
                continue
            names = set(layer.fields().names())
            score = 2 * sum(1 for f in marker_fields if f in names)
            score += sum(1 for w in words if w in layer.name().lower())
            if score > best_score:
                best, best_score = layer, score
        if best is None:
            continue
        out[name] = best.id()
        for param, field in field_params.items():
            if param in parameter_names and field in best.fields().names():
                out[param] = field
    return out
