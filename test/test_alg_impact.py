"""tailings:downstreamimpact through processing.run on the real WaterHydro rivers, GeoNames places and
Natural Earth countries. Expected values come from independent computations (pyproj Geod, shapely), not
from what the algorithm printed."""

from __future__ import annotations

import pytest
from pyproj import Geod
from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from conftest import SHARED_DATA
from tailings_qgis_plugin.core.registry import is_missing
from tailings_qgis_plugin.processing_algorithms.alg_downstream_impact import DownstreamImpactAlgorithm
from tailings_qgis_plugin.qgis_compat import make_field

ALG_ID = "tailings:downstreamimpact"
RIVERS = SHARED_DATA / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"
CITIES = SHARED_DATA / "settlements" / "geonames_cities500_central_asia.geojson"
COUNTRIES = SHARED_DATA / "boundaries" / "ne_50m_admin_0_countries_central_asia.geojson"
GEOD = Geod(ellps="WGS84")

pytestmark = pytest.mark.skipif(
    not (RIVERS.exists() and CITIES.exists() and COUNTRIES.exists()),
    reason=f"real data not under {SHARED_DATA}",
)


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)


def _alg():
    registered = QgsApplication.processingRegistry().algorithmById(ALG_ID)
    return ALG_ID if registered is not None else DownstreamImpactAlgorithm()


def _facilities(points, crs="EPSG:4326"):
    layer = QgsVectorLayer(f"Point?crs={crs}", "facilities", "memory")
    pr = layer.dataProvider()
    pr.addAttributes([make_field("site", "text"), make_field("mass_kg", "real")])
    layer.updateFields()
    for name, lon, lat, mass in points:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        f.setAttributes([name, mass])
        pr.addFeature(f)
    return layer


def _ogr(path, name):
    layer = QgsVectorLayer(str(path), name, "ogr")
    assert layer.isValid()
    return layer


