"""Tailings Downstream Impact: a QGIS plugin for tailings dam-failure pathway screening.

Installed, this folder holds ``processing_algorithms/``, ``resources/`` and
``metadata.txt``. In the source tree those sit one level up, beside this
package; the package path is extended to find them, so that code always imports
``tailings_qgis_plugin.processing_algorithms``.
"""

import os

_here = os.path.dirname(os.path.abspath(__file__))
_repo = os.path.dirname(_here)
if not os.path.isdir(os.path.join(_here, "processing_algorithms")) and os.path.isfile(
    os.path.join(_repo, "metadata.txt")
):
    __path__.append(_repo)


def classFactory(iface):
    """QGIS entry point. Cheap: imports no heavy library (geopandas, rasterio)."""
    from .plugin import TailingsPlugin

    return TailingsPlugin(iface)
