"""Build resources/sample_data/kazakhstan.gpkg from the real public data in ../shared/data.

Run from the repository root:  python3 scripts/build_sample_data.py [SHARED_DATA_DIR]

Nothing is invented: values come from the sources listed in resources/sample_data/README.md.
Dam height and stored volume are taken only from a public source in ../shared/data: the record of
tailings dam failures (Chambers et al. 2023, CSP2) is searched for Kazakh facilities (by name and
alias), and a height or stored volume found there is recorded with its source in ``dam_data_source``.
Where no source gives them (as of the 2023 record: every site; the 2016 Ridder/Talovsky incident lists
neither) the registry columns stay NULL, and the analysis says "not assessed". Water hazard class is in
no source. The ``scenario_*`` columns hold one uniform, clearly labelled screening scenario; the demo
passes it as an explicit user scenario (SCENARIO_VOLUME, SCENARIO_HEIGHT), never as registry data.
"""

from __future__ import annotations

import csv
import difflib
import re
import sys
from pathlib import Path

import geopandas as gpd

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "sample_data" / "kazakhstan.gpkg"
NEIGHBOURS = {"KZ", "RU", "CN", "KG", "UZ", "TM", "TJ", "MN"}

# One uniform screening scenario for every site (see module docstring).
SCENARIO = {
    "scenario_volume_m3": 10_000_000.0,
    "scenario_dam_height_m": 25.0,
    "scenario_note": "Hypothetical screening scenario (10 Mm3 stored, 25 m dam), identical for every site; "
    "not data about this facility.",
}
ICMM_SOURCE = "ICMM Global Mining Dataset, September 2025 (V1) release (CC BY 4.0)"
KAZAKH_LETTERS = re.compile("[ӘәҒғҚқҢңӨөҰұҮүҺһІі]")
CYRILLIC = re.compile("^[\u0400-\u04ff\\s\\-'’.()0-9]+$")


_TRANSLIT = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
        [
            "a",
            "b",
            "v",
            "g",
            "d",
            "e",
            "e",
            "zh",
            "z",
            "i",
            "y",
            "k",
            "l",
            "m",
            "n",
            "o",
            "p",
            "r",
            "s",
            "t",
            "u",
            "f",
            "kh",
            "ts",
            "ch",
            "sh",
            "shch",
            "",
            "y",
            "",
            "e",
            "yu",
            "ya",
        ],
    )
)


def _latin(text: str) -> str:
    return "".join(_TRANSLIT.get(ch, ch) for ch in text.lower())


def russian_name(name: str, alternates: str):
    """The Cyrillic alternate name (without Kazakh-only letters) closest to the Latin name, or None.

    GeoNames' cities500 alternate names carry no language tags; this heuristic picks the
    Russian spelling (Алматы for Almaty, not the historical Алма-Ата) by transliteration similarity.
    """
    best, best_score = None, 0.0
    for candidate in str(alternates or "").split("|"):
        candidate = candidate.strip()
        if not candidate or not CYRILLIC.match(candidate) or KAZAKH_LETTERS.search(candidate):
            continue
        score = difflib.SequenceMatcher(None, _latin(candidate), str(name).lower()).ratio()
        if score > best_score:
            best, best_score = candidate, score
    return best if best_score >= 0.5 else None


CSP2 = Path("tailings_failures_csp2") / "tailings_dam_failures_1915-2022_csp2_2023-01-31.csv"
CSP2_SOURCE = "Chambers et al. (2023), CSP2 record of tailings dam failures 1915-2022, row {row}"
NO_DAM_SOURCE = "no public source in the shared data gives height or stored volume (CSP2 record checked)"


def _positive(text):
    text = (text or "").strip().replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if value > 0 else None


