"""The facility dock panel in a real (headless) QGIS with the bundled Kazakhstan sample data."""

from __future__ import annotations

import datetime as dt
import html
import re
import time

import pytest
from dock_helpers import _fid, _memory_copy, _table_layer, _text
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication, QDate

from conftest import SAMPLE_GPKG, clear_project
from tailings_qgis_plugin.gui import record_card
from tailings_qgis_plugin.gui.facility_layers import CROSSINGS, EXPOSED, HAZARD, SUMMARY, layer_role
from tailings_qgis_plugin.gui.search_text import fold, matches, query_terms, search_key

pytestmark = pytest.mark.skipif(not SAMPLE_GPKG.is_file(), reason="sample GeoPackage not built")

# The fixtures project, facilities and dock are in conftest.py.


# --- pure helpers --------------------------------------------------------------------------------------------


def test_fold_makes_cyrillic_and_latin_spellings_meet():
    assert fold("Риддер") == fold("Ridder")
    assert fold("Лениногорск") == fold("Leninogorsk")
    assert fold("Майкубенский") == fold("Maikubensky")
    assert fold("Қарағанды") == fold("Karagandy")
    assert fold("Усть-Каменогорск") == fold("Ust Kamenogorsk")
    assert fold("Жезказган") == fold("Zhezkazgan")
    key = search_key("Balkhash Smelter", "KZ-ICMM1", "copper")
    assert matches(key, query_terms("балхаш"))
    assert matches(key, query_terms("smelter COPPER"))
    assert not matches(key, query_terms("zinc"))


def test_card_escapes_data_and_shows_missing_values_as_missing():
    card = record_card.CardData(
        record={"name_ru": "<i>y</i>", "volume_m3": None, "dam_height_m": 0.0, "status": "closed"},
        name="<b>x</b>",
        facility_id="A&B",
    )
    page = record_card.build_card_html(card)
    assert "<b>x</b>" not in page and html.escape("<b>x</b>") in page
    assert "<i>y</i>" not in page and "A&amp;B" in page
    # the missing volume is "not known", the measured height of 0 m is a number
    assert re.search(r"Stored volume</th><td><span class=\"missing\">not known", page)
    assert "0.00 m" in page
    assert "Not analysed yet." in page


def test_countries_and_first_border_without_summary():
    exposed = [
        {"name": "B", "country": "RU", "dist_km": 400.0},
        {"name": "A", "country": "KZ", "dist_km": 10.0},
        {"name": "C", "country": None, "dist_km": None},
    ]
    crossings = [
        {"from_country": "RU", "to_country": "KZ", "dist_km": 600.0, "arrival_h": 150.0},
        {"from_country": "KZ", "to_country": "RU", "dist_km": 380.0, "arrival_h": 88.0},
    ]
    assert record_card.countries_reached(exposed, crossings) == ["KZ", "RU"]
    card = record_card.CardData(name="x", downstream_available=True, exposed=exposed, crossings=crossings)
    page = record_card.build_card_html(card)
    assert "KZ → RU" in page and "380 km" in page and "88 h (3.7 days)" in page
    assert page.index(">A<") < page.index(">B<") < page.index(">C<")  # downstream order, unknown last
    # summary without a border: says so, never "0 km"
    card = record_card.CardData(
        name="x", downstream_available=True, summary={"n_borders": 0, "first_border_km": None}
    )
    page = record_card.build_card_html(card)
    assert "none within the traced reach" in page and "0 km" not in page


# --- the panel -----------------------------------------------------------------------------------------------


def test_registry_layer_is_chosen_and_listed(dock, facilities):
    assert dock.layer is facilities  # added after the dock opened: recognised by its fields
    assert dock.model.total() == facilities.featureCount() == 81
    assert dock.model.rowCount() == 81
    assert dock.id_field == "facility_id" and dock.name_field == "name"
    assert not dock.ui.fieldsBox.isVisibleTo(dock)  # registry: no mapping needed
    assert "81 facilities" in dock.ui.statusLabel.text()
    names = [dock.model.row_at(i).label.casefold() for i in range(81)]
    assert names == sorted(names)  # alphabetical while no hazard index is known


