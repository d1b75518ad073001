"""Impact maps: templates, styles, atlas pages and tailings:exportimpactmaps, checked as a reader would.

Until the analysis algorithms' outputs are at hand, the tests build a small impact data set from the real
sample data: a pathway that follows the real Irtysh reaches downstream of the Ust-Kamenogorsk smelter
(digitised in flow direction, so reach ends meet reach starts), the real settlements within 5 km of it and
the real border where it leaves Kazakhstan. Travel times use a constant 1 m/s (3.6 km/h).
"""

from __future__ import annotations

from pathlib import Path

import maps_helpers
import pytest
from maps_helpers import (
    GPKG,
    SECOND,
    SMELTER,
    _inputs,
    _layer,
    _overlap,
    _pdf_pages,
    _pixel_stats,
    _template_without,
    write_impact_gpkg,  # noqa: F401 - test_report.py imports it (and GPKG, SMELTER, _inputs) from here
)

# the module-scoped fixtures, by assignment so pytest finds them here
impact = maps_helpers.impact
algorithms = maps_helpers.algorithms


# --- the Processing algorithm --------------------------------------------------------------------------


def _params(impact, folder, **extra):
    _layers, truth = impact
    uris = truth["_uris"]
    params = {
        "FACILITIES": uris["facilities"],
        "PATHWAYS": uris["pathways"],
        "EXPOSED": uris["exposed"],
        "CROSSINGS": uris["crossings"],
        "FORMAT": 1,
        "DPI": 50,
        "OUTPUT_FOLDER": str(folder),
    }
    params.update(extra)
    return params


def test_algorithm_writes_one_multipage_pdf(algorithms, impact, tmp_path):
    from conftest import run_alg

    result = run_alg("tailings:exportimpactmaps", _params(impact, tmp_path / "maps"))
    assert result["PAGES"] == 2
    files = result["FILES"].split(";")
    assert len(files) == 1 and _pdf_pages(files[0]) == 2


def test_algorithm_with_a_broken_template_names_the_item(algorithms, impact, tmp_path):
    from qgis.core import QgsProcessingException

    from conftest import run_alg

    path = _template_without(tmp_path, 'id="exposed_table"', 'id="table_1"')
    with pytest.raises(QgsProcessingException, match="exposed_table"):
        run_alg("tailings:exportimpactmaps", _params(impact, tmp_path / "maps", TEMPLATE=str(path)))


def test_algorithm_rejects_bad_time_marks(algorithms, impact, tmp_path):
    from qgis.core import QgsProcessingException

    from conftest import run_alg

    with pytest.raises(QgsProcessingException, match="not a number"):
        run_alg("tailings:exportimpactmaps", _params(impact, tmp_path / "maps", TIME_MARKS="6, one day"))


