"""Impact maps: templates, styles and atlas pages, checked as a reader would (data set in maps_helpers.py)."""

from __future__ import annotations

from pathlib import Path

import maps_helpers
import pytest
from maps_helpers import (
    SECOND,
    SMELTER,
    VELOCITY_KMH,
    _inputs,
    _overlap,
    _pdf_pages,
    _pixel_stats,
    _template_without,
)

# the module-scoped fixtures, by assignment so pytest finds them here
impact = maps_helpers.impact
algorithms = maps_helpers.algorithms


# --- templates and styles ------------------------------------------------------------------------------


@pytest.mark.parametrize("page, size", [("a4", (297.0, 210.0)), ("a3", (420.0, 297.0))])
def test_shipped_templates_have_every_item(qgis_app, page, size):
    from qgis.core import QgsProject

    from tailings_qgis_plugin.maps.layout_builder import load_template
    from tailings_qgis_plugin.maps.templates import OPTIONAL_ITEMS, REQUIRED_ITEMS, template_path

    project = QgsProject()  # must outlive the layout (QGIS 3.22 crashes otherwise)
    layout = load_template(template_path(page), project)
    page_size = layout.pageCollection().page(0).pageSize()
    assert (round(page_size.width()), round(page_size.height())) == size
    for item_id in list(REQUIRED_ITEMS) + list(OPTIONAL_ITEMS):
        assert layout.itemById(item_id) is not None, item_id
    # every item lies on the page
    for item_id in REQUIRED_ITEMS:
        item = layout.itemById(item_id)
        rect = item.sceneBoundingRect()
        assert rect.left() >= 0 and rect.top() >= 0, item_id
        assert rect.right() <= size[0] + 0.5 and rect.bottom() <= size[1] + 0.5, item_id
    assert "screening estimates" in layout.itemById("disclaimer").text().lower()
    del layout  # before its project


def test_template_without_legend_names_the_missing_item(qgis_app, tmp_path):
    from qgis.core import QgsProject

    from tailings_qgis_plugin.maps.layout_builder import TemplateError, load_template

    path = _template_without(tmp_path, 'id="legend"', 'id="my_legend"')
    project = QgsProject()
    with pytest.raises(TemplateError, match=r"'legend' \(the legend\) is missing"):
        load_template(path, project)


def test_template_with_a_label_as_main_map_is_refused(qgis_app, tmp_path):
    from qgis.core import QgsProject

    from tailings_qgis_plugin.maps.layout_builder import TemplateError, load_template

    text_path = _template_without(tmp_path, 'id="main_map"', 'id="old_map"')
    text = text_path.read_text(encoding="utf-8").replace('id="date"', 'id="main_map"')
    text_path.write_text(text, encoding="utf-8")
    project = QgsProject()
    with pytest.raises(TemplateError, match=r"'main_map' must be a map, it is a label"):
        load_template(text_path, project)


def test_missing_template_file(qgis_app, tmp_path):
    from qgis.core import QgsProject

    from tailings_qgis_plugin.maps.layout_builder import TemplateError, load_template

    with pytest.raises(TemplateError, match="does not exist"):
        load_template(tmp_path / "nope.qpt", QgsProject())
    bad = tmp_path / "bad.qpt"
    bad.write_text("<Layout><unclosed>", encoding="utf-8")
    with pytest.raises(TemplateError, match="not valid XML"):
        load_template(bad, QgsProject())


@pytest.mark.parametrize(
    "name, geometry, fields, renderer",
    [
        ("pathways_travel_time", "LineString", ["from_h", "kind"], "RuleRenderer"),
        ("settlements_population", "Point", ["name", "population"], "RuleRenderer"),
        (
            "crossings",
            "Point",
            ["from_country", "to_country", "arrival_h", "kind", "countries"],
            "singleSymbol",
        ),
        ("rivers", "LineString", [], "singleSymbol"),
        ("lakes", "Polygon", ["name"], "singleSymbol"),
        ("countries", "Polygon", ["adm0_a3", "name"], "RuleRenderer"),
        ("facilities", "Point", [], "singleSymbol"),
    ],
)
def test_shipped_styles_load(qgis_app, name, geometry, fields, renderer):
    from qgis.core import QgsVectorLayer

    from tailings_qgis_plugin.maps import styles
    from tailings_qgis_plugin.paths import resource

    assert resource("styles", name + ".qml").is_file()
    uri = f"{geometry}?crs=EPSG:4326" + "".join(f"&field={f}:string" for f in fields)
    layer = QgsVectorLayer(uri, name, "memory")
    assert styles.apply_style(layer, name) is True  # the QML, not the code fallback
    assert layer.renderer().type() == renderer


