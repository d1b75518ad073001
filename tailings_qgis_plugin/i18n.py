"""Translation: one Qt context (``Tailings``) for every string of the plugin.

The plugin follows QGIS's locale (``locale/userLocale``) unless the user asks for another language for
a map or report; English is the fallback. :func:`language` switches the plugin's translator for the
duration of an export (maps and reports in Russian from an English QGIS, and back) and restores the
previous state afterwards, also when nested or when an exception leaves the block.
"""

from __future__ import annotations

from contextlib import contextmanager

from qgis.core import Qgis, QgsMessageLog, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core import common, numbers
from .paths import resource

CONTEXT = "Tailings"
LANGUAGES = ("en", "ru", "kk")
# labels of the LANGUAGE parameter of the export algorithms: each language in its own name, in the
# order of LANGUAGES
LANGUAGE_NAMES = ("English", "Русский", "Қазақша")

_installed: list = []  # the plugin's QTranslator objects currently installed in QCoreApplication
_state = {"language": "en"}  # language of the installed translator ('en' when none)


def _set_language(code: str) -> None:
    """Record the translator's language; numbers in translated text follow it (core/numbers.py)."""
    _state["language"] = code
    numbers.set_language(code)


def tr(text: str) -> str:
    """Translate an interface string (context ``Tailings``)."""
    return QCoreApplication.translate(CONTEXT, text)


def qgis_language() -> str:
    """Two-letter code of the language QGIS runs in."""
    locale = QgsSettings().value("locale/userLocale", "") or QLocale.system().name()
    return str(locale)[:2].lower() or "en"


def language_index(code: str | None = None) -> int:
    """Index in :data:`LANGUAGES` of ``code`` (default: QGIS's language); English for any other."""
    code = (code or qgis_language()).lower()[:2]
    return LANGUAGES.index(code) if code in LANGUAGES else 0


def current_language() -> str:
    """The language the plugin's strings are translated into right now ('en' without translator)."""
    return _state["language"]


def qm_path(language: str):
    return resource("i18n", f"tailings_{language}.qm")


def _load(language: str):
    """A loaded QTranslator for ``language``, or None (English, no file, or a file Qt cannot read)."""
    if language == "en":
        return None
    path = qm_path(language)
    if not path.is_file():
        return None
    translator = QTranslator()
    return translator if translator.load(str(path)) else None


def _uninstall_all() -> list:
    removed = list(_installed)
    for translator in removed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    return removed


def install_translator(language: str | None = None) -> str:
    """Install the translator for ``language`` (default: QGIS's) and return the language used."""
    remove_translator()
    language = (language or qgis_language()).lower()[:2]
    translator = _load(language)
    if translator is not None:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    common.set_translate(QCoreApplication.translate)
    _set_language(language if _installed else "en")
    return _state["language"]


def remove_translator() -> None:
    _uninstall_all()
    _set_language("en")


def _warn(message: str, feedback=None) -> None:
    if feedback is not None:
        feedback.pushWarning(message)
    else:
        QgsMessageLog.logMessage(message, "Tailings", Qgis.Warning)


@contextmanager
def language(code: str | None, feedback=None):
    """Translate the plugin's strings into ``code`` ('en', 'ru' or 'kk') inside the ``with`` block.

    Yields the language actually used. ``None`` leaves the current language as it is. A language
    without a compiled translation file (``resources/i18n/tailings_<code>.qm``, made by ``make
    translations``) falls back to English with a warning (to ``feedback`` when given, else to the QGIS
    message log). On leaving the block the previous translators (the interface language) are put back,
    so nested blocks and exceptions are safe. The translator is application-wide: use it from the main
    thread (the export algorithms run there, ``FlagNoThreading``).
    """
    if code is None:
        yield current_language()
        return
    code = str(code).strip().lower()[:2] or "en"
    if code not in LANGUAGES:
        # translated in the language in force before the switch (the interface language)
        _warn(tr("Unknown language '{code}': the output is in English.").format(code=code), feedback)
        code = "en"
    translator = _load(code)
    if code != "en" and translator is None:
        _warn(
            tr(
                "No translation file for '{code}' ({path}): the output is in English. Build it with "
                "'make translations' (needs lrelease)."
            ).format(code=code, path=qm_path(code)),
            feedback,
        )
    saved = _uninstall_all()
    saved_language = _state["language"]
    saved_translate = common._TRANSLATE
    if translator is not None:
        QCoreApplication.installTranslator(translator)
        _installed.append(translator)
    _set_language(code if translator is not None else "en")
    common.set_translate(QCoreApplication.translate)
    try:
        yield _state["language"]
    finally:
        _uninstall_all()
        for old in saved:
            QCoreApplication.installTranslator(old)
            _installed.append(old)
        _set_language(saved_language)
        common.set_translate(saved_translate)
