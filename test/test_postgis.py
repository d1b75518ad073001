"""The shared PostGIS registry against a real PostgreSQL + PostGIS server (a throwaway cluster).

The fixture starts its own server (test/pg_cluster.py); if it cannot, the tests fail, never skip.
"""

from __future__ import annotations

import datetime as dt
import itertools

import psycopg2
import pytest
from pg_cluster import Cluster
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from conftest import run_alg
from tailings_qgis_plugin.core.registry import SCHEMA
from tailings_qgis_plugin.core.shared_registry import SYSTEM_COLUMNS, expected_columns, hard_rules, mask_dsn

_counter = itertools.count()


@pytest.fixture(scope="session")
def pg_cluster():
    cluster = Cluster()
    try:
        cluster.start()
        cluster.create_database("template_registry")  # with postgis; cloned per test (fast)
        yield cluster
    finally:
        cluster.stop()


@pytest.fixture()
def dsn(pg_cluster):
    """A fresh, empty database with PostGIS; its libpq string (no password: trust on a private socket)."""
    name = f"reg{next(_counter)}"
    conn = psycopg2.connect(pg_cluster.dsn())
    conn.autocommit = True
    with conn.cursor() as cur:
        cur.execute(f"CREATE DATABASE {name} TEMPLATE template_registry")
    conn.close()
    return pg_cluster.dsn(name)


def _create(dsn, **extra):
    params = {"DATABASE": dsn, "SCHEMA": "tailings", **extra}
    return run_alg("tailings:createsharedregistry", params)


def _import(dsn, layer, **extra):
    params = {"INPUT": layer, "DATABASE": dsn, "SCHEMA": "tailings", "OUTPUT": "TEMPORARY_OUTPUT", **extra}
    return run_alg("tailings:importregistry", params)


def _query(dsn, sql, args=()):
    conn = psycopg2.connect(dsn)
    try:
        with conn.cursor() as cur:
            cur.execute(sql, args)
            rows = cur.fetchall() if cur.description else None
        conn.commit()
        return rows
    finally:
        conn.close()


def _layer(rows, crs="EPSG:4326"):
    """A memory point layer with registry fields; rows: dicts with x, y and field values."""
    fields = "&".join(
        f"field={spec.name}:{ {'text': 'string', 'int': 'integer', 'real': 'double', 'date': 'date'}[spec.kind] }"
        for spec in SCHEMA
    )
    layer = QgsVectorLayer(f"Point?crs={crs}&{fields}", "in", "memory")
    features = []
    for row in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(row.get("x", 70.0), row.get("y", 50.0))))
        for key, value in row.items():
            if key not in ("x", "y"):
                f[key] = value
        features.append(f)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.fixture()
def registry(plugin, dsn, sample_layer):
    """The shared registry with the 81 sample facilities imported."""
    _create(dsn)
    result = _import(dsn, sample_layer("facilities"))
    assert (result["IMPORTED"], result["REJECTED"]) == (81, 0)
    return dsn


# --- pure helpers ----------------------------------------------------------------------------------
def test_passwords_are_masked():
    assert "s3cret" not in mask_dsn("host=db dbname=x user=u password=s3cret sslmode=require")
    assert "s3 cret" not in mask_dsn("host=db password='s3 cret' user=u")
    assert "s3cret" not in mask_dsn("postgresql://u:s3cret@db:5432/x")
    assert mask_dsn("service=tailings") == "service=tailings"


def test_connection_error_does_not_show_the_password(plugin, tmp_path):
    with pytest.raises(QgsProcessingException) as info:
        _create(f"host={tmp_path} port=1 dbname=x user=u password=TopSecret42")
    assert "TopSecret42" not in str(info.value) and "Cannot connect" in str(info.value)


