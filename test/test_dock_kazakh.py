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
from panel_scan import analyse_leninogorsk, data_words, english_words, exposed_layer, lines_with, panel_texts

from conftest import SAMPLE_GPKG

pytestmark = pytest.mark.skipif(not SAMPLE_GPKG.is_file(), reason="sample GeoPackage not built")


@pytest.fixture()
def panel(kazakh, panel, sample_project):
    """The panel (conftest) built after the Kazakh translation is installed, and the sample layers."""
    return panel, sample_project


def test_kazakh_panel_shows_no_english(panel):
    dock, layers = panel
    card = analyse_leninogorsk(dock)
    # the downstream answer is on the card, in Kazakh (the crossing into Russia with hours and days)
    assert re.search(r"\d+ сағ", card), card
    # settlement names: from name_kk when the settlement layer has it; without it (the sample data) the
    # panel keeps the original names (maps.names.local_name_field), which are data and allowed below
    exposed = exposed_layer()
    originals = {f["name"] for f in exposed.getFeatures()}
    local = "name_kk" if "name_kk" in layers["settlements"].fields().names() else "name"
    local_names = {
        f[local] for f in layers["settlements"].getFeatures() if f["name"] in originals and f[local]
    }
    assert any(name in card for name in local_names), (local, card)

    texts = panel_texts(dock, card)
    found = english_words("\n".join(str(t) for t in texts), data_words(layers, exposed, local))
    assert not found, (found, lines_with(texts, found))
