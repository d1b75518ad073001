"""The panel's reverse view driving the real tailings:upstreamsources on the sample data, as a user does.

Open "Upstream", pick Pavlodar (on the map and from the list), wait for the background run: the facilities
listed are those of the algorithm's own OUTPUT (and of the same algorithm run again through Processing
with the same parameters), ordered by arrival, the earliest named; a click on a row shows that facility
in the panel.
"""

from __future__ import annotations

import time

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from conftest import SAMPLE_GPKG
from tailings_qgis_plugin.gui.facility_layers import SUMMARY, UPSTREAM, layer_role
from tailings_qgis_plugin.gui.run_settings import remembered
from tailings_qgis_plugin.gui.upstream_view import border_marks

pytestmark = pytest.mark.skipif(not SAMPLE_GPKG.is_file(), reason="sample GeoPackage not built")


def _wait(condition, seconds=180):
    deadline = time.time() + seconds
    while not condition() and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    return condition()


def _feature(layer, name):
    return [f for f in layer.getFeatures() if f["name"] == name][0]


def _algorithm_rows(params):
    """tailings:upstreamsources run again, synchronously, with the parameters the view used."""
    import processing

    params = dict(params, OUTPUT="TEMPORARY_OUTPUT")
    params.pop("SUMMARY", None)
    layer = processing.run("tailings:upstreamsources", params)["OUTPUT"]
    return sorted(
        (
            {n: f[n] for n in ("receptor_id", "facility_id", "rank", "arrival_h", "dist_km")}
            for f in layer.getFeatures()
        ),
        key=lambda r: r["rank"],
    )


def test_pick_pavlodar_and_see_the_facilities_upstream(panel, sample_project, qgis_iface):
    settlements, facilities = sample_project["settlements"], sample_project["facilities"]
    assert panel.layer is facilities
    view = panel.open_upstream_view()
    assert view.isVisible()
    assert view.receptor_layer() is settlements  # chosen by role, never the facility layer
    assert view.receptorCombo.findText("Pavlodar") >= 0

    # pick Pavlodar on the map: the nearest receptor to the click, and the run starts at once
    pavlodar = _feature(settlements, "Pavlodar")
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(settlements.crs())
    point = pavlodar.geometry().asPoint()
    layer, fid = view.pick_tool.pick_receptor(QgsPointXY(point.x() + 0.01, point.y()), radius=0.05)
    assert layer is settlements and fid == pavlodar.id()
    view._picked(layer.id(), fid)
    assert view.launcher.running
    assert view.launcher.params["FACILITIES"] == facilities.id()
    assert view.launcher.params["RIVERS"] == sample_project["rivers"].id()
    assert view.launcher.params["RECEPTOR_ID_FIELD"] == "name"
    assert _wait(lambda: not view.launcher.running)
    QCoreApplication.processEvents()

    # the list is the algorithm's OUTPUT, in its order, ordered by arrival
    output = view.output_layer
    assert output is not None and QgsProject.instance().mapLayer(output.id()) is output
    assert layer_role(output) == UPSTREAM  # never read as a facility's downstream summary
    expected = _algorithm_rows(view.launcher.params)
    assert len(expected) >= 10
    assert {r["receptor_id"] for r in expected} == {"Pavlodar"}
    listed = [view.table.item(i, 1).text() for i in range(view.table.rowCount())]
    assert listed == [r["facility_id"] for r in expected]
    arrivals = [r["arrival_h"] for r in view.rows]
    assert arrivals == sorted(arrivals)
    assert arrivals == pytest.approx([r["arrival_h"] for r in expected], abs=1e-9)
    for i, r in enumerate(expected):
        assert float(view.table.item(i, 2).text().replace(",", "")) == pytest.approx(r["dist_km"], abs=0.051)
        assert float(view.table.item(i, 3).text().replace(",", "")) == pytest.approx(
            r["arrival_h"], abs=0.051
        )
        days = float(view.table.item(i, 4).text().replace(",", ""))
        assert days == pytest.approx(r["arrival_h"] / 24.0, abs=0.0051)
    # the earliest named, with its name from the facility layer
    first = expected[0]
    name = _feature_by_id(facilities, first["facility_id"])["name"]
    text = view.earliestLabel.text()
    assert f"Facilities upstream of Pavlodar: {len(expected)}." in text
    assert f"Earliest: {name} ({first['facility_id']})" in text
    assert view.table.item(0, 0).text() == name

    # the profile from the receptor's side: one point per facility at its distance and arrival
    assert _wait(lambda: view.profile.figure is not None, 10)
    offsets = view.profile.figure.tailings_scatter.get_offsets()
    assert sorted(round(float(x), 6) for x, _y in offsets) == sorted(round(r["dist_km"], 6) for r in expected)
    within = sum(1 for r in expected if r["arrival_h"] <= 72)
    assert (
        f"Facilities arriving within 72 h: {within} (of {len(expected)})" in view.profile.summaryLabel.text()
    )

    # a click on a row shows that facility in the panel
    second = expected[min(1, len(expected) - 1)]
    view.table.selectRow(min(1, len(expected) - 1))
    assert panel.current_feature()["facility_id"] == second["facility_id"]
    assert "RECEPTORS" not in remembered("tailings:upstreamsources")  # the receptor is chosen each time
    # the panel's own card never takes an upstream row for a downstream summary
    assert all(layer_role(lyr) != SUMMARY for lyr in QgsProject.instance().mapLayers().values())


def _feature_by_id(layer, facility_id):
    return [f for f in layer.getFeatures() if f["facility_id"] == facility_id][0]


