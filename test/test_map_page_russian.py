"""Russian and Kazakh map pages, as printed: no English word in the PDF's text, numbers written the
Russian/Kazakh way.

The compiled translations are installed (as in test_dock_russian.py); the panel analyses Leninogorsk
(KZ-ICMM06877) on the sample data, then tailings:exportimpactmaps writes its page with LANGUAGE = Русский
and with LANGUAGE = Қазақша (PDF), and the text pdftotext reads from each is scanned for Latin words.
Allowed: codes and units, the names of the data sources, and proper nouns the data has no translation
for, each read from the sample layers: the facility's name (the sample's facilities have no name_ru or
name_kk), operator and record, settlement names without a Russian name, lake names (the lakes layer has
no Russian or Kazakh names). Country, region and commodity names are NOT allowed: the page translates them
(core/value_labels.py). The overview map is a picture: its country labels are checked through their
label expression.
"""

from __future__ import annotations

import re
import shutil
import subprocess

import pytest
from qgis.core import QgsProject
from test_dock_russian import panel  # noqa: F401 - the Russian panel fixture

from conftest import SAMPLE_GPKG, run_alg, wait_for
from tailings_qgis_plugin.gui.alg_launcher import algorithm
from tailings_qgis_plugin.gui.run_settings import remember_snap_distance

pytestmark = pytest.mark.skipif(not SAMPLE_GPKG.is_file(), reason="sample GeoPackage not built")

FACILITY = "KZ-ICMM06877"
L = "A-Za-zÀ-ɏ"  # Latin letters, accented ones included (Köli)
LATIN_WORD = re.compile(rf"[{L}][{L}'-]*[{L}]|[{L}]")
#: codes, abbreviations and units a Russian page keeps
ALLOWED = {"THI", "GISTM", "ICMM", "UNECE", "PDF", "QGIS", "ID", "KAZ", "RUS", "PGA", "WGK", "Mm3"}
#: proper names of the data sources and of the plugin in the sources line, and a citation
ALLOWED |= {
    "Natural",
    "Earth",
    "GeoNames",
    "HydroSHEDS",
    "WaterHydro-Kazakhstan",
    "Tailings",
    "downstream-impact",
}
ALLOWED |= {"Global", "Mining", "Dataset"}  # "ICMM Global Mining Dataset 2025", the registry's source
ALLOWED |= {"WaterHydroKazakhstan"}  # the same dataset name, its hyphen taken as a line break by pdftotext
ALLOWED |= {"Lehner", "et", "al"}
#: data fields whose values the page shows translated, so their Latin words are NOT allowed: the facility
#: name (name_ru), the region and the commodities (core/value_labels.py), the country names
TRANSLATED_FIELDS = {"name", "region", "commodity", "secondary_commodity"}


def _latin(value) -> set:
    return set(LATIN_WORD.findall(str(value or "")))


def _run_outputs() -> dict:
    """The panel run's PATHWAYS, EXPOSED and CROSSINGS layers, by their fields."""
    outputs = {}
    for layer in QgsProject.instance().mapLayers().values():
        names = set(layer.fields().names())
        if {"arrival_from_h", "seq"} <= names:
            outputs["PATHWAYS"] = layer
        elif "offset_m" in names:
            outputs["EXPOSED"] = layer
        elif {"from_country", "to_country"} <= names and "facility_id" in names:
            outputs["CROSSINGS"] = layer
    return outputs


def _data_words(layers) -> set:
    """Latin words that are data values without a translation in the data (proper nouns): allowed."""
    allowed = set()
    facility = [f for f in layers["facilities"].getFeatures() if f["facility_id"] == FACILITY][0]
    for name, value in zip(facility.fields().names(), facility.attributes()):
        if isinstance(value, str) and name not in TRANSLATED_FIELDS:
            allowed |= _latin(value)  # operator, source, ids, notes: as the registry has them
    if not facility["name_ru"]:  # no Russian (or Kazakh) name in the data: the page keeps the original
        allowed |= _latin(facility["name"])
    for f in layers["settlements"].getFeatures():
        if not f["name_ru"]:
            allowed |= _latin(f["name"])
    for f in layers["countries"].getFeatures():
        allowed |= {w for w in _latin(f.attributes()) if w.isupper() and len(w) == 3}  # ISO codes
    for f in layers["lakes"].getFeatures():  # the lakes layer has no Russian or Kazakh names
        allowed |= _latin(f["name"])
    return allowed


