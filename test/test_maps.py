"""Impact maps: templates, styles, atlas pages and tailings:exportimpactmaps, checked as a reader would.

Until the analysis algorithms' outputs are at hand, the tests build a small impact data set from the real
sample data: a pathway that follows the real Irtysh reaches downstream of the Ust-Kamenogorsk smelter
(digitised in flow direction, so reach ends meet reach starts), the real settlements within 5 km of it and
the real border where it leaves Kazakhstan. Travel times use a constant 1 m/s (3.6 km/h).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# A private copy: QGIS may write to a GeoPackage it opens, and the shipped sample must never change.
GPKG = Path(tempfile.mkdtemp(prefix="tailings-maps-")) / "kazakhstan.gpkg"
shutil.copy2(ROOT / "resources" / "sample_data" / "kazakhstan.gpkg", GPKG)
SMELTER = "KZ-ICMM06886"  # Ust Kamenogorsk Pb Smelter, on the Irtysh
SECOND = "KZ-ICMM05696"  # Kempirsai Group (Aktobe): a second page far away
VELOCITY_KMH = 3.6
LCC = "+proj=lcc +lat_0=48 +lon_0=68 +lat_1=42 +lat_2=54 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"


# --- building a small impact data set from the real sample data ------------------------------------------


def _layer(name):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def _line(geometry):
    return geometry.asMultiPolyline()[0] if geometry.isMultipart() else geometry.asPolyline()


def walk_downstream(lon, lat, max_km=1600.0):
    """Pieces [(kind, [QgsPointXY...])] from a point: an overland leg to the nearest river vertex, then the
    reaches whose start is the previous reach's end (the sample rivers are digitised in flow direction)."""
    from pyproj import Geod
    from qgis.core import QgsPointXY, QgsSpatialIndex

    geod = Geod(ellps="WGS84")
    rivers = _layer("rivers")
    features = {f.id(): f for f in rivers.getFeatures()}
    starts = {}
    for f in features.values():
        p = _line(f.geometry())[0]
        starts.setdefault((round(p.x(), 6), round(p.y(), 6)), []).append(f.id())
    index = QgsSpatialIndex(rivers.getFeatures())
    origin = QgsPointXY(lon, lat)
    nearest = index.nearestNeighbor(origin, 1)[0]
    line = _line(features[nearest].geometry())
    k = min(range(len(line)), key=lambda i: line[i].sqrDist(origin))
    pieces = [("overland", [origin, QgsPointXY(line[k])]), ("river", [QgsPointXY(p) for p in line[k:]])]
    total, seen, end = 0.0, {nearest}, line[-1]
    while total < max_km:
        following = [i for i in starts.get((round(end.x(), 6), round(end.y(), 6)), []) if i not in seen]
        if not following:
            break
        seen.add(following[0])
        line = _line(features[following[0]].geometry())
        pieces.append(("river", [QgsPointXY(p) for p in line]))
        total += geod.line_length([p.x() for p in line], [p.y() for p in line]) / 1000.0
        end = line[-1]
    return pieces


