"""The translator's review (shared I18N_REVIEW.md, December 2026) stays applied.

Every current translation in resources/i18n/tailings_ru.ts and tailings_kk.ts is read (obsolete entries
are not shown to anyone and are skipped) and checked against the review's list of wrong terms: none may
come back. Each forbidden pattern names the review's reason and the recommended term.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

I18N = Path(__file__).parents[1] / "resources" / "i18n"

#: (pattern, why, use instead) per language
FORBIDDEN = {
    "ru": [
        (r"\bвыброс\w*|\bвыброшенн\w*", "выброс is a release to air (RU #3)", "излив / излившиеся хвосты"),
        (
            r"[Вв]ремя прихода|\bПриход, ч",
            "arrival is «время добегания» everywhere (RU #6)",
            "время добегания",
        ),
        (r"Население пунктов", "wrong meaning (RU #1)", "Населённые пункты (по численности населения)"),
        (r"\bлегенда\b", "the map's key is «условные обозначения» (RU #8)", "условные обозначения"),
        (r"\bМКОРД\b", "the Danube commission is МКЗД", "МКЗД"),
        (r"\{[a-z_]*:,", "a ',' format spec prints '1,234' (read as 1.234; RU #4)", "core/numbers.py"),
    ],
    "kk": [
        (r"төзімділ\w*", "төзімділік means endurance (KK #1)", "рұқсат етілген ауытқу"),
        (r"[Шш]ығарынд\w*", "шығарынды is an air emission (KK #2)", "төгінді / ағып шыққан қалдық"),
        (
            r"Қауіпті алдын ала",
            "reads as 'dangerous preliminary assessment' (KK #3)",
            "Қауіптілікті алдын ала",
        ),
        (r"[Шш]екарадан өту", "a border checkpoint, not a river crossing (KK #4)", "шекара қиылысы"),
        (r"([Сс]алдар|қауіптілік) класы", "«класс» is a Russianism (KK #5)", "сынып / сыныбы"),
        (r"бойымен төмен әсер", "adverb where an adjective is needed (KK #6)", "ағыс бойымен төмендегі әсер"),
        (r"\bШың\b", "a mountain peak (KK #7)", "ең жоғары концентрация"),
        (r"аймағындағы мекен\b", "мекен alone is not a settlement (KK #8)", "елді мекен"),
        (r"\bЖСМ\b", "not an established abbreviation (KK #10)", "ЖБСМ"),
        (r"[Ққ]алдық сақтау қойма", "does not match the menu (KK #9)", "қалдық қоймасы"),
        (r"\{[a-z_]*:,", "a ',' format spec prints '1,234' (read as 1.234)", "core/numbers.py"),
    ],
}


def _translations(language: str) -> list[tuple[str, str]]:
    tree = ET.parse(I18N / f"tailings_{language}.ts")
    out = []
    for message in tree.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("obsolete", "vanished"):
            continue
        out.append((message.findtext("source") or "", translation.text or ""))
    return out


@pytest.mark.parametrize("language", sorted(FORBIDDEN))
def test_no_term_the_review_forbids(language):
    messages = _translations(language)
    assert len(messages) > 500  # the catalogue was read
    found = []
    for pattern, why, instead in FORBIDDEN[language]:
        regex = re.compile(pattern)
        for source, text in messages:
            if regex.search(text):
                found.append(f"{source[:60]!r}: {regex.search(text).group(0)!r} ({why}; use {instead})")
    assert not found, "\n".join(found)


def test_recommended_terms_are_used():
    """The review's recommended renderings of its worst entries, read back from the catalogues."""
    ru, kk = dict(_translations("ru")), dict(_translations("kk"))
    assert ru["Settlement, by population"] == "Населённые пункты (по численности населения)"
    assert "время добегания" in ru["Border crossing (arrival)"]
    assert ru["Arrival, h"] == "Время добегания, ч"
    assert ru["Exposed settlement"] == "Населённый пункт в зоне воздействия"
    assert "излившихся хвостов" in ru["Released volume (estimate)"]
    assert kk["Exposed settlement"] == "Әсер аймағындағы елді мекен"
    assert kk["Hazard screening"] == "Қауіптілікті алдын ала бағалау"
    assert "қиылыс" in kk["Border crossing (arrival)"]
    assert "рұқсат етілген ауытқу" in kk["Node tolerance (m): reach ends closer than this are joined"]


def test_hazard_component_labels_are_translated():
    """The panel's hazard section names the index components by their labels in
    resources/hazard/thi_scoring.json: each must be in the catalogues (listed in core/value_labels.py),
    or a Russian card shows "Capacity", "Toxicity" (seen in the guide's screenshot)."""
    from tailings_qgis_plugin.core.hazard_index import load_thi_rules
    from tailings_qgis_plugin.core.value_labels import THI_COMPONENT_LABELS

    labels = [c.label for c in load_thi_rules().components]
    assert len(labels) == 5
    assert set(labels) <= set(THI_COMPONENT_LABELS)
    for language in ("ru", "kk"):
        catalogue = dict(_translations(language))
        for label in labels:
            name = catalogue[label].split(":")[0]
            assert re.fullmatch(r"[^A-Za-z]+", name), (language, label, name)
