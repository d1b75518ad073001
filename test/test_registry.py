"""Facility registry: schema, the engine's checks, and the two Processing algorithms."""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from conftest import run_alg
from tailings_qgis_plugin.core.registry import SCHEMA, validate_records

TODAY = dt.date(2026, 11, 25)


# --- engine -------------------------------------------------------------------
def _problems(records):
    return {(p.facility, p.field, p.severity) for p in validate_records(records, today=TODAY).problems}


def test_clean_record_has_no_problem():
    record = {
        "facility_id": "A",
        "name": "Dam A",
        "dam_height_m": 40,
        "volume_m3": 2.5e7,
        "water_hazard_class": 3,
        "status": "operating",
        "dam_type": "upstream",
        "last_inspection": "2024-05-01",
    }
    assert validate_records([record], today=TODAY).problems == []


@pytest.mark.parametrize(
    "field,value",
    [
        ("dam_height_m", 900),
        ("volume_m3", -5),
        ("dam_height_m", "tall"),
        ("water_hazard_class", 4),
        ("water_hazard_class", 2.5),
        ("last_inspection", "2090-01-01"),
        ("last_inspection", "yesterday"),
        ("status", "exploded"),
        ("dam_type", "beaver"),
    ],
)
def test_implausible_values_are_errors(field, value):
    assert ("A", field, "error") in _problems([{"facility_id": "A", "name": "x", field: value}])


def test_duplicate_and_missing_ids():
    found = _problems(
        [
            {"facility_id": "A", "name": "x"},
            {"facility_id": "A", "name": "y"},
            {"facility_id": None, "name": "z", "__fid__": 7},
        ]
    )
    assert ("A", "facility_id", "error") in found
    assert ("feature 7", "facility_id", "error") in found


def test_text_numbers_with_comma_are_accepted():
    assert (
        validate_records([{"facility_id": "A", "name": "x", "volume_m3": "1,5e6"}], today=TODAY).problems
        == []
    )


# --- algorithms -----------------------------------------------------------------
def _memory_layer(geometry="Point", crs="EPSG:4326", fields="facility_id:string&field=name:string"):
    uri = f"{geometry}?{'crs=' + crs + '&' if crs else ''}field={fields}"
    return QgsVectorLayer(uri, "facilities", "memory")


def _add(layer, attrs, wkt="POINT(82.6 49.95)"):
    feature = QgsFeature(layer.fields())
    feature.setAttributes(attrs)
    if wkt:
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
    layer.dataProvider().addFeatures([feature])


def test_create_registry_writes_schema_and_form(plugin, tmp_path):
    out = str(tmp_path / "registry.gpkg")
    result = run_alg("tailings:createregistry", {"GEOMETRY": 1, "CRS": "EPSG:32643", "OUTPUT": out})
    layer = QgsVectorLayer(result["OUTPUT"], "r", "ogr")
    assert layer.isValid() and layer.featureCount() == 0
    names = layer.fields().names()
    assert all(spec.name in names for spec in SCHEMA)
    assert layer.crs().authid() == "EPSG:32643"
    assert "Polygon" in layer.dataProvider().wkbType().__repr__() or layer.geometryType() == 2


def test_validate_sample_registry(plugin, sample_layer):
    layer = sample_layer("facilities")
    before = [f.attributes() for f in layer.getFeatures()]
    result = run_alg("tailings:validateregistry", {"INPUT": layer, "OUTPUT": "memory:"})
    problems = result["OUTPUT"]
    rows = [f.attributes() for f in problems.getFeatures()]
    # The sample registry is real ICMM data: ids unique, geometry valid, no errors
    assert result["ERRORS"] == 0, rows
    assert [f.attributes() for f in layer.getFeatures()] == before  # input unchanged


def test_validate_reports_each_kind_of_problem(plugin):
    layer = _memory_layer(
        fields="facility_id:string&field=name:string&field=dam_height_m:string"
        "&field=volume_m3:double&field=last_inspection:string"
    )
    _add(layer, ["A", "ok", "40", 1e6, "2020-01-01"])
    _add(layer, ["A", "dup", "tall", -3, "2090-01-01"])
    _add(layer, ["B", "no geometry", "10", 1e6, None], wkt=None)
    _add(layer, ["C", "giant", "900", 1e6, None])
    result = run_alg("tailings:validateregistry", {"INPUT": layer, "OUTPUT": "memory:"})
    rows = {(f["facility"], f["field"]) for f in result["OUTPUT"].getFeatures()}
    assert ("A", "facility_id") in rows  # duplicate
    assert ("A", "dam_height_m") in rows  # text in numeric field
    assert ("A", "volume_m3") in rows  # negative
    assert ("A", "last_inspection") in rows  # future
    assert ("B", "geometry") in rows
    assert ("C", "dam_height_m") in rows
    assert ("(layer)", "status") in rows  # missing column reported once
    assert result["ERRORS"] >= 6


def test_validate_with_field_mapping(plugin):
    layer = _memory_layer(fields="code:string&field=title:string&field=h:double")
    _add(layer, ["X1", "Dam", 35.0])
    _add(layer, ["X1", "Dam 2", 1200.0])
    result = run_alg(
        "tailings:validateregistry",
        {"INPUT": layer, "ID_FIELD": "code", "NAME_FIELD": "title", "HEIGHT_FIELD": "h", "OUTPUT": "memory:"},
    )
    rows = {(f["facility"], f["field"]) for f in result["OUTPUT"].getFeatures()}
    assert ("X1", "facility_id") in rows and ("X1", "dam_height_m") in rows
    assert ("(layer)", "facility_id") not in rows


def test_validate_no_crs_is_reported(plugin):
    layer = _memory_layer(crs=None)
    layer.setCrs(QgsCoordinateReferenceSystem())
    _add(layer, ["A", "x"])
    assert not layer.crs().isValid()
    with pytest.raises(QgsProcessingException, match="coordinate reference system"):
        run_alg("tailings:validateregistry", {"INPUT": layer, "OUTPUT": "memory:"})


@pytest.mark.parametrize("case", ["empty", "lines"])
def test_validate_bad_layers(plugin, case):
    if case == "empty":
        layer = _memory_layer()
        match = "empty"
    else:
        layer = _memory_layer(geometry="LineString")
        _add(layer, ["A", "x"], wkt="LINESTRING(0 0, 1 1)")
        match = "point / polygon|line"
    feedback = QgsProcessingFeedback()
    with pytest.raises(QgsProcessingException, match=match):
        run_alg("tailings:validateregistry", {"INPUT": layer, "OUTPUT": "memory:"}, feedback)


def test_validate_unknown_mapped_field(plugin):
    layer = _memory_layer()
    _add(layer, ["A", "x"])
    with pytest.raises(QgsProcessingException):
        run_alg("tailings:validateregistry", {"INPUT": layer, "ID_FIELD": "nope", "OUTPUT": "memory:"})