def test_choosing_a_facility_fills_the_card(dock, facilities):
    fid = _fid(facilities, "KZ-ICMM06858")  # Boshchekul Plant
    row = dock.model.row_of_fid(fid)
    dock.ui.facilityList.setCurrentIndex(dock.model.index(row, 0))  # as a click in the list does
    assert dock.current_fid == fid
    text = _text(dock)
    feature = facilities.getFeature(fid)
    assert feature["name"] in text and "KZ-ICMM06858" in text
    assert f"Region (oblast)\t{feature['region']}" in text or feature["region"] in text
    assert feature["river_basin"] in text and feature["commodity"] in text
    # no hazard or downstream layer in the project
    assert text.count("Not analysed yet.") == 2
    # the sample leaves volume, height, status unknown: shown as missing, never as 0
    assert re.search(r"Stored volume\s*not known", text)
    assert re.search(r"Dam height\s*not known", text)
    assert re.search(r"Status\s*not known", text)
    assert not re.search(r"Stored volume\s*0", text)
    # other attributes of the sample appear too (escaped text of the layer)
    assert feature["scenario_note"] in text
    # layer selection follows
    assert facilities.selectedFeatureIds() == [fid]
    assert dock.ui.zoomButton.isEnabled() and dock.ui.editButton.isEnabled()


def test_search_filters_latin_and_cyrillic(dock, facilities):
    dock.ui.searchEdit.setText("balkhash")
    names = {dock.model.row_at(i).name for i in range(dock.model.rowCount())}
    assert names == {"Balkhash Complex", "Balkhash Smelter"}
    dock.ui.searchEdit.setText("Балхаш")
    assert {dock.model.row_at(i).name for i in range(dock.model.rowCount())} == names
    dock.ui.searchEdit.setText("Лениногорск")
    assert [dock.model.row_at(i).name for i in range(dock.model.rowCount())] == ["Leninogorsk"]
    # "the dam at Ridder": the ICMM site lists Ridder among its other names (group_names)
    ridder = sorted(
        f["name"] for f in facilities.getFeatures() if "ridder" in (f["group_names"] or "").lower()
    )
    assert ridder  # the sample knows Ridder
    for query in ("Риддер", "Ridder"):
        dock.ui.searchEdit.setText(query)
        assert sorted(dock.model.row_at(i).name for i in range(dock.model.rowCount())) == ridder, query
    dock.ui.searchEdit.setText("Усть-Каменогорск")
    assert [dock.model.row_at(i).name for i in range(dock.model.rowCount())] == ["Ust Kamenogorsk Pb Smelter"]
    # region and commodity, with Kazakh letters
    dock.ui.searchEdit.setText("Қарағанды")
    expected = sum(1 for f in facilities.getFeatures() if f["region"] == "Karagandy")
    assert dock.model.rowCount() == expected == 25
    dock.ui.searchEdit.setText("tungsten gold")  # AND of words: no site has both
    assert dock.model.rowCount() == 0
    expected = sum(
        1 for f in facilities.getFeatures() if "tungsten" in (f["commodity"], f["secondary_commodity"])
    )
    for query in ("tungsten", "вольфрам", "вольфрам tungsten"):  # the Russian commodity name finds it too
        dock.ui.searchEdit.setText(query)
        assert dock.model.rowCount() == expected > 0, query
    # Russian and Kazakh names of the registry's English regions and commodities
    copper = sum(
        1 for f in facilities.getFeatures() if "copper" in (f["commodity"], f["secondary_commodity"])
    )
    for query in ("медь", "Медь"):
        dock.ui.searchEdit.setText(query)
        assert dock.model.rowCount() == copper > 0, query
    east = sum(1 for f in facilities.getFeatures() if f["region"] == "East Kazakhstan")
    dock.ui.searchEdit.setText("Восточно-Казахстанская")
    assert dock.model.rowCount() == east > 0
    dock.ui.searchEdit.setText("Восточно-Казахстанская медь")
    both = sum(
        1
        for f in facilities.getFeatures()
        if f["region"] == "East Kazakhstan" and "copper" in (f["commodity"], f["secondary_commodity"])
    )
    assert dock.model.rowCount() == both
    dock.ui.searchEdit.setText("ICMM06858")  # the id
    assert dock.model.row_at(0).facility_id == "KZ-ICMM06858" and dock.model.rowCount() == 1
    dock.ui.searchEdit.clear()
    assert dock.model.rowCount() == 81
    assert "81 facilities" in dock.ui.statusLabel.text()


