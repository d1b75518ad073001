"""Fuzz rows for createregistry, validateregistry, hazardscreening and tracedownstream (see test_fuzz.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

from fuzz_helpers import (
    ERROR,
    OK,
    REG_FIELDS,
    Case,
    _corrupt,
    _hostile_rows,
    _readonly,
    _registry_rows,
    _trace,
    facilities,
    sample,
    write_layer,
)

SCREENING_CASES = [
    # --- createregistry
    Case(
        "create-cyrillic-space-path",
        "tailings:createregistry",
        lambda ws: {"CRS": "EPSG:4326", "OUTPUT": str(ws.out / "реестр хвостохранилищ.gpkg")},
        OK,
        outputs=("OUTPUT",),
    ),
    Case(
        "create-invalid-crs",
        "tailings:createregistry",
        lambda ws: {"CRS": "EPSG:999999", "OUTPUT": str(ws.out / "r.gpkg")},
        ERROR,
        "coordinate reference",
    ),
    Case(
        "create-missing-folder",
        "tailings:createregistry",
        lambda ws: {"CRS": "EPSG:4326", "OUTPUT": str(ws.out / "no" / "such" / "r.gpkg")},
        ERROR,
        "does not exist",
    ),
    Case(
        "create-readonly-folder",
        "tailings:createregistry",
        lambda ws: {"CRS": "EPSG:4326", "OUTPUT": str(_readonly(ws) / "r.gpkg")},
        ERROR,
        "read-only|Cannot write",
    ),
    Case(
        "create-over-existing-8-layer-gpkg",
        "tailings:createregistry",
        lambda ws: {
            "CRS": "EPSG:4326",
            "OUTPUT": str(Path(shutil.copy2(ws.sample, ws.out / "existing.gpkg"))),
        },
        OK,
    ),
    # --- validateregistry
    Case(
        "validate-output-is-input",
        "tailings:validateregistry",
        lambda ws: {"INPUT": sample(ws, "facilities"), "OUTPUT": str(ws.sample)},
        ERROR,
        "is the input",
    ),
    Case(
        "validate-empty-layer",
        "tailings:validateregistry",
        lambda ws: {"INPUT": facilities(ws, rows=[]), "OUTPUT": str(ws.out / "v.gpkg")},
        ERROR,
        "empty",
    ),
    Case(
        "validate-null-and-invalid-geometry",
        "tailings:validateregistry",
        lambda ws: {
            "INPUT": facilities(
                ws,
                rows=[(None, {"facility_id": "N"}), ("POLYGON((0 0,1 1,1 0,0 1,0 0))", {"facility_id": "B"})],
                geometry="polygon",
            ),
            "OUTPUT": str(ws.out / "v.gpkg"),
        },
        OK,
        outputs=("OUTPUT",),
    ),
    Case(
        "validate-text-in-numbers",
        "tailings:validateregistry",
        lambda ws: {
            "INPUT": facilities(
                ws, rows=_registry_rows(dam_height_m="tall", volume_m3="1e400"), fields=REG_FIELDS
            ),
            "OUTPUT": str(ws.out / "v.csv"),
        },
        OK,
        outputs=("OUTPUT",),
    ),
    Case(
        "validate-lat95-lon200",
        "tailings:validateregistry",
        lambda ws: {
            "INPUT": facilities(ws, rows=[("POINT(200 95)", {"facility_id": "X"})]),
            "OUTPUT": str(ws.out / "v.gpkg"),
        },
        OK,
        outputs=("OUTPUT",),
    ),
    Case(
        "validate-corrupt-gpkg",
        "tailings:validateregistry",
        lambda ws: {"INPUT": _corrupt(ws, "broken.gpkg"), "OUTPUT": str(ws.out / "v.gpkg")},
        ERROR,
    ),
    Case(
        "validate-hostile-text",
        "tailings:validateregistry",
        lambda ws: {"INPUT": facilities(ws, rows=_hostile_rows()), "OUTPUT": str(ws.out / "v.csv")},
        OK,
        outputs=("OUTPUT",),
    ),
    Case(
        "validate-missing-field-choice",
        "tailings:validateregistry",
        lambda ws: {"INPUT": facilities(ws), "HEIGHT_FIELD": "nope", "OUTPUT": str(ws.out / "v.gpkg")},
        ERROR,
    ),
    # --- hazardscreening
    Case(
        "hazard-output-same-table",
        "tailings:hazardscreening",
        lambda ws: {
            "FACILITIES": sample(ws, "facilities"),
            "OUTPUT": f"ogr:dbname='{ws.sample}' table=\"facilities\" (geom)",
        },
        ERROR,
        "is the input",
    ),
    Case(
        "hazard-line-layer",
        "tailings:hazardscreening",
        lambda ws: {
            "FACILITIES": facilities(
                ws, rows=[("LINESTRING(70 50,71 51)", {"facility_id": "L"})], geometry="line"
            ),
            "OUTPUT": str(ws.out / "h.gpkg"),
        },
        ERROR,
        "line",
    ),
    Case(
        "hazard-text-and-huge-numbers",
        "tailings:hazardscreening",
        lambda ws: {
            "FACILITIES": facilities(
                ws, rows=_registry_rows(dam_height_m="1e308", volume_m3="lots"), fields=REG_FIELDS
            ),
            "OUTPUT": str(ws.out / "h.gpkg"),
        },
        OK,
        "plausible maximum",
        outputs=("OUTPUT",),
    ),
    Case(
        "hazard-duplicate-ids",
        "tailings:hazardscreening",
        lambda ws: {
            "FACILITIES": facilities(ws, rows=_registry_rows() * 2, fields=REG_FIELDS),
            "OUTPUT": str(ws.out / "h.gpkg"),
        },
        ERROR,
        "unique",
    ),
    Case(
        "hazard-missing-id-field",
        "tailings:hazardscreening",
        lambda ws: {
            "FACILITIES": facilities(ws),
            "FACILITY_ID_FIELD": "nope",
            "OUTPUT": str(ws.out / "h.gpkg"),
        },
        ERROR,
        "nope",
    ),
    Case(
        "hazard-no-crs",
        "tailings:hazardscreening",
        lambda ws: {"FACILITIES": facilities(ws, epsg=None), "OUTPUT": str(ws.out / "h.gpkg")},
        ERROR,
        "coordinate reference",
    ),
    Case(
        "hazard-empty-layer",
        "tailings:hazardscreening",
        lambda ws: {"FACILITIES": facilities(ws, rows=[]), "OUTPUT": str(ws.out / "h.gpkg")},
        ERROR,
        "empty",
    ),
    Case(
        "hazard-null-ids-and-geometry",
        "tailings:hazardscreening",
        lambda ws: {
            "FACILITIES": facilities(ws, rows=[(None, {"facility_id": "A"}), ("POINT(70 50)", {})]),
            "OUTPUT": str(ws.out / "h.gpkg"),
        },
        OK,
        "empty or NULL id",
        outputs=("OUTPUT",),
    ),
    Case(
        "hazard-cyrillic-output",
        "tailings:hazardscreening",
        lambda ws: {
            "FACILITIES": facilities(ws, rows=_hostile_rows()),
            "OUTPUT": str(ws.out / "экран опасности.geojson"),
        },
        OK,
        outputs=("OUTPUT",),
    ),
    # --- tracedownstream
    Case(
        "trace-output-is-input",
        "tailings:tracedownstream",
        lambda ws: _trace(ws, OUTPUT=str(ws.sample)),
        ERROR,
        "is the input",
    ),
    Case(
        "trace-summary-is-facilities",
        "tailings:tracedownstream",
        lambda ws: _trace(ws, fac=facilities(ws), SUMMARY=str(ws.inp / "facilities.gpkg")),
        ERROR,
        "is the input",
    ),
    Case(
        "trace-rivers-are-points",
        "tailings:tracedownstream",
        lambda ws: _trace(ws, rivers=sample(ws, "settlements")),
        ERROR,
        "line",
    ),
    Case(
        "trace-lat95-lon200",
        "tailings:tracedownstream",
        lambda ws: _trace(ws, fac=facilities(ws, rows=[("POINT(200 95)", {"facility_id": "X"})])),
        ERROR,
        "impossible coordinates",
    ),
    Case(
        "trace-multipoint",
        "tailings:tracedownstream",
        lambda ws: _trace(
            ws,
            fac=facilities(
                ws, rows=[("MULTIPOINT((66 50),(80 50))", {"facility_id": "M"})], geometry="multipoint"
            ),
        ),
        ERROR,
        "parts",
    ),
    Case(
        "trace-unknown-id-field",
        "tailings:tracedownstream",
        lambda ws: _trace(ws, FACILITY_ID_FIELD="nope"),
        ERROR,
        "nope",
    ),
    Case(
        "trace-mixed-crs",
        "tailings:tracedownstream",
        lambda ws: _trace(
            ws, fac=facilities(ws, rows=[("POINT(465000 5579000)", {"facility_id": "U"})], epsg=32644)
        ),
        OK,
        "different coordinate",
        outputs=("OUTPUT",),
    ),
    Case(
        "trace-empty-rivers",
        "tailings:tracedownstream",
        lambda ws: _trace(ws, rivers=write_layer(ws.inp / "r.gpkg", [], geometry="line")),
        ERROR,
        "empty",
    ),
    Case(
        "trace-null-and-degenerate-rivers",
        "tailings:tracedownstream",
        lambda ws: _trace(
            ws,
            rivers=write_layer(
                ws.inp / "r.gpkg",
                [
                    (None, {}),
                    ("LINESTRING(83.5 50.3,83.5 50.3)", {}),
                    ("LINESTRING(83.5 50.3,83.6 50.4,83.7 50.5)", {}),
                ],
                geometry="line",
            ),
        ),
        OK,
        outputs=("OUTPUT",),
    ),
    Case(
        "trace-missing-output-folder",
        "tailings:tracedownstream",
        lambda ws: _trace(ws, OUTPUT=str(ws.out / "missing" / "p.gpkg")),
        ERROR,
        "does not exist",
    ),
    Case(
        "trace-two-outputs-same-file",
        "tailings:tracedownstream",
        lambda ws: _trace(ws, SUMMARY=str(ws.out / "paths.gpkg")),
        ERROR,
        "same file",
    ),
    Case(
        "trace-corrupt-rivers",
        "tailings:tracedownstream",
        lambda ws: _trace(ws, rivers=_corrupt(ws, "rivers.geojson")),
        ERROR,
    ),
]
