"""Translation: one Qt context for the plugin's interface, one for the engine.

The plugin follows QGIS's locale (``locale/userLocale``) unless the user asks
for another language for a map or report; English is the fallback.
"""

from __future__ import annotations

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from .core import common
from .paths import resource

CONTEXT = "Tailings"
LANGUAGES = ("en", "ru", "kk")

_installed: list = []


def tr(text: str) -> str:
    """Translate an interface string (context ``Tailings``)."""
    return QCoreApplication.translate(CONTEXT, text)


def qgis_language() -> str:
    """Two-letter code of the language QGIS runs in."""
    locale = QgsSettings().value("locale/userLocale", "") or QLocale.system().name()
    return str(locale)[:2].lower() or "en"


def qm_path(language: str):
    return resource("i18n", f"tailings_{language}.qm")


def install_translator(language: str | None = None) -> str:
    """Install the translator for ``language`` (default: QGIS's) and return the language used."""
    remove_translator()
    language = (language or qgis_language()).lower()
    path = qm_path(language)
    if language != "en" and path.is_file():
        translator = QTranslator()
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
    common.set_translate(QCoreApplication.translate)
    return language if _installed else "en"


def remove_translator() -> None:
    while _installed:
        QCoreApplication.removeTranslator(_installed.pop())