def test_choose_from_the_list_runs_for_that_receptor(panel, sample_project):
    settlements = sample_project["settlements"]
    view = panel.open_upstream_view()
    omsk = _feature(settlements, "Omsk")
    assert view.choose_receptor(settlements, omsk.id()) == "task"
    assert view.receptorCombo.currentText() == "Omsk"
    assert _wait(lambda: not view.launcher.running)
    QCoreApplication.processEvents()
    expected = _algorithm_rows(view.launcher.params)
    assert [r["facility_id"] for r in view.rows] == [r["facility_id"] for r in expected]
    assert {r["receptor_id"] for r in view.rows} == {"Omsk"}
    assert settlements.selectedFeatureIds() == [omsk.id()]

    # the profile from Omsk's side: the facilities, the 6/24/72 h marks that fall in the chart, and the
    # Irtysh's crossing into Russia at its distance upstream of Omsk; that distance is the facility's
    # distance to Omsk less its distance to the crossing in tailings:borderwatch (an independent run)
    assert view.launcher.params["COUNTRIES"] == sample_project["countries"].id()
    assert _wait(lambda: view.profile.figure is not None, 10)
    axes = view.profile.figure.tailings_axes
    texts = [t.get_text() for t in axes.texts]
    assert "→ Russia" in texts  # the country entered, by name
    assert "72 h" in texts  # the first facility arrives after 141 h: the 72 h mark is inside the chart
    marks = border_marks(view.rows)
    assert len(marks) == 1 and marks[0]["to_country"] in ("RUS", "Russia")  # by the country field guessed
    lines = [line.get_xdata()[0] for line in axes.lines if line.get_linestyle() == "--"]
    assert lines == pytest.approx([marks[0]["dist_km"]])
    import processing

    watch = processing.run(
        "tailings:borderwatch",
        {
            k: view.launcher.params[k]
            for k in ("FACILITIES", "FACILITY_ID_FIELD", "RIVERS", "LAKES", "SNAP_DISTANCE", "VELOCITY")
            if k in view.launcher.params
        }
        | {
            "COUNTRIES": sample_project["countries"],
            "COUNTRY": "KAZ",
            "CROSSINGS": 0,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    first = view.rows[0]
    to_border = min(
        f["dist_km"]
        for f in watch.getFeatures()
        if f["facility_id"] == first["facility_id"] and f["to_country"] == "RUS"
    )
    assert marks[0]["dist_km"] == pytest.approx(first["dist_km"] - to_border, abs=1.0)


def _intakes(crs, points):
    """A water-intake layer of the user's own (not a settlement layer): name + point."""
    layer = QgsVectorLayer(f"Point?crs={crs.authid()}&field=name:string", "Water intakes", "memory")
    features = []
    for name, (x, y) in points.items():
        feature = QgsFeature(layer.fields())
        feature["name"] = name
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    QgsProject.instance().addMapLayer(layer)
    return layer


def test_pick_an_intake_on_the_map(panel, sample_project, qgis_iface):
    """An intake on the Irtysh beside Pavlodar, in a layer of its own: the click finds it there (not the
    town 2-3 km away), the view switches to that layer and lists the algorithm's facilities upstream."""
    settlements, rivers = sample_project["settlements"], sample_project["rivers"]
    town = _feature(settlements, "Pavlodar").geometry()
    nearest = min((f.geometry() for f in rivers.getFeatures()), key=lambda g: g.distance(town))
    on_river = nearest.nearestPoint(town).asPoint()
    assert town.distance(QgsGeometry.fromPointXY(on_river)) > 0.01  # the town is not where we click
    intakes = _intakes(settlements.crs(), {"Pavlodar intake": (on_river.x(), on_river.y())})
    view = panel.open_upstream_view()
    assert view.receptor_layer() is settlements
    qgis_iface.mapCanvas().setDestinationCrs(settlements.crs())
    layer, fid = view.pick_tool.pick_receptor(on_river, radius=0.005)
    assert layer is intakes
    view._picked(layer.id(), fid)
    assert view.receptor_layer() is intakes and view.receptorCombo.currentText() == "Pavlodar intake"
    assert _wait(lambda: not view.launcher.running)
    QCoreApplication.processEvents()
    expected = _algorithm_rows(view.launcher.params)
    assert expected and {r["receptor_id"] for r in expected} == {"Pavlodar intake"}
    assert [r["facility_id"] for r in view.rows] == [r["facility_id"] for r in expected]
    assert view.earliestLabel.text().startswith(
        f"Facilities upstream of Pavlodar intake: {len(expected)}. Earliest: "
    )


def test_an_intake_far_from_any_river_says_what_to_fix(panel, sample_project):
    settlements, rivers = sample_project["settlements"], sample_project["rivers"]
    point = QgsGeometry.fromPointXY(QgsPointXY(70.0, 46.0))  # Betpak-Dala, some 30 km from the rivers
    assert min(f.geometry().distance(point) for f in rivers.getFeatures()) > 0.2
    intakes = _intakes(settlements.crs(), {"Dry well": (70.0, 46.0)})
    view = panel.open_upstream_view()
    assert view.choose_receptor(intakes, next(intakes.getFeatures()).id()) == "task"
    assert _wait(lambda: not view.launcher.running)
    QCoreApplication.processEvents()
    assert view.rows == [] and view.table.rowCount() == 0
    assert "failed" in view.statusLabel.text()
    assert "RECEPTOR_SNAP_DISTANCE" in view.statusLabel.text()  # the algorithm's own advice
    assert intakes.featureCount() == 1  # the input is left as it was
