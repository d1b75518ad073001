"""Shared plumbing of the engine: errors, feedback and translation hooks.

The engine imports neither ``qgis`` nor Qt. Functions that run long take an
optional ``feedback`` object with the duck-typed interface of
``QgsProcessingFeedback`` (``setProgress``, ``isCanceled``, ``pushInfo``,
``pushWarning``), so an algorithm passes its own feedback straight through and
a notebook or benchmark passes nothing.
"""

from __future__ import annotations

import math


def is_missing(value) -> bool:
    """True for None, NaN, empty or blank text, and QGIS NULL (a QVariant whose ``isNull()`` is true)."""
    if value is None:
        return True
    if isinstance(value, float) and math.isnan(value):
        return True
    if isinstance(value, str) and not value.strip():
        return True
    is_null = getattr(value, "isNull", None)  # duck-typed: no qgis import here
    if callable(is_null):
        try:
            return bool(is_null())
        except TypeError:  # an isNull that wants arguments is not QGIS's NULL test
            return False
    return False


class TailingsError(ValueError):
    """Bad input the user can fix; the message says what to fix."""


class Cancelled(RuntimeError):
    """The user cancelled a running computation."""


class NullFeedback:
    """Feedback that records warnings and never cancels (for plain Python use)."""

    def __init__(self):
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def setProgress(self, percent: float) -> None:  # noqa: N802 (Qt naming)
        pass

    def isCanceled(self) -> bool:  # noqa: N802
        return False

    def pushInfo(self, text: str) -> None:  # noqa: N802
        self.infos.append(text)

    def pushWarning(self, text: str) -> None:  # noqa: N802
        self.warnings.append(text)


def ensure_feedback(feedback):
    """Return ``feedback`` or a :class:`NullFeedback` when it is None."""
    return feedback if feedback is not None else NullFeedback()


def check_cancel(feedback) -> None:
    """Raise :class:`Cancelled` when the user pressed Cancel."""
    if feedback is not None and feedback.isCanceled():
        raise Cancelled(tr("Cancelled by the user."))


# --- translation -------------------------------------------------------------
# The plugin installs Qt's translate function here at start-up; in plain Python
# the English source text is returned unchanged.
_TRANSLATE = None
TR_CONTEXT = "Tailings"  # one context for the whole plugin


def set_translate(func) -> None:
    """Install ``func(context, text) -> str`` (QCoreApplication.translate)."""
    global _TRANSLATE
    _TRANSLATE = func


def tr(text: str) -> str:
    """Translate a user-visible engine message."""
    if _TRANSLATE is None:
        return text
    return _TRANSLATE(TR_CONTEXT, text)


def tr_noop(text: str) -> str:
    """Mark ``text`` for translation where it is defined (tables, labels); translate it where shown."""
    return text
