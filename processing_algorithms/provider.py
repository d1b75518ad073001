"""The Tailings Processing provider: it only lists the algorithms."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from tailings_qgis_plugin.i18n import tr
from tailings_qgis_plugin.paths import icon_path, plugin_version

from .alg_border_watch import BorderWatchAlgorithm
from .alg_check_network import CheckNetworkAlgorithm
from .alg_create_registry import CreateRegistryAlgorithm
from .alg_create_shared_registry import CreateSharedRegistryAlgorithm
from .alg_downstream_impact import DownstreamImpactAlgorithm
from .alg_export_crossing_maps import ExportCrossingMapsAlgorithm
from .alg_export_impact_maps import ExportImpactMapsAlgorithm
from .alg_export_notification_plan import ExportNotificationPlanAlgorithm
from .alg_export_receptor_maps import ExportReceptorMapsAlgorithm
from .alg_export_report import ExportReportAlgorithm
from .alg_hazard_screening import HazardScreeningAlgorithm
from .alg_import_registry import ExportRegistryAlgorithm, ImportRegistryAlgorithm
from .alg_overland_flow_path import OverlandFlowPathAlgorithm
from .alg_trace_downstream import TraceDownstreamAlgorithm
from .alg_upstream_sources import UpstreamSourcesAlgorithm
from .alg_validate_registry import ValidateRegistryAlgorithm

PROVIDER_ID = "tailings"


def algorithm_classes():
    return [
        CreateRegistryAlgorithm,
        ValidateRegistryAlgorithm,
        HazardScreeningAlgorithm,
        TraceDownstreamAlgorithm,
        CheckNetworkAlgorithm,
        DownstreamImpactAlgorithm,
        UpstreamSourcesAlgorithm,
        BorderWatchAlgorithm,
        OverlandFlowPathAlgorithm,
        ExportImpactMapsAlgorithm,
        ExportCrossingMapsAlgorithm,
        ExportReceptorMapsAlgorithm,
        ExportReportAlgorithm,
        ExportNotificationPlanAlgorithm,
        CreateSharedRegistryAlgorithm,
        ImportRegistryAlgorithm,
        ExportRegistryAlgorithm,
    ]


class TailingsProvider(QgsProcessingProvider):
    def id(self):
        return PROVIDER_ID

    def name(self):
        return tr("Tailings")

    def longName(self):
        return tr("Tailings downstream impact {version}").format(version=plugin_version())

    def icon(self):
        return QIcon(icon_path())

    def versionInfo(self):
        return plugin_version()

    def loadAlgorithms(self):
        for cls in algorithm_classes():
            self.addAlgorithm(cls())
