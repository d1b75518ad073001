"""tailings:exportnotificationplan: the HTML/CSV report for border crossings and receptors (issue 18).

The reference is the output of tailings:borderwatch (and tailings:upstreamsources) run on the bundled
sample: the CSV rows must be the OUTPUT rows of the crossings that facilities reach, in order of arrival;
the places CSV one row per such crossing with the SUMMARY's earliest arrival; the HTML must name every
crossing and facility, escape what comes from a layer, and be in the chosen language.
"""

from __future__ import annotations

import csv
import html

import pytest
from qgis.core import (
    QgsFeature,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingFeedback,
    QgsProcessingUtils,
    QgsProject,
    QgsVectorLayer,
)

from tailings_qgis_plugin.core import notification_plan as plan
from tailings_qgis_plugin.processing_algorithms.alg_border_watch import BorderWatchAlgorithm
from tailings_qgis_plugin.processing_algorithms.alg_export_notification_plan import (
    ExportNotificationPlanAlgorithm,
)
from tailings_qgis_plugin.processing_algorithms.alg_upstream_sources import UpstreamSourcesAlgorithm

_KEEP = []


def _layer(gpkg, name):
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    assert layer.isValid()
    return layer


def _run(alg, params):
    import processing

    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    res = processing.run(alg, params, context=context, feedback=QgsProcessingFeedback())
    _KEEP.append(context)  # the temporary layers belong to the context's store
    return (
        QgsProcessingUtils.mapLayerFromString(res["SUMMARY"], context),
        QgsProcessingUtils.mapLayerFromString(res["OUTPUT"], context),
    )


def _common(gpkg):
    return {
        "FACILITIES": _layer(gpkg, "facilities"),
        "FACILITY_ID_FIELD": "facility_id",
        "RIVERS": _layer(gpkg, "rivers"),
        "LAKES": _layer(gpkg, "lakes"),
        "SNAP_DISTANCE": 100000.0,
        "VELOCITY": 1.0,
        "COUNTRIES": _layer(gpkg, "countries"),
        "COUNTRY_FIELD": "adm0_a3",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
    }


@pytest.fixture(scope="module")
def watch(qgis_processing, sample_gpkg):
    params = dict(_common(sample_gpkg), COUNTRY="KAZ", CROSSINGS=2, RIVER_NAME_FIELD="watershed")
    summary, pairs = _run(BorderWatchAlgorithm(), params)
    return summary, pairs, _layer(sample_gpkg, "facilities")


@pytest.fixture(scope="module")
def upstream(qgis_processing, sample_gpkg):
    towns = QgsVectorLayer("Point?crs=EPSG:4326&field=name:string", "receptors", "memory")
    for f in _layer(sample_gpkg, "settlements").getFeatures():
        if f["name"] in ("Pavlodar", "Omsk"):
            g = QgsFeature(towns.fields())
            g.setGeometry(f.geometry())
            g.setAttributes([f["name"]])
            towns.dataProvider().addFeature(g)
    params = dict(_common(sample_gpkg), RECEPTORS=towns, RECEPTOR_ID_FIELD="name")
    summary, pairs = _run(UpstreamSourcesAlgorithm(), params)
    return summary, pairs, _layer(sample_gpkg, "facilities")


@pytest.fixture()
def shipped_qm(tmp_path_factory, monkeypatch):
    """The shipped catalogues (resources/i18n/*.ts) compiled into a temporary folder, read by the plugin."""
    import shutil
    import subprocess

    from tailings_qgis_plugin import i18n
    from tailings_qgis_plugin.paths import resource

    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    assert lrelease, "lrelease (qttools5-dev-tools, in scripts/bootstrap.sh) is needed"
    folder = tmp_path_factory.mktemp("qm")
    for code in ("ru", "kk"):
        ts = resource("i18n", f"tailings_{code}.ts")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(folder / f"tailings_{code}.qm")], check=True)
    monkeypatch.setattr(i18n, "qm_path", lambda code: folder / f"tailings_{code}.qm")
    return folder


def _csv(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle))


def _export(summary, pairs, facilities, tmp_path, **extra):
    import processing

    params = {
        "SUMMARY": summary,
        "PAIRS": pairs,
        "FACILITIES": facilities,
        "LANGUAGE": 0,
        "OUTPUT_HTML": str(tmp_path / "plan.html"),
        "OUTPUT_CSV": str(tmp_path / "plan.csv"),
        **extra,
    }
    return processing.run(ExportNotificationPlanAlgorithm(), params, feedback=QgsProcessingFeedback())