def test_russian_map_page_has_no_english(panel, tmp_path):  # noqa: F811
    if shutil.which("pdftotext") is None:
        pytest.fail("pdftotext is needed (poppler-utils, in scripts/bootstrap.sh)")
    dock, layers = panel
    dock.ui.searchEdit.setText("Лениногорск")
    assert dock.model.rowCount() == 1
    dock.ui.facilityList.setCurrentIndex(dock.model.index(0, 0))
    remember_snap_distance(algorithm("tailings:downstreamimpact"), 70000.0)
    assert dock.run_downstream() == "task"
    assert wait_for(lambda: not dock.launcher.running)
    outputs = _run_outputs()
    assert set(outputs) == {"PATHWAYS", "EXPOSED", "CROSSINGS"}, outputs
    texts, layout_texts = {}, {}
    for language, index in (("ru", 1), ("kk", 2)):
        result = run_alg(
            "tailings:exportimpactmaps",
            {
                "FACILITIES": layers["facilities"],
                **outputs,
                "SETTLEMENTS": layers["settlements"],
                "FACILITY_IDS": FACILITY,
                "LANGUAGE": index,  # Русский, Қазақша
                "FORMAT": 0,  # one PDF per facility
                "DPI": 30,
                "OUTPUT_FOLDER": str(tmp_path / f"maps_{language}"),
            },
        )
        assert result["PAGES"] == 1
        (pdf,) = [f for f in str(result["FILES"]).split(";") if f]
        text = subprocess.run(["pdftotext", pdf, "-"], capture_output=True, text=True, check=True).stdout
        layout_texts[language] = subprocess.run(
            ["pdftotext", "-layout", pdf, "-"], capture_output=True, text=True, check=True
        ).stdout
        texts[language] = re.sub(r"(\w)-\n(\w)", r"\1-\2", text)  # a word broken at a hyphen, joined
    assert "Условные обозначения" in texts["ru"] or "Легенда" in texts["ru"], texts["ru"][:2000]
    assert "Шартты белгілер" in texts["kk"], texts["kk"][:2000]
    for language, text in layout_texts.items():
        # numbers as a Russian or Kazakh reader writes them: "1 940 329", "0,6"; never "1,940,329" or "0.6"
        assert not re.search(r"\d,\d{3}(?!\d)", text), language + ": English thousands separator"
        rows = [  # the table rows (a map label of the same name has no number beside it)
            line
            for line in text.splitlines()
            if re.match(r"\s*(Риддер|Усть-Каменогорск)\s+(Казахстан|Қазақстан)\s+\d", line)
        ]
        assert len(rows) == 2, text
        for row in rows:
            assert re.search(r"\d,\d", row) and not re.search(r"\d\.\d", row), row
        assert re.search(r"1\s940\s329", text), text[:800]  # the people exposed, grouped by spaces
    allowed = _data_words(layers)
    for language, text in texts.items():
        assert re.search("[а-яА-Я]{4}", text), text[:500]
        found = sorted({w for w in LATIN_WORD.findall(text) if w not in ALLOWED and w not in allowed})
        lines = [
            line.strip() for line in text.splitlines() if any(re.search(rf"\b{w}\b", line) for w in found)
        ]
        assert not found, language + ": " + " ".join(found) + "\n" + "\n".join(lines[:40])


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_country_labels_are_translated(russian, sample_layer, language):
    """The overview map is drawn as a picture (no text to scan): its country labels are checked here.
    Every country of the sample layer is labelled in Cyrillic on a Russian or Kazakh page."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    from tailings_qgis_plugin import i18n
    from tailings_qgis_plugin.maps.atlas_text import country_label_expression

    countries = sample_layer("countries")
    with i18n.language(language):
        expression = QgsExpression(country_label_expression("name"))
        labels = {}
        for feature in countries.getFeatures():
            context = QgsExpressionContext()
            context.appendScope(QgsExpressionContextUtils.layerScope(countries))
            context.setFeature(feature)
            labels[feature["name"]] = expression.evaluate(context)
    assert not expression.hasEvalError(), expression.evalErrorString()
    assert len(labels) > 10
    latin = {name: label for name, label in labels.items() if LATIN_WORD.search(str(label))}
    assert not latin, latin
    assert labels["Kazakhstan"] == ("КАЗАХСТАН" if language == "ru" else "ҚАЗАҚСТАН")
