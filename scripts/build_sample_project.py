"""Build the sample QGIS project resources/sample_data/kazakhstan.qgz from kazakhstan.gpkg.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/build_sample_project.py

The project opens styled with the plugin's styles (countries with Kazakhstan highlighted, rivers, lakes,
settlements sized and labelled by population, the 81 facilities labelled), in the maps' Lambert conformal
conic CRS, framed on Kazakhstan, with the facility panel pointed at the facilities layer. Layer paths
are relative, so the .qgz works next to the GeoPackage wherever both are copied.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

SAMPLE = ROOT / "resources" / "sample_data"
GPKG = SAMPLE / "kazakhstan.gpkg"
PROJECT = SAMPLE / "kazakhstan.qgz"

LAYERS = (  # (layer in the GeoPackage, name shown), bottom to top
    ("countries", "Countries"),
    ("lakes", "Lakes"),
    ("rivers", "Rivers"),
    ("settlements", "Settlements"),
    ("facilities", "Facilities"),
)


def build(path: Path = PROJECT, gpkg: Path = GPKG) -> Path:
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsProject,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )

    from tailings_qgis_plugin.gui.sample_view import kazakhstan_extent, style_sample_layer
    from tailings_qgis_plugin.maps.templates import MAP_CRS_PROJ

    project = QgsProject.instance()
    project.clear()
    project.setTitle("Tailings facilities of Kazakhstan: sample data")
    crs = QgsCoordinateReferenceSystem.fromProj(MAP_CRS_PROJ)
    project.setCrs(crs)
    added = []
    for table, name in LAYERS:
        layer = QgsVectorLayer(f"{gpkg}|layername={table}", name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"{table} is not in {gpkg}")
        style_sample_layer(table, layer)
        added.append(layer)
    # facilities on top, countries at the bottom; no custom order, so the groups of the panel's runs
    # (inserted at the top of the tree) draw above the background
    root = project.layerTreeRoot()
    for layer in reversed(added):
        project.addMapLayer(layer, False)
        root.addLayer(layer)
    facilities = added[-1]
    project.writeEntry("TailingsDock", "layer_id", facilities.id())
    project.writeEntry("TailingsDock", "id_field", "facility_id")
    project.writeEntry("TailingsDock", "name_field", "name")
    box = kazakhstan_extent(crs, project)
    project.viewSettings().setDefaultViewExtent(QgsReferencedRectangle(box, crs))
    project.viewSettings().setPresetFullExtent(QgsReferencedRectangle(box, crs))
    if not project.write(str(path)):
        raise RuntimeError(f"could not write {path}")
    project.clear()
    return path


def main() -> int:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    print(build().relative_to(ROOT))
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
