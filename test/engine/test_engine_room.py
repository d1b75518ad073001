"""The engine room: every module of tailings_qgis_plugin.core imports without QGIS or Qt."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

from fixture_data import ROOT, SHARED_DATA

import tailings_qgis_plugin.core as core


def test_every_engine_module_imports_without_qgis():
    names = sorted(f"tailings_qgis_plugin.core.{m.name}" for m in pkgutil.iter_modules(core.__path__))
    assert len(names) >= 10
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('qgis', 'PyQt5', 'PyQt6', 'sip'))\n"
        "assert not bad, bad\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_fixture_data_is_committed():
    # the real-data tests read these copies, so none of them skips on a clean clone
    for rel in (
        "rivers_basins_waterhydro_kz/waterhydro_rivers.geojson",
        "rivers_basins_waterhydro_kz/waterhydro_lakes.geojson",
        "settlements/geonames_cities500_central_asia.geojson",
        "boundaries/ne_50m_admin_0_countries_central_asia.geojson",
        "tailings_mines_icmm/icmm_global_mining_dataset_2025_central_asia.geojson",
    ):
        path = SHARED_DATA / rel
        assert path.is_file() and path.stat().st_size > 10_000, rel
