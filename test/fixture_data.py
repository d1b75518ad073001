"""Where the tests find their data: committed copies under test/data, so no test depends on ../shared.

Pure Python (no QGIS import): used by both test rooms. test/data/shared/ mirrors the layout of
../shared/data for the few real-data files the tests read (see test/data/README.md for provenance).
"""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TEST_DATA = ROOT / "test" / "data"
SHARED_DATA = TEST_DATA / "shared"
