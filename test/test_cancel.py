"""Cancel (issue 13): every algorithm stops soon after a Cancel and leaves nothing behind.

The feedback object cancels itself after its k-th progress report (as the Cancel button does between two
progress updates). Each algorithm must then stop with the "Cancelled" message, write no output file, leave
no temporary folder, and report at most a few more progress steps after the cancel (a proxy for "stops
within one second" that does not depend on the machine's speed; the time itself is measured by
bench/bench_cancel.py on the largest benchmark input).
"""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from conftest import SAMPLE_GPKG, run_alg

DATA = Path(__file__).resolve().parent / "data"
CLIP = DATA / "srtm1_atbasar_clip.tif"
CLIP_RIVERS = DATA / "waterhydro_rivers_atbasar.geojson"
MAX_STEPS_AFTER_CANCEL = 3


class CancelAfter(QgsProcessingFeedback):
    """Cancels itself at the k-th ``setProgress``; counts the progress reports made after that."""

    def __init__(self, k: int):
        super().__init__()
        self.k = k
        self.calls = 0
        self.after = 0

    def setProgress(self, progress):
        self.calls += 1
        if self.isCanceled():
            self.after += 1
        elif self.calls >= self.k:
            self.cancel()
        super().setProgress(progress)


def _sample(ws, layer):
    return f"{ws['sample']}|layername={layer}"


def _watch_outputs(ws):
    """Border-watch OUTPUT and SUMMARY of the sample, computed once per workspace."""
    out = ws["inp"] / "watch"
    if not (out / "crossings.gpkg").is_file():
        out.mkdir(exist_ok=True)
        run_alg(
            "tailings:borderwatch",
            {
                "FACILITIES": _sample(ws, "facilities"),
                "RIVERS": _sample(ws, "rivers"),
                "COUNTRIES": _sample(ws, "countries"),
                "OUTPUT": str(out / "pairs.gpkg"),
                "SUMMARY": str(out / "crossings.gpkg"),
            },
        )
    return out


def _upstream_outputs(ws):
    """Upstream-sources OUTPUT and SUMMARY for Pavlodar and Omsk, computed once per workspace."""
    out = ws["inp"] / "upstream"
    if not (out / "summary.gpkg").is_file():
        from fuzz_helpers import write_layer

        towns = write_layer(
            out / "towns.gpkg",
            [
                ("POINT(76.96881 52.27601)", {"name": "Pavlodar"}),
                ("POINT(73.36859 54.99244)", {"name": "Omsk"}),
            ],
            fields={"name": "str"},
        )
        run_alg(
            "tailings:upstreamsources",
            {
                "RECEPTORS": str(towns),
                "RECEPTOR_ID_FIELD": "name",
                "FACILITIES": _sample(ws, "facilities"),
                "RIVERS": _sample(ws, "rivers"),
                "OUTPUT": str(out / "pairs.gpkg"),
                "SUMMARY": str(out / "summary.gpkg"),
            },
        )
    return out


def _impact_outputs(ws):
    """Pathways, exposed, crossings and summary of the sample, computed once per workspace."""
    out = ws["inp"] / "impact"
    out.mkdir(exist_ok=True)
    params = {
        "FACILITIES": _sample(ws, "facilities"),
        "RIVERS": _sample(ws, "rivers"),
        "SETTLEMENTS": _sample(ws, "settlements"),
        "FACILITY_IDS": "",
        "PATHWAYS": str(out / "pathways.gpkg"),
        "EXPOSED": str(out / "exposed.gpkg"),
        "CROSSINGS": str(out / "crossings.gpkg"),
        "SUMMARY": str(out / "summary.gpkg"),
    }
    run_alg("tailings:downstreamimpact", params)
    from osgeo import ogr

    ds = ogr.Open(params["PATHWAYS"])
    ids = sorted({f.GetField("facility_id") for f in ds.GetLayer(0)})
    ds = None
    result = {k: params[k] for k in ("PATHWAYS", "EXPOSED", "CROSSINGS", "SUMMARY")}
    result["IDS"] = ",".join(ids[:4])  # four map pages are enough to cancel between them
    return result


