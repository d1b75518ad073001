"""Numbers as a reader of each interface language writes them. Pure Python (no Qt).

English: "1,234.5"; Russian and Kazakh: "1 234,5" (no-break space between thousands, decimal comma;
GOST 8.417-2002 and the Russian typographic rule that a four-digit number is written without the space,
as Qt's ``QLocale.OmitGroupSeparator`` below 10,000 in the panel did). Never ``f"{v:,}"`` in user text:
a Russian reader takes "1,234 км" for 1.234 km. The maps, the reports' text and the panel all format
through :func:`format_number` so the same value reads the same everywhere.
"""

from __future__ import annotations

import math
from decimal import ROUND_HALF_UP, Decimal

#: (group separator, decimal separator) per language
SEPARATORS = {"en": (",", "."), "ru": ("\u00a0", ","), "kk": ("\u00a0", ",")}
#: numbers below this are written without a group separator (4 digits: "2593", not "2 593")
GROUP_FROM = 10000
DASH = "\u2014"
#: the language numbers in translated text are written in; the plugin's i18n module keeps it equal to the
#: language its translator is installed for (plain Python: English)
_LANGUAGE = {"code": "en"}


def set_language(code: str | None) -> None:
    """Write numbers of :func:`num` and :func:`compact` the way readers of ``code`` do."""
    _LANGUAGE["code"] = str(code or "en")[:2].lower()


def current_language() -> str:
    return _LANGUAGE["code"]


def separators(language: str | None) -> tuple:
    return SEPARATORS.get(str(language or "en")[:2].lower(), SEPARATORS["en"])


def format_number(
    value, decimals: int = 0, language: str | None = "en", group_from: float = GROUP_FROM
) -> str:
    """``value`` rounded to ``decimals`` places with the separators of ``language``; '—' when missing."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return DASH
    if not math.isfinite(number):
        return DASH
    decimals = max(0, int(decimals))
    group, point = separators(language)
    # half away from zero, as people round (and QLocale does): f"{52664.5:.0f}" would give 52664
    text = str(Decimal(repr(abs(number))).quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))
    whole, _dot, fraction = text.partition(".")
    if abs(number) >= group_from:
        digits = []
        for i, ch in enumerate(reversed(whole)):
            if i and i % 3 == 0:
                digits.append(group)
            digits.append(ch)
        whole = "".join(reversed(digits))
    sign = "-" if number < 0 and float(text) != 0 else ""
    return sign + whole + (point + fraction if fraction else "")


def format_compact(value, language: str | None = "en", digits: int = 6) -> str:
    """Like ``{:g}`` (no trailing zeros, at most ``digits`` significant digits) with the language's decimal
    sign."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return DASH
    if not math.isfinite(number):
        return DASH
    text = f"{number:.{max(1, int(digits))}g}"
    if "e" in text:
        return text
    return text.replace(".", separators(language)[1])


def num(value, decimals: int = 0) -> str:
    """:func:`format_number` in the current language (text that goes through ``tr()``)."""
    return format_number(value, decimals, _LANGUAGE["code"])


def compact(value, digits: int = 6) -> str:
    """:func:`format_compact` in the current language."""
    return format_compact(value, _LANGUAGE["code"], digits)