# --- create / upgrade ----------------------------------------------------------------------------
def test_create_has_the_file_registry_fields_and_is_idempotent(plugin, dsn):
    _create(dsn)
    columns = dict(
        _query(
            dsn,
            "SELECT column_name, CASE WHEN data_type = 'USER-DEFINED' THEN udt_name ELSE data_type END "
            "FROM information_schema.columns WHERE table_schema = 'tailings' AND table_name = 'facilities'",
        )
    )
    assert set(columns) == {spec.name for spec in SCHEMA} | set(SYSTEM_COLUMNS)
    assert columns == expected_columns()
    _query(
        dsn,
        "INSERT INTO tailings.facilities (facility_id, name, geom) VALUES ('K1', 'Keep me', ST_SetSRID(ST_MakePoint(70, 50), 4326))",
    )
    feedback = QgsProcessingFeedback()
    _create(dsn, CREATE_ROLES=True)  # again: nothing dropped
    assert _query(dsn, "SELECT facility_id, name FROM tailings.facilities") == [("K1", "Keep me")]
    assert _query(dsn, "SELECT count(*) FROM tailings.facility_history")[0][0] == 1
    del feedback


def test_upgrade_of_an_older_registry_adds_columns_and_keeps_rows(plugin, dsn):
    _query(
        dsn,
        "CREATE SCHEMA tailings; CREATE TABLE tailings.facilities (fid bigint GENERATED BY DEFAULT AS IDENTITY "
        "PRIMARY KEY, facility_id text, name text, dam_height_m double precision, geom geometry(Point, 4326));"
        "INSERT INTO tailings.facilities (facility_id, name, dam_height_m, geom) VALUES "
        "('OLD1', 'Old dam', 12.5, ST_SetSRID(ST_MakePoint(70, 50), 4326))",
    )
    _create(dsn)
    rows = _query(
        dsn, "SELECT facility_id, name, dam_height_m, row_version, volume_m3 FROM tailings.facilities"
    )
    assert rows == [("OLD1", "Old dam", 12.5, 1, None)]
    with pytest.raises(psycopg2.errors.CheckViolation):
        _query(dsn, "UPDATE tailings.facilities SET dam_height_m = 900")


def test_upgrade_refuses_precisely_and_changes_nothing(plugin, dsn):
    _query(
        dsn,
        "CREATE SCHEMA tailings; CREATE TABLE tailings.facilities (fid bigint PRIMARY KEY, facility_id text, "
        "name text, dam_height_m text, geom geometry(Point, 4326));"
        "INSERT INTO tailings.facilities VALUES (1, 'A', 'Dam', '40 m', ST_SetSRID(ST_MakePoint(70, 50), 4326)),"
        "(2, 'A', 'Dam 2', NULL, ST_SetSRID(ST_MakePoint(71, 50), 4326))",
    )
    with pytest.raises(QgsProcessingException, match="dam_height_m is of type text"):
        _create(dsn)
    assert _query(dsn, "SELECT to_regclass('tailings.facility_history')") == [(None,)]
    _query(dsn, "ALTER TABLE tailings.facilities ALTER dam_height_m TYPE double precision USING NULL")
    with pytest.raises(QgsProcessingException, match="Duplicate facility ids: A"):
        _create(dsn)
    with pytest.raises(QgsProcessingException, match="EPSG:4326, not EPSG:3857"):
        _create(dsn, CRS="EPSG:3857")
    assert _query(dsn, "SELECT count(*) FROM tailings.facilities") == [(2,)]


# --- hard rules ----------------------------------------------------------------------------------
def _insert(dsn, **values):
    values.setdefault("facility_id", "T1")
    values.setdefault("name", "Test dam")
    names = ", ".join(values)
    marks = ", ".join(["%s"] * len(values))
    _query(
        dsn,
        f"INSERT INTO tailings.facilities ({names}, geom) VALUES ({marks}, ST_SetSRID(ST_MakePoint(70, 50), 4326))",
        tuple(values.values()),
    )


@pytest.mark.parametrize("spec", [s for s in SCHEMA if s.minimum is not None], ids=lambda s: s.name)
def test_ranges_are_those_of_the_file_registry(plugin, dsn, spec):
    _create(dsn)
    _insert(dsn, facility_id="LOW", **{spec.name: spec.minimum})
    _insert(dsn, facility_id="HIGH", **{spec.name: spec.maximum})
    for bad in (spec.minimum - 0.5 if spec.kind == "int" else spec.minimum * 0.99, spec.maximum * 1.01 + 1):
        with pytest.raises(psycopg2.errors.CheckViolation) as info:
            _insert(dsn, facility_id="BAD", **{spec.name: bad if spec.kind == "real" else int(bad)})
        message = info.value.diag.message_primary
        assert spec.name in message and "BAD" in message and "plausible range" in message


