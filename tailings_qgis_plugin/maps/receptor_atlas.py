"""Receptor map pages: one page per receptor (a town, a water intake) with the facilities upstream of it.

The receptor variant of :class:`.crossing_atlas.CrossingAtlas` (issue 18): the coverage is the SUMMARY of
tailings:upstreamsources (one point per receptor, on the river where the receptor was snapped), the river
stretches are its OUTPUT lines (one per receptor x facility), the facilities are labelled with their
arrival at the receptor and listed by arrival in the template's ``exposed_table``. Same A4/A3 templates,
assumptions footer, languages and exporter as the border-crossing and facility pages; a receptor without
any facility upstream gets no page. Input layers are never changed.
"""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsMarkerSymbol, QgsRectangle, QgsSingleSymbolRenderer

from tailings_qgis_plugin.core.common import TailingsError, tr, tr_noop
from tailings_qgis_plugin.core.numbers import num as _num

from .atlas_inputs import MIN_PAGE_EXTENT_M, _key
from .crossing_atlas import CrossingAtlas
from .names import SettlementNames, local_name_field, match_transform, settlement_layer


def receptor_title(name) -> str:
    """'Facilities upstream of Pavlodar'."""
    name = str(name).strip() if name not in (None, "") else tr("the receptor")
    return tr("Facilities upstream of {receptor}").format(receptor=name)


class ReceptorAtlas(CrossingAtlas):
    """Map pages for the receptors of tailings:upstreamsources; see the module docstring.

    ``crossings`` is the SUMMARY layer (receptor points), ``pairs`` the OUTPUT layer; ``direction`` is
    ignored (a receptor has none)."""

    multipage_name = "receptors.pdf"
    key_field = "receptor_id"
    file_prefix = "receptor_"
    titles = (
        tr_noop("River stretch from the facility to the receptor"),
        tr_noop("Facility, with the arrival at the receptor"),
        tr_noop("Receptor (settlement or water intake)"),
        tr_noop("Facilities upstream, by arrival at the receptor"),
        tr_noop("Receptors: facilities upstream and arrival times"),
    )
    empty_message = tr_noop("No receptor with facilities upstream to map.")

    def _check_fields(self, crossings, pairs):
        for layer, needed in (
            (crossings, ("receptor_id",)),
            (pairs, ("receptor_id", "facility_id", "arrival_h", "dist_km")),
        ):
            missing = [n for n in needed if n not in layer.fields().names()]
            if missing:
                raise TailingsError(
                    tr(
                        "The layer {layer} lacks the fields {fields}: give the outputs of "
                        "tailings:upstreamsources."
                    ).format(layer=layer.name(), fields=", ".join(missing))
                )

    def _read_crossings(self, crossings, lines, by_crossing, country_names, direction):
        """One page per receptor of the SUMMARY that has facilities upstream (its OUTPUT rows)."""
        to_map = self._transform(crossings)
        local = self._local_names(crossings)
        pages, points = [], []
        for f in crossings.getFeatures():
            self._check()
            rid = _key(f["receptor_id"])
            if rid not in by_crossing:
                continue
            point = QgsGeometry(f.geometry())
            if point.isEmpty() or point.transform(to_map) != 0:
                continue
            box = point.boundingBox()
            for line in by_crossing[rid]:
                box.combineExtentWith(line.boundingBox())
            half = max(box.width(), box.height(), MIN_PAGE_EXTENT_M) * 0.55
            c = box.center()
            cover = QgsGeometry.fromRect(QgsRectangle(c.x() - half, c.y() - half, c.x() + half, c.y() + half))
            mine = [a for _g, a in lines if a["crossing_id"] == rid]
            first = min(mine, key=lambda a: a["arrival_h"] if a["arrival_h"] is not None else 1e12)
            subtitle = tr(
                "{n} facilities upstream; the first, {name}, arrives after {arrival} ({km} km)"
            ).format(
                n=len(mine), name=first["name"], arrival=first["arrival"], km=_num(first["dist_km"] or 0)
            )
            name = local(rid, f.geometry())
            page = {
                "crossing_id": rid,
                "page_title": receptor_title(name),
                "page_subtitle": subtitle,
                "page_order": first["arrival_h"] or 0.0,
            }
            pages.append((cover, page))
            points.append((point, {"crossing_id": rid, "label": name}))
        return pages, points

    def _local_names(self, crossings):
        """receptor id, point -> the receptor's name in the page language: a receptor named after a
        settlement of the bundled sample (``name``) takes its ``name_ru`` / ``name_kk`` (matched by name and
        position, :class:`.names.SettlementNames`); any other id is shown as it is."""
        layer = settlement_layer(None)
        field = local_name_field(layer.fields().names(), self.language) if layer is not None else None
        names = SettlementNames(layer, "name", field)
        if not names:
            return lambda rid, _geometry: rid
        transform = match_transform(crossings.crs())

        def local(rid, geometry):
            point = QgsGeometry(geometry)
            found = None
            if not point.isEmpty() and point.transform(transform) == 0:
                found = names.local(rid, point.asPoint())
            # the SUMMARY point is the receptor snapped to its river: farther than the match tolerance,
            # the name alone decides when it is unambiguous
            return found if found not in (None, rid) else names.local(rid)

        return local

    @staticmethod
    def _point_renderer():
        """A receptor: a blue water-drop circle with a white ring (the crossing star is for borders)."""
        symbol = QgsMarkerSymbol.createSimple(
            {
                "name": "circle",
                "color": "#1f78b4",
                "outline_color": "#ffffff",
                "outline_width": "0.6",
                "size": "4.2",
                "size_unit": "MM",
            }
        )
        return QgsSingleSymbolRenderer(symbol)