def test_pathway_style_classes_follow_travel_time(qgis_app):
    from qgis.core import QgsVectorLayer

    from tailings_qgis_plugin.maps import styles

    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field=from_h:double&field=kind:string", "p", "memory")
    styles.apply_style(layer, "pathways_travel_time")
    labels = [rule.label() for rule in layer.renderer().rootRule().children()]
    assert labels[:4] == ["overland leg (assumed)", "< 6 h", "6–24 h", "24–72 h"]
    assert "travel time not known" in labels


# --- the atlas -----------------------------------------------------------------------------------------


def test_atlas_pages_follow_the_pathway(qgis_app, impact):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProject

    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    layers, truth = impact
    atlas = ImpactAtlas(_inputs(impact), template_path("a4"))
    # ordered by hazard index, highest first (the fixture gives the second facility the lower thi)
    assert atlas.page_count() == 2
    assert set(atlas.page_ids) == {SMELTER, SECOND}
    items = atlas.items
    to_map = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:4326"),
        items["main_map"].crs(),
        QgsProject.instance().transformContext(),
    )
    seen = []
    for _i, fid in atlas._iterate():
        seen.append(fid)
        title = items["title"].currentText()
        facility = next(f for f in layers["facilities"].getFeatures() if f["facility_id"] == fid)
        assert facility["name"] in title
        extent = items["main_map"].extent()
        # the whole pathway and the facility are inside the main map
        for piece in layers["pathways"].getFeatures():
            if piece["facility_id"] == fid:
                box = to_map.transformBoundingBox(piece.geometry().boundingBox())
                assert extent.contains(box), (fid, piece["seq"])
        # only this facility's pathway is drawn
        drawn = {f["facility_id"] for f in atlas.layers["pathways"].getFeatures()}
        assert drawn == {fid}
    assert seen == atlas.page_ids
    # the operator is in the title (escaped by nobody: it is a layout label, not HTML)
    assert truth[SMELTER]["places"][0] == "Ust-Kamenogorsk"


