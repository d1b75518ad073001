<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU" sourcelanguage="en">
  <context>
    <name>FacilityDockBody</name>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Analyse</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Cancel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Click a facility on the map to show its record</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Edit</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Field that holds the facility name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Field that identifies each facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Map page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Open the attribute form to edit the record (through the layer's edit buffer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Pick</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Search name, ID, operator, region, commodity (Latin or Cyrillic)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>The facility layer: registry layers are recognised by their fields; any point or polygon layer can be used with the ID and name fields chosen below.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Zoom</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../resources/ui/facility_dock.ui" line="0" />
      <source>Zoom to the facility and flash it on the map</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Tailings</name>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="276" />
      <source> (constant velocity)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1149" />
      <source> after {h:.0f} h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="16" />
      <source>&amp;Tailings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="201" />
      <source>'Render maps' needs the pathway layer; the report has no maps.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="220" />
      <source>'{v}' is not a date (expected YYYY-MM-DD).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="202" />
      <source>'{v}' is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="229" />
      <source>'{v}' is not one of: {choices}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="104" />
      <source>(layer)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="324" />
      <source>(layout)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="48" />
      <source>(no name)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="264" />
      <source>A band factor must be 0 (use the data file) or at least 1, found {v:g}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="110" />
      <source>A consequence class index must be 0-4, found {v!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="408" />
      <source>A depression or flat larger than {n} cells was met; the path stops there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/geodesy.py" line="180" />
      <source>A line needs at least two vertices; this one has {n}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="43" />
      <source>A pathway needs at least two lon/lat vertices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="180" />
      <source>A pathway needs at least two vertices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="195" />
      <source>A3 landscape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="195" />
      <source>A4 landscape</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="161" />
      <source>Added to the project: {layers}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="188" />
      <source>Also map facilities without a pathway</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="122" />
      <source>An analysis is already running; wait for it or cancel it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="37" />
      <source>Area</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="48" />
      <source>Area (ha)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="57" />
      <source>Arrival (h)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="488" />
      <source>Assumed slope where unknown (m/m; 0 = none: no concentration without slope)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="647" />
      <source>Border crossing (arrival)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="57" />
      <source>Border crossings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="154" />
      <source>Border crossings (CROSSINGS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="949" />
      <source>Border crossings not computed: give the CROSSINGS output of tailings:downstreamimpact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="508" />
      <source>Border stretch tolerance (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="321" />
      <source>Building the river network...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="46" />
      <source>Builds the river network as Trace downstream pathways would and writes one point per finding: gaps closed by the node tolerance (joined_by_tolerance), tributaries joined mid-line, reaches starting on another reach (not linked), dangling ends (reaches ending without a downstream reach outside any lake), reaches ending in a terminal lake, cycles (reaches flowing into each other), bifurcations (two or more downstream reaches), downstream ids that do not exist, and empty, zero-length or invalid lines. Counts, and the number of separate drainage systems (disconnected parts), are written to the log and returned as outputs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/common.py" line="49" />
      <source>Cancelled by the user.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="99" />
      <source>Cancelled by the user: no output was written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="76" />
      <source>Cannot open the DEM {path}: {err}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="198" />
      <source>Cannot open the algorithm dialog: {error}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="303" />
      <source>Cannot open the river mask {path}: {err}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="294" />
      <source>Cannot write the CSV file {path}: {err}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="485" />
      <source>Cannot write the HTML file {path}: {err}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="343" />
      <source>Cannot write the XLSX file {path}: {err}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="216" />
      <source>Central estimate (runout_km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="43" />
      <source>Check river network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="50" />
      <source>Checks a tailings facility layer feature by feature and writes a table of problems (facility, field, severity, message). The input layer is never changed.&lt;br&gt;Checks: geometry present and valid; CRS set; facility ids unique and non-empty; required fields (facility_id, name) present; numbers numeric and plausible (dam height 0.5–350 m, stored volume 1–10¹⁰ m³, area 0.01–50,000 ha, water hazard class 1–3); inspection dates not in the future; status and dam type among the known values.&lt;br&gt;Layers with other field names can be checked by naming the field that holds each value. Fields that are absent are reported once, not for every facility.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="199" />
      <source>Choose a facility layer to see each facility's record.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="480" />
      <source>Choose the population field of the settlements layer (there is no 'population' field).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="43" />
      <source>Commodity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="39" />
      <source>Consequence class</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="333" />
      <source>Consequence class (GISTM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="401" />
      <source>Constant velocity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="411" />
      <source>Constant velocity (m/s; also overland leg and reaches without value)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="473" />
      <source>Contaminant concentration (mg/L, 0 = none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="465" />
      <source>Contaminant concentration field (mg/L)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="61" />
      <source>Coordinate reference system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="393" />
      <source>Corridor (m from the river)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="206" />
      <source>Corridor around the pathway for the population at risk (m, each side)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="20" />
      <source>Countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="161" />
      <source>Countries (default: bundled sample)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="521" />
      <source>Countries must be polygons (got {t}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="439" />
      <source>Countries reached</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="514" />
      <source>Countries: {n} polygons but {m} names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="53" />
      <source>Country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="386" />
      <source>Country name or code field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="525" />
      <source>Country polygons are not lon/lat degrees: reproject them to EPSG:4326.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="31" />
      <source>Create facility registry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="84" />
      <source>Created an empty registry with {n} fields. Status values: {s}. Dam types: {d}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="424" />
      <source>Created {date}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="42" />
      <source>Creates an empty tailings facility registry (GeoPackage by default) with the plugin's schema, field aliases and an attribute form ready for data entry. Facilities are points (dam or impoundment centre) or polygons (impoundment outline). Fields carry their unit in the name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="280" />
      <source>DEM</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="293" />
      <source>DEM (flow direction)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="179" />
      <source>DEM (for the DEM direction)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="35" />
      <source>Dam height</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="288" />
      <source>Dam height (dam_height_m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="46" />
      <source>Dam height (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="46" />
      <source>Dam height field (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="290" />
      <source>Dam height must be greater than 0 m, found {v:g}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="301" />
      <source>Dam height {h:g} m is above {hi:g} m: is the height in metres (not feet or cm)?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="49" />
      <source>Dam safety field (good / fair / poor or 0–2)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="45" />
      <source>Dam type (raise method)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="472" />
      <source>Data sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="237" />
      <source>Data sources text (empty: the template's)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="494" />
      <source>Decay or settling rate (per hour)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="160" />
      <source>Digitised direction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="278" />
      <source>Digitising direction</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="60" />
      <source>Dilution</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="732" />
      <source>Direction from a DEM was chosen: choose the DEM.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="720" />
      <source>Direction from id fields was chosen: choose the reach id and downstream id fields.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="427" />
      <source>Discharge field (m³/s, e.g. DIS_AV_CMS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="498" />
      <source>Dispersion coefficient</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="66" />
      <source>Distance (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="55" />
      <source>Distance along river (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="56" />
      <source>Distance from river (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="411" />
      <source>Downstream impact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="215" />
      <source>Downstream impact (settlements, arrival, concentration, borders)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="626" />
      <source>Downstream pathway: travel time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="289" />
      <source>Downstream pathways</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="287" />
      <source>Downstream reach id field (0 or NULL = outlet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="172" />
      <source>Downstream reach id field (0 or NULL at an outlet)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="162" />
      <source>Duplicate facility id '{id}' (also feature {other}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="643" />
      <source>Editing started on {layer}: save or discard the edits as usual.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="186" />
      <source>Empty geometry: the facility cannot be placed on the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="444" />
      <source>End of the trace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="96" />
      <source>Export impact maps (atlas)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="90" />
      <source>Export summary report (HTML, XLSX, CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="528" />
      <source>Export the impact map page of this facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="645" />
      <source>Exposed settlement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="179" />
      <source>Exposed settlement rows</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="277" />
      <source>Exposed settlements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="149" />
      <source>Exposed settlements (EXPOSED)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="516" />
      <source>Exposed settlements and receptors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="945" />
      <source>Exposure not computed: give the EXPOSED output of tailings:downstreamimpact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="442" />
      <source>Facilities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="178" />
      <source>Facilities in the report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="34" />
      <source>Facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="37" />
      <source>Facility ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="33" />
      <source>Facility id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="265" />
      <source>Facility id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="65" />
      <source>Facility layer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="130" />
      <source>Facility name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="67" />
      <source>Facility registry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="58" />
      <source>Facility to the river</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="357" />
      <source>Facility {fid} has no geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="650" />
      <source>Facility {fid} has no geometry: skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="375" />
      <source>Facility {fid}: no runout estimate: {msg}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="745" />
      <source>Facility {fid}: {msg}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="114" />
      <source>Field '{f}' is missing from the layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="329" />
      <source>Fields used: {used}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="245" />
      <source>Files written (separated by ';')</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="147" />
      <source>Findings: {c}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="43" />
      <source>First border</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="44" />
      <source>First border (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="45" />
      <source>First border arrival (h)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="441" />
      <source>First border crossing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="171" />
      <source>Flood depth raster, 100-year (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="52" />
      <source>Flood hazard field (none / low / medium / high or 100-year depth m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="276" />
      <source>Flow direction from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="144" />
      <source>Folder of map images (facility_id.png) to embed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="218" />
      <source>For each tailings facility: traces the release downstream (as tailings:tracedownstream), lists the settlements and receptors within the corridor in downstream order with the distance along the river (dist_km), the distance from the river (offset_m), the arrival of the leading edge (arrival_h), the time of the peak (peak_h) and the peak concentration (peak_conc_mg_l), finds where the pathway crosses a border (UNECE Industrial Accidents Convention: the upstream country notifies the downstream one) and summarises each facility.&lt;br&gt;&lt;br&gt;&lt;b&gt;Travel time&lt;/b&gt;: tau = sum of segment length / velocity. Velocity is a constant (m/s), a per-reach field, or from a per-reach discharge Q by at-a-station hydraulic geometry (Leopold &amp;amp; Maddock 1953 form U = a·Q^b, depth h = c·Q^f, defaults a=0.194, b=0.285, c=0.409, f=0.294 of Raymond et al. 2012); width W = Q/(U·h). The overland leg and reaches without a value use the constant velocity (with a warning).&lt;br&gt;&lt;b&gt;Concentration&lt;/b&gt;: instantaneous, cross-sectionally mixed release, 1-D advection–dispersion (Taylor 1954; Fischer et al. 1979): C(x,t) = M/(A·√(4πKt))·exp(−(x−Ut)²/(4Kt))·exp(−kt), A = Q/U. Along a river whose U, Q and K change, the cloud is Gaussian in time at each station with variance σ² = Σ 2·K·L/U³ and peak M/(Q·√(2πσ²)): dilution as discharge grows (dilution = Q at the place / Q where the release enters the river). K from Fischer (1975) K = 0.011·U²W²/(h·u*), Kashefipour &amp;amp; Falconer (2002), Deng et al. (2001) or Seo &amp;amp; Cheong (1998); peak_conc_lo/hi_mg_l give the spread over all four. u* = √(g·h·S) needs the slope S: from the slope field or the assumed slope (default 0.0001, a warning says it was assumed; 0 = no concentration without a slope field). Without discharge or mass peak_conc_mg_l is NULL. &lt;b&gt;mixed&lt;/b&gt; is false for places within the lateral mixing length of a bank release (Fischer et al. 1979: L = 0.4·U·W²/(0.6·h·u*)); there the value is a cross-sectional mean. Leading edge: 0.89 × time to peak (Jobson 1996, USGS WRIR 96-4013). Optional first-order decay or settling rate k (per hour). Mass M: the mass field or constant (kg), else released volume (m³) × concentration (mg/L) / 1000.&lt;br&gt;&lt;b&gt;Borders&lt;/b&gt;: each vertex of the pathway is placed in a country polygon; a change is located on its segment. Changes closer than the border tolerance (km) are merged into one border_stretch (a river forming the border), not dozens of crossings. Gaps between polygons are labelled 'unknown'; gaps and overlaps are warned.&lt;br&gt;&lt;b&gt;Summary&lt;/b&gt;: settlements and population within the corridor (total, arrival within 24 h and 72 h), countries reached in order, first border (km, h), end of the trace. Settlements without a usable population (NULL, 0, text) are listed, flagged and not counted.&lt;br&gt;Screening estimates for emergency planning, not a calibrated alarm model (those add dead zones and are calibrated with tracer tests).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="64" />
      <source>From</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="209" />
      <source>From each facility, finds where a release enters the river network (the nearest point of the nearest reach within the snap distance, measured on the WGS84 ellipsoid) and follows the water downstream to the end of the network, a terminal lake (Balkhash, Aral, Caspian) or the maximum distance.&lt;br&gt;Flow direction comes from the digitising direction, from reach/downstream id fields (HydroRIVERS convention: NEXT_DOWN = 0 or NULL at an outlet) or from a DEM (reaches are turned downhill). Reach ends closer than the node tolerance are joined, tributaries that end on another reach mid-line are connected there, and cycles in bad data are broken.&lt;br&gt;OUTPUT: one line per facility and reach piece, in downstream order (facility_id, seq, reach_id, kind overland/river/lake, from_km, to_km from the facility, assumed). The first piece is the overland leg from the facility to the river, an assumed straight line.&lt;br&gt;SUMMARY: one point per facility at its entry point (or the facility when it is not on a river): snapped, snap_distance_m, total_km, end_reason (max_distance / outlet / terminal_lake / no_river), end_x, end_y (WGS 84).&lt;br&gt;Distances are geodesic (Karney 2013). At a bifurcation all branches are followed unless a main-stem field (discharge, order) is given.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="339" />
      <source>From layer {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="629" />
      <source>Front of the release, hours after failure</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="54" />
      <source>Geometry type</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="157" />
      <source>HTML report</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="95" />
      <source>Hazard and consequence screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="36" />
      <source>Hazard index (THI)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="209" />
      <source>Hazard index not known (not analysed or inputs missing)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="298" />
      <source>Hazard screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="194" />
      <source>ID</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="267" />
      <source>Identity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="518" />
      <source>Impact summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="133" />
      <source>Impact summary (SUMMARY)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="164" />
      <source>Injection must be 'side' or 'centre'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="188" />
      <source>Invalid geometry: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="754" />
      <source>Lake or reservoir</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="159" />
      <source>Lakes (default: bundled sample)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="333" />
      <source>Lakes (polygons: terminal lakes, links through lakes)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="194" />
      <source>Lakes (terminal lakes and lake reaches)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="22" />
      <source>Lakes and reservoirs</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="50" />
      <source>Last inspection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="184" />
      <source>Longitude and latitude arrays differ in length.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="325" />
      <source>Main stem field (follow the largest value at a bifurcation)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="273" />
      <source>Main stem field (follow the largest value at bifurcations)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="64" />
      <source>Malformed {what} file {path}: {where}: {problem}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="459" />
      <source>Map of {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="26" />
      <source>Maps and reports</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="311" />
      <source>Maximum distance (km, 0 = no limit)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="317" />
      <source>Maximum distance field (km, per facility)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="25" />
      <source>Mining and processing sites (ICMM)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="670" />
      <source>More facility warnings follow in the field hazard_notes of the output; not repeated here.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="38" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="39" />
      <source>Name (Russian)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="29" />
      <source>Name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="60" />
      <source>Network diagnostics</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="125" />
      <source>No consequence class: {msg}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="480" />
      <source>No exposed settlement recorded downstream.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="549" />
      <source>No facility has a runout distance: par is left NULL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="671" />
      <source>No facility has a usable geometry.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="310" />
      <source>No facility id field chosen: using '{f}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="367" />
      <source>No facility layer chosen.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="507" />
      <source>No facility to map: none of the chosen facilities has a pathway in the pathway layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="323" />
      <source>No field for {key}: release volume and runout cannot be estimated. Choose the field that holds it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="70" />
      <source>No field was chosen for the {label}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="184" />
      <source>No geometry: the facility cannot be placed on the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="849" />
      <source>No population field: settlements are listed without population.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="675" />
      <source>No release mass given (mass, or volume and concentration): concentrations stay NULL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="618" />
      <source>No released mass given: peak concentrations are left empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="109" />
      <source>No runout estimate: {msg}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="465" />
      <source>No settlement within the corridor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="448" />
      <source>No settlements and rivers given: population at risk and consequence class are left NULL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="590" />
      <source>No slope known on {n} river segments: no dispersion coefficient and no peak concentration downstream of them. Give a slope or an assumed slope.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="583" />
      <source>No slope known on {n} river segments: the dispersion coefficient uses the assumed slope {s:g} m/m there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="529" />
      <source>No {label} field chosen: using '{f}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="306" />
      <source>Node tolerance (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="184" />
      <source>Node tolerance (m): reach ends closer than this are joined</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="421" />
      <source>Not analysed yet for this facility.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="302" />
      <source>Not analysed yet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="52" />
      <source>Notes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="80" />
      <source>Number of errors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="246" />
      <source>Number of map pages</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="81" />
      <source>Number of warnings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="21" />
      <source>Oblasts of Kazakhstan</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="212" />
      <source>One PDF per facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="214" />
      <source>One PNG per facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="213" />
      <source>One multi-page PDF</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="182" />
      <source>Only these facility ids (comma-separated; empty = all)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="79" />
      <source>Open Kazakhstan sample data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="40" />
      <source>Operator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="131" />
      <source>Operator field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="291" />
      <source>Other attributes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="56" />
      <source>Other receptors downstream</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="641" />
      <source>Other tailings facilities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="210" />
      <source>Output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="243" />
      <source>Output folder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="438" />
      <source>Overview map</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="202" />
      <source>Own layout template (.qpt; overrides the page choice)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="194" />
      <source>Page</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="46" />
      <source>Pathway length (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="81" />
      <source>Pathway of facility {fid} has missing coordinates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="85" />
      <source>Pathway of facility {fid} is not in lon/lat degrees (EPSG:4326).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="74" />
      <source>Pathway of facility {fid} needs at least two lon/lat vertices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="101" />
      <source>Pathway of facility {fid}: chainage must be finite and not decrease.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="95" />
      <source>Pathway of facility {fid}: {n} vertices but {m} chainage values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="294" />
      <source>Pathway summary</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="515" />
      <source>Pathways</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="136" />
      <source>Pathways (PATHWAYS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="144" />
      <source>Pathways (tailings:downstreamimpact PATHWAYS)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="25" />
      <source>Pathways and impact</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="58" />
      <source>Peak (h)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="59" />
      <source>Peak concentration (mg/l)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="60" />
      <source>Peak concentration at the end of the trace</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="403" />
      <source>Per-reach discharge field (hydraulic geometry)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="402" />
      <source>Per-reach velocity field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="274" />
      <source>Physical data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="458" />
      <source>Place</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="456" />
      <source>Places downstream, in downstream order ({n})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="55" />
      <source>Point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="714" />
      <source>Point {i}: {msg}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="55" />
      <source>Polygon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="54" />
      <source>Population</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="75" />
      <source>Population at risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="331" />
      <source>Population at risk (PAR)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="615" />
      <source>Population at risk computed for {n} facilities (corridor {c:g} m, {k}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="52" />
      <source>Population downstream</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="41" />
      <source>Population exposed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="357" />
      <source>Population field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="42" />
      <source>Population reached within 24 h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="54" />
      <source>Population reached within 72 h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="86" />
      <source>Potential loss of life</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="267" />
      <source>QGIS could not read the layout template {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="321" />
      <source>Rank (1 = highest hazard)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="160" />
      <source>Reach and downstream id fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="279" />
      <source>Reach id and downstream id fields</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="286" />
      <source>Reach id field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="1443" />
      <source>Reach ids must be numbers; got {v!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="67" />
      <source>Reading a DEM needs the Python module rasterio (Debian/Ubuntu: python3-rasterio).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="373" />
      <source>Receptor name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="365" />
      <source>Receptors (water intakes, protected areas …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="41" />
      <source>Region (oblast)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="77" />
      <source>Registry problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="443" />
      <source>Released contaminant mass (kg, 0 = from volume × concentration)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="435" />
      <source>Released contaminant mass field (kg)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="59" />
      <source>Released mass</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="324" />
      <source>Released volume (estimate)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="459" />
      <source>Released volume (m³, 0 = none)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="646" />
      <source>Released volume and concentration must be 0 or positive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="452" />
      <source>Released volume field (m³)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="235" />
      <source>Released-volume band factor (0 = from the data file, 1 = spread between methods)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="151" />
      <source>Render small maps from the pathways (slower)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="154" />
      <source>Report title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="288" />
      <source>Report: {n} facilities, {e} exposed settlement rows, {i} maps embedded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="196" />
      <source>Required value is missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="222" />
      <source>Resolution (dpi)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="755" />
      <source>River</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="42" />
      <source>River basin</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="154" />
      <source>River network</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="131" />
      <source>River reach {k} is a {t}, not a line.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="135" />
      <source>River reach {k} is not an (n, 2) array of lon/lat.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="271" />
      <source>Rivers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="23" />
      <source>Rivers (WaterHydro)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="158" />
      <source>Rivers (default: bundled sample)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="198" />
      <source>Rivers (digitised in flow direction)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="303" />
      <source>Run Hazard screening to compute the hazard index and runout.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="527" />
      <source>Run the downstream analysis for this facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="38" />
      <source>Runout (km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="242" />
      <source>Runout band factor (0 = from the data file, 1 = spread between methods)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="327" />
      <source>Runout distance (estimate)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="229" />
      <source>Runout methods (JSON; default: bundled runout_methods.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="215" />
      <source>Runout used for the population at risk</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="25" />
      <source>Screening estimates for planning and discussion, not a dam-break study or a forecast. Pathways, arrival times and concentrations come from simplified models and public data; check them on site before acting on them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="98" />
      <source>Screens tailings facilities before any tracing: Tailings Hazard Index, released volume, runout distance, population at risk and consequence class. Writes a copy of the facilities with the results and a graduated style on &lt;b&gt;thi&lt;/b&gt;. Screening estimates, not a dam-break study.&lt;br&gt;&lt;br&gt;&lt;b&gt;Tailings Hazard Index&lt;/b&gt; (structure of the UNECE / German Environment Agency TMF methodology: UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, with the ICPDR): thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, where thi_cap = log10(stored volume in m³), thi_tox from the German water hazard class (WGK 1–3), thi_man from the facility status, thi_nat = flood + seismic hazard, thi_dam from the dam condition. The scores are placeholders marked [verify] in resources/hazard/thi_scoring.json (each rule with its source and status); replace them with the official spreadsheet values there, or pass your own file as 'THI scoring rules'. A missing or unusable input is never scored 0: the index is then a partial sum, &lt;b&gt;thi_complete&lt;/b&gt; is false and &lt;b&gt;thi_missing&lt;/b&gt; names the missing parts (e.g. 'flood;dam_safety'); thi_rank ranks all facilities (1 = highest), partial ones included.&lt;br&gt;Flood and seismic hazard come from a field (category or number) or, where the field is NULL, from a raster sampled at the facility (band 1: 100-year flood depth in m; peak ground acceleration in g, 10% in 50 years).&lt;br&gt;&lt;br&gt;&lt;b&gt;Released volume and runout&lt;/b&gt; (VT stored volume, VF released volume in million m³, H dam height in m, Dmax in km):&lt;br&gt;• Rico, Benito &amp;amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 (fields vf_rico_m3, runout_rico_km);&lt;br&gt;• Concha Larrauri &amp;amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545 with Hf = H·(VF/VT)·VF (fields vf_cll_m3, runout_cll_km).&lt;br&gt;VF never exceeds VT (cap max_release_fraction = 1 in resources/hazard/runout_methods.json; one public implementation uses 0.95). The runout coefficients are marked [verify] there.&lt;br&gt;&lt;b&gt;vf_m3&lt;/b&gt; and &lt;b&gt;runout_km&lt;/b&gt; are the central estimates: the geometric mean of the two methods (both are log-log regressions). &lt;b&gt;Uncertainty range&lt;/b&gt; (vf_low_m3–vf_high_m3, runout_low_km–runout_high_km): the spread between the two methods, widened by a factor for the scatter of each regression (default ×/÷ 2 for volume, ×/÷ 3 for runout). The fits are loose: r² = 0.86 for released volume and r² = 0.57 for runout (Rico et al. 2008), and Concha Larrauri &amp;amp; Lall (2018) advise reporting uncertainty bands. The factors are of that order but were not read in either paper (status [verify]); set a band factor of 1 to see the spread between methods alone. runout_km can be given to tailings:tracedownstream as the per-facility maximum distance.&lt;br&gt;&lt;br&gt;&lt;b&gt;Population at risk&lt;/b&gt; (par): when settlements and rivers are given, each facility is traced downstream with tailings:tracedownstream up to its runout distance (central or upper end), and the populations of the settlements within the corridor of that pathway are summed. Settlement points count with their whole population: a coarse proxy. Without settlements and rivers (or without the tracing algorithm) par stays NULL and no class is given.&lt;br&gt;&lt;b&gt;Consequence class&lt;/b&gt; (GISTM 2020, Annex 2, Table 1) from the population at risk: Low (0), Significant (1–10), High (10–100), Very High (100–1,000), Extreme (&amp;gt; 1,000). Shared end points belong to the lower class (10 → Significant, 100 → High, 1,000 → Very High), as the table's '&amp;gt; 1,000' implies. consequence_by names the criterion that set the class.&lt;br&gt;&lt;br&gt;Bad input (volume ≤ 0, height 0, NULLs, unknown status strings, implausible volumes such as values in million m³) is reported per facility in the log and in hazard_notes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="54" />
      <source>Seismic hazard field (low / moderate / high or PGA g)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="176" />
      <source>Seismic hazard raster, PGA (g)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="65" />
      <source>Separate drainage systems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="52" />
      <source>Settlement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="349" />
      <source>Settlement name field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="756" />
      <source>Settlement, by population</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="341" />
      <source>Settlements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="24" />
      <source>Settlements (GeoNames)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="160" />
      <source>Settlements (default: bundled sample)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="182" />
      <source>Settlements (for the population at risk)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="51" />
      <source>Settlements downstream</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="40" />
      <source>Settlements exposed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="55" />
      <source>Settlements of unknown population</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="482" />
      <source>Slope field (m/m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="246" />
      <source>Snap distance (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="298" />
      <source>Snap distance to the river (m)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="207" />
      <source>Snapping {n} facilities to the river network...</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="766" />
      <source>Some exposed places lie within the lateral mixing length of the release (Fischer et al. 1979): their peak concentration is a cross-sectional mean; near the bank it can be higher.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="51" />
      <source>Source</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="163" />
      <source>Spreadsheet (XLSX)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="44" />
      <source>Status</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="277" />
      <source>Status and inspection</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="33" />
      <source>Status field</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="48" />
      <source>Status field (operating / inactive / closed / abandoned …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="36" />
      <source>Stored volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="47" />
      <source>Stored volume (m³)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="285" />
      <source>Stored volume (volume_m3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="45" />
      <source>Stored volume field (m³)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="287" />
      <source>Stored volume must be greater than 0 m³, found {v:g}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="294" />
      <source>Stored volume {v:g} m³ is outside the plausible range {lo:g}–{hi:g} m³: is the volume in m³ (not million m³ or thousand m³)?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="439" />
      <source>Summary by facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="194" />
      <source>THI</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="37" />
      <source>THI rank</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="223" />
      <source>THI scoring rules (JSON; default: bundled thi_scoring.json)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="172" />
      <source>Table (CSV)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="659" />
      <source>Tailings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="318" />
      <source>Tailings Hazard Index (THI)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/facility_model.py" line="193" />
      <source>Tailings Hazard Index from the hazard screening (higher = more hazardous)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/provider.py" line="44" />
      <source>Tailings downstream impact {version}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="97" />
      <source>Tailings facilities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="115" />
      <source>Tailings facilities (hazard screening output)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="72" />
      <source>Tailings facilities panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="405" />
      <source>Tailings facilities: downstream impact screening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="97" />
      <source>Tailings facility registry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="119" />
      <source>Tailings sample data</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="121" />
      <source>The DEM direction needs a DEM raster layer (DEM).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="890" />
      <source>The DEM direction needs an elevation sampler (a DEM layer).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="90" />
      <source>The DEM {path} has no coordinate reference system; assign one (e.g. EPSG:4326).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/dem.py" line="83" />
      <source>The DEM {path} is rotated or sheared; warp it to a north-up grid first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1051" />
      <source>The PDF {path} could not be written ({error}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="193" />
      <source>The Processing plugin is not enabled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="136" />
      <source>The algorithm needs more parameters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="119" />
      <source>The algorithm {id} is not available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="580" />
      <source>The assumed slope must be positive (m/m).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1025" />
      <source>The atlas has no page to render.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="624" />
      <source>The border tolerance must be 0 or a positive number of km.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="625" />
      <source>The constant velocity must be positive (m/s), found {v:g}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="414" />
      <source>The corridor width must be a positive number of metres (got {c}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="417" />
      <source>The corridor width {c:.0f} m is too large; use at most 200 km.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="536" />
      <source>The decay or settling rate must be 0 or positive (per hour).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="478" />
      <source>The depression near {lon:.4f} E, {lat:.4f} N drains only over a spill at {z:.1f} m; {n} cells were flooded to find it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="422" />
      <source>The downstream layers in the project hold no rows for it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="900" />
      <source>The elevation sampler returned {k} values for {n} points.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="374" />
      <source>The facility layer could not be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="402" />
      <source>The facility layer has no facility with an id and a location.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="379" />
      <source>The facility layer has no field '{f}'. Available fields: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="75" />
      <source>The field '{field}' ({label}) is not in the layer. Available fields: {available}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="534" />
      <source>The field '{f}' ({label}) is not in the layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="316" />
      <source>The field '{f}' is not in the facility layer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="656" />
      <source>The flow path from {lon:.5f} E, {lat:.5f} N has no drop: the DEM is flat there, so the path only follows the shortest route off the flat ({reason}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="435" />
      <source>The hazard index style was not loaded: {m}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="88" />
      <source>The id direction needs REACH_ID_FIELD and DOWNSTREAM_ID_FIELD.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="1019" />
      <source>The id direction needs a reach-id field and a downstream-id field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="392" />
      <source>The input field '{f}' is replaced by the result of the same name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="104" />
      <source>The layer has no coordinate reference system.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="98" />
      <source>The layers use different coordinate reference systems ({parts}); all are reprojected to WGS 84 for the analysis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="321" />
      <source>The layout template {name} cannot be used: {problems}. Give each item its id in QGIS (Item Properties ▸ Item ID) or start from the bundled template.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="256" />
      <source>The layout template {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="262" />
      <source>The layout template {path} is not valid XML.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="534" />
      <source>The leading-edge fraction must lie between 0 and 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="189" />
      <source>The map folder {f} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1071" />
      <source>The map of facility {fid} could not be written to {path} (QGIS error {code}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="178" />
      <source>The maximum fill depth must be zero or positive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="768" />
      <source>The node tolerance must be zero or positive, not {t}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="222" />
      <source>The pathway chainage (dist_km) has missing values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="224" />
      <source>The pathway chainage (dist_km) must not decrease downstream.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="266" />
      <source>The pathway layer could not be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="413" />
      <source>The pathway layer has no field 'facility_id'. Available fields: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="420" />
      <source>The pathway layer has no travel-time fields (from_h/to_h): pathways are drawn in one colour and without time marks. Use the PATHWAYS output of tailings:downstreamimpact.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="567" />
      <source>The pathway passes through a lake; the 1-D river model treats it as a river reach, so concentrations downstream of the lake are indicative only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="504" />
      <source>The population at risk could not be computed ({err}); par is left NULL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="455" />
      <source>The population at risk needs both settlements and rivers; par and consequence_class are left NULL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="538" />
      <source>The released mass must be 0 or positive (kg).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="99" />
      <source>The river layer has no usable line features.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="704" />
      <source>The river layer has no usable lines.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="777" />
      <source>The river layer has no valid line: {n} features, none with two or more distinct vertices.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="308" />
      <source>The river mask {path} is not on the DEM grid; resample it onto the DEM first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="100" />
      <source>The river slope is unknown: give a slope (m/m) to compute the shear velocity and dispersion.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="104" />
      <source>The river slope must be positive (m/m), e.g. 0.0001 for 10 cm per km.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/plugin.py" line="111" />
      <source>The sample data file is missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="780" />
      <source>The settlement layer has no '{n}' or '{p}' field: settlements are not labelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="185" />
      <source>The snap distance must be zero or positive (metres).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="489" />
      <source>The start point has no valid coordinates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="513" />
      <source>The start point {lon:.5f} E, {lat:.5f} N falls on a nodata cell of the DEM (a void or masked water body). Move the point onto land or fill the DEM voids first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/flowpath.py" line="497" />
      <source>The start point {lon:.5f} E, {lat:.5f} N lies outside the DEM (about {w:.3f} to {e:.3f} E, {s:.3f} to {n:.3f} N). Use a DEM that covers it, and check that the coordinate reference systems of the points and of the DEM are declared correctly.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="218" />
      <source>The stored volume must be greater than 0.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="465" />
      <source>The tracing algorithm {alg} is not available, so the population at risk cannot be computed; par and consequence_class are left NULL.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="34" />
      <source>The {label} layer could not be opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="51" />
      <source>The {label} layer has no coordinate reference system. Set it in the layer properties (Layer ▸ Layer CRS) and run again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="455" />
      <source>The {label} layer has no field 'facility_id'. Available fields: {names}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="44" />
      <source>The {label} layer has {got} geometries; {wanted} geometries are needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="37" />
      <source>The {label} layer is empty: it has no features to work with.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="767" />
      <source>The {name} layer could not be opened; it is left out.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="44" />
      <source>The {what} file {path} cannot be read: {msg}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="32" />
      <source>The {what} file {path} does not exist.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="38" />
      <source>The {what} file {path} is not valid JSON (line {line}, column {col}): {msg}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="48" />
      <source>The {what} file {path} must hold a JSON object at the top level.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="180" />
      <source>There are {a} longitudes for {b} latitudes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="1024" />
      <source>There are {a} reach ids and {b} downstream ids for {n} reaches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="93" />
      <source>There are {k} main-stem values for {n} reaches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="829" />
      <source>There are {k} reach kinds for {n} reaches.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="493" />
      <source>These facility ids are not in the facility layer: {ids}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/base.py" line="44" />
      <source>This algorithm needs the Python module(s) {names}, which QGIS cannot find. Install them, then restart QGIS. Debian/Ubuntu: sudo apt install {debian}. OSGeo4W (Windows): run the OSGeo4W installer and select the python3-{first} package. conda: conda install -c conda-forge {names_space}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="634" />
      <source>This facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="551" />
      <source>This facility has no geometry: it cannot be shown on the map.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="231" />
      <source>Time marks along the pathway (hours)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="52" />
      <source>Time marks must be hours separated by commas (e.g. 6, 24, 72); '{p}' is not a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="57" />
      <source>Time marks must be positive hours; got {v:g}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="65" />
      <source>To</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="206" />
      <source>Trace downstream pathways</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="312" />
      <source>Traced {n} facilities: {a} to an outlet, {b} to a terminal lake, {c} stopped at the maximum distance, {k} not on a river.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="333" />
      <source>Uncertainty band factors must be at least 1 (1 = spread between methods only).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="105" />
      <source>Unknown consequence class {v!r}; expected one of: {allowed}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="127" />
      <source>Unknown dispersion method {m}; use one of {ok}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="529" />
      <source>Unknown leading-edge method {m}; use one of {ok}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1040" />
      <source>Unknown map format {fmt}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="562" />
      <source>Unknown pathway kind {k}; use river, lake or overland.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="74" />
      <source>Unknown runout method {key!r}; known: {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="383" />
      <source>Unsupported image type {mime}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="216" />
      <source>Upper end of the range (runout_high_km)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="415" />
      <source>Use “Run downstream analysis” to trace this facility.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="47" />
      <source>Validate facility registry</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="204" />
      <source>Value is infinite.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="419" />
      <source>Velocity field (m/s)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="399" />
      <source>Velocity from</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="692" />
      <source>Velocity from a field was chosen: choose the velocity field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="696" />
      <source>Velocity from discharge was chosen: choose the discharge field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="235" />
      <source>Velocity must be positive (m/s){where}: {n} segment(s) have zero, negative or missing velocity (first at segment {i}). Fix the velocity field or give a constant velocity.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="49" />
      <source>Water hazard class (WGK 1–3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_validate_registry.py" line="32" />
      <source>Water hazard class field (1–3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="47" />
      <source>Water hazard class field (WGK 1–3)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="99" />
      <source>Writes one map page per facility, ready for a meeting: the facility and its downstream pathway coloured by the arrival time of the release (marks at 6, 24 and 72 h), rivers, lakes, settlements sized by population, exposed settlements in red, border crossings with their arrival time, an overview inset of Kazakhstan and its neighbours, a close-up of the facility when the pathway is long, legend, scale bar, north arrow, title (facility name and operator), tables of the exposed settlements and border crossings, date, data sources and a disclaimer that these are screening estimates.&lt;br&gt;Inputs are the outputs of &lt;b&gt;tailings:downstreamimpact&lt;/b&gt; (PATHWAYS, EXPOSED, CROSSINGS) and a facility layer (ideally the output of tailings:hazardscreening, whose thi, runout_km and consequence_class are shown). The output of tailings:tracedownstream also works as pathways (one colour, no time marks). Background layers default to the bundled sample data.&lt;br&gt;Formats: one PDF per facility, one multi-page PDF (impact_maps.pdf), or one PNG per facility; files are named by facility id. Pages are ordered by hazard index (highest first).&lt;br&gt;&lt;b&gt;Templates&lt;/b&gt;: A4 or A3 landscape, or your own .qpt edited in QGIS (start from resources/layouts/). The items are found by their id: main_map, overview_map, legend, title, exposed_table, crossings_table, scalebar, north_arrow, disclaimer are required; subtitle, date, data_sources, facility_map, exposed_caption, crossings_caption are optional. Labels may use the page fields, e.g. [% "name" %], [% "operator" %], [% "thi" %], [% "settlements_exposed" %], [% "first_border" %].</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="93" />
      <source>Writes the report that goes into the minutes: a single self-contained HTML file (styles and map images embedded, no external links; every name from the data is escaped) and a spreadsheet with one row per facility: hazard index, runout, consequence class, settlements and population exposed (and reached within 24 h), first border crossed with distance and arrival time, pathway length; plus a sheet (XLSX) or a second file (CSV, '_exposed' suffix) with every exposed settlement in downstream order.&lt;br&gt;Inputs: the facility layer (ideally the output of tailings:hazardscreening: thi, thi_rank, runout_km, consequence_class) and the outputs of tailings:downstreamimpact (EXPOSED, CROSSINGS, SUMMARY, PATHWAYS). Exposure and borders are counted from EXPOSED and CROSSINGS when given, else taken from SUMMARY.&lt;br&gt;Maps: PNG files named &lt;i&gt;facility_id&lt;/i&gt;.png in a folder (the PNG output of tailings:exportimpactmaps) are embedded; or tick 'Render maps' to draw small A4 pages from the pathways. XLSX needs the Python module openpyxl (python3-openpyxl); CSV is UTF-8 with a BOM so that spreadsheet programs read Cyrillic names.&lt;br&gt;All figures are screening estimates.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="309" />
      <source>Writing XLSX needs the Python module openpyxl, which is not installed. Install it (Debian/Ubuntu: sudo apt install python3-openpyxl; OSGeo4W: python3-openpyxl; conda: conda install -c conda-forge openpyxl) or leave the XLSX output empty and use the CSV.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="315" />
      <source>Wrote {n} files into {folder}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="164" />
      <source>[default: {f}]</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="64" />
      <source>a close-up of the facility, shown when the pathway is long</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="460" />
      <source>arrival h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="129" />
      <source>at least one method is needed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="638" />
      <source>concentration</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1137" />
      <source>consequence class {c}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="619" />
      <source>countries</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="612" />
      <source>country</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="483" />
      <source>crossings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="687" />
      <source>discharge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="684" />
      <source>downstream id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="149" />
      <source>duplicate part name {v!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="179" />
      <source>expected a [lower bound, score] pair.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="174" />
      <source>expected a non-empty list of [lower bound, score] pairs.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="127" />
      <source>expected a non-empty list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="88" />
      <source>expected a non-empty text.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="80" />
      <source>expected a number, found {v!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="72" />
      <source>expected an object.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="190" />
      <source>expected at least one category.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="96" />
      <source>expected one of {allowed}, found {v!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="478" />
      <source>exposed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="615" />
      <source>facilities</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="599" />
      <source>facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="61" />
      <source>facility facts under the title</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="631" />
      <source>facility id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="176" />
      <source>feature {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1147" />
      <source>first border {b}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1133" />
      <source>hazard index {v:.1f}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="243" />
      <source>in the future: check the date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="317" />
      <source>inputs missing: {parts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="307" />
      <source>item '{id}' ({purpose}) is missing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="313" />
      <source>item '{id}' must be {kind}, it is {got}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="557" />
      <source>kind needs one value per segment or per vertex.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="460" />
      <source>km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="715" />
      <source>lake</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="263" />
      <source>layer {name}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="246" />
      <source>less than a year ago</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="61" />
      <source>line</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="183" />
      <source>lower bounds must increase.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="689" />
      <source>main stem</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="636" />
      <source>mass</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="634" />
      <source>maximum distance</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="137" />
      <source>must be a unique field name, found {v!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="150" />
      <source>must be a unique lowercase identifier, found {v!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="185" />
      <source>must be at least 1 (1 = spread between methods only).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_data.py" line="82" />
      <source>must be greater than 0, found {v!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="171" />
      <source>must not exceed 1 (VF can never exceed VT).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="235" />
      <source>name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="204" />
      <source>needs at least one rule: 'log10', 'thresholds' or 'categories'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="190" />
      <source>no</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="329" />
      <source>none</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="439" />
      <source>none recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="388" />
      <source>none within the traced reach</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="133" />
      <source>not known</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="235" />
      <source>operator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1131" />
      <source>operator not recorded</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="314" />
      <source>partial</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="314" />
      <source>partial: missing {parts}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1139" />
      <source>pathway {v:,.0f} km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="461" />
      <source>peak mg/L</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="60" />
      <source>point</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="200" />
      <source>points to {t!r}, which is not a category.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="62" />
      <source>polygon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="843" />
      <source>population</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="682" />
      <source>reach id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="610" />
      <source>receptor</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="859" />
      <source>receptor name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="618" />
      <source>receptors</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_create_registry.py" line="37" />
      <source>required</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_check_network.py" line="69" />
      <source>river</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="616" />
      <source>rivers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1135" />
      <source>runout {v:.0f} km</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="127" />
      <source>self-intersection or too few points</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="607" />
      <source>settlement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="834" />
      <source>settlement name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="617" />
      <source>settlements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="688" />
      <source>slope</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="66" />
      <source>the caption of the border-crossing table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="65" />
      <source>the caption of the exposed-settlement table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="63" />
      <source>the data sources</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="52" />
      <source>the legend</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="50" />
      <source>the main map (facility and pathway)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="57" />
      <source>the north arrow</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="51" />
      <source>the overview inset of Kazakhstan and its neighbours</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="62" />
      <source>the print date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="56" />
      <source>the scale bar</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="58" />
      <source>the screening-estimate disclaimer</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="55" />
      <source>the table of border crossings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="54" />
      <source>the table of exposed settlements</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/templates.py" line="53" />
      <source>the title (facility name and operator)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="569" />
      <source>the tracing output could not be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="260" />
      <source>unnamed facility</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="686" />
      <source>velocity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="637" />
      <source>volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="192" />
      <source>volume_m3_min must be smaller than volume_m3_max.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="190" />
      <source>yes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="167" />
      <source>{alg} failed: see the Processing log for details.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="159" />
      <source>{alg} finished.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/alg_launcher.py" line="164" />
      <source>{alg} was cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="224" />
      <source>{d} is implausibly early.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="222" />
      <source>{d} is in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="274" />
      <source>{kind} coordinates are not lon/lat degrees: reproject the layer to EPSG:4326.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="199" />
      <source>{kind}: {n} points but {m} countries.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="189" />
      <source>{kind}: {n} points but {m} names.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="193" />
      <source>{kind}: {n} points but {m} population values.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="403" />
      <source>{km}, after {h}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="234" />
      <source>{k} facilities are farther than {d:.0f} m from any river and were not traced (end_reason no_river, distance reported).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="204" />
      <source>{k} facilities have no valid coordinates and were not traced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/tracing.py" line="192" />
      <source>{k} negative maximum distances were treated as no limit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="1030" />
      <source>{k} reaches have an empty reach id; fill the reach-id field.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="758" />
      <source>{k} settlements have no usable population ({d}); they are listed but not counted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="650" />
      <source>{layer} cannot be edited: the form opens read-only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="749" />
      <source>{msg} ({k} pathways)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="247" />
      <source>{n:.0f} years ago</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="194" />
      <source>{name} has {k} values; a pathway of {n} vertices needs 1, {s} (per segment) or {n} (per vertex).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="272" />
      <source>{name} is infinite.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="256" />
      <source>{name} is missing (NULL).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="67" />
      <source>{name} is missing (NaN).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/runout.py" line="260" />
      <source>{name} is missing (empty).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="61" />
      <source>{name} is missing.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="65" />
      <source>{name} is not a number: {v!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/consequence.py" line="69" />
      <source>{name} must be 0 or more, found {v:g}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="305" />
      <source>{name}: expected a number, found {v!r}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="301" />
      <source>{name}: unknown value {v!r}; expected one of: {allowed}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="265" />
      <source>{name}: {v!r} is not a finite number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="287" />
      <source>{name}: {v:g} is below the lowest threshold {lo:g}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="273" />
      <source>{name}: {v:g} is outside the valid range{hint}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="144" />
      <source>{n} cycles (reaches flowing into each other) were found and broken at one link each.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="85" />
      <source>{n} facilities checked: {e} errors, {w} warnings.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="822" />
      <source>{n} facilities did not reach a river within the snap distance: {ids}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="503" />
      <source>{n} facilities have no pathway and get no page.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/report.py" line="427" />
      <source>{n} facilities, {e} with exposed settlements, {b} whose pathway crosses a border.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="371" />
      <source>{n} facilities.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="274" />
      <source>{n} facilities. Choose one in the list, or click one on the map with Pick.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="418" />
      <source>{n} facilities: {c} with a complete hazard index, {r} with a runout estimate, {p} with a consequence class.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="143" />
      <source>{n} links through lakes were added (reach ending in a lake to its outflow).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_report.py" line="196" />
      <source>{n} map images found in {f}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_export_impact_maps.py" line="313" />
      <source>{n} map pages to write.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="135" />
      <source>{n} multipart reaches had gaps between parts, bridged by straight segments.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="271" />
      <source>{n} of {m} pathway segments have neither a velocity nor a discharge; give a constant velocity (m/s) for them.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard.py" line="140" />
      <source>{n} of {total} facilities have a partial hazard index (see thi_complete and thi_missing).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_trace_downstream.py" line="330" />
      <source>{n} of {t} facilities joined the network through an assumed overland leg.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hydraulics.py" line="280" />
      <source>{n} pathway segments have no velocity or discharge; used the constant {v} m/s.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="781" />
      <source>{n} pathway vertices lie in more than one country polygon; the first polygon is used.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/exposure.py" line="788" />
      <source>{n} pathway vertices lie in no country polygon; they are labelled '{u}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_downstream_impact.py" line="815" />
      <source>{n} pathways branch at a bifurcation; only the first branch is analysed. Choose a main stem field (or a discharge field) to follow the main stem.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="138" />
      <source>{n} reach ends were joined within the node tolerance.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="134" />
      <source>{n} reaches are empty, zero-length or invalid lines and were ignored.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="142" />
      <source>{n} reaches end in a lake without outflow (terminal lake).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="141" />
      <source>{n} reaches end without a downstream reach and outside any lake.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="153" />
      <source>{n} reaches have equal or missing elevations at both ends; digitised direction kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="147" />
      <source>{n} reaches have two or more downstream reaches (bifurcations).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="139" />
      <source>{n} reaches join another reach mid-line; it was split there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="148" />
      <source>{n} reaches point to a downstream id that does not exist; treated as outlets.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="151" />
      <source>{n} reaches repeat a reach id; only the first is linked to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="140" />
      <source>{n} reaches start on the interior of another reach (not linked).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="152" />
      <source>{n} reaches were reversed to run downstream.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/alg_hazard_screening.py" line="604" />
      <source>{n} settlements have no usable population and count as 0 in the population at risk.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/maps/layout_builder.py" line="1142" />
      <source>{n} settlements, {p:,.0f} people exposed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="200" />
      <source>{n} {label} features have no usable line geometry and were skipped.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../processing_algorithms/layer_io.py" line="160" />
      <source>{n} {label} have no geometry and were skipped: {ids}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="390" />
      <source>{route} at {km}, arrival after {h}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="373" />
      <source>{shown} of {n} facilities match the search.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/hazard_index.py" line="161" />
      <source>{v!r} is not a key of 'sources'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/network.py" line="129" />
      <source>{valid} of {reaches} reaches are valid lines; {components} separate drainage systems.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="212" />
      <source>{v} is above the plausible maximum {m:g}: check the unit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="210" />
      <source>{v} is below the plausible minimum {m:g}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="206" />
      <source>{v} is not a whole number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/core/registry.py" line="209" />
      <source>{v} must be positive.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="538" />
      <source>{what}: choose a facility first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="533" />
      <source>{what}: the algorithm {id} is not available (is the Tailings provider enabled?).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/dock.py" line="536" />
      <source>{what}: wait for the running analysis to finish.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../tailings_qgis_plugin/gui/record_card.py" line="475" />
      <source>… and {n} more (see the layer {name}).</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
