"""Settlement names in the language of a map or report.

A settlement layer may carry names in other languages beside its original name (the sample data has
``name_ru``, GeoNames' Russian name). When a map or report is made in Russian, the settlement is shown
as ``name_ru`` where that is filled, else by its original name; in Kazakh by ``name_kk`` likewise;
in English always by the original name. The EXPOSED output of tailings:downstreamimpact holds only the
original name, so an exposed settlement is matched to the settlement layer by that name and its position
(the nearest settlement of that name within :data:`MATCH_TOLERANCE_M`).
"""

from __future__ import annotations

import re

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from tailings_qgis_plugin.core.common import tr
from tailings_qgis_plugin.paths import sample_data_path

from .templates import MAP_CRS_PROJ

# field read automatically for a language when no field is chosen
AUTO_FIELDS = {"ru": "name_ru", "kk": "name_kk"}
# read when that field is missing: a Kazakh page shows the Russian (Cyrillic) name rather than a Latin one
FALLBACK_FIELDS = {"kk": "name_ru"}
# an exposed settlement and a settlement of the same name closer than this are the same place (the
# exposed point is the settlement's own point; the tolerance absorbs a re-projection or a rounded copy)
MATCH_TOLERANCE_M = 2000.0


def _text(value) -> str:
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return ""
    if isinstance(value, QVariant):
        value = value.value()
    return "" if value is None else str(value).strip()


def local_name_field(field_names, language: str | None, explicit: str | None = None, warnings=None):
    """The field holding the settlement names to show in ``language``, or None for the original names.

    ``explicit`` (a user's choice) wins whatever the language; else ``name_ru`` for Russian and
    ``name_kk`` for Kazakh when the layer has it. A chosen field the layer lacks adds a warning to
    ``warnings`` (a list) and gives None."""
    names = list(field_names or [])
    if explicit:
        if explicit in names:
            return explicit
        if warnings is not None:
            warnings.append(
                tr(
                    "The settlement layer has no field '{f}': settlements keep their original names. "
                    "Available fields: {names}."
                ).format(f=explicit, names=", ".join(names))
            )
        return None
    code = (language or "en")[:2].lower()
    for auto in (AUTO_FIELDS.get(code), FALLBACK_FIELDS.get(code)):
        if auto and auto in names:
            return auto
    return None


def settlement_layer(layer=None):
    """``layer``, or the settlements of the bundled sample data, or None when neither is there."""
    if layer is not None:
        return layer
    sample = sample_data_path()
    if not sample.is_file():
        return None
    copy = QgsVectorLayer(f"{sample}|layername=settlements", "settlements", "ogr")
    return copy if copy.isValid() else None


def match_crs() -> QgsCoordinateReferenceSystem:
    """The CRS in which settlement positions are compared (the maps' Lambert conformal conic, metres)."""
    return QgsCoordinateReferenceSystem.fromProj(MAP_CRS_PROJ)


def match_transform(crs, project=None) -> QgsCoordinateTransform:
    """Transform from ``crs`` to :func:`match_crs` (points given to :meth:`SettlementNames.local`)."""
    return QgsCoordinateTransform(crs, match_crs(), (project or QgsProject.instance()).transformContext())


class SettlementNames:
    """Original name -> localised name, looked up by name and position.

    ``layer``: a settlement point layer; ``name_field``: its original-name field (the one the EXPOSED
    rows were made from); ``local_field``: the localised-name field (None: names stay as they are).
    Positions are compared in the maps' metric CRS (Lambert conformal conic, metres)."""

    def __init__(self, layer, name_field: str, local_field: str | None, project=None):
        self.crs = match_crs()
        self.context = (project or QgsProject.instance()).transformContext()
        self.local_field = local_field
        self.by_name: dict[str, list] = {}
        if layer is None or not local_field:
            return
        names = layer.fields().names()
        if name_field not in names or local_field not in names:
            return
        transform = QgsCoordinateTransform(layer.crs(), self.crs, self.context)
        for feature in layer.getFeatures():
            original = _text(feature[name_field])
            local = _text(feature[local_field])
            if not original or not local or local == original:
                continue
            point = None
            geometry = feature.geometry()
            if geometry is not None and not geometry.isEmpty():
                geometry = QgsGeometry(geometry)
                if geometry.type() != QgsWkbTypes.PointGeometry or geometry.isMultipart():
                    geometry = geometry.pointOnSurface()
                geometry.transform(transform)
                point = geometry.asPoint()
            self.by_name.setdefault(original, []).append((point, local))

    def __bool__(self) -> bool:
        return bool(self.by_name)

    def local(self, name, point=None) -> str:
        """The localised name of the settlement ``name`` at ``point`` (QgsPointXY in :attr:`crs`, or
        None); the name itself when there is no localised name, no settlement of that name within the
        tolerance, or (without a point) several settlements of that name with different names."""
        original = _text(name)
        candidates = self.by_name.get(original)
        if not candidates:
            return original if name is not None else name
        if point is None:
            locals_ = {local for _p, local in candidates}
            return locals_.pop() if len(locals_) == 1 else original
        best, best_d = None, MATCH_TOLERANCE_M
        for where, local in candidates:
            if where is None:
                continue
            d = where.distance(point)
            if d <= best_d:
                best, best_d = local, d
        return best if best is not None else original


