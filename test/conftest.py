"""Shared fixtures: the plugin loaded into a real (headless) QGIS with Processing initialised."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

TEST_DIR = Path(__file__).resolve().parent
if str(TEST_DIR) not in sys.path:
    sys.path.insert(0, str(TEST_DIR))

from fixture_data import SHARED_DATA  # noqa: E402 - committed copies of the real data the tests read

SAMPLE_GPKG = ROOT / "resources" / "sample_data" / "kazakhstan.gpkg"


def _qgis_room(config) -> bool:
    """True when pytest-qgis is active; the engine room (test/engine) also runs with -p no:pytest_qgis."""
    return config.pluginmanager.hasplugin("pytest_qgis")


def pytest_report_header(config):
    if not _qgis_room(config):
        import numpy
        import shapely

        return f"engine room without QGIS: numpy {numpy.__version__}, shapely {shapely.__version__}"
    try:
        from osgeo import gdal
        from qgis.core import Qgis
        from qgis.PyQt.QtCore import QT_VERSION_STR

        debian = Path("/etc/debian_version")
        release = debian.read_text().strip() if debian.exists() else "?"
        return f"QGIS {Qgis.QGIS_VERSION}, GDAL {gdal.__version__}, Qt {QT_VERSION_STR}, Debian {release}"
    except Exception as exc:
        return f"QGIS not importable: {exc}"


@pytest.fixture(scope="session")
def plugin(qgis_iface, qgis_processing):
    """The plugin created through ``classFactory`` with its GUI initialised, as QGIS does."""
    import tailings_qgis_plugin

    instance = tailings_qgis_plugin.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()


@pytest.fixture(scope="session")
def provider(plugin):
    return plugin.provider


@pytest.fixture(scope="session")
def sample_gpkg(tmp_path_factory):
    """A private copy of the sample GeoPackage: QGIS may write to a GeoPackage it opens (an edit
    session bumps SQLite's change counter), and the shipped file must never change."""
    import shutil

    copy = tmp_path_factory.mktemp("sample") / SAMPLE_GPKG.name
    shutil.copy2(SAMPLE_GPKG, copy)
    return copy


@pytest.fixture()
def sample_layer(sample_gpkg):
    """Open a layer of the bundled sample GeoPackage (a fresh object each time, from a copy)."""
    from qgis.core import QgsVectorLayer

    def _open(name: str):
        layer = QgsVectorLayer(f"{sample_gpkg}|layername={name}", name, "ogr")
        assert layer.isValid(), f"sample layer {name} did not open"
        return layer

    return _open


@pytest.fixture()
def shared_data():
    """Committed copies of the real data (test/data/shared, same layout as ../shared/data)."""
    return SHARED_DATA


def run_alg(alg_id: str, params: dict, feedback=None):
    """Run a Processing algorithm and return its results (raises QgsProcessingException on error)."""
    import processing
    from qgis.core import QgsProcessingContext, QgsProcessingFeedback

    context = QgsProcessingContext()
    return processing.run(alg_id, params, context=context, feedback=feedback or QgsProcessingFeedback())


@pytest.fixture(scope="session", autouse=True)
def _free_qgis_objects_before_exit(request):
    """Destroy the QGIS objects Python still holds while QGIS and GDAL are alive.

    pytest keeps tracebacks, fixture values and module globals until interpreter shutdown; an OGR
    layer destroyed then (after QGIS has closed GDAL) crashes in GDALClose. Layouts go before the
    projects and layers they use. Nothing to do in the engine room, where QGIS is never loaded.
    """
    if not _qgis_room(request.config):
        yield
        return
    request.getfixturevalue("qgis_app")
    yield
    import gc

    from qgis.core import QgsLayout, QgsMapLayer, QgsProject
    from qgis.PyQt import sip

    QgsProject.instance().removeAllMapLayers()
    gc.collect()
    for kind in (QgsLayout, QgsProject, QgsMapLayer):
        for obj in [o for o in gc.get_objects() if isinstance(o, kind)]:
            if obj is not QgsProject.instance() and not sip.isdeleted(obj) and sip.ispyowned(obj):
                sip.delete(obj)
    gc.collect()


# --- the facility dock panel (test_dock.py, test_dock_background.py) -----------------------------------------
def settle_canvas() -> None:
    """Stop the map canvases' background rendering and wait for it to end.

    A canvas render (started by the panel's zoom or a layer repaint) runs in a pooled thread, and on QGIS
    3.40 its feature iterators call ``QgsProject.createExpressionContextScope()`` from that thread: a
    ``QgsProject.clear()`` or layer removal on the main thread at the same moment segfaulted the Debian 13
    suite (gdb: the render thread in ``QgsProject::createExpressionContextScope``, the main thread in
    ``QgsProject::clear``). The QGIS desktop stops its canvas before closing a project; tests do the same."""
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtWidgets import QApplication

    for widget in QApplication.allWidgets():
        if isinstance(widget, QgsMapCanvas):
            widget.stopRendering()
            widget.waitWhileRendering()


def clear_project(project=None) -> None:
    """``QgsProject.clear()`` once no canvas is rendering (see :func:`settle_canvas`)."""
    from qgis.core import QgsProject

    settle_canvas()
    (project or QgsProject.instance()).clear()


@pytest.fixture()
def project(qgis_iface):
    """An empty project, cleared again afterwards."""
    from qgis.core import QgsProject

    clear_project()
    yield QgsProject.instance()
    clear_project()


@pytest.fixture()
def facilities(project, sample_layer):
    layer = sample_layer("facilities")
    layer.setName("Facilities")
    project.addMapLayer(layer)
    return layer


@pytest.fixture()
def dock(qgis_iface, project):
    from qgis.PyQt.QtCore import QCoreApplication

    from tailings_qgis_plugin.gui.dock import FacilityDock

    panel = FacilityDock(qgis_iface, qgis_iface.mainWindow())
    yield panel
    panel.close_panel()
    panel.deleteLater()
    QCoreApplication.processEvents()


# --- the panel on the sample project (test_dock_runs.py, test_upstream_view.py, test_dock_russian.py, ...) --


def wait_for(condition, seconds: float = 120):
    """Run the event loop until ``condition()`` is true or ``seconds`` have passed; its last value."""
    import time

    from qgis.PyQt.QtCore import QCoreApplication

    deadline = time.time() + seconds
    while not condition() and time.time() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.02)
    return condition()