def test_other_hard_rules_are_refused_with_a_readable_message(plugin, dsn):
    _create(dsn)
    _insert(dsn, facility_id="A", status=" Operating ")
    assert _query(dsn, "SELECT status FROM tailings.facilities") == [("operating",)]
    cases = [
        (dict(facility_id="A"), psycopg2.errors.UniqueViolation, "facility_id"),
        (dict(facility_id="  "), psycopg2.errors.CheckViolation, "empty"),
        (dict(facility_id="B", status="exploded"), psycopg2.errors.CheckViolation, "not one of"),
        (dict(facility_id="C", dam_type="beaver"), psycopg2.errors.CheckViolation, "not one of"),
        (
            dict(facility_id="D", last_inspection=dt.date.today() + dt.timedelta(days=3)),
            psycopg2.errors.CheckViolation,
            "future",
        ),
        (dict(facility_id="E", name=None), psycopg2.errors.NotNullViolation, "required"),
    ]
    for values, error, text in cases:
        with pytest.raises(error) as info:
            _insert(dsn, **values)
        assert text in str(info.value)
    with pytest.raises(psycopg2.errors.CheckViolation, match="geometry is empty or invalid"):
        _query(
            dsn,
            "INSERT INTO tailings.facilities (facility_id, name, geom) VALUES ('G', 'x', "
            "ST_SetSRID('POINT EMPTY'::geometry, 4326))",
        )
    assert _query(dsn, "SELECT count(*) FROM tailings.facilities") == [(1,)]
    assert len(hard_rules()) >= 3 + sum(1 for s in SCHEMA if s.choices or s.minimum is not None)


def test_soft_rules_are_warnings_in_a_view(plugin, dsn):
    _create(dsn)
    _insert(
        dsn,
        facility_id="W",
        last_inspection=dt.date(1930, 5, 1),
        dam_height_m=20,
        volume_m3=1e6,
        water_hazard_class=2,
    )
    rows = _query(dsn, "SELECT facility_id, field FROM tailings.facility_warnings ORDER BY field")
    assert rows == [("W", "last_inspection"), ("W", "status")]


# --- import / export -----------------------------------------------------------------------------
def _by_id(layer, names):
    return {f["facility_id"]: tuple(f[n] for n in names) for f in layer.getFeatures()}


def test_import_sample_registry_copies_every_value(registry, sample_layer):
    from tailings_qgis_plugin.processing_algorithms.pg_io import registry_layer

    gpkg = sample_layer("facilities")
    shared = registry_layer(registry, "tailings")
    assert shared.featureCount() == 81
    names = [spec.name for spec in SCHEMA]
    assert _by_id(shared, names) == _by_id(gpkg, names)
    a = {f["facility_id"]: f.geometry().asPoint() for f in gpkg.getFeatures()}
    b = {f["facility_id"]: f.geometry().asPoint() for f in shared.getFeatures()}
    assert all(a[k].distance(b[k]) < 1e-9 for k in a)
    history = _query(registry, "SELECT operation, count(*) FROM tailings.facility_history GROUP BY 1")
    assert history == [("INSERT", 81)]


def test_import_is_all_or_nothing_and_names_each_rejected_row(registry, sample_layer):
    rows = [
        {"facility_id": "N1", "name": "New one", "dam_height_m": 30.0},
        {"facility_id": "N2", "name": "Too tall", "dam_height_m": 900.0},
        {"facility_id": "N1", "name": "Twin"},
        {"facility_id": "N3", "name": "Bad status", "status": "exploded"},
    ]
    existing = next(sample_layer("facilities").getFeatures())["facility_id"]
    rows.append({"facility_id": existing, "name": "Already there"})
    result = _import(registry, _layer(rows))
    assert (result["IMPORTED"], result["REJECTED"]) == (0, 4)
    rejected = {(f["row"], f["field"]): f["message"] for f in result["OUTPUT"].getFeatures()}
    assert set(rejected) == {(2, "dam_height_m"), (3, "facility_id"), (4, "status"), (5, "facility_id")}
    assert "plausible maximum 350" in rejected[(2, "dam_height_m")]
    assert "Duplicate facility id 'N1' (also row 1)" in rejected[(3, "facility_id")]
    assert "already in the shared registry" in rejected[(5, "facility_id")]
    assert _query(registry, "SELECT count(*) FROM tailings.facilities") == [(81,)]  # N1 not kept either


