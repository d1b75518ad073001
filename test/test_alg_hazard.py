"""tailings:hazardscreening run through processing.run on the real ICMM Kazakh sites with scenario columns.

Expected values are computed here from the published formulas (Rico et al. 2008; Concha Larrauri & Lall
2018) and the score tables of resources/hazard/thi_scoring.json, not read from the algorithm's output.
"""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from conftest import SHARED_DATA, run_alg
from tailings_qgis_plugin.core.registry import is_missing
from tailings_qgis_plugin.processing_algorithms.alg_hazard_screening import HazardScreeningAlgorithm
from tailings_qgis_plugin.qgis_compat import make_field

ICMM = SHARED_DATA / "tailings_mines_icmm" / "icmm_global_mining_dataset_2025_central_asia.geojson"
ALG_ID = "tailings:hazardscreening"

STATUS = ["operating", "inactive", "closed", "abandoned"]
STATUS_SCORE = {"operating": 0, "inactive": 1, "closed": 1, "abandoned": 2}
DAM = ["good", "fair", "poor"]
DAM_SCORE = {"good": 0, "fair": 1, "poor": 2}
FLOOD = ["none", "low", "medium", "high"]
FLOOD_SCORE = {"none": 0, "low": 0, "medium": 1, "high": 2}


class RecordingFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings, self.infos = [], []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)

    def pushInfo(self, text):
        self.infos.append(text)
        super().pushInfo(text)


def _alg():
    """The registered algorithm when the provider lists it, else an instance (processing.run accepts both)."""
    registered = QgsApplication.processingRegistry().algorithmById(ALG_ID)
    return ALG_ID if registered is not None else HazardScreeningAlgorithm()


def _scenario(i):
    """Scenario values of the i-th Kazakh site (with deliberate bad rows 0-4)."""
    volume = 10.0 ** (5 + i % 5)  # 1e5 .. 1e9 m3
    height = 10.0 + 5.0 * (i % 8)
    if i == 0:
        volume = 0.0  # bad: zero volume
    elif i == 1:
        volume = 12.5  # implausible: million m3 typed into an m3 field
    elif i == 2:
        volume = None  # NULL
    elif i == 3:
        height = 0.0  # bad: zero height
    status = "on fire" if i == 4 else STATUS[i % 4]
    dam = None if i % 5 == 0 else DAM[i % 3]
    seismic = 0.05 if i % 6 == 0 else None  # NULL -> taken from the raster (0.35 g)
    return volume, height, 1 + i % 3, status, dam, FLOOD[i % 4], seismic


@pytest.fixture()
def kz_sites(shared_data):
    if not ICMM.is_file():
        pytest.skip(f"{ICMM} is not present")
    src = QgsVectorLayer(str(ICMM), "icmm", "ogr")
    assert src.isValid()
    src.setSubsetString("country = 'Kazakhstan'")
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "kz_sites", "memory")
    prov = layer.dataProvider()
    prov.addAttributes(
        [
            make_field("icmm_id", "text"),
            make_field("mine_name", "text"),
            make_field("volume_m3", "real"),
            make_field("dam_height_m", "real"),
            make_field("water_hazard_class", "int"),
            make_field("status", "text"),
            make_field("dam_condition", "text"),
            make_field("flood_hazard", "text"),
            make_field("seismic_hazard", "real"),
        ]
    )
    layer.updateFields()
    feats = []
    for i, f in enumerate(src.getFeatures()):
        out = QgsFeature(layer.fields())
        out.setGeometry(QgsGeometry(f.geometry()))
        out.setAttributes([f["icmm_id"], f["mine_name"], *_scenario(i)])
        feats.append(out)
    prov.addFeatures(feats)
    assert layer.featureCount() == 81  # Kazakhstan rows of the ICMM extract (data README)
    return layer


