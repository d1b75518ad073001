"""tailings:exportcrossingmaps: one map page per border crossing with the facilities upstream.

The reference is the output of tailings:borderwatch run on the bundled sample: the pages must be the
outgoing crossings that have facilities, each page's table the borderwatch rows of that crossing in order
of arrival, and the PDF text (pdftotext) must name the river and the first facility.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata

import pytest
from qgis.core import (
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from tailings_qgis_plugin.maps.crossing_atlas import CrossingAtlas, arrival_text
from tailings_qgis_plugin.maps.templates import template_path
from tailings_qgis_plugin.processing_algorithms.alg_border_watch import BorderWatchAlgorithm
from tailings_qgis_plugin.processing_algorithms.alg_export_crossing_maps import ExportCrossingMapsAlgorithm


def _layer(gpkg, name):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


_KEEP = []


@pytest.fixture(scope="module")
def watch(qgis_processing, sample_gpkg):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(
        BorderWatchAlgorithm(),
        {
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
            "COUNTRY": "KAZ",
            "CROSSINGS": 0,
            "RIVER_NAME_FIELD": "watershed",
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    pairs = QgsProcessingUtils.mapLayerFromString(res["OUTPUT"], context)
    summary = QgsProcessingUtils.mapLayerFromString(res["SUMMARY"], context)
    # the layers belong to the context's temporary store: keep it alive with them
    _KEEP.append(context)
    return summary, pairs, _layer(sample_gpkg, "facilities")


def test_arrival_text_hours_then_days():
    assert arrival_text(7.4) == "7 h"
    assert arrival_text(72.0) == "3.0 days (72 h)"
    assert arrival_text(None) == "?"


def test_pages_and_tables_match_borderwatch(watch):
    summary, pairs, facilities = watch
    names = {f["facility_id"]: f["name"] for f in facilities.getFeatures()}
    with_facilities = {
        f["crossing_id"] for f in summary.getFeatures() if f["direction"] == "outgoing" and f["n_facilities"]
    }
    assert with_facilities
    with CrossingAtlas(summary, pairs, template_path("a4"), facilities=facilities, language="en") as atlas:
        assert set(atlas.page_ids) == with_facilities
        assert atlas.layout.atlas().count() == len(with_facilities)
        for s in summary.getFeatures():
            if s["crossing_id"] not in with_facilities:
                continue
            expected = sorted(
                (f for f in pairs.getFeatures() if f["crossing_id"] == s["crossing_id"]),
                key=lambda f: f["rank"],
            )
            rows = atlas.rows[s["crossing_id"]]
            assert len(rows) == s["n_facilities"] == len(expected)
            assert [r["facility_id"] for r in rows] == [f["facility_id"] for f in expected]
            assert [r["name"] for r in rows] == [names[f["facility_id"]] for f in expected]
            assert rows[0]["facility_id"] == s["first_facility_id"]
            assert rows[0]["dist_km"] == pytest.approx(s["first_dist_km"])
            assert rows[0]["arrival_h"] == pytest.approx(s["first_arrival_h"])


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


@pytest.mark.parametrize("language", ["en", "ru"])
def test_pdf_names_river_and_first_facility(watch, tmp_path, language, shipped_qm):
    import processing

    summary, pairs, facilities = watch
    res = processing.run(
        ExportCrossingMapsAlgorithm(),
        {
            "CROSSINGS": summary,
            "PAIRS": pairs,
            "FACILITIES": facilities,
            "LANGUAGE": ["en", "ru", "kk"].index(language),
            "FORMAT": 1,
            "DPI": 60,
            "OUTPUT_FOLDER": str(tmp_path),
        },
        feedback=QgsProcessingFeedback(),
    )
    pdf = tmp_path / "border_crossings.pdf"
    assert res["FILES"] == str(pdf) and pdf.is_file()
    crossings = [f for f in summary.getFeatures() if f["direction"] == "outgoing" and f["n_facilities"]]
    assert res["PAGES"] == len(crossings)
    if shutil.which("pdftotext") is None:  # poppler-utils is in scripts/bootstrap.sh
        pytest.fail("pdftotext (poppler-utils) is needed")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert text.count("\f") >= len(crossings)
    names = {f["facility_id"]: f["name"] for f in facilities.getFeatures()}
    flat = " ".join(unicodedata.normalize("NFKC", text).split())  # NFKC: the PDF's ligatures ("ﬁ")
    for c in crossings:
        assert c["river"] and str(c["river"]) in flat
        assert names[c["first_facility_id"]][:20] in flat
    if language == "ru":
        assert "выход из Казахстана (далее — Россия)" in flat
        assert "сут (" in flat  # arrival after 48 h in days, in Russian
    else:
        assert "leaves Kazakhstan" in flat
        # the footer states the run's velocity, read back from distance / travel time (VELOCITY = 1.0 above)
        assert "Velocity of the release: 1.0 m/s, constant" in flat


def test_a3_has_one_page_per_crossing_and_no_raw_template_text(watch, tmp_path):
    """The A3 template's second (profile) page belongs to a facility: a crossing gets the map page only."""
    import processing

    summary, pairs, facilities = watch
    res = processing.run(
        ExportCrossingMapsAlgorithm(),
        {
            "CROSSINGS": summary,
            "PAIRS": pairs,
            "FACILITIES": facilities,
            "LANGUAGE": 0,
            "PAGE_SIZE": 1,
            "FORMAT": 1,
            "DPI": 40,
            "OUTPUT_FOLDER": str(tmp_path),
        },
        feedback=QgsProcessingFeedback(),
    )
    text = subprocess.run(["pdftotext", res["FILES"], "-"], capture_output=True, text=True, check=True).stdout
    crossings = [f for f in summary.getFeatures() if f["direction"] == "outgoing" and f["n_facilities"]]
    assert text.count("\f") == len(crossings) == res["PAGES"]
    assert "[%" not in text and "leaves Kazakhstan" in text


def test_wrong_layers_give_a_clear_error(watch, tmp_path):
    """The facility layer given as PAIRS (no crossing_id): an error naming the missing fields, no file."""
    import processing
    from qgis.core import QgsProcessingException

    summary, _pairs, facilities = watch
    lines = QgsVectorLayer("LineString?crs=EPSG:4326&field=facility_id:string", "lines", "memory")
    with pytest.raises(QgsProcessingException, match="crossing_id"):
        processing.run(
            ExportCrossingMapsAlgorithm(),
            {"CROSSINGS": summary, "PAIRS": lines, "FACILITIES": facilities, "OUTPUT_FOLDER": str(tmp_path)},
            feedback=QgsProcessingFeedback(),
        )
    assert not list(tmp_path.iterdir())
