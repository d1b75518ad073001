"""tailings:borderwatch: where rivers cross a country's border, which facilities reach each crossing, how soon.

Thin adapter over ``core.upstream``: the crossings are found on the river network with the border logic of
tailings:downstreamimpact (``core.exposure.border_crossings``), then used as receptors of the one-pass
upstream search of tailings:upstreamsources.
"""

from __future__ import annotations

from qgis.core import (
    QgsFeatureSink,
    QgsProcessingException,
    QgsProcessingParameterEnum,
    QgsProcessingParameterField,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import SubFeedback, TailingsError, check_cancel
from tailings_qgis_plugin.core.lazy import np

from .alg_upstream_sources import (
    PAIR_FIELDS,
    STATS_FIELDS,
    UpstreamAlgorithmBase,
    group_by_receptor,
    make_fields,
    receptor_stats,
)
from .layer_io import WGS84
from .params import country_parameters, pair_sink_parameters

DIRECTIONS = ("outgoing", "incoming", "both")

CROSSING_KEYS = [
    ("crossing_id", "text"),
    ("direction", "text"),
    ("kind", "text"),
    ("from_country", "text"),
    ("to_country", "text"),
    ("reach_id", "text"),
    ("river", "text"),
]


def crossing_direction(p, country):
    """'outgoing', 'incoming' or None for a crossing or stretch of :func:`border_points` and the watched
    ``country``. A stretch that comes back to the side it started from (KAZ > RUS > KAZ within the border
    tolerance: the river runs along the border) still carries a release into the neighbour: it is
    outgoing towards the first other country it touches (incoming into ``country`` when it starts and ends
    abroad); ``to_country`` is set to that country."""
    a, b = p["from_country"], p["to_country"]
    if a == country and b != country:
        return "outgoing"
    if b == country and a != country:
        return "incoming"
    touched = list(p.get("countries") or ())
    if a == b == country:
        other = next((c for c in touched if c != country), None)
        if other is not None:
            p["to_country"] = other
            return "outgoing"
    elif a == b and country in touched:
        p["to_country"] = country
        return "incoming"
    return None


class BorderWatchAlgorithm(UpstreamAlgorithmBase):
    NAME = "borderwatch"

    OUTPUT_FIELDS = (
        CROSSING_KEYS + [("facility_id", "text"), ("facility_country", "text"), ("rank", "int")] + PAIR_FIELDS
    )
    SUMMARY_FIELDS = (*CROSSING_KEYS, ("n_changes", "int"), *STATS_FIELDS)

    def displayName(self):
        return self.tr("Border watch (facilities that reach each border crossing of a river)")

    def shortHelpString(self):
        return (
            self.tr(
                "The table a transboundary notification plan needs (UNECE Industrial Accidents Convention: the "
                "country of origin notifies the affected country). Finds every point where the river network "
                "crosses the border of the chosen COUNTRY (e.g. KAZ) and lists the facilities whose release "
                "reaches it: at an <b>outgoing</b> crossing (a river leaving the country) the facilities inside "
                "the country, at an <b>incoming</b> crossing (a river entering it) the facilities outside.<br>"
                "Crossings: each vertex of the network is placed in a country polygon; where the country changes "
                "along a reach the crossing is located on the segment by bisection, and changes closer than the "
                "border stretch tolerance (km) are merged into one border_stretch (a river forming the border), "
                "as in tailings:downstreamimpact. Vertices in a gap between polygons take the country of the "
                "neighbouring vertices.<br>"
                "Distance, arrival, peak time and peak concentration from each facility to each crossing come "
                "from the one-pass upstream search of tailings:upstreamsources (same network, snapping and "
                "hydraulics as tailings:downstreamimpact; Leopold &amp; Maddock 1953, Raymond et al. 2012, "
                "Fischer 1975, Jobson 1996).<br>"
                "OUTPUT: one line per crossing × facility (the river stretch from the facility to the crossing), "
                "ordered by crossing and arrival (rank 1 = most urgent). SUMMARY: one point per crossing with the "
                "number of facilities and the earliest arrival and its facility."
            )
            + "<br>"
            + self.tr(
                "<b>A river along the border</b> (the Zhaiyk/Ural, the Tobyl): changes of country that follow "
                "each other along the flow within the border tolerance are one border_stretch even when they lie "
                "on different reaches, so one river gives one row where it runs along the border, not one per "
                "reach (n_changes counts the changes; BORDER_TOLERANCE = 0 keeps every change). The stretch is "
                "placed at its first change, as in tailings:downstreamimpact; a stretch that comes back to the "
                "side it started from still carries the release into the neighbour and is listed as outgoing "
                "towards it. Crossings of different rivers are never merged."
            )
        )

    def initAlgorithm(self, config=None):
        self.add_facility_parameters()
        country_parameters(self, optional=False)
        self.addParameter(QgsProcessingParameterString("COUNTRY", self.tr("Country (code or name)"), "KAZ"))
        self.addParameter(
            QgsProcessingParameterEnum(
                "CROSSINGS",
                self.tr("Crossings"),
                [
                    self.tr("Outgoing (rivers leaving the country)"),
                    self.tr("Incoming (rivers entering the country)"),
                    self.tr("Both"),
                ],
                defaultValue=2,
            )
        )
        self.add_network_and_hydraulics_parameters()
        self.addParameter(
            QgsProcessingParameterField(
                "RIVER_NAME_FIELD",
                self.tr("River name field (for the river column)"),
                parentLayerParameterName="RIVERS",
                optional=True,
            )
        )
        pair_sink_parameters(self, self.tr("Border watch (crossing × facility)"), self.tr("Border crossings"))

    def process(self, parameters, context, feedback):
        fac_src, fac = self.read_facilities(parameters, context, feedback)
        countries = self.read_countries(parameters, context, feedback, required=True)
        country = self._country(parameters, context, countries)
        feedback.setProgress(5)
        rivers = self.parameterAsSource(parameters, "RIVERS", context)
        name_f = self.field_param(parameters, "RIVER_NAME_FIELD", context, rivers, self.tr("river name"))
        with_mass = any(m is not None for m in fac.masses)
        eng = self.build_engine(parameters, context, feedback, fac_src, name_f, with_mass)
        feedback.setProgress(25)
        max_km, max_h, tol = self.limits(parameters, context)
        which = DIRECTIONS[self.parameterAsEnum(parameters, "CROSSINGS", context)]
        crossings = self._crossings(eng, countries, country, which, tol, feedback)
        up = eng.up
        fsnap = self.snap_facilities(up, fac, parameters, context, feedback)
        lab, _ = countries.classify(fac.lonlat[:, 0], fac.lonlat[:, 1])
        fac_country = [countries.name(int(k)) for k in lab]
        inside = np.array([c == country for c in fac_country], dtype=bool)
        rec = up.snap_on_edge(
            [p["edge"] for p in crossings],
            [p["c"] for p in crossings],
            [p["lon"] for p in crossings],
            [p["lat"] for p in crossings],
        )

        def keep(r, f):
            return inside[f] if crossings[r]["direction"] == "outgoing" else ~inside[f]

        try:
            res = up.sources(rec, fsnap, max_km, max_h, fac.masses, keep, SubFeedback(feedback, 45.0, 85.0))
        except TailingsError as e:
            raise QgsProcessingException(str(e)) from e
        rows = self.pair_rows(res, fac, countries, tol, feedback)
        check_cancel(feedback)
        for row in rows:
            row.update({k: crossings[row["_r"]][k] for k, _ in CROSSING_KEYS})
            row["facility_country"] = fac_country[row["_f"]]
        out = {"OUTPUT": self.write_pairs(parameters, context, self.OUTPUT_FIELDS, rows)}
        sfields = make_fields(self.SUMMARY_FIELDS)
        ssink, sdest = self.parameterAsSink(parameters, "SUMMARY", context, sfields, QgsWkbTypes.Point, WGS84)
        if ssink is not None:
            by_r = group_by_receptor(rows)
            for r, p in enumerate(crossings):
                st = receptor_stats(by_r.get(r, []))
                attrs = [p[k] for k, _ in CROSSING_KEYS] + [p["n_changes"]] + [st[k] for k, _ in STATS_FIELDS]
                ssink.addFeature(
                    self.point_feature(sfields, p["lon"], p["lat"], attrs), QgsFeatureSink.FastInsert
                )
            out["SUMMARY"] = sdest
        feedback.setProgress(100)
        return out

    def _country(self, parameters, context, countries):
        country = self.parameterAsString(parameters, "COUNTRY", context).strip()
        if country in countries.names:
            return country
        match = [n for n in countries.names if n.lower() == country.lower()]
        if not match:
            raise QgsProcessingException(
                self.tr("The country '{c}' is not in the country field. Values found: {v}.").format(
                    c=country, v=", ".join(sorted(set(countries.names))[:40])
                )
            )
        return match[0]

    def _crossings(self, eng, countries, country, which, tol, feedback):
        """The border crossings of ``country`` in the chosen direction, ordered and named."""
        from tailings_qgis_plugin.core.border_merge import merge_close_crossings  # engine: loaded when run
        from tailings_qgis_plugin.core.upstream import border_points

        feedback.pushInfo(self.tr("Finding where the rivers cross the borders..."))
        try:
            points = border_points(eng.net, countries, tol, feedback=SubFeedback(feedback, 25.0, 45.0))
            points = merge_close_crossings(eng.net, points, tol, feedback)
        except TailingsError as e:
            raise QgsProcessingException(str(e)) from e
        crossings = []
        for p in points:
            p["direction"] = crossing_direction(p, country)
            if p["direction"] and which in (p["direction"], "both"):
                crossings.append(p)
        if not crossings:
            feedback.pushWarning(
                self.tr("No river crosses the border of {c} in the chosen direction.").format(c=country)
            )
        crossings.sort(
            key=lambda p: (p["direction"] != "outgoing", p["from_country"], p["to_country"], p["lon"])
        )
        names = eng.river_names
        for n, p in enumerate(crossings, 1):
            par = int(eng.net.e_parent[p["edge"]])
            p["reach_id"] = None if par < 0 else str(eng.reach_ids[par])
            name = names[par] if names is not None and par >= 0 else None
            p["river"] = None if name is None else str(name)
            p["crossing_id"] = f"{p['from_country']}>{p['to_country']} {n}"
        feedback.pushInfo(
            self.tr("{n} crossings: {o} outgoing, {i} incoming.").format(
                n=len(crossings),
                o=sum(1 for p in crossings if p["direction"] == "outgoing"),
                i=sum(1 for p in crossings if p["direction"] == "incoming"),
            )
        )
        return crossings