def test_import_volume_unit_and_field_mapping(plugin, dsn):
    _create(dsn)
    layer = QgsVectorLayer(
        "Point?crs=EPSG:3857&field=code:string&field=title:string&field=vol:double", "x", "memory"
    )
    f = QgsFeature(layer.fields())
    f.setAttributes(["M1", "Mapped", 2.5])
    f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(7792364.36, 6446275.84)))  # 70 E, 50 N
    layer.dataProvider().addFeatures([f])
    params = {"ID_FIELD": "code", "NAME_FIELD": "title", "VOLUME_FIELD": "vol", "VOLUME_UNIT": 2}
    assert _import(dsn, layer, **params)["IMPORTED"] == 1
    rows = _query(dsn, "SELECT facility_id, name, volume_m3, ST_X(geom), ST_Y(geom) FROM tailings.facilities")
    assert rows[0][:3] == ("M1", "Mapped", 2.5e6)
    assert rows[0][3:] == pytest.approx((70.0, 50.0), abs=1e-6)


def test_import_without_registry_says_what_to_do(plugin, dsn):
    with pytest.raises(QgsProcessingException, match="run tailings:createsharedregistry first"):
        _import(dsn, _layer([{"facility_id": "A", "name": "x"}]))


def test_export_back_to_geopackage(registry, sample_layer, tmp_path):
    out = str(tmp_path / "offline.gpkg")
    result = run_alg("tailings:exportregistry", {"DATABASE": registry, "SCHEMA": "tailings", "OUTPUT": out})
    assert result["COUNT"] == 81
    layer = QgsVectorLayer(out, "offline", "ogr")
    names = [spec.name for spec in SCHEMA]
    assert {"updated_at", "updated_by", "row_version"} <= set(layer.fields().names())
    assert _by_id(layer, names) == _by_id(sample_layer("facilities"), names)


def test_database_parameter_accepts_a_qgis_connection_name(plugin, dsn):
    from qgis.core import QgsProviderRegistry

    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    connection = metadata.createConnection(dsn, {"saveUsername": True})
    metadata.saveConnection(connection, "tailings test group")
    try:
        _create("tailings test group")
    finally:
        metadata.deleteConnection("tailings test group")
    assert _query(dsn, "SELECT value FROM tailings.registry_meta WHERE key = 'schema_version'") == [("1",)]


# --- two editors, history, roles -----------------------------------------------------------------
def _connect_as(dsn, user):
    return psycopg2.connect(dsn.replace("user=postgres", f"user={user}"))


def _editor_logins(dsn):
    _create(dsn, CREATE_ROLES=True)
    _query(
        dsn,
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'ed_emergency') THEN "
        "CREATE ROLE ed_emergency LOGIN IN ROLE tailings_editor_emergency; "
        "CREATE ROLE ed_ecology LOGIN IN ROLE tailings_editor_ecology; "
        "CREATE ROLE rd_science LOGIN IN ROLE tailings_reader; END IF; END $$",
    )


def _two_ids(dsn):
    return [r[0] for r in _query(dsn, "SELECT facility_id FROM tailings.facilities ORDER BY fid LIMIT 2")]


