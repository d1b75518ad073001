"""Start a Processing algorithm from the panel without freezing QGIS.

When the parameters the panel can fill (the chosen facility) are enough, the algorithm
runs as a :class:`QgsProcessingAlgRunnerTask` in the background, with progress and a
cancel button in the panel; its output layers are added to the project when it ends.
When the user has to choose more (rivers, settlements ...), the algorithm's own
Processing dialog opens, non-modal, pre-filled, with its own progress bar and cancel.
"""

from __future__ import annotations

from qgis.core import (
    QgsApplication,
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProcessingParameterDefinition,
    QgsProcessingUtils,
    QgsProject,
    QgsTask,
)
from qgis.PyQt.QtCore import QObject, pyqtSignal

from ..i18n import tr

# Runs whose panel was closed before they ended: the task only borrows its context and feedback,
# so they are kept alive here until the task manager is done with the task.
_ORPHANS: list = []


def algorithm(alg_id: str):
    """The registered algorithm ``alg_id`` or None."""
    return QgsApplication.processingRegistry().algorithmById(alg_id)


class AlgorithmLauncher(QObject):
    """One background run at a time; signals for the panel's progress bar and messages."""

    started = pyqtSignal(str)  # algorithm display name
    progressChanged = pyqtSignal(float)
    finished = pyqtSignal(bool, dict)  # success, results
    message = pyqtSignal(str, int)  # text, Qgis.MessageLevel

    def __init__(self, parent=None):
        super().__init__(parent)
        self.task = None
        self.feedback = None
        self.context = None
        self.dialog = None
        self._alg_name = ""
        #: algorithm id and parameters of the running (or last) run, for the panel to remember
        self.alg_id = ""
        self.params: dict = {}
        #: called with [(layer, output name)] when a run's layers are ready; adds them to the project
        #: (styled, grouped). None: each layer is added at the top of the layer tree.
        self.output_loader = None

    @property
    def running(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.feedback is not None:
            self.feedback.cancel()
        if self.task is not None:
            try:
                self.task.cancel()
            except RuntimeError:
                pass

    def detach(self) -> None:
        """Cancel a running task and let it end without this launcher (the panel is closing)."""
        task = self.task
        if task is None:
            return
        try:
            task.executed.disconnect(self._executed)
        except (TypeError, RuntimeError):
            pass
        entry = (task, self.context, self.feedback)
        _ORPHANS.append(entry)

        def release(*_args, entry=entry):
            if entry in _ORPHANS:
                _ORPHANS.remove(entry)

        # connect before cancelling: a task that has not started yet ends at once
        try:
            task.taskCompleted.connect(release)
            task.taskTerminated.connect(release)
            finished = task.status() in (QgsTask.Complete, QgsTask.Terminated)
        except (TypeError, RuntimeError):
            finished = True
        self.cancel()
        if finished:
            release()
        self.task = self.context = self.feedback = None

    def complete_parameters(self, alg, params: dict) -> dict:
        """``params`` plus temporary outputs (loaded into the project) for required destinations."""
        params = dict(params)
        for definition in alg.destinationParameterDefinitions():
            name = definition.name()
            if name in params:
                continue
            optional = bool(definition.flags() & QgsProcessingParameterDefinition.FlagOptional)
            if optional and not definition.createByDefault():
                continue
            params[name] = QgsProcessingOutputLayerDefinition(
                QgsProcessing.TEMPORARY_OUTPUT, QgsProject.instance()
            )
        return params

    def start(self, alg_id: str, params: dict, allow_dialog: bool = True, suggestions=None) -> str:
        """Run ``alg_id``: ``"task"`` (background), ``"dialog"`` (Processing dialog opened) or ``""``.

        ``suggestions`` (a function of the algorithm giving more parameter values) only pre-fill
        the dialog; a background run uses ``params`` alone.
        """
        alg = algorithm(alg_id)
        if alg is None:
            self.message.emit(tr("The algorithm {id} is not available.").format(id=alg_id), 1)
            return ""
        if self.running:
            self.message.emit(tr("An analysis is already running; wait for it or cancel it."), 1)
            return ""
        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        full = self.complete_parameters(alg, params)
        ok, _reason = alg.checkParameterValues(full, context)
        threaded = not (alg.flags() & QgsProcessingAlgorithm.FlagNoThreading)
        self.alg_id, self.params = alg_id, dict(full)
        if ok and threaded:
            self._start_task(alg, full, context)
            return "task"
        if ok:
            self._run_here(alg, full, context)
            return "main"
        if allow_dialog:
            dialog_params = dict(suggestions(alg)) if suggestions is not None else {}
            dialog_params.update(params)
            # outputs stay the dialog's own defaults (new temporary layers), never a layer id
            for name in {d.name() for d in alg.destinationParameterDefinitions()}:
                dialog_params.pop(name, None)
            return "dialog" if self._open_dialog(alg_id, dialog_params) else ""
        self.message.emit(_reason or tr("The algorithm needs more parameters."), 1)
        return ""

    def _start_task(self, alg, params, context) -> None:
        feedback = QgsProcessingFeedback()
        feedback.progressChanged.connect(self.progressChanged)
        # keep Python references: the task only borrows context and feedback
        self.context, self.feedback = context, feedback
        self._alg_name = alg.displayName()
        task = QgsProcessingAlgRunnerTask(alg, params, context, feedback)
        task.executed.connect(self._executed)
        self.task = task
        self.started.emit(self._alg_name)
        QgsApplication.taskManager().addTask(task)

    def _run_here(self, alg, params, context) -> None:
        """Run an algorithm that must stay on the main thread (print layouts), with a busy cursor."""
        from qgis.core import QgsProcessingException
        from qgis.PyQt.QtCore import Qt
        from qgis.PyQt.QtWidgets import QApplication

        feedback = QgsProcessingFeedback()
        feedback.progressChanged.connect(self.progressChanged)
        self.context, self.feedback = context, feedback
        self._alg_name = alg.displayName()
        self.started.emit(self._alg_name)
        QApplication.setOverrideCursor(Qt.WaitCursor)
        results, ok = {}, False
        try:
            results, ok = alg.run(params, context, feedback)
        except QgsProcessingException as exc:
            self.message.emit(str(exc), 2)
        finally:
            QApplication.restoreOverrideCursor()
        self._executed(bool(ok), results or {})

    def _executed(self, successful: bool, results: dict) -> None:
        context, feedback = self.context, self.feedback
        canceled = feedback is not None and feedback.isCanceled()
        self.task = None
        loaded = []
        if successful and context is not None:
            loaded = self._load_outputs(context)
        if successful:
            text = tr("{alg} finished.").format(alg=self._alg_name)
            if loaded:
                text += " " + tr("Added to the project: {layers}.").format(layers=", ".join(loaded))
            self.message.emit(text, 3)  # Qgis.Success
        elif canceled:
            self.message.emit(tr("{alg} was cancelled.").format(alg=self._alg_name), 1)
        else:
            self.message.emit(
                tr("{alg} failed: see the Processing log for details.").format(alg=self._alg_name), 2
            )
        self.context = self.feedback = None
        self.finished.emit(bool(successful), dict(results or {}))

    def _load_outputs(self, context) -> list[str]:
        loaded = []
        for layer_id, details in context.layersToLoadOnCompletion().items():
            layer = QgsProcessingUtils.mapLayerFromString(layer_id, context)
            if layer is None:
                continue
            store = context.temporaryLayerStore()
            if store.mapLayer(layer.id()) is not None:
                store.takeMapLayer(layer)
            if details.name:
                layer.setName(details.name)
            loaded.append((layer, getattr(details, "outputName", "") or ""))
        if self.output_loader is not None:
            self.output_loader(loaded)
        else:
            QgsProject.instance().addMapLayers([layer for layer, _name in loaded])
        return [layer.name() for layer, _name in loaded]

    def _open_dialog(self, alg_id: str, params: dict) -> bool:
        try:
            import processing
        except ImportError:
            self.message.emit(tr("The Processing plugin is not enabled."), 2)
            return False
        try:
            dialog = processing.createAlgorithmDialog(alg_id, params)
        except Exception as exc:
            self.message.emit(tr("Cannot open the algorithm dialog: {error}").format(error=exc), 2)
            return False
        if dialog is None:
            return False
        self.dialog = dialog
        dialog.show()
        return True