def _run(params, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = dict(params)
    for key in ("PATHWAYS", "EXPOSED", "CROSSINGS", "SUMMARY"):
        params.setdefault(key, "TEMPORARY_OUTPUT")
    res = processing.run(_alg(), params, context=context, feedback=feedback or QgsProcessingFeedback())
    out = {}
    for key in ("PATHWAYS", "EXPOSED", "CROSSINGS", "SUMMARY"):
        v = res[key]
        layer = v if isinstance(v, QgsVectorLayer) else QgsProcessingUtils.mapLayerFromString(v, context)
        out[key] = [
            {k: (None if is_missing(v) else v) for k, v in zip(layer.fields().names(), f.attributes())}
            | {"_geom": f.geometry()}
            for f in layer.getFeatures()
        ]
    return out


def _base(facilities, **kw):
    p = {
        "FACILITIES": facilities,
        "FACILITY_ID_FIELD": "site",
        "RIVERS": _ogr(RIVERS, "rivers"),
        "SNAP_DISTANCE": 5000.0,
        "SETTLEMENTS": _ogr(CITIES, "cities"),
        "SETTLEMENT_NAME_FIELD": "name",
        "POPULATION_FIELD": "population",
        "COUNTRIES": _ogr(COUNTRIES, "countries"),
        "COUNTRY_FIELD": "ADM0_A3",
        "CORRIDOR": 5000.0,
        "VELOCITY_SOURCE": 0,
        "VELOCITY": 1.0,
    }
    p.update(kw)
    return p


@pytest.fixture(scope="module")
def result(qgis_processing):
    fac = _facilities([("UK", 82.6, 49.95, 1e5), ("BI", 86.5, 47.9, None), ("desert", 70.0, 47.0, 10.0)])
    fb = RecordingFeedback()
    out = _run(_base(fac, MASS_FIELD="mass_kg"), fb)
    return out, fb


def test_irtysh_settlements_in_downstream_order(result):
    out, _ = result
    uk = [r for r in out["EXPOSED"] if r["facility_id"] == "UK"]
    names = [r["name"] for r in uk]
    for town in ("Semey", "Pavlodar", "Omsk"):
        assert town in names
    assert names.index("Semey") < names.index("Pavlodar") < names.index("Omsk")
    dist = [r["dist_km"] for r in uk]
    assert dist == sorted(dist) and min(dist) >= 0
    assert all(0 <= r["offset_m"] <= 5000 for r in uk)
    omsk = uk[names.index("Omsk")]
    assert omsk["country"] == "RUS"
    # constant 1 m/s: peak at dist/U, leading edge 0.89 of it (Jobson 1996)
    for r in uk:
        assert r["peak_h"] == pytest.approx(r["dist_km"] / 3.6, rel=1e-6)
        assert r["arrival_h"] == pytest.approx(0.89 * r["dist_km"] / 3.6, rel=1e-6)
        assert r["peak_conc_mg_l"] is None  # no discharge: NULL
    # offset checked against pyproj on the exposed point and Shapely's nearest point is within 5 km
    semey = uk[names.index("Semey")]
    p = semey["_geom"].asPoint()
    assert GEOD.inv(p.x(), p.y(), 80.2275, 50.41111)[2] < 2000  # GeoNames Semey


def test_crossings_kaz_rus_and_chn_kaz(result):
    out, _ = result
    uk = [c for c in out["CROSSINGS"] if c["facility_id"] == "UK"]
    assert [(c["from_country"], c["to_country"]) for c in uk] == [("KAZ", "RUS")]
    bi = [c for c in out["CROSSINGS"] if c["facility_id"] == "BI"]
    assert (bi[0]["from_country"], bi[0]["to_country"]) == ("CHN", "KAZ")
    assert bi[0]["arrival_h"] == pytest.approx(0.89 * bi[0]["dist_km"] / 3.6, rel=1e-6)


def test_summary_and_pathways(result):
    out, fb = result
    s = {r["facility_id"]: r for r in out["SUMMARY"]}
    assert set(s) == {"UK", "BI", "desert"}
    assert s["UK"]["countries"] == "KAZ > RUS" and s["UK"]["first_border_to"] == "RUS"
    assert s["BI"]["countries"].startswith("CHN > KAZ")
    assert not s["desert"]["snapped"] and s["desert"]["end_reason"] == "no_river"
    uk_rows = [r for r in out["EXPOSED"] if r["facility_id"] == "UK" and r["population"] is not None]
    assert s["UK"]["population"] == pytest.approx(sum(r["population"] for r in uk_rows))
    assert s["UK"]["population_24h"] == pytest.approx(
        sum(r["population"] for r in uk_rows if r["arrival_h"] <= 24)
    )
    assert any("snap distance" in w for w in fb.warnings)
    pw = [r for r in out["PATHWAYS"] if r["facility_id"] == "UK"]
    assert pw[0]["kind"] == "overland" and pw[0]["from_km"] == pytest.approx(0.0)
    assert all(a["to_km"] == pytest.approx(b["from_km"], abs=1e-6) for a, b in zip(pw, pw[1:]))
    assert pw[-1]["travel_time_to_h"] == pytest.approx(s["UK"]["end_km"] / 3.6, rel=2e-3)


def test_concentration_with_discharge_field(qgis_processing):
    rivers = _ogr(RIVERS, "rivers")
    mem = rivers.materialize(__import__("qgis.core", fromlist=["QgsFeatureRequest"]).QgsFeatureRequest())
    mem.dataProvider().addAttributes([make_field("q_cms", "real")])
    mem.updateFields()
    idx = mem.fields().lookupField("q_cms")
    mem.dataProvider().changeAttributeValues({f.id(): {idx: 800.0} for f in mem.getFeatures()})
    fac = _facilities([("UK", 82.6, 49.95, 1e5)])
    fb = RecordingFeedback()
    out = _run(
        _base(
            fac, RIVERS=mem, MASS_FIELD="mass_kg", VELOCITY_SOURCE=2, DISCHARGE_FIELD="q_cms", COUNTRIES=None
        ),
        fb,
    )
    overland_end = out["PATHWAYS"][0]["to_km"]
    assert out["PATHWAYS"][0]["kind"] == "overland"
    # on the overland leg there is no river concentration; on the river every place has one
    assert all(r["peak_conc_mg_l"] is None for r in out["EXPOSED"] if r["dist_km"] < overland_end)
    rows = [r for r in out["EXPOSED"] if r["dist_km"] > overland_end + 0.01]  # sigma = 0 at the entry
    conc = [r["peak_conc_mg_l"] for r in rows]
    assert len(rows) > 10 and all(c is not None and c > 0 for c in conc)
    assert all(r["dilution"] == pytest.approx(1.0) for r in rows)  # same Q everywhere
    assert all(b < a for a, b in zip(conc, conc[1:]))  # no inflow: falls monotonically downstream
    u = 0.194 * 800**0.285  # Raymond et al. (2012) velocity for Q = 800 m3/s, on the river part
    semey = next(r for r in rows if r["name"] == "Semey")
    t_expected = overland_end / 3.6 + (semey["dist_km"] - overland_end) * 1000 / u / 3600  # overland at 1 m/s
    assert semey["peak_h"] == pytest.approx(t_expected, rel=1e-3)
    assert any("assumed slope" in w for w in fb.warnings)


def test_bad_population_flagged(qgis_processing):
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "s", "memory")
    pr = layer.dataProvider()
    pr.addAttributes([make_field("name", "text"), make_field("pop", "text")])
    layer.updateFields()
    for name, lon, lat, pop in [
        ("Semey", 80.2275, 50.41111, "292780"),
        ("a", 80.2275, 50.41111, None),
        ("b", 80.2275, 50.41111, "0"),
        ("c", 80.2275, 50.41111, "many"),
    ]:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        f.setAttributes([name, pop])
        pr.addFeature(f)
    fb = RecordingFeedback()
    out = _run(
        _base(
            _facilities([("UK", 82.6, 49.95, None)]),
            SETTLEMENTS=layer,
            POPULATION_FIELD="pop",
            COUNTRIES=None,
        ),
        fb,
    )
    rows = {r["name"]: r for r in out["EXPOSED"]}
    assert set(rows) == {"Semey", "a", "b", "c"}
    assert rows["Semey"]["population"] == 292780
    assert {rows[k]["population_flag"] for k in "abc"} == {"missing", "zero", "not a number"}
    assert out["SUMMARY"][0]["population"] == 292780 and out["SUMMARY"][0]["n_pop_unknown"] == 3
    assert any("no usable population" in w for w in fb.warnings)


