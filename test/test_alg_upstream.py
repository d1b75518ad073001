"""tailings:upstreamsources and tailings:borderwatch through processing.run on the bundled sample data.

The reference is the forward algorithm, tailings:downstreamimpact, run on the same layers: for every
facility and receptor both must give the same distance and arrival. Other expected values come from
independent formulas (constant velocity: arrival = 0.89 x dist / U, Jobson 1996) or from geography (every
facility upstream of Pavlodar on the Irtysh also reaches Omsk downstream).
"""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsApplication,
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

from tailings_qgis_plugin.core.registry import is_missing
from tailings_qgis_plugin.processing_algorithms.alg_border_watch import BorderWatchAlgorithm
from tailings_qgis_plugin.processing_algorithms.alg_downstream_impact import DownstreamImpactAlgorithm
from tailings_qgis_plugin.processing_algorithms.alg_upstream_sources import UpstreamSourcesAlgorithm
from tailings_qgis_plugin.qgis_compat import make_field

TOWNS = ("Pavlodar", "Omsk", "Semey", "Ust-Kamenogorsk", "Kostanay", "Kurgan", "Astana", "Petropavl")
ALGS = {
    "tailings:downstreamimpact": DownstreamImpactAlgorithm,
    "tailings:upstreamsources": UpstreamSourcesAlgorithm,
    "tailings:borderwatch": BorderWatchAlgorithm,
}


def _alg(alg_id):
    registered = QgsApplication.processingRegistry().algorithmById(alg_id)
    return alg_id if registered is not None else ALGS[alg_id]()


def _run(alg_id, params, outputs, feedback=None):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    params = dict(params)
    for key in outputs:
        params.setdefault(key, "TEMPORARY_OUTPUT")
    res = processing.run(_alg(alg_id), params, context=context, feedback=feedback or QgsProcessingFeedback())
    out = {}
    for key in outputs:
        v = res[key]
        layer = v if isinstance(v, QgsVectorLayer) else QgsProcessingUtils.mapLayerFromString(v, context)
        out[key] = [
            {k: (None if is_missing(x) else x) for k, x in zip(layer.fields().names(), f.attributes())}
            | {"_geom": f.geometry()}
            for f in layer.getFeatures()
        ]
    return out


def _layer(gpkg, name):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def _towns(gpkg):
    """The towns as a memory layer (a subset string on a GeoPackage copy needs a writable folder)."""
    src = _layer(gpkg, "settlements")
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "towns", "memory")
    layer.dataProvider().addAttributes([make_field("name", "text")])
    layer.updateFields()
    for f in src.getFeatures():
        if f["name"] in TOWNS:
            g = QgsFeature(layer.fields())
            g.setGeometry(f.geometry())
            g.setAttributes([f["name"]])
            layer.dataProvider().addFeature(g)
    assert layer.featureCount() == len(TOWNS)
    return layer


def _common(gpkg, facilities=None):
    return {
        "FACILITIES": facilities if facilities is not None else _layer(gpkg, "facilities"),
        "FACILITY_ID_FIELD": "facility_id",
        "RIVERS": _layer(gpkg, "rivers"),
        "DIRECTION": 0,
        "SNAP_DISTANCE": 100000.0,
        "LAKES": _layer(gpkg, "lakes"),
        "VELOCITY_SOURCE": 0,
        "VELOCITY": 1.0,
    }


def _points(rows, crs="EPSG:4326"):
    layer = QgsVectorLayer(f"Point?crs={crs}", "points", "memory")
    pr = layer.dataProvider()
    pr.addAttributes([make_field("facility_id", "text")])
    layer.updateFields()
    for name, lon, lat in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        f.setAttributes([name])
        pr.addFeature(f)
    return layer


@pytest.fixture(scope="module")
def runs(qgis_processing, sample_gpkg):
    fwd = _run(
        "tailings:downstreamimpact",
        dict(
            _common(sample_gpkg),
            RECEPTORS=_towns(sample_gpkg),
            RECEPTOR_NAME_FIELD="name",
            CORRIDOR=10000.0,
            COUNTRIES=_layer(sample_gpkg, "countries"),
            COUNTRY_FIELD="adm0_a3",
        ),
        ("PATHWAYS", "EXPOSED", "CROSSINGS", "SUMMARY"),
    )
    rev = _run(
        "tailings:upstreamsources",
        dict(
            _common(sample_gpkg),
            RECEPTORS=_towns(sample_gpkg),
            RECEPTOR_ID_FIELD="name",
            RECEPTOR_SNAP_DISTANCE=10000.0,
            COUNTRIES=_layer(sample_gpkg, "countries"),
            COUNTRY_FIELD="adm0_a3",
        ),
        ("OUTPUT", "SUMMARY"),
    )
    return fwd, rev


