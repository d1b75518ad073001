"""Issue 14 on the bundled sample data: assumed geometry is marked, the data's edge is not an outlet, and
the two algorithms count the same people (issue 12: one pathway model, one population count).

Expected facts are geographic, not read from the algorithm: Ridder (Leninogorsk, 50.366 N 83.535 E) lies
about 60 km from the nearest digitised reach, so the settlements at Ridder are reached along the straight
overland leg; the WaterHydro Irtysh reaches stop near 58 N inside Russia, far from any coast.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsFeature, QgsGeometry, QgsVectorLayer

from conftest import run_alg
from tailings_qgis_plugin.core.registry import is_missing


def _one_facility(sample_layer, name):
    src = sample_layer("facilities")
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "one", "memory")
    layer.dataProvider().addAttributes(src.fields().toList())
    layer.updateFields()
    feats = []
    for f in src.getFeatures():
        if f["name"] == name:
            g = QgsFeature(layer.fields())
            g.setGeometry(f.geometry())
            g.setAttributes(f.attributes())
            feats.append(g)
    layer.dataProvider().addFeatures(feats)
    assert layer.featureCount() == 1, name
    return layer


@pytest.fixture()
def ridder_run(provider, sample_layer, tmp_path):
    fac = _one_facility(sample_layer, "Leninogorsk")
    params = {
        "FACILITIES": fac,
        "FACILITY_ID_FIELD": "facility_id",
        "RIVERS": sample_layer("rivers"),
        "DIRECTION": 0,
        "SNAP_DISTANCE": 100000,
        "LAKES": sample_layer("lakes"),
        "SETTLEMENTS": sample_layer("settlements"),
        "SETTLEMENT_NAME_FIELD": "name",
        "POPULATION_FIELD": "population",
        "COUNTRIES": sample_layer("countries"),
        "COUNTRY_FIELD": "adm0_a3",
        "CORRIDOR": 5000,
        "VELOCITY": 1.0,
        "PATHWAYS": str(tmp_path / "p.gpkg"),
        "EXPOSED": str(tmp_path / "e.gpkg"),
        "CROSSINGS": str(tmp_path / "c.gpkg"),
        "SUMMARY": str(tmp_path / "s.gpkg"),
    }
    out = run_alg("tailings:downstreamimpact", params)
    exposed = list(QgsVectorLayer(out["EXPOSED"], "e", "ogr").getFeatures())
    summary = list(QgsVectorLayer(out["SUMMARY"], "s", "ogr").getFeatures())
    return fac, params, exposed, summary


def test_ridder_is_flagged_on_the_overland_leg(ridder_run):
    _fac, _params, exposed, summary = ridder_run
    snap_km = summary[0]["snap_distance_m"] / 1000.0
    assert snap_km > 50.0  # the straight leg to the nearest digitised reach is assumed geometry
    ridder = [f for f in exposed if f["name"] == "Ridder"]
    assert ridder, [f["name"] for f in exposed][:20]
    for f in ridder:
        assert f["on_overland_leg"]
        assert f["overland_dist_km"] == pytest.approx(f["dist_km"], abs=1e-6)
        assert f["overland_dist_km"] < snap_km
    # places along the river are not flagged, and have no overland distance
    river = [f for f in exposed if f["dist_km"] > snap_km + 1.0]
    assert river and all(not f["on_overland_leg"] and is_missing(f["overland_dist_km"]) for f in river)


def test_trace_ending_at_the_data_edge_says_network_end(ridder_run):
    _fac, _params, _exposed, summary = ridder_run
    s = summary[0]
    # the Irtysh reaches of the sample stop near 58 N inside Russia: the data ends, not the river
    assert s["end_lat"] > 56.5 and s["end_reason"] == "network_end", (
        s["end_lat"],
        s["end_lon"],
        s["end_reason"],
    )
    assert s["assumptions"] and "5000 m" in s["assumptions"] and "100000 m" in s["assumptions"]
    assert not s["slope_assumed"]  # no discharge: no concentration, so no slope was assumed for one


def test_both_algorithms_count_the_same_people(ridder_run, tmp_path):
    """Impact traced to a distance d and screening with a runout of d report the same population."""
    fac, params, _exposed, _summary = ridder_run
    screened = run_alg(
        "tailings:hazardscreening",
        {
            "FACILITIES": fac,
            "FACILITY_ID_FIELD": "facility_id",
            "SCENARIO_VOLUME": 1.0e7,
            "SCENARIO_HEIGHT": 25.0,
            "RIVERS": params["RIVERS"],
            "SETTLEMENTS": params["SETTLEMENTS"],
            "POPULATION_FIELD": "population",
            "SNAP_DISTANCE": 100000,
            "CORRIDOR": 5000,
            "OUTPUT": str(tmp_path / "h.gpkg"),
        },
    )
    row = next(QgsVectorLayer(screened["OUTPUT"], "h", "ogr").getFeatures())
    assert row["scenario_source"] == "user scenario"
    for key, par_key in (("runout_km", "par"), ("runout_high_km", "par_high")):
        p = dict(params, LAKES=None, COUNTRIES=None, MAX_DISTANCE=float(row[key]))
        for name in ("PATHWAYS", "EXPOSED", "CROSSINGS", "SUMMARY"):
            p[name] = str(tmp_path / f"{key}_{name}.gpkg")
        out = run_alg("tailings:downstreamimpact", p)
        s = next(QgsVectorLayer(out["SUMMARY"], "s", "ogr").getFeatures())
        exposed = list(QgsVectorLayer(out["EXPOSED"], "e", "ogr").getFeatures())
        # independent sum: each exposed settlement once, with its population
        by_name = {}
        for f in exposed:
            if f["kind"] == "settlement" and not is_missing(f["population"]):
                by_name[(f["name"], f["dist_km"])] = f["population"]
        assert s["population"] == pytest.approx(sum(by_name.values()))
        assert row[par_key] == pytest.approx(s["population"]), key
    assert row["par_high"] >= row["par"] > 0


def test_validate_registry_volume_unit(provider):
    """Registry volumes in thousand m3: 0.5 (= 500 m3 read as m3) is implausible in m3, fine in thousand m3;
    50,000 read as m3 is flagged as looking like another unit."""
    layer = QgsVectorLayer(
        "Point?crs=EPSG:4326&field=facility_id:string&field=name:string&field=volume_m3:double", "r", "memory"
    )
    feats = []
    for fid, vol in (("A", 0.5), ("B", 50000.0), ("C", 20000.0)):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt("POINT (80 50)"))
        f.setAttributes([fid, fid, vol])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)

    def problems(unit):
        res = run_alg("tailings:validateregistry", {"INPUT": layer, "VOLUME_UNIT": unit, "OUTPUT": "memory:"})
        return {(f["facility"], f["field"]): f["message"] for f in res["OUTPUT"].getFeatures()}

    as_m3 = problems(0)
    assert ("A", "volume_m3") in as_m3  # 0.5 m3 is below the plausible minimum (1 m3)
    assert "thousand" in as_m3[("(layer)", "volume_m3")]
    in_thousands = problems(1)
    assert ("A", "volume_m3") not in in_thousands and ("(layer)", "volume_m3") not in in_thousands


def test_sample_registry_is_not_assessed_without_a_scenario(provider, sample_layer, tmp_path):
    """No public source gives a Kazakh site's stored volume or height: nothing is ranked or given a runout,
    and each row says where its (missing) data came from."""
    fac = sample_layer("facilities")
    assert all(is_missing(f["volume_m3"]) and is_missing(f["dam_height_m"]) for f in fac.getFeatures())
    assert all("CSP2" in f["dam_data_source"] for f in fac.getFeatures())
    out = run_alg(
        "tailings:hazardscreening",
        {"FACILITIES": fac, "FACILITY_ID_FIELD": "facility_id", "OUTPUT": str(tmp_path / "h.gpkg")},
    )
    rows = list(QgsVectorLayer(out["OUTPUT"], "h", "ogr").getFeatures())
    assert len(rows) == 81
    assert all(r["scenario_source"] == "none" for r in rows)
    assert all(is_missing(r["thi_rank"]) and is_missing(r["runout_km"]) for r in rows)


def test_run_parameters_travel_in_the_layer_metadata(provider, sample_layer):
    """A run whose output is loaded by the context carries its assumptions in the layer metadata."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProcessingUtils

    context = QgsProcessingContext()
    fac = _one_facility(sample_layer, "Leninogorsk")
    res = processing.run(
        "tailings:hazardscreening",
        {"FACILITIES": fac, "SCENARIO_VOLUME": 1e7, "SCENARIO_HEIGHT": 25.0, "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    out = res["OUTPUT"]
    layer = out if isinstance(out, QgsVectorLayer) else QgsProcessingUtils.mapLayerFromString(out, context)
    row = next(layer.getFeatures())
    assert layer.metadata().abstract() == row["assumptions"]
    assert "user scenario" in layer.metadata().abstract()
