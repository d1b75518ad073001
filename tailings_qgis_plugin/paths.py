"""Where the plugin's files are, installed or in the source tree."""

from __future__ import annotations

import configparser
from functools import lru_cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@lru_cache(maxsize=1)
def plugin_root() -> Path:
    """The folder that holds ``metadata.txt`` (the package itself once installed)."""
    for candidate in (_PACKAGE, _PACKAGE.parent):
        if (candidate / "metadata.txt").is_file():
            return candidate
    return _PACKAGE


def resources_dir() -> Path:
    return plugin_root() / "resources"


def resource(*parts: str) -> Path:
    """Path of a file under ``resources/``."""
    return resources_dir().joinpath(*parts)


def icon_path(name: str = "tailings.svg") -> str:
    return str(resource("icons", name))


def sample_data_path() -> Path:
    return resource("sample_data", "kazakhstan.gpkg")


@lru_cache(maxsize=1)
def metadata() -> dict:
    """The ``[general]`` section of ``metadata.txt``: the one source of name and version."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(plugin_root() / "metadata.txt", encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}


def plugin_version() -> str:
    return metadata().get("version", "0")