def test_cyrillic_name_field_is_searched_in_latin(dock, project):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=facility_id:string&field=name:string&field=name_ru:string"
        "&field=operator:string&field=region:string&field=river_basin:string"
        "&field=commodity:string&field=status:string&field=dam_type:string",
        "ridder",
        "memory",
    )
    f = QgsFeature(layer.fields())
    f.setAttributes(
        [
            "KZ-R1",
            "Ridder tailings",
            "Хвостохранилище Риддер",
            None,
            "East Kazakhstan",
            "Ertis",
            "zinc",
            None,
            None,
        ]
    )
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(83.5, 50.35)))
    layer.dataProvider().addFeatures([f])
    project.addMapLayer(layer)
    assert dock.layer is layer
    for query in ("Риддер", "ridder", "хвостохранилище", "Khvostokhranilishche"):
        dock.ui.searchEdit.setText(query)
        assert dock.model.rowCount() == 1, query


def test_selection_follows_both_ways(dock, facilities):
    fid = _fid(facilities, "KZ-ICMM06871")
    facilities.selectByIds([fid])  # selected on the map / attribute table
    assert dock.current_fid == fid
    current = dock.ui.facilityList.currentIndex()
    assert dock.model.row_at(current.row()).fid == fid
    assert "Orlov Mine" in _text(dock)
    other = _fid(facilities, "KZ-ICMM06874")
    dock.show_facility(other)
    assert facilities.selectedFeatureIds() == [other]
    # search keeps the chosen facility selected when it stays visible
    dock.ui.searchEdit.setText("Nikolaevo")
    assert dock.model.row_at(dock.ui.facilityList.currentIndex().row()).fid == other


def test_map_tool_picks_the_nearest_facility(dock, facilities, qgis_iface):
    canvas = qgis_iface.mapCanvas()
    canvas.setDestinationCrs(facilities.crs())
    fid = _fid(facilities, "KZ-ICMM06858")
    point = facilities.getFeature(fid).geometry().asPoint()
    assert dock.map_tool.pick(QgsPointXY(point.x() + 0.001, point.y()), radius=0.05) == fid
    assert dock.map_tool.pick(QgsPointXY(0.0, 0.0), radius=0.05) is None
    dock.map_tool.facilityPicked.emit(fid)
    assert dock.current_fid == fid and facilities.selectedFeatureIds() == [fid]
    dock.ui.pickButton.setChecked(True)
    assert canvas.mapTool() is dock.map_tool
    dock.ui.pickButton.setChecked(False)
    assert canvas.mapTool() is not dock.map_tool


def test_removed_layer_empties_the_panel(dock, facilities):
    dock.show_facility(_fid(facilities, "KZ-ICMM06858"))
    QgsProject.instance().removeMapLayer(facilities.id())
    QCoreApplication.processEvents()
    assert dock.layer is None and dock.current_fid is None
    assert dock.model.rowCount() == 0
    assert "Choose a facility layer" in _text(dock)
    assert not dock.ui.zoomButton.isEnabled() and not dock.ui.runButton.isEnabled()
    dock.refresh_card()  # no error on a panel without layer
    dock.zoom_to_facility()


