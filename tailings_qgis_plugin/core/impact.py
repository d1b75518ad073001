"""Downstream impact of each pathway: exposure, arrival, concentration, border crossings, summary rows.

Split from :mod:`.exposure` (corridor search) and :mod:`.borders` (countries). One pathway model
(:class:`.exposure.Pathway`, assembled from a trace by :func:`.pathway.assemble_pathways`) feeds both
``tailings:downstreamimpact`` and the population at risk of ``tailings:hazardscreening``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .borders import Countries, border_crossings, countries_in_order
from .common import SubFeedback, TailingsError, check_cancel, ensure_feedback, tr
from .exposure import _POP_FLAGS, Places, _check_corridor, corridor_search
from .hydraulics import plume_profile
from .lazy import np
from .pathway import overland_position, population_by_facility


@dataclass
class ImpactResult:
    """Rows for the EXPOSED, CROSSINGS and SUMMARY outputs, and one plume profile per pathway."""

    exposed: list
    crossings: list
    summary: list
    profiles: list
    warnings: list = field(default_factory=list)


def analyse_downstream_impact(
    pathways,
    settlements: Places | None = None,
    receptors: Places | None = None,
    countries: Countries | None = None,
    corridor_m=2000.0,
    border_tolerance_km=5.0,
    hydraulics=None,
    feedback=None,
) -> ImpactResult:
    """Exposure, arrival, concentration and border crossings for each pathway.

    ``hydraulics``: keyword arguments for :func:`core.hydraulics.plume_profile` (e.g.
    ``fallback_velocity_m_s``, ``assumed_slope``, ``decay_per_h``, ``method``, ``leading_edge``,
    ``coefficients``); per-pathway velocity, discharge, slope, kind and mass come from each :class:`Pathway`.
    """
    fb = ensure_feedback(feedback)
    corridor_m = _check_corridor(corridor_m)
    pathways = list(pathways)
    warnings = []

    def warn(msg):
        warnings.append(msg)
        fb.pushWarning(msg)

    profiles = _profiles(pathways, dict(hydraulics or {}), fb, warn)
    exposed, people = _exposure(pathways, profiles, (settlements, receptors), countries, corridor_m, fb, warn)
    labels_all = _vertex_countries(pathways, countries, feedback, warn)
    offsets = np.concatenate([[0], np.cumsum([pw.coords.shape[0] for pw in pathways])])
    exposed.sort(key=lambda r: (r["_path"], r["dist_km"], r["kind"]))
    by_path = {}
    for r in exposed:
        by_path.setdefault(r["_path"], []).append(r)

    crossings = []
    summary = []
    located = {}  # border changes located once per segment (pathways share downstream trunks)
    for j, (pw, prof) in enumerate(zip(pathways, profiles)):
        check_cancel(feedback)
        fb.setProgress(90.0 + 10.0 * j / max(len(pathways), 1))
        cross = []
        order = []
        if countries is not None:
            lab = labels_all[offsets[j] : offsets[j + 1]]
            cross = border_crossings(pw, countries, border_tolerance_km, labels=lab, cache=located)
            order = countries_in_order(lab, cross, countries)
        # arrival and peak at every crossing and at the end of the pathway in one call
        at = prof.at(np.array([c["dist_km"] for c in cross] + [pw.chainage_km[-1]]))
        for k, c in enumerate(cross):
            c["facility_id"] = pw.facility_id
            c["arrival_h"] = float(at["arrival_h"][k])
            c["peak_h"] = float(at["peak_h"][k])
        crossings.extend(cross)
        end_at = {key: values[-1:] for key, values in at.items()}
        population = people.get(pw.facility_id, 0.0) if settlements is not None else 0.0
        summary.append(_summary_row(pw, prof, by_path.get(j, []), cross, order, population, end_at))
    for r in exposed:
        r.pop("_path", None)
    fb.setProgress(100.0)
    return ImpactResult(exposed, crossings, summary, profiles, warnings)


def _profiles(pathways, hyd, fb, warn):
    """One plume profile per pathway (0-10 % of the progress); each distinct warning reported once."""
    col = SubFeedback(fb, collect={})  # warnings once per distinct text (many pathways, same message)
    profiles = []
    for j, pw in enumerate(pathways):
        check_cancel(fb)
        try:
            prof = plume_profile(
                pw.chainage_km,
                pw.velocity_m_s,
                pw.discharge_m3_s,
                slope=pw.slope,
                kind=pw.kind,
                mass_kg=pw.mass_kg,
                feedback=col,
                **hyd,
            )
        except TailingsError as e:
            raise TailingsError(tr("Facility {fid}: {msg}").format(fid=pw.facility_id, msg=e)) from e
        profiles.append(prof)
        fb.setProgress(10.0 * (j + 1) / max(len(pathways), 1))
    for text, k in col.collected.items():
        warn(text if k == 1 else tr("{msg} ({k} pathways)").format(msg=text, k=k))
    return profiles


def _exposure(pathways, profiles, place_sets, countries, corridor_m, fb, warn):
    """Exposed rows of the settlements and receptors within the corridor (10-90 % of the progress), and
    the population reached per facility."""
    exposed = []
    people = {}
    for places, base_pct in zip(place_sets, (10.0, 50.0)):
        if places is None:
            continue
        bad = {f: places.pop_flags.count(f) for f in _POP_FLAGS if places.pop_flags.count(f)}
        if bad and places.kind == "settlement":
            warn(
                tr(
                    "{k} settlements have no usable population ({d}); they are listed but not counted."
                ).format(k=sum(bad.values()), d=", ".join(f"{n} {f}" for f, n in bad.items()))
            )
        hits = corridor_search(
            pathways, places, corridor_m, feedback=SubFeedback(fb, base_pct, base_pct + 30.0)
        )
        if places.kind == "settlement":
            people = population_by_facility(pathways, places, hits)
        exposed.extend(_exposed_rows(pathways, profiles, places, hits, countries))
    if any((not r["mixed"]) and r["peak_conc_mg_l"] is not None for r in exposed):
        warn(
            tr(
                "Some exposed places lie within the lateral mixing length of the release "
                "(Fischer et al. 1979): their peak concentration is a cross-sectional mean; near the bank it "
                "can be higher."
            )
        )
    return exposed, people


def _vertex_countries(pathways, countries, feedback, warn):
    """Country index of every pathway vertex (all pathways, in order), or None without countries."""
    if countries is None or not pathways:
        return None
    xs = np.concatenate([pw.coords[:, 0] for pw in pathways])
    ys = np.concatenate([pw.coords[:, 1] for pw in pathways])
    labels_all, n_overlap = countries.classify(xs, ys, feedback)
    if n_overlap:
        warn(
            tr(
                "{n} pathway vertices lie in more than one country polygon; the first polygon is used."
            ).format(n=n_overlap)
        )
    n_gap = int((labels_all < 0).sum())
    if n_gap:
        warn(
            tr(
                "{n} pathway vertices lie in no country polygon (a gap, a sea or a lake); they are "
                "counted in the last country the pathway was in."
            ).format(n=n_gap)
        )
    return labels_all


def _summary_row(pw, prof, mine, cross, order, population, end_at=None):
    """The SUMMARY row of one pathway: its exposed rows ``mine``, border crossings and countries in order
    (``end_at``: ``prof.at`` at the end of the pathway, when the caller has it)."""
    rows = [r for r in mine if r["kind"] == "settlement"]
    pops = [(r["population"], r["arrival_h"]) for r in rows if r["population"] is not None]
    first = next((c for c in cross if c["from_country"] != c["to_country"]), cross[0] if cross else None)
    if end_at is None:
        end_at = prof.at(np.array([pw.chainage_km[-1]]))
    return {
        "facility_id": pw.facility_id,
        "n_settlements": len(rows),
        "population": population,
        "population_24h": float(sum(p for p, a in pops if a <= 24.0)),
        "population_72h": float(sum(p for p, a in pops if a <= 72.0)),
        "n_pop_unknown": sum(1 for r in rows if r["population"] is None),
        "n_receptors": len(mine) - len(rows),
        "countries": " > ".join(order),
        "n_borders": len(cross),
        "first_border_km": None if first is None else first["dist_km"],
        "first_border_h": None if first is None else first["arrival_h"],
        "first_border_to": None if first is None else first["to_country"],
        "end_km": float(pw.chainage_km[-1]),
        "end_h": float(end_at["arrival_h"][0]),
        "end_travel_time_h": float(end_at["travel_time_h"][0]),
        "end_lon": float(pw.coords[-1, 0]),
        "end_lat": float(pw.coords[-1, 1]),
        "end_reason": pw.end_reason,
        "end_peak_conc_mg_l": _none_if_nan(end_at["peak_conc_mg_l"][0]),
        "slope_assumed": bool(prof.slope_assumed_at(np.array([pw.chainage_km[-1]]))[0]),
    }


def _none_if_nan(v):
    v = float(v)
    return None if not math.isfinite(v) else v


def _exposed_rows(pathways, profiles, places, hits, countries):
    rows = []
    if hits.path.size == 0:
        return rows
    place_country = None
    if places.country is None and countries is not None:
        # country of the place itself (a settlement across the river may lie in the other country)
        first_sample = np.full(places.n, -1)
        first_sample[places.owner[::-1]] = np.arange(places.owner.size)[::-1]
        need = np.unique(hits.place)
        lab, _ = countries.classify(places.lon[first_sample[need]], places.lat[first_sample[need]])
        place_country = dict(zip(need.tolist(), lab.tolist()))
    # hits are sorted by pathway: one contiguous block per pathway
    bounds = np.flatnonzero(np.diff(hits.path)) + 1
    for sel in np.split(np.arange(hits.path.size), bounds):
        p = int(hits.path[sel[0]])
        at = profiles[p].at(hits.dist_km[sel])
        pw = pathways[p]
        on_leg, leg_km = overland_position(pw, hits.dist_km[sel])
        assumed = profiles[p].slope_assumed_at(hits.dist_km[sel])
        for k, h in enumerate(sel):
            i = int(hits.place[h])
            if places.country is not None:
                country = places.country[i]
            elif place_country is not None:
                country = countries.name(place_country[i])
            else:
                country = None
            pop = places.population[i]
            rows.append(
                {
                    "_path": int(p),
                    "facility_id": pw.facility_id,
                    "kind": places.kind,
                    "place_index": i,
                    "name": places.names[i],
                    "population": None if not np.isfinite(pop) else float(pop),
                    "population_flag": places.pop_flags[i],
                    "country": country,
                    "dist_km": float(hits.dist_km[h]),
                    "offset_m": float(hits.offset_m[h]),
                    "river_lon": float(hits.near_lon[h]),
                    "river_lat": float(hits.near_lat[h]),
                    "arrival_h": float(at["arrival_h"][k]),
                    "peak_h": float(at["peak_h"][k]),
                    "travel_time_h": float(at["travel_time_h"][k]),
                    "peak_conc_mg_l": _none_if_nan(at["peak_conc_mg_l"][k]),
                    "peak_conc_lo_mg_l": _none_if_nan(at["peak_conc_lo_mg_l"][k]),
                    "peak_conc_hi_mg_l": _none_if_nan(at["peak_conc_hi_mg_l"][k]),
                    "dilution": _none_if_nan(at["dilution"][k]),
                    "mixed": bool(at["mixed"][k]),
                    "on_overland_leg": bool(on_leg[k]),
                    "overland_dist_km": _none_if_nan(leg_km[k]),
                    "slope_assumed": bool(assumed[k]),
                }
            )
    rows.sort(key=lambda r: (r["_path"], r["dist_km"], r["kind"]))
    return rows
