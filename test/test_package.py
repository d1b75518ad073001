"""The installable zip: its layout, and QGIS loading it in a fresh process (qgis_process)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def built_zip(tmp_path_factory):
    spec = importlib.util.spec_from_file_location("package", ROOT / "scripts" / "package.py")
    package = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(package)
    return package.build_zip(tmp_path_factory.mktemp("build"))


def test_zip_layout(built_zip):
    with zipfile.ZipFile(built_zip) as zf:
        names = zf.namelist()
    assert {n.split("/")[0] for n in names} == {"tailings_qgis_plugin"}
    for required in (
        "__init__.py",
        "metadata.txt",
        "processing_algorithms/provider.py",
        "resources/icons/tailings.svg",
        "resources/sample_data/kazakhstan.gpkg",
        "LICENSE",
        "resources/i18n/tailings_ru.qm",
        "resources/i18n/tailings_kk.qm",
    ):
        assert f"tailings_qgis_plugin/{required}" in names, required
    assert not [n for n in names if "__pycache__" in n or n.endswith(".pyc")]
    assert not [n for n in names if "/test/" in n or ".qgis-settings" in n]
    assert built_zip.name.endswith(".zip") and "tailings_qgis_plugin-" in built_zip.name


def test_zip_loads_in_qgis_process(built_zip, tmp_path):
    exe = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
    if not os.path.exists(exe):
        pytest.skip("qgis_process.bin is not installed")
    plugins = tmp_path / "plugins"
    with zipfile.ZipFile(built_zip) as zf:
        zf.extractall(plugins)
    env = dict(
        os.environ, QGIS_PLUGINPATH=str(plugins), HOME=str(tmp_path / "home"), QT_QPA_PLATFORM="offscreen"
    )
    # a fresh profile, never the developer's or the one pytest-qgis set up
    env["QGIS_CUSTOM_CONFIG_PATH"] = str(tmp_path / "profile")
    enable = subprocess.run(
        [exe, "plugins", "enable", "tailings_qgis_plugin"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )
    assert enable.returncode == 0, enable.stderr[-2000:]
    listing = subprocess.run(
        [exe, "list"], env=env, capture_output=True, text=True, timeout=180, cwd=tmp_path
    )
    assert listing.returncode == 0, listing.stderr[-2000:]
    assert "tailings:createregistry" in listing.stdout
    assert "tailings:validateregistry" in listing.stdout
    helptext = subprocess.run(
        [exe, "help", "tailings:validateregistry"],
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        cwd=tmp_path,
    )
    assert "feature by feature" in helptext.stdout


def test_metadata_is_complete():
    import configparser

    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    meta = parser["general"]
    assert meta["qgisMinimumVersion"] == "3.22"
    assert meta["hasProcessingProvider"] == "yes"
    for key in (
        "name",
        "version",
        "description",
        "about",
        "author",
        "email",
        "repository",
        "tracker",
        "tags",
        "icon",
        "changelog",
    ):
        assert meta.get(key, "").strip(), key
    assert (ROOT / meta["icon"]).is_file()
    for source in ("ICMM", "GeoNames", "Natural Earth", "HydroSHEDS", "geokz"):
        assert source in meta["about"], source
