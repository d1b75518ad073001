"""Reading and checking the hazard data files (``resources/hazard/*.json``).

The scoring rules of the Tailings Hazard Index and the coefficients of the
runout regressions live in JSON files so that the working group can replace
them without touching code. This module finds those files, reads them and
offers the small checks both loaders share; a malformed file gives a
:class:`TailingsError` that names the file and the offending key.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from ..paths import resource
from .common import TailingsError, tr

#: Allowed ``status`` values, as in the project's methods sheet.
STATUSES = ("[paper]", "[impl]", "[verify]")


def hazard_data_path(name: str) -> Path:
    """Path of a bundled hazard data file (``resources/hazard/<name>``)."""
    return resource("hazard", name)


def read_json(path, what: str) -> dict:
    """Read a JSON object from ``path``; ``what`` names the file in messages."""
    path = Path(path)
    if not path.is_file():
        raise TailingsError(tr("The {what} file {path} does not exist.").format(what=what, path=path))
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except json.JSONDecodeError as err:
        raise TailingsError(
            tr("The {what} file {path} is not valid JSON (line {line}, column {col}): {msg}.").format(
                what=what, path=path, line=err.lineno, col=err.colno, msg=err.msg
            )
        ) from err
    except (OSError, UnicodeDecodeError) as err:
        raise TailingsError(
            tr("The {what} file {path} cannot be read: {msg}.").format(what=what, path=path, msg=err)
        ) from err
    if not isinstance(data, dict):
        raise TailingsError(
            tr("The {what} file {path} must hold a JSON object at the top level.").format(
                what=what, path=path
            )
        )
    return data


class Checker:
    """Small validation helpers that prefix every message with file and key."""

    def __init__(self, what: str, path):
        self.what = what
        self.path = path

    def fail(self, where: str, problem: str):
        raise TailingsError(
            tr("Malformed {what} file {path}: {where}: {problem}").format(
                what=self.what, path=self.path, where=where, problem=problem
            )
        )

    def obj(self, data, key: str, where: str) -> dict:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, dict):
            self.fail(where + "." + key, tr("expected an object."))
        return value

    def number(self, data, key: str, where: str, positive: bool = False, optional: bool = False):
        if optional and (not isinstance(data, dict) or key not in data):
            return None
        value = data.get(key) if isinstance(data, dict) else None
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            self.fail(where + "." + key, tr("expected a number, found {v!r}.").format(v=value))
        if positive and value <= 0:
            self.fail(where + "." + key, tr("must be greater than 0, found {v!r}.").format(v=value))
        return float(value)

    def text(self, data, key: str, where: str) -> str:
        value = data.get(key) if isinstance(data, dict) else None
        if not isinstance(value, str) or not value.strip():
            self.fail(where + "." + key, tr("expected a non-empty text."))
        return value

    def status(self, data, where: str) -> str:
        value = data.get("status") if isinstance(data, dict) else None
        if value not in STATUSES:
            self.fail(
                where + ".status",
                tr("expected one of {allowed}, found {v!r}.").format(allowed=", ".join(STATUSES), v=value),
            )
        return value
