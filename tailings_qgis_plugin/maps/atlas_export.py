"""Impact map pages, step 4: exporting (multi-page PDF, one PDF or PNG per facility, images for the report)."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsFeedback,
    QgsLayoutExporter,
    QgsRenderContext,
)

from tailings_qgis_plugin.core.common import TailingsError, tr

from .atlas_inputs import (
    FORMAT_PDF_MULTIPAGE,
    FORMAT_PDF_PER_FACILITY,
    FORMAT_PNG,
    FORMATS,
    safe_filename,
)


class AtlasExport:
    """Writing the pages, and the atlas's life cycle (mixed into :class:`.layout_builder.ImpactAtlas` and
    :class:`.crossing_atlas.CrossingAtlas`)."""

    # ---- life cycle ----
    def close(self) -> None:
        """Free the layout before the project that owns its layers (Python would pick any order, and
        a layout that outlives its project crashes QGIS 3.22)."""
        layout = getattr(self, "layout", None)
        if layout is not None:
            try:
                layout.atlas().featureChanged.disconnect(self._on_feature)
            except (TypeError, RuntimeError):
                pass
        self.items = {}
        self._release_page_parts()
        self.layout = None
        del layout
        legend_root = getattr(self, "_legend_root", None)
        self._legend_root = None
        del legend_root
        self.layers = {}
        project = getattr(self, "project", None)
        if project is not None:
            project.removeAllMapLayers()
        self.project = None
        folder = getattr(self, "_temp_folder", None)
        if folder is not None:
            folder.cleanup()
            self._temp_folder = None

    def _release_page_parts(self) -> None:
        """What an atlas holds besides its layout, layers and project (freed before the layout)."""

    def __del__(self):
        try:
            self.close()
        except Exception:
            pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    # ---- export ----
    @property
    def atlas(self):
        return self.layout.atlas()

    def page_count(self) -> int:
        return self.atlas.count()

    def _iterate(self):
        atlas = self.atlas
        if not atlas.beginRender():
            raise TailingsError(tr("The atlas has no page to render."))
        try:
            for i in range(atlas.count()):
                self._check()
                atlas.seekTo(i)
                self._on_feature(self.layout.reportContext().feature())
                if self.feedback is not None:
                    self.feedback.setProgress(100.0 * i / max(atlas.count(), 1))
                yield i, self.current_id
        finally:
            atlas.endRender()

    def export(self, folder, fmt: str = FORMAT_PDF_PER_FACILITY, dpi: float = 150.0) -> list[str]:
        """Export the pages into ``folder``; returns the written file paths."""
        if fmt not in FORMATS:
            raise TailingsError(tr("Unknown map format {fmt}.").format(fmt=fmt))
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        if fmt == FORMAT_PDF_MULTIPAGE:
            path = folder / getattr(self, "multipage_name", "impact_maps.pdf")
            settings = self._pdf_settings(dpi)
            # QGIS's own exporter checks this feedback between pages, so a Cancel stops the atlas
            qfb = self.feedback if isinstance(self.feedback, QgsFeedback) else None
            result = QgsLayoutExporter.exportToPdf(self.atlas, str(path), settings, qfb)
            code, error = result if isinstance(result, tuple) else (result, "")
            self._check()
            if code != QgsLayoutExporter.Success:
                raise TailingsError(
                    tr("The PDF {path} could not be written ({error}).").format(
                        path=path, error=error or code
                    )
                )
            self._pdf_metadata(path)
            return [str(path)]
        exporter = QgsLayoutExporter(self.layout)
        for _i, fid in self._iterate():
            stem = safe_filename(fid)
            if fmt == FORMAT_PNG:
                path = folder / f"{stem}.png"
                settings = QgsLayoutExporter.ImageExportSettings()
                settings.dpi = dpi
                settings.exportMetadata = False  # no GDAL georeferencing (PNG cannot be updated in place)
                with _quiet_gdal():
                    code = exporter.exportToImage(str(path), settings)
            else:
                path = folder / f"{stem}.pdf"
                code = exporter.exportToPdf(str(path), self._pdf_settings(dpi))
                if code == QgsLayoutExporter.Success:
                    self._pdf_metadata(path)
            if code != QgsLayoutExporter.Success:
                raise TailingsError(
                    tr(
                        "The map of facility {fid} could not be written to {path} (QGIS error {code})."
                    ).format(fid=fid, path=path, code=int(code))
                )
            written.append(str(path))
        return written

    def _pdf_metadata(self, path) -> None:
        """Title, subject, author, keywords and creator in the PDF's document information, from the
        project metadata set by ``_bind_footer`` (QGIS 3.22 writes them only for georeferenced single
        pages; GDAL's PDF driver updates the file in place). A failure only costs the metadata."""
        metadata = self.project.metadata() if self.project is not None else None
        if metadata is None:
            return
        keywords = [k for values in metadata.keywords().values() for k in values]
        try:
            from osgeo import gdal
        except ImportError:  # pragma: no cover - GDAL comes with QGIS
            return
        with _quiet_gdal():
            dataset = gdal.Open(str(path), gdal.GA_Update)
            if dataset is None:
                return
            for key, value in (
                ("TITLE", metadata.title()),
                ("SUBJECT", metadata.abstract()),
                ("AUTHOR", metadata.author()),
                ("KEYWORDS", ", ".join(keywords)),
                ("CREATOR", "QGIS, tailings downstream-impact plugin"),
            ):
                if value:
                    dataset.SetMetadataItem(key, value)
            dataset = None

    def render_images(self, dpi: float = 60.0):
        """Yield ``(facility_id, QImage)`` for every page (for the report)."""
        exporter = QgsLayoutExporter(self.layout)
        for _i, fid in self._iterate():
            yield fid, _render(exporter, dpi)

    @staticmethod
    def _pdf_settings(dpi):
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = dpi
        settings.rasterizeWholeImage = False
        settings.forceVectorOutput = False
        settings.simplifyGeometries = True
        settings.textRenderFormat = QgsRenderContext.TextFormatAlwaysText
        return settings


class _quiet_gdal:  # noqa: N801 - a context manager used like a function
    """Silence GDAL's 'PNG driver does not support update access' while QGIS tries to georeference a PNG."""

    def __enter__(self):
        try:
            from osgeo import gdal

            gdal.PushErrorHandler("CPLQuietErrorHandler")
            self._gdal = gdal
        except ImportError:  # pragma: no cover
            self._gdal = None

    def __exit__(self, *exc):
        if self._gdal is not None:
            self._gdal.PopErrorHandler()
        return False


def _render(exporter, dpi):
    from qgis.PyQt.QtCore import QSize

    return exporter.renderPageToImage(0, QSize(), dpi)