def test_forward_and_reverse_agree_for_every_pair(runs):
    fwd, rev = runs
    snap_km = {s["facility_id"]: s["snap_distance_m"] / 1000.0 for s in fwd["SUMMARY"] if s["snapped"]}
    forward = {
        (r["facility_id"], r["name"]): r
        for r in fwd["EXPOSED"]
        # the forward corridor also covers the assumed overland leg; a town next to a site is found there,
        # before the release reaches a river: not a river pathway, so not an upstream source
        if r["kind"] == "receptor" and r["dist_km"] > snap_km[r["facility_id"]] + 1e-6
    }
    reverse = {(r["facility_id"], r["receptor_id"]): r for r in rev["OUTPUT"]}
    on_leg = {
        (r["facility_id"], r["name"])
        for r in fwd["EXPOSED"]
        if r["kind"] == "receptor" and r["dist_km"] <= snap_km[r["facility_id"]] + 1e-6
    }
    assert len(forward) > 40
    assert set(reverse) - on_leg == set(forward)
    for key, f in forward.items():
        r = reverse[key]
        assert r["dist_km"] == pytest.approx(f["dist_km"], abs=1e-3), key
        assert r["arrival_h"] == pytest.approx(f["arrival_h"], abs=1e-3), key  # 3.6 s
        assert r["peak_h"] == pytest.approx(f["peak_h"], abs=1e-3), key


def test_pavlodar_and_omsk(runs):
    _fwd, rev = runs
    by_town = {}
    for r in rev["OUTPUT"]:
        by_town.setdefault(r["receptor_id"], []).append(r)
    pavlodar = {r["facility_id"] for r in by_town["Pavlodar"]}
    omsk = {r["facility_id"] for r in by_town["Omsk"]}
    assert len(pavlodar) >= 10
    assert pavlodar <= omsk  # Omsk lies downstream of Pavlodar on the Irtysh
    for town in ("Pavlodar", "Omsk"):
        rows = by_town[town]
        assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
        assert [r["arrival_h"] for r in rows] == sorted(r["arrival_h"] for r in rows)
        for r in rows:
            # constant 1 m/s, no dispersion: peak at dist / U, leading edge 0.89 of it (Jobson 1996)
            assert r["peak_h"] == pytest.approx(r["dist_km"] / 3.6, rel=1e-6)
            assert r["arrival_h"] == pytest.approx(0.89 * r["dist_km"] / 3.6, rel=1e-6)
            line = r["_geom"].asPolyline()
            assert len(line) >= 2
    assert all(r["countries"] == "KAZ > RUS" for r in by_town["Omsk"])
    assert all(r["countries"] == "KAZ" for r in by_town["Pavlodar"])
    # the same facility arrives later at Omsk than at Pavlodar
    p = {r["facility_id"]: r["arrival_h"] for r in by_town["Pavlodar"]}
    assert all(r["arrival_h"] > p[r["facility_id"]] for r in by_town["Omsk"] if r["facility_id"] in p)
    summary = {s["receptor_id"]: s for s in rev["SUMMARY"]}
    assert set(summary) == set(TOWNS)
    for town, rows in by_town.items():
        s = summary[town]
        assert s["n_facilities"] == len(rows)
        assert s["first_facility_id"] == rows[0]["facility_id"]
        assert s["first_arrival_h"] == pytest.approx(min(r["arrival_h"] for r in rows))
        assert s["n_within_72h"] == sum(1 for r in rows if r["arrival_h"] <= 72)


def test_time_and_distance_limits(qgis_processing, sample_gpkg, runs):
    _fwd, rev = runs
    base = dict(
        _common(sample_gpkg),
        RECEPTORS=_towns(sample_gpkg),
        RECEPTOR_ID_FIELD="name",
        RECEPTOR_SNAP_DISTANCE=10000.0,
    )
    fast = _run("tailings:upstreamsources", dict(base, MAX_TIME_H=72.0), ("OUTPUT",))["OUTPUT"]
    expected = {(r["facility_id"], r["receptor_id"]) for r in rev["OUTPUT"] if r["arrival_h"] <= 72.0}
    assert {(r["facility_id"], r["receptor_id"]) for r in fast} == expected
    near = _run("tailings:upstreamsources", dict(base, MAX_DISTANCE=300.0), ("OUTPUT",))["OUTPUT"]
    expected = {(r["facility_id"], r["receptor_id"]) for r in rev["OUTPUT"] if r["dist_km"] <= 300.0}
    assert {(r["facility_id"], r["receptor_id"]) for r in near} == expected


