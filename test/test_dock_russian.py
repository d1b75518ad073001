"""The panel in Russian, as a Russian-speaking user sees it: no English word in what is shown.

The compiled Russian translation is installed (lrelease into a temporary folder), the panel opens on the
sample project, Leninogorsk is found by its Russian spelling and analysed; then every text the panel
shows (card, list headers, status, buttons, profile, snap offer, comparison headers) is scanned for Latin
words. Data values may stay Latin (facility names, ids, layer names): they are taken from the data and
listed as allowed.
"""

from __future__ import annotations

import re

import pytest
from panel_scan import analyse_leninogorsk, data_words, english_words, exposed_layer, lines_with, panel_texts

from conftest import SAMPLE_GPKG

pytestmark = pytest.mark.skipif(not SAMPLE_GPKG.is_file(), reason="sample GeoPackage not built")


@pytest.fixture()
def panel(russian, panel, sample_project):
    """The panel (conftest) built after the Russian translation is installed, and the sample layers."""
    return panel, sample_project


def test_russian_panel_shows_no_english(panel):
    dock, layers = panel
    card = analyse_leninogorsk(dock)
    assert re.search(r"Достигает страны «Россия» через \d+ ч \(\d+(,\d)? сут\.\)", card), card
    assert "Оценки" in card or "оцен" in card.lower()
    # settlement names from name_ru (the exposed layer holds the original names)
    exposed = exposed_layer()
    originals = {f["name"] for f in exposed.getFeatures()}
    russian_names = {
        f["name_ru"] for f in layers["settlements"].getFeatures() if f["name"] in originals and f["name_ru"]
    }
    assert any(name in card for name in russian_names)

    texts = panel_texts(dock, card)
    found = english_words("\n".join(str(t) for t in texts), data_words(layers, exposed, "name_ru"))
    assert not found, (found, lines_with(texts, found))
