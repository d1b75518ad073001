"""Make the small real-data fixtures of the flow-path tests (run once; the outputs are committed).

* ``test/data/srtm1_atbasar_clip.tif``: a clip of the real SRTM 1" DEM of the Ishim/Zhabay area
  (``../shared/data/dem/srtm1_N51-N52_E067-E069_ishim_zhabay.tif``, NASA SRTM GL1, public domain)
  around Atbasar, where the Zhabay joins the Ishim: 68.20-68.50 E, 51.62-51.86 N, Int16, DEFLATE.
* ``test/data/waterhydro_rivers_atbasar.geojson``: the WaterHydro reaches (``../shared/data/
  rivers_basins_waterhydro_kz/waterhydro_rivers.geojson``) that cross that box, unclipped, with their
  index in the source file.

Usage: ``python scripts/make_test_dem.py`` from the repository root.
"""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data"
DEM = SHARED / "dem" / "srtm1_N51-N52_E067-E069_ishim_zhabay.tif"
RIVERS = SHARED / "rivers_basins_waterhydro_kz" / "waterhydro_rivers.geojson"
OUT_DEM = ROOT / "test" / "data" / "srtm1_atbasar_clip.tif"
OUT_RIVERS = ROOT / "test" / "data" / "waterhydro_rivers_atbasar.geojson"
BOX = (68.20, 51.62, 68.50, 51.86)  # west, south, east, north


def main() -> None:
    import rasterio
    from rasterio.windows import from_bounds
    from shapely.geometry import box, shape

    OUT_DEM.parent.mkdir(parents=True, exist_ok=True)
    with rasterio.open(DEM) as src:
        win = from_bounds(*BOX, transform=src.transform).round_offsets().round_lengths()
        data = src.read(1, window=win)
        profile = src.profile.copy()
        profile.update(
            width=data.shape[1],
            height=data.shape[0],
            transform=src.window_transform(win),
            compress="deflate",
            predictor=2,
            tiled=True,
            blockxsize=256,
            blockysize=256,
        )
    with rasterio.open(OUT_DEM, "w", **profile) as dst:
        dst.write(data, 1)
    print(f"{OUT_DEM}: {data.shape[1]} x {data.shape[0]}, {OUT_DEM.stat().st_size / 1e3:.0f} kB")

    src = json.loads(RIVERS.read_text())
    area = box(*BOX)
    feats = []
    for i, f in enumerate(src["features"]):
        if shape(f["geometry"]).intersects(area):
            f = dict(f)
            f["properties"] = dict(f["properties"], source_index=i)
            feats.append(f)
    OUT_RIVERS.write_text(json.dumps({"type": "FeatureCollection", "features": feats}))
    print(f"{OUT_RIVERS}: {len(feats)} reaches, {OUT_RIVERS.stat().st_size / 1e3:.0f} kB")


if __name__ == "__main__":
    main()