def test_border_watch_outgoing_matches_forward_first_border(qgis_processing, sample_gpkg, runs):
    fwd, _rev = runs
    out = _run(
        "tailings:borderwatch",
        dict(_common(sample_gpkg), COUNTRIES=_layer(sample_gpkg, "countries"), COUNTRY="KAZ", CROSSINGS=0),
        ("OUTPUT", "SUMMARY"),
    )
    assert out["SUMMARY"] and all(s["direction"] == "outgoing" for s in out["SUMMARY"])
    assert all(s["from_country"] == "KAZ" and s["to_country"] != "KAZ" for s in out["SUMMARY"])
    watch = {}
    for r in out["OUTPUT"]:
        watch.setdefault(r["facility_id"], []).append(r)
    first = {}
    for c in fwd["CROSSINGS"]:
        if c["from_country"] == "KAZ" and c["facility_id"] not in first:
            first[c["facility_id"]] = c
    assert len(first) >= 10
    for fid, c in first.items():
        rows = watch[fid]
        # the forward first border is one of the crossings the facility reaches, at the same km and hour
        best = min(rows, key=lambda r: abs(r["dist_km"] - c["dist_km"]))
        assert best["dist_km"] == pytest.approx(c["dist_km"], abs=1e-3)
        assert best["arrival_h"] == pytest.approx(c["arrival_h"], rel=1e-6)
        assert min(r["dist_km"] for r in rows) == pytest.approx(c["dist_km"], abs=1e-3)
    # the Irtysh leaves Kazakhstan for Russia (north of Pavlodar): the crossing reached by most facilities
    irtysh = max(out["SUMMARY"], key=lambda s: s["n_facilities"])
    p = irtysh["_geom"].asPoint()
    assert irtysh["to_country"] == "RUS" and 74.0 < p.x() < 76.5 and 53.0 < p.y() < 54.5
    rows = [r for r in out["OUTPUT"] if r["crossing_id"] == irtysh["crossing_id"]]
    assert [r["rank"] for r in rows] == list(range(1, len(rows) + 1))
    assert irtysh["first_arrival_h"] == pytest.approx(rows[0]["arrival_h"])
    assert all(r["facility_country"] == "KAZ" for r in out["OUTPUT"])


def test_border_watch_incoming_from_china(qgis_processing, sample_gpkg):
    """A site on the Black Irtysh in China reaches the CHN > KAZ crossing; Kazakh sites are not listed."""
    fac = _points([("BI", 86.5, 47.9), ("UK", 82.6, 49.95)])
    params = dict(
        _common(sample_gpkg, fac), COUNTRIES=_layer(sample_gpkg, "countries"), COUNTRY_FIELD="adm0_a3"
    )
    out = _run("tailings:borderwatch", dict(params, COUNTRY="kaz", CROSSINGS=1), ("OUTPUT", "SUMMARY"))
    assert {r["facility_id"] for r in out["OUTPUT"]} == {"BI"}
    row = out["OUTPUT"][0]
    assert (row["from_country"], row["to_country"], row["direction"]) == ("CHN", "KAZ", "incoming")
    fwd = _run("tailings:downstreamimpact", params, ("PATHWAYS", "EXPOSED", "CROSSINGS", "SUMMARY"))
    c = next(c for c in fwd["CROSSINGS"] if c["facility_id"] == "BI" and c["to_country"] == "KAZ")
    assert row["dist_km"] == pytest.approx(c["dist_km"], abs=1e-3)
    assert row["arrival_h"] == pytest.approx(c["arrival_h"], rel=1e-6)


def test_bad_input_gives_clear_errors(qgis_processing, sample_gpkg):
    far = _points([("desert", 70.0, 47.0)])
    base = dict(_common(sample_gpkg), RECEPTORS=far, RECEPTOR_SNAP_DISTANCE=1000.0)
    with pytest.raises(QgsProcessingException, match="RECEPTOR_SNAP_DISTANCE"):
        _run("tailings:upstreamsources", base, ("OUTPUT",))
    empty = _points([])
    with pytest.raises(QgsProcessingException, match="empty"):
        _run("tailings:upstreamsources", dict(base, RECEPTORS=empty), ("OUTPUT",))
    poly = QgsVectorLayer("Polygon?crs=EPSG:4326", "c", "memory")
    poly.dataProvider().addAttributes([make_field("foo", "text")])
    poly.updateFields()
    f = QgsFeature(poly.fields())
    f.setGeometry(QgsGeometry.fromWkt("POLYGON((60 40, 90 40, 90 60, 60 60, 60 40))"))
    f.setAttributes(["x"])
    poly.dataProvider().addFeature(f)
    with pytest.raises(QgsProcessingException, match="COUNTRY_FIELD"):
        _run("tailings:borderwatch", dict(_common(sample_gpkg), COUNTRIES=poly), ("OUTPUT",))
    with pytest.raises(QgsProcessingException, match="XYZ"):
        _run(
            "tailings:borderwatch",
            dict(_common(sample_gpkg), COUNTRIES=_layer(sample_gpkg, "countries"), COUNTRY="XYZ"),
            ("OUTPUT",),
        )
