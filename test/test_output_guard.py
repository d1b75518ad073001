"""Never lose data (issue 13, items 1, 7 and 9): outputs that are inputs are refused, existing
GeoPackages keep their other layers, nothing is left behind after a failure, secondary outputs are
optional."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

import numpy as np
import pytest
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from conftest import SAMPLE_GPKG, run_alg

DATA = Path(__file__).resolve().parent / "data"
CLIP = DATA / "srtm1_atbasar_clip.tif"
RIVERS = DATA / "waterhydro_rivers_atbasar.geojson"


def _sha(path) -> str:
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


def _layers(path) -> list[str]:
    ds = ogr.Open(str(path))
    names = sorted(ds.GetLayer(i).GetName() for i in range(ds.GetLayerCount()))
    ds = None
    return names


@pytest.fixture()
def gpkg(tmp_path):
    copy = tmp_path / "kazakhstan.gpkg"
    shutil.copy2(SAMPLE_GPKG, copy)
    return copy


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(".tailings-tmp-"))


@pytest.mark.parametrize(
    "alg,params",
    [
        ("tailings:validateregistry", {"INPUT": "{src}|layername=facilities"}),
        ("tailings:hazardscreening", {"FACILITIES": "{src}|layername=facilities"}),
        (
            "tailings:tracedownstream",
            {"FACILITIES": "{src}|layername=facilities", "RIVERS": "{src}|layername=rivers"},
        ),
    ],
)
def test_output_that_is_the_input_file_is_refused(plugin, gpkg, alg, params):
    """Issue 13 item 1: naming the input GeoPackage as the output turned it into a one-layer file."""
    before = _sha(gpkg)
    layers_before = _layers(gpkg)
    params = {k: v.format(src=gpkg) for k, v in params.items()}
    params["OUTPUT"] = str(gpkg)
    with pytest.raises(QgsProcessingException, match="is the input"):
        run_alg(alg, params)
    assert _sha(gpkg) == before and _layers(gpkg) == layers_before
    assert _leftovers(gpkg.parent) == []


def test_output_through_a_symlink_or_dotdot_is_refused(plugin, gpkg, tmp_path):
    link = tmp_path / "sub"
    link.mkdir()
    (link / "alias.gpkg").symlink_to(gpkg)
    before = _sha(gpkg)
    for out in (link / "alias.gpkg", link / ".." / gpkg.name):
        with pytest.raises(QgsProcessingException, match="is the input"):
            run_alg(
                "tailings:validateregistry", {"INPUT": f"{gpkg}|layername=facilities", "OUTPUT": str(out)}
            )
    assert _sha(gpkg) == before


def test_same_table_of_the_input_gpkg_is_refused_another_table_is_added(plugin, gpkg):
    same = f"ogr:dbname='{gpkg}' table=\"facilities\" (geom)"
    with pytest.raises(QgsProcessingException, match="is the input"):
        run_alg("tailings:hazardscreening", {"FACILITIES": f"{gpkg}|layername=facilities", "OUTPUT": same})
    layers_before = _layers(gpkg)
    other = f"ogr:dbname='{gpkg}' table=\"screened\" (geom)"
    result = run_alg(
        "tailings:hazardscreening", {"FACILITIES": f"{gpkg}|layername=facilities", "OUTPUT": other}
    )
    assert _layers(gpkg) == sorted(layers_before + ["screened"])
    facilities = QgsVectorLayer(f"{gpkg}|layername=facilities", "f", "ogr")
    screened = QgsVectorLayer(f"{gpkg}|layername=screened", "s", "ogr")
    assert screened.featureCount() == facilities.featureCount() > 0
    assert "screened" in str(result["OUTPUT"]) and str(gpkg) in str(result["OUTPUT"])


def test_createregistry_keeps_the_other_layers_of_an_existing_gpkg(plugin, gpkg):
    """Issue 13 item 1: createregistry replaced an existing 8-layer GeoPackage."""
    layers_before = _layers(gpkg)
    assert "kazakhstan" not in layers_before
    result = run_alg("tailings:createregistry", {"GEOMETRY": 0, "CRS": "EPSG:4326", "OUTPUT": str(gpkg)})
    # the registry's form style is kept with the data (layer_styles)
    assert set(_layers(gpkg)) - {"layer_styles"} == set(layers_before) | {"kazakhstan"}
    layer = QgsVectorLayer(result["OUTPUT"], "r", "ogr")
    assert layer.isValid() and "facility_id" in layer.fields().names() and layer.featureCount() == 0
    assert _leftovers(gpkg.parent) == []


def test_new_file_output_is_written_atomically_and_temp_folder_removed(plugin, gpkg, tmp_path):
    out = tmp_path / "out dir" / "проверка.gpkg"
    out.parent.mkdir()
    result = run_alg(
        "tailings:validateregistry", {"INPUT": f"{gpkg}|layername=facilities", "OUTPUT": str(out)}
    )
    assert result["OUTPUT"] == str(out)
    assert _layers(out) == ["проверка"]
    assert _leftovers(out.parent) == []


def test_missing_and_read_only_folders_are_refused_clearly(plugin, gpkg, tmp_path):
    params = {"INPUT": f"{gpkg}|layername=facilities"}
    with pytest.raises(QgsProcessingException, match="does not exist"):
        run_alg("tailings:validateregistry", dict(params, OUTPUT=str(tmp_path / "nope" / "x.gpkg")))
    ro = tmp_path / "ro"
    ro.mkdir()
    ro.chmod(0o555)
    # root may write anywhere on a normal file system; /proc refuses new files even to root
    target = ro if not os.access(ro, os.W_OK) else Path("/proc")
    try:
        with pytest.raises(QgsProcessingException, match=r"read-only|Cannot write in the folder"):
            run_alg("tailings:validateregistry", dict(params, OUTPUT=str(target / "x.gpkg")))
        assert list(ro.iterdir()) == []
    finally:
        ro.chmod(0o755)


def test_failure_after_the_first_sink_leaves_nothing(plugin, gpkg, tmp_path, monkeypatch):
    """Issue 13 item 7: an empty pathways file stayed behind when a later output failed."""
    from tailings_qgis_plugin.processing_algorithms import alg_trace_downstream

    calls = {"n": 0}
    original = alg_trace_downstream.optional_sink

    def failing(*args, **kwargs):
        calls["n"] += 1
        raise QgsProcessingException("summary sink failed")

    monkeypatch.setattr(alg_trace_downstream, "optional_sink", failing)
    out = tmp_path / "pathways.gpkg"
    summary = tmp_path / "summary.gpkg"
    with pytest.raises(QgsProcessingException, match="summary sink failed"):
        run_alg(
            "tailings:tracedownstream",
            {
                "FACILITIES": f"{gpkg}|layername=facilities",
                "RIVERS": f"{gpkg}|layername=rivers",
                "OUTPUT": str(out),
                "SUMMARY": str(summary),
            },
        )
    monkeypatch.setattr(alg_trace_downstream, "optional_sink", original)
    assert calls["n"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kazakhstan.gpkg"]


def test_secondary_outputs_are_optional(plugin, gpkg):
    """Issue 13 item 9: qgis_process refused overlandflowpath without RIVER_POINTS; SUMMARY likewise."""
    from qgis.core import QgsApplication

    registry = QgsApplication.processingRegistry()
    for alg_id, name in (
        ("tailings:overlandflowpath", "RIVER_POINTS"),
        ("tailings:tracedownstream", "SUMMARY"),
    ):
        definition = registry.algorithmById(alg_id).parameterDefinition(name)
        assert definition.flags() & definition.FlagOptional
        assert definition.createByDefault()
    result = run_alg(
        "tailings:tracedownstream",
        {
            "FACILITIES": f"{gpkg}|layername=facilities",
            "RIVERS": f"{gpkg}|layername=rivers",
            "OUTPUT": "memory:",
        },
    )
    assert "SUMMARY" not in result and result["OUTPUT"].featureCount() > 0


class _Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.infos = []

    def pushInfo(self, text):
        self.infos.append(text)
        super().pushInfo(text)


def test_network_summary_logged_once_and_cycle_count_matches(plugin, gpkg):
    """Issue 13 item 9: the summary was logged twice; CYCLE counted reaches, the log counted cycles."""
    from shapely.geometry import LineString

    from tailings_qgis_plugin.core.network import RiverNetwork

    # a loop of three reaches feeding a fourth: one cycle of three reaches
    layer = QgsVectorLayer("LineString?crs=EPSG:4326&field=rid:string", "r", "memory")
    from qgis.core import QgsFeature, QgsGeometry

    lines = [[(0, 0), (0.1, 0)], [(0.1, 0), (0.1, 0.1)], [(0.1, 0.1), (0, 0)], [(0.1, 0.1), (0.3, 0.3)]]
    feats = []
    for i, coords in enumerate(lines):
        f = QgsFeature(layer.fields())
        f.setGeometry(QgsGeometry.fromWkt(LineString(coords).wkt))
        f.setAttributes([f"r{i}"])
        feats.append(f)
    layer.dataProvider().addFeatures(feats)
    feedback = _Log()
    result = run_alg("tailings:checknetwork", {"RIVERS": layer, "OUTPUT": "memory:"}, feedback=feedback)
    net = RiverNetwork.build_from_digitised([np.array(c, dtype=float) for c in lines])
    assert result["CYCLE"] == len(net.report.cycles) == 1
    first = net.report.summary_lines()[0]
    assert sum(1 for line in feedback.infos if line == first) == 1

    feedback = _Log()
    run_alg(
        "tailings:tracedownstream",
        {
            "FACILITIES": f"{gpkg}|layername=facilities",
            "RIVERS": f"{gpkg}|layername=rivers",
            "OUTPUT": "memory:",
        },
        feedback=feedback,
    )
    heads = [line for line in feedback.infos if "reaches are valid lines" in line]
    assert len(heads) == 1
