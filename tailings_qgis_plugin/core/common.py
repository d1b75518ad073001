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

    def setProgress(self, percent: float) -> None:
        pass

    def isCanceled(self) -> bool:
        return False

    def pushInfo(self, text: str) -> None:
        self.infos.append(text)

    def pushWarning(self, text: str) -> None:
        self.warnings.append(text)


def ensure_feedback(feedback):
    """Return ``feedback`` or a :class:`NullFeedback` when it is None."""
    return feedback if feedback is not None else NullFeedback()


class SubFeedback:
    """Feedback for one step: maps the step's 0-100 % onto ``[start, end]`` of the parent's progress bar.

    The one progress helper of the plugin (engine and adapters). Cancellation and messages go to the
    parent; ``quiet`` drops the messages (a step repeated after an earlier run already reported them) and
    ``max_warnings`` pushes the first N warnings, then ``overflow`` once. ``collect``: a dict in which the
    warnings are counted by text (in the order first seen) instead of pushed, for a step repeated over many
    items whose caller reports each distinct warning once.
    """

    def __init__(
        self, feedback, start=0.0, end=100.0, quiet=False, max_warnings=None, overflow="", collect=None
    ):
        self._fb = ensure_feedback(feedback)
        self._start, self._end = float(start), float(end)
        self._quiet, self._max, self._overflow = quiet, max_warnings, overflow
        self._warnings = 0
        self.collected = collect

    def setProgress(self, pct):
        self._fb.setProgress(self._start + (self._end - self._start) * float(pct) / 100.0)

    def isCanceled(self):
        return self._fb.isCanceled()

    def pushInfo(self, text):
        if not self._quiet:
            self._fb.pushInfo(text)

    def pushWarning(self, text):
        if self.collected is not None:
            self.collected[text] = self.collected.get(text, 0) + 1
            return
        if self._quiet:
            return
        self._warnings += 1
        if self._max is None or self._warnings <= self._max:
            self._fb.pushWarning(text)
        elif self._warnings == self._max + 1 and self._overflow:
            self._fb.pushWarning(self._overflow)


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


def trn(text: str, n, one: str | None = None) -> str:
    """Translate a message about ``n`` things with the catalogue's plural form (Qt numerus: ``text``
    holds ``%n``; Russian 1 пункт / 2 пункта / 5 пунктов). English has no catalogue: ``text`` is the
    plural, ``one`` (when given) the singular for n == 1. ``scripts/i18n.py`` extracts ``text``."""
    n = int(n)
    plain = text.replace("%n", str(n))
    out = plain
    if _TRANSLATE is not None:
        try:
            out = _TRANSLATE(TR_CONTEXT, text, None, n)
        except TypeError:  # a hook that takes no count
            out = _TRANSLATE(TR_CONTEXT, text).replace("%n", str(n))
    if out == plain and one is not None and n == 1:
        out = one.replace("%n", str(n))
    return out


def tr_noop(text: str) -> str:
    """Mark ``text`` for translation where it is defined (tables, labels); translate it where shown."""
    return text