def test_crossing_plan_rows_equal_borderwatch(watch, tmp_path):
    summary, pairs, facilities = watch
    names = {f["facility_id"]: f["name"] for f in facilities.getFeatures()}
    res = _export(summary, pairs, facilities, tmp_path, DIRECTION=0)
    outgoing = sorted(
        (s for s in summary.getFeatures() if s["direction"] == "outgoing" and s["n_facilities"]),
        key=lambda s: s["first_arrival_h"],
    )
    assert outgoing and res["PLACE_COUNT"] == len(outgoing)
    expected = []
    for s in outgoing:
        mine = sorted(
            (f for f in pairs.getFeatures() if f["crossing_id"] == s["crossing_id"]), key=lambda f: f["rank"]
        )
        assert len(mine) == s["n_facilities"]
        expected += [
            (s["crossing_id"], str(f["rank"]), f["facility_id"], names[f["facility_id"]]) for f in mine
        ]
    rows = _csv(tmp_path / "plan.csv")
    assert rows[0][:4] == ["Crossing or receptor", "Order of arrival", "Facility id", "Facility"]
    assert [tuple(r[:4]) for r in rows[1:]] == expected
    assert res["PAIR_COUNT"] == len(expected)
    # arrival in days is the arrival in hours / 24 of the same row
    head = rows[0]
    for r in rows[1:]:
        h, d = float(r[head.index("Arrival (h)")]), float(r[head.index("Arrival (days)")])
        assert d == pytest.approx(h / 24.0, abs=0.006)
    places = _csv(tmp_path / "plan_places.csv")
    head = places[0]
    assert [p[0] for p in places[1:]] == [s["crossing_id"] for s in outgoing]
    for p, s in zip(places[1:], outgoing):
        assert int(p[head.index("Facilities upstream")]) == s["n_facilities"]
        assert float(p[head.index("Earliest arrival (h)")]) == pytest.approx(s["first_arrival_h"], abs=0.05)
        assert p[head.index("First facility")] == names[s["first_facility_id"]]
        if s["kind"] == "border_stretch":  # a river along the border, named as the impact report does
            assert p[head.index("Border")] == f"KAZ / {s['to_country']} (along the border)"
        else:
            assert p[head.index("Border")] == f"KAZ → {s['to_country']}"
    text = (tmp_path / "plan.html").read_text(encoding="utf-8")
    for s in outgoing:
        assert 'id="p-' in text and html.escape(s["crossing_id"]) in text
        assert html.escape(names[s["first_facility_id"]]) in text
    assert "<script" not in text
    # no facility of the sample carries a hazard index: the column is left out of the sections, and said so
    assert "Hazard index (THI): empty" in text and "<th>Hazard index (THI)</th>" not in text


def test_both_directions_count_the_crossings_no_facility_reaches(watch, tmp_path):
    summary, pairs, facilities = watch
    res = _export(summary, pairs, facilities, tmp_path, DIRECTION=2)
    reached = [s for s in summary.getFeatures() if s["n_facilities"]]
    assert res["PLACE_COUNT"] == len(reached)
    text = (tmp_path / "plan.html").read_text(encoding="utf-8")
    none = summary.featureCount() - len(reached)
    assert f"{len(reached)} border crossings reached by a facility; {none} more reached by none." in text


def test_receptor_plan_and_russian(upstream, tmp_path, shipped_qm):
    summary, pairs, facilities = upstream
    res = _export(summary, pairs, facilities, tmp_path, LANGUAGE=1)
    assert res["PLACE_COUNT"] == 2 and res["PAIR_COUNT"] == pairs.featureCount()
    rows = _csv(tmp_path / "plan.csv")
    by_town = {}
    for r in rows[1:]:
        by_town.setdefault(r[0], []).append(r[2])
    # the receptors are named in Russian (the sample's name_ru), the rows are those of the OUTPUT
    for town, shown in (("Pavlodar", "Павлодар"), ("Omsk", "Омск")):
        expected = sorted(
            (f for f in pairs.getFeatures() if f["receptor_id"] == town), key=lambda f: f["rank"]
        )
        assert by_town[shown] == [f["facility_id"] for f in expected]
    text = (tmp_path / "plan.html").read_text(encoding="utf-8")
    assert '<html lang="ru">' in text
    assert "Объекты выше по течению от пункта Павлодар" in text


def test_escapes_layer_text(tmp_path):
    pages, n_without = plan.plan_pages(
        [{"receptor_id": "<b>Town</b>"}],
        [{"receptor_id": "<b>Town</b>", "facility_id": "F1", "rank": 1, "arrival_h": 30.0, "dist_km": 108.0}],
        plan.RECEPTORS,
        {"F1": "<script>alert(1)</script>"},
    )
    assert n_without == 0 and pages[0]["first_arrival_d"] == pytest.approx(1.25)
    text = plan.build_plan_html(pages, plan.RECEPTORS)
    assert "<script>" not in text and "&lt;script&gt;" in text and "<b>Town" not in text


def test_wrong_layers_give_a_clear_error(watch, tmp_path):
    summary, _pairs, facilities = watch
    lines = QgsVectorLayer("LineString?crs=EPSG:4326&field=facility_id:string", "lines", "memory")
    with pytest.raises(QgsProcessingException, match="crossing_id"):
        _export(summary, lines, facilities, tmp_path)
    assert not list(tmp_path.iterdir())