def write_impact_gpkg(path, facility_ids=(SMELTER, SECOND), corridor_m=5000.0):
    """Write facilities / pathways / exposed / crossings layers (the fields of the analysis outputs)."""
    from pyproj import Geod
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsFeatureRequest,
        QgsFields,
        QgsGeometry,
        QgsPointXY,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    from tailings_qgis_plugin.qgis_compat import make_field

    geod = Geod(ellps="WGS84")
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    lcc = QgsCoordinateReferenceSystem.fromProj(LCC)
    to_lcc = QgsCoordinateTransform(wgs, lcc, QgsProject.instance().transformContext())
    facilities = _layer("facilities")
    settlements = list(_layer("settlements").getFeatures())
    countries = list(_layer("countries").getFeatures())

    def country_of(point):
        g = QgsGeometry.fromPointXY(point)
        return next((c["adm0_a3"] for c in countries if c.geometry().contains(g)), None)

    def fields(spec):
        out = QgsFields()
        for name, kind in spec:
            out.append(make_field(name, kind))
        return out

    S, D, N = "text", "real", "int"
    fac_fields = fields(
        [
            ("facility_id", S),
            ("name", S),
            ("operator", S),
            ("region", S),
            ("commodity", S),
            ("thi", D),
            ("runout_km", D),
            ("consequence_class", S),
        ]
    )
    path_fields = fields(
        [
            ("facility_id", S),
            ("seq", N),
            ("kind", S),
            ("from_km", D),
            ("to_km", D),
            ("from_h", D),
            ("to_h", D),
        ]
    )
    exp_fields = fields(
        [
            ("facility_id", S),
            ("name", S),
            ("population", D),
            ("country", S),
            ("dist_km", D),
            ("offset_m", D),
            ("arrival_h", D),
            ("peak_h", D),
            ("peak_conc_mg_l", D),
            ("dilution", D),
        ]
    )
    cross_fields = fields(
        [
            ("facility_id", S),
            ("kind", S),
            ("from_country", S),
            ("to_country", S),
            ("dist_km", D),
            ("arrival_h", D),
        ]
    )
    layers = {
        "facilities": (fac_fields, QgsWkbTypes.Point, []),
        "pathways": (path_fields, QgsWkbTypes.LineString, []),
        "exposed": (exp_fields, QgsWkbTypes.Point, []),
        "crossings": (cross_fields, QgsWkbTypes.Point, []),
    }
    truth = {}
    for n, source in enumerate(f for f in facilities.getFeatures() if f["facility_id"] in facility_ids):
        fid = source["facility_id"]
        point = source.geometry().asPoint()
        feature = QgsFeature(fac_fields)
        feature.setAttributes(
            [
                fid,
                source["name"],
                "Test & <Operator>" if fid == SMELTER else None,
                source["region"],
                source["commodity"],
                14.5 - n,
                12.0,
                "Extreme" if fid == SMELTER else "High",
            ]
        )
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        layers["facilities"][2].append(feature)
        km, vertices = 0.0, []
        for seq, (kind, pts) in enumerate(walk_downstream(point.x(), point.y())):
            length = geod.line_length([p.x() for p in pts], [p.y() for p in pts]) / 1000.0
            piece = QgsFeature(path_fields)
            piece.setAttributes(
                [fid, seq, kind, km, km + length, km / VELOCITY_KMH, (km + length) / VELOCITY_KMH]
            )
            piece.setGeometry(QgsGeometry.fromPolylineXY(pts))
            layers["pathways"][2].append(piece)
            km += length
            vertices.extend(pts if not vertices else pts[1:])
        # settlements within the corridor (metric frame), with chainage along the pathway
        line = QgsGeometry.fromPolylineXY(vertices)
        metric = QgsGeometry(line)
        metric.transform(to_lcc)
        scale = km * 1000.0 / metric.length()  # conformal-projection length -> geodesic length
        places = []
        for s in settlements:
            g = QgsGeometry(s.geometry())
            g.transform(to_lcc)
            offset = metric.distance(g)
            if offset <= corridor_m:
                along = metric.lineLocatePoint(g) * scale / 1000.0
                if along > 1.0:
                    places.append((along, offset, s))
        places.sort(key=lambda t: t[0])
        for along, offset, s in places:
            row = QgsFeature(exp_fields)
            arrival = along / VELOCITY_KMH
            row.setAttributes(
                [
                    fid,
                    s["name"],
                    float(s["population"]),
                    s["country_code"],
                    along,
                    offset,
                    arrival * 0.89,
                    arrival,
                    50.0 / (1 + along),
                    1 + along,
                ]
            )
            row.setGeometry(s.geometry())
            layers["exposed"][2].append(row)
        # border crossings: where consecutive vertices lie in different countries
        crossings = []
        chain = 0.0
        prev = vertices[0]
        prev_c = country_of(prev)
        for p in vertices[1:]:
            chain += geod.line_length([prev.x(), p.x()], [prev.y(), p.y()]) / 1000.0
            c = country_of(p)
            if c and prev_c and c != prev_c:
                crossings.append((chain, prev_c, c, p))
            prev, prev_c = p, c or prev_c
        for chain, a, b, p in crossings[:1] + [c for c in crossings[1:] if c[0] - crossings[0][0] > 30]:
            row = QgsFeature(cross_fields)
            row.setAttributes([fid, "crossing", a, b, chain, chain / VELOCITY_KMH])
            row.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(p)))
            layers["crossings"][2].append(row)
        truth[fid] = {"km": km, "places": [p[2]["name"] for p in places], "crossings": crossings}

    for i, (name, (flds, wkb, features)) in enumerate(layers.items()):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        if i:
            options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
        writer = QgsVectorFileWriter.create(
            str(path), flds, wkb, wgs, QgsProject.instance().transformContext(), options
        )
        writer.addFeatures(features)
        del writer
    # memory copies for the tests; the OGR layers are closed here (an OGR layer of a GeoPackage written in
    # the same process crashed QGIS 3.22 in GDALClose when pytest freed it at teardown)
    out, uris = {}, {}
    for name in layers:
        uris[name] = f"{path}|layername={name}"
        ogr_layer = QgsVectorLayer(uris[name], name, "ogr")
        assert ogr_layer.isValid(), name
        out[name] = ogr_layer.materialize(QgsFeatureRequest())
        del ogr_layer
    truth["_uris"] = uris
    return out, truth


