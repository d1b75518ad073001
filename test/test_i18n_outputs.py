"""Maps and reports in a chosen language, whatever the interface language.

The shipped translations are still being written, so these tests compile their own small catalogue (a few
Russian strings used by the report and the map template) with ``lrelease`` and point the plugin at it.
They check that a Russian export has the Russian texts and not the English ones, that settlements are
named by their ``name_ru`` (checked against the sample data read independently: the settlement of the
same name at the same point), and that the interface language is back afterwards.
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from test_maps import GPKG, SECOND, SMELTER, algorithms, impact  # noqa: F401 - fixtures

from tailings_qgis_plugin.maps.templates import DISCLAIMER_TEXT

RU = {
    "Summary by facility": "Сводка по объектам",
    "Tailings facilities: downstream impact screening": "Хвостохранилища: скрининг воздействия ниже по течению",
    "Settlement": "Населённый пункт",
    "Exposed settlements, downstream order": "Населённые пункты под угрозой, по течению",
    " (first {n} of {total}; all in the report)": " (первые {n} из {total}; все — в отчёте)",
    "Border crossings": "Пересечения границ",
    "Border": "Граница",
    "Legend": "Условные обозначения",
    "km": "км",
    "{h} h": "{h} ч",
    "< 6 h": "< 6 ч",
    "Downstream pathway: travel time": "Путь вниз по течению: время добегания",
    "arrival (h)": "добегание (ч)",
    "distance along the pathway (km)": "расстояние вдоль пути (км)",
    DISCLAIMER_TEXT: "ОЦЕНКА ДЛЯ СКРИНИНГА: упрощённые модели на открытых данных.",
}


@pytest.fixture(scope="module")
def russian_qm(tmp_path_factory):
    """A compiled catalogue with the strings of :data:`RU` (context ``Tailings``)."""
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        pytest.skip("lrelease not found (Debian: qttools5-dev-tools)")
    folder = tmp_path_factory.mktemp("i18n")
    root = ET.Element("TS", version="2.1", language="ru_RU", sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = "Tailings"
    for source, translation in RU.items():
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        ET.SubElement(message, "translation").text = translation
    ts = folder / "tailings_ru.ts"
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(root, encoding="unicode"), "utf-8")
    subprocess.run([lrelease, "-silent", str(ts), "-qm", str(folder / "tailings_ru.qm")], check=True)
    assert (folder / "tailings_ru.qm").is_file()
    return folder


@pytest.fixture()
def catalogue(russian_qm, monkeypatch):
    """The plugin reads its .qm files from the test catalogue's folder (only Russian is there)."""
    from tailings_qgis_plugin import i18n

    monkeypatch.setattr(i18n, "qm_path", lambda code: russian_qm / f"tailings_{code}.qm")
    return i18n


class Feedback:
    def __init__(self):
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)


def _russian_names(exposed_layer, settlements_layer):
    """Exposed settlement (original name) -> name_ru of the settlement of that name at the same point,
    read straight from the layers (the fixture copies the settlement's own point into EXPOSED)."""
    places = {}
    for s in settlements_layer.getFeatures():
        p = s.geometry().asPoint()
        places[(s["name"], round(p.x(), 6), round(p.y(), 6))] = s["name_ru"]
    out = {}
    for e in exposed_layer.getFeatures():
        p = e.geometry().asPoint()
        ru = places.get((e["name"], round(p.x(), 6), round(p.y(), 6)))
        out[(e["facility_id"], e["name"])] = ru if ru else e["name"]
    return out


def _settlements():
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{GPKG}|layername=settlements", "settlements", "ogr")
    assert layer.isValid()
    return layer


# --- the language switch --------------------------------------------------------------------------------


