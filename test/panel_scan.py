"""What a user reads in the panel, for the scans of the translated panels (test_dock_russian.py,
test_dock_kazakh.py): run Leninogorsk's analysis, collect every text shown, and the Latin words that are
data (facility, layer and settlement names) rather than interface."""

from __future__ import annotations

import re

from qgis.core import QgsProject
from qgis.PyQt.QtCore import Qt

from conftest import wait_for
from tailings_qgis_plugin.gui.alg_launcher import algorithm
from tailings_qgis_plugin.gui.run_settings import remember_snap_distance

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
#: codes and abbreviations a translated text keeps (standards, formats, units of the standards)
ALLOWED = {"THI", "GISTM", "ICMM", "WGK", "CSV", "PDF", "PNG", "QGIS", "UNECE", "ID", "PAR", "Mm3"}
#: algorithm ids in tooltips ("… (tailings:downstreamimpact)")
ALLOWED |= {"tailings", "downstreamimpact", "exportimpactmaps"}


def english_words(text: str, allowed: set) -> list:
    # Kazakh joins its suffixes to a code with a hyphen ("CSV-ге"): the code is the word
    words = {w.strip("-'") for w in LATIN_WORD.findall(text)}
    return sorted({w for w in words if w not in allowed and w not in ALLOWED})


def analyse_leninogorsk(dock) -> str:
    """Find Leninogorsk by its Russian spelling, analyse it (snap distance 70 km, as the panel offers) and
    return the card's text."""
    dock.ui.searchEdit.setText("Лениногорск")
    assert dock.model.rowCount() == 1
    dock.ui.facilityList.setCurrentIndex(dock.model.index(0, 0))
    remember_snap_distance(algorithm("tailings:downstreamimpact"), 70000.0)
    assert dock.run_downstream() == "task"
    assert wait_for(lambda: not dock.launcher.running)
    assert wait_for(lambda: dock.profile.figure is not None, 10)
    return dock.ui.cardBrowser.toPlainText()


def exposed_layer():
    return [lyr for lyr in QgsProject.instance().mapLayers().values() if "offset_m" in lyr.fields().names()][
        0
    ]


def panel_texts(dock, card: str) -> list:
    """Everything the user reads in the panel: card, status, list headers, buttons and tooltips, the
    profile's labels and legend, the comparison dialog."""
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
    for axes in dock.profile.figure.axes:
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
    return texts


def data_words(layers, exposed, local_field: str) -> set:
    """Latin words that are data: facility and layer names, exposed settlement names without a name in
    ``local_field``, and the analysed facility's own attribute values (commodities are translated)."""
    allowed = set()
    for value in [f["name"] for f in layers["facilities"].getFeatures()] + [
        lyr.name() for lyr in QgsProject.instance().mapLayers().values()
    ]:
        allowed.update(LATIN_WORD.findall(str(value or "")))
    for f in exposed.getFeatures():
        allowed.update(LATIN_WORD.findall(str(f["name"] or "")))
    facility = [f for f in layers["facilities"].getFeatures() if f["facility_id"] == "KZ-ICMM06877"][0]
    for value in facility.attributes():
        if isinstance(value, str) and value not in ("zinc", "copper"):
            allowed.update(LATIN_WORD.findall(value))
    originals = {f["name"] for f in exposed.getFeatures()}
    for f in layers["settlements"].getFeatures():
        if f["name"] in originals and (local_field == "name" or not f[local_field]):
            allowed.update(LATIN_WORD.findall(f["name"]))
    return allowed


def lines_with(texts, found) -> list:
    return [line for t in texts for line in str(t).splitlines() if any(w in line for w in found)]