def test_time_marks_lie_at_velocity_times_hours(qgis_app, impact):
    """With 1 m/s the 6, 24 and 72 h marks lie 21.6, 86.4 and 259.2 km down the pathway: measured
    independently with pyproj along the fixture's pathway vertices."""
    from pyproj import Geod
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsGeometry, QgsProject

    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    layers, _truth = impact
    atlas = ImpactAtlas(_inputs(impact), template_path("a4"), facility_ids=[SMELTER])
    marks = atlas.layers["marks"]
    back = QgsCoordinateTransform(
        marks.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    geod = Geod(ellps="WGS84")
    vertices = []
    for piece in sorted(
        (f for f in layers["pathways"].getFeatures() if f["facility_id"] == SMELTER), key=lambda f: f["seq"]
    ):
        pts = piece.geometry().asPolyline()
        vertices.extend(pts if not vertices else pts[1:])
    line = QgsGeometry.fromPolylineXY(vertices)
    hours = sorted(f["hours"] for f in marks.getFeatures())
    assert hours == [6.0, 24.0, 72.0]
    for mark in marks.getFeatures():
        g = QgsGeometry(mark.geometry())
        g.transform(back)
        p = g.asPoint()
        # chainage of the nearest vertex, measured geodesically
        _d, _pt, after, _left = line.closestSegmentWithContext(p)
        head = vertices[:after] + [p]
        km = geod.line_length([v.x() for v in head], [v.y() for v in head]) / 1000.0
        expected = mark["hours"] * VELOCITY_KMH
        assert km == pytest.approx(expected, rel=0.02), mark["hours"]


def test_legend_and_tables_show_the_page(qgis_app, impact):
    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import max_table_rows, template_path

    _layers, truth = impact
    atlas = ImpactAtlas(_inputs(impact), template_path("a4"), facility_ids=[SMELTER])
    legend_names = [node.name() for node in atlas.items["legend"].model().rootGroup().children()]
    for name in (
        "This facility",
        "Downstream pathway: travel time",
        "Exposed settlement",
        "Border crossing (arrival)",
    ):
        assert name in legend_names
    for _i, _fid in atlas._iterate():
        table = atlas.items["exposed_table"]
        table.refreshAttributes()
        contents = table.contents() if hasattr(table, "contents") else None
        rows = [row[0] for row in contents] if contents is not None else []
        expected = truth[SMELTER]["places"][: max_table_rows("a4")]
        assert rows == expected  # downstream order, cut to what fits the page
        crossing = atlas.items["crossings_table"]
        crossing.refreshAttributes()
        assert [r[0] for r in crossing.contents()] == ["KAZ → RUS"]
        caption = atlas.layout.itemById("exposed_caption").currentText()
        assert f"first {max_table_rows('a4')} of {len(truth[SMELTER]['places'])}" in caption


def test_export_multipage_pdf_and_one_pdf_per_facility(qgis_app, impact, tmp_path):
    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    atlas = ImpactAtlas(_inputs(impact), template_path("a4"))
    (multi,) = atlas.export(tmp_path / "multi", "multipage_pdf", dpi=72)
    assert _pdf_pages(multi) == 2
    singles = atlas.export(tmp_path / "single", "pdf", dpi=72)
    assert sorted(Path(p).name for p in singles) == sorted(f"{f}.pdf" for f in (SMELTER, SECOND))
    assert all(_pdf_pages(p) == 1 for p in singles)


def _pdf_text(path) -> list[str]:
    """The text of every page of a PDF (poppler's pdftotext, in scripts/bootstrap.sh's packages)."""
    import subprocess

    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, check=True, text=True)
    return [" ".join(page.split()) for page in out.stdout.split("\f") if page.strip()]


def _pdf_info(path) -> dict:
    import subprocess

    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, check=True, text=True).stdout
    return {k.strip(): v.strip() for k, _s, v in (line.partition(":") for line in out.splitlines())}


def test_every_pdf_page_states_the_assumptions_and_the_file_has_metadata(qgis_app, impact, tmp_path):
    """Issue 14 item 5: the run's assumptions next to the figures on every page; the consequence class
    is named as the people inside the runout zone and stands beside the downstream exposure."""
    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    atlas = ImpactAtlas(
        _inputs(impact), template_path("a4"), assumptions="Scenario: 10 Mm3 and 25 m, labelled"
    )
    (multi,) = atlas.export(tmp_path / "multi", "multipage_pdf", dpi=72)
    pages = _pdf_text(multi)
    assert len(pages) == 2
    for text in pages:
        assert "Assumptions: Scenario: 10 Mm3 and 25 m, labelled" in text
        # the fixture's pathway pieces run at 1 m/s: the velocity is read back from their times
        assert "Velocity of the release: 1.0 m/s, constant" in text
        for subject in ("Corridor", "Snap distance", "Dispersion method", "Prediction interval"):
            assert subject in text
        assert "(people inside the runout zone); downstream:" in text
    info = _pdf_info(multi)
    assert info["Title"] == "Tailings facilities: downstream impact maps"
    assert info["Author"] and "Screening estimates" in info["Subject"] and "tailings" in info["Keywords"]


def test_png_page_is_not_blank_and_shows_the_pathway(qgis_app, impact, tmp_path):
    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    atlas = ImpactAtlas(_inputs(impact), template_path("a3"), facility_ids=[SMELTER])
    (png,) = atlas.export(tmp_path, "png", dpi=30)
    std, red = _pixel_stats(png)
    assert std > 20  # a blank or single-colour page has ~0
    assert red > 20  # the red/orange pathway and exposed settlements are drawn


