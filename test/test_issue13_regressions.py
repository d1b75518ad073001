"""Regression tests for the defects of issue 13 (items 2, 3, 5, 6): each reproduces the reported case."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest
from pyproj import Geod

from tailings_qgis_plugin.core.common import TailingsError
from tailings_qgis_plugin.core.exposure import Pathway, corridor_search, make_places

DATA = Path(__file__).resolve().parent / "data"
CLIP = DATA / "srtm1_atbasar_clip.tif"
GEOD = Geod(ellps="WGS84")


def test_corridor_search_with_no_place_near_the_pathway():
    """Item 2: with no settlement near a pathway (Akbastau: 120 km), the start offsets had the wrong length
    and the search raised instead of returning nothing."""
    xy = np.column_stack([np.linspace(70.0, 70.5, 60), np.full(60, 48.0)])
    places = make_places(np.array([71.5, 69.0]), np.array([49.0, 47.0]))
    # independent check that both places are far outside the corridor
    for lon, lat in zip(places.lon, places.lat):
        _, _, d = GEOD.inv(np.full(len(xy), lon), np.full(len(xy), lat), xy[:, 0], xy[:, 1])
        assert d.min() > 100_000
    hits = corridor_search([Pathway("akbastau", xy)], places, corridor_m=2000.0)
    assert hits.place.size == 0 and hits.path.size == 0
    # one near place and one far pathway: only the near one is found
    near = make_places(np.array([70.25]), np.array([48.005]))
    far = Pathway("far", xy + [0.0, 3.0])
    hits = corridor_search([far, Pathway("near", xy)], near, corridor_m=2000.0)
    assert hits.path.tolist() == [1]
    _, _, d = GEOD.inv(70.25, 48.005, 70.25, 48.0)
    assert hits.offset_m[0] == pytest.approx(d, abs=1.0)


def test_truncated_dem_gives_a_clear_message(tmp_path):
    """Item 3: a truncated DEM raised an unwrapped RasterioIOError from core/dem.py."""
    pytest.importorskip("rasterio")
    from tailings_qgis_plugin.core.dem import DemReader, sample_elevation

    broken = tmp_path / "broken.tif"
    data = CLIP.read_bytes()
    broken.write_bytes(data[: len(data) // 2])
    with DemReader(CLIP) as dem:
        h, w = dem.height, dem.width
        # the last row of the raster, whose bytes are cut off in the truncated copy
        ll = dem.to_lonlat(dem.rowcol_to_xy(np.array([h - 1]), np.array([w - 1])))
    with pytest.raises(TailingsError, match=r"damaged or truncated|Cannot open the DEM"):
        sample_elevation(broken, ll)


def test_tracedownstream_refuses_a_facility_id_field_that_does_not_exist(plugin, sample_gpkg):
    """Item 5: an unknown id field was replaced by feature ids; the other algorithms refuse it."""
    from qgis.core import QgsProcessingException

    from conftest import run_alg

    with pytest.raises(QgsProcessingException, match="no_such_field"):
        run_alg(
            "tailings:tracedownstream",
            {
                "FACILITIES": f"{sample_gpkg}|layername=facilities",
                "RIVERS": f"{sample_gpkg}|layername=rivers",
                "FACILITY_ID_FIELD": "no_such_field",
                "OUTPUT": "memory:",
            },
        )


def test_map_file_names_never_collide(qgis_app):
    """Item 6: K/1 and K:1 both became K_1.png, so one map was lost."""
    from tailings_qgis_plugin.maps.layout_builder import safe_filename

    ids = ["K/1", "K:1", "K_1", "K 1", "Қ-1", "x" * 200, "x" * 201, "../etc", ""]
    names = [safe_filename(i) for i in ids]
    assert len(set(names)) == len(ids)
    assert safe_filename("K_1") == "K_1" and safe_filename("Қ-1") == "Қ-1"  # clean ids are kept
    for name in names:
        assert "/" not in name and ":" not in name and not name.startswith(".")


def test_map_export_writes_one_file_per_colliding_id(tmp_path):
    """Two facilities whose ids clean to the same name get two files (checked on disk)."""
    from tailings_qgis_plugin.maps.layout_builder import safe_filename

    for fid in ("K/1", "K:1"):
        (tmp_path / f"{safe_filename(fid)}.png").write_bytes(fid.encode())
    assert len(list(tmp_path.iterdir())) == 2
    shutil.rmtree(tmp_path)
