"""tailings:checknetwork: diagnostics of a river layer for downstream tracing, so the data can be fixed first."""

from __future__ import annotations

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsFields,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import check_cancel, tr_noop
from tailings_qgis_plugin.core.lazy import np
from tailings_qgis_plugin.qgis_compat import make_field

from .base import TailingsAlgorithm
from .layer_io import WGS84, check_source
from .network_io import read_network
from .params import network_parameters, sink_parameters

PROBLEMS = (
    "joined_by_tolerance",
    "midline_join",
    "start_on_line",
    "dangling_end",
    "terminal_lake",
    "cycle",
    "bifurcation",
    "missing_downstream",
    "invalid_line",
)
#: what the count output of each finding is called in the Processing dialog and results (translated)
PROBLEM_LABELS = {
    "joined_by_tolerance": tr_noop("Gaps closed by the node tolerance"),
    "midline_join": tr_noop("Tributaries joined mid-line"),
    "start_on_line": tr_noop("Reaches starting on another reach"),
    "dangling_end": tr_noop("Dangling ends"),
    "terminal_lake": tr_noop("Reaches ending in a terminal lake"),
    "cycle": tr_noop("Cycles"),
    "bifurcation": tr_noop("Bifurcations"),
    "missing_downstream": tr_noop("Downstream ids that do not exist"),
    "invalid_line": tr_noop("Empty, zero-length or invalid lines"),
}


class CheckNetworkAlgorithm(TailingsAlgorithm):
    NAME = "checknetwork"
    GROUP = "pathways"

    def displayName(self):
        return self.tr("Check river network")

    def shortHelpString(self):
        return self.tr(
            "Builds the river network as Trace downstream pathways would and writes one point per finding: "
            "gaps closed by the node tolerance (joined_by_tolerance), tributaries joined mid-line, reaches "
            "starting on another reach (not linked), dangling ends (reaches ending without a downstream reach "
            "outside any lake), reaches ending in a terminal lake, cycles (reaches flowing into each other), "
            "bifurcations (two or more downstream reaches), downstream ids that do not exist, and empty, "
            "zero-length or invalid lines. Counts, and the number of separate drainage systems "
            "(disconnected parts), are written to the log and returned as outputs."
        )

    def initAlgorithm(self, config=None):
        network_parameters(self, with_lakes=True)
        sink_parameters(self, [("OUTPUT", self.tr("Network diagnostics"), QgsProcessing.TypeVectorPoint)])
        for name in PROBLEMS:
            self.addOutput(QgsProcessingOutputNumber(name.upper(), self.tr(PROBLEM_LABELS[name])))
        self.addOutput(QgsProcessingOutputNumber("COMPONENTS", self.tr("Separate drainage systems")))

    def process(self, parameters, context, feedback):
        rivers = self.parameterAsSource(parameters, "RIVERS", context)
        check_source(rivers, self.tr("river"), [QgsWkbTypes.LineGeometry])
        net, reach_ids, _ = read_network(self, parameters, context, feedback, rivers)
        rep = net.report

        def rid(r):
            return None if r is None or r < 0 else str(reach_ids[r])

        def end_point(r):
            line = net.reach_line(r)
            return (float(line[-1, 0]), float(line[-1, 1])) if len(line) else (None, None)

        rows = []  # problem, reach, other, distance_m, detail, lon, lat
        for j in rep.joined_by_tolerance:
            rows.append(
                (
                    "joined_by_tolerance",
                    j["reach_a"],
                    j["reach_b"],
                    j["distance_m"],
                    f"{j['end_a']}-{j['end_b']}",
                    j["lon"],
                    j["lat"],
                )
            )
        for j in rep.midline_joins:
            rows.append(
                (
                    "midline_join",
                    j["reach"],
                    j["into_reach"],
                    j["distance_m"],
                    f"chainage_m={j['chainage_m']:.1f}",
                    j["lon"],
                    j["lat"],
                )
            )
        for j in rep.starts_on_line:
            rows.append(("start_on_line", j["reach"], j["on_reach"], j["distance_m"], "", j["lon"], j["lat"]))
        for j in rep.dangling_ends:
            rows.append(("dangling_end", j["reach"], None, None, "", j["lon"], j["lat"]))
        for j in rep.terminal_lakes:
            rows.append(("terminal_lake", j["reach"], None, None, "", j["lon"], j["lat"]))
        for cyc in rep.cycles:
            for r in cyc:
                x, y = end_point(r)
                rows.append(("cycle", r, None, None, "reaches " + ", ".join(str(rid(c)) for c in cyc), x, y))
        for r in rep.bifurcations:
            x, y = end_point(r)
            down = ", ".join(str(rid(d)) for d in net.downstream(r))
            rows.append(("bifurcation", r, None, None, "downstream " + down, x, y))
        for r, missing in rep.missing_downstream:
            x, y = end_point(r)
            rows.append(("missing_downstream", r, None, None, f"downstream id {missing}", x, y))
        for r, reason in rep.invalid:
            line = net.reach_line(r)
            ok = len(line) and np.isfinite(line[0]).all()
            rows.append(("invalid_line", r, None, None, reason, *(line[0] if ok else (None, None))))

        fields = QgsFields()
        fields.append(make_field("problem", "text"))
        fields.append(make_field("reach_id", "text"))
        fields.append(make_field("other_reach_id", "text"))
        fields.append(make_field("distance_m", "real"))
        fields.append(make_field("detail", "text"))
        sink, dest = self.parameterAsSink(parameters, "OUTPUT", context, fields, QgsWkbTypes.Point, WGS84)
        if sink is None:
            raise QgsProcessingException(self.invalidSinkError(parameters, "OUTPUT"))
        feedback.setProgress(90)
        for n, (problem, r, other, dist, detail, x, y) in enumerate(rows):
            if n % 1000 == 0:
                check_cancel(feedback)
                feedback.setProgress(90 + 10 * n / max(len(rows), 1))
            f = QgsFeature(fields)
            if x is not None:
                f.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(float(x), float(y))))
            f.setAttributes([problem, rid(r), rid(other), None if dist is None else float(dist), detail])
            sink.addFeature(f, QgsFeatureSink.FastInsert)
        del sink
        counts = {name: sum(1 for row in rows if row[0] == name) for name in PROBLEMS}
        # one point per reach of a cycle, but the CYCLE output counts cycles, as the log does
        counts["cycle"] = len(rep.cycles)
        # the network summary was already logged once by the engine while building (RiverNetwork.build)
        feedback.pushInfo(
            self.tr("Findings: {c}.").format(c=", ".join(f"{k} {v}" for k, v in counts.items()))
        )
        out = {"OUTPUT": dest, "COMPONENTS": rep.n_components}
        out.update({k.upper(): v for k, v in counts.items()})
        return out
