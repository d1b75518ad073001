"""Input builders and the case record of the fuzz suite (test_fuzz.py); the rows live in fuzz_cases*.py."""

from __future__ import annotations

import os
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from osgeo import ogr, osr

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
