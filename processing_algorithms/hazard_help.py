"""Help text and small feedback helpers of tailings:hazardscreening (split from alg_hazard_screening.py).

The help is kept apart from the code, as QGIS's own Processing algorithms do; its figures (interval
factors, n, coverage on the failure record) are filled in from ``resources/hazard/failure_record_fit.json``.
"""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsWkbTypes

from tailings_qgis_plugin.core.common import tr_noop
from tailings_qgis_plugin.core.hazard_interval import load_failure_record_fit

HELP = tr_noop(
    "Screens tailings facilities before any tracing: Tailings Hazard Index, released volume, runout "
    "distance, population at risk and consequence class. Writes a copy of the facilities with the "
    "results and a graduated style on <b>thi</b>. Screening estimates, not a dam-break study.<br><br>"
    "<b>Tailings Hazard Index</b> (structure of the UNECE / German Environment Agency TMF methodology: "
    "UBA Dokumentationen 01/2016; UBA Texte 185/2020, Kovács et al. 2020, with the ICPDR): "
    "thi = thi_cap + thi_tox + thi_man + thi_nat + thi_dam, where thi_cap = log10(stored volume in m³), "
    "thi_tox from the German water hazard class (WGK 1–3), thi_man from the facility status, "
    "thi_nat = flood + seismic hazard, thi_dam from the dam condition. The scores are placeholders "
    "marked [verify] in resources/hazard/thi_scoring.json (each rule with its source and status); "
    "replace them with the official spreadsheet values there, or pass your own file as "
    "'THI scoring rules'. A missing or unusable input is never scored 0: the index is then a partial "
    "sum, <b>thi_complete</b> is false and <b>thi_missing</b> names the missing parts (e.g. "
    "'flood;dam_safety'); thi_rank ranks the assessed facilities (1 = highest), partial ones included.<br>"
    "Flood and seismic hazard come from a field (category or number) or, where the field is NULL, "
    "from a raster sampled at the facility (band 1: 100-year flood depth in m; peak ground "
    "acceleration in g, 10% in 50 years).<br><br>"
    "<b>Released volume and runout</b> (VT stored volume, VF released volume in million m³, H dam "
    "height in m, Dmax in km):<br>"
    "• Rico, Benito &amp; Díez-Herrero (2008): VF = 0.354·VT^1.01; Dmax = 1.61·(H·VF)^0.66 "
    "(fields vf_rico_m3, runout_rico_km);<br>"
    "• Concha Larrauri &amp; Lall (2018): VF = 0.332·VT^0.95; Dmax = 3.04·Hf^0.545 with "
    "Hf = H·(VF/VT)·VF (fields vf_cll_m3, runout_cll_km).<br>"
    "VF never exceeds VT (cap max_release_fraction = 1 in resources/hazard/runout_methods.json; one "
    "public implementation uses 0.95). The runout coefficients are marked [verify] there.<br>"
    "<b>vf_m3</b> and <b>runout_km</b> are the central estimates: the geometric mean of the two methods "
    "(both are log-log regressions), with the published coefficients. <b>Ranges</b> (vf_low_m3–vf_high_m3, "
    "runout_low_km–runout_high_km): per method the prediction interval (INTERVAL, 90 % by default) of a "
    "log-log least-squares refit of the same regression on the public record of tailings dam failures "
    "(Chambers et al. 2023, CSP2; scripts/fit_failure_record.py, resources/hazard/failure_record_fit.json): "
    "central · 10^(±t·s·√(1 + 1/n + (x0 − x̄)²/Sxx)). The scatter is large: about ×/÷{fv:.0f} for the "
    "released volume (n = {nv}) and ×/÷{fd:.0f} for the runout (n = {nd}) at 90 %. Coverage on the record: "
    "{cd:.0%} of {ncd} observed runouts and {cv:.0%} of {ncv} released volumes lie inside the plugin's 90 % "
    "range. The band factors multiply the range further (1 = none). interval_level says which level a "
    "row uses. runout_km can be given to tailings:tracedownstream as the per-facility maximum distance.<br>"
    "<b>Units</b>: VOLUME_UNIT says whether the volume field is in m³, thousand m³ (тыс. м³) or million m³; "
    "it is applied before any formula, and a warning says when the values look like another unit.<br>"
    "<b>Missing is missing</b>: a facility without stored volume or dam height gets no released volume, no "
    "runout, no class and no rank (scenario_source = none), unless a user scenario (advanced: stored "
    "volume and dam height) is given; scenario_source then says 'user scenario'. thi_rank ranks the "
    "assessed facilities only; ties share the best rank (1, 2, 2, 4).<br><br>"
    "<b>Population at risk</b>: when settlements and rivers are given, each facility is traced down the "
    "river network (digitised direction) to its central runout (par) and to its upper runout (par_high), "
    "and the populations of the settlements within the corridor of that pathway are summed (the same "
    "engine function as tailings:downstreamimpact). Settlements count with their whole population: a "
    "coarse proxy. Without settlements and rivers par stays NULL and no class is given.<br>"
    "<b>Consequence class</b> (GISTM 2020, Annex 2, Table 1) from the people inside the runout zone "
    "(par_high by default, conservative; 'Runout used for the population at risk' picks the central one; "
    "consequence_basis says which): Low (0), "
    "Significant (1–10), High (10–100), Very High (100–1,000), Extreme (&gt; 1,000). Shared end points "
    "belong to the lower class (10 → Significant, 100 → High, 1,000 → Very High), as the table's "
    "'&gt; 1,000' implies. consequence_by names the criterion that set the class.<br><br>"
    "Bad input (volume ≤ 0, height 0, NULLs, unknown status strings, implausible volumes such as "
    "values in million m³) is reported per facility in the log and in hazard_notes. Every row carries the "
    "run's assumptions in the field assumptions."
)


def _fit_figures():
    """Figures of the failure-record fit quoted in the help (read from the fit file, never typed in)."""
    fit = load_failure_record_fit()
    rel, run = fit.fit("release_volume"), fit.fit("H*VF")
    return {
        "fv": rel.factor(10**rel.x_mean, 0.9),
        "nv": rel.n,
        "fd": run.factor(10**run.x_mean, 0.9),
        "nd": run.n,
        "cd": fit.coverage.get("runout_chain", float("nan")),
        "cv": fit.coverage.get("release_volume", float("nan")),
        "ncd": fit.counts.get("runout_chain", 0),
        "ncv": fit.counts.get("release_volume", 0),
    }


def _point(geometry):
    """A representative QgsPointXY of a facility geometry (point on surface of a polygon), or None."""
    if geometry is None or geometry.isNull() or geometry.isEmpty():
        return None
    g = QgsGeometry(geometry)
    if QgsWkbTypes.geometryType(g.wkbType()) == QgsWkbTypes.PolygonGeometry:
        g = g.pointOnSurface()
    if g.isMultipart():
        g = g.centroid()
    return g.asPoint()