ALGORITHMS = {
    "tailings:validateregistry": lambda ws: {
        "INPUT": _sample(ws, "facilities"),
        "OUTPUT": str(ws["out"] / "v.gpkg"),
    },
    "tailings:hazardscreening": lambda ws: {
        "FACILITIES": _sample(ws, "facilities"),
        "RIVERS": _sample(ws, "rivers"),
        "SETTLEMENTS": _sample(ws, "settlements"),
        "OUTPUT": str(ws["out"] / "h.gpkg"),
    },
    "tailings:tracedownstream": lambda ws: {
        "FACILITIES": _sample(ws, "facilities"),
        "RIVERS": _sample(ws, "rivers"),
        "OUTPUT": str(ws["out"] / "p.gpkg"),
        "SUMMARY": str(ws["out"] / "s.gpkg"),
    },
    "tailings:checknetwork": lambda ws: {
        "RIVERS": _sample(ws, "rivers"),
        "OUTPUT": str(ws["out"] / "n.gpkg"),
    },
    "tailings:overlandflowpath": lambda ws: {
        "FACILITIES": ws["atbasar"],
        "DEM": str(ws["dem"]),
        "RIVERS": str(CLIP_RIVERS),
        "OUTPUT": str(ws["out"] / "f.gpkg"),
        "RIVER_POINTS": str(ws["out"] / "e.gpkg"),
    },
    "tailings:downstreamimpact": lambda ws: {
        "FACILITIES": _sample(ws, "facilities"),
        "RIVERS": _sample(ws, "rivers"),
        "SETTLEMENTS": _sample(ws, "settlements"),
        "PATHWAYS": str(ws["out"] / "pathways.gpkg"),
        "EXPOSED": str(ws["out"] / "exposed.gpkg"),
        "CROSSINGS": str(ws["out"] / "crossings.gpkg"),
        "SUMMARY": str(ws["out"] / "summary.gpkg"),
    },
    "tailings:upstreamsources": lambda ws: {
        "RECEPTORS": _sample(ws, "settlements"),
        "FACILITIES": _sample(ws, "facilities"),
        "RIVERS": _sample(ws, "rivers"),
        "COUNTRIES": _sample(ws, "countries"),
        "OUTPUT": str(ws["out"] / "upstream.gpkg"),
        "SUMMARY": str(ws["out"] / "upstream_summary.gpkg"),
    },
    "tailings:borderwatch": lambda ws: {
        "FACILITIES": _sample(ws, "facilities"),
        "RIVERS": _sample(ws, "rivers"),
        "COUNTRIES": _sample(ws, "countries"),
        "OUTPUT": str(ws["out"] / "watch.gpkg"),
        "SUMMARY": str(ws["out"] / "crossings.gpkg"),
    },
    "tailings:exportimpactmaps": lambda ws: dict(
        FACILITIES=_sample(ws, "facilities"),
        PATHWAYS=ws["impact"]["PATHWAYS"],
        EXPOSED=ws["impact"]["EXPOSED"],
        CROSSINGS=ws["impact"]["CROSSINGS"],
        FACILITY_IDS=ws["impact"]["IDS"],
        FORMAT=0,  # one PDF per facility: the run checks Cancel between pages
        DPI=30,
        OUTPUT_FOLDER=str(ws["out"] / "maps"),
    ),
    "tailings:exportcrossingmaps": lambda ws: dict(
        CROSSINGS=str(_watch_outputs(ws) / "crossings.gpkg"),
        PAIRS=str(_watch_outputs(ws) / "pairs.gpkg"),
        FACILITIES=_sample(ws, "facilities"),
        FORMAT=0,  # one PDF per crossing: the run checks Cancel between pages
        DPI=30,
        OUTPUT_FOLDER=str(ws["out"] / "maps"),
    ),
    "tailings:exportreceptormaps": lambda ws: dict(
        RECEPTORS=str(_upstream_outputs(ws) / "summary.gpkg"),
        PAIRS=str(_upstream_outputs(ws) / "pairs.gpkg"),
        FACILITIES=_sample(ws, "facilities"),
        FORMAT=0,  # one PDF per receptor: the run checks Cancel between pages
        DPI=30,
        OUTPUT_FOLDER=str(ws["out"] / "maps"),
    ),
    "tailings:exportnotificationplan": lambda ws: dict(
        SUMMARY=str(_watch_outputs(ws) / "crossings.gpkg"),
        PAIRS=str(_watch_outputs(ws) / "pairs.gpkg"),
        FACILITIES=_sample(ws, "facilities"),
        OUTPUT_HTML=str(ws["out"] / "plan.html"),
        OUTPUT_CSV=str(ws["out"] / "plan.csv"),
    ),
    "tailings:exportreport": lambda ws: dict(
        FACILITIES=_sample(ws, "facilities"),
        SUMMARY=ws["impact"]["SUMMARY"],
        EXPOSED=ws["impact"]["EXPOSED"],
        CROSSINGS=ws["impact"]["CROSSINGS"],
        PATHWAYS=ws["impact"]["PATHWAYS"],
        RENDER_MAPS=False,
        OUTPUT_HTML=str(ws["out"] / "r.html"),
        OUTPUT_CSV=str(ws["out"] / "r.csv"),
    ),
}


