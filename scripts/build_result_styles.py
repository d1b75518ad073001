"""Write the QML styles the panel gives its results on arrival (resources/styles/pathways_arrival.qml and
exposed_arrival.qml) from the builders in tailings_qgis_plugin/gui/result_layers.py.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_result_styles.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from tailings_qgis_plugin.gui.result_layers import write_result_styles

    for path in write_result_styles(ROOT / "resources" / "styles"):
        print(path.relative_to(ROOT))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
