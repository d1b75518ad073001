"""The "within N hours" filter of the panel also filters the map: the run's exposed places and pathways.

The panel runs the real tailings:downstreamimpact on the sample data (Leninogorsk, as a user does); the
arrivals are read from the layers before any filter, N is chosen between two of them, and the layers the
map draws then hold exactly the places / pathway pieces reached within N h; clearing N restores them.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProject

from conftest import SAMPLE_GPKG, wait_for
from tailings_qgis_plugin.gui.alg_launcher import algorithm
from tailings_qgis_plugin.gui.hours_filter import ORIGINAL_SUBSET, run_layers
from tailings_qgis_plugin.gui.run_settings import remember_snap_distance

pytestmark = pytest.mark.skipif(not SAMPLE_GPKG.is_file(), reason="sample GeoPackage not built")


def _run(dock):
    assert dock.run_downstream() == "task"
    assert wait_for(lambda: not dock.launcher.running)


def _layer(field, marker):
    found = [lyr for lyr in run_layers() if {field, marker} <= set(lyr.fields().names())]
    assert found, [lyr.name() for lyr in QgsProject.instance().mapLayers().values()]
    return found


def _values(layer, field):
    return sorted(f[field] for f in layer.getFeatures() if f[field] is not None)


def test_hours_filter_applies_to_the_run_layers(panel):
    dock = panel
    dock.ui.searchEdit.setText("Лениногорск")
    assert dock.model.rowCount() == 1
    dock.ui.facilityList.setCurrentIndex(dock.model.index(0, 0))
    remember_snap_distance(algorithm("tailings:downstreamimpact"), 70000.0)
    _run(dock)
    exposed = _layer("arrival_h", "offset_m")[0]
    pathways = _layer("arrival_from_h", "seq")[0]
    places_all = exposed.featureCount()
    pieces_all = pathways.featureCount()
    arrivals = _values(exposed, "arrival_h")
    assert len(arrivals) >= 2 and arrivals[0] < arrivals[-1], arrivals
    # N between the earliest and the latest arrival: some places in, some out
    hours = next(int(a) + 1 for a in arrivals if int(a) + 1 < arrivals[-1])
    expected_places = [a for a in arrivals if a <= hours]
    expected_pieces = [a for a in _values(pathways, "arrival_from_h") if a <= hours]
    assert 0 < len(expected_places) < places_all

    dock.profile.hoursSpin.setValue(hours)
    assert _values(exposed, "arrival_h") == expected_places
    assert exposed.featureCount() == len(expected_places)
    assert _values(pathways, "arrival_from_h") == expected_pieces
    assert pathways.featureCount() == len(expected_pieces) < pieces_all
    # the chart and the map agree
    assert len(dock.profile.figure.tailings_places) == len(expected_places)

    # a second run while N is set is filtered on arrival as well
    _run(dock)
    exposed_layers = _layer("arrival_h", "offset_m")
    assert len(exposed_layers) == 2
    for layer in exposed_layers:
        assert _values(layer, "arrival_h") == expected_places

    # N cleared: everything is back, the original subset string (none) restored
    dock.profile.hoursSpin.setValue(0)
    for layer in exposed_layers:
        assert layer.featureCount() == places_all
        assert layer.subsetString() == ""
        assert layer.customProperty(ORIGINAL_SUBSET) is None
    assert pathways.featureCount() == pieces_all and pathways.subsetString() == ""


def test_hours_filter_keeps_the_layer_own_subset(panel):
    dock = panel
    dock.ui.searchEdit.setText("Лениногорск")
    dock.ui.facilityList.setCurrentIndex(dock.model.index(0, 0))
    remember_snap_distance(algorithm("tailings:downstreamimpact"), 70000.0)
    _run(dock)
    exposed = _layer("arrival_h", "offset_m")[0]
    arrivals = _values(exposed, "arrival_h")
    cut = arrivals[len(arrivals) // 2]
    own = f'"arrival_h" >= {cut!r}'
    assert exposed.setSubsetString(own)
    kept = _values(exposed, "arrival_h")
    dock.profile.hoursSpin.setValue(int(arrivals[-1]) + 1)
    assert _values(exposed, "arrival_h") == kept  # N above every arrival: the user's own filter only
    dock.profile.hoursSpin.setValue(int(cut))
    assert _values(exposed, "arrival_h") == [a for a in kept if a <= int(cut)]
    dock.profile.hoursSpin.setValue(0)
    assert exposed.subsetString() == own
    assert _values(exposed, "arrival_h") == kept
