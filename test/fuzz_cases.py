"""The fuzz table of test_fuzz.py: one row per hostile input (screening rows in fuzz_cases_screening.py)."""

from __future__ import annotations

from fuzz_cases_screening import SCREENING_CASES
from fuzz_helpers import (
    ATBASAR,
    ERROR,
    OK,
    ULBA,
    Case,
    _border,
    _corrupt,
    _flow,
    _hostile_rows,
    _impact,
    _readonly,
    _truncated_dem,
    _upstream,
    facilities,
    sample,
    write_layer,
)

CASES = [
    *SCREENING_CASES,
    # --- checknetwork
    Case(
        "network-output-is-input",
        "tailings:checknetwork",
        lambda ws: {"RIVERS": sample(ws, "rivers"), "OUTPUT": str(ws.sample)},
        ERROR,
        "is the input",
    ),
    Case(
        "network-polygons",
        "tailings:checknetwork",
        lambda ws: {"RIVERS": sample(ws, "lakes"), "OUTPUT": str(ws.out / "n.gpkg")},
        ERROR,
        "line",
    ),
    Case(
        "network-only-null-geometries",
        "tailings:checknetwork",
        lambda ws: {
            "RIVERS": write_layer(ws.inp / "r.gpkg", [(None, {}), (None, {})], geometry="line"),
            "OUTPUT": str(ws.out / "n.gpkg"),
        },
        ERROR,
        "usable",
    ),
    Case(
        "network-cyrillic-paths",
        "tailings:checknetwork",
        lambda ws: {
            "RIVERS": write_layer(
                ws.inp / "реки с пробелом.gpkg",
                [("LINESTRING(70 50,70.1 50.1)", {}), ("LINESTRING(70.1 50.1,70.2 50)", {})],
                geometry="line",
            ),
            "OUTPUT": str(ws.out / "диагностика сети.gpkg"),
        },
        OK,
        outputs=("OUTPUT",),
    ),
    # --- overlandflowpath
    Case(
        "flow-truncated-dem",
        "tailings:overlandflowpath",
        lambda ws: _flow(ws, DEM=_truncated_dem(ws)),
        ERROR,
        "damaged or truncated",
    ),
    Case(
        "flow-text-file-as-dem",
        "tailings:overlandflowpath",
        lambda ws: _flow(ws, DEM=_corrupt(ws, "fake.tif")),
        ERROR,
    ),
    Case(
        "flow-output-is-dem",
        "tailings:overlandflowpath",
        lambda ws: _flow(ws, OUTPUT=str(ws.inp / "dem.tif")),
        ERROR,
        "is the input",
    ),
    Case(
        "flow-outside-dem-no-river-points",
        "tailings:overlandflowpath",
        lambda ws: _flow(
            ws,
            fac=facilities(
                ws,
                rows=[
                    ("POINT(75 45)", {"facility_id": "far"}),
                    (f"POINT({ATBASAR[0]} {ATBASAR[1]})", {"facility_id": "A"}),
                ],
            ),
        ),
        OK,
        outputs=("OUTPUT",),
    ),
    # --- downstreamimpact
    Case(
        "impact-pathways-is-rivers",
        "tailings:downstreamimpact",
        lambda ws: _impact(ws, PATHWAYS=str(ws.sample)),
        ERROR,
        "is the input",
    ),
    Case("impact-negative-velocity", "tailings:downstreamimpact", lambda ws: _impact(ws, VELOCITY=-1), ERROR),
    Case(
        "impact-implausible-population",
        "tailings:downstreamimpact",
        lambda ws: _impact(
            ws,
            SETTLEMENTS=write_layer(
                ws.inp / "s.gpkg",
                [
                    ("POINT(83.54 50.37)", {"name": "Huge", "population": "1e12"}),
                    ("POINT(83.55 50.36)", {"name": "Text", "population": "many"}),
                ],
                fields={"name": "str", "population": "str"},
            ),
        ),
        OK,
        "no usable population",
        outputs=("PATHWAYS", "SUMMARY"),
    ),
    Case(
        "impact-duplicate-ids",
        "tailings:downstreamimpact",
        lambda ws: _impact(
            ws, fac=facilities(ws, rows=[(f"POINT({ULBA[0]} {ULBA[1]})", {"facility_id": "D"})] * 2)
        ),
        ERROR,
        "unique",
    ),
    Case(
        "impact-no-settlement-near",
        "tailings:downstreamimpact",
        lambda ws: _impact(
            ws,
            SETTLEMENTS=write_layer(
                ws.inp / "s.gpkg",
                [("POINT(50 42)", {"name": "Far", "population": "100"})],
                fields={"name": "str", "population": "str"},
            ),
        ),
        OK,
        outputs=("PATHWAYS", "SUMMARY"),
    ),
    Case(
        "impact-secondary-outputs-left-out",
        "tailings:downstreamimpact",
        lambda ws: _impact(ws, EXPOSED=None, CROSSINGS=None, SUMMARY=None),
        OK,
        outputs=("PATHWAYS",),
    ),
    # --- upstreamsources
    Case(
        "upstream-output-is-input",
        "tailings:upstreamsources",
        lambda ws: _upstream(ws, OUTPUT=str(ws.sample)),
        ERROR,
        "is the input",
    ),
    Case(
        "upstream-receptors-are-lines",
        "tailings:upstreamsources",
        lambda ws: _upstream(
            ws,
            receptors=write_layer(
                ws.inp / "r.gpkg",
                [("LINESTRING(76.9 52.2,77.0 52.3)", {"name": "L"})],
                geometry="line",
                fields={"name": "str"},
            ),
        ),
        ERROR,
    ),
    Case(
        "upstream-receptor-far-from-rivers",
        "tailings:upstreamsources",
        lambda ws: _upstream(
            ws,
            receptors=write_layer(
                ws.inp / "r.gpkg", [("POINT(50 42)", {"name": "Sea"})], fields={"name": "str"}
            ),
        ),
        ERROR,
        "RECEPTOR_SNAP_DISTANCE",
    ),
    Case(
        "upstream-missing-receptor-id-field",
        "tailings:upstreamsources",
        lambda ws: _upstream(ws, RECEPTOR_ID_FIELD="no_such_field"),
        ERROR,
    ),
    Case(
        "upstream-duplicate-facility-ids",
        "tailings:upstreamsources",
        lambda ws: _upstream(
            ws, fac=facilities(ws, rows=[(f"POINT({ULBA[0]} {ULBA[1]})", {"facility_id": "D"})] * 2)
        ),
        ERROR,
        "unique",
    ),
    Case(
        "upstream-hostile-names-cyrillic-path",
        "tailings:upstreamsources",
        lambda ws: _upstream(
            ws,
            fac=facilities(ws, rows=_hostile_rows()),
            OUTPUT=str(ws.out / "источники выше.gpkg"),
            SUMMARY=None,  # secondary output left out
        ),
        OK,
        outputs=("OUTPUT",),
    ),
    # --- borderwatch
    Case(
        "border-output-is-input",
        "tailings:borderwatch",
        lambda ws: _border(ws, SUMMARY=str(ws.sample)),
        ERROR,
        "is the input",
    ),
    Case(
        "border-unknown-country",
        "tailings:borderwatch",
        lambda ws: _border(ws, COUNTRY="Atlantis"),
        ERROR,
        "Atlantis",
    ),
    Case(
        "border-countries-are-points",
        "tailings:borderwatch",
        lambda ws: _border(ws, COUNTRIES=facilities(ws, name="c.gpkg")),
        ERROR,
    ),
    Case(
        "border-no-facility-geometry",
        "tailings:borderwatch",
        lambda ws: _border(ws, fac=facilities(ws, rows=[(None, {"facility_id": "G"})])),
        ERROR,
    ),
    Case(
        "border-latitude-95",
        "tailings:borderwatch",
        lambda ws: _border(ws, fac=facilities(ws, rows=[("POINT(83.5 95)", {"facility_id": "N"})])),
        ERROR,
        "coordinates",
    ),
    Case(
        "border-hostile-names-cyrillic-path",
        "tailings:borderwatch",
        lambda ws: _border(
            ws, fac=facilities(ws, rows=_hostile_rows()), OUTPUT=str(ws.out / "граница КАЗ.gpkg")
        ),
        OK,
        outputs=("OUTPUT", "SUMMARY"),
    ),
    # --- exportreport and exportimpactmaps
    Case(
        "report-html-is-input",
        "tailings:exportreport",
        lambda ws: {"FACILITIES": sample(ws, "facilities"), "OUTPUT_HTML": str(ws.sample)},
        ERROR,
        "is the input",
    ),
    Case(
        "report-hostile-text",
        "tailings:exportreport",
        lambda ws: {
            "FACILITIES": facilities(ws, rows=_hostile_rows()),
            "RENDER_MAPS": False,
            "OUTPUT_HTML": str(ws.out / "отчёт.html"),
            "OUTPUT_CSV": str(ws.out / "r.csv"),
        },
        OK,
        outputs=("OUTPUT_HTML", "OUTPUT_CSV"),
    ),
    Case(
        "report-missing-maps-folder",
        "tailings:exportreport",
        lambda ws: {
            "FACILITIES": facilities(ws),
            "MAPS_FOLDER": str(ws.root / "nomaps"),
            "OUTPUT_HTML": str(ws.out / "r.html"),
        },
        ERROR,
    ),
    Case(
        "maps-readonly-folder",
        "tailings:exportimpactmaps",
        lambda ws: {
            "FACILITIES": facilities(ws),
            "PATHWAYS": write_layer(
                ws.inp / "p.gpkg",
                [("LINESTRING(83.5 50.3,83.6 50.4)", {"facility_id": "F1"})],
                geometry="line",
            ),
            "OUTPUT_FOLDER": str(_readonly(ws) / "maps"),
        },
        ERROR,
        "read-only|Cannot write",
    ),
    Case(
        "maps-pathways-are-points",
        "tailings:exportimpactmaps",
        lambda ws: {
            "FACILITIES": facilities(ws),
            "PATHWAYS": facilities(ws, name="p.gpkg"),
            "OUTPUT_FOLDER": str(ws.out / "maps"),
        },
        ERROR,
    ),
]
