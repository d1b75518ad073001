"""Loose ends of issues 13, 14 and 17 in the pathway algorithms, on the bundled sample data.

- secondary outputs of tailings:downstreamimpact are optional (qgis_process runs without them) and created by
  default in the dialog;
- per-row plausibility flags (``flags``) in the SUMMARY of tailings:tracedownstream and
  tailings:downstreamimpact, for facilities processed despite a problem (empty id, implausible volume);
- tailings:tracedownstream says ``network_end`` where the data stops, as tailings:downstreamimpact does.

Expected facts are independent of the algorithms: Ridder (Leninogorsk, 50.366 N 83.535 E) drains to the
Irtysh, whose sample reaches stop near 58 N inside Russia, far from any coast (the data's edge, not an
outlet); an empty id is replaced by the feature number; a released volume of 1e12 m³ is above the plausible
maximum of 1e10 m³ (core/plausibility.py) and the mass of a plausible one is volume × concentration / 1000
(kg, m³ and mg/L).
"""

from __future__ import annotations

import pytest
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingParameterDefinition,
    QgsVectorLayer,
)

from conftest import run_alg
from tailings_qgis_plugin.core.registry import is_missing
from tailings_qgis_plugin.qgis_compat import make_field

LENINOGORSK = (83.535015, 50.366038)


def _facilities(rows):
    """Memory layer of points: rows = [(lon, lat, facility_id or None, volume_m3 or None)]."""
    layer = QgsVectorLayer("Point?crs=EPSG:4326", "fac", "memory")
    fields = QgsFields()
    fields.append(make_field("facility_id", "text"))
    fields.append(make_field("vol", "real"))
    layer.dataProvider().addAttributes(fields.toList())
    layer.updateFields()
    feats = []
    for lon, lat, fid, vol in rows:
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(lon, lat)))
        f.setAttributes([fid, vol])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    return layer


def _impact_params(sample_layer, fac, tmp_path, **extra):
    params = {
        "FACILITIES": fac,
        "FACILITY_ID_FIELD": "facility_id",
        "RIVERS": sample_layer("rivers"),
        "DIRECTION": 0,
        "SNAP_DISTANCE": 100000,
        "MAX_DISTANCE": 300,
        "VELOCITY": 1.0,
        "PATHWAYS": str(tmp_path / "p.gpkg"),
    }
    params.update(extra)
    return params


def test_downstreamimpact_secondary_outputs_are_optional(provider, sample_layer, tmp_path):
    alg = QgsApplication.processingRegistry().algorithmById("tailings:downstreamimpact")
    for name in ("EXPOSED", "CROSSINGS", "SUMMARY"):
        definition = alg.parameterDefinition(name)
        assert definition.flags() & QgsProcessingParameterDefinition.FlagOptional, name
        assert definition.createByDefault(), name  # the dialog still creates it
    assert not alg.parameterDefinition("PATHWAYS").flags() & QgsProcessingParameterDefinition.FlagOptional
    fac = _facilities([(*LENINOGORSK, "R", None)])
    out = run_alg("tailings:downstreamimpact", _impact_params(sample_layer, fac, tmp_path))
    assert set(out) == {"PATHWAYS"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.gpkg"]
    assert QgsVectorLayer(out["PATHWAYS"], "p", "ogr").featureCount() > 0
    # asked for, SUMMARY is written (what run_demo.py and the panel read)
    out = run_alg(
        "tailings:downstreamimpact",
        _impact_params(
            sample_layer, fac, tmp_path, PATHWAYS=str(tmp_path / "p2.gpkg"), SUMMARY=str(tmp_path / "s.gpkg")
        ),
    )
    assert set(out) == {"PATHWAYS", "SUMMARY"}
    assert [f["facility_id"] for f in QgsVectorLayer(out["SUMMARY"], "s", "ogr").getFeatures()] == ["R"]


def test_downstreamimpact_summary_flags(provider, sample_layer, tmp_path):
    fac = _facilities(
        [
            (*LENINOGORSK, "ok", 1000.0),
            (LENINOGORSK[0] + 0.01, LENINOGORSK[1], "huge", 1.0e12),  # above 1e10 m3: treated as missing
            (LENINOGORSK[0] + 0.02, LENINOGORSK[1], None, 500.0),  # empty id: named after its feature
        ]
    )
    params = _impact_params(
        sample_layer, fac, tmp_path, VOLUME_FIELD="vol", CONCENTRATION=2.0, SUMMARY=str(tmp_path / "s.gpkg")
    )
    out = run_alg("tailings:downstreamimpact", params)
    rows = {f["facility_id"]: f for f in QgsVectorLayer(out["SUMMARY"], "s", "ogr").getFeatures()}
    assert len(rows) == 3
    assert is_missing(rows["ok"]["flags"])
    assert rows["ok"]["mass_kg"] == pytest.approx(1000.0 * 2.0 / 1000.0)
    assert rows["huge"]["flags"] == "implausible_volume"
    assert is_missing(rows["huge"]["mass_kg"])  # no volume, no constant volume: no mass
    (empty,) = [k for k in rows if k not in ("ok", "huge")]
    assert rows[empty]["flags"] == "empty_id"
    assert rows[empty]["mass_kg"] == pytest.approx(500.0 * 2.0 / 1000.0)


def _trace(sample_layer, fac, tmp_path, **extra):
    params = {
        "FACILITIES": fac,
        "FACILITY_ID_FIELD": "facility_id",
        "RIVERS": sample_layer("rivers"),
        "DIRECTION": 0,
        "SNAP_DISTANCE": 100000,
        "OUTPUT": str(tmp_path / "t.gpkg"),
        "SUMMARY": str(tmp_path / "ts.gpkg"),
    }
    params.update(extra)
    out = run_alg("tailings:tracedownstream", params)
    return list(QgsVectorLayer(out["SUMMARY"], "s", "ogr").getFeatures())


def test_tracedownstream_summary_flags(provider, sample_layer, tmp_path):
    fac = _facilities([(*LENINOGORSK, "ok", None), (LENINOGORSK[0] + 0.01, LENINOGORSK[1], None, None)])
    rows = {f["facility_id"]: f for f in _trace(sample_layer, fac, tmp_path, MAX_DISTANCE=50)}
    assert len(rows) == 2
    assert is_missing(rows["ok"]["flags"])
    (empty,) = [k for k in rows if k != "ok"]
    assert rows[empty]["flags"] == "empty_id"


def test_tracedownstream_says_network_end_like_downstreamimpact(provider, sample_layer, tmp_path):
    fac = _facilities([(*LENINOGORSK, "R", None)])
    (trace,) = _trace(sample_layer, fac, tmp_path)
    # the Irtysh reaches of the sample stop near 58 N inside Russia: the data ends, not the river
    assert trace["end_y"] > 56.5 and trace["end_reason"] == "network_end", (
        trace["end_y"],
        trace["end_reason"],
    )
    out = run_alg(
        "tailings:downstreamimpact",
        _impact_params(sample_layer, fac, tmp_path, MAX_DISTANCE=0, SUMMARY=str(tmp_path / "s.gpkg")),
    )
    (impact,) = QgsVectorLayer(out["SUMMARY"], "s", "ogr").getFeatures()
    assert impact["end_reason"] == trace["end_reason"]
    assert impact["end_lat"] == pytest.approx(trace["end_y"], abs=1e-6)
    # a maximum distance is still a maximum distance
    (tmp_path / "short").mkdir()
    (short,) = _trace(sample_layer, fac, tmp_path / "short", MAX_DISTANCE=50)
    assert short["end_reason"] == "max_distance"
