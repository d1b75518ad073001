"""Parameter families shared by the Tailings algorithms, each declared once.

An algorithm's ``initAlgorithm`` calls the families it needs (the way QuickOSM shares its parameter
mixins), so a parameter has the same name, label, default, display precision and Advanced flag in every
dialog:

- :func:`facility_parameters`: FACILITIES, FACILITY_ID_FIELD (and SNAP_DISTANCE, see :func:`snap_parameter`);
- :func:`network_parameters`: RIVERS, DIRECTION, REACH_ID_FIELD, DOWNSTREAM_ID_FIELD, NODE_TOLERANCE,
  MAIN_STEM_FIELD, LAKES, DEM;
- :func:`trace_limit_parameters`: MAX_DISTANCE, MAX_DISTANCE_FIELD;
- :func:`settlement_parameters`: SETTLEMENTS, SETTLEMENT_NAME_FIELD, POPULATION_FIELD, CORRIDOR;
- :func:`release_parameters` and :func:`hydraulics_parameters`: the released mass and the river hydraulics
  (velocity, discharge, slope, decay, dispersion; model choices under Advanced);
- :func:`sink_parameters`: the outputs;
- :func:`reverse_analysis_parameters`, :func:`country_parameters` and :func:`pair_sink_parameters`: the
  family of tailings:upstreamsources and tailings:borderwatch (limits, release, hazard fields, hydraulics,
  border tolerance; COUNTRIES and COUNTRY_FIELD; the OUTPUT pairs and the SUMMARY points);
- :func:`language_parameter`, :func:`map_page_parameters` and :func:`map_output_parameters`: the "map
  pages" family of every map-export algorithm (LANGUAGE; PAGE_SIZE, TEMPLATE, FORMAT, DPI; ASSUMPTIONS,
  OUTPUT_FOLDER and the FILES and PAGES outputs).

Parameter names never change (users' scripts and models use them); labels and defaults change here only.
"""

from __future__ import annotations

from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFolderDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
)

from tailings_qgis_plugin.core.hydraulics import TYPICAL_LOWLAND_SLOPE
from tailings_qgis_plugin.qgis_compat import ADVANCED, DOUBLE, NUMERIC_FIELD

#: Default snap distance from a facility to the river network (m), one value for every algorithm. 5 km
#: left many sample facilities unconnected (Leninogorsk lies 62.7 km from the mapped network); 100 km
#: reaches them, and each summary reports the distance actually snapped (snap_distance_m) so a long jump
#: is visible.
SNAP_DISTANCE_DEFAULT_M = 100_000.0
#: Default corridor each side of the pathway in which settlements count as exposed (m).
CORRIDOR_DEFAULT_M = 2000.0
#: Default node tolerance: reach ends closer than this are joined (m).
NODE_TOLERANCE_DEFAULT_M = 5.0

#: DIRECTION values
DIGITISED, IDS, DEM = 0, 1, 2
#: VELOCITY_SOURCE values
VELOCITY_SOURCES = ("constant", "field", "discharge")
#: DISPERSION options (names of published formulas, not translated)
DISPERSION_OPTIONS = (
    "Fischer (1975)",
    "Kashefipour & Falconer (2002)",
    "Deng et al. (2001)",
    "Seo & Cheong (1998)",
)

P = QgsProcessing


def advanced(param):
    """Put ``param`` under the dialog's Advanced section."""
    param.setFlags(param.flags() | ADVANCED)
    return param


def number(name, label, default, decimals=2, minimum=0.0, maximum=None, optional=False, is_advanced=False):
    """A double parameter shown with ``decimals`` digits (not "5000.000000"). ``minimum=None``: no bound in the
    dialog, the algorithm checks the value and says what to fix."""
    param = QgsProcessingParameterNumber(name, label, DOUBLE, default, optional)
    if minimum is not None:
        param.setMinimum(minimum)
    if maximum is not None:
        param.setMaximum(maximum)
    param.setMetadata({"widget_wrapper": {"decimals": decimals}})
    return advanced(param) if is_advanced else param


def field(name, label, parent, numeric=False, optional=True, is_advanced=False):
    kwargs = {"type": NUMERIC_FIELD} if numeric else {}
    param = QgsProcessingParameterField(
        name, label, parentLayerParameterName=parent, optional=optional, **kwargs
    )
    return advanced(param) if is_advanced else param


def _add(alg, params):
    for param in params:
        alg.addParameter(param)


