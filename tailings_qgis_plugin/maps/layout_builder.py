"""Impact map pages: load a print layout template, bind the analysis layers, run the atlas, export.

One atlas page per facility. The page's coverage feature is a polygon around the facility and everything
downstream of it (pathway, exposed settlements, border crossings) in the map CRS, so the main map follows
the pathway with a margin; for long pathways the optional ``facility_map`` close-up and the overview inset
still show where the facility is. Layers that belong to one facility (pathway, travel-time marks, exposed
settlements, crossings, the facility itself) are private memory copies filtered to the page's facility
when the atlas moves; the tables filter themselves with ``@atlas_feature``. Input layers are never changed.

QGIS 3.22 notes: the static ``QgsLayoutExporter.exportToPdf(atlas, ...)`` returns ``(result, error)``;
``errorMessage()`` does not exist; ``QgsLayoutItemAttributeTable.setVectorLayer`` resets the columns,
so the template's columns are put back after it.

Language: ``ImpactAtlas(..., language="ru")`` builds the pages with the plugin's Russian translator
installed (:func:`tailings_qgis_plugin.i18n.language`) and restores the interface language afterwards.
Texts computed here (subtitle, captions, layer and legend names, time-mark labels, units) go through
``tr()``; texts stored in the template (labels, legend title, table headings, empty-table messages, the
scale-bar unit) are passed through ``tr()`` by :func:`translate_layout`, so the shipped templates' English
texts are translated and a user's own texts stay as written. Settlement names follow the language
(``name_ru`` / ``name_kk``, see :mod:`.names`).
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProject,
)

from tailings_qgis_plugin import i18n

from .atlas_export import AtlasExport, _quiet_gdal, _render  # noqa: F401
from .atlas_inputs import (  # noqa: F401 - the names other modules import from here
    COVERAGE_FIELDS,
    CROSSING_FIELDS,
    EXPOSED_FIELDS,
    FORMAT_PDF_MULTIPAGE,
    FORMAT_PDF_PER_FACILITY,
    FORMAT_PNG,
    FORMATS,
    PATHWAY_FIELDS,
    TIME_FIELDS,
    AtlasReader,
    MapInputs,
    safe_filename,
)
from .atlas_items import (  # noqa: F401
    KIND_NAMES,
    AtlasItems,
    TemplateError,
    check_items,
    load_template,
    translate_layout,
    translate_renderer,
)
from .atlas_layers import AtlasLayers, crossing_label, exposed_caption, hours_label, subtitle  # noqa: F401
from .atlas_profile import AtlasProfile
from .templates import MAP_CRS_PROJ

# --- the atlas -----------------------------------------------------------------------------------------


class ImpactAtlas(AtlasReader, AtlasLayers, AtlasItems, AtlasProfile, AtlasExport):
    """The impact map pages for a set of facilities; see the module docstring."""

    def __init__(
        self,
        inputs: MapInputs,
        template,
        facility_ids=None,
        only_with_pathway: bool = True,
        time_marks_h=(6.0, 24.0, 72.0),
        sources_text: str | None = None,
        feedback=None,
        language: str | None = None,
        assumptions: str | None = None,
    ):
        """``language``: 'en', 'ru' or 'kk' for the texts of the pages (None: the current language,
        normally QGIS's); the previous translator is restored when the pages are built and after
        each export. ``assumptions``: the run's parameters as 'label: value' lines (empty: what the
        inputs record, see :func:`tailings_qgis_plugin.core.run_parameters.run_parameters`)."""
        self.feedback = feedback
        self.inputs = inputs
        self.crs = QgsCoordinateReferenceSystem.fromProj(MAP_CRS_PROJ)
        self.project = QgsProject()
        self.project.setCrs(self.crs)
        self.time_marks_h = sorted(float(t) for t in time_marks_h if float(t) > 0)
        self.warnings: list[str] = []

        try:
            with i18n.language(language, feedback) as used:
                self.language = used
                self._read_facilities()
                self._read_pathways()
                self._settlement_names()
                self._read_exposed()
                self._read_crossings()
                self.page_ids = self._choose_pages(facility_ids, only_with_pathway)
                self._run_parameters(assumptions)
                self.layout = load_template(template, self.project)
                self.items = check_items(self.layout, Path(str(template)).name)
                self._build_layers()
                self._bind_profile()
                self._bind(sources_text)
        except BaseException:
            # Free the layout and layers now, in the right order: the traceback keeps this half-built
            # object alive, and freeing it later (after QGIS has shut down) crashes QGIS 3.22.
            self.close()
            raise

    def _on_feature(self, feature):
        AtlasItems._on_feature(self, feature)
        self._update_profile(self.current_id)

    # ---- life cycle (AtlasExport.close frees the rest) ----
    def _release_page_parts(self) -> None:
        self._close_profile()
        self.page_layers = []
        self.settlements_layer = None


__all__ = [
    "FORMATS",
    "FORMAT_PDF_MULTIPAGE",
    "FORMAT_PDF_PER_FACILITY",
    "FORMAT_PNG",
    "ImpactAtlas",
    "MapInputs",
    "TemplateError",
    "check_items",
    "load_template",
    "safe_filename",
]
