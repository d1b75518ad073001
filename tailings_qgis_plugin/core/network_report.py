"""Diagnostics of a river-network build (:class:`NetworkReport`) and the reach kinds."""

from __future__ import annotations

from dataclasses import dataclass, field

from .common import tr
from .lazy import np

RIVER = 0
LAKE = 1
KIND_NAMES = ("river", "lake")


@dataclass
class NetworkReport:
    """Diagnostics of a network build. Reach numbers are input indices (position in ``lines``)."""

    n_reaches: int = 0
    n_valid: int = 0
    direction: str = ""
    invalid: list = field(default_factory=list)  #: (reach, reason)
    multipart_gaps: list = field(default_factory=list)  #: (reach, largest gap in m)
    joined_by_tolerance: list = field(
        default_factory=list
    )  #: dicts reach_a, end_a, reach_b, end_b, distance_m, lon, lat
    midline_joins: list = field(
        default_factory=list
    )  #: dicts reach, into_reach, chainage_m, distance_m, lon, lat
    starts_on_line: list = field(
        default_factory=list
    )  #: dicts reach, on_reach, distance_m, lon, lat (not linked)
    dangling_ends: list = field(
        default_factory=list
    )  #: dicts reach, lon, lat (outlets that are not in a lake)
    terminal_lakes: list = field(default_factory=list)  #: dicts reach, lake, lon, lat (outlets in a lake)
    lake_links: list = field(default_factory=list)  #: (reach_in, lake, reach_out)
    cycles: list = field(default_factory=list)  #: lists of reaches that flow into each other
    cut_links: list = field(default_factory=list)  #: (reach_from, reach_to) removed to break cycles
    bifurcations: list = field(default_factory=list)  #: reaches with two or more downstream reaches
    missing_downstream: list = field(default_factory=list)  #: (reach, downstream id not found)
    duplicate_ids: list = field(default_factory=list)  #: reaches whose id repeats an earlier one
    reversed_reaches: list = field(default_factory=list)  #: reaches reversed (DEM or id-mode geometry)
    ambiguous_direction: list = field(default_factory=list)  #: DEM: equal or nodata elevations at both ends
    component: np.ndarray = field(
        default_factory=lambda: np.zeros(0, dtype=np.int64)
    )  #: per reach, -1 invalid
    n_components: int = 0

    def counts(self) -> dict:
        """Number of items in each category (for logs and tests)."""
        return {
            "reaches": self.n_reaches,
            "valid": self.n_valid,
            "invalid": len(self.invalid),
            "multipart_gaps": len(self.multipart_gaps),
            "joined_by_tolerance": len(self.joined_by_tolerance),
            "midline_joins": len(self.midline_joins),
            "starts_on_line": len(self.starts_on_line),
            "dangling_ends": len(self.dangling_ends),
            "terminal_lakes": len(self.terminal_lakes),
            "lake_links": len(self.lake_links),
            "cycles": len(self.cycles),
            "bifurcations": len(self.bifurcations),
            "missing_downstream": len(self.missing_downstream),
            "duplicate_ids": len(self.duplicate_ids),
            "reversed": len(self.reversed_reaches),
            "ambiguous_direction": len(self.ambiguous_direction),
            "components": self.n_components,
        }

    def summary_lines(self) -> list:
        """Translated one-line messages, one per non-empty category."""
        c = self.counts()
        out = [
            tr(
                "{valid} of {reaches} reaches are valid lines; {components} separate drainage systems."
            ).format(**c)
        ]
        texts = {
            "invalid": tr("{n} reaches are empty, zero-length or invalid lines and were ignored."),
            "multipart_gaps": tr(
                "{n} multipart reaches had gaps between parts, bridged by straight segments."
            ),
            "joined_by_tolerance": tr("{n} reach ends were joined within the node tolerance."),
            "midline_joins": tr("{n} reaches join another reach mid-line; it was split there."),
            "starts_on_line": tr("{n} reaches start on the interior of another reach (not linked)."),
            "dangling_ends": tr("{n} reaches end without a downstream reach and outside any lake."),
            "terminal_lakes": tr("{n} reaches end in a lake without outflow (terminal lake)."),
            "lake_links": tr("{n} links through lakes were added (reach ending in a lake to its outflow)."),
            "cycles": tr(
                "{n} cycles (reaches flowing into each other) were found and broken at one link each."
            ),
            "bifurcations": tr("{n} reaches have two or more downstream reaches (bifurcations)."),
            "missing_downstream": tr(
                "{n} reaches point to a downstream id that does not exist; treated as outlets."
            ),
            "duplicate_ids": tr("{n} reaches repeat a reach id; only the first is linked to."),
            "reversed": tr("{n} reaches were reversed to run downstream."),
            "ambiguous_direction": tr(
                "{n} reaches have equal or missing elevations at both ends; digitised direction kept."
            ),
        }
        for key, text in texts.items():
            if c[key]:
                out.append(text.format(n=c[key]))
        return out