def dam_data_from_failure_record(data: Path, names_by_index):
    """{facility index: (height m or None, stored volume m3 or None, source)} for Kazakh facilities whose name
    or alias appears in a Kazakh row of the failure record with a height or a stored volume."""
    path = data / CSP2
    if not path.is_file():
        return {}
    found = {}
    with open(path, encoding="utf-8-sig", newline="") as handle:
        for row_no, rec in enumerate(csv.DictReader(handle), start=2):
            place = rec.get("MINE/PROJECT & LOCATION", "")
            if "kazakh" not in place.lower():
                continue
            height = _positive(rec.get("DAM HEIGHT (meters)"))
            volume = _positive(rec.get("STORAGE VOLUME\n(cu. meters)"))
            if height is None and volume is None:
                continue
            text = place.lower()
            for index, names in names_by_index.items():
                if any(n and len(n) > 3 and n.lower() in text for n in names):
                    found[index] = (height, volume, CSP2_SOURCE.format(row=row_no))
    return found


def facilities(data: Path, oblasts, basins):
    icmm = gpd.read_file(
        data / "tailings_mines_icmm" / "icmm_global_mining_dataset_2025_central_asia.geojson"
    )
    kz = icmm[icmm["country"] == "Kazakhstan"].copy().reset_index(drop=True)
    kz = gpd.sjoin(kz, oblasts[["ADM1_EN", "geometry"]], how="left", predicate="within").drop(
        columns="index_right"
    )
    kz = gpd.sjoin(kz, basins[["BASIN_NAME", "geometry"]], how="left", predicate="within").drop(
        columns="index_right"
    )
    kz = kz[~kz.index.duplicated()]
    out = gpd.GeoDataFrame(
        {
            "facility_id": "KZ-" + kz["icmm_id"].astype(str),
            "name": kz["mine_name"],
            "name_ru": None,
            "operator": None,
            "region": kz["ADM1_EN"],
            "river_basin": kz["BASIN_NAME"],
            "commodity": kz["primary_commodity"],
            "status": None,
            "dam_type": None,
            "dam_height_m": None,
            "volume_m3": None,
            "area_ha": None,
            "water_hazard_class": None,
            "last_inspection": None,
            "source": ICMM_SOURCE,
            "notes": "ICMM asset type: "
            + kz["asset_type"].astype(str)
            + "; location confidence: "
            + kz["confidence"].astype(str)
            + ". A mine/plant site: the tailings facility is usually within a few km.",
            "icmm_id": kz["icmm_id"],
            "asset_type": kz["asset_type"],
            "confidence": kz["confidence"],
            "secondary_commodity": kz["secondary_commodity"],
            "group_names": kz["group_names"],
            **{k: v for k, v in SCENARIO.items()},
            "dam_data_source": NO_DAM_SOURCE,
        },
        geometry=kz.geometry.values,
        crs="EPSG:4326",
    )
    aliases = {
        i: [str(n)] + [a.strip() for a in str(g or "").split(";")]
        for i, (n, g) in enumerate(zip(kz["mine_name"], kz["group_names"]))
    }
    for i, (height, volume, source) in dam_data_from_failure_record(data, aliases).items():
        out.loc[out.index[i], ["dam_height_m", "volume_m3", "dam_data_source"]] = [height, volume, source]
    schema = {
        "geometry": "Point",
        "properties": {
            "facility_id": "str",
            "name": "str",
            "name_ru": "str",
            "operator": "str",
            "region": "str",
            "river_basin": "str",
            "commodity": "str",
            "status": "str",
            "dam_type": "str",
            "dam_height_m": "float",
            "volume_m3": "float",
            "area_ha": "float",
            "water_hazard_class": "int",
            "last_inspection": "date",
            "source": "str",
            "notes": "str",
            "icmm_id": "str",
            "asset_type": "str",
            "confidence": "str",
            "secondary_commodity": "str",
            "group_names": "str",
            "scenario_volume_m3": "float",
            "scenario_dam_height_m": "float",
            "scenario_note": "str",
            "dam_data_source": "str",
        },
    }
    return out, schema


def settlements(data: Path):
    s = gpd.read_file(data / "settlements" / "geonames_cities500_central_asia.geojson")
    s = s[(s["population"] > 0) & s["countrycode"].isin(NEIGHBOURS)].copy()
    return gpd.GeoDataFrame(
        {
            "geonameid": s["geonameid"].astype("int64"),
            "name": s["name"],
            "name_ru": [russian_name(n, a) for n, a in zip(s["name"], s["alternatenames"])],
            "country_code": s["countrycode"],
            "population": s["population"].astype("int64"),
        },
        geometry=s.geometry.values,
        crs="EPSG:4326",
    )


