"""Translations: every interface string has a Russian and a Kazakh translation, and they load in QGIS."""

from __future__ import annotations

import importlib.util
import re

import pytest

from conftest import ROOT

spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "scripts" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)

PLACEHOLDER = re.compile(r"\{[^{}]*\}")
TAG = re.compile(r"</?([a-zA-Z]+)[^>]*>")


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_every_source_string_is_translated(language):
    gaps = i18n_tool.missing()[language]
    assert not gaps, f"{len(gaps)} strings without a {language} translation, e.g. {gaps[:5]}"


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_translations_keep_placeholders_and_tags(language):
    translations = i18n_tool._read_ts(i18n_tool.I18N / f"tailings_{language}.ts")
    wanted = i18n_tool.extract_strings()
    bad = []
    for key, text in translations.items():
        if key not in wanted:
            continue  # obsolete entry, kept for reference
        source = key[1]
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
            bad.append(("placeholders", source[:60], text[:60]))
        if sorted(TAG.findall(source)) != sorted(TAG.findall(text)):
            bad.append(("tags", source[:60], text[:60]))
    assert not bad, bad[:5]


def test_compiled_russian_translation_is_used(tmp_path, plugin):
    """Compile the .ts with lrelease and check QGIS's translator returns Russian for a known string."""
    import shutil

    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    if shutil.which("lrelease") is None and shutil.which("lrelease-qt5") is None:
        pytest.skip("lrelease is not installed")
    for ts in i18n_tool.I18N.glob("*.ts"):
        shutil.copy2(ts, tmp_path / ts.name)
    compiled = i18n_tool.compile_all(tmp_path)
    assert {p.name for p in compiled} == {"tailings_ru.qm", "tailings_kk.qm"}
    translator = QTranslator()
    assert translator.load(str(tmp_path / "tailings_ru.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        alg = plugin.provider.algorithm("tracedownstream")
        name = alg.displayName()
        assert name != "Trace downstream pathways" and re.search("[а-яА-Я]", name), name
    finally:
        QCoreApplication.removeTranslator(translator)
    assert plugin.provider.algorithm("tracedownstream").displayName() == "Trace downstream pathways"


def test_numbers_in_messages_follow_the_language(plugin):
    """Numbers inside translated messages (errors, warnings, log lines) are written as readers of the
    language write them: a Russian message says "351,5 м", never "351.5 м" (a format spec such as
    ``{h:g}`` in a message would print the English decimal point)."""
    from tailings_qgis_plugin import i18n
    from tailings_qgis_plugin.core.common import TailingsError
    from tailings_qgis_plugin.core.runout import check_inputs

    with i18n.language("ru") as code:
        assert code == "ru"
        _, _, warnings = check_inputs(2.5e6, 351.5)
        with pytest.raises(TailingsError) as err:
            check_inputs(2.5e6, -0.5)
    for message in (" ".join(warnings), str(err.value)):
        assert re.search("[а-яА-Я]", message), message
    assert "351,5" in warnings[0] and "351.5" not in warnings[0], warnings
    assert "-0,5" in str(err.value), err.value
    _, _, warnings = check_inputs(2.5e6, 351.5)
    assert "351.5" in warnings[0]  # English again outside the block


def test_no_format_spec_in_translated_messages():
    """Every number in a message goes in as text made by core.numbers (num / compact): no ``{v:g}`` or
    ``{d:.0f}`` in a string passed through tr() and then formatted (the help text's figures excepted)."""
    import ast
    from pathlib import Path

    spec = re.compile(r"\{\w+:[^}]+\}")
    root = Path(__file__).resolve().parents[1]
    found = []
    for path in [*root.glob("tailings_qgis_plugin/**/*.py"), *root.glob("processing_algorithms/*.py")]:
        if path.name == "hazard_help.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "format"
            ):
                inner = node.func.value
                if isinstance(inner, ast.Call) and inner.args and isinstance(inner.args[0], ast.Constant):
                    name = getattr(inner.func, "attr", getattr(inner.func, "id", ""))
                    if name in ("tr", "_tr") and spec.search(str(inner.args[0].value)):
                        found.append(f"{path.relative_to(root)}:{node.lineno}")
    assert found == []