@pytest.fixture()
def sample_project(plugin, sample_layer):
    """The project a user builds from the sample data: its five layers (dict by lower-case name)."""
    from qgis.core import QgsProject

    project = QgsProject.instance()
    clear_project(project)
    layers = {}
    for name in ("countries", "lakes", "rivers", "settlements", "facilities"):
        layer = sample_layer(name)
        layer.setName(name.capitalize())
        layers[name] = layer
    project.addMapLayers(list(layers.values()))
    yield layers
    clear_project(project)


@pytest.fixture()
def panel(qgis_iface, sample_project):
    """The facility panel on the sample project, shown (the profile draws only while on screen)."""
    from qgis.PyQt.QtCore import QCoreApplication

    from tailings_qgis_plugin.gui.dock import FacilityDock

    dock = FacilityDock(qgis_iface, qgis_iface.mainWindow())
    dock.open_exported_files = False
    qgis_iface.mainWindow().show()
    dock.show()
    yield dock
    dock.close_panel()
    dock.deleteLater()
    QCoreApplication.processEvents()


@pytest.fixture()
def compiled_translations(tmp_path, monkeypatch):
    """The plugin's .ts catalogues compiled (lrelease) into a temporary folder, which the plugin then
    loads its translators from. Yields a function installing the interface language ('ru', 'kk')."""
    import importlib.util
    import shutil

    from qgis.PyQt.QtCore import QCoreApplication

    from tailings_qgis_plugin import i18n

    if shutil.which("lrelease") is None and shutil.which("lrelease-qt5") is None:
        pytest.fail("lrelease is needed (qttools5-dev-tools, in scripts/bootstrap.sh)")
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    folder = tmp_path / "qm"
    folder.mkdir()
    for ts in tool.I18N.glob("*.ts"):
        shutil.copy2(ts, folder / ts.name)
    tool.compile_all(folder)
    monkeypatch.setattr(i18n, "qm_path", lambda language: folder / f"tailings_{language}.qm")

    def install(language: str) -> str:
        used = i18n.install_translator(language)
        assert used == language, f"the {language} translation did not load"
        return used

    yield install
    i18n.remove_translator()
    i18n.common.set_translate(QCoreApplication.translate)


@pytest.fixture()
def russian(compiled_translations):
    """The plugin's interface in Russian (compiled catalogue installed)."""
    compiled_translations("ru")


@pytest.fixture()
def kazakh(compiled_translations):
    """The plugin's interface in Kazakh (compiled catalogue installed)."""
    compiled_translations("kk")
