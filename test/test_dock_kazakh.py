"""The panel in Kazakh, as a Kazakh-speaking user sees it: no English word in what is shown.

The same scan as test_dock_russian.py with the Kazakh translation. The compiled Kazakh translation is installed (lrelease into a temporary folder), the panel opens on the
sample project, Leninogorsk is found by its Russian spelling and analysed; then every text the panel
shows (card, list headers, status, buttons, profile, snap offer, comparison headers) is scanned for Latin
words. Data values may stay Latin (facility names, ids, layer names): they are taken from the data and
listed as allowed.
"""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from conftest import SAMPLE_GPKG, wait_for
from tailings_qgis_plugin.gui.alg_launcher import algorithm
from tailings_qgis_plugin.gui.run_settings import remember_snap_distance

pytestmark = pytest.mark.skipif(not SAMPLE_GPKG.is_file(), reason="sample GeoPackage not built")

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
#: codes and abbreviations a Russian text keeps (standards, formats, units of the standards)
ALLOWED = {"THI", "GISTM", "ICMM", "WGK", "CSV", "PDF", "PNG", "QGIS", "UNECE", "ID", "PAR", "Mm3"}
#: algorithm ids in tooltips ("… (tailings:downstreamimpact)")
ALLOWED |= {"tailings", "downstreamimpact", "exportimpactmaps"}


@pytest.fixture()
def panel(kazakh, panel, sample_project):
    """The panel (conftest) built after the Kazakh translation is installed, and the sample layers."""
    return panel, sample_project


def _english_words(text: str, allowed: set) -> list:
    # Kazakh joins its suffixes to a code with a hyphen ("CSV-ге"): the code is the word
    words = {w.strip("-'") for w in LATIN_WORD.findall(text)}
    return sorted({w for w in words if w not in allowed and w not in ALLOWED})


def test_kazakh_panel_shows_no_english(panel):
    dock, layers = panel
    dock.ui.searchEdit.setText("Лениногорск")
    assert dock.model.rowCount() == 1
    dock.ui.facilityList.setCurrentIndex(dock.model.index(0, 0))
    remember_snap_distance(algorithm("tailings:downstreamimpact"), 70000.0)
    assert dock.run_downstream() == "task"
    assert wait_for(lambda: not dock.launcher.running)
    assert wait_for(lambda: dock.profile.figure is not None, 10)

    card = dock.ui.cardBrowser.toPlainText()
    # the downstream answer is on the card, in Kazakh (the crossing into Russia with hours and days)
    assert re.search(r"\d+ сағ", card), card
    # settlement names: from name_kk when the settlement layer has it; without it (the sample data) the
    # panel keeps the original names (maps.names.local_name_field), which are data and allowed below
    exposed = [
        lyr for lyr in QgsProject.instance().mapLayers().values() if "offset_m" in lyr.fields().names()
    ][0]
    originals = {f["name"] for f in exposed.getFeatures()}
    local = "name_kk" if "name_kk" in layers["settlements"].fields().names() else "name"
    local_names = {
        f[local] for f in layers["settlements"].getFeatures() if f["name"] in originals and f[local]
    }
    assert any(name in card for name in local_names), (local, card)

    # everything the user reads in the panel
    header = dock.model.headerData
    texts = [
        card,
        dock.ui.statusLabel.text(),
        dock.windowTitle(),
        dock.profile.summaryLabel.text(),
        dock.profile.hoursLabel.text(),
        dock.compareButton.text(),
        *(header(i, Qt.Horizontal) or "" for i in range(dock.model.columnCount())),
        *(
            b.text()
            for b in (dock.ui.zoomButton, dock.ui.pickButton, dock.ui.runButton, dock.ui.exportButton)
        ),
        *(b.toolTip() for b in (dock.ui.runButton, dock.ui.exportButton)),
    ]
    figure = dock.profile.figure
    for axes in figure.axes:
        texts += [axes.get_ylabel(), axes.get_xlabel()]
        texts += [t.get_text() for t in axes.texts]
        legend = axes.get_legend()
        if legend is not None:
            texts += [t.get_text() for t in legend.get_texts()]
    dialog = dock.open_comparison()
    try:
        texts += [dialog.windowTitle(), dialog.countLabel.text(), dialog.csvButton.text()]
        texts += [dialog.model.headerData(i, Qt.Horizontal) for i in range(dialog.model.columnCount())]
        texts += [dialog.countryCombo.itemText(i) for i in range(dialog.countryCombo.count())]
    finally:
        dialog.close()
    # data values: facility names and ids, layer names, settlement names without a Russian name
    allowed = set()
    for value in [f["name"] for f in layers["facilities"].getFeatures()] + [
        lyr.name() for lyr in QgsProject.instance().mapLayers().values()
    ]:
        allowed.update(LATIN_WORD.findall(str(value or "")))
    for f in exposed.getFeatures():
        allowed.update(LATIN_WORD.findall(str(f["name"] or "")))
    # the facility's own attribute values (source notes, other names ...) are data, not interface
    facility = [f for f in layers["facilities"].getFeatures() if f["facility_id"] == "KZ-ICMM06877"][0]
    for value in facility.attributes():
        if isinstance(value, str) and value not in ("zinc", "copper"):  # commodities are translated
            allowed.update(LATIN_WORD.findall(value))
    for f in layers["settlements"].getFeatures():
        if f["name"] in originals and (local == "name" or not f[local]):
            allowed.update(LATIN_WORD.findall(f["name"]))
    found = _english_words("\n".join(str(t) for t in texts), allowed)
    lines = [line for t in texts for line in str(t).splitlines() if any(w in line for w in found)]
    assert not found, (found, lines)