# --- facilities ---------------------------------------------------------------------------------------
def facility_parameters(alg):
    """FACILITIES (points or polygons) and FACILITY_ID_FIELD."""
    _add(
        alg,
        [
            QgsProcessingParameterFeatureSource(
                "FACILITIES", alg.tr("Tailings facilities"), [P.TypeVectorPoint, P.TypeVectorPolygon]
            ),
            field("FACILITY_ID_FIELD", alg.tr("Facility id field"), "FACILITIES"),
        ],
    )


def snap_parameter(alg):
    """SNAP_DISTANCE: how far a facility may be from the river network to be connected to it."""
    alg.addParameter(
        number(
            "SNAP_DISTANCE",
            alg.tr("Snap distance from a facility to the river network (m)"),
            SNAP_DISTANCE_DEFAULT_M,
            decimals=0,
        )
    )


# --- river network ------------------------------------------------------------------------------------
def rivers_parameter(alg, optional=False):
    """RIVERS alone (for an algorithm that reads only digitised rivers)."""
    alg.addParameter(
        QgsProcessingParameterFeatureSource(
            "RIVERS", alg.tr("River network"), [P.TypeVectorLine], optional=optional
        )
    )


def network_parameters(alg, with_lakes=True, with_main_stem=False, optional=False):
    """RIVERS and how it becomes a network: DIRECTION, REACH_ID_FIELD, DOWNSTREAM_ID_FIELD, DEM,
    NODE_TOLERANCE, and optionally MAIN_STEM_FIELD and LAKES."""
    rivers_parameter(alg, optional=optional)
    params = [
        QgsProcessingParameterEnum(
            "DIRECTION",
            alg.tr("Flow direction from"),
            options=[alg.tr("Digitised direction"), alg.tr("Reach and downstream id fields"), alg.tr("DEM")],
            defaultValue=DIGITISED,
        ),
        field("REACH_ID_FIELD", alg.tr("Reach id field"), "RIVERS"),
        field(
            "DOWNSTREAM_ID_FIELD",
            alg.tr("Downstream reach id field (0 or NULL at an outlet)"),
            "RIVERS",
            numeric=True,
        ),
        QgsProcessingParameterRasterLayer("DEM", alg.tr("DEM (for the DEM direction)"), optional=True),
    ]
    if with_main_stem:
        params.append(
            field(
                "MAIN_STEM_FIELD",
                alg.tr("Main stem field (follow the largest value at a bifurcation)"),
                "RIVERS",
                numeric=True,
            )
        )
    if with_lakes:
        params.append(
            QgsProcessingParameterFeatureSource(
                "LAKES",
                alg.tr("Lakes (terminal lakes and lake reaches)"),
                [P.TypeVectorPolygon],
                optional=True,
            )
        )
    params.append(
        number(
            "NODE_TOLERANCE",
            alg.tr("Node tolerance (m): reach ends closer than this are joined"),
            NODE_TOLERANCE_DEFAULT_M,
            decimals=1,
            is_advanced=True,
        )
    )
    _add(alg, params)


def trace_limit_parameters(alg):
    """MAX_DISTANCE (constant) and MAX_DISTANCE_FIELD (per facility)."""
    _add(
        alg,
        [
            number("MAX_DISTANCE", alg.tr("Maximum distance (km, 0 = no limit)"), 0.0, decimals=1),
            field(
                "MAX_DISTANCE_FIELD",
                alg.tr("Maximum distance field (km, per facility)"),
                "FACILITIES",
                numeric=True,
            ),
        ],
    )


# --- settlements --------------------------------------------------------------------------------------
def settlement_parameters(alg, with_name=True, with_corridor=True):
    """SETTLEMENTS (points or polygons), SETTLEMENT_NAME_FIELD, POPULATION_FIELD and CORRIDOR."""
    params = [
        QgsProcessingParameterFeatureSource(
            "SETTLEMENTS", alg.tr("Settlements"), [P.TypeVectorPoint, P.TypeVectorPolygon], optional=True
        )
    ]
    if with_name:
        params.append(field("SETTLEMENT_NAME_FIELD", alg.tr("Settlement name field"), "SETTLEMENTS"))
    params.append(field("POPULATION_FIELD", alg.tr("Population field"), "SETTLEMENTS"))
    if with_corridor:
        params.append(
            number(
                "CORRIDOR",
                alg.tr("Corridor each side of the pathway (m)"),
                CORRIDOR_DEFAULT_M,
                decimals=0,
                minimum=None,
            )
        )
    _add(alg, params)


