"""Search keys that let Cyrillic and Latin spellings of the same name match.

Pure Python (no Qt). Both the facility text and the query go through :func:`fold`:
lower case, Cyrillic (Russian and Kazakh letters) transliterated to Latin, accents
removed, and the few letters that transliteration systems spell differently
(й/ы/и -> i or y, х -> kh or h, ...) folded to one spelling. "Риддер" and "Ridder",
"Майкубенский" and "Maikubensky", "Қарағанды" and "Karagandy" then give the same key.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Russian letters, then the Kazakh additions. Simple Latin spellings, close to the
# ones used in English place names (BGN/PCGN-like without diacritics).
_CYRILLIC = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ё": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    # Kazakh
    "ә": "a",
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
    "і": "i",
    # Ukrainian / Kyrgyz letters that appear in neighbouring names
    "є": "e",
    "ї": "i",
    "ґ": "g",
}
_TRANSLIT = str.maketrans(_CYRILLIC)

# Applied after transliteration, to both sides: spellings that differ between
# systems are folded to one (order matters: longest first).
_FOLDS = (
    ("shch", "sh"),
    ("kh", "h"),
    ("ts", "c"),
    ("yu", "u"),
    ("iu", "u"),
    ("ya", "a"),
    ("ia", "a"),
    ("yo", "o"),
    ("ye", "e"),
    ("j", "i"),
    ("y", "i"),
    ("x", "ks"),
    ("w", "v"),
)
_NON_WORD = re.compile(r"[^0-9a-z]+")
_REPEATS = re.compile(r"([a-z])\1+")


def transliterate(text: str) -> str:
    """Lower-case Latin transliteration of ``text`` (Latin text is only lower-cased)."""
    return str(text).lower().translate(_TRANSLIT)


def fold(text) -> str:
    """The search key of ``text``: words of ASCII letters and digits separated by single spaces."""
    if text is None:
        return ""
    return _fold(str(text))


@lru_cache(maxsize=65536)  # regions, commodities, operators repeat across thousands of facilities
def _fold(text: str) -> str:
    latin = transliterate(text)
    # strip accents (é -> e, ö -> o) that survive transliteration
    latin = unicodedata.normalize("NFKD", latin).encode("ascii", "ignore").decode("ascii")
    for old, new in _FOLDS:
        latin = latin.replace(old, new)
    latin = _REPEATS.sub(r"\1", latin)  # "Ridder" / "Ridеr", "ii" / "i"
    return _NON_WORD.sub(" ", latin).strip()


def search_key(*values) -> str:
    """One key for several values (missing values are skipped), padded with spaces at both ends."""
    parts = [fold(v) for v in values if v is not None and str(v).strip()]
    return " " + " ".join(p for p in parts if p) + " "


def query_terms(query: str) -> list[str]:
    """The folded words of a search query (empty list: show everything)."""
    return fold(query).split()


def matches(key: str, terms) -> bool:
    """True when every query term occurs in ``key`` (substring match, so "karag" finds "Karagandy")."""
    return all(term in key for term in terms)


# The Russian and Kazakh names of the registry's region and commodity values are one table, shared with
# the map pages and the card: core/value_labels.py. The search key of a facility holds them too.
from ..core.value_labels import VALUE_NAMES, localized_value, value_names  # noqa: E402,F401
