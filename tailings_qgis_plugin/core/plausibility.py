"""Plausibility checks shared by every algorithm: one rule book, so the same input is treated the same way.

What is refused and what is flagged (README, "Honest limits"):

- **Refused** (the algorithm stops with a message naming the facilities):
  coordinates outside the valid range of longitude/latitude (after reprojection to WGS 84), facilities
  made of several parts (a multipoint's centroid may lie in another basin), duplicate facility ids (the
  results of one would be given to the other). ``tailings:validateregistry`` lists the same cases as
  errors instead of stopping, since listing problems is its job.
- **Flagged** (processed with a warning naming the row, and a note in the row's output):
  empty or NULL facility ids (replaced by ``feature <n>``), coordinates outside the area of use of the
  layer's CRS, numbers that are not finite, negative, or above the plausible maxima below (treated as
  missing).

The maxima are physical ceilings, far above any real facility, chosen to catch unit and typing errors:

- population of one place: 5 x 10^7. The largest urban agglomeration, Tokyo, has 3.7 x 10^7 inhabitants
  (UN DESA, World Urbanization Prospects 2018).
- dam height: 350 m. The highest dams are 305 m (Jinping-I) and 335 m (Rogun, under construction)
  (ICOLD World Register of Dams, 2020); tailings dams are lower.
- stored volume: 10^10 m^3. The largest tailings facilities hold a few 10^9 m^3 (Franks et al. 2021,
  "Tailings facility disclosures reveal stability risks", Scientific Reports 11:5353; Global Tailings
  Portal).

Pure Python (no QGIS): the Processing adapters call these functions and turn the results into
exceptions, warnings and output fields.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .common import is_missing, tr
from .numbers import compact

MAX_POPULATION = 5.0e7  # UN DESA (2018): Tokyo 3.7e7
MAX_DAM_HEIGHT_M = 350.0  # ICOLD (2020): Jinping-I 305 m, Rogun 335 m
MAX_VOLUME_M3 = 1.0e10  # Franks et al. (2021): largest tailings facilities a few 1e9 m3

#: key -> (maximum, unit)
LIMITS = {
    "population": (MAX_POPULATION, ""),
    "dam_height_m": (MAX_DAM_HEIGHT_M, "m"),
    "volume_m3": (MAX_VOLUME_M3, "m³"),
}


def number_problem(value, key: str):
    """``None`` when ``value`` is missing or a plausible number for ``key``; else a short reason.

    Text holding a number (``"1 500"``, ``"1,5e6"``) is parsed; other text is 'not a number'.
    """
    if is_missing(value):
        return None
    if isinstance(value, str):
        text = value.strip().replace(" ", "").replace("\u00a0", "").replace(",", ".")
        try:
            value = float(text)
        except ValueError:
            return tr("'{v}' is not a number").format(v=value)
    try:
        x = float(value)
    except (TypeError, ValueError):
        return tr("'{v}' is not a number").format(v=value)
    if not math.isfinite(x):
        return tr("{v} is not a finite number").format(v=value)
    if x < 0:
        return tr("{v} is negative").format(v=value)
    limit = LIMITS.get(key)
    if limit is not None and x > limit[0]:
        return tr("{v} is above the plausible maximum {m} {unit}").format(
            v=compact(x), m=compact(limit[0]), unit=limit[1]
        )
    return None


def screen_record(record: dict):
    """``(record copy with implausible numbers set to None, [notes])`` for the keys of :data:`LIMITS`."""
    clean = dict(record)
    notes = []
    for key in LIMITS:
        if key not in clean:
            continue
        reason = number_problem(clean[key], key)
        if reason:
            notes.append(tr("{key}: {reason}; treated as missing.").format(key=key, reason=reason))
            clean[key] = None
    return clean, notes


def lonlat_problem(lon, lat):
    """``None`` for a valid WGS 84 position, else a reason (not finite, latitude or longitude out of range)."""
    try:
        lon, lat = float(lon), float(lat)
    except (TypeError, ValueError):
        return tr("no coordinates")
    if not (math.isfinite(lon) and math.isfinite(lat)):
        return tr("coordinates are not finite")
    if not -90.0 <= lat <= 90.0:
        return tr("latitude {lat} is outside -90…90").format(lat=compact(lat))
    if not -180.0 <= lon <= 180.0:
        return tr("longitude {lon} is outside -180…180").format(lon=compact(lon))
    return None


def outside_bounds(lon, lat, bounds, margin_deg: float = 1.0) -> bool:
    """Whether a position lies outside ``bounds`` = (west, south, east, north) by more than ``margin_deg``."""
    if bounds is None:
        return False
    west, south, east, north = bounds
    if not all(math.isfinite(v) for v in bounds) or east <= west or north <= south:
        return False
    if west <= -179.0 and east >= 179.0:
        return not (south - margin_deg <= lat <= north + margin_deg)
    return not (
        west - margin_deg <= lon <= east + margin_deg and south - margin_deg <= lat <= north + margin_deg
    )


@dataclass
class FacilityCheck:
    """Result of :func:`check_facilities`: ids to use, refusals and warnings, a flag text per facility."""

    ids: list
    errors: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    flags: list = field(default_factory=list)

    def message(self, limit: int = 15) -> str:
        """The refusal message (empty when nothing is refused)."""
        if not self.errors:
            return ""
        shown = self.errors[:limit]
        more = len(self.errors) - len(shown)
        text = " ".join(shown)
        if more:
            text += " " + tr("… and {n} more.").format(n=more)
        return text


def check_facilities(
    raw_ids, lonlat, parts=None, feature_ids=None, crs_bounds=None, crs_name=""
) -> FacilityCheck:
    """Check facility ids, positions and parts (see module doc for what is refused and what is flagged).

    ``raw_ids``: the id field's values (None without an id field: feature numbers are used, which is not
    an error); ``lonlat``: WGS 84 positions (None for a facility without geometry, skipped);
    ``parts``: number of parts of each geometry; ``crs_bounds``: area of use of the layer CRS (WGS 84).
    """
    n = len(lonlat)
    feature_ids = list(feature_ids) if feature_ids is not None else list(range(n))
    parts = list(parts) if parts is not None else [1] * n
    have_field = raw_ids is not None
    raw_ids = list(raw_ids) if have_field else [None] * n
    ids, flags = [], [[] for _ in range(n)]
    missing = []
    for i, (value, fid) in enumerate(zip(raw_ids, feature_ids)):
        if have_field and is_missing(value):
            ids.append(tr("feature {n}").format(n=fid))
            missing.append(str(fid))
            flags[i].append("empty_id")
        elif have_field:
            ids.append(str(value).strip())
        else:
            ids.append(str(fid))
    result = FacilityCheck(ids=ids)
    if missing:
        result.warnings.append(
            tr(
                "{n} facilities have an empty or NULL id; each is named after its feature number "
                "({example}): {fids}."
            ).format(
                n=len(missing),
                example=tr("feature {n}").format(n=missing[0]),
                fids=", ".join(missing[:20]) + (" …" if len(missing) > 20 else ""),
            )
        )
    seen = {}
    for i, fid in enumerate(ids):
        seen.setdefault(fid, []).append(i)
    for fid, rows in seen.items():
        if len(rows) > 1:
            result.errors.append(
                tr("The facility id '{id}' is used by {n} features ({fids}): ids must be unique.").format(
                    id=fid, n=len(rows), fids=", ".join(str(feature_ids[r]) for r in rows)
                )
            )
    outside = []
    for i, position in enumerate(lonlat):
        if position is None:
            continue
        lon, lat = position
        reason = lonlat_problem(lon, lat)
        if reason:
            result.errors.append(
                tr("Facility {id} has impossible coordinates ({reason}): check the layer's CRS.").format(
                    id=ids[i], reason=reason
                )
            )
            continue
        if outside_bounds(lon, lat, crs_bounds):
            outside.append(ids[i])
            flags[i].append("outside_crs_area")
        if parts[i] > 1:
            result.errors.append(
                tr(
                    "Facility {id} has {n} parts: one facility must be one point or polygon (split it with "
                    "Vector ▸ Geometry Tools ▸ Multipart to Singleparts and give each part its own id)."
                ).format(id=ids[i], n=parts[i])
            )
    if outside:
        result.warnings.append(
            tr(
                "{n} facilities lie outside the area of use of the layer's CRS {crs}; check that the CRS is "
                "right: {ids}."
            ).format(
                n=len(outside),
                crs=crs_name,
                ids=", ".join(outside[:20]) + (" …" if len(outside) > 20 else ""),
            )
        )
    result.flags = [";".join(f) for f in flags]
    return result