def test_project_cleared_empties_the_panel(dock, facilities):
    dock.show_facility(_fid(facilities, "KZ-ICMM06858"))
    clear_project()
    QCoreApplication.processEvents()
    assert dock.layer is None and dock.model.rowCount() == 0


def test_edits_are_followed(dock, facilities, tmp_path):
    memory = _memory_copy(facilities, "editable")
    QgsProject.instance().addMapLayer(memory)
    dock.set_layer(memory)
    fid = _fid(memory, "KZ-ICMM06858")
    dock.show_facility(fid)
    memory.startEditing()
    index = memory.fields().indexOf("volume_m3")
    assert memory.changeAttributeValue(fid, index, 2500000.0)
    memory.changeAttributeValue(fid, memory.fields().indexOf("name"), "<b>x</b>")
    new = QgsFeature(memory.fields())
    new["facility_id"], new["name"] = "KZ-NEW", "New dam"
    new.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(70, 48)))
    memory.addFeature(new)
    dock.reload_list()  # the timers would do it a moment later
    dock.refresh_card()
    text = _text(dock)
    assert re.search(r"Stored volume\s*2\s500\s000 m³", text)  # thousands grouped, unit shown
    assert "<b>x</b>" in text and "<b>x</b>" not in dock.card_html  # shown as characters, escaped in HTML
    assert dock.model.total() == 82
    memory.deleteFeature(fid)
    dock.reload_list()
    dock.refresh_card()
    assert dock.model.total() == 81 and dock.current_fid is None
    memory.rollBack()


def test_timers_follow_edits_without_explicit_refresh(dock, facilities):
    memory = _memory_copy(facilities, "editable")
    QgsProject.instance().addMapLayer(memory)
    dock.set_layer(memory)
    fid = _fid(memory, "KZ-ICMM06858")
    dock.show_facility(fid)
    memory.startEditing()
    memory.changeAttributeValue(fid, memory.fields().indexOf("operator"), "Operator & Co")
    deadline = time.time() + 3
    while "Operator & Co" not in _text(dock) and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    assert "Operator & Co" in _text(dock)
    memory.rollBack()


