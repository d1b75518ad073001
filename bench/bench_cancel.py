"""Benchmark: how long each algorithm takes to stop after a Cancel (issue 13: within one second).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/bench_cancel.py [--runs 3] [--quick]

Inputs: the largest real inputs at hand: the 81 sample facilities, the full WaterHydro river network of
../shared/data (448 reaches, ~65,000 vertices) and the GeoNames settlements of Central Asia when present
(else the sample's), the SRTM clip of test/data with a 30-facility grid for overlandflowpath.

For each algorithm the full run is timed first (the baseline, same process). Then a timer thread calls
``feedback.cancel()`` at 10 %, 30 %, 60 % and 90 % of that time, as the Cancel button does, and the time from
that call until ``processing.run`` returns is measured. Reported: median and maximum latency over the
cancel points and ``--runs`` repetitions, and whether every cancelled run left its output folder empty.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "test"))

SAMPLE = ROOT / "resources" / "sample_data" / "kazakhstan.gpkg"
SHARED = ROOT.parent / "shared" / "data"
RIVERS = SHARED / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"
CITIES = SHARED / "settlements" / "geonames_cities500_central_asia.geojson"
CLIP = ROOT / "test" / "data" / "srtm1_atbasar_clip.tif"
CLIP_RIVERS = ROOT / "test" / "data" / "waterhydro_rivers_atbasar.geojson"


def start():
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    import tailings_qgis_plugin
    from tailings_qgis_plugin.processing_algorithms.provider import TailingsProvider

    provider = TailingsProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider, tailings_qgis_plugin


def cases(work: Path):
    from test_fuzz import write_layer

    fac = f"{work / 'sample.gpkg'}|layername=facilities"
    rivers = str(RIVERS) if RIVERS.exists() else f"{work / 'sample.gpkg'}|layername=rivers"
    settle = str(CITIES) if CITIES.exists() else f"{work / 'sample.gpkg'}|layername=settlements"
    grid = [(68.25 + 0.03 * i, 51.6 + 0.03 * j) for i in range(6) for j in range(5)]
    atbasar = write_layer(
        work / "atbasar.gpkg",
        [(f"POINT({x} {y})", {"facility_id": f"A{n}"}) for n, (x, y) in enumerate(grid)],
    )

    def out(name):
        return str(work / "out" / name)

    return {
        "checknetwork": {"RIVERS": rivers, "OUTPUT": out("n.gpkg")},
        "tracedownstream": {
            "FACILITIES": fac,
            "RIVERS": rivers,
            "OUTPUT": out("p.gpkg"),
            "SUMMARY": out("s.gpkg"),
        },
        "downstreamimpact": {
            "FACILITIES": fac,
            "RIVERS": rivers,
            "SETTLEMENTS": settle,
            "PATHWAYS": out("pw.gpkg"),
            "EXPOSED": out("ex.gpkg"),
            "CROSSINGS": out("cr.gpkg"),
            "SUMMARY": out("su.gpkg"),
        },
        "hazardscreening": {
            "FACILITIES": fac,
            "RIVERS": rivers,
            "SETTLEMENTS": settle,
            "OUTPUT": out("h.gpkg"),
        },
        "overlandflowpath": {
            "FACILITIES": atbasar,
            "DEM": str(CLIP),
            "RIVERS": str(CLIP_RIVERS),
            "OUTPUT": out("f.gpkg"),
            "RIVER_POINTS": out("e.gpkg"),
        },
        "validateregistry": {"INPUT": fac, "OUTPUT": out("v.gpkg")},
    }


def run(alg_id, params, cancel_after=None):
    """(seconds of the run, latency after the cancel or None, whether the run stopped as cancelled)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingException, QgsProcessingFeedback

    feedback = QgsProcessingFeedback()
    when = {}

    def fire():
        when["t"] = time.perf_counter()
        feedback.cancel()

    timer = threading.Timer(cancel_after, fire) if cancel_after is not None else None
    t0 = time.perf_counter()
    if timer:
        timer.start()
    stopped = False
    try:
        processing.run(f"tailings:{alg_id}", dict(params), context=QgsProcessingContext(), feedback=feedback)
    except QgsProcessingException as exc:
        stopped = "Cancel" in str(exc)
    t1 = time.perf_counter()
    if timer:
        timer.cancel()
    latency = t1 - when["t"] if "t" in when else None
    return t1 - t0, latency, stopped


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true", help="one run, two cancel points")
    args = parser.parse_args()
    app, _provider, _ = start()
    fractions = (0.3, 0.7) if args.quick else (0.1, 0.3, 0.6, 0.9)
    runs = 1 if args.quick else args.runs
    work = Path(tempfile.mkdtemp(prefix="bench_cancel_"))
    try:
        shutil.copy2(SAMPLE, work / "sample.gpkg")
        print(
            f"{'algorithm':18s} {'full run s':>10s} {'latency median s':>17s} {'max s':>7s}  nothing left"
        )
        for alg_id, params in cases(work).items():
            out = work / "out"
            shutil.rmtree(out, ignore_errors=True)
            out.mkdir()
            full = statistics.median(run(alg_id, params)[0] for _ in range(runs))
            latencies, clean = [], True
            for _ in range(runs):
                for frac in fractions:
                    shutil.rmtree(out, ignore_errors=True)
                    out.mkdir()
                    _total, latency, stopped = run(alg_id, params, cancel_after=full * frac)
                    if latency is not None and latency >= 0:
                        latencies.append(latency)
                        if stopped:  # a Cancel after the outputs were moved in lets the run finish
                            clean = clean and not any(out.iterdir())
            med = statistics.median(latencies) if latencies else float("nan")
            worst = max(latencies) if latencies else float("nan")
            print(f"{alg_id:18s} {full:10.2f} {med:17.3f} {worst:7.3f}  {clean}")
    finally:
        shutil.rmtree(work, ignore_errors=True)
        app.exitQgis()


if __name__ == "__main__":
    main()
