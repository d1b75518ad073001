"""The panel driving the real tailings:downstreamimpact on the sample data, as a user does.

Search "Лениногорск", Analyse (no field edited), see the snap-distance offer, accept it, Analyse
again: styled results in one layer-tree group per run, the downstream summary on the card.
"""

from __future__ import annotations

import re

import pytest
from qgis.core import QgsProject, QgsRuleBasedRenderer
from qgis.PyQt.QtCore import QCoreApplication, Qt

from conftest import SAMPLE_GPKG, clear_project, wait_for
from tailings_qgis_plugin.gui.alg_launcher import algorithm
from tailings_qgis_plugin.gui.dock import FacilityDock
from tailings_qgis_plugin.gui.facility_layers import EXPOSED, SUMMARY, layer_role
from tailings_qgis_plugin.gui.result_layers import GROUP_PROPERTY
from tailings_qgis_plugin.gui.run_settings import remember_snap_distance, remembered

pytestmark = pytest.mark.skipif(not SAMPLE_GPKG.is_file(), reason="sample GeoPackage not built")


def _groups():
    return [g for g in QgsProject.instance().layerTreeRoot().findGroups() if g.customProperty(GROUP_PROPERTY)]


def _summary_of(facility_id):
    for layer in QgsProject.instance().mapLayers().values():
        if layer_role(layer) == SUMMARY:
            for f in layer.getFeatures():
                if f["facility_id"] == facility_id:
                    return f
    return None


def test_search_analyse_twice_with_the_snap_offer(panel, sample_project):
    facilities = sample_project["facilities"]
    assert panel.layer is facilities  # chosen by role
    panel.ui.searchEdit.setText("Лениногорск")
    assert panel.model.rowCount() == 1
    panel.ui.facilityList.setCurrentIndex(panel.model.index(0, 0))
    assert "Leninogorsk" in panel.ui.cardBrowser.toPlainText()

    # the project remembers a snap distance of 5 km from an earlier run (the default, 100 km, reaches the
    # river from every sample site): the first run leaves Leninogorsk (62.7 km from the rivers) unsnapped
    remember_snap_distance(algorithm("tailings:downstreamimpact"), 5000.0)
    # first run: nothing edited; the inputs are the project's layers by role, outputs new temporary layers
    assert panel.run_downstream() == "task"
    assert panel.launcher.params["SNAP_DISTANCE"] == 5000.0
    params = panel.launcher.params
    assert params["RIVERS"] == sample_project["rivers"].id()
    assert params["SETTLEMENTS"] == sample_project["settlements"].id()
    assert params["COUNTRIES"] == sample_project["countries"].id()
    assert params["LAKES"] == sample_project["lakes"].id()
    assert wait_for(lambda: not panel.launcher.running)
    QCoreApplication.processEvents()
    assert len(_groups()) == 1
    summary = _summary_of("KZ-ICMM06877")
    assert summary is not None and not summary["snapped"]
    nearest_km = summary["snap_distance_m"] / 1000.0
    assert nearest_km > 5  # farther than the default snap distance
    # the panel says how far the river is and offers a distance that reaches it
    assert panel.snap_hint.isVisibleTo(panel)
    assert panel.snap_hint.proposed_m > summary["snap_distance_m"]
    assert f"{nearest_km:.1f}" in panel.snap_hint.label.text()

    # second run through the offer: same panel, no field edited, outputs again new layers
    assert panel.snap_hint.button.isEnabled()
    panel.snap_hint.button.click()
    assert panel.launcher.running or _groups()
    assert wait_for(lambda: not panel.launcher.running)
    QCoreApplication.processEvents()
    assert len(_groups()) == 2  # one group per run
    assert remembered("tailings:downstreamimpact")["SNAP_DISTANCE"] == panel.snap_hint.proposed_m
    assert not panel.snap_hint.isVisibleTo(panel)
    newest = _groups()[0]
    layers = [node.layer() for node in newest.findLayers()]
    assert len(layers) == 4
    exposed = [lyr for lyr in layers if layer_role(lyr) == EXPOSED][0]
    assert exposed.featureCount() > 0
    for layer in layers:
        if layer_role(layer) != SUMMARY:
            assert isinstance(layer.renderer(), QgsRuleBasedRenderer) or layer.labelsEnabled()
    pathways = [lyr for lyr in layers if "arrival_from_h" in lyr.fields().names()][0]
    labels = [r.label() for r in pathways.renderer().rootRule().children()]
    assert "6–24 h" in labels and "24–72 h" in labels
    text = panel.ui.cardBrowser.toPlainText()
    crossing = [f for f in [lyr for lyr in layers if layer_role(lyr) == "crossings"][0].getFeatures()]
    russia = [f for f in crossing if f["to_country"] == "Russia"][0]
    days = russia["arrival_h"] / 24.0
    assert re.search(
        r"Enters Russia after \d+ h \(" + re.escape(f"{days:.1f}".rstrip("0").rstrip(".")) + " days\\)",
        text,
    )

    # the profile: every exposed place with an arrival is drawn at its distance and arrival
    profile = panel.profile
    assert wait_for(lambda: profile.figure is not None, 10)
    assert profile.isVisible()
    rows = [
        f for f in exposed.getFeatures() if f["facility_id"] == "KZ-ICMM06877" and f["arrival_h"] is not None
    ]
    settlements = [f for f in rows if f["kind"] == "settlement"]
    offsets = profile.figure.tailings_scatter.get_offsets()
    assert len(offsets) == len(settlements)
    assert sorted(round(float(x), 6) for x, _y in offsets) == sorted(
        round(f["dist_km"], 6) for f in settlements
    )
    # hovering a settlement of the chart names it
    from matplotlib.backend_bases import MouseEvent

    figure = profile.figure
    x, y = figure.tailings_scatter.get_offsets()[0]
    px, py = figure.tailings_axes.transData.transform((x, y))
    profile._hover(MouseEvent("motion_notify_event", profile.canvas, px, py))
    assert figure.tailings_places[0]["name"] in profile.hoverLabel.text()
    within = [f for f in rows if f["arrival_h"] <= 24]
    assert f"Within 24 h: {len(within)} place" in profile.summaryLabel.text()
    profile.hoursSpin.setValue(24)
    assert len(profile.figure.tailings_places) == len([f for f in settlements if f["arrival_h"] <= 24])
    # a click on a place selects it on the map
    place = profile.figure.tailings_places[0] if profile.figure.tailings_places else None
    if place is not None:
        profile.placeClicked.emit(place)
        assert [exposed.getFeature(i)["name"] for i in exposed.selectedFeatureIds()] == [place["name"]]
        assert place["name"] in profile.describe(place)
    profile.hoursSpin.setValue(0)

    # a third run uses the remembered snap distance at once
    assert panel.run_downstream() == "task"
    assert panel.launcher.params["SNAP_DISTANCE"] == panel.snap_hint.proposed_m
    assert wait_for(lambda: not panel.launcher.running)


