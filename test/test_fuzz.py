"""A standing fuzz suite (issue 13): hostile inputs through every algorithm, table-driven.

Each row of :data:`CASES` names an algorithm, builds its (bad) inputs in a fresh folder, and says whether the
run must fail (``ERROR``), must succeed (``OK``) and, optionally, a text the message or log must contain.
For every row the suite asserts:

- no Python traceback or bare exception name reaches the user (exception text and log);
- every input file is byte-identical afterwards (sha256 before/after);
- no partial output: after a failure the output folder is empty; after a success no temporary folder is
  left and every requested output exists.

New algorithms join by adding rows. Inputs are small (a few features) to keep the suite fast.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from osgeo import ogr, osr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from conftest import SAMPLE_GPKG, run_alg

DATA = Path(__file__).resolve().parent / "data"
CLIP = DATA / "srtm1_atbasar_clip.tif"
CLIP_RIVERS = DATA / "waterhydro_rivers_atbasar.geojson"
ERROR, OK = "error", "ok"

PYTHON_LEAK = re.compile(
    r"Traceback \(most recent call last\)|File \"[^\"]+\", line \d+|"
    r"\b(Key|Type|Attribute|Index|Name|ZeroDivision|Unbound|Assertion|Recursion|Lookup)Error\b|"
    r"RasterioIOError|CPLE_\w+|<built-in|object at 0x"
)

# a facility near the Ulba river (Leninogorsk, from the sample registry) and one in the Atbasar DEM clip
ULBA = (83.535015, 50.366038)
ATBASAR = (68.31, 51.64)


# --- building inputs ------------------------------------------------------------------------------------
OGR_TYPES = {"str": ogr.OFTString, "real": ogr.OFTReal, "int": ogr.OFTInteger}
GEOM_TYPES = {
    "point": ogr.wkbPoint,
    "multipoint": ogr.wkbMultiPoint,
    "line": ogr.wkbLineString,
    "polygon": ogr.wkbPolygon,
    "none": ogr.wkbNone,
}


def write_layer(path: Path, rows, geometry="point", epsg=4326, fields=None, layer=None, driver=None):
    """Write a small vector file: ``rows`` = [(wkt or None, {field: value})]."""
    path.parent.mkdir(parents=True, exist_ok=True)
    driver = driver or ("GeoJSON" if path.suffix == ".geojson" else "GPKG")
    ds = ogr.Open(str(path), 1) if path.exists() else ogr.GetDriverByName(driver).CreateDataSource(str(path))
    srs = None
    if epsg is not None:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    lyr = ds.CreateLayer(layer or path.stem, srs, GEOM_TYPES[geometry])
    fields = fields or {"facility_id": "str", "name": "str"}
    for name, kind in fields.items():
        lyr.CreateField(ogr.FieldDefn(name, OGR_TYPES[kind]))
    for wkt, attrs in rows:
        f = ogr.Feature(lyr.GetLayerDefn())
        if wkt:
            f.SetGeometry(ogr.CreateGeometryFromWkt(wkt))
        for k, v in attrs.items():
            if v is not None:
                f.SetField(k, v)
        lyr.CreateFeature(f)
    ds = None
    return f"{path}|layername={layer or path.stem}" if driver == "GPKG" else str(path)


def facilities(ws, rows=None, name="facilities.gpkg", **kw):
    if rows is None:
        rows = [(f"POINT({ULBA[0]} {ULBA[1]})", {"facility_id": "F1", "name": "Ulba"})]
    return write_layer(ws.inp / name, rows, **kw)


def sample(ws, layer):
    return f"{ws.sample}|layername={layer}"


@dataclass
class Workspace:
    root: Path
    sample: Path
    inp: Path = field(init=False)
    out: Path = field(init=False)

    def __post_init__(self):
        self.inp = self.root / "in"
        self.out = self.root / "out"
        self.inp.mkdir(parents=True)
        self.out.mkdir()
        shutil.copy2(self.sample, self.inp / "sample.gpkg")
        self.sample = self.inp / "sample.gpkg"


@dataclass
class Case:
    id: str
    alg: str
    build: object  # Workspace -> params
    expect: str
    match: str = ""
    outputs: tuple = ()  # output parameter names whose files must exist after success


def _trace(ws, fac=None, rivers=None, **extra):
    p = {"FACILITIES": fac or facilities(ws), "RIVERS": rivers or sample(ws, "rivers")}
    p.setdefault("OUTPUT", str(ws.out / "paths.gpkg"))
    p.update(extra)
    return p


def _impact(ws, fac=None, **extra):
    p = {
        "FACILITIES": fac or facilities(ws),
        "RIVERS": sample(ws, "rivers"),
        "SETTLEMENTS": sample(ws, "settlements"),
        "PATHWAYS": str(ws.out / "pathways.gpkg"),
        "EXPOSED": str(ws.out / "exposed.gpkg"),
        "CROSSINGS": str(ws.out / "crossings.gpkg"),
        "SUMMARY": str(ws.out / "summary.gpkg"),
    }
    p.update(extra)
    return p


def _flow(ws, fac=None, **extra):
    dem = ws.inp / "dem.tif"
    if not dem.exists():
        shutil.copy2(CLIP, dem)
    p = {
        "FACILITIES": fac or facilities(ws, [(f"POINT({ATBASAR[0]} {ATBASAR[1]})", {"facility_id": "A"})]),
        "DEM": str(dem),
        "RIVERS": str(CLIP_RIVERS),
        "OUTPUT": str(ws.out / "flow.gpkg"),
    }
    p.update(extra)
    return p


# Pavlodar, on the Irtysh downstream of the Ulba: a receptor the Ulba facility reaches
PAVLODAR = (76.95, 52.29)


def _upstream(ws, fac=None, receptors=None, **extra):
    p = {
        "FACILITIES": fac or facilities(ws),
        "RIVERS": sample(ws, "rivers"),
        "SNAP_DISTANCE": 100000,
        "RECEPTORS": receptors
        or write_layer(
            ws.inp / "receptors.gpkg",
            [(f"POINT({PAVLODAR[0]} {PAVLODAR[1]})", {"name": "Pavlodar"})],
            fields={"name": "str"},
        ),
        "RECEPTOR_SNAP_DISTANCE": 20000,
        "OUTPUT": str(ws.out / "upstream.gpkg"),
        "SUMMARY": str(ws.out / "upstream_summary.gpkg"),
    }
    p.update(extra)
    return p


def _border(ws, fac=None, **extra):
    p = {
        "FACILITIES": fac or facilities(ws),
        "RIVERS": sample(ws, "rivers"),
        "SNAP_DISTANCE": 100000,
        "COUNTRIES": sample(ws, "countries"),
        "COUNTRY_FIELD": "adm0_a3",
        "COUNTRY": "KAZ",
        "OUTPUT": str(ws.out / "border.gpkg"),
        "SUMMARY": str(ws.out / "border_crossings.gpkg"),
    }
    p.update(extra)
    return p


def _corrupt(ws, name, size=2048):
    path = ws.inp / name
    path.write_bytes(os.urandom(size))
    return str(path)


def _truncated_dem(ws):
    path = ws.inp / "cut.tif"
    data = CLIP.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return str(path)


def _hostile_rows():
    return [
        (
            f"POINT({ULBA[0]} {ULBA[1]})",
            {"facility_id": '=HYPERLINK("http://x")', "name": "<script>alert(1)</script>"},
        ),
        ("POINT(83.6 50.4)", {"facility_id": "+cmd|' /C calc'!A0", "name": 'K/1 & K:1 "quoted"'}),
    ]


def _registry_rows(**overrides):
    base = {"facility_id": "R1", "name": "Dam", "dam_height_m": "40", "volume_m3": "2e6"}
    base.update(overrides)
    return [(f"POINT({ULBA[0]} {ULBA[1]})", base)]


REG_FIELDS = {"facility_id": "str", "name": "str", "dam_height_m": "str", "volume_m3": "str"}


def _readonly(ws):
    folder = ws.root / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    # root writes anywhere on a normal file system; /proc refuses new files even to root
    return folder if not os.access(folder, os.W_OK) else Path("/proc")


CASES = [
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


class _Log(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, text):
        self.lines.append(text)

    def pushWarning(self, text):
        self.lines.append(text)

    def reportError(self, text, fatalError=False):
        self.lines.append(text)


def _hashes(folder: Path) -> dict:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith(".aux.xml")  # GDAL's statistics side file, not the input
    }


def test_the_table_is_big_enough():
    assert len(CASES) >= 40
    algorithms = {c.alg for c in CASES}
    # the nine of issue 13, upstreamsources and borderwatch; the shared-registry (PostgreSQL) algorithms are
    # covered by test_postgis.py, which has the cluster fixture
    assert len(algorithms) == 11, algorithms
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_fuzz(plugin, tmp_path, case):
    ws = Workspace(tmp_path, SAMPLE_GPKG)
    params = case.build(ws)
    before = _hashes(ws.inp)
    feedback = _Log()
    error = None
    try:
        result = run_alg(case.alg, params, feedback=feedback)
    except QgsProcessingException as exc:
        error = str(exc)
        result = None
    try:
        (ws.root / "ro").chmod(0o755)
    except FileNotFoundError:
        pass
    text = "\n".join([error or ""] + feedback.lines)
    assert not PYTHON_LEAK.search(text), text
    assert _hashes(ws.inp) == before, "an input file changed"
    leftovers = [p for p in tmp_path.rglob(".tailings-tmp-*")]
    assert leftovers == []
    if case.expect == ERROR:
        assert error is not None, f"accepted without error; log: {feedback.lines}"
        assert list(ws.out.rglob("*")) == [], "partial output left after an error"
    else:
        assert error is None, error
        for name in case.outputs:
            value = str(result[name]).split("|")[0]
            assert Path(value).exists(), f"{name} missing: {value}"
    if case.match:
        assert re.search(case.match, text, re.IGNORECASE), text