def test_language_switch_nests_and_restores(qgis_app, catalogue):
    from tailings_qgis_plugin.core import common

    i18n = catalogue
    before = i18n.current_language()
    assert i18n.tr("Legend") == "Legend"
    with i18n.language("ru") as used:
        assert used == "ru"
        assert i18n.tr("Legend") == "Условные обозначения"
        assert common.tr("Summary by facility") == "Сводка по объектам"  # the engine's tr() too
        with i18n.language("en") as inner:
            assert inner == "en" and i18n.tr("Legend") == "Legend"
        assert i18n.tr("Legend") == "Условные обозначения"
        with pytest.raises(RuntimeError):
            with i18n.language("en"):
                raise RuntimeError("boom")
        assert i18n.tr("Legend") == "Условные обозначения"  # restored after an exception as well
    assert i18n.tr("Legend") == "Legend"
    assert common.tr("Summary by facility") == "Summary by facility"
    assert i18n.current_language() == before


def test_missing_translation_falls_back_to_english_with_a_warning(qgis_app, catalogue):
    i18n = catalogue
    feedback = Feedback()
    with i18n.language("kk", feedback) as used:  # no tailings_kk.qm in the test catalogue
        assert used == "en"
        assert i18n.tr("Legend") == "Legend"
    assert len(feedback.warnings) == 1 and "kk" in feedback.warnings[0]
    feedback = Feedback()
    with i18n.language("de", feedback) as used:
        assert used == "en"
    assert "de" in feedback.warnings[0]


def test_local_name_field_choice(qgis_app):
    from tailings_qgis_plugin.maps.names import local_name_field

    fields = ["name", "name_ru", "population"]
    assert local_name_field(fields, "ru") == "name_ru"
    # no name_kk: the Russian (Cyrillic) names rather than the Latin originals (maps/names.py FALLBACK_FIELDS)
    assert local_name_field(fields, "kk") == "name_ru"
    assert local_name_field(["name", "name_ru", "name_kk"], "kk") == "name_kk"
    assert local_name_field(["name", "population"], "kk") is None
    assert local_name_field(fields + ["name_kk"], "kk") == "name_kk"
    assert local_name_field(fields, "en") is None
    warnings = []
    assert local_name_field(fields, "ru", "name_xx", warnings) is None
    assert "name_xx" in warnings[0]