def test_end_to_end_with_downstreamimpact(algorithms, tmp_path):
    """The real chain on the bundled sample: downstream impact, then the maps of the smelter."""
    from qgis.core import QgsApplication

    from conftest import run_alg

    if QgsApplication.processingRegistry().algorithmById("tailings:downstreamimpact") is None:
        pytest.skip("tailings:downstreamimpact is not registered yet")
    facilities = _layer("facilities")
    facilities.setSubsetString(f"\"facility_id\" = '{SMELTER}'")
    impact = run_alg(
        "tailings:downstreamimpact",
        {
            "FACILITIES": facilities,
            "FACILITY_ID_FIELD": "facility_id",
            "SETTLEMENT_NAME_FIELD": "name",
            "POPULATION_FIELD": "population",
            "COUNTRY_FIELD": "adm0_a3",
            "RIVERS": f"{GPKG}|layername=rivers",
            "SETTLEMENTS": f"{GPKG}|layername=settlements",
            "COUNTRIES": f"{GPKG}|layername=countries",
            "PATHWAYS": "TEMPORARY_OUTPUT",
            "EXPOSED": "TEMPORARY_OUTPUT",
            "CROSSINGS": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    result = run_alg(
        "tailings:exportimpactmaps",
        {
            "FACILITIES": facilities,
            "PATHWAYS": impact["PATHWAYS"],
            "EXPOSED": impact["EXPOSED"],
            "CROSSINGS": impact["CROSSINGS"],
            "FORMAT": 2,
            "DPI": 40,
            "OUTPUT_FOLDER": str(tmp_path),
        },
    )
    assert result["PAGES"] == 1
    std, red = _pixel_stats(result["FILES"])
    assert std > 20 and red > 20
    report = run_alg(
        "tailings:exportreport",
        {
            "FACILITIES": facilities,
            "EXPOSED": impact["EXPOSED"],
            "CROSSINGS": impact["CROSSINGS"],
            "SUMMARY": impact["SUMMARY"],
            "PATHWAYS": impact["PATHWAYS"],
            "MAPS_FOLDER": str(tmp_path),
            "OUTPUT_HTML": str(tmp_path / "report.html"),
            "OUTPUT_XLSX": str(tmp_path / "report.xlsx"),
        },
    )
    text = Path(report["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert "Ust Kamenogorsk Pb Smelter" in text and "KAZ → RUS" in text and 'src="report_files/' in text
    assert "Semey" in text and "Omsk" in text


# --- layout geometry: nothing over the pathway, legends that fit, the largest city labelled ---------------


def _map_rect(main, extent, item):
    """The map rectangle (main-map CRS) under a layout item drawn over the main map."""
    from qgis.core import QgsRectangle

    mx, my, mw, mh = main.pos().x(), main.pos().y(), main.rect().width(), main.rect().height()
    x, y, w, h = item.pos().x(), item.pos().y(), item.rect().width(), item.rect().height()
    return QgsRectangle(
        extent.xMinimum() + (x - mx) / mw * extent.width(),
        extent.yMaximum() - (y + h - my) / mh * extent.height(),
        extent.xMinimum() + (x + w - mx) / mw * extent.width(),
        extent.yMaximum() - (y - my) / mh * extent.height(),
    )


def _inside(outer, inner) -> bool:
    x0, y0 = outer.pos().x(), outer.pos().y()
    x1, y1 = x0 + outer.rect().width(), y0 + outer.rect().height()
    a0, b0 = inner.pos().x(), inner.pos().y()
    return (
        x0 - 0.01 <= a0
        and y0 - 0.01 <= b0
        and a0 + inner.rect().width() <= x1 + 0.01
        and (b0 + inner.rect().height() <= y1 + 0.01)
    )


@pytest.mark.parametrize("page", ["a4", "a3"])
def test_no_item_covers_the_pathway_and_the_legend_fits_on_every_page(qgis_app, impact, page):
    """Item rectangles on every page: the close-up (when shown) and the scale bar lie inside the main
    map and cover no piece of the page's pathway; the north arrow does not overlap them; the footer
    items do not overlap each other; the legend's content fits its frame in all three languages."""
    from qgis.core import QgsGeometry, QgsLayoutObject

    from tailings_qgis_plugin.maps.atlas_items import legend_content_size
    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import LONG_PATHWAY_KM, template_path

    for language in ("en", "ru", "kk"):
        atlas = ImpactAtlas(_inputs(impact), template_path(page), language=language)
        try:
            legend = atlas.items["legend"]
            width, height = legend_content_size(legend)
            assert width <= legend.rect().width() + 0.01 and height <= legend.rect().height() + 0.01
            main, bar, arrow = (atlas.items[k] for k in ("main_map", "scalebar", "north_arrow"))
            close = atlas.items["facility_map"]
            footer = [atlas.layout.itemById(k) for k in ("disclaimer", "assumptions", "data_sources")]
            assert all(footer) and not any(
                _overlap(a, b) for i, a in enumerate(footer) for b in footer[i + 1 :]
            )
            checked = 0
            for _i, fid in atlas._iterate():
                feature = atlas.layout.reportContext().feature()
                for item in (main, bar, close):
                    item.refreshDataDefinedProperty(QgsLayoutObject.AllProperties)
                extent = main.extent()
                shows_close = (feature["pathway_km"] or 0) >= LONG_PATHWAY_KM and not feature["inset_hidden"]
                covering = [bar, close] if shows_close else [bar]
                pieces = [f.geometry() for f in atlas.layers["pathways"].getFeatures()]
                assert pieces and all(f["facility_id"] == fid for f in atlas.layers["pathways"].getFeatures())
                for item in covering:
                    assert _inside(main, item), (fid, item.id())
                    box = QgsGeometry.fromRect(_map_rect(main, extent, item))
                    assert not any(g.intersects(box) for g in pieces), (language, fid, item.id())
                    assert not _overlap(item, arrow)
                if shows_close:
                    assert not _overlap(bar, close)
                    checked += 1
            assert checked >= 1  # the smelter's 2,500 km pathway gets its close-up
        finally:
            atlas.close()


def test_largest_exposed_city_is_labelled_on_its_page_in_three_languages(qgis_app, impact):
    """Ust-Kamenogorsk (319,067 people, reached in minutes) is labelled on the main map of the smelter's
    page in English, Russian (name_ru of the settlement layer) and Kazakh (no name_kk in the sample: the
    Russian, Cyrillic, name, maps/names.py FALLBACK_FIELDS), read from the labelling results of the main map as the layout renders it."""
    from qgis.core import QgsMapRendererSequentialJob
    from qgis.PyQt.QtCore import QSizeF

    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    expected = {"en": "Ust-Kamenogorsk", "ru": "Усть-Каменогорск", "kk": "Усть-Каменогорск"}
    for language, name in expected.items():
        atlas = ImpactAtlas(_inputs(impact), template_path("a4"), facility_ids=[SMELTER], language=language)
        try:
            for _i, _fid in atlas._iterate():
                main = atlas.items["main_map"]
                dpi = 110
                size = QSizeF(main.rect().width() * dpi / 25.4, main.rect().height() * dpi / 25.4)
                job = QgsMapRendererSequentialJob(main.mapSettings(main.extent(), size, dpi, True))
                job.start()
                job.waitForFinished()
                labels = [label.labelText for label in job.takeLabelingResults().allLabels()]
                assert name in labels, (language, sorted(labels)[:40])
                # the capital and the regional centres well inside the page's map are always labelled
                inner = main.extent().buffered(-0.03 * main.extent().width())
                centres = {
                    f["name"]
                    for f in atlas.layers["settlements"].getFeatures()
                    if f["centre"] and inner.contains(f.geometry().asPoint())
                }
                assert centres and centres <= set(labels), (language, centres - set(labels))
        finally:
            atlas.close()


# --- words and data -------------------------------------------------------------------------------------


def test_lake_names_get_their_dropped_letters_back(qgis_app):
    """Natural Earth writes Kazakh 'köli'/'köl' as 'Kli'/'kl'; the label expression and the Python rule give
    the same repaired names for every lake of the sample, and no label keeps the garbled form."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils, QgsVectorLayer

    from tailings_qgis_plugin.maps.names import lake_name_expression, repair_lake_name
    from tailings_qgis_plugin.paths import sample_data_path

    lakes = QgsVectorLayer(f"{sample_data_path()}|layername=lakes", "lakes", "ogr")
    expression = QgsExpression(lake_name_expression("name"))
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(lakes))
    names = {}
    for feature in lakes.getFeatures():
        context.setFeature(feature)
        names[feature["name"]] = expression.evaluate(context)
    assert not expression.hasEvalError(), expression.evalErrorString()
    assert names["Qalybek Kli"] == "Qalybek Köli" and names["Sasyqkl"] == "Sasyqköl"
    assert names["Tengiz Köli"] == "Tengiz Köli" and names["Lake Balkhash"] == "Lake Balkhash"
    for original, shown in names.items():
        if original:
            assert shown == repair_lake_name(original)
            assert " Kli" not in shown and not shown.endswith("kl")


def test_icmm_sites_are_called_what_they_are_and_short_stretches_show_one_distance(qgis_app, impact):
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsVectorLayer

    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path
    from tailings_qgis_plugin.paths import sample_data_path

    layers, _truth = impact
    assert "icmm_id" not in layers["facilities"].fields().names()
    icmm = QgsVectorLayer(f"{sample_data_path()}|layername=facilities", "facilities", "ogr")
    legends = {}
    for key, facilities in (("fixture", layers["facilities"]), ("icmm", icmm)):
        atlas = ImpactAtlas(
            _inputs(impact, facilities=facilities), template_path("a4"), facility_ids=[SMELTER]
        )
        try:
            legends[key] = [n.name() for n in atlas.items["legend"].model().rootGroup().children()]
            column = next(
                c for c in atlas.items["crossings_table"].columns() if "end_km" in c.attribute()
            ).attribute()
        finally:
            atlas.close()
    # the sample's facilities are ICMM mine sites and plants (every row has an icmm_id)
    assert "Other mine and processing sites (ICMM)" in legends["icmm"]
    assert "Other tailings facilities" not in legends["icmm"]
    assert "Other tailings facilities" in legends["fixture"]
    table = QgsVectorLayer("None?field=kind:string&field=dist_km:double&field=end_km:double", "t", "memory")
    feature = QgsFeature(table.fields())
    context = QgsExpressionContext()
    for dist, end, shown in ((813.2, 813.4, "813"), (813.2, 900.0, "813–900"), (10.0, None, "10")):
        feature.setAttributes(["border_stretch", dist, end])
        context.setFeature(feature)
        assert QgsExpression(column).evaluate(context) == shown


def test_context_layers_regions_and_their_centres(qgis_app, impact):
    """Every region of the sample has its boundary on the page and exactly one centre among the
    settlements: 17 regions and 3 cities of republican significance, 20 features, 20 centres, one of
    them the capital."""
    from qgis.core import QgsVectorLayer

    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path
    from tailings_qgis_plugin.paths import sample_data_path

    regions = QgsVectorLayer(f"{sample_data_path()}|layername=oblasts", "oblasts", "ogr")
    atlas = ImpactAtlas(_inputs(impact), template_path("a4"), facility_ids=[SMELTER], language="ru")
    try:
        assert atlas.layers["oblasts"].featureCount() == regions.featureCount() == 20
        assert atlas.layers["oblasts"] in atlas.items["main_map"].layers()
        names = {f["name_ru"] for f in regions.getFeatures()}
        assert atlas.layers["oblasts"].labeling().settings().fieldName == '"name_ru"' and names
        centres = [f for f in atlas.layers["settlements"].getFeatures() if f["centre"]]
        assert len(centres) == regions.featureCount()
        assert [f["name"] for f in centres if f["centre"] == 2] == ["Астана"]
    finally:
        atlas.close()


def test_relief_shades_the_mountains_and_leaves_the_steppe_clear(qgis_app, impact):
    """The bundled 5′ DEM's hillshade, in steps: shaded or sunlit polygons within 30 km of Khan Tengri
    (80.17 E, 42.21 N, 7,010 m, Tian Shan), none within 30 km of Astana (71.43 E, 51.13 N, flat steppe)."""
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsGeometry,
        QgsPointXY,
        QgsProject,
    )

    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    atlas = ImpactAtlas(_inputs(impact), template_path("a4"), facility_ids=[SMELTER])
    try:
        relief = atlas.layers["relief"]
        assert relief in atlas.items["main_map"].layers() and relief.featureCount() > 0
        to_map = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"), atlas.crs, QgsProject.instance().transformContext()
        )

        def shaded(lon, lat):
            area = QgsGeometry.fromPointXY(to_map.transform(QgsPointXY(lon, lat))).buffer(30_000, 8)
            return any(f.geometry().intersects(area) for f in relief.getFeatures())

        assert shaded(80.17, 42.21) and not shaded(71.43, 51.13)
    finally:
        atlas.close()


def test_pdf_pages_stay_small(qgis_app, impact, tmp_path):
    """The old pages cost 548 kB each (44 MB for the demo's 81); now the overview background is one
    shared picture and the vectors are simplified to the page scale. Two A4 pages at 150 dpi, fonts
    included, stay under 400 kB a page (the demo's 81 pages: 12.4 MB, measured by bench/bench_demo.py),
    and the second page adds less than the first."""
    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    sizes = {}
    for ids in ([SMELTER], [SMELTER, SECOND]):
        atlas = ImpactAtlas(_inputs(impact), template_path("a4"), facility_ids=ids)
        try:
            (path,) = atlas.export(tmp_path / str(len(ids)), "multipage_pdf", dpi=150)
        finally:
            atlas.close()
        assert _pdf_pages(path) == len(ids)
        sizes[len(ids)] = Path(path).stat().st_size
    assert sizes[2] / 2 < 400e3 and 0 < sizes[2] - sizes[1] < sizes[1], sizes