def test_two_editors_stale_edit_refused_other_facility_lands(registry):
    _editor_logins(registry)
    first, second = _two_ids(registry)
    a, b = _connect_as(registry, "ed_emergency"), _connect_as(registry, "ed_ecology")
    try:
        read = {}
        for name, conn in (("a", a), ("b", b)):
            with conn.cursor() as cur:
                cur.execute("SELECT row_version FROM tailings.facilities WHERE facility_id = %s", (first,))
                read[name] = cur.fetchone()[0]
            conn.commit()
        update = "UPDATE tailings.facilities SET dam_height_m = %s, row_version = %s WHERE facility_id = %s"
        with a.cursor() as cur:
            cur.execute(update, (41.0, -read["a"], first))
        a.commit()
        with b.cursor() as cur, pytest.raises(psycopg2.errors.SerializationFailure) as info:
            cur.execute(update, (99.0, -read["b"], first))
        b.rollback()
        message = info.value.diag.message_primary
        assert f"Stale edit refused: facility {first} was changed by ed_emergency" in message
        assert f"you read version {read['b']}, it is now version {read['b'] + 1}" in message
        with b.cursor() as cur:  # a different facility: no conflict
            cur.execute("SELECT row_version FROM tailings.facilities WHERE facility_id = %s", (second,))
            cur.execute(update, (12.0, -cur.fetchone()[0], second))
        b.commit()
    finally:
        a.close()
        b.close()
    rows = dict(
        _query(
            registry,
            "SELECT facility_id, dam_height_m FROM tailings.facilities WHERE facility_id IN %s",
            ((first, second),),
        )
    )
    assert rows == {first: 41.0, second: 12.0}
    history = _query(
        registry,
        "SELECT facility_id, changed_by, (old_row->>'row_version')::int, (new_row->>'dam_height_m')::float8 "
        "FROM tailings.facility_history WHERE operation = 'UPDATE' ORDER BY history_id",
    )
    assert history == [(first, "ed_emergency", read["a"], 41.0), (second, "ed_ecology", 1, 12.0)]


def test_stale_edit_refused_between_two_qgis_layers(registry):
    from tailings_qgis_plugin.processing_algorithms.pg_io import registry_layer

    first = _two_ids(registry)[0]
    # the form and the locking default come with the table (default style stored in the database)
    layers = [registry_layer(registry, "tailings") for _ in range(2)]
    row_version = layers[0].fields().lookupField("row_version")
    assert layers[0].defaultValueDefinition(row_version).expression() == '-abs("row_version")'
    assert layers[0].defaultValueDefinition(row_version).applyOnUpdate()
    fids = [next(layer.getFeatures(f"\"facility_id\" = '{first}'")).id() for layer in layers]
    height = layers[0].fields().lookupField("dam_height_m")
    area = layers[0].fields().lookupField("area_ha")
    layers[1].startEditing()  # the second editor starts first and is slow
    assert layers[1].changeAttributeValue(fids[1], height, 77.0)
    assert layers[1].changeAttributeValue(fids[1], area, 5.0)  # two changes: still one version
    layers[0].startEditing()
    assert layers[0].changeAttributeValue(fids[0], height, 55.0)
    assert layers[0].commitChanges(), layers[0].commitErrors()
    assert not layers[1].commitChanges()
    assert any("Stale edit refused" in e for e in layers[1].commitErrors())
    layers[1].rollBack()
    assert _query(
        registry, "SELECT dam_height_m, row_version FROM tailings.facilities WHERE facility_id = %s", (first,)
    ) == [(55.0, 2)]


def test_history_cannot_be_altered_by_editors_or_the_owner(registry):
    _editor_logins(registry)
    first = _two_ids(registry)[0]
    editor = _connect_as(registry, "ed_emergency")
    reader = _connect_as(registry, "rd_science")
    try:
        for sql in (
            "UPDATE tailings.facility_history SET changed_by = 'nobody'",
            "DELETE FROM tailings.facility_history",
            "INSERT INTO tailings.facility_history (fid, operation) VALUES (1, 'INSERT')",
            "DELETE FROM tailings.facilities",
            "ALTER TABLE tailings.facilities DISABLE TRIGGER facilities_log",
        ):
            with editor.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege):
                cur.execute(sql)
            editor.rollback()
        with reader.cursor() as cur, pytest.raises(psycopg2.errors.InsufficientPrivilege):
            cur.execute("UPDATE tailings.facilities SET name = 'x'")
        reader.rollback()
        with reader.cursor() as cur:
            cur.execute("SELECT count(*) FROM tailings.facility_history")
            assert cur.fetchone()[0] == 81
            cur.execute("SELECT count(*) FROM public.layer_styles WHERE f_table_name = 'facilities'")
            assert cur.fetchone()[0] == 1  # the form reaches every reader and editor
    finally:
        editor.close()
        reader.close()
    with pytest.raises(psycopg2.errors.InsufficientPrivilege, match="append-only"):
        _query(registry, "DELETE FROM tailings.facility_history WHERE facility_id = %s", (first,))


