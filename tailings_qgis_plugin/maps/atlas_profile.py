"""The downstream profile chart on the map pages (mixed into :class:`.layout_builder.ImpactAtlas`).

A template that has a picture item with the id ``profile_chart`` (the shipped A3 template has it on a
second page per facility, since the A4 page has no free area large enough) gets each facility's
downstream profile (:mod:`tailings_qgis_plugin.charts.profile`: distance along the pathway against
arrival and peak time, settlements sized by population, border crossings, the 6/24/72 h marks, and the
peak concentration with its band when a mass was given). Each chart is drawn once, in the page
language, to a small PNG in a temporary folder when the atlas reaches the facility; a template without
the item draws no chart.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from qgis.core import QgsLayoutItemPicture

from tailings_qgis_plugin import i18n

PROFILE_ITEM = "profile_chart"
PROFILE_DPI = 110  # the chart on an A3 page: about 80 ppi, ~120 kB as the PDF stores it (JPEG)


class AtlasProfile:
    """Profile chart per page; see the module docstring."""

    def _bind_profile(self) -> None:
        item = self.layout.itemById(PROFILE_ITEM)
        self._profile_item = item if isinstance(item, QgsLayoutItemPicture) else None
        self._profile_files = {}
        self._profile_folder = None
        if self._profile_item is not None:
            self._profile_item.setResizeMode(QgsLayoutItemPicture.Zoom)

    def profile_rows(self, fid: str):
        """(pathway pieces, places, crossings) of facility ``fid`` as the chart reads them."""
        pieces = [
            {
                "from_km": p.get("from_km"),
                "to_km": p.get("to_km"),
                "arrival_from_h": p.get("from_h"),
                "arrival_to_h": p.get("to_h"),
                "kind": p.get("kind"),
            }
            for p in self.pieces.get(fid, [])
        ]
        places = [dict(attrs) for _g, attrs in self.exposed.get(fid, [])]
        crossings = [dict(attrs) for _g, attrs in self.crossings.get(fid, [])]
        return pieces, places, crossings

    def profile_path(self, fid: str) -> str | None:
        """The facility's chart (drawn the first time it is asked for); None without a chart item."""
        item = getattr(self, "_profile_item", None)
        if item is None:
            return None
        if fid in self._profile_files:
            return self._profile_files[fid]
        from tailings_qgis_plugin.charts.profile import save_profile_png

        if self._profile_folder is None:
            self._profile_folder = tempfile.TemporaryDirectory(prefix="tailings_profiles_")
        size = self.layout.convertToLayoutUnits(item.sizeWithUnits())
        # the figure is drawn at 70 % of the item's size, so its 7-pt texts read at about 10 pt
        width_in, height_in = size.width() / 25.4 * 0.7, size.height() / 25.4 * 0.7
        path = Path(self._profile_folder.name) / f"profile_{len(self._profile_files)}.png"
        with i18n.language(self.language):
            save_profile_png(
                path,
                *self.profile_rows(fid),
                lang=self.language,
                width_in=width_in,
                dpi=PROFILE_DPI,
                height_in=height_in,
            )
        self._profile_files[fid] = str(path)
        return str(path)

    def _update_profile(self, fid: str) -> None:
        path = self.profile_path(fid) if fid else None
        if path is not None:
            self._profile_item.setPicturePath(path, QgsLayoutItemPicture.FormatRaster)

    def _close_profile(self) -> None:
        self._profile_item = None
        folder = getattr(self, "_profile_folder", None)
        if folder is not None:
            folder.cleanup()
            self._profile_folder = None