def test_a3_second_page_shows_the_downstream_profile(qgis_app, impact, tmp_path):
    """A3: a second page per facility holds the profile chart, inside that page and overlapping no
    other item there; the chart is drawn once per facility from the page's own pathway, places and
    crossings (compared with the input layers). (Its language: test_i18n_outputs.)"""
    from qgis.PyQt.QtGui import QImage

    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    layers, _truth = impact
    for language in ("en",):
        atlas = ImpactAtlas(_inputs(impact), template_path("a3"), facility_ids=[SMELTER], language=language)
        try:
            pages = atlas.layout.pageCollection()
            assert pages.pageCount() == 2
            chart = atlas.layout.itemById("profile_chart")
            assert pages.pageNumberForPoint(chart.sceneBoundingRect().center()) == 1
            page_rect = pages.page(1).sceneBoundingRect()
            assert page_rect.contains(chart.sceneBoundingRect())
            on_page_2 = [
                item
                for item in atlas.layout.items()
                if getattr(item, "id", None)
                and item.id()
                and item is not chart
                and page_rect.intersects(item.sceneBoundingRect())
            ]
            assert {i.id() for i in on_page_2} >= {"profile_title", "profile_caption", "profile_disclaimer"}
            assert not any(_overlap(chart, i) for i in on_page_2)
            # the chart's data are this facility's rows of the input layers
            pieces, places, crossings = atlas.profile_rows(SMELTER)
            own = [f for f in layers["pathways"].getFeatures() if f["facility_id"] == SMELTER]
            assert max(p["to_km"] for p in pieces) == pytest.approx(max(f["to_km"] for f in own))
            n_exposed = sum(1 for f in layers["exposed"].getFeatures() if f["facility_id"] == SMELTER)
            n_crossings = sum(1 for f in layers["crossings"].getFeatures() if f["facility_id"] == SMELTER)
            assert (len(places), len(crossings)) == (n_exposed, n_crossings) and n_exposed > 0
            (png,) = atlas.export(tmp_path / language, "png", dpi=30)
            assert Path(png).with_name(Path(png).stem + "_2.png").is_file()  # QGIS names page 2 so
            path = atlas.profile_path(SMELTER)
            assert list(atlas._profile_files) == [SMELTER]  # drawn once
            image = QImage(path)
            assert not image.isNull()
            # drawn to the item's shape (Zoom mode keeps the aspect: no stretched texts)
            size = chart.sizeWithUnits()
            assert image.width() / image.height() == pytest.approx(size.width() / size.height(), rel=0.02)
        finally:
            atlas.close()


def test_tracedownstream_pathways_without_times_still_map(qgis_app, impact, tmp_path):
    """tailings:tracedownstream output has from_km/to_km but no times: one colour, no marks, a warning."""
    from qgis.core import QgsFeatureRequest

    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas, MapInputs
    from tailings_qgis_plugin.maps.templates import template_path

    layers, _truth = impact
    pathways = layers["pathways"].materialize(QgsFeatureRequest())
    pathways.dataProvider().deleteAttributes(
        [pathways.fields().lookupField("from_h"), pathways.fields().lookupField("to_h")]
    )
    pathways.updateFields()
    atlas = ImpactAtlas(
        MapInputs(layers["facilities"], pathways), template_path("a4"), facility_ids=[SMELTER]
    )
    assert any("travel-time" in w for w in atlas.warnings)
    assert atlas.layers["marks"].featureCount() == 0
    (png,) = atlas.export(tmp_path, "png", dpi=25)
    assert _pixel_stats(png)[1] > 10


def test_unknown_facility_id_is_reported(qgis_app, impact):
    from tailings_qgis_plugin.core.common import TailingsError
    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    with pytest.raises(TailingsError, match="NOT-A-FACILITY"):
        ImpactAtlas(_inputs(impact), template_path("a4"), facility_ids=["NOT-A-FACILITY"])
