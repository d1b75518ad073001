"""Numbers, distances and times as the panel shows them, in the interface language.

Decimal and group separators are those of the plugin's language (core/numbers.py, shared with the map
pages: Russian "12 345,5", English "12,345.5"), units go through ``tr`` ("{v} km" -> "{v} км"), and times read as hours
and days ("62 h (2.6 days)"). Counts of things use :func:`plural`, which picks the Russian/Kazakh form
for the number (1 объект, 2 объекта, 5 объектов).
"""

from __future__ import annotations

import math

from qgis.PyQt.QtCore import QLocale

from ..core.numbers import format_number
from ..i18n import current_language, tr

_LOCALES = {"ru": QLocale.Russian, "kk": QLocale.Kazakh, "en": QLocale.English}


def locale() -> QLocale:
    language = _LOCALES.get(current_language(), QLocale.English)
    return QLocale(language, QLocale.Russia if language == QLocale.Russian else QLocale.AnyCountry)


def fmt_number(value: float, decimals: int = 0) -> str:
    """``value`` with the language's separators (no group separator below 10,000 for readability):
    core/numbers.py, the formatter the map pages use too."""
    return format_number(value, decimals, current_language())


def fmt_km(km: float) -> str:
    decimals = 1 if abs(km) < 100 else 0
    return tr("{v} km").format(v=fmt_number(km, decimals))


def fmt_hours(hours: float) -> str:
    """ "62 h (2.6 days)" from 24 h on, "5.5 h" below."""
    if hours is None or not math.isfinite(float(hours)):
        return "\u2014"
    h_text = tr("{v} h").format(v=fmt_number(hours, 1 if hours < 10 else 0))
    if hours < 24:
        return h_text
    days = tr("{v} days").format(v=fmt_number(hours / 24.0, 1))
    return f"{h_text} ({days})"


def plural_form(n: int, language: str | None = None) -> int:
    """0 = one, 1 = few, 2 = many (Russian rules; English: 0 for 1, else 2)."""
    language = language or current_language()
    n = abs(int(n))
    if language in ("ru", "kk"):
        if n % 10 == 1 and n % 100 != 11:
            return 0
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return 1
        return 2
    return 0 if n == 1 else 2


def plural(n: int, one: str, few: str, many: str) -> str:
    """``one``/``few``/``many`` (already translated, with ``{n}``) chosen for ``n``."""
    text = (one, few, many)[plural_form(n)]
    return text.format(n=fmt_number(n))
