"""tailings:exportreceptormaps: one map page per receptor with the facilities upstream of it (issue 18).

The reference is the output of tailings:upstreamsources run on the bundled sample for Pavlodar and Omsk:
the pages must be the receptors that have facilities upstream, each page's table the upstreamsources
OUTPUT rows of that receptor in order of arrival (rank), and the PDF text (pdftotext) must name the
receptor, the first facility and the footer's velocity.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from qgis.core import (
    QgsFeature,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from tailings_qgis_plugin.maps.receptor_atlas import ReceptorAtlas, receptor_title
from tailings_qgis_plugin.maps.templates import template_path
from tailings_qgis_plugin.processing_algorithms.alg_export_receptor_maps import ExportReceptorMapsAlgorithm
from tailings_qgis_plugin.processing_algorithms.alg_upstream_sources import UpstreamSourcesAlgorithm

TOWNS = ("Pavlodar", "Omsk", "Astana")


def _layer(gpkg, name):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def _towns(gpkg):
    src = _layer(gpkg, "settlements")
    towns = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "receptors", "memory")
    for f in src.getFeatures():
        if f["name"] in TOWNS:
            g = QgsFeature(towns.fields())
            g.setGeometry(f.geometry())
            g.setAttributes([f["name"]])
            towns.dataProvider().addFeature(g)
    assert towns.featureCount() == len(TOWNS)
    return towns


_KEEP = []


@pytest.fixture(scope="module")
def sources(qgis_processing, sample_gpkg):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(
        UpstreamSourcesAlgorithm(),
        {
            "RECEPTORS": _towns(sample_gpkg),
            "RECEPTOR_ID_FIELD": "name",
            "RECEPTOR_SNAP_DISTANCE": 5000.0,
            "FACILITIES": _layer(sample_gpkg, "facilities"),
            "FACILITY_ID_FIELD": "facility_id",
            "RIVERS": _layer(sample_gpkg, "rivers"),
            "LAKES": _layer(sample_gpkg, "lakes"),
            "DIRECTION": 0,
            "SNAP_DISTANCE": 100000.0,
            "VELOCITY_SOURCE": 0,
            "VELOCITY": 1.0,
            "COUNTRIES": _layer(sample_gpkg, "countries"),
            "COUNTRY_FIELD": "adm0_a3",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    pairs = QgsProcessingUtils.mapLayerFromString(res["OUTPUT"], context)
    summary = QgsProcessingUtils.mapLayerFromString(res["SUMMARY"], context)
    _KEEP.append(context)  # the layers belong to the context's temporary store
    return summary, pairs, _layer(sample_gpkg, "facilities")


def _with_facilities(summary):
    return {f["receptor_id"] for f in summary.getFeatures() if f["n_facilities"]}


def test_pages_and_tables_equal_the_upstreamsources_output(sources):
    summary, pairs, facilities = sources
    names = {f["facility_id"]: f["name"] for f in facilities.getFeatures()}
    mapped = _with_facilities(summary)
    # Pavlodar and Omsk lie on the Irtysh below the East Kazakhstan mines; a receptor without any
    # facility upstream gets no page
    assert {"Pavlodar", "Omsk"} <= mapped
    with ReceptorAtlas(summary, pairs, template_path("a4"), facilities=facilities, language="en") as atlas:
        assert set(atlas.page_ids) == mapped
        assert atlas.layout.atlas().count() == len(mapped)
        for s in summary.getFeatures():
            if s["receptor_id"] not in mapped:
                continue
            expected = sorted(
                (f for f in pairs.getFeatures() if f["receptor_id"] == s["receptor_id"]),
                key=lambda f: f["rank"],
            )
            rows = atlas.rows[s["receptor_id"]]
            assert len(rows) == s["n_facilities"] == len(expected)
            assert [r["facility_id"] for r in rows] == [f["facility_id"] for f in expected]
            assert [r["name"] for r in rows] == [names[f["facility_id"]] for f in expected]
            assert [r["dist_km"] for r in rows] == pytest.approx([f["dist_km"] for f in expected])
            assert rows[0]["facility_id"] == s["first_facility_id"]
            assert rows[0]["arrival_h"] == pytest.approx(s["first_arrival_h"])
        # the page table is the layer the atlas filters per page: for each page, its rows in arrival order
        table = atlas.layers["table"]
        for rid in mapped:
            shown = sorted(
                (f for f in table.getFeatures() if f["crossing_id"] == rid), key=lambda f: f["arrival_h"]
            )
            assert [f["facility_id"] for f in shown] == [r["facility_id"] for r in atlas.rows[rid]]
        # pages in order of the earliest arrival
        firsts = {s["receptor_id"]: s["first_arrival_h"] for s in summary.getFeatures()}
        assert [firsts[p] for p in atlas.page_ids] == sorted(firsts[p] for p in atlas.page_ids)


@pytest.fixture()
def shipped_qm(tmp_path_factory, monkeypatch):
    """The shipped catalogues (resources/i18n/*.ts) compiled into a temporary folder, read by the plugin."""
    from tailings_qgis_plugin import i18n
    from tailings_qgis_plugin.paths import resource

    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    assert lrelease, "lrelease (qttools5-dev-tools, in scripts/bootstrap.sh) is needed"
    folder = tmp_path_factory.mktemp("qm")
    for code in ("ru", "kk"):
        ts = resource("i18n", f"tailings_{code}.ts")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(folder / f"tailings_{code}.qm")], check=True)
    monkeypatch.setattr(i18n, "qm_path", lambda code: folder / f"tailings_{code}.qm")
    return folder


def _pdf_text(path) -> str:
    assert shutil.which("pdftotext"), "pdftotext (poppler-utils, in scripts/bootstrap.sh) is needed"
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return text


@pytest.mark.parametrize("language", ["en", "ru", "kk"])
def test_pdf_names_receptor_first_facility_and_assumptions(sources, tmp_path, language, shipped_qm):
    import processing

    summary, pairs, facilities = sources
    res = processing.run(
        ExportReceptorMapsAlgorithm(),
        {
            "RECEPTORS": summary,
            "PAIRS": pairs,
            "FACILITIES": facilities,
            "LANGUAGE": ["en", "ru", "kk"].index(language),
            "FORMAT": 1,
            "DPI": 50,
            "OUTPUT_FOLDER": str(tmp_path),
        },
        feedback=QgsProcessingFeedback(),
    )
    pdf = tmp_path / "receptors.pdf"
    assert res["FILES"] == str(pdf) and pdf.is_file()
    mapped = _with_facilities(summary)
    assert res["PAGES"] == len(mapped)
    text = _pdf_text(pdf)
    assert text.count("\f") == len(mapped)  # one A4 page per receptor
    flat = " ".join(unicodedata.normalize("NFKC", text).split())
    assert "[%" not in flat
    names = {f["facility_id"]: f["name"] for f in facilities.getFeatures()}
    # a receptor named after a sample settlement is named in the page language where the sample has it;
    # the sample has no name_kk, and Kazakh pages fall back on name_ru (Cyrillic, read by every Kazakh reader)
    shown = {"Pavlodar": "Павлодар", "Omsk": "Омск"} if language in ("ru", "kk") else {}
    for s in summary.getFeatures():
        if s["receptor_id"] in mapped:
            assert shown.get(s["receptor_id"], s["receptor_id"]) in flat
            assert names[s["first_facility_id"]][:20] in flat
    if language == "en":
        assert "Facilities upstream of Pavlodar" in flat
        assert "Velocity of the release: 1.0 m/s, constant" in flat
    elif language == "ru":
        assert "Объекты выше по течению от пункта Павлодар" in flat and "пункта Pavlodar" not in flat
        assert "сут (" in flat  # arrival after 48 h in days
    else:
        assert "Pavlodar" in flat and "Facilities upstream of" not in flat


def test_a3_one_page_per_receptor(sources, tmp_path):
    import processing

    summary, pairs, facilities = sources
    res = processing.run(
        ExportReceptorMapsAlgorithm(),
        {
            "RECEPTORS": summary,
            "PAIRS": pairs,
            "FACILITIES": facilities,
            "LANGUAGE": 0,
            "PAGE_SIZE": 1,
            "FORMAT": 0,
            "DPI": 30,
            "OUTPUT_FOLDER": str(tmp_path),
        },
        feedback=QgsProcessingFeedback(),
    )
    files = res["FILES"].split(";")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(f"{r}.pdf" for r in _with_facilities(summary))
    for path in files:
        assert _pdf_text(path).count("\f") == 1


def test_wrong_layers_give_a_clear_error(sources, tmp_path):
    """The border-watch-like layer given as PAIRS (no receptor_id): an error naming the field, no file."""
    import processing

    summary, _pairs, facilities = sources
    lines = QgsVectorLayer("LineString?crs=EPSG:4326&field=facility_id:string", "lines", "memory")
    with pytest.raises(QgsProcessingException, match="receptor_id"):
        processing.run(
            ExportReceptorMapsAlgorithm(),
            {"RECEPTORS": summary, "PAIRS": lines, "FACILITIES": facilities, "OUTPUT_FOLDER": str(tmp_path)},
            feedback=QgsProcessingFeedback(),
        )
    assert not list(tmp_path.iterdir())


def test_title_names_the_receptor():
    assert receptor_title("Omsk") == "Facilities upstream of Omsk"
