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
import re
from pathlib import Path

import pytest
from fuzz_cases import CASES
from fuzz_helpers import ERROR, PYTHON_LEAK, Workspace
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from conftest import SAMPLE_GPKG, run_alg


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
