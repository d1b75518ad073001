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
# Kazakhstan (about 46.5-87.4 E, 40.5-55.5 N) with a margin, in EPSG:4326
KAZAKHSTAN_BOX = (45.5, 39.5, 88.0, 56.5)

LAYERS = (  # (layer in the GeoPackage, name shown, style, label field)
    ("countries", "Countries", "countries", None),
    ("lakes", "Lakes", "lakes", None),
    ("rivers", "Rivers", "rivers", None),
    ("settlements", "Settlements", "settlements_population", None),
    ("facilities", "Facilities", "facilities", "name"),
)


def build(path: Path = PROJECT, gpkg: Path = GPKG) -> Path:
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsProject,
        QgsRectangle,
        QgsReferencedRectangle,
        QgsVectorLayer,
    )

    from tailings_qgis_plugin.maps import styles
    from tailings_qgis_plugin.maps.templates import MAP_CRS_PROJ

    project = QgsProject.instance()
    project.clear()
    project.setTitle("Tailings facilities of Kazakhstan: sample data")
    crs = QgsCoordinateReferenceSystem.fromProj(MAP_CRS_PROJ)
    project.setCrs(crs)
    added = []
    for table, name, style, label_field in LAYERS:
        layer = QgsVectorLayer(f"{gpkg}|layername={table}", name, "ogr")
        if not layer.isValid():
            raise RuntimeError(f"{table} is not in {gpkg}")
        styles.apply_style(layer, style)
        if label_field:
            settings = styles.label_settings(f'"{label_field}"', 7.0, "#3b2a5a", priority=6, distance=1.2)
            from qgis.core import QgsVectorLayerSimpleLabeling

            layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
            layer.setLabelsEnabled(True)
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
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    box = QgsCoordinateTransform(wgs84, crs, project).transformBoundingBox(QgsRectangle(*KAZAKHSTAN_BOX))
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
