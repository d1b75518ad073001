"""Numbers as the panel and the map pages write them (core/numbers.py), checked against Qt's QLocale.

QLocale is an independent implementation of the CLDR rules for Russian, Kazakh and English: every value
below must read the same from both (QLocale's group separator is omitted below 10,000, the typographic
rule the plugin follows).
"""

from __future__ import annotations

import math

import pytest
from qgis.PyQt.QtCore import QLocale

from tailings_qgis_plugin.core.numbers import format_compact, format_number
from tailings_qgis_plugin.core.value_labels import localized_value

VALUES = [0, 0.6, 7.25, 52.0, 999.95, 2593, 9999.4, 10000, 52664, 1940329, 123456789.126, -0.04, -52664.5]
LOCALES = {
    "en": QLocale(QLocale.English, QLocale.UnitedStates),
    "ru": QLocale(QLocale.Russian, QLocale.Russia),
    "kk": QLocale(QLocale.Kazakh, QLocale.Kazakhstan),
}


@pytest.mark.parametrize("language", sorted(LOCALES))
@pytest.mark.parametrize("decimals", [0, 1, 2])
def test_format_number_reads_like_qlocale(language, decimals):
    for value in VALUES:
        loc = QLocale(LOCALES[language])
        if abs(value) < 10000:
            loc.setNumberOptions(QLocale.OmitGroupSeparator)
        expected = loc.toString(float(value), "f", decimals)
        if value < 0 and round(abs(value), decimals) == 0:
            expected = expected[1:]  # "-0,0": the plugin writes 0
        assert format_number(value, decimals, language) == expected, (language, value, decimals)


def test_no_english_separators_in_russian():
    assert format_number(1940329, 0, "ru") == "1\u00a0940\u00a0329"
    assert format_number(0.6, 1, "kk") == "0,6"
    assert format_number(2593, 0, "ru") == "2593"  # four digits: no space
    assert format_number(float("nan"), 1, "ru") == format_number(None) == "\u2014"
    assert format_number(math.inf) == "\u2014"
    assert format_compact(24.0, "ru") == "24" and format_compact(0.5, "ru") == "0,5"


def test_region_and_commodity_names_are_one_table():
    from tailings_qgis_plugin.gui import search_text

    assert search_text.localized_value is localized_value  # the panel's search uses the same table
    assert localized_value("East Kazakhstan", "ru") == "Восточно-Казахстанская область"
    assert localized_value("copper", "kk") == "мыс"
    assert localized_value("copper, zinc", "ru") == "медь, цинк"
    assert localized_value("copper", "en") == "copper"
    assert localized_value("unobtainium", "ru") == "unobtainium"


def test_report_cells_in_russian_and_kazakh():
    from tailings_qgis_plugin.core.report import format_value
    from tailings_qgis_plugin.core.report_html import html_table

    assert format_value(1940329, "int") == "1,940,329"  # English as before
    for language in ("ru", "kk"):
        assert format_value(1940329, "int", language) == "1\u00a0940\u00a0329"
        assert format_value(2593.04, "float1", language) == "2\u00a0593,0"
        assert format_value(0.256, "float2", language) == "0,26"
        assert format_value(0.000123, "sci", language) == "0,000123"
        table = html_table(
            [("population", "Population", "int"), ("arrival_h", "Arrival, h", "float1")],
            [{"population": 52664, "arrival_h": 0.6}],
            language=language,
        )
        assert "52\u00a0664" in table and "0,6" in table and "52,664" not in table and "0.6" not in table


def test_plural_forms_come_from_the_catalogue(compiled_translations):
    """Qt numerus messages (core/common.trn, written by scripts/i18n.py as <numerusform>s): the Russian
    form follows the count's last digits (CLDR: 1, 21 -> one; 2-4, 22 -> few; 5-20, 11-14 -> many), the
    Kazakh noun stays singular after a number, English has its singular and plural."""
    from tailings_qgis_plugin.core.common import trn

    counts = (1, 2, 5, 11, 12, 21, 22, 111)
    assert [trn("%n places", n, one="%n place") for n in (1, 2)] == ["1 place", "2 places"]  # English
    compiled_translations("ru")
    assert [trn("%n places", n, one="%n place") for n in counts] == [
        "1 населённый пункт",
        "2 населённых пункта",
        "5 населённых пунктов",
        "11 населённых пунктов",
        "12 населённых пунктов",
        "21 населённый пункт",
        "22 населённых пункта",
        "111 населённых пунктов",
    ]
    assert trn("%n years ago", 3, one="%n year ago") == "3 года назад"
    assert trn("%n years ago", 21, one="%n year ago") == "21 год назад"
    compiled_translations("kk")
    assert {trn("%n places", n) for n in counts} == {f"{n} елді мекен" for n in counts}


def test_numerus_messages_round_trip_through_the_catalogue():
    import importlib.util
    from pathlib import Path

    spec = importlib.util.spec_from_file_location(
        "i18n_tool", Path(__file__).parents[1] / "scripts" / "i18n.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    strings = tool.extract_strings()
    assert ("Tailings", "%n places") in strings and ("Tailings", "%n places") in tool.NUMERUS
    ru = tool._read_ts(tool.I18N / "tailings_ru.ts")[("Tailings", "%n places")]
    kk = tool._read_ts(tool.I18N / "tailings_kk.ts")[("Tailings", "%n places")]
    assert len(ru.forms) == 3 and len(set(ru.forms)) == 3 and all("%n" in f for f in ru.forms)
    assert len(kk.forms) == tool.NUMERUS_FORMS["kk"]


def test_report_text_cells_translated(compiled_translations):
    from tailings_qgis_plugin.core.report_html import html_table

    columns = [
        ("region", "Region", "text"),
        ("consequence_class", "Consequence class", "text"),
        ("operator", "Operator", "text"),
    ]
    row = {"region": "East Kazakhstan", "consequence_class": "Extreme", "operator": "Kazzinc"}
    assert "East Kazakhstan" in html_table(columns, [row], language="en")
    compiled_translations("ru")
    table = html_table(columns, [row], language="ru")
    assert "Восточно-Казахстанская область" in table and "Extreme" not in table
    assert "Kazzinc" in table  # an operator's name is a proper noun: as recorded