# --- the analysis algorithms on the PostGIS layer, as on the GeoPackage ---------------------------
def _rows(layer, key, names):
    return {f[key]: tuple(f[n] for n in names) for f in layer.getFeatures()}


def test_algorithms_give_the_same_results_on_postgis_and_geopackage(registry, sample_layer):
    from tailings_qgis_plugin.processing_algorithms.pg_io import registry_layer

    shared = registry_layer(registry, "tailings")
    gpkg = sample_layer("facilities")
    # validation: the same problems
    problems = []
    for layer in (gpkg, shared):
        out = run_alg("tailings:validateregistry", {"INPUT": layer, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
        problems.append(sorted(tuple(f.attributes()) for f in out.getFeatures()))
    assert problems[0] == problems[1]
    # hazard screening with population at risk (it traces down the rivers): the same numbers
    names = ["thi", "vf_m3", "runout_km", "par", "consequence_class", "hazard_notes"]
    screened = []
    for layer in (gpkg, shared):
        params = {
            "FACILITIES": layer,
            "FACILITY_ID_FIELD": "facility_id",
            "SETTLEMENTS": sample_layer("settlements"),
            "RIVERS": sample_layer("rivers"),
            "OUTPUT": "TEMPORARY_OUTPUT",
        }
        screened.append(_rows(run_alg("tailings:hazardscreening", params)["OUTPUT"], "facility_id", names))
    assert len(screened[0]) == 81 and screened[0] == screened[1]
    assert sum(1 for v in screened[0].values() if v[0] is not None) > 40
    # downstream tracing: the same pathways
    traced = []
    for layer in (gpkg, shared):
        params = {
            "FACILITIES": layer,
            "FACILITY_ID_FIELD": "facility_id",
            "RIVERS": sample_layer("rivers"),
            "MAX_DISTANCE": 150,
            "OUTPUT": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        }
        summary = run_alg("tailings:tracedownstream", params)["SUMMARY"]
        traced.append(_rows(summary, "facility_id", ["end_reason", "total_km", "snapped"]))
    assert len(traced[0]) == 81 and traced[0] == traced[1]


def test_a_facility_added_and_edited_in_qgis_is_stamped_and_logged(registry):
    from tailings_qgis_plugin.processing_algorithms.pg_io import configure_shared_form, registry_layer

    layer = registry_layer(registry, "tailings")
    configure_shared_form(layer)
    layer.startEditing()
    feature = QgsFeature(layer.fields())
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(69.6, 42.3)))
    feature["facility_id"] = "QGIS-1"
    feature["name"] = "Added in QGIS"
    feature["dam_height_m"] = 15.0
    assert layer.addFeature(feature)
    assert layer.commitChanges(), layer.commitErrors()
    layer.startEditing()
    fid = next(layer.getFeatures("\"facility_id\" = 'QGIS-1'")).id()  # 900 m breaks a hard rule
    assert layer.changeAttributeValue(fid, layer.fields().lookupField("dam_height_m"), 900.0)
    assert not layer.commitChanges()
    assert any("dam_height_m = 900 is outside the plausible range 0.5–350" in e for e in layer.commitErrors())
    layer.rollBack()
    rows = _query(
        registry,
        "SELECT f.row_version, f.updated_by, h.operation, h.changed_by FROM tailings.facilities f "
        "JOIN tailings.facility_history h USING (fid) WHERE f.facility_id = 'QGIS-1'",
    )
    assert rows == [(1, "postgres", "INSERT", "postgres")]
