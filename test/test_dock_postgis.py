"""The facility panel on the shared PostGIS registry, edited by another user at the same time.

A throwaway cluster (test/pg_cluster.py) holds the registry (tailings:createsharedregistry, the 81 sample
facilities imported); a second connection (psycopg2) plays the other user. The panel must show that user's
edit after the layer's refresh signal and after its Refresh action, show who edited last and when, open
the registry's own form, and show a refused (stale) commit with a Reload that brings the database's row.
If the server cannot start the tests fail; they never skip.
"""

from __future__ import annotations

import time

import psycopg2
import pytest
from pg_cluster import Cluster
from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from conftest import clear_project, run_alg
from tailings_qgis_plugin.gui.dock import FacilityDock


@pytest.fixture(scope="module")
def pg_server():
    cluster = Cluster()
    try:
        cluster.start()
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture()
def registry(plugin, pg_server, sample_layer):
    dsn = pg_server.create_database(f"panel{time.monotonic_ns()}")
    run_alg("tailings:createsharedregistry", {"DATABASE": dsn, "SCHEMA": "tailings"})
    result = run_alg(
        "tailings:importregistry",
        {
            "INPUT": sample_layer("facilities"),
            "DATABASE": dsn,
            "SCHEMA": "tailings",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert (result["IMPORTED"], result["REJECTED"]) == (81, 0)
    return dsn


def _query(dsn, sql, args=()):
    """What the other user runs: its own connection, committed."""
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(sql, args)
            rows = cur.fetchall() if cur.description else None
        conn.commit()
        return rows
    finally:
        conn.close()


def _other_user_edits(dsn, facility_id, **values):
    """An edit saved the way a second QGIS saves it: with the row version it read (optimistic lock)."""
    version = _query(
        dsn, "SELECT row_version FROM tailings.facilities WHERE facility_id = %s", (facility_id,)
    )
    sets = ", ".join(f"{name} = %s" for name in values)
    _query(
        dsn,
        f"UPDATE tailings.facilities SET {sets}, row_version = %s WHERE facility_id = %s",
        (*values.values(), -version[0][0], facility_id),
    )


def _wait(condition, seconds=10):
    deadline = time.time() + seconds
    while not condition() and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    return condition()


@pytest.fixture()
def panel(registry, qgis_iface):
    from tailings_qgis_plugin.processing_algorithms.pg_io import registry_layer

    project = QgsProject.instance()
    clear_project(project)
    layer = registry_layer(registry, "tailings")
    project.addMapLayer(layer)
    dock = FacilityDock(qgis_iface, qgis_iface.mainWindow())
    yield dock, layer, registry
    if layer.isEditable():
        layer.rollBack()
    dock.close_panel()
    dock.deleteLater()
    QCoreApplication.processEvents()
    clear_project(project)


def _card(dock):
    return dock.ui.cardBrowser.toPlainText()


def _dam_height(dock):
    """The value the card shows under "Dam height" (label and value are lines of the plain text)."""
    lines = _card(dock).splitlines()
    return lines[lines.index("Dam height") + 1].strip()


def _first_id(dsn):
    return _query(dsn, "SELECT facility_id, name FROM tailings.facilities ORDER BY fid LIMIT 1")[0]


def test_card_follows_an_edit_saved_by_another_user(panel):
    dock, layer, dsn = panel
    assert dock.layer is layer  # the shared registry is recognised by its fields
    assert dock.model.total() == 81
    facility_id, name = _first_id(dsn)
    assert dock.show_facility_id(facility_id)
    assert name in _card(dock)

    # the other user renames the facility and changes its dam height, through its own connection
    _other_user_edits(dsn, facility_id, name="Renamed by the ecology department", dam_height_m=42.5)
    assert "Renamed by the ecology department" not in _card(dock)  # nothing told the panel yet
    layer.dataChanged.emit()  # the layer's refresh signal (provider notification or QGIS's refresh)
    assert _wait(lambda: "Renamed by the ecology department" in _card(dock)), _card(dock)

    def listed():
        return dock.model.index(dock.model.row_of_fid(dock.current_fid), 0).data()

    assert _wait(lambda: listed() == "Renamed by the ecology department"), listed()

    # a second edit, shown by the panel's Refresh action
    _other_user_edits(dsn, facility_id, name="Renamed again", dam_height_m=43.0)
    assert dock.refreshButton.isEnabled()
    dock.refreshButton.click()
    assert "Renamed again" in _card(dock) and listed() == "Renamed again"
    assert _dam_height(dock) == "43.0 m"
    assert "81 facilities" in dock.ui.statusLabel.text()

    # a facility added and one deleted by the other user: in the list after Refresh
    srid = _query(dsn, "SELECT Find_SRID('tailings', 'facilities', 'geom')")[0][0]
    _query(
        dsn,
        "INSERT INTO tailings.facilities (facility_id, name, geom) "
        "VALUES ('KZ-NEW-1', 'Added by the akimat', ST_SetSRID(ST_MakePoint(69.6, 42.3), 4326))"
        if srid == 4326
        else "INSERT INTO tailings.facilities (facility_id, name, geom) VALUES ('KZ-NEW-1', "
        f"'Added by the akimat', ST_Transform(ST_SetSRID(ST_MakePoint(69.6, 42.3), 4326), {srid}))",
    )
    last_id = _query(dsn, "SELECT facility_id FROM tailings.facilities ORDER BY fid DESC OFFSET 1 LIMIT 1")
    _query(dsn, "DELETE FROM tailings.facilities WHERE facility_id = %s", last_id[0])
    dock.refreshButton.click()
    assert dock.model.total() == 81
    assert dock.model.fid_of_facility_id("KZ-NEW-1") is not None
    assert dock.model.fid_of_facility_id(last_id[0][0]) is None
    assert dock.current_fid is not None and "Renamed again" in _card(dock)  # the chosen one stays

    # who edited last and when, as the database stamped it
    by, at = _query(
        dsn,
        "SELECT updated_by, to_char(updated_at, 'YYYY-MM-DD HH24:MI') FROM tailings.facilities "
        "WHERE facility_id = %s",
        (facility_id,),
    )[0]
    card = _card(dock)
    assert "Last edited" in card
    line = [text for text in card.splitlines() if by in text]
    assert line and at[:10] in line[0], card
    # the stamp is not repeated under "Other attributes" with raw field names
    assert "updated_by" not in card and "updated_at" not in card


def test_edit_opens_the_registry_form(panel, qgis_iface):
    dock, layer, dsn = panel
    facility_id, _name = _first_id(dsn)
    dock.show_facility_id(facility_id)
    qgis_iface.openFeatureForm.reset_mock()
    dock.ui.editButton.click()
    args = qgis_iface.openFeatureForm.call_args[0]
    assert args[0] is layer and args[1]["facility_id"] == facility_id
    assert layer.isEditable()


def test_refused_stale_commit_is_shown_with_reload(panel):
    dock, layer, dsn = panel
    facility_id, _name = _first_id(dsn)
    dock.show_facility_id(facility_id)
    height = layer.fields().lookupField("dam_height_m")
    layer.startEditing()  # this user starts editing ...
    assert layer.changeAttributeValue(dock.current_fid, height, 77.0)
    _other_user_edits(dsn, facility_id, dam_height_m=55.0)  # ... the other user saves first
    assert not layer.commitChanges()
    errors = [e for e in layer.commitErrors() if "Stale edit refused" in e]
    assert errors
    assert _wait(lambda: dock.commit_bar.isVisibleTo(dock))
    assert "Stale edit refused" in dock.commit_bar.label.text()
    assert layer.isModified()  # the panel discards nothing by itself

    dock.commit_bar.button.click()  # Reload: discard the refused edit, show the database's row
    assert not layer.isEditable()
    assert not dock.commit_bar.isVisibleTo(dock)
    stored = next(layer.getFeatures(f"\"facility_id\" = '{facility_id}'"))
    assert stored["dam_height_m"] == 55.0
    assert _dam_height(dock) == "55.0 m"

    # a commit that succeeds hides nothing it should not and shows no error
    layer.startEditing()
    assert layer.changeAttributeValue(dock.current_fid, height, 56.0)
    assert layer.commitChanges(), layer.commitErrors()
    QCoreApplication.processEvents()
    assert not dock.commit_bar.isVisibleTo(dock)
    assert _query(
        dsn, "SELECT dam_height_m FROM tailings.facilities WHERE facility_id = %s", (facility_id,)
    ) == [(56.0,)]


def test_card_follows_a_database_notification(panel):
    """With *Refresh layer on notification* on (Layer Properties ▸ Rendering), a NOTIFY sent with the other
    user's edit (e.g. by a trigger) reaches the panel through the layer's dataChanged: no Refresh needed."""
    dock, layer, dsn = panel
    facility_id, _name = _first_id(dsn)
    dock.show_facility_id(facility_id)
    layer.setRefreshOnNotifyEnabled(True)  # the user's layer setting; channel "qgis", any message
    _other_user_edits(dsn, facility_id, dam_height_m=61.0)
    assert _dam_height(dock) != "61.0 m"
    for _attempt in range(15):  # the provider's listener thread may not be LISTENing yet: notify again
        _query(dsn, "NOTIFY qgis, 'facilities'")
        if _wait(lambda: _dam_height(dock) == "61.0 m", 1):
            break
    assert _dam_height(dock) == "61.0 m", _card(dock)
