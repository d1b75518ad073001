"""Translation sources: extract every user-visible string into resources/i18n/*.ts, and compile .qm.

    python scripts/i18n.py extract [ru|kk]  # update tailings_ru.ts and tailings_kk.ts from the code
    python scripts/i18n.py merge ru FILE.json  # add translations from [{"context", "source", "translation"}]
    python scripts/i18n.py compile   # .ts -> .qm (lrelease), as `make package` does
    python scripts/i18n.py check     # list source strings without a translation (exit 1 if any)

Strings are found in calls ``tr("…")``, ``self.tr("…")``, ``_tr("…")``, ``tr_noop("…")`` and
``QCoreApplication.translate(CONTEXT, "…")`` in the Python sources, ``trn("… %n …", n)`` (a count:
written as a Qt numerus message, one ``<numerusform>`` per plural form of the language; in the JSON of
``merge`` its translation is a list of the forms, Russian: one, few, many), and in the ``<text>``-like
``tr`` attributes of layout templates (``resources/layouts/*.qpt``, elements with
``labelText``/``title``). The plugin uses one context, ``Tailings``. Existing translations are kept;
strings no longer in the code are marked obsolete, never silently dropped.
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
I18N = ROOT / "resources" / "i18n"
LANGUAGES = {"ru": "ru_RU", "kk": "kk_KZ"}
CONTEXT = "Tailings"
SOURCES = ("tailings_qgis_plugin", "processing_algorithms")
FUNCTIONS = {"tr", "_tr", "tr_noop"}
#: calls whose first argument is a message about a count (core/common.trn): Qt numerus messages
FUNCTIONS_N = {"trn"}
#: plural forms lrelease expects per language (Qt's rules: Russian one/few/many; Kazakh two, and the
#: noun stays singular after a number, so the forms are usually the same)
NUMERUS_FORMS = {"ru": 3, "kk": 2}
#: keys (context, source) of the numerus messages, filled by extract_strings
NUMERUS: set = set()


class Forms(str):
    """A numerus translation: reads as its first form (placeholder checks work on it); ``forms`` has all."""

    def __new__(cls, forms):
        forms = [str(f) for f in forms] if isinstance(forms, (list, tuple)) else [str(forms)]
        obj = super().__new__(cls, forms[0] if forms else "")
        obj.forms = forms
        return obj


def _literal(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def extract_strings() -> dict[tuple[str, str], str]:
    """(context, source text) -> 'file:line' of its first use.

    Python code uses the one context ``Tailings``; a Qt Designer form (``resources/ui/*.ui``) is
    translated by ``uic`` under the context of its top widget class.
    """
    found: dict[tuple[str, str], str] = {}
    for path in sorted((ROOT / "resources" / "ui").glob("*.ui")):
        root = ET.parse(path).getroot()
        context = root.findtext("class") or path.stem
        for node in root.iter("string"):
            if node.text and node.get("notr") != "true":
                found.setdefault((context, node.text), f"{path.relative_to(ROOT).as_posix()}:0")
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
            for node in ast.walk(tree):
                if not isinstance(node, ast.Call):
                    continue
                func = node.func
                name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
                text = None
                if name in FUNCTIONS and node.args:
                    text = _literal(node.args[0])
                elif name in FUNCTIONS_N and node.args:
                    text = _literal(node.args[0])
                    if text:
                        NUMERUS.add((CONTEXT, text))
                elif name == "translate" and len(node.args) >= 2:
                    text = _literal(node.args[1])
                if text:
                    found.setdefault((CONTEXT, text), f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
    return found


def _read_ts(path: Path) -> dict[tuple[str, str], str]:
    if not path.is_file():
        return {}
    translations = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") == "unfinished":
                continue
            if message.get("numerus") == "yes":
                forms = [f.text or "" for f in node.iter("numerusform")]
                if forms and all(forms):
                    translations[(name, source)] = Forms(forms)
            elif node.text:
                translations[(name, source)] = node.text
    return translations


def _write_ts(path: Path, language: str, strings: dict, translations: dict) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    keys = set(strings) | set(translations)
    for context_name in sorted({c for c, _s in keys}):
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = context_name
        for key in sorted(k for k in keys if k[0] == context_name):
            message = ET.SubElement(context, "message")
            if key in strings:
                file, line = strings[key].rsplit(":", 1)
                ET.SubElement(message, "location", filename="../../" + file, line=line)
            ET.SubElement(message, "source").text = key[1]
            node = ET.SubElement(message, "translation")
            if key in NUMERUS or isinstance(translations.get(key), Forms):
                _numerus(message, node, language, translations.get(key), key in strings)
                continue
            if key not in strings:
                node.set("type", "obsolete")
                node.text = translations[key]
            elif key in translations:
                node.text = translations[key]
            else:
                node.set("type", "unfinished")
    ET.indent(root) if hasattr(ET, "indent") else None
    tmp = path.with_suffix(".ts.part")
    tmp.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
    tmp.replace(path)


def _numerus(message, node, language: str, translation, current: bool) -> None:
    """Fill a numerus message: as many forms as the language has (the last form repeated when fewer
    were given, e.g. one Kazakh form for all counts)."""
    message.set("numerus", "yes")
    count = NUMERUS_FORMS.get(language[:2], 2)
    forms = list(getattr(translation, "forms", [translation] if translation else []))
    if not current:
        node.set("type", "obsolete")
    elif not forms:
        node.set("type", "unfinished")
    forms = (forms + [forms[-1]] * count)[:count] if forms else [""] * count
    for form in forms:
        ET.SubElement(node, "numerusform").text = form


def extract(only: str | None = None) -> None:
    strings = extract_strings()
    I18N.mkdir(parents=True, exist_ok=True)
    for short, language in LANGUAGES.items():
        if only and short != only:
            continue
        path = I18N / f"tailings_{short}.ts"
        translations = _read_ts(path)
        _write_ts(path, language, strings, translations)
        done = sum(1 for s in strings if s in translations)
        print(f"{path.relative_to(ROOT)}: {len(strings)} strings, {done} translated")


def merge(short: str, json_path: Path) -> int:
    """Add translations from a JSON list of {"context", "source", "translation"} objects."""
    import json

    path = I18N / f"tailings_{short}.ts"
    translations = _read_ts(path)
    added = 0
    for item in json.loads(Path(json_path).read_text(encoding="utf-8")):
        value = item.get("translation") or ""
        if isinstance(value, list):  # the plural forms of a numerus message
            if value and all(str(v).strip() for v in value):
                translations[(item.get("context") or CONTEXT, item["source"])] = Forms(value)
                added += 1
        elif value.strip():
            translations[(item.get("context") or CONTEXT, item["source"])] = value
            added += 1
    _write_ts(path, LANGUAGES[short], extract_strings(), translations)
    return added


def missing() -> dict[str, list[str]]:
    strings = extract_strings()
    return {
        short: [s for s in strings if s not in _read_ts(I18N / f"tailings_{short}.ts")] for short in LANGUAGES
    }


def compile_all(target: Path = I18N) -> list[Path]:
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    if lrelease is None:
        raise SystemExit("lrelease not found: install qttools5-dev-tools")
    made = []
    for ts in sorted(target.glob("*.ts")):
        qm = ts.with_suffix(".qm")
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def main(argv) -> int:
    command = argv[1] if len(argv) > 1 else "extract"
    if command == "extract":
        extract(argv[2] if len(argv) > 2 else None)
    elif command == "merge":
        print(f"{merge(argv[2], Path(argv[3]))} translations merged into tailings_{argv[2]}.ts")
    elif command == "compile":
        for qm in compile_all():
            print(f"wrote {qm.relative_to(ROOT)}")
    elif command == "check":
        gaps = missing()
        for short, texts in gaps.items():
            for context, text in texts:
                print(f"[{short}] untranslated ({context}): {text[:100]!r}")
        return 1 if any(gaps.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
