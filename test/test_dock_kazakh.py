"""The panel in Kazakh, as a Kazakh-speaking user sees it: no English word in what is shown.

The same scan as test_dock_russian.py with the Kazakh translation. The compiled Kazakh translation is installed (lrelease into a temporary folder), the panel opens on the
sample project, Leninogorsk is found by its Russian spelling and analysed; then every text the panel
shows (card, list headers, status, buttons, profile, snap offer, comparison headers) is scanned for Latin
words. Data values may stay Latin (facility names, ids, layer names): they are taken from the data and
listed as allowed.
"""

from __future__ import annotations

import re
import shutil
import time

import pytest
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication, Qt

from conftest import SAMPLE_GPKG
from tailings_qgis_plugin import i18n
from tailings_qgis_plugin.gui.alg_launcher import algorithm
from tailings_qgis_plugin.gui.run_settings import remember_snap_distance

pytestmark = pytest.mark.skipif(not SAMPLE_GPKG.is_file(), reason="sample GeoPackage not built")

LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{2,}")
#: codes and abbreviations a Russian text keeps (standards, formats, units of the standards)
ALLOWED = {"THI", "GISTM", "ICMM", "WGK", "CSV", "PDF", "PNG", "QGIS", "UNECE", "ID", "PAR", "Mm3"}
#: algorithm ids in tooltips ("… (tailings:downstreamimpact)")
ALLOWED |= {"tailings", "downstreamimpact", "exportimpactmaps"}


def _wait(condition, seconds=120):
    deadline = time.time() + seconds
    while not condition() and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    return condition()


@pytest.fixture()
def kazakh(tmp_path, monkeypatch):
    if shutil.which("lrelease") is None and shutil.which("lrelease-qt5") is None:
        pytest.fail("lrelease is needed (qttools5-dev-tools, in scripts/bootstrap.sh)")
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "i18n_tool", Path(__file__).parents[1] / "scripts" / "i18n.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    for ts in tool.I18N.glob("*.ts"):
        shutil.copy2(ts, tmp_path / ts.name)
    tool.compile_all(tmp_path)
    monkeypatch.setattr(i18n, "qm_path", lambda language: tmp_path / f"tailings_{language}.qm")
    assert i18n.install_translator("kk") == "kk"
    yield
    i18n.remove_translator()
    i18n.common.set_translate(QCoreApplication.translate)


@pytest.fixture()
def panel(plugin, kazakh, qgis_iface, sample_layer):
    from tailings_qgis_plugin.gui.dock import FacilityDock

    project = QgsProject.instance()
    project.clear()
    layers = {}
    for name in ("countries", "lakes", "rivers", "settlements", "facilities"):
        layers[name] = sample_layer(name)
    project.addMapLayers(list(layers.values()))
    dock = FacilityDock(qgis_iface, qgis_iface.mainWindow())
    dock.open_exported_files = False
    qgis_iface.mainWindow().show()
    dock.show()
    yield dock, layers
    dock.close_panel()
    dock.deleteLater()
    QCoreApplication.processEvents()
    project.clear()


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
    assert _wait(lambda: not dock.launcher.running)
    assert _wait(lambda: dock.profile.figure is not None, 10)

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