def test_hazard_and_downstream_results_are_shown(dock, facilities):
    fid = _fid(facilities, "KZ-ICMM06858")
    hazard = _memory_copy(
        facilities,
        "Hazard screening",
        extra_fields=[
            ("thi", "real"),
            ("thi_cap", "real"),
            ("thi_tox", "real"),
            ("thi_complete", "bool"),
            ("thi_missing", "text"),
            ("vf_m3", "real"),
            ("runout_km", "real"),
            ("par", "real"),
            ("consequence_class", "text"),
        ],
        rows={
            "KZ-ICMM06858": {
                "thi": 9.5,
                "thi_cap": 7.0,
                "thi_tox": 2.5,
                "thi_complete": False,
                "thi_missing": "dam_safety",
                "vf_m3": 3540000.0,
                "runout_km": 12.25,
                "par": 1200,
                "consequence_class": "Extreme",
            },
            "KZ-ICMM06871": {"thi": 11.0, "thi_cap": 7.0, "thi_tox": 4.0, "thi_complete": True},
        },
    )
    exposed = _table_layer(
        "Exposed settlements",
        [
            ("facility_id", "text"),
            ("name", "text"),
            ("population", "int"),
            ("country", "text"),
            ("dist_km", "real"),
            ("offset_m", "real"),
            ("arrival_h", "real"),
            ("peak_h", "real"),
            ("peak_conc_mg_l", "real"),
            ("dilution", "real"),
        ],
        [
            {
                "facility_id": "KZ-ICMM06858",
                "name": "Far <town>",
                "population": 5000,
                "country": "RU",
                "dist_km": 410.0,
                "arrival_h": 96.0,
                "peak_conc_mg_l": None,
            },
            {
                "facility_id": "KZ-ICMM06858",
                "name": "Ekibastuz",
                "population": 125000,
                "country": "KZ",
                "dist_km": 35.5,
                "arrival_h": 7.25,
                "peak_conc_mg_l": 12.5,
            },
            {
                "facility_id": "KZ-OTHER",
                "name": "Elsewhere",
                "population": 1,
                "country": "KZ",
                "dist_km": 1.0,
            },
        ],
    )
    crossings = _table_layer(
        "Border crossings",
        [
            ("facility_id", "text"),
            ("from_country", "text"),
            ("to_country", "text"),
            ("dist_km", "real"),
            ("arrival_h", "real"),
        ],
        [
            {
                "facility_id": "KZ-ICMM06858",
                "from_country": "KZ",
                "to_country": "RU",
                "dist_km": 380.0,
                "arrival_h": 88.0,
            }
        ],
    )
    summary = _table_layer(
        "Downstream summary",
        [
            ("facility_id", "text"),
            ("n_settlements", "int"),
            ("population", "real"),
            ("population_24h", "real"),
            ("countries", "text"),
            ("n_borders", "int"),
            ("first_border_km", "real"),
            ("first_border_h", "real"),
            ("first_border_to", "text"),
            ("end_km", "real"),
            ("end_h", "real"),
            ("end_reason", "text"),
            ("end_lon", "real"),
            ("mass_kg", "real"),
        ],
        [
            {
                "facility_id": "KZ-ICMM06858",
                "n_settlements": 2,
                "population": 130000.0,
                "population_24h": None,
                "countries": "KZ / RU",
                "n_borders": 1,
                "first_border_km": 380.0,
                "first_border_h": 88.0,
                "first_border_to": "RU",
                "end_km": 500.0,
                "end_h": 120.0,
                "end_reason": "maximum distance",
                "end_lon": 75.5,
                "mass_kg": 0.0,
            }
        ],
    )
    assert layer_role(hazard) == HAZARD and layer_role(exposed) == EXPOSED
    assert layer_role(crossings) == CROSSINGS and layer_role(summary) == SUMMARY
    dock.show_facility(fid)
    assert "Not analysed yet." in _text(dock)
    QgsProject.instance().addMapLayers([hazard, exposed, crossings, summary])
    text = _text(dock)
    assert re.search(r"Tailings Hazard Index \(THI\)\s*9\.50 \(partial: missing dam safety\)", text)
    assert "12.2 km" in text or "12.3 km" in text
    assert re.search(r"Capacity\s*7.00\s*Toxicity\s*2.50", text)  # component names from the scoring rules
    assert "Extreme" in text and re.search(r"Population at risk \(PAR\)\s*1\s200", text)
    # settlements in downstream order, the other facility's row left out
    assert text.index("Ekibastuz") < text.index("Far <town>") and "Elsewhere" not in text
    assert "Far &lt;town&gt;" in dock.card_html
    assert re.search(r"Countries reached\s*KZ / RU", text)  # as the summary lists them
    assert re.search(r"Settlements downstream\s*2\s", text)
    assert re.search(r"Population downstream\s*130\s000", text)
    assert re.search(r"Population reached within 24 h\s*not known", text)  # NULL is not 0
    assert re.search(r"Released mass\s*0.00 kg", text)  # a real 0 stays 0
    assert re.search(r"End of the trace\s*500 km, after 120 h \(5 days\) \(maximum distance\)", text)
    assert "end_lon" not in text
    assert "KZ → RU at 380 km, arrival after 88 h (3.7 days)" in text
    # the missing peak concentration is a dash, not 0
    far_row = re.search(r"<tr>(?:(?!</tr>).)*Far &lt;town&gt;.*?</tr>", dock.card_html).group(0)
    assert far_row.endswith('<td class="missing">\u2014</td></tr>')  # peak concentration unknown
    assert ">0<" not in far_row and ">0.00<" not in far_row
    # the list now sorts by hazard index, highest first, unknown last
    assert dock.model.show_thi
    assert dock.model.row_at(0).facility_id == "KZ-ICMM06871"
    assert dock.model.row_at(1).facility_id == "KZ-ICMM06858"
    assert dock.model.row_at(2).thi is None
    # another facility with hazard but no downstream rows
    dock.show_facility(_fid(facilities, "KZ-ICMM06871"))
    assert "Not analysed yet for this facility." in _text(dock)
    # removing the outputs brings back "not analysed yet"
    QgsProject.instance().removeMapLayers([exposed.id(), crossings.id(), hazard.id(), summary.id()])
    QCoreApplication.processEvents()
    dock.refresh_card()
    assert _text(dock).count("Not analysed yet.") == 2