def test_zoom_frames_the_whole_pathway(panel, sample_project, qgis_iface):
    panel.show_facility_id("KZ-ICMM06877")
    remember_snap_distance(algorithm("tailings:downstreamimpact"), 70000.0)
    assert panel.run_downstream() == "task"
    assert wait_for(lambda: not panel.launcher.running)
    QCoreApplication.processEvents()
    pathways = [
        lyr for lyr in QgsProject.instance().mapLayers().values() if "arrival_from_h" in lyr.fields().names()
    ]
    assert len(pathways) == 1
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(pathways[0].crs())
    panel.zoom_to_facility()
    extent = canvas.extent()
    for feature in pathways[0].getFeatures():
        box = feature.geometry().boundingBox()
        assert extent.contains(box), (extent.toString(), box.toString())


def test_comparison_of_all_81_facilities(panel, sample_project, tmp_path):
    import csv

    import processing

    layers = sample_project
    result = processing.run(
        "tailings:downstreamimpact",
        {
            "FACILITIES": layers["facilities"],
            "FACILITY_ID_FIELD": "facility_id",
            "RIVERS": layers["rivers"],
            "LAKES": layers["lakes"],
            "SETTLEMENTS": layers["settlements"],
            "SETTLEMENT_NAME_FIELD": "name",
            "POPULATION_FIELD": "population",
            "COUNTRIES": layers["countries"],
            "COUNTRY_FIELD": "name",
            "SNAP_DISTANCE": 70000,
            "PATHWAYS": "memory:",
            "EXPOSED": "memory:",
            "CROSSINGS": "memory:",
            "SUMMARY": "memory:",
        },
    )
    summary, crossings = result["SUMMARY"], result["CROSSINGS"]
    QgsProject.instance().addMapLayers([summary, crossings])
    dialog = panel.open_comparison()
    try:
        assert dialog.model.rowCount() == 81
        # sorted by population within 24 h, largest first (missing last), as the SUMMARY layer says
        dialog.table.sortByColumn(3, Qt.DescendingOrder)
        shown = dialog.shown_rows()
        by_id = {f["facility_id"]: f["population_24h"] for f in summary.getFeatures()}
        values = [by_id.get(r.facility_id) for r in shown]
        known = [v for v in values if v is not None]
        assert known == sorted(known, reverse=True) and values[: len(known)] == known
        assert known  # some facility reaches people within 24 h
        # "reaches Russia within 7 days", from the crossings written by the algorithm
        expected = {
            f["facility_id"]
            for f in crossings.getFeatures()
            if f["to_country"] == "Russia" and f["arrival_h"] is not None and f["arrival_h"] <= 168
        }
        assert expected  # the Irtysh and Ishim sites reach Russia within a week
        dialog.set_filter("Russia", 7)
        assert {r.facility_id for r in dialog.shown_rows()} == expected
        assert "of 81 facilities" in dialog.countLabel.text()
        path = dialog.write_csv(tmp_path / "compare.csv")
        with open(path, encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert {r["facility_id"] for r in rows} == expected
        # a double click opens the facility's card
        if dialog.proxy.rowCount():
            dialog.table.doubleClicked.emit(dialog.proxy.index(0, 0))
            first = dialog.shown_rows()[0]
            assert panel.current_fid == first.fid
    finally:
        dialog.close()


def test_sample_project_analyse_twice_and_export_a_map_page(plugin, qgis_iface, tmp_path):
    """From the shipped sample project: search, Analyse, accept the snap offer (second run), export the
    map page of the facility; no field edited."""
    import shutil

    from conftest import ROOT

    for name in ("kazakhstan.qgz", "kazakhstan.gpkg"):
        shutil.copy2(ROOT / "resources" / "sample_data" / name, tmp_path / name)
    project = QgsProject.instance()
    clear_project(project)
    assert project.read(str(tmp_path / "kazakhstan.qgz"))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert all(layer.isValid() for layer in layers.values())
    assert isinstance(layers["Settlements"].renderer(), QgsRuleBasedRenderer)  # opens styled
    assert layers["Facilities"].labelsEnabled()
    extent = project.viewSettings().defaultViewExtent()
    assert extent.width() > 0 and extent.crs() == project.crs()
    dock = FacilityDock(qgis_iface, qgis_iface.mainWindow())
    dock.open_exported_files = False
    try:
        assert dock.layer is layers["Facilities"]
        dock.ui.searchEdit.setText("Лениногорск")
        dock.ui.facilityList.setCurrentIndex(dock.model.index(0, 0))
        remember_snap_distance(algorithm("tailings:downstreamimpact"), 5000.0)  # an earlier run's choice
        assert dock.run_downstream() == "task"
        assert wait_for(lambda: not dock.launcher.running)
        QCoreApplication.processEvents()
        assert dock.snap_hint.isVisibleTo(dock)
        dock.snap_hint.button.click()
        assert wait_for(lambda: not dock.launcher.running)
        QCoreApplication.processEvents()
        assert "Enters Russia after" in dock.ui.cardBrowser.toPlainText()
        assert len(_groups()) == 2
        # the map page: inputs are the newest run's outputs and the sample's own settlements
        params = dock.run_parameters("tailings:exportimpactmaps")
        assert params["SETTLEMENTS"] == layers["Settlements"].id()
        newest = [node.layer() for node in _groups()[0].findLayers()]
        assert params["PATHWAYS"] in {lyr.id() for lyr in newest}
        assert dock.export_map_page() == "main"  # print layouts run on the main thread
        assert dock.last_export_files, dock.ui.statusLabel.text()
        written = dock.last_export_files[0]
        assert written.startswith(str(tmp_path)) and open(written, "rb").read(4) in (b"%PDF", b"\x89PNG")
    finally:
        dock.close_panel()
        dock.deleteLater()
        QCoreApplication.processEvents()
        clear_project(project)


def test_open_sample_data_is_styled_and_framed_on_kazakhstan(plugin, qgis_iface):
    from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsPointXY

    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(QgsCoordinateReferenceSystem("EPSG:3857"))
    layers = plugin.open_sample_data()
    try:
        by_source = {layer.source().split("layername=")[-1]: layer for layer in layers}
        assert isinstance(by_source["settlements"].renderer(), QgsRuleBasedRenderer)  # population classes
        assert by_source["facilities"].labelsEnabled()
        extent = canvas.extent()
        to_map = QgsCoordinateTransform(
            QgsCoordinateReferenceSystem("EPSG:4326"),
            canvas.mapSettings().destinationCrs(),
            QgsProject.instance(),
        )
        for lon, lat in ((71.4, 51.2), (76.9, 43.2), (51.4, 51.2)):  # Astana, Almaty, Oral
            assert extent.contains(to_map.transform(QgsPointXY(lon, lat)))
        centre = to_map.transform(QgsPointXY(66.75, 48.0))  # the middle of the Kazakhstan box
        assert abs(extent.center().x() - centre.x()) < 0.05 * extent.width()
        assert abs(extent.center().y() - centre.y()) < 0.05 * extent.height()  # not centred on Russia
    finally:
        QgsProject.instance().removeMapLayers([layer.id() for layer in layers])
