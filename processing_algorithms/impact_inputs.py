"""Inputs of tailings:downstreamimpact: facilities and the layers exposure is counted on (split from
alg_downstream_impact.py, issue 12: modules under ~600 lines)."""

from __future__ import annotations

import math

from qgis.core import QgsGeometry, QgsProcessingException, QgsWkbTypes

from tailings_qgis_plugin.core.common import check_cancel
from tailings_qgis_plugin.core.hydraulics import release_mass_kg
from tailings_qgis_plugin.core.lazy import np
from tailings_qgis_plugin.core.plausibility import number_problem
from tailings_qgis_plugin.core.registry import is_missing
from tailings_qgis_plugin.core.runout import volume_to_m3

from .layer_io import iterate, read_polygons, to_wgs84_transform
from .plausibility_io import enforce_facility_checks, part_count
from .population_io import read_places


def _num(v):
    if is_missing(v):
        return math.nan
    try:
        return float(v)
    except (TypeError, ValueError):
        return math.nan


def _plausible(value, key, flag, flags):
    """``value`` when it is missing or a plausible number for ``key`` (core/plausibility.py), else None with
    ``flag`` appended to ``flags``."""
    if is_missing(value):
        return None
    if number_problem(value, key):
        flags.append(flag)
        return None
    return value


def _warn_implausible(alg, feedback, ids, value_flags):
    """One warning naming the facilities whose mass or volume was treated as missing."""
    bad = [(ids[i], f) for i, f in enumerate(value_flags) if f]
    if bad:
        feedback.pushWarning(
            alg.tr(
                "{n} facilities have an implausible released mass or volume (text, not finite, negative or "
                "above 1e10 m³), treated as missing and flagged in the summary: {ids}."
            ).format(n=len(bad), ids=", ".join(i for i, _f in bad[:20]) + (" …" if len(bad) > 20 else ""))
        )


def read_facilities(alg, parameters, context, fac, feedback):
    """``(ids, lonlat (n, 2), maximum distance km per facility, release mass kg or None, volume unit,
    plausibility flags per facility)``."""
    # --- facility fields
    id_field = alg._field(
        parameters, alg.FACILITY_ID_FIELD, context, fac, alg.tr("facility id"), "facility_id", feedback
    )
    maxd_field = alg._field(parameters, alg.MAX_DISTANCE_FIELD, context, fac, alg.tr("maximum distance"))
    mass_field = alg._field(parameters, alg.MASS_FIELD, context, fac, alg.tr("mass"))
    vol_field = alg._field(parameters, alg.VOLUME_FIELD, context, fac, alg.tr("volume"))
    conc_field = alg._field(parameters, alg.CONCENTRATION_FIELD, context, fac, alg.tr("concentration"))
    mass_c = alg.parameterAsDouble(parameters, alg.MASS, context) or None
    unit = alg.parameterAsEnum(parameters, alg.VOLUME_UNIT, context)
    vol_c = volume_to_m3(alg.parameterAsDouble(parameters, alg.VOLUME, context) or None, unit)
    conc_c = alg.parameterAsDouble(parameters, alg.CONCENTRATION, context) or None
    max_c = alg.parameterAsDouble(parameters, alg.MAX_DISTANCE, context)

    to_wgs = to_wgs84_transform(fac, context)
    ids, lonlat, maxd, masses = [], [], [], []
    raw_ids, parts, feature_ids = [], [], []  # for the shared plausibility checks
    value_flags = []  # per facility: implausible numbers treated as missing
    for feature in iterate(fac, feedback, progress_span=(0.0, 5.0)):
        g = feature.geometry()
        if g is None or g.isNull() or g.isEmpty():
            feedback.pushWarning(alg.tr("Facility {fid} has no geometry: skipped.").format(fid=feature.id()))
            continue
        g = QgsGeometry(g)
        if QgsWkbTypes.geometryType(g.wkbType()) == QgsWkbTypes.PolygonGeometry:
            g = g.pointOnSurface()
        g.transform(to_wgs)
        p = g.asPoint() if not g.isMultipart() else g.centroid().asPoint()
        fid = feature[id_field] if id_field else None
        ids.append(str(feature.id()) if is_missing(fid) else str(fid))
        raw_ids.append(fid)
        parts.append(part_count(feature.geometry()))
        feature_ids.append(feature.id())
        lonlat.append((p.x(), p.y()))
        d = _num(feature[maxd_field]) if maxd_field else math.nan
        maxd.append(d if d > 0 else (max_c if max_c > 0 else math.inf))
        # an implausible number (text, not finite, negative, a volume above 1e10 m³) is treated as missing,
        # with a warning and the row's flag (issue 13; core/plausibility.py)
        row_flags = []
        mass = _plausible(
            feature[mass_field] if mass_field else None, "mass_kg", "implausible_mass", row_flags
        )
        vol = volume_to_m3(feature[vol_field], unit) if vol_field else None
        vol = _plausible(vol, "volume_m3", "implausible_volume", row_flags)
        value_flags.append(row_flags)
        m = release_mass_kg(
            mass if mass is not None else mass_c,
            vol if vol is not None else vol_c,
            feature[conc_field] if conc_field and not is_missing(feature[conc_field]) else conc_c,
        )
        masses.append(m)
    check_cancel(feedback)
    if not ids:
        raise QgsProcessingException(alg.tr("No facility has a usable geometry."))
    check = enforce_facility_checks(raw_ids if id_field else None, lonlat, parts, feature_ids, fac, feedback)
    ids = check.ids
    flags = [";".join(f for f in [geo, *extra] if f) for geo, extra in zip(check.flags, value_flags)]
    _warn_implausible(alg, feedback, ids, value_flags)
    lonlat = np.asarray(lonlat, dtype=float)
    if all(m is None for m in masses):
        feedback.pushInfo(
            alg.tr("No release mass given (mass, or volume and concentration): concentrations stay NULL.")
        )

    return ids, lonlat, maxd, masses, unit, flags


def read_exposure_layers(alg, parameters, context, feedback, settle, receptors, countries_src):
    """``(settlements, receptors, countries)``: engine objects, None where the layer is not given."""
    settlements = None
    if settle is not None:
        name_f = alg._field(
            parameters,
            alg.SETTLEMENT_NAME_FIELD,
            context,
            settle,
            alg.tr("settlement name"),
            "name",
            feedback,
        )
        pop_f = alg._field(
            parameters,
            alg.POPULATION_FIELD,
            context,
            settle,
            alg.tr("population"),
            "population",
            feedback,
        )
        if not pop_f:
            feedback.pushWarning(alg.tr("No population field: settlements are listed without population."))
        settlements = read_places(settle, context, feedback, name_f, pop_f, "settlement")
    rec = None
    if receptors is not None:
        rname = alg._field(
            parameters,
            alg.RECEPTOR_NAME_FIELD,
            context,
            receptors,
            alg.tr("receptor name"),
            "name",
            feedback,
        )
        rec = read_places(receptors, context, feedback, rname, None, "receptor")
    countries = None
    if countries_src is not None:
        cf = alg._field(
            parameters,
            alg.COUNTRY_FIELD,
            context,
            countries_src,
            alg.tr("country"),
            "country",
            feedback,
        )
        geoms, names = read_polygons(countries_src, context, feedback, cf)
        check_cancel(feedback)
        from tailings_qgis_plugin.core.exposure import Countries  # engine: loaded when run

        countries = Countries(geoms, names)

    return settlements, rec, countries
