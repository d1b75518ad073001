"""The plugin as QGIS sees it: cheap start-up, one provider, menu and toolbar, clean unload."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from qgis.core import QgsApplication

from conftest import ROOT

EXPECTED_ALGORITHMS = {
    "createregistry",
    "validateregistry",
    "hazardscreening",
    "tracedownstream",
    "checknetwork",
    "downstreamimpact",
    "exportimpactmaps",
    "exportreport",
    "overlandflowpath",
}


def test_class_factory_imports_no_heavy_module():
    """Creating the plugin and loading its provider must not import geopandas or rasterio."""
    code = textwrap.dedent(
        f"""
        import sys
        sys.path.insert(0, {str(ROOT)!r})
        from qgis.core import QgsApplication
        app = QgsApplication([], False)
        app.initQgis()
        import tailings_qgis_plugin
        plugin = tailings_qgis_plugin.classFactory(None)
        from tailings_qgis_plugin.processing_algorithms.provider import TailingsProvider
        provider = TailingsProvider()
        QgsApplication.processingRegistry().addProvider(provider)
        assert provider.algorithms(), "no algorithms loaded"
        heavy = [m for m in ("geopandas", "rasterio", "pandas", "scipy", "networkx", "numba") if m in sys.modules]
        print("HEAVY=" + ",".join(heavy))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(ROOT / ".qgis-settings")},
    )
    assert result.returncode == 0, result.stderr[-2000:]
    line = [x for x in result.stdout.splitlines() if x.startswith("HEAVY=")][0]
    assert line == "HEAVY=", f"heavy modules imported at start-up: {line}"


def test_provider_registered_once_with_algorithms(plugin):
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("tailings")
    assert provider is plugin.provider
    names = {alg.name() for alg in provider.algorithms()}
    assert EXPECTED_ALGORITHMS <= names
    # a second initProcessing must not register a second provider nor lose the first
    plugin.initProcessing()
    assert registry.providerById("tailings") is provider
    assert sum(1 for p in registry.providers() if p.id() == "tailings") == 1


def test_every_algorithm_is_documented(plugin):
    for alg in plugin.provider.algorithms():
        assert alg.id() == f"tailings:{alg.name()}"
        assert alg.name() == alg.name().lower() and alg.name().isalpha()
        assert alg.displayName() and alg.group() and alg.groupId()
        assert len(alg.shortHelpString()) > 80, f"{alg.name()} has no real help text"
        assert not alg.icon().isNull()
        assert alg.createInstance() is not alg


def test_menu_toolbar_and_dock_toggle(plugin):
    texts = [a.objectName() for a in plugin.actions]
    assert "TailingsDockAction" in texts and "TailingsSampleDataAction" in texts
    plugin.dock_action.setChecked(True)
    assert plugin.dock is not None and not plugin.dock.isHidden()
    plugin.dock_action.setChecked(False)
    assert plugin.dock.isHidden()


def test_unload_then_load_again(plugin, qgis_iface):
    registry = QgsApplication.processingRegistry()
    for _ in range(2):
        plugin.unload()
        assert registry.providerById("tailings") is None
        assert plugin.actions == [] and plugin.dock is None
        plugin.initGui()
        assert registry.providerById("tailings") is plugin.provider
        assert len(plugin.actions) == 2


def test_second_instance_does_not_remove_the_first_provider(plugin, qgis_iface):
    import tailings_qgis_plugin

    registry = QgsApplication.processingRegistry()
    other = tailings_qgis_plugin.classFactory(qgis_iface)
    other.initGui()
    assert other.provider is plugin.provider
    other.unload()
    assert registry.providerById("tailings") is plugin.provider


def test_open_sample_data_adds_layers(plugin):
    from qgis.core import QgsProject

    before = len(QgsProject.instance().mapLayers())
    layers = plugin.open_sample_data()
    names = {layer.name() for layer in layers}
    assert len(layers) == 6 and "Rivers (WaterHydro)" in names
    assert len(QgsProject.instance().mapLayers()) == before + 6
    facilities = [layer for layer in layers if layer.featureCount() == 81]
    assert facilities, "the sample registry should hold the 81 Kazakh ICMM sites"
    QgsProject.instance().removeMapLayers([layer.id() for layer in layers])