def test_settlements_in_another_crs_give_same_result(qgis_processing):
    src = _ogr(CITIES, "cities")
    merc = QgsVectorLayer("Point?crs=EPSG:3857", "merc", "memory")
    merc.dataProvider().addAttributes(src.fields().toList())
    merc.updateFields()
    tr = QgsCoordinateTransform(src.crs(), QgsCoordinateReferenceSystem("EPSG:3857"), QgsProject.instance())
    feats = []
    for f in src.getFeatures():
        g = QgsGeometry(f.geometry())
        g.transform(tr)
        nf = QgsFeature(merc.fields())
        nf.setGeometry(g)
        nf.setAttributes(f.attributes())
        feats.append(nf)
    merc.dataProvider().addFeatures(feats)
    fb = RecordingFeedback()
    out = _run(_base(_facilities([("UK", 82.6, 49.95, None)]), SETTLEMENTS=merc, COUNTRIES=None), fb)
    names = [r["name"] for r in out["EXPOSED"]]
    assert names.index("Semey") < names.index("Pavlodar") < names.index("Omsk")
    assert any("different coordinate reference systems" in w for w in fb.warnings)


@pytest.mark.parametrize("corridor", [0.0, -100.0])
def test_bad_corridor(qgis_processing, corridor):
    with pytest.raises(QgsProcessingException, match="corridor"):
        _run(_base(_facilities([("UK", 82.6, 49.95, None)]), CORRIDOR=corridor, COUNTRIES=None))


def test_zero_velocity(qgis_processing):
    with pytest.raises(QgsProcessingException, match="velocity must be positive"):
        _run(_base(_facilities([("UK", 82.6, 49.95, None)]), VELOCITY=0.0, COUNTRIES=None))


def test_lakes_layer_is_used_for_tracing(qgis_processing):
    lakes = SHARED_DATA / "rivers_basins_waterhydro_kz" / "waterhydro_lakes.geojson"
    if not lakes.exists():
        pytest.skip("lakes layer not present")
    # the Ili ends in Lake Balkhash at 75.30 E, 46.65 N (data README); start on its last reach
    out = _run(
        _base(
            _facilities([("ILI", 74.80, 46.50, None)]),
            LAKES=_ogr(lakes, "lakes"),
            COUNTRIES=None,
            SETTLEMENTS=None,
        )
    )
    s = out["SUMMARY"][0]
    assert s["snapped"] and s["end_km"] > 20
    assert s["end_reason"] in ("terminal_lake", "outlet")
    assert s["end_lon"] == pytest.approx(75.298, abs=0.01) and s["end_lat"] == pytest.approx(46.652, abs=0.01)
