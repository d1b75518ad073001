"""The main job on the bundled Kazakhstan sample data, headless.

    python scripts/run_demo.py --out out

Runs the plugin's own Processing algorithms (the same ones the toolbox shows) on
resources/sample_data/kazakhstan.gpkg and prints what it wrote.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SAMPLE = ROOT / "resources" / "sample_data" / "kazakhstan.gpkg"


def start_qgis():
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    sys.path.append("/usr/share/qgis/python/plugins")
    from processing.core.Processing import Processing

    Processing.initialize()
    from tailings_qgis_plugin.i18n import install_translator
    from tailings_qgis_plugin.processing_algorithms.provider import TailingsProvider

    install_translator("en")
    provider = TailingsProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    return app, provider


class PrintFeedback:
    """Processing feedback that prints warnings and errors to the terminal."""

    def __new__(cls):
        from qgis.core import QgsProcessingFeedback

        class _Feedback(QgsProcessingFeedback):
            def pushWarning(self, text):
                print(f"   warning: {text}")
                super().pushWarning(text)

            def reportError(self, text, fatalError=False):
                print(f"   error: {text}")
                super().reportError(text, fatalError)

        return _Feedback()


def layer(name: str) -> str:
    return f"{SAMPLE}|layername={name}"


def run(alg_id: str, params: dict):
    import processing

    started = time.perf_counter()
    print(f"-> {alg_id}")
    result = processing.run(alg_id, params, feedback=PrintFeedback())
    print(f"   done in {time.perf_counter() - started:.1f} s")
    return result


def _rows(gpkg: Path, table: str):
    from qgis.core import QgsVectorLayer

    source = QgsVectorLayer(f"{gpkg}|layername={table}", table, "ogr")
    return [{name: f[name] for name in source.fields().names()} for f in source.getFeatures()]


def summarise(gpkg: Path) -> None:
    """Print what a working-group member asks first: how many, which cross borders, where to look."""
    trace = _rows(gpkg, "trace_summary")
    summary = {row["facility_id"]: row for row in _rows(gpkg, "summary")}
    names = {row["facility_id"]: row["name"] for row in _rows(gpkg, "hazard_screening")}
    snapped = [r for r in trace if r["snapped"]]
    far = [r for r in snapped if (r["snap_distance_m"] or 0) > 5000]
    print()
    print(
        f"{len(trace)} facilities traced; {len(snapped)} joined the river network within the snap distance;"
    )
    print(f"{len(far)} of them needed an overland leg longer than 5 km (assumed straight: the sample network")
    print("maps main rivers only). Their pathways are marked kind='overland', assumed=true.")
    crossing = [
        s for s in summary.values() if s["first_border_km"] not in (None, "") and s["first_border_to"]
    ]
    crossing = [s for s in crossing if str(s["first_border_to"]) != "unknown"]
    crossing.sort(key=lambda s: s["first_border_h"] or 0)
    print(f"{len(crossing)} facilities send a release across a national border:")
    for s in crossing[:15]:
        print(
            f"  {names.get(s['facility_id'], s['facility_id'])[:28]:28s} -> {s['first_border_to']} after "
            f"{s['first_border_km']:6.0f} km, ~{s['first_border_h']:5.0f} h at 1 m/s; countries {s['countries']}"
        )
    if len(crossing) > 15:
        print(f"  … and {len(crossing) - 15} more (layer summary)")


def _town_layer(names):
    """The named settlements of the sample as a memory layer (the receptors of the reverse analysis)."""
    from qgis.core import QgsFeature, QgsField, QgsVectorLayer
    from qgis.PyQt.QtCore import QVariant

    src = QgsVectorLayer(layer("settlements"), "settlements", "ogr")
    towns = QgsVectorLayer("Point?crs=EPSG:4326", "receptors", "memory")
    towns.dataProvider().addAttributes([QgsField("name", QVariant.String)])
    towns.updateFields()
    for f in src.getFeatures():
        if f["name"] in names:
            g = QgsFeature(towns.fields())
            g.setGeometry(f.geometry())
            g.setAttributes([f["name"]])
            towns.dataProvider().addFeature(g)
    return towns


def upstream_and_border_watch(gpkg: Path) -> None:
    """tailings:upstreamsources for Pavlodar and Omsk, tailings:borderwatch for Kazakhstan; print both."""
    common = {
        # the screened facilities carry thi and consequence_class: the summaries name the worst upstream
        "FACILITIES": f"{gpkg}|layername=hazard_screening",
        "FACILITY_ID_FIELD": "facility_id",
        "RIVERS": layer("rivers"),
        "DIRECTION": 0,
        "SNAP_DISTANCE": 100000,
        "LAKES": layer("lakes"),
        "VELOCITY_SOURCE": 0,
        "VELOCITY": 1.0,
    }
    run(
        "tailings:upstreamsources",
        {
            **common,
            "RECEPTORS": _town_layer(("Pavlodar", "Omsk")),
            "RECEPTOR_ID_FIELD": "name",
            "RECEPTOR_SNAP_DISTANCE": 5000,
            "COUNTRIES": layer("countries"),
            "COUNTRY_FIELD": "adm0_a3",
            "OUTPUT": f"ogr:dbname='{gpkg}' table=\"upstream_sources\" (geom)",
            "SUMMARY": f"ogr:dbname='{gpkg}' table=\"upstream_summary\" (geom)",
        },
    )
    run(
        "tailings:borderwatch",
        {
            **common,
            "COUNTRIES": layer("countries"),
            "COUNTRY_FIELD": "adm0_a3",
            "COUNTRY": "KAZ",
            "CROSSINGS": 2,
            "RIVER_NAME_FIELD": "watershed",
            "OUTPUT": f"ogr:dbname='{gpkg}' table=\"border_watch\" (geom)",
            "SUMMARY": f"ogr:dbname='{gpkg}' table=\"border_crossings\" (geom)",
        },
    )
    names = {row["facility_id"]: row["name"] for row in _rows(gpkg, "hazard_screening")}
    pairs = _rows(gpkg, "upstream_sources")
    print()
    for town in ("Pavlodar", "Omsk"):
        rows = [r for r in pairs if r["receptor_id"] == town]
        print(f"{len(rows)} facilities upstream of {town} (arrival at 1 m/s, leading edge):")
        for r in rows[:8]:
            print(
                f"  {r['rank']:2d}. {names.get(r['facility_id'], r['facility_id'])[:28]:28s} {r['dist_km']:6.0f} km"
                f"  ~{r['arrival_h']:5.0f} h  {r['countries']}"
            )
        if len(rows) > 8:
            print(f"  … and {len(rows) - 8} more (layer upstream_sources)")
        s = next((r for r in _rows(gpkg, "upstream_summary") if r["receptor_id"] == town), None)
        if s and s["worst_facility_id"]:
            print(
                f"  highest hazard index upstream: {names.get(s['worst_facility_id'], s['worst_facility_id'])} "
                f"(THI {s['worst_hazard_index']:.1f})"
            )
    crossings = _rows(gpkg, "border_crossings")
    print()
    print("Where rivers leave Kazakhstan, with the facilities that reach each crossing (earliest first):")
    big = ("Ertis", "Yesil", "Tobyl")  # the Irtysh, Ishim and Tobol basins (WaterHydro watershed names)
    shown = [
        c for c in crossings if c["direction"] == "outgoing" and (c["n_facilities"] or c["river"] in big)
    ]
    for c in shown:
        if c["n_facilities"]:
            first = names.get(c["first_facility_id"], c["first_facility_id"])
            what = f"first {first[:26]} after {c['first_dist_km']:5.0f} km, ~{c['first_arrival_h']:4.0f} h"
        else:
            what = "no facility of the sample upstream"
        print(
            f"  {c['crossing_id']:12s} {c['river'] or ''!s:16s} to {c['to_country']} "
            f"{c['n_facilities']:2d} facilities; {what}"
        )
    quiet = sum(1 for c in crossings if c["direction"] == "outgoing" and c not in shown)
    print(f"  ({quiet} more outgoing crossings are reached by no facility in the sample)")
    incoming = [c for c in crossings if c["direction"] == "incoming"]
    print(
        f"Where rivers enter Kazakhstan ({len(incoming)} crossings; the sample registry has no site abroad):"
    )
    for c in incoming:
        print(f"  {c['crossing_id']:12s} {c['river'] or ''!s:22s} from {c['from_country']}")


def crossing_maps(gpkg: Path, pdfs: Path):
    """tailings:exportcrossingmaps: pdf/border_crossings.pdf, one page per outgoing crossing with facilities."""
    table = f"{gpkg}|layername="
    result = run(
        "tailings:exportcrossingmaps",
        {
            "CROSSINGS": table + "border_crossings",
            "PAIRS": table + "border_watch",
            "FACILITIES": table + "hazard_screening",
            "NAME_FIELD": "name",
            "DIRECTION": 0,
            "FORMAT": 1,
            "DPI": 150,
            "OUTPUT_FOLDER": str(pdfs),
        },
    )
    return (
        pdfs / "border_crossings.pdf",
        f"{result['PAGES']} pages, one per outgoing crossing with facilities",
    )


def receptor_maps(gpkg: Path, pdfs: Path):
    """tailings:exportreceptormaps: pdf/receptors.pdf, one page per receptor (Pavlodar, Omsk) with the
    facilities upstream of it."""
    table = f"{gpkg}|layername="
    result = run(
        "tailings:exportreceptormaps",
        {
            "RECEPTORS": table + "upstream_summary",
            "PAIRS": table + "upstream_sources",
            "FACILITIES": table + "hazard_screening",
            "NAME_FIELD": "name",
            "FORMAT": 1,
            "DPI": 150,
            "OUTPUT_FOLDER": str(pdfs),
        },
    )
    return pdfs / "receptors.pdf", f"{result['PAGES']} pages, one per receptor with facilities upstream"


def notification_plans(gpkg: Path, out: Path):
    """tailings:exportnotificationplan beside report.html: notification_plan.html/.csv (the border
    crossings of Kazakhstan, by arrival) and receptors.html/.csv (Pavlodar and Omsk)."""
    table = f"{gpkg}|layername="
    written = []
    for stem, summary, pairs, what in (
        ("notification_plan", "border_crossings", "border_watch", "per border crossing"),
        ("receptors", "upstream_summary", "upstream_sources", "per receptor"),
    ):
        result = run(
            "tailings:exportnotificationplan",
            {
                "SUMMARY": table + summary,
                "PAIRS": table + pairs,
                "FACILITIES": table + "hazard_screening",
                "DIRECTION": 2,
                "OUTPUT_HTML": str(out / f"{stem}.html"),
                "OUTPUT_CSV": str(out / f"{stem}.csv"),
            },
        )
        written.append(
            (
                out / f"{stem}.html",
                f"facilities by arrival {what}: {result['PLACE_COUNT']} places, {result['PAIR_COUNT']} rows "
                f"(also {stem}.csv and {stem}_places.csv)",
            )
        )
    return written


def start_png_maps(params: dict):
    """Start the PNG map export in a second Python process (parameters in a JSON file)."""
    import json
    import subprocess
    import tempfile

    print("-> tailings:exportimpactmaps (PNG, in a second process)")
    handle, path = tempfile.mkstemp(prefix="tailings_png_", suffix=".json")
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        json.dump(params, file)
    job = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "--png-maps", path],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    return job, path, time.perf_counter()


def finish_png_maps(started, params: dict) -> dict:
    """Wait for the PNG process; its result, or the same export here when the process failed."""
    import json

    job, path, t0 = started
    output, errors = job.communicate()
    Path(path).unlink(missing_ok=True)
    lines = [line for line in output.splitlines() if line.startswith("{")]
    if job.returncode == 0 and lines:
        print(f"   PNG pages done in {time.perf_counter() - t0:.1f} s (second process)")
        return json.loads(lines[-1])
    print(
        f"   the second process failed ({job.returncode}): {errors.strip()[-300:]}; drawing the PNG pages here"
    )
    return run("tailings:exportimpactmaps", params)


def png_maps_main(path: str) -> int:
    """The second process: read the parameters, export the PNG pages, print the result as JSON."""
    import json

    params = json.loads(Path(path).read_text(encoding="utf-8"))
    app, _provider = start_qgis()
    import processing

    result = processing.run("tailings:exportimpactmaps", params)
    print(json.dumps({"PAGES": result["PAGES"], "FILES": result["FILES"]}))
    sys.stdout.flush()
    app.exitQgis()
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", default="out", help="output folder (default: out)")
    parser.add_argument("--png-maps", metavar="PARAMS_JSON", help=argparse.SUPPRESS)
    parser.add_argument(
        "--serial-maps",
        action="store_true",
        help="draw the PNG pages in this process, after the PDF (one core)",
    )
    args = parser.parse_args(argv)
    if args.png_maps:
        return png_maps_main(args.png_maps)
    out = Path(args.out).resolve()
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    app, _provider = start_qgis()
    written = []

    gpkg = out / "downstream_impact.gpkg"
    if gpkg.exists():
        gpkg.unlink()

    # 1. Validate the facility registry
    problems = out / "registry_problems.csv"
    result = run("tailings:validateregistry", {"INPUT": layer("facilities"), "OUTPUT": str(problems)})
    written.append(
        (problems, f"registry validation: {result['ERRORS']} errors, {result['WARNINGS']} warnings")
    )

    # 2. Hazard screening on the registry fields: no public source gives a Kazakh site's stored volume or dam
    #    height, so every site is "not assessed" (no runout, no rank) and the layer says so (issue 14) ...
    screened = f"ogr:dbname='{gpkg}' table=\"hazard_screening\" (geom)"
    hazard_inputs = {
        "FACILITIES": layer("facilities"),
        "FACILITY_ID_FIELD": "facility_id",
        "RIVERS": layer("rivers"),
        "SETTLEMENTS": layer("settlements"),
        "POPULATION_FIELD": "population",
        "SNAP_DISTANCE": 100000,
        "OUTPUT": screened,
    }
    run("tailings:hazardscreening", hazard_inputs)
    written.append(
        (gpkg, "layer hazard_screening: THI; runout not assessed (no stored volume or height in any source)")
    )
    # ... and, in addition, an explicit labelled user scenario (10 Mm3 stored, 25 m dam) for every site
    run(
        "tailings:hazardscreening",
        dict(
            hazard_inputs,
            SCENARIO_VOLUME=10_000_000,
            SCENARIO_HEIGHT=25,
            OUTPUT=f"ogr:dbname='{gpkg}' table=\"hazard_screening_scenario\" (geom)",
        ),
    )
    written.append((gpkg, "layer hazard_screening_scenario: user scenario 10 Mm3 / 25 m (scenario_source)"))

    # 3. Trace every facility downstream on the WaterHydro network (digitised direction)
    trace = run(
        "tailings:tracedownstream",
        {
            "FACILITIES": layer("facilities"),
            "FACILITY_ID_FIELD": "facility_id",
            "RIVERS": layer("rivers"),
            "DIRECTION": 0,
            "SNAP_DISTANCE": 100000,
            "LAKES": layer("lakes"),
            "OUTPUT": f"ogr:dbname='{gpkg}' table=\"trace_pathways\" (geom)",
            "SUMMARY": f"ogr:dbname='{gpkg}' table=\"trace_summary\" (geom)",
        },
    )
    written.append((gpkg, "layers trace_pathways, trace_summary"))

    # 4. Downstream impact: settlements, arrival, border crossings
    impact = run(
        "tailings:downstreamimpact",
        {
            "FACILITIES": layer("facilities"),
            "FACILITY_ID_FIELD": "facility_id",
            "RIVERS": layer("rivers"),
            "DIRECTION": 0,
            "SNAP_DISTANCE": 100000,
            "LAKES": layer("lakes"),
            "SETTLEMENTS": layer("settlements"),
            "SETTLEMENT_NAME_FIELD": "name",
            "POPULATION_FIELD": "population",
            "COUNTRIES": layer("countries"),
            "COUNTRY_FIELD": "adm0_a3",
            "CORRIDOR": 5000,
            "VELOCITY_SOURCE": 0,
            "VELOCITY": 1.0,
            "PATHWAYS": f"ogr:dbname='{gpkg}' table=\"pathways\" (geom)",
            "EXPOSED": f"ogr:dbname='{gpkg}' table=\"exposed\" (geom)",
            "CROSSINGS": f"ogr:dbname='{gpkg}' table=\"crossings\" (geom)",
            "SUMMARY": f"ogr:dbname='{gpkg}' table=\"summary\" (geom)",
        },
    )
    written.append((gpkg, "layers pathways, exposed, crossings, summary"))
    _ = trace, impact

    # 4b. The other way round: which facilities reach Pavlodar and Omsk, and each border crossing of Kazakhstan
    upstream_and_border_watch(gpkg)
    written.append((gpkg, "layers upstream_sources, upstream_summary, border_watch, border_crossings"))

    # 5. Meeting maps: one PNG per facility (for the report and screens) and one multi-page PDF (print)
    table = f"{gpkg}|layername="
    map_inputs = {
        "FACILITIES": table + "hazard_screening",
        "FACILITY_ID_FIELD": "facility_id",
        "NAME_FIELD": "name",
        "PATHWAYS": table + "pathways",
        "EXPOSED": table + "exposed",
        "CROSSINGS": table + "crossings",
        "RIVERS": layer("rivers"),
        "LAKES": layer("lakes"),
        "SETTLEMENTS": layer("settlements"),
        "COUNTRIES": layer("countries"),
        "ALL_FACILITIES": True,
        "PAGE_SIZE": 0,
    }
    # The PNG pages are drawn by a second process while this one writes the PDF: print layouts render on
    # one thread, so this is how the map export uses both cores of a small machine.
    maps = out / "maps"
    png_params = {**map_inputs, "FORMAT": 2, "DPI": 110, "OUTPUT_FOLDER": str(maps)}
    png_job = None if args.serial_maps else start_png_maps(png_params)
    pdfs = out / "pdf"
    pdf = run(
        "tailings:exportimpactmaps", {**map_inputs, "FORMAT": 1, "DPI": 150, "OUTPUT_FOLDER": str(pdfs)}
    )
    written.append((pdfs, f"one PDF of {pdf['PAGES']} A4 pages"))
    written.extend((crossing_maps(gpkg, pdfs), receptor_maps(gpkg, pdfs), *notification_plans(gpkg, out)))
    pngs = finish_png_maps(png_job, png_params) if png_job else run("tailings:exportimpactmaps", png_params)
    written.append((maps, f"{pngs['PAGES']} map pages as PNG"))

    # 6. Report: one HTML file with the maps embedded, and the spreadsheet
    run(
        "tailings:exportreport",
        {
            "FACILITIES": table + "hazard_screening",
            "FACILITY_ID_FIELD": "facility_id",
            "NAME_FIELD": "name",
            "SUMMARY": table + "summary",
            "EXPOSED": table + "exposed",
            "CROSSINGS": table + "crossings",
            "MAPS_FOLDER": str(maps),
            "OUTPUT_HTML": str(out / "report.html"),
            "OUTPUT_XLSX": str(out / "report.xlsx"),
            "OUTPUT_CSV": str(out / "report.csv"),
        },
    )
    written.append((out / "report.html", "HTML report, its maps as JPEG files in report_files/"))
    written.append((out / "report.xlsx", "one row per facility, plus a sheet of exposed settlements"))
    written.append((out / "report.csv", "the same table as CSV (and report_exposed.csv)"))
    summarise(gpkg)

    print()
    print(f"Demo finished in {time.perf_counter() - started:.1f} s. Files written under {out}:")
    for path, what in written:
        print(f"  {path.relative_to(out)}  ({what})")
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