@pytest.fixture()
def pga_raster(tmp_path):
    """A 1-degree GeoTIFF over the study box with PGA 0.35 g everywhere."""
    from osgeo import gdal, osr

    path = str(tmp_path / "pga.tif")
    ds = gdal.GetDriverByName("GTiff").Create(path, 45, 22, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((45.0, 1.0, 0.0, 57.0, 0.0, -1.0))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    ds.SetProjection(srs.ExportToWkt())
    band = ds.GetRasterBand(1)
    band.Fill(0.35)
    band.SetNoDataValue(-9999)
    ds = None
    return path


def test_hazard_screening_on_kazakh_sites(qgis_processing, kz_sites, pga_raster, tmp_path):
    before = [f.attributes() for f in kz_sites.getFeatures()]
    fb = RecordingFeedback()
    out_path = str(tmp_path / "hazard.gpkg")
    params = {
        "FACILITIES": kz_sites,
        "FACILITY_ID_FIELD": "icmm_id",
        "DAM_SAFETY_FIELD": "dam_condition",
        "SEISMIC_RASTER": pga_raster,
        "OUTPUT": out_path,
    }
    result = run_alg(_alg(), params, fb)
    out = QgsVectorLayer(result["OUTPUT"], "hazard", "ogr")
    assert out.isValid() and out.featureCount() == 81
    assert [f.attributes() for f in kz_sites.getFeatures()] == before  # input unchanged

    names = out.fields().names()
    for name in (
        "icmm_id",
        "mine_name",
        "thi",
        "thi_cap",
        "thi_tox",
        "thi_man",
        "thi_nat",
        "thi_dam",
        "thi_complete",
        "thi_missing",
        "thi_rank",
        "vf_m3",
        "runout_km",
        "runout_low_km",
        "runout_high_km",
        "vf_rico_m3",
        "runout_rico_km",
        "vf_cll_m3",
        "runout_cll_km",
        "par",
        "consequence_class",
    ):
        assert name in names, name

    rows = {f["icmm_id"]: f for f in out.getFeatures()}
    ids = [f["icmm_id"] for f in kz_sites.getFeatures()]
    checked_runout = checked_thi = 0
    for i, fid in enumerate(ids):
        row = rows[fid]
        volume, height, wgk, status, dam, flood, seismic = _scenario(i)
        if volume and height:
            vt = volume / 1e6
            rico_vf = 0.354 * vt**1.01
            rico_d = 1.61 * (height * rico_vf) ** 0.66
            cll_vf = 0.332 * vt**0.95
            cll_d = 3.04 * (height * (cll_vf / vt) * cll_vf) ** 0.545
            assert row["runout_rico_km"] == pytest.approx(rico_d, rel=1e-6)
            assert row["runout_cll_km"] == pytest.approx(cll_d, rel=1e-6)
            assert row["vf_rico_m3"] == pytest.approx(min(rico_vf, vt) * 1e6, rel=1e-6)
            assert row["runout_km"] == pytest.approx(math.sqrt(rico_d * cll_d), rel=1e-6)
            assert row["runout_low_km"] <= min(rico_d, cll_d) <= max(rico_d, cll_d) <= row["runout_high_km"]
            assert row["vf_high_m3"] <= volume
            checked_runout += 1
        else:
            assert is_missing(row["runout_km"]) and is_missing(row["runout_rico_km"])
            assert row["hazard_notes"] and "runout" in row["hazard_notes"]
        seis_score = (0 if seismic < 0.1 else 1) if seismic is not None else 2  # raster 0.35 g -> 2
        parts = {
            "capacity": math.log10(volume) if volume else None,
            "toxicity": wgk,
            "management": STATUS_SCORE.get(status),
            "flood": FLOOD_SCORE[flood],
            "seismic": seis_score,
            "dam_safety": DAM_SCORE[dam] if dam else None,
        }
        missing = [k for k, v in parts.items() if v is None]
        assert row["thi"] == pytest.approx(sum(v for v in parts.values() if v is not None), abs=1e-9)
        assert bool(row["thi_complete"]) == (not missing)
        assert (row["thi_missing"] or "") == ";".join(missing)
        assert row["thi_nat"] == pytest.approx(FLOOD_SCORE[flood] + seis_score)
        checked_thi += 1
        # no settlements / rivers: no population at risk, no class (never a silent "Low")
        assert is_missing(row["par"])
        assert not row["consequence_class"]
    assert checked_runout == 78 and checked_thi == 81  # rows 0, 2, 3 unusable; row 1 only warned

    # ranking: rank 1 holds the highest index
    thi = {fid: rows[fid]["thi"] for fid in ids}
    top = max(thi, key=thi.get)
    assert rows[top]["thi_rank"] == 1
    # messages: bad rows named, unit warning for the volume given in million m3
    text = "\n".join(fb.warnings)
    assert ids[0] in text and "greater than 0" in text
    assert ids[1] in text and "m³" in text
    assert "on fire" in text
    assert any("left NULL" in m for m in fb.infos)


def test_output_gets_graduated_style(qgis_processing, kz_sites):
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingUtils

    context = QgsProcessingContext()
    result = processing.run(
        _alg(),
        {"FACILITIES": kz_sites, "OUTPUT": "TEMPORARY_OUTPUT"},
        context=context,
        feedback=QgsProcessingFeedback(),
    )
    out = result["OUTPUT"]
    # processing.run hands back the layer itself for a registered algorithm, its id otherwise
    layer = out if isinstance(out, QgsVectorLayer) else QgsProcessingUtils.mapLayerFromString(out, context)
    assert layer is not None and layer.featureCount() == 81
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "thi"
    assert len(renderer.ranges()) == 5


def test_band_factor_one_gives_method_spread(qgis_processing, kz_sites, tmp_path):
    out_path = str(tmp_path / "band.gpkg")
    params = {
        "FACILITIES": kz_sites,
        "RUNOUT_BAND_FACTOR": 1.0,
        "VOLUME_BAND_FACTOR": 1.0,
        "OUTPUT": out_path,
    }
    out = QgsVectorLayer(run_alg(_alg(), params)["OUTPUT"], "o", "ogr")
    n = 0
    for f in out.getFeatures():
        if not is_missing(f["runout_km"]):
            lo, hi = sorted((f["runout_rico_km"], f["runout_cll_km"]))
            assert (f["runout_low_km"], f["runout_high_km"]) == pytest.approx((lo, hi))
            n += 1
    assert n == 78


def test_par_needs_settlements_and_rivers(qgis_processing, kz_sites, shared_data, tmp_path):
    settlements = QgsVectorLayer(
        str(shared_data / "settlements" / "geonames_cities500_central_asia.geojson"), "places", "ogr"
    )
    assert settlements.isValid()
    fb = RecordingFeedback()
    params = {"FACILITIES": kz_sites, "SETTLEMENTS": settlements, "OUTPUT": str(tmp_path / "p.gpkg")}
    out = QgsVectorLayer(run_alg(_alg(), params, fb)["OUTPUT"], "o", "ogr")
    assert any("both settlements and rivers" in w for w in fb.warnings)
    assert all(not f["consequence_class"] for f in out.getFeatures())


def test_par_with_rivers_when_tracer_available(plugin, kz_sites, shared_data, tmp_path):
    rivers = QgsVectorLayer(
        str(shared_data / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"), "rivers", "ogr"
    )
    settlements = QgsVectorLayer(
        str(shared_data / "settlements" / "geonames_cities500_central_asia.geojson"), "places", "ogr"
    )
    fb = RecordingFeedback()
    params = {
        "FACILITIES": kz_sites,
        "FACILITY_ID_FIELD": "icmm_id",
        "SETTLEMENTS": settlements,
        "POPULATION_FIELD": "population",
        "RIVERS": rivers,
        "SNAP_DISTANCE": 5000.0,  # some sites lie farther from a river: not assessed
        "OUTPUT": str(tmp_path / "par.gpkg"),
    }
    out = QgsVectorLayer(run_alg(_alg(), params, fb)["OUTPUT"], "o", "ogr")
    if QgsApplication.processingRegistry().algorithmById("tailings:tracedownstream") is None:
        assert any("tailings:tracedownstream is not available" in w for w in fb.warnings)
        assert all(not f["consequence_class"] for f in out.getFeatures())
        pytest.skip("tailings:tracedownstream is not registered yet: PAR left NULL as designed")
    n = 0
    for f in out.getFeatures():
        par = f["par"]
        if not is_missing(f["runout_km"]) and not is_missing(par):
            # GISTM (2020) classes from the population at risk, upper end of each range inclusive
            expected = (
                "Low"
                if par == 0
                else "Significant"
                if par <= 10
                else "High"
                if par <= 100
                else "Very High"
                if par <= 1000
                else "Extreme"
            )
            assert f["consequence_class"] == expected and f["consequence_by"] == "par"
            n += 1
    assert n > 0
    # sites beyond the 5 km snap distance were not assessed: NULL, never 0 and "Low"
    unassessed = [f for f in out.getFeatures() if not is_missing(f["runout_km"]) and is_missing(f["par"])]
    assert unassessed and all(not f["consequence_class"] for f in unassessed)
    assert any("not assessed" in w for w in fb.warnings)


def test_bad_inputs(qgis_processing, kz_sites, tmp_path):
    # malformed scoring file: clear message naming the file
    bad = tmp_path / "bad.json"
    bad.write_text('{"components": "no"}', encoding="utf-8")
    with pytest.raises(QgsProcessingException, match="Malformed hazard index scoring file"):
        run_alg(_alg(), {"FACILITIES": kz_sites, "THI_RULES": str(bad), "OUTPUT": "TEMPORARY_OUTPUT"})
    # a field that is not in the layer
    with pytest.raises(QgsProcessingException, match="not in the facility layer"):
        run_alg(_alg(), {"FACILITIES": kz_sites, "VOLUME_FIELD": "nope", "OUTPUT": "TEMPORARY_OUTPUT"})
    # band factor between 0 and 1
    with pytest.raises(QgsProcessingException, match="band factor"):
        run_alg(_alg(), {"FACILITIES": kz_sites, "RUNOUT_BAND_FACTOR": 0.5, "OUTPUT": "TEMPORARY_OUTPUT"})
    # empty layer
    empty = QgsVectorLayer("Point?crs=EPSG:4326&field=volume_m3:double", "empty", "memory")
    with pytest.raises(QgsProcessingException, match="empty"):
        run_alg(_alg(), {"FACILITIES": empty, "OUTPUT": "TEMPORARY_OUTPUT"})


# --- the PAR path, against a stand-in tracer with the tailings:tracedownstream interface (issue 3) -----------


def _stub_provider():
    from pyproj import Geod
    from qgis.core import (
        QgsFeatureSink,
        QgsFields,
        QgsPointXY,
        QgsProcessing,
        QgsProcessingAlgorithm,
        QgsProcessingParameterFeatureSink,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterNumber,
        QgsProcessingProvider,
        QgsWkbTypes,
    )

    geod = Geod(ellps="WGS84")

    class StubTrace(QgsProcessingAlgorithm):
        """Traces every facility due north for MAX_DISTANCE_FIELD km (a straight 'river')."""

        def name(self):
            return "tracedownstream"

        def displayName(self):
            return "stub trace"

        def createInstance(self):
            return StubTrace()

        def initAlgorithm(self, config=None):
            self.addParameter(QgsProcessingParameterFeatureSource("FACILITIES", "f"))
            self.addParameter(
                QgsProcessingParameterField("FACILITY_ID_FIELD", "id", parentLayerParameterName="FACILITIES")
            )
            self.addParameter(
                QgsProcessingParameterFeatureSource("RIVERS", "r", [QgsProcessing.TypeVectorLine])
            )
            self.addParameter(QgsProcessingParameterNumber("DIRECTION", "d", defaultValue=0))
            self.addParameter(
                QgsProcessingParameterNumber("MAX_DISTANCE", "m", QgsProcessingParameterNumber.Double, 0)
            )
            self.addParameter(
                QgsProcessingParameterField("MAX_DISTANCE_FIELD", "mf", parentLayerParameterName="FACILITIES")
            )
            self.addParameter(QgsProcessingParameterFeatureSink("OUTPUT", "o"))
            self.addParameter(QgsProcessingParameterFeatureSink("SUMMARY", "s"))

        def processAlgorithm(self, parameters, context, feedback):
            src = self.parameterAsSource(parameters, "FACILITIES", context)
            idf = self.parameterAsString(parameters, "FACILITY_ID_FIELD", context)
            dist = self.parameterAsString(parameters, "MAX_DISTANCE_FIELD", context)
            fields = QgsFields()
            for name, kind in (("facility_id", "text"), ("seq", "int")):
                fields.append(make_field(name, kind))
            fields.append(make_field("from_km", "real"))
            fields.append(make_field("to_km", "real"))
            sink, dest = self.parameterAsSink(
                parameters, "OUTPUT", context, fields, QgsWkbTypes.LineString, src.sourceCrs()
            )
            sfields = QgsFields()
            sfields.append(make_field("facility_id", "text"))
            ssink, sdest = self.parameterAsSink(
                parameters, "SUMMARY", context, sfields, QgsWkbTypes.Point, src.sourceCrs()
            )
            for f in src.getFeatures():
                p = f.geometry().asPoint()
                km = f[dist]
                pts = [QgsPointXY(p)]
                for k in range(1, 11):
                    lon, lat, _ = geod.fwd(p.x(), p.y(), 0.0, km * 1000.0 * k / 10)
                    pts.append(QgsPointXY(lon, lat))
                out = QgsFeature(fields)
                out.setGeometry(QgsGeometry.fromPolylineXY(pts))
                out.setAttributes([f[idf], 1, 0.0, float(km)])
                sink.addFeature(out, QgsFeatureSink.FastInsert)
            return {"OUTPUT": dest, "SUMMARY": sdest}

    class StubProvider(QgsProcessingProvider):
        def id(self):
            return "tailingsstub"

        def name(self):
            return "stub"

        def loadAlgorithms(self):
            self.addAlgorithm(StubTrace())

    return StubProvider()


def test_par_and_class_through_tracer_interface(qgis_processing, monkeypatch, tmp_path):
    from pyproj import Geod

    from tailings_qgis_plugin.processing_algorithms import alg_hazard_screening as mod

    provider = _stub_provider()
    assert QgsApplication.processingRegistry().addProvider(provider)
    monkeypatch.setattr(mod, "TRACE_ALG", "tailingsstub:tracedownstream")
    try:
        geod = Geod(ellps="WGS84")
        # one facility at Ridder (83.535 E, 50.366 N); VT = 10 Mm3, H = 30 m
        vt, h = 10.0, 30.0
        rico_vf = 0.354 * vt**1.01
        rico_d = 1.61 * (h * rico_vf) ** 0.66
        cll_vf = 0.332 * vt**0.95
        cll_d = 3.04 * (h * (cll_vf / vt) * cll_vf) ** 0.545
        runout = math.sqrt(rico_d * cll_d)  # ~25.3 km north along the stub 'river'
        lon0, lat0 = 83.535, 50.366
        fac = QgsVectorLayer(
            "Point?crs=EPSG:4326&field=fid_txt:string&field=volume_m3:double&field=dam_height_m:double",
            "fac",
            "memory",
        )
        f = QgsFeature(fac.fields())
        f.setGeometry(QgsGeometry.fromWkt(f"POINT ({lon0} {lat0})"))
        f.setAttributes(["R1", vt * 1e6, h])
        fac.dataProvider().addFeatures([f])

        def at(dist_km, east_km):
            lon, lat, _ = geod.fwd(lon0, lat0, 0.0, dist_km * 1000.0)
            return geod.fwd(lon, lat, 90.0, east_km * 1000.0)[:2]

        places = QgsVectorLayer(
            "Point?crs=EPSG:4326&field=name:string&field=population:integer", "pl", "memory"
        )
        cases = [
            ("inside", at(runout / 2, 1.0), 800),  # 1 km from the pathway, half way: counted
            ("inside2", at(runout * 0.9, -1.5), 450),  # 1.5 km west, near the end: counted
            ("wide", at(runout / 2, 5.0), 10000),  # 5 km off: outside the 2 km corridor
            ("beyond", at(runout + 5.0, 0.0), 20000),  # past the runout: not counted
            ("nopop", at(runout / 3, 0.5), None),  # NULL population: flagged, counts 0
        ]
        feats = []
        for name, (lon, lat), pop in cases:
            g = QgsFeature(places.fields())
            g.setGeometry(QgsGeometry.fromWkt(f"POINT ({lon} {lat})"))
            g.setAttributes([name, pop])
            feats.append(g)
        places.dataProvider().addFeatures(feats)
        rivers = QgsVectorLayer("LineString?crs=EPSG:4326", "rv", "memory")
        r = QgsFeature()
        r.setGeometry(QgsGeometry.fromWkt("LINESTRING (83 50, 84 51)"))
        rivers.dataProvider().addFeatures([r])

        fb = RecordingFeedback()
        params = {
            "FACILITIES": fac,
            "FACILITY_ID_FIELD": "fid_txt",
            "SETTLEMENTS": places,
            "RIVERS": rivers,
            "CORRIDOR": 2000.0,
            "OUTPUT": str(tmp_path / "par.gpkg"),
        }
        out = QgsVectorLayer(run_alg(_alg(), params, fb)["OUTPUT"], "o", "ogr")
        row = next(out.getFeatures())
        assert row["runout_km"] == pytest.approx(runout, rel=1e-6)
        assert row["par"] == pytest.approx(800 + 450), fb.warnings
        assert row["consequence_class"] == "Extreme" and row["consequence_by"] == "par"  # 1250 > 1000
        assert any("no usable population" in w for w in fb.warnings)
        # with a 1.2 km corridor only the first settlement counts: 800 -> Very High
        params["CORRIDOR"] = 1200.0
        params["OUTPUT"] = str(tmp_path / "par2.gpkg")
        row = next(QgsVectorLayer(run_alg(_alg(), params)["OUTPUT"], "o", "ogr").getFeatures())
        assert row["par"] == pytest.approx(800) and row["consequence_class"] == "Very High"
    finally:
        QgsApplication.processingRegistry().removeProvider(provider)
