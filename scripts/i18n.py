"""Translation sources: extract every user-visible string into resources/i18n/*.ts, and compile .qm.

    python scripts/i18n.py extract [ru|kk]  # update tailings_ru.ts and tailings_kk.ts from the code
    python scripts/i18n.py compile   # .ts -> .qm (lrelease), as `make package` does
    python scripts/i18n.py check     # list source strings without a translation (exit 1 if any)

Strings are found in calls ``tr("…")``, ``self.tr("…")``, ``_tr("…")``, ``tr_noop("…")`` and
``QCoreApplication.translate(CONTEXT, "…")`` in the Python sources, and in the ``<text>``-like
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


def _literal(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def extract_strings() -> dict[str, str]:
    """Source text -> 'file:line' of its first use."""
    found: dict[str, str] = {}
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
                elif name == "translate" and len(node.args) >= 2:
                    text = _literal(node.args[1])
                if text:
                    found.setdefault(text, f"{path.relative_to(ROOT).as_posix()}:{node.lineno}")
    return found


def _read_ts(path: Path) -> dict[str, str]:
    if not path.is_file():
        return {}
    translations = {}
    for message in ET.parse(path).getroot().iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if source is not None and node is not None and node.text and node.get("type") not in ("unfinished",):
            translations[source] = node.text
    return translations


def _write_ts(path: Path, language: str, strings: dict[str, str], translations: dict[str, str]) -> None:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sorted(set(strings) | set(translations)):
        message = ET.SubElement(context, "message")
        if source in strings:
            file, line = strings[source].rsplit(":", 1)
            ET.SubElement(message, "location", filename="../../" + file, line=line)
        ET.SubElement(message, "source").text = source
        node = ET.SubElement(message, "translation")
        if source not in strings:
            node.set("type", "obsolete")
            node.text = translations[source]
        elif source in translations:
            node.text = translations[source]
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
    elif command == "compile":
        for qm in compile_all():
            print(f"wrote {qm.relative_to(ROOT)}")
    elif command == "check":
        gaps = missing()
        for short, texts in gaps.items():
            for text in texts:
                print(f"[{short}] untranslated: {text[:100]!r}")
        return 1 if any(gaps.values()) else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
