"""tailings:exportreport: a self-contained HTML report and a spreadsheet (XLSX, CSV), one row per facility."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsGeometry,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterString,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QBuffer, QByteArray, QIODevice, Qt
from qgis.PyQt.QtGui import QImage

from tailings_qgis_plugin.core import report
from tailings_qgis_plugin.core.common import check_cancel, tr, tr_noop
from tailings_qgis_plugin.core.run_parameters import run_parameters
from tailings_qgis_plugin.i18n import language
from tailings_qgis_plugin.maps.templates import DEFAULT_SOURCES

from .alg_export_impact_maps import add_language_parameters, chosen_language, materialize
from .base import TailingsAlgorithm, install_message, missing_modules

MAX_IMAGE_WIDTH = 1200  # px: enough to read a map page on screen, small enough for 80 pages in one file


def source_rows(source, feedback, rename=None, transform=None):
    """Attributes of a feature source as plain dicts (NULL -> None). With ``transform`` (a
    QgsCoordinateTransform from the source CRS), each row also gets ``_point``: its point (QgsPointXY,
    transformed), or None."""
    if source is None:
        return None
    names = source.fields().names()
    rename = rename or {}
    rows = []
    for i, feature in enumerate(source.getFeatures()):
        if i % 500 == 0:
            check_cancel(feedback)
        row = {}
        for name, value in zip(names, feature.attributes()):
            if value is None or (hasattr(value, "isNull") and value.isNull()):
                value = None
            row[rename.get(name, name)] = value
        if transform is not None:
            row["_point"] = None
            geometry = feature.geometry()
            if geometry is not None and not geometry.isEmpty():
                geometry = QgsGeometry(geometry)
                if geometry.isMultipart() or geometry.type() != QgsWkbTypes.PointGeometry:
                    geometry = geometry.pointOnSurface()
                try:
                    geometry.transform(transform)
                    row["_point"] = geometry.asPoint()
                except Exception:
                    row["_point"] = None
        rows.append(row)
    return rows


def image_bytes(image: QImage, max_width: int = MAX_IMAGE_WIDTH):
    """('image/jpeg', bytes) of an image scaled down to ``max_width``; None for a null image."""
    if image is None or image.isNull():
        return None
    if image.width() > max_width:
        image = image.scaledToWidth(max_width, Qt.SmoothTransformation)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "JPG", 82)
    buffer.close()
    return "image/jpeg", bytes(data)


def write_images(images: dict, html_path) -> dict:
    """Write the images into '<html stem>_files/' next to the report; facility id -> relative path.

    The folder is rewritten whole (an old run's images never linger); an image that cannot be written
    stays embedded."""
    return write_report_images(images, {}, html_path)[0]


def write_report_images(images: dict, profiles: dict, html_path) -> tuple[dict, dict]:
    """:func:`write_images` for the maps (``<id>.jpg``) and the profile charts (``<id>_profile.png``)
    together, in one '<html stem>_files/' folder; returns both mappings."""
    import shutil

    html_path = Path(html_path)
    folder = html_path.with_name(html_path.stem + "_files")
    if folder.is_dir():
        shutil.rmtree(folder, ignore_errors=True)
    if not images and not profiles:
        return images, profiles
    folder.mkdir(parents=True, exist_ok=True)
    from tailings_qgis_plugin.maps.layout_builder import safe_filename

    written = []
    for mapping, suffix in ((images, ""), (profiles, "_profile")):
        out = {}
        for fid, (mime, data) in mapping.items():
            path = folder / (safe_filename(fid) + suffix + (".jpg" if mime == "image/jpeg" else ".png"))
            try:
                path.write_bytes(data)
            except OSError:
                out[fid] = (mime, data)
                continue
            out[fid] = f"{folder.name}/{path.name}"
        written.append(out)
    return written[0], written[1]


def profile_images(table, pathways, exposed, crossings, code, feedback=None) -> dict:
    """Facility id -> ('image/png', bytes) of the downstream profile chart (charts.profile) of every
    facility of ``table`` that has pathway rows; drawn under the current translator."""
    from tailings_qgis_plugin.charts.profile import profile_png_bytes, rows_by_facility
    from tailings_qgis_plugin.core.report import _key

    by_pathway = rows_by_facility(pathways, _key)
    by_place = rows_by_facility(exposed, _key)
    by_crossing = rows_by_facility(crossings, _key)
    out = {}
    for row in table:
        check_cancel(feedback)
        fid = _key(row.get("facility_id"))
        if by_pathway.get(fid):
            data = profile_png_bytes(
                by_pathway[fid], by_place.get(fid, []), by_crossing.get(fid, []), code, width_in=7.0, dpi=100
            )
            out[fid] = ("image/png", data)
    return out


class ExportReportAlgorithm(TailingsAlgorithm):
    NAME = "exportreport"
    GROUP = "reports"

    FACILITIES = "FACILITIES"
    FACILITY_ID_FIELD = "FACILITY_ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    OPERATOR_FIELD = "OPERATOR_FIELD"
    SUMMARY = "SUMMARY"
    EXPOSED = "EXPOSED"
    CROSSINGS = "CROSSINGS"
    PATHWAYS = "PATHWAYS"
    MAPS_FOLDER = "MAPS_FOLDER"
    RENDER_MAPS = "RENDER_MAPS"
    TITLE = "TITLE"
    LANGUAGE = "LANGUAGE"
    SETTLEMENTS = "SETTLEMENTS"
    SETTLEMENT_NAME_FIELD = "SETTLEMENT_NAME_FIELD"
    SETTLEMENT_LOCAL_NAME_FIELD = "SETTLEMENT_LOCAL_NAME_FIELD"
    EMBED_IMAGES = "EMBED_IMAGES"
    PROFILES = "PROFILES"
    ASSUMPTIONS = "ASSUMPTIONS"
    OUTPUT_HTML = "OUTPUT_HTML"
    OUTPUT_XLSX = "OUTPUT_XLSX"
    OUTPUT_CSV = "OUTPUT_CSV"
    FACILITY_COUNT = "FACILITY_COUNT"
    EXPOSED_COUNT = "EXPOSED_COUNT"

    def flags(self):
        # rendering map images uses print layouts: main thread only
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def displayName(self):
        return self.tr("Export summary report (HTML, XLSX, CSV)")

    def shortHelpString(self):
        return (
            self.tr(
                "Writes the report that goes into the minutes: a single self-contained HTML file (styles and "
                "map images embedded, no external links; every name from the data is escaped) and a spreadsheet "
                "with one row per facility: hazard index, runout, consequence class, settlements and population "
                "exposed (and reached within 24 h), first border crossed with distance and arrival time, pathway "
                "length; plus a sheet (XLSX) or a second file (CSV, '_exposed' suffix) with every exposed "
                "settlement in downstream order.<br>"
                "Inputs: the facility layer (ideally the output of tailings:hazardscreening: thi, thi_rank, "
                "runout_km, consequence_class) and the outputs of tailings:downstreamimpact (EXPOSED, CROSSINGS, "
                "SUMMARY, PATHWAYS). Exposure and borders are counted from EXPOSED and CROSSINGS when given, "
                "else taken from SUMMARY.<br>"
                "Maps: PNG files named <i>facility_id</i>.png in a folder (the PNG output of "
                "tailings:exportimpactmaps) are embedded; or tick 'Render maps' to draw small A4 pages from the "
                "pathways. XLSX needs the Python module openpyxl (python3-openpyxl); CSV is UTF-8 with a BOM so "
                "that spreadsheet programs read Cyrillic names.<br>"
                "All figures are screening estimates."
            )
            + "<br>"
            + self.tr(
                "<b>Order and parameters</b>: facilities are ordered by risk (earliest arrival at a national "
                "border, then population reached within 24 h, then hazard index); the summary links to each "
                "facility's section. A section 'Run parameters and assumptions' states the scenario, velocity, "
                "corridor, snap distance, dispersion method and interval: the text you give, what the analysis "
                "recorded (the 'assumptions' field, layer metadata), else what the outputs show. The "
                "consequence class counts the people inside the runout zone and is shown beside the downstream "
                "exposure. CSV and XLSX numbers are rounded (km and hours to 0.1, people to integers, "
                "concentrations to 3 significant figures).<br>"
                "<b>Images</b>: written as JPEG files into a folder next to the HTML file (<i>name</i>_files), "
                "which keeps the report small; tick 'Embed the images' for one self-contained file. Each facility's "
                "section shows its downstream profile (distance along the pathway against arrival and peak time, "
                "settlements sized by population, border crossings, 6/24/72 h marks, peak concentration with "
                "its band when a mass was given) as a PNG beside the map, when the pathways are given."
            )
            + "<br>"
            + self.tr(
                "<b>Language</b>: headings, column names and notes are written in the chosen language, "
                "whatever the language of QGIS. Exposed settlements are named in that language when the "
                "settlement layer (default: the bundled sample) has a field for it (name_ru, name_kk, or the "
                "field you give), matched by name and position, else by their original name."
            )
        )

    def initAlgorithm(self, config=None):
        P = QgsProcessing
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.FACILITIES, self.tr("Tailings facilities (hazard screening output)"), [P.TypeVector]
            )
        )
        for name, label, default in (
            (self.FACILITY_ID_FIELD, tr_noop("Facility id field"), "facility_id"),
            (self.NAME_FIELD, tr_noop("Facility name field"), "name"),
            (self.OPERATOR_FIELD, tr_noop("Operator field"), "operator"),
        ):
            self.addParameter(
                QgsProcessingParameterField(
                    name,
                    self.tr(label),
                    defaultValue=default,
                    parentLayerParameterName=self.FACILITIES,
                    optional=True,
                )
            )
        for name, label in (
            (self.SUMMARY, tr_noop("Impact summary (SUMMARY)")),
            (self.EXPOSED, tr_noop("Exposed settlements (EXPOSED)")),
            (self.CROSSINGS, tr_noop("Border crossings (CROSSINGS)")),
            (self.PATHWAYS, tr_noop("Pathways (PATHWAYS)")),
        ):
            self.addParameter(
                QgsProcessingParameterFeatureSource(name, self.tr(label), [P.TypeVector], optional=True)
            )
        self.addParameter(
            QgsProcessingParameterFile(
                self.MAPS_FOLDER,
                self.tr("Folder of map images (facility_id.png) to embed"),
                behavior=QgsProcessingParameterFile.Folder,
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.RENDER_MAPS, self.tr("Render small maps from the pathways (slower)"), defaultValue=False
            )
        )
        self.addParameter(QgsProcessingParameterString(self.TITLE, self.tr("Report title"), optional=True))
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.PROFILES,
                self.tr("Add the downstream profile chart to each facility (needs the pathways)"),
                defaultValue=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.EMBED_IMAGES,
                self.tr("Embed the images in the HTML file (one self-contained, larger file)"),
                defaultValue=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.ASSUMPTIONS,
                self.tr(
                    "Run parameters and assumptions ('label: value' per line; empty: read from the inputs)"
                ),
                optional=True,
                multiLine=True,
            )
        )
        add_language_parameters(self)
        self.addParameter(
            QgsProcessingParameterFeatureSource(
                self.SETTLEMENTS,
                self.tr("Settlements, for their names (default: bundled sample)"),
                [QgsProcessing.TypeVectorPoint],
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterString(
                self.SETTLEMENT_NAME_FIELD,
                self.tr("Settlement name field"),
                defaultValue="name",
                optional=True,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_HTML, self.tr("HTML report"), "HTML files (*.html)"
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_XLSX,
                self.tr("Spreadsheet (XLSX)"),
                "Excel workbooks (*.xlsx)",
                optional=True,
                createByDefault=False,
            )
        )
        self.addParameter(
            QgsProcessingParameterFileDestination(
                self.OUTPUT_CSV,
                self.tr("Table (CSV)"),
                "CSV files (*.csv)",
                optional=True,
                createByDefault=False,
            )
        )
        self.addOutput(QgsProcessingOutputNumber(self.FACILITY_COUNT, self.tr("Facilities in the report")))
        self.addOutput(QgsProcessingOutputNumber(self.EXPOSED_COUNT, self.tr("Exposed settlement rows")))

    def _localise_exposed(self, parameters, context, feedback, exposed_source, rows, code):
        """Exposed settlement names in the report language: the EXPOSED layer's own localised field when
        it has one, else the settlement layer's (name_ru / name_kk / the chosen field), matched by the
        original name and position (:class:`tailings_qgis_plugin.maps.names.SettlementNames`)."""
        from tailings_qgis_plugin.maps.names import (
            AUTO_FIELDS,
            SettlementNames,
            local_name_field,
            settlement_layer,
        )

        explicit = self.parameterAsString(parameters, self.SETTLEMENT_LOCAL_NAME_FIELD, context) or None
        wanted = explicit or AUTO_FIELDS.get(code)
        if not wanted or not rows:
            return
        if wanted in exposed_source.fields().names():
            for row in rows:
                if row.get(wanted) is not None and str(row[wanted]).strip():
                    row["name"] = str(row[wanted]).strip()
            return
        layer = settlement_layer(materialize(self, parameters, self.SETTLEMENTS, context, feedback))
        if layer is None:
            return
        warnings = []
        field = local_name_field(layer.fields().names(), code, explicit, warnings)
        for warning in warnings:
            feedback.pushWarning(warning)
        name_field = self.parameterAsString(parameters, self.SETTLEMENT_NAME_FIELD, context) or "name"
        names = SettlementNames(layer, name_field, field)
        if not names:
            return
        for row in rows:
            row["name"] = names.local(row.get("name"), row.get("_point"))

    def _images(self, parameters, context, feedback, facility_ids, code="en"):
        images = {}
        folder = self.parameterAsFile(parameters, self.MAPS_FOLDER, context)
        if folder:
            from tailings_qgis_plugin.maps.layout_builder import safe_filename

            folder = Path(folder)
            if not folder.is_dir():
                raise QgsProcessingException(self.tr("The map folder {f} does not exist.").format(f=folder))
            for fid in facility_ids:
                path = folder / f"{safe_filename(fid)}.png"
                if path.is_file():
                    encoded = image_bytes(QImage(str(path)))
                    if encoded:
                        images[fid] = encoded
            feedback.pushInfo(self.tr("{n} map images found in {f}.").format(n=len(images), f=folder))
            return images
        if not self.parameterAsBool(parameters, self.RENDER_MAPS, context):
            return images
        if self.parameterAsSource(parameters, self.PATHWAYS, context) is None:
            feedback.pushWarning(self.tr("'Render maps' needs the pathway layer; the report has no maps."))
            return images
        from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
        from tailings_qgis_plugin.maps.templates import template_path

        from .alg_export_impact_maps import ExportImpactMapsAlgorithm

        helper = ExportImpactMapsAlgorithm()
        helper.initAlgorithm()
        mapping = dict(parameters)
        inputs = helper.inputs(mapping, context, feedback)
        atlas = ImpactAtlas(inputs, template_path("a4"), feedback=feedback, language=code)
        for fid, image in atlas.render_images(dpi=90):
            encoded = image_bytes(image)
            if encoded:
                images[fid] = encoded
        return images

    def _recorded(self, parameters, context) -> list[str]:
        """The run parameters the analysis wrote into its layers' metadata (abstract), once each."""
        texts = []
        for name in (self.SUMMARY, self.FACILITIES):
            layer = self.parameterAsVectorLayer(parameters, name, context)
            abstract = layer.metadata().abstract().strip() if layer is not None else ""
            if abstract and abstract not in texts:
                texts.append(abstract)
        return texts

    def process(self, parameters, context, feedback):
        xlsx = self.parameterAsFileOutput(parameters, self.OUTPUT_XLSX, context)
        if xlsx and missing_modules(["openpyxl"]):
            raise QgsProcessingException(install_message(["openpyxl"]))
        facilities_source = self.parameterAsSource(parameters, self.FACILITIES, context)
        if facilities_source is None:
            raise QgsProcessingException(self.tr("The facility layer could not be opened."))
        id_field = self.parameterAsString(parameters, self.FACILITY_ID_FIELD, context) or "facility_id"
        names = facilities_source.fields().names()
        if id_field not in names:
            raise QgsProcessingException(
                self.tr("The facility layer has no field '{f}'. Available fields: {names}.").format(
                    f=id_field, names=", ".join(names)
                )
            )
        rename = {id_field: "facility_id"}
        for param, target in ((self.NAME_FIELD, tr_noop("name")), (self.OPERATOR_FIELD, tr_noop("operator"))):
            chosen = self.parameterAsString(parameters, param, context)
            if chosen and chosen in names:
                rename[chosen] = target
        facilities = source_rows(facilities_source, feedback, rename)

        def rows(name, transform=None):
            return source_rows(
                self.parameterAsSource(parameters, name, context), feedback, transform=transform
            )

        code = chosen_language(self, parameters, context)
        exposed_source = self.parameterAsSource(parameters, self.EXPOSED, context)
        exposed_transform = None
        if exposed_source is not None:
            from tailings_qgis_plugin.maps.names import match_transform

            exposed_transform = match_transform(exposed_source.sourceCrs())
        exposed_in, crossings, summary, pathways = (
            rows(self.EXPOSED, exposed_transform),
            rows(self.CROSSINGS),
            rows(self.SUMMARY),
            rows(self.PATHWAYS),
        )
        # everything the report writes is in the chosen language; the interface language comes back after
        with language(code, feedback) as used:
            self._localise_exposed(parameters, context, feedback, exposed_source, exposed_in, used)
            table = report.facility_rows(
                facilities, exposed_in, crossings, summary, pathways, feedback=feedback
            )
            names_by_id = {row["facility_id"]: row.get("name") for row in table}
            exposed = report.exposed_rows(exposed_in or [], names_by_id)
            feedback.setProgress(30)
            images = self._images(parameters, context, feedback, [row["facility_id"] for row in table], used)
            wanted = bool(pathways) and self.parameterAsBool(parameters, self.PROFILES, context)
            profiles = (
                profile_images(table, pathways, exposed_in, crossings, used, feedback) if wanted else {}
            )
            feedback.setProgress(80)

            html_path = self.parameterAsFileOutput(parameters, self.OUTPUT_HTML, context)
            if not self.parameterAsBool(parameters, self.EMBED_IMAGES, context):
                images, profiles = write_report_images(images, profiles, html_path)
            params = run_parameters(
                facilities,
                summary,
                pathways,
                exposed_in,
                recorded=self._recorded(parameters, context),
                given=self.parameterAsString(parameters, self.ASSUMPTIONS, context),
            )
            text = report.build_html(
                table,
                exposed if exposed_in is not None else None,
                crossings,
                images=images,
                title=self.parameterAsString(parameters, self.TITLE, context) or None,
                sources=[tr(DEFAULT_SOURCES)],
                language=used,
                parameters=params,
                profiles=profiles,
            )
            report.write_html(html_path, text)
            results = {
                self.OUTPUT_HTML: html_path,
                self.FACILITY_COUNT: len(table),
                self.EXPOSED_COUNT: len(exposed),
            }
            if xlsx:
                report.write_xlsx(
                    xlsx,
                    [
                        (self.tr("Facilities"), report.FACILITY_COLUMNS, table),
                        (self.tr("Exposed settlements"), report.EXPOSED_COLUMNS, exposed),
                    ],
                )
                results[self.OUTPUT_XLSX] = xlsx
            csv_path = self.parameterAsFileOutput(parameters, self.OUTPUT_CSV, context)
            if csv_path:
                report.write_csv(csv_path, report.FACILITY_COLUMNS, table)
                exposed_csv = str(Path(csv_path).with_name(Path(csv_path).stem + "_exposed.csv"))
                report.write_csv(exposed_csv, report.EXPOSED_COLUMNS, exposed)
                results[self.OUTPUT_CSV] = csv_path
        feedback.pushInfo(
            self.tr("Report: {n} facilities, {e} exposed settlement rows, {i} maps embedded.").format(
                n=len(table), e=len(exposed), i=len(images)
            )
        )
        return results
