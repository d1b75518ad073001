"""Consequence classification of a tailings facility (GISTM 2020, Annex 2, Table 1).

Global Industry Standard on Tailings Management (ICMM, UNEP, PRI, 2020),
Annex 2, Table 1 "Consequence Classification Matrix":

=========== ===================== =========================
class       population at risk    potential loss of life
=========== ===================== =========================
Low         none                  none expected
Significant 1-10                  unspecified
High        10-100                1-10
Very High   100-1,000             10-100
Extreme     > 1,000               > 100
=========== ===================== =========================

The table's ranges share their end points (10, 100, 1,000). Because the top
class is written "> 1,000", 1,000 itself belongs to Very High; the same rule
is applied to every shared end point, so each range includes its upper end:
PAR 10 -> Significant, 100 -> High, 1,000 -> Very High, 1,001 -> Extreme;
any PAR above 0 is at least Significant (an expected PAR can be fractional).
Potential loss of life: 0 -> Low; 1-10 -> High, 10-100 -> Very High, > 100 ->
Extreme, with the same upper-end rule; between 0 and 1 -> Significant
("unspecified"). The facility's class is the highest reached in any criterion
given [impl]; the criteria that reach it are reported.

The population at risk itself comes from the exposure engine; this module
takes the numbers.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from .common import TailingsError, tr
from .numbers import compact

#: Class names in increasing order; the index is the class number (0 = Low).
CONSEQUENCE_CLASSES = ("Low", "Significant", "High", "Very High", "Extreme")

# Upper ends (inclusive) of Significant, High and Very High: GISTM (2020) Annex 2 Table 1.
PAR_UPPER = (10.0, 100.0, 1000.0)
PLL_UPPER = (10.0, 100.0)


@dataclass
class ConsequenceResult:
    """``class_index`` 0-4 (None when no criterion was given), ``class_name``,
    ``criterion``: the criteria that set the class joined by ``;``,
    ``per_criterion``: criterion -> class index, ``missing``: criteria left out."""

    class_index: int | None
    class_name: str | None
    criterion: str | None
    per_criterion: dict = field(default_factory=dict)
    missing: list = field(default_factory=list)


def _count(value, name: str) -> float:
    is_null = getattr(value, "isNull", None)  # QVariant NULL from PyQGIS, duck-typed
    if value is None or isinstance(value, bool) or (callable(is_null) and is_null()):
        raise TailingsError(tr("{name} is missing.").format(name=name))
    try:
        number = float(value)
    except (TypeError, ValueError):
        raise TailingsError(tr("{name} is not a number: {v!r}.").format(name=name, v=value)) from None
    if math.isnan(number):
        raise TailingsError(tr("{name} is missing (NaN).").format(name=name))
    if number < 0 or math.isinf(number):
        raise TailingsError(tr("{name} must be 0 or more, found {v}.").format(name=name, v=compact(number)))
    return number


def par_class(par) -> int:
    """GISTM (2020) class index from the population at risk (see module doc for end points)."""
    par = _count(par, tr("Population at risk"))
    if par == 0:
        return 0
    for index, upper in enumerate(PAR_UPPER, start=1):
        if par <= upper:
            return index
    return 4


def pll_class(pll) -> int:
    """GISTM (2020) class index from the potential loss of life."""
    pll = _count(pll, tr("Potential loss of life"))
    if pll == 0:
        return 0
    if pll < 1:
        return 1  # "unspecified" (Significant)
    for index, upper in enumerate(PLL_UPPER, start=2):
        if pll <= upper:
            return index
    return 4


def class_index(value) -> int:
    """Class index from a class name (case-insensitive) or an index 0-4."""
    if isinstance(value, str):
        key = " ".join(value.strip().lower().split())
        for index, name in enumerate(CONSEQUENCE_CLASSES):
            if key == name.lower():
                return index
        raise TailingsError(
            tr("Unknown consequence class {v!r}; expected one of: {allowed}.").format(
                v=value, allowed=", ".join(CONSEQUENCE_CLASSES)
            )
        )
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value not in (0, 1, 2, 3, 4):
        raise TailingsError(tr("A consequence class index must be 0-4, found {v!r}.").format(v=value))
    return int(value)


def consequence_class(par=None, pll=None, others=None) -> ConsequenceResult:
    """The facility's GISTM (2020) consequence class: the highest over the criteria given.

    ``par``: population at risk; ``pll``: potential loss of life; ``others``:
    optional mapping criterion name -> class (name or index 0-4), e.g.
    ``{"environment": "High"}`` for columns assessed elsewhere. ``None`` values
    are listed in ``missing``; bad values raise :class:`TailingsError`. When no
    criterion is given the class is None (never a silent "Low").
    """
    per, missing = {}, []
    if par is None:
        missing.append("par")
    else:
        per["par"] = par_class(par)
    if pll is None:
        missing.append("pll")
    else:
        per["pll"] = pll_class(pll)
    for name, value in (others or {}).items():
        if value is None:
            missing.append(str(name))
        else:
            per[str(name)] = class_index(value)
    if not per:
        return ConsequenceResult(None, None, None, per, missing)
    top = max(per.values())
    setters = [name for name, idx in per.items() if idx == top]
    return ConsequenceResult(top, CONSEQUENCE_CLASSES[top], ";".join(setters), per, missing)