def test_non_registry_layer_with_field_mapping(dock, project):
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=code:string&field=site:string&field=height:double", "Other sites", "memory"
    )
    feats = []
    for code, site, x in (("S1", "Алтын", 70.0), ("S2", "Kumis", 71.0)):
        f = QgsFeature(layer.fields())
        f.setAttributes([code, site, None])
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, 48)))
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    project.addMapLayer(layer)
    assert dock.layer is None  # not a registry: not chosen automatically
    dock.ui.layerCombo.setLayer(layer)
    assert dock.layer is layer and dock.ui.fieldsBox.isVisibleTo(dock)
    assert dock.id_field == "code" and dock.name_field == "site"
    dock.ui.searchEdit.setText("altyn")
    assert dock.model.rowCount() == 1
    dock.show_facility(dock.model.row_at(0).fid)
    text = _text(dock)
    assert "Алтын" in text and "S1" in text and re.search(r"height\s*not known", text)
    dock.ui.nameFieldCombo.setField("code")  # another mapping: the list is read again
    assert dock.model.rowCount() == 0  # "altyn" is no longer in the searched name
    dock.ui.searchEdit.clear()
    assert {dock.model.row_at(i).name for i in range(2)} == {"S1", "S2"}


def test_missing_algorithms_disable_actions_with_a_reason(dock, facilities):
    dock.show_facility(_fid(facilities, "KZ-ICMM06858"))
    dock.downstream_alg_id = "tailings:nosuchalgorithm"
    dock.update_actions()
    assert not dock.ui.runButton.isEnabled()
    assert "not available" in dock.ui.runButton.toolTip()


def test_edit_opens_the_attribute_form_through_the_edit_buffer(dock, facilities, qgis_iface):
    memory = _memory_copy(facilities, "editable")
    QgsProject.instance().addMapLayer(memory)
    dock.set_layer(memory)
    fid = _fid(memory, "KZ-ICMM06858")
    dock.show_facility(fid)
    qgis_iface.openFeatureForm.reset_mock()
    dock.edit_facility()
    assert memory.isEditable()  # the edit buffer: undo and save work as usual
    args = qgis_iface.openFeatureForm.call_args[0]
    assert args[0] is memory and args[1].id() == fid
    memory.rollBack()


def test_last_inspection_date(dock, facilities):
    memory = _memory_copy(facilities, "editable")
    QgsProject.instance().addMapLayer(memory)
    dock.set_layer(memory)
    fid = _fid(memory, "KZ-ICMM06858")
    memory.startEditing()
    memory.changeAttributeValue(fid, memory.fields().indexOf("last_inspection"), QDate(2019, 5, 1))
    dock.show_facility(fid)
    years = int((dt.date.today() - dt.date(2019, 5, 1)).days // 365.25)
    assert f"2019-05-01 ({years} years ago)" in _text(dock)
    memory.rollBack()


def test_state_survives_project_save_and_reload(dock, facilities, tmp_path):
    fid = _fid(facilities, "KZ-ICMM06874")
    dock.show_facility(fid)
    path = str(tmp_path / "state.qgz")
    assert QgsProject.instance().write(path)
    clear_project()
    assert dock.layer is None
    assert QgsProject.instance().read(path)
    QCoreApplication.processEvents()
    assert dock.layer is not None and dock.layer.name() == "Facilities"
    assert dock.current_fid is not None
    assert dock.layer.getFeature(dock.current_fid)["facility_id"] == "KZ-ICMM06874"
