"""Regenerate the shipped QML styles and QPT templates: ``python -m tailings_qgis_plugin.maps.build_resources``."""

from __future__ import annotations


def main() -> None:
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from tailings_qgis_plugin.paths import resource

    from .styles import write_styles
    from .templates import write_templates

    for path in write_styles(resource("styles")) + write_templates(resource("layouts")):
        print(path)
    app.exitQgis()


if __name__ == "__main__":
    main()