def main(data: Path) -> None:
    OUT.parent.mkdir(parents=True, exist_ok=True)
    tmp = OUT.with_suffix(".tmp.gpkg")
    tmp.unlink(missing_ok=True)
    admin = data / "boundaries" / "geokz_kazakhstan_admin.gpkg"
    oblasts = gpd.read_file(admin, layer="kaz_admbnda_adm1_2024")
    basins = gpd.read_file(
        data / "rivers_basins_waterhydro_kz" / "waterhydro_basins.gpkg", layer="water_management_basins"
    )

    countries = gpd.read_file(data / "boundaries" / "ne_50m_admin_0_countries_central_asia.geojson")
    countries = countries[["NAME", "ADM0_A3", "ISO_A2", "geometry"]].rename(
        columns={"NAME": "name", "ADM0_A3": "adm0_a3", "ISO_A2": "iso_a2"}
    )
    countries.to_file(tmp, layer="countries", driver="GPKG")

    borders = gpd.read_file(data / "boundaries" / "ne_10m_admin_0_boundary_lines_land_central_asia.geojson")
    borders[["name", "adm0_a3_l", "adm0_a3_r", "geometry"]].to_file(tmp, layer="border_lines", driver="GPKG")

    oblasts_out = oblasts[["ADM1_EN", "ADM1_KK", "ADM1_RU", "ISO_3166_2", "geometry"]].rename(
        columns={"ADM1_EN": "name", "ADM1_KK": "name_kk", "ADM1_RU": "name_ru", "ISO_3166_2": "iso_3166_2"}
    )
    oblasts_out["geometry"] = oblasts_out.geometry.simplify(0.002, preserve_topology=True)
    oblasts_out.to_file(tmp, layer="oblasts", driver="GPKG")

    basins_out = basins[["BASIN_ID", "BASIN_NAME", "geometry"]].rename(
        columns={"BASIN_ID": "basin_id", "BASIN_NAME": "name"}
    )
    basins_out["geometry"] = basins_out.geometry.simplify(0.002, preserve_topology=True)
    basins_out.to_file(tmp, layer="water_basins", driver="GPKG")

    rivers = gpd.read_file(data / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson")
    rivers.insert(0, "reach_id", range(1, len(rivers) + 1))
    rivers = rivers.rename(
        columns={
            "WMO306_M_1": "wmo_basin",
            "WATERSHED_ID": "watershed_id",
            "WATERSHED_NAME": "watershed",
            "WATERSHED_AREA": "watershed_area_km2",
            "WATERSHED_REGION": "region",
        }
    )
    rivers.to_file(tmp, layer="rivers", driver="GPKG")

    lakes = gpd.read_file(data / "rivers_basins_waterhydro_kz" / "waterhydro_lakes.geojson")
    ne_lakes = gpd.read_file(data / "rivers_naturalearth" / "ne_10m_lakes_central_asia.geojson")
    named = gpd.sjoin(lakes[["geometry"]], ne_lakes[["name", "geometry"]], how="left", predicate="intersects")
    named = named[~named.index.duplicated()]
    # One WaterHydro lake polygon self-intersects; buffer(0) repairs it so QGIS's validity check passes.
    repaired = lakes.geometry.where(lakes.is_valid, lakes.geometry.buffer(0))
    lakes_out = gpd.GeoDataFrame({"name": named["name"]}, geometry=repaired.values, crs="EPSG:4326")
    lakes_out.insert(0, "lake_id", range(1, len(lakes_out) + 1))
    lakes_out.to_file(tmp, layer="lakes", driver="GPKG")

    settlements(data).to_file(tmp, layer="settlements", driver="GPKG")

    fac, schema = facilities(data, oblasts, basins)
    fac.to_file(tmp, layer="facilities", driver="GPKG", schema=schema)

    tmp.replace(OUT)
    print(f"wrote {OUT} ({OUT.stat().st_size / 1e6:.1f} MB): {len(fac)} facilities")


if __name__ == "__main__":
    default = ROOT.parent / "shared" / "data"
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else default)