def test_settlement_names_match_by_name_and_position(qgis_app):
    """Two places of the same name with different localised names: the point decides; a point farther
    than the tolerance, or no point when the name is ambiguous, keeps the original name."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsVectorLayer

    from tailings_qgis_plugin.maps.names import MATCH_TOLERANCE_M, SettlementNames, match_transform

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string&field=name_ru:string", "s", "memory")
    rows = [
        ("Aksu", "Аксу-Север", 76.9, 52.0),
        ("Aksu", "Аксу-Юг", 69.8, 42.4),
        ("Oral", "Уральск", 51.4, 51.2),
    ]
    features = []
    for name, ru, lon, lat in rows:
        f = QgsFeature(layer.fields())
        f.setAttributes([name, ru])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        features.append(f)
    layer.dataProvider().addFeatures(features)
    names = SettlementNames(layer, "name", "name_ru")
    to_metric = match_transform(layer.crs())

    def at(lon, lat):
        return to_metric.transform(QgsPointXY(lon, lat))

    assert names.local("Aksu", at(69.8, 42.4)) == "Аксу-Юг"
    assert names.local("Aksu", at(76.9, 52.0)) == "Аксу-Север"
    # 0.01° of latitude is about 1.1 km (inside the tolerance); 0.1° about 11 km (outside)
    assert MATCH_TOLERANCE_M == 2000.0
    assert names.local("Aksu", at(76.9, 52.01)) == "Аксу-Север"
    assert names.local("Aksu", at(76.9, 52.1)) == "Aksu"
    assert names.local("Aksu") == "Aksu"  # ambiguous without a position
    assert names.local("Oral") == "Уральск"  # one place of that name: no position needed
    assert names.local("Unknown", at(0, 0)) == "Unknown"
    assert not SettlementNames(layer, "name", None)  # no localised field: nothing to look up


# --- the report -----------------------------------------------------------------------------------------


def test_report_in_russian_and_interface_language_restored(algorithms, impact, catalogue, tmp_path):  # noqa: F811
    from conftest import run_alg

    i18n = catalogue
    layers, truth = impact
    expected = _russian_names(layers["exposed"], _settlements())
    before = i18n.current_language()
    result = run_alg(
        "tailings:exportreport",
        {
            "FACILITIES": truth["_uris"]["facilities"],
            "EXPOSED": truth["_uris"]["exposed"],
            "CROSSINGS": truth["_uris"]["crossings"],
            "SETTLEMENTS": f"{GPKG}|layername=settlements",
            "LANGUAGE": 1,  # Русский
            "OUTPUT_HTML": str(tmp_path / "report.html"),
            "OUTPUT_CSV": str(tmp_path / "report.csv"),
        },
    )
    text = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert '<html lang="ru">' in text
    assert "<h2>Сводка по объектам</h2>" in text and "Summary by facility" not in text
    assert "Хвостохранилища: скрининг воздействия ниже по течению" in text
    assert "<th>Населённый пункт</th>" in text and "<th>Settlement</th>" not in text
    # every exposed settlement under its Russian name; the English names are gone
    for (_fid, original), russian in expected.items():
        assert f"<td>{russian}</td>" in text, original
        if russian != original:
            assert f"<td>{original}</td>" not in text, original
    assert "Семей" in text and "Semey" not in text
    exposed_csv = (tmp_path / "report_exposed.csv").read_text(encoding="utf-8-sig")
    assert exposed_csv.splitlines()[0].split(",")[2] == "Населённый пункт"
    assert "Усть-Каменогорск" in exposed_csv
    # the interface language is back
    assert i18n.current_language() == before
    assert i18n.tr("Summary by facility") == "Summary by facility"

    # the same report in English: English headings and original names
    result = run_alg(
        "tailings:exportreport",
        {
            "FACILITIES": truth["_uris"]["facilities"],
            "EXPOSED": truth["_uris"]["exposed"],
            "SETTLEMENTS": f"{GPKG}|layername=settlements",
            "LANGUAGE": 0,
            "OUTPUT_HTML": str(tmp_path / "report_en.html"),
        },
    )
    text = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert "<h2>Summary by facility</h2>" in text and "Сводка" not in text
    assert "<td>Semey</td>" in text and "Семей" not in text


# --- the maps -------------------------------------------------------------------------------------------


def test_map_in_russian_has_russian_texts(qgis_app, impact, catalogue, tmp_path):  # noqa: F811
    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas, MapInputs
    from tailings_qgis_plugin.maps.templates import max_table_rows, template_path

    i18n = catalogue
    layers, truth = impact
    settlements = _settlements()
    expected = _russian_names(layers["exposed"], settlements)
    inputs = MapInputs(
        layers["facilities"],
        layers["pathways"],
        layers["exposed"],
        layers["crossings"],
        settlements=settlements,
    )
    before = i18n.current_language()
    atlas = ImpactAtlas(inputs, template_path("a4"), facility_ids=[SMELTER], language="ru")
    assert i18n.current_language() == before and i18n.tr("Legend") == "Legend"
    try:
        layout = atlas.layout
        assert atlas.language == "ru"
        assert atlas.items["legend"].title() == "Условные обозначения"
        assert layout.itemById("crossings_caption").text() == "Пересечения границ"
        assert layout.itemById("disclaimer").text() == RU[DISCLAIMER_TEXT]
        assert atlas.items["scalebar"].unitLabel() == "км"
        headings = [c.heading() for c in atlas.items["exposed_table"].columns()]
        assert headings[0] == "Населённый пункт" and "Settlement" not in headings
        assert [c.heading() for c in atlas.items["crossings_table"].columns()][0] == "Граница"
        legend_names = [n.name() for n in atlas.items["legend"].model().rootGroup().children()]
        assert "Путь вниз по течению: время добегания" in legend_names
        rule_labels = [r.label() for r in atlas.layers["pathways"].renderer().rootRule().children()]
        assert "< 6 ч" in rule_labels and "< 6 h" not in rule_labels
        marks = sorted(f["label"] for f in atlas.layers["marks"].getFeatures())
        assert marks and all(m.endswith(" ч") for m in marks) and "24 ч" in marks
        shown = max_table_rows("a4")
        places = truth[SMELTER]["places"]
        for _i, fid in atlas._iterate():
            caption = layout.itemById("exposed_caption").currentText()
            assert (
                caption
                == f"Населённые пункты под угрозой, по течению (первые {shown} из {len(places)}; все — в отчёте)"
            )
            table = atlas.items["exposed_table"]
            table.refreshAttributes()
            rows = [row[0] for row in table.contents()]
            assert rows == [expected[(fid, p)] for p in places[:shown]]
        # settlement labels on the map: name_ru where the sample has one
        labels = {f["name"] for f in atlas.layers["settlements"].getFeatures()}
        assert "Алматы" in labels and "Almaty" not in labels
        (png,) = atlas.export(tmp_path, "png", dpi=20)
        assert Path(png).is_file()
    finally:
        atlas.close()
    assert i18n.current_language() == before and i18n.tr("Legend") == "Legend"

    # English afterwards: English texts and original names again
    atlas = ImpactAtlas(inputs, template_path("a4"), facility_ids=[SMELTER], language="en")
    try:
        assert atlas.items["legend"].title() == "Legend"
        assert atlas.layout.itemById("crossings_caption").text() == "Border crossings"
        for _i, _fid in atlas._iterate():
            assert (
                atlas.layout.itemById("exposed_caption")
                .currentText()
                .startswith("Exposed settlements, downstream order (first")
            )
        labels = {f["name"] for f in atlas.layers["settlements"].getFeatures()}
        assert "Almaty" in labels and "Алматы" not in labels
    finally:
        atlas.close()


def test_map_algorithm_in_russian(algorithms, impact, catalogue, tmp_path):  # noqa: F811
    from conftest import run_alg

    i18n = catalogue
    _layers, truth = impact
    before = i18n.current_language()
    result = run_alg(
        "tailings:exportimpactmaps",
        {
            "FACILITIES": truth["_uris"]["facilities"],
            "PATHWAYS": truth["_uris"]["pathways"],
            "EXPOSED": truth["_uris"]["exposed"],
            "CROSSINGS": truth["_uris"]["crossings"],
            "SETTLEMENTS": f"{GPKG}|layername=settlements",
            "FACILITY_IDS": SECOND,
            "LANGUAGE": 1,
            "FORMAT": 2,
            "DPI": 30,
            "OUTPUT_FOLDER": str(tmp_path),
        },
    )
    assert result["PAGES"] == 1 and Path(result["FILES"]).is_file()
    assert i18n.current_language() == before and i18n.tr("Legend") == "Legend"


def test_profile_chart_on_the_a3_page_is_in_the_page_language(qgis_app, impact, catalogue, monkeypatch):  # noqa: F811
    """The A3 page's downstream profile is drawn under the page's translator
    (the axis texts read from the figure itself), whatever the interface language."""
    from test_maps import _inputs

    from tailings_qgis_plugin.charts import profile
    from tailings_qgis_plugin.maps.layout_builder import ImpactAtlas
    from tailings_qgis_plugin.maps.templates import template_path

    drawn = []
    build = profile.build_profile_figure

    def spy(*args, **kwargs):
        fig = build(*args, **kwargs)
        drawn.append((fig.tailings_axes.get_ylabel(), fig.axes[-1].get_xlabel(), args[3]))
        return fig

    monkeypatch.setattr(profile, "build_profile_figure", spy)
    assert catalogue.current_language() == "en"
    atlas = ImpactAtlas(_inputs(impact), template_path("a3"), facility_ids=[SMELTER], language="ru")
    try:
        for _i, _fid in atlas._iterate():
            pass
    finally:
        atlas.close()
    assert drawn == [(RU["arrival (h)"], RU["distance along the pathway (km)"], "ru")]
    assert catalogue.current_language() == "en"
