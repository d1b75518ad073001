"""Plausibility, stated (issue 13 item 8 and "what to deliver" 3): the same rules in every algorithm."""

from __future__ import annotations

import math

import pytest
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsVectorLayer,
)

from conftest import run_alg
from tailings_qgis_plugin.core import plausibility as pl
from tailings_qgis_plugin.core.exposure import parse_population
from tailings_qgis_plugin.core.hazard import screen_facilities


# --- engine -------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "key,value,bad",
    [
        ("dam_height_m", 1e308, True),
        ("dam_height_m", 350.0, False),
        ("dam_height_m", 350.5, True),
        ("dam_height_m", float("inf"), True),
        ("dam_height_m", -3, True),
        ("volume_m3", 1.0e10, False),
        ("volume_m3", 1.2e10, True),
        ("volume_m3", "1 500", False),
        ("volume_m3", "lots", True),
        ("population", 1e12, True),
        ("population", 3.7e7, False),
        ("population", None, False),
    ],
)
def test_number_problem_limits(key, value, bad):
    assert (pl.number_problem(value, key) is not None) is bad


def test_limits_are_the_registry_limits():
    from tailings_qgis_plugin.core.registry import SCHEMA

    spec = {s.name: s for s in SCHEMA}
    assert spec["dam_height_m"].maximum == pl.MAX_DAM_HEIGHT_M == 350.0
    assert spec["volume_m3"].maximum == pl.MAX_VOLUME_M3 == 1e10


def test_lonlat_problem():
    assert pl.lonlat_problem(70.0, 50.0) is None
    assert "latitude" in pl.lonlat_problem(10.0, 95.0)
    assert "longitude" in pl.lonlat_problem(200.0, 10.0)
    assert pl.lonlat_problem(float("nan"), 1.0) is not None


def test_check_facilities_refuses_and_flags():
    check = pl.check_facilities(
        ["A", "A", None, "B", "C"],
        [(70, 50), (71, 50), (72, 50), (73, 95), (74, 50)],
        parts=[1, 1, 1, 1, 3],
        feature_ids=[1, 2, 3, 4, 5],
    )
    text = check.message()
    assert "'A'" in text and "1, 2" in text  # duplicate, with both features
    assert "B" in text and "latitude 95" in text
    assert "C has 3 parts" in text
    assert check.ids[2] == "feature 3" and check.flags[2] == "empty_id"
    assert any("empty or NULL id" in w for w in check.warnings)


def test_hazard_screening_treats_a_1e308_dam_as_missing_with_a_note():
    """Item 8: a dam of 1e308 m gave runout_km = inf and class Extreme."""
    rows = screen_facilities(
        [("ok", {"volume_m3": 2e6, "dam_height_m": 20}), ("huge", {"volume_m3": 2e6, "dam_height_m": 1e308})]
    )
    assert rows[0]["runout_km"] is not None and math.isfinite(rows[0]["runout_km"])
    assert rows[1]["runout_km"] is None
    assert "dam_height_m" in rows[1]["hazard_notes"] and "plausible maximum" in rows[1]["hazard_notes"]


def test_population_of_1e12_is_flagged_not_counted():
    pop, flags = parse_population([1e12, 5000, "7e13"])
    assert math.isnan(pop[0]) and flags[0] == "implausible"
    assert pop[1] == 5000 and flags[1] == ""
    assert flags[2] == "implausible"


# --- algorithms ---------------------------------------------------------------------------------------
def _facilities(rows, geometry="Point"):
    layer = QgsVectorLayer(f"{geometry}?crs=EPSG:4326&field=facility_id:string", "f", "memory")
    feats = []
    for fid, wkt in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(wkt))
        f.setAttributes([fid])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


ALGS = {
    "tailings:tracedownstream": lambda g, fac: {
        "FACILITIES": fac,
        "RIVERS": f"{g}|layername=rivers",
        "OUTPUT": "memory:",
    },
    "tailings:downstreamimpact": lambda g, fac: {
        "FACILITIES": fac,
        "RIVERS": f"{g}|layername=rivers",
        "SETTLEMENTS": f"{g}|layername=settlements",
        "PATHWAYS": "memory:",
        "EXPOSED": "memory:",
        "CROSSINGS": "memory:",
        "SUMMARY": "memory:",
    },
    "tailings:hazardscreening": lambda g, fac: {"FACILITIES": fac, "OUTPUT": "memory:"},
}


@pytest.mark.parametrize("alg", sorted(ALGS))
@pytest.mark.parametrize(
    "rows,expected",
    [
        ([("A", "POINT(70 50)"), ("B", "POINT(200 95)")], "impossible coordinates"),
        ([("A", "POINT(70 50)"), ("A", "POINT(71 50)")], "ids must be unique"),
    ],
    ids=["lat95-lon200", "duplicate-id"],
)
def test_algorithms_refuse_the_same_cases(plugin, sample_gpkg, alg, rows, expected):
    with pytest.raises(QgsProcessingException, match=expected):
        run_alg(alg, ALGS[alg](sample_gpkg, _facilities(rows)))


@pytest.mark.parametrize("alg", sorted(ALGS))
def test_algorithms_refuse_multipoint_facilities(plugin, sample_gpkg, alg):
    """Item 8: a multipoint facility was reduced to its centroid (a different basin)."""
    fac = _facilities([("M", "MULTIPOINT((66 50),(80 50))")], geometry="MultiPoint")
    with pytest.raises(QgsProcessingException, match="M has 2 parts"):
        run_alg(alg, ALGS[alg](sample_gpkg, fac))


class _Warnings(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.warnings = []

    def pushWarning(self, text):
        self.warnings.append(text)
        super().pushWarning(text)


def test_empty_ids_are_named_and_warned(plugin, sample_gpkg):
    fac = _facilities([("A", "POINT(69.1 49.8)"), (None, "POINT(70 50)"), ("", "POINT(71 50)")])
    feedback = _Warnings()
    result = run_alg("tailings:hazardscreening", ALGS["tailings:hazardscreening"](sample_gpkg, fac), feedback)
    assert any("empty or NULL id" in w for w in feedback.warnings)
    assert result["OUTPUT"].featureCount() == 3


def test_validateregistry_lists_what_the_others_refuse(plugin):
    fac = _facilities([("A", "POINT(70 50)"), ("B", "POINT(200 95)"), ("A", "POINT(71 50)")])
    result = run_alg("tailings:validateregistry", {"INPUT": fac, "OUTPUT": "memory:"})
    rows = {(f["facility"], f["field"], f["severity"]) for f in result["OUTPUT"].getFeatures()}
    assert ("B", "geometry", "error") in rows
    assert ("A", "facility_id", "error") in rows


def test_all_nodata_dem_is_refused_not_replaced_by_the_digitised_direction():
    """Item 8: an all-nodata DEM silently fell back to the digitising direction."""
    import numpy as np

    from tailings_qgis_plugin.core.common import TailingsError
    from tailings_qgis_plugin.core.network import RiverNetwork

    lines = [np.array([[70.0, 50.0], [70.1, 50.0]]), np.array([[70.1, 50.0], [70.2, 50.0]])]
    with pytest.raises(TailingsError, match="no elevation at any reach end"):
        RiverNetwork.build_from_dem(lines, lambda ll: np.full(len(ll), np.nan))
    # one end with an elevation is enough to go on (the rest is reported as ambiguous)
    net = RiverNetwork.build_from_dem(lines, lambda ll: np.where(ll[:, 0] > 70.15, 100.0, np.nan))
    assert len(net.report.ambiguous_direction) == 2