# --- released mass and hydraulics ---------------------------------------------------------------------
def release_parameters(alg):
    """The released contaminant mass: MASS(_FIELD), or VOLUME(_FIELD) × CONCENTRATION(_FIELD)."""
    _add(
        alg,
        [
            field("MASS_FIELD", alg.tr("Released contaminant mass field (kg)"), "FACILITIES", numeric=True),
            number(
                "MASS",
                alg.tr("Released contaminant mass (kg, 0 = from volume × concentration)"),
                0.0,
                decimals=0,
            ),
            field("VOLUME_FIELD", alg.tr("Released volume field (m³)"), "FACILITIES", numeric=True),
            number("VOLUME", alg.tr("Released volume (m³, 0 = none)"), 0.0, decimals=0),
            field(
                "CONCENTRATION_FIELD",
                alg.tr("Contaminant concentration field (mg/L)"),
                "FACILITIES",
                numeric=True,
            ),
            number("CONCENTRATION", alg.tr("Contaminant concentration (mg/L, 0 = none)"), 0.0, decimals=3),
        ],
    )


def hydraulics_parameters(alg):
    """Velocity, discharge, slope, decay and dispersion of the river: model choices, all under Advanced."""
    params = [
        QgsProcessingParameterEnum(
            "VELOCITY_SOURCE",
            alg.tr("Velocity from"),
            [
                alg.tr("Constant velocity"),
                alg.tr("Per-reach velocity field"),
                alg.tr("Per-reach discharge field (hydraulic geometry)"),
            ],
            defaultValue=0,
        ),
        number(
            "VELOCITY",
            alg.tr("Constant velocity (m/s; also overland leg and reaches without value)"),
            1.0,
            decimals=2,
            minimum=None,
        ),
        field("VELOCITY_FIELD", alg.tr("Velocity field (m/s)"), "RIVERS", numeric=True),
        field("DISCHARGE_FIELD", alg.tr("Discharge field (m³/s, e.g. DIS_AV_CMS)"), "RIVERS", numeric=True),
        field("SLOPE_FIELD", alg.tr("Slope field (m/m)"), "RIVERS", numeric=True),
        number(
            "SLOPE",
            alg.tr("Assumed slope where unknown (m/m; 0 = none: no concentration without slope)"),
            TYPICAL_LOWLAND_SLOPE,
            decimals=5,
        ),
        number("DECAY", alg.tr("Decay or settling rate (per hour)"), 0.0, decimals=4),
        QgsProcessingParameterEnum(
            "DISPERSION", alg.tr("Dispersion coefficient"), list(DISPERSION_OPTIONS), defaultValue=0
        ),
    ]
    _add(alg, [advanced(p) for p in params])


# --- outputs ------------------------------------------------------------------------------------------
def sink_parameters(alg, sinks):
    """Feature sinks from ``[(name, label, QgsProcessing.TypeVector...[, secondary]), ...]``.

    A secondary output (fourth item true) is optional, so ``qgis_process`` runs without it, and is
    created by default in the dialog."""
    params = []
    for name, label, kind, *rest in sinks:
        secondary = bool(rest and rest[0])
        params.append(
            QgsProcessingParameterFeatureSink(name, label, kind, optional=secondary, createByDefault=True)
        )
    _add(alg, params)


# --- the reverse analyses (tailings:upstreamsources, tailings:borderwatch) ------------------------------
def reverse_analysis_parameters(alg):
    """The river network and how far and how fast a release goes, as tailings:downstreamimpact:
    RIVERS & co., MAX_DISTANCE, MAX_TIME_H, the released mass, HAZARD_INDEX_FIELD, CONSEQUENCE_FIELD, the
    hydraulics (Advanced) and BORDER_TOLERANCE (Advanced)."""
    network_parameters(alg, with_lakes=True, with_main_stem=True)
    _add(
        alg,
        [
            number("MAX_DISTANCE", alg.tr("Maximum distance (km, 0 = no limit)"), 0.0, decimals=1),
            number("MAX_TIME_H", alg.tr("Maximum arrival time (h, 0 = no limit)"), 0.0, decimals=1),
        ],
    )
    release_parameters(alg)
    _add(
        alg,
        [
            field(
                "HAZARD_INDEX_FIELD",
                alg.tr("Hazard index field (e.g. thi of tailings:hazardscreening)"),
                "FACILITIES",
                numeric=True,
            ),
            field(
                "CONSEQUENCE_FIELD", alg.tr("Consequence class field (e.g. consequence_class)"), "FACILITIES"
            ),
        ],
    )
    hydraulics_parameters(alg)
    alg.addParameter(
        number("BORDER_TOLERANCE", alg.tr("Border stretch tolerance (km)"), 5.0, decimals=1, is_advanced=True)
    )


def country_parameters(alg, optional=True):
    """COUNTRIES (polygons; optional: only for the countries passed) and COUNTRY_FIELD."""
    label = alg.tr("Countries (for the countries passed)") if optional else alg.tr("Countries")
    _add(
        alg,
        [
            QgsProcessingParameterFeatureSource("COUNTRIES", label, [P.TypeVectorPolygon], optional=optional),
            field("COUNTRY_FIELD", alg.tr("Country name or code field"), "COUNTRIES"),
        ],
    )


