"""Each parameter family is declared once: same label, default and flags in every algorithm that has it."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProcessingParameterDefinition

from tailings_qgis_plugin.processing_algorithms.params import SNAP_DISTANCE_DEFAULT_M

PATHWAY_ALGS = ("tracedownstream", "checknetwork", "downstreamimpact", "hazardscreening", "overlandflowpath")
HYDRAULICS = (
    "VELOCITY_SOURCE",
    "VELOCITY",
    "VELOCITY_FIELD",
    "DISCHARGE_FIELD",
    "SLOPE",
    "DECAY",
    "DISPERSION",
)


def _algs(provider):
    return {
        name: QgsApplication.processingRegistry().algorithmById("tailings:" + name) for name in PATHWAY_ALGS
    }


def test_shared_parameters_have_one_label_and_default(provider):
    seen = {}
    for alg_name, alg in _algs(provider).items():
        assert alg is not None, alg_name
        for p in alg.parameterDefinitions():
            key = p.name()
            if key in ("OUTPUT", "SUMMARY", "DEM", "RIVERS", "SETTLEMENTS", "VOLUME_FIELD"):
                # sinks and the DEM differ by role (elevation vs direction), RIVERS and SETTLEMENTS by
                # being optional; VOLUME_FIELD is the stored volume in hazard screening and the released
                # volume in the impact (an old name kept for users' scripts)
                continue
            entry = (p.description(), p.defaultValue(), p.type())
            seen.setdefault(key, {})[alg_name] = entry
    for key, per_alg in seen.items():
        assert len(set(per_alg.values())) == 1, (key, per_alg)
    # the snap distance reaches the sample facility farthest from the mapped network (62.7 km)
    assert {v[1] for v in seen["SNAP_DISTANCE"].values()} == {SNAP_DISTANCE_DEFAULT_M}
    assert SNAP_DISTANCE_DEFAULT_M > 62_700


def test_direction_wording_and_advanced_hydraulics(provider):
    algs = _algs(provider)
    for name in ("tracedownstream", "checknetwork", "downstreamimpact"):
        direction = algs[name].parameterDefinition("DIRECTION")
        assert direction.options()[0] == "Digitised direction"
    impact = algs["downstreamimpact"]
    for key in HYDRAULICS:
        flags = impact.parameterDefinition(key).flags()
        assert flags & QgsProcessingParameterDefinition.FlagAdvanced, key
    # main inputs stay in the main section
    for key in ("FACILITIES", "RIVERS", "SETTLEMENTS", "SNAP_DISTANCE", "CORRIDOR"):
        assert not impact.parameterDefinition(key).flags() & QgsProcessingParameterDefinition.FlagAdvanced
    # display precision: metres without decimals, not "5000.000000"
    meta = impact.parameterDefinition("SNAP_DISTANCE").metadata()
    assert meta["widget_wrapper"]["decimals"] == 0