@pytest.fixture(scope="module")
def workspace(plugin, tmp_path_factory):
    root = tmp_path_factory.mktemp("cancel")
    inp = root / "in"
    inp.mkdir()
    shutil.copy2(SAMPLE_GPKG, inp / "sample.gpkg")
    shutil.copy2(CLIP, inp / "dem.tif")
    from fuzz_helpers import write_layer

    grid = [(68.25 + 0.03 * i, 51.6 + 0.03 * j) for i in range(6) for j in range(5)]
    atbasar = write_layer(
        inp / "atbasar.gpkg", [(f"POINT({x} {y})", {"facility_id": f"A{n}"}) for n, (x, y) in enumerate(grid)]
    )
    ws = {"root": root, "inp": inp, "sample": inp / "sample.gpkg", "dem": inp / "dem.tif", "atbasar": atbasar}
    ws["impact"] = _impact_outputs(ws)
    return ws


def _hashes(folder: Path) -> dict:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".aux.xml")
    }


def test_every_algorithm_is_in_the_table(plugin):
    from qgis.core import QgsApplication

    provider = QgsApplication.processingRegistry().providerById("tailings")
    ids = {a.id() for a in provider.algorithms()} - {"tailings:createregistry"}  # no loop to cancel
    # the shared-registry algorithms need a PostgreSQL server: their Cancel is tested in test_postgis.py
    ids -= {"tailings:createsharedregistry", "tailings:importregistry", "tailings:exportregistry"}
    assert ids == set(ALGORITHMS)


@pytest.mark.parametrize("k", [1, 4])
@pytest.mark.parametrize("alg", sorted(ALGORITHMS))
def test_cancel_stops_and_leaves_nothing(workspace, tmp_path, alg, k):
    ws = dict(workspace, out=tmp_path / "out")
    ws["out"].mkdir()
    params = ALGORITHMS[alg](ws)
    before = _hashes(ws["inp"])
    feedback = CancelAfter(k)
    try:
        run_alg(alg, params, feedback=feedback)
    except QgsProcessingException as exc:
        message = str(exc)
    else:
        message = ""
    assert feedback.calls >= 1, "the algorithm never reported progress, so it cannot be cancelled"
    if feedback.isCanceled():
        assert "Cancelled" in message or "cancel" in message.lower(), message
        assert list(ws["out"].rglob("*")) == [], "output left after a Cancel"
        assert feedback.after <= MAX_STEPS_AFTER_CANCEL, f"{feedback.after} progress steps after the Cancel"
    else:  # finished before its k-th progress report: a complete result
        assert message == ""
    assert list(tmp_path.rglob(".tailings-tmp-*")) == []
    assert _hashes(ws["inp"]) == before