__all__ = [
    "AUTO_FIELDS",
    "MATCH_TOLERANCE_M",
    "SettlementNames",
    "local_name_field",
    "match_crs",
    "match_transform",
    "settlement_layer",
]


# --- lake names -------------------------------------------------------------------------------------------

# Natural Earth 10m lakes (v5.1, the source of the sample's lake names) folds the Kazakh Latin "ö" away:
# "köli" / "köl" (Kazakh for lake, as in the names it keeps: "Tengiz Köli", "Qusmuryn Köli") comes out as
# "Kli" / "kl" ("Qalybek Kli", "Sasyqkl", "Marqakl"). The rules put the letter back; LAKE_CORRECTIONS is
# for whole names a rule cannot repair (empty: no such name is certain in the sample; add a name with
# its source when one is).
LAKE_RULES = (
    (r"\bKli\b", "Köli"),  # "Qalybek Kli" -> "Qalybek Köli"
    (r"(?<=[a-z])kl\b", "köl"),  # "Sasyqkl" -> "Sasyqköl", "Marqakl" -> "Marqaköl"
)
LAKE_CORRECTIONS: dict[str, str] = {}


def repair_lake_name(name):
    """A lake name with the letters the source dropped put back (see :data:`LAKE_RULES`)."""
    if name is None:
        return None
    text = str(name)
    if text in LAKE_CORRECTIONS:
        return LAKE_CORRECTIONS[text]
    for pattern, replacement in LAKE_RULES:
        text = re.sub(pattern, replacement, text)
    return text


def lake_name_expression(field: str = "name") -> str:
    """The QGIS expression that labels a lake with :func:`repair_lake_name`'s result."""
    from qgis.core import QgsExpression

    quoted = QgsExpression.quotedColumnRef(field)
    cases = " ".join(
        f"WHEN {quoted} = {QgsExpression.quotedString(k)} THEN {QgsExpression.quotedString(v)}"
        for k, v in LAKE_CORRECTIONS.items()
    )
    expression = quoted
    for pattern, replacement in LAKE_RULES:
        # QGIS regexp_replace: QRegularExpression, back-references written \\1; the look-behind works
        expression = (
            f"regexp_replace({expression}, {QgsExpression.quotedString(pattern)}, "
            f"{QgsExpression.quotedString(replacement)})"
        )
    return f"CASE {cases} ELSE {expression} END" if cases else expression


# --- the capital and the regional centres -----------------------------------------------------------------

# GeoNames ids (the sample's settlements are GeoNames rows) of Kazakhstan's capital (2) and of the centres
# of its 17 regions and 2 other cities of republican significance (1), after the 2022 reform that created
# the Abay, Zhetysu and Ulytau regions (Decree of the President of Kazakhstan No. 887, 3 May 2022) and
# moved the Almaty region's centre to Konayev. Source of the ids: geonames.org.
CENTRES = {
    1526273: 2,  # Astana
    1526384: 1,  # Almaty (city)
    1518980: 1,  # Shymkent (city)
    610611: 1,  # Aktobe
    609655: 1,  # Karagandy
    1516905: 1,  # Taraz (Zhambyl)
    1519922: 1,  # Kyzylorda
    608668: 1,  # Oral (West Kazakhstan)
    1520240: 1,  # Pavlodar
    1520316: 1,  # Ust-Kamenogorsk (East Kazakhstan)
    1519422: 1,  # Semey (Abay)
    610529: 1,  # Atyrau
    1517945: 1,  # Turkistan
    1519928: 1,  # Kostanay
    1520172: 1,  # Petropavl (North Kazakhstan)
    1522203: 1,  # Kokshetau (Akmola)
    610612: 1,  # Aktau (Mangystau)
    1518542: 1,  # Taldykorgan (Zhetysu)
    1516589: 1,  # Zhezqazghan (Ulytau)
    1519948: 1,  # Konayev (Almaty region)
}


def centre_level(geonameid) -> int:
    """2 for the capital, 1 for a regional centre, 0 otherwise (or without a GeoNames id)."""
    try:
        return CENTRES.get(int(geonameid), 0)
    except (TypeError, ValueError):
        return 0