@pytest.fixture(scope="module")
def impact(tmp_path_factory, qgis_app):
    path = tmp_path_factory.mktemp("impact") / "impact.gpkg"
    return write_impact_gpkg(path)


@pytest.fixture(scope="module")
def algorithms(plugin):
    """Make sure the provider lists this issue's algorithms (until provider.py registers them)."""
    from qgis.core import QgsApplication

    from tailings_qgis_plugin.processing_algorithms.alg_export_impact_maps import ExportImpactMapsAlgorithm
    from tailings_qgis_plugin.processing_algorithms.alg_export_report import ExportReportAlgorithm

    classes = [ExportImpactMapsAlgorithm, ExportReportAlgorithm]
    try:  # written by another issue; registered here too until provider.py lists it
        from tailings_qgis_plugin.processing_algorithms.alg_downstream_impact import DownstreamImpactAlgorithm

        classes.append(DownstreamImpactAlgorithm)
    except ImportError:
        pass
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("tailings")
    for cls in classes:
        if registry.algorithmById(f"tailings:{cls.NAME}") is None:
            provider.addAlgorithm(cls())
    return provider


def _pdf_pages(path) -> int:
    """Page count with pdfinfo (poppler) when present, else by counting /Type /Page objects."""
    try:
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    except (OSError, subprocess.CalledProcessError):
        return len(re.findall(rb"/Type\s*/Page[^s]", Path(path).read_bytes()))


def _pixel_stats(path):
    """(grey-level standard deviation, number of pathway-red pixels) of an image, by sampling."""
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    values, red = [], 0
    step = max(1, image.width() // 300)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = QColor(image.pixel(x, y))
            values.append(0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue())
            if c.red() > 150 and c.green() < 120 and c.blue() < 90:
                red += 1
    mean = sum(values) / len(values)
    std = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    return std, red


def _inputs(impact, facilities=None, **kwargs):
    from tailings_qgis_plugin.maps.layout_builder import MapInputs

    layers, _truth = impact
    return MapInputs(
        facilities or layers["facilities"],
        layers["pathways"],
        layers["exposed"],
        layers["crossings"],
        **kwargs,
    )


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


def _template_without(tmp_path, old, new):
    from tailings_qgis_plugin.maps.templates import template_path

    text = template_path("a4").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "edited.qpt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


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


def _overlap(a, b) -> bool:
    ax, ay, bx, by = a.pos().x(), a.pos().y(), b.pos().x(), b.pos().y()
    return not (
        ax + a.rect().width() <= bx
        or bx + b.rect().width() <= ax
        or ay + a.rect().height() <= by
        or by + b.rect().height() <= ay
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
    original name), read from the labelling results of the main map as the layout renders it."""
    from qgis.core import QgsMapRendererSequentialJob
    from qgis.PyQt.QtCore import QSizeF

    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    expected = {"en": "Ust-Kamenogorsk", "ru": "Усть-Каменогорск", "kk": "Ust-Kamenogorsk"}
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