def pair_sink_parameters(alg, output_label, summary_label):
    """OUTPUT (one line per place x facility, the river stretch) and SUMMARY (one point per place,
    secondary) of a reverse analysis; the labels say what a place is (a receptor, a border crossing)."""
    sink_parameters(
        alg, [("OUTPUT", output_label, P.TypeVectorLine), ("SUMMARY", summary_label, P.TypeVectorPoint, True)]
    )


# --- map pages ----------------------------------------------------------------------------------------
#: PAGE_SIZE values: the templates under resources/layouts/
PAGE_SIZES = ("a4", "a3")


def language_parameter(alg):
    """LANGUAGE: the language of the texts the plugin writes on a map or report (default: QGIS's)."""
    from tailings_qgis_plugin.i18n import LANGUAGE_NAMES, language_index

    alg.addParameter(
        QgsProcessingParameterEnum(
            "LANGUAGE",
            alg.tr("Language of the maps and report texts"),
            list(LANGUAGE_NAMES),
            defaultValue=language_index(),
        )
    )


def map_page_parameters(alg, format_labels, format_default=0, with_template=False):
    """PAGE_SIZE (A4 or A3 landscape), TEMPLATE (an own .qpt, when ``with_template``), FORMAT (one PDF per
    page, one multi-page PDF, one PNG per page: ``format_labels`` say what a page is) and DPI."""
    params = [
        QgsProcessingParameterEnum(
            "PAGE_SIZE", alg.tr("Page"), [alg.tr("A4 landscape"), alg.tr("A3 landscape")], defaultValue=0
        )
    ]
    if with_template:
        params.append(
            QgsProcessingParameterFile(
                "TEMPLATE",
                alg.tr("Own layout template (.qpt; overrides the page choice)"),
                extension="qpt",
                optional=True,
            )
        )
    params.append(
        QgsProcessingParameterEnum(
            "FORMAT", alg.tr("Output"), list(format_labels), defaultValue=format_default
        )
    )
    params.append(
        QgsProcessingParameterNumber(
            "DPI",
            alg.tr("Resolution (dpi)"),
            QgsProcessingParameterNumber.Integer,
            150,
            minValue=30,
            maxValue=600,
        )
    )
    _add(alg, params)


def map_output_parameters(alg):
    """ASSUMPTIONS (the footer of every page), OUTPUT_FOLDER, and the FILES and PAGES outputs."""
    _add(
        alg,
        [
            QgsProcessingParameterString(
                "ASSUMPTIONS",
                alg.tr(
                    "Run parameters and assumptions ('label: value' per line; empty: read from the inputs)"
                ),
                optional=True,
                multiLine=True,
            ),
            QgsProcessingParameterFolderDestination("OUTPUT_FOLDER", alg.tr("Output folder")),
        ],
    )
    alg.addOutput(QgsProcessingOutputString("FILES", alg.tr("Files written (separated by ';')")))
    alg.addOutput(QgsProcessingOutputNumber("PAGES", alg.tr("Number of map pages")))


# --- units --------------------------------------------------------------------------------------------
def volume_unit_parameter(alg):
    """VOLUME_UNIT: 0 = m³, 1 = thousand m³ (тыс. м³, common in CIS registries), 2 = million m³; applied to
    every stored or released volume the algorithm reads, before any formula."""
    from tailings_qgis_plugin.core.runout import VOLUME_UNIT_NAMES

    alg.addParameter(
        QgsProcessingParameterEnum(
            "VOLUME_UNIT",
            alg.tr("Unit of the volumes read from the layer and given here"),
            [alg.tr(name) for name in VOLUME_UNIT_NAMES],
            defaultValue=0,
        )
    )


# --- field mapping ------------------------------------------------------------------------------------
def field_mapping(alg, parameters, context, names, mappings, defaults=()):
    """Engine field -> layer field: each of ``defaults`` the layer has under its own name, then the field
    the user chose for each parameter of ``mappings`` (parameter -> (engine field, label)); a chosen field
    the layer lacks raises a QgsProcessingException that names it."""
    mapping = {name: name for name in defaults if name in names}
    for param, (target, _label) in mappings.items():
        chosen = alg.parameterAsString(parameters, param, context)
        if chosen:
            if chosen not in names:
                raise QgsProcessingException(
                    alg.tr("The field '{f}' is not in the facility layer.").format(f=chosen)
                )
            mapping[target] = chosen
    return mapping
