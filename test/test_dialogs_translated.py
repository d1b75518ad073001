"""The Processing dialogs in Russian and Kazakh: no English word in what an algorithm's dialog shows.

With the compiled translation installed (lrelease into a temporary folder, as test_dock_russian.py does),
every tailings algorithm is created as the Processing dialog creates it (``create()`` runs
``initAlgorithm``), and its name, group, help, every parameter's description and help, every enum option
and every output's description are scanned for Latin words. Allowed, each for a stated reason: what is
written in backticks, codes (all capitals), identifiers (field names with ``_``, file names, algorithm
ids), author names before a year (formula sources), and the short list below of field names and values
the algorithms read or write, product and format names, and publication series.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
from pathlib import Path

import pytest
from qgis.core import QgsProcessingParameterEnum
from qgis.PyQt.QtCore import QCoreApplication

from tailings_qgis_plugin import i18n
from tailings_qgis_plugin.processing_algorithms.provider import algorithm_classes

TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9_.:/*'’-]*")
#: "Fischer (1975)", "Kashefipour & Falconer (2002)", "Fischer et al. 1979", "Rico, Benito & Díez-Herrero
#: (2008)", "Barnes, Lehman & Mulla 2014": the authors of a formula's source, followed by the year
CITATION = re.compile(
    r"{n}(?:\s*(?:,|&|and)\s*{n})*(?:\s+et al\.)?,?\s*\(?(?:1[89]|20)\d{{2}}\b".format(
        n=r"[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?"  # a name, or a two-word name (Concha Larrauri)
    )
)
ALLOWED = {
    # values the algorithms accept or write (status, dam type, categories, GISTM consequence classes,
    # trace end reasons and piece kinds), quoted in the help next to their translation
    *"operating inactive closed abandoned under construction upstream downstream centreline other".split(),
    *"good fair poor none low medium moderate high Low Significant High Very Extreme".split(),
    *"overland river lake pit nodata false true".split(),
    # field names the algorithms read or write
    *"name status operator region commodity source notes thi par flags seq kind countries mixed".split(),
    *"depressions assumptions facility assumed snapped outlet rank facilities".split(),
    # ids of the layout items a custom template must or may have (date, legend, title ...)
    *"date disclaimer legend scalebar subtitle title".split(),
    # file extensions and the report's image folder suffix (<name>_files), units (dpi)
    *"qpt png files dpi".split(),
    # the mark of provisional scores in resources/hazard/*.json ([verify]) and a named method
    # (priority-flood, Barnes et al. 2014)
    *"verify priority-flood".split(),
    # formula symbols
    *"tau sigma sum exp log max Dmax Sxx".split(),
    # product and format names, and the language list (each language names itself)
    *"GeoPackage PostGIS PostgreSQL HydroRIVERS Python python openpyxl shapefile libpq English numba".split(),
    # publication series and journal of cited sources (UBA Dokumentationen 01/2016; UBA Texte 185/2020;
    # Computers & Geosciences 62)
    *"Dokumentationen Texte Computers Geosciences".split(),
    # the database's own message quoted so the user recognises it ("Stale edit refused…")
    *"Stale edit refused".split(),
}


def _compile(tmp_path) -> Path:
    if shutil.which("lrelease") is None and shutil.which("lrelease-qt5") is None:
        pytest.fail("lrelease is needed (qttools5-dev-tools, in scripts/bootstrap.sh)")
    spec = importlib.util.spec_from_file_location(
        "i18n_tool", Path(__file__).parents[1] / "scripts" / "i18n.py"
    )
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    for ts in tool.I18N.glob("*.ts"):
        shutil.copy2(ts, tmp_path / ts.name)
    tool.compile_all(tmp_path)
    return tmp_path


@pytest.fixture(params=["ru", "kk"])
def language(request, tmp_path, monkeypatch, plugin):
    folder = _compile(tmp_path)
    monkeypatch.setattr(i18n, "qm_path", lambda code: folder / f"tailings_{code}.qm")
    assert i18n.install_translator(request.param) == request.param
    yield request.param
    i18n.remove_translator()
    i18n.common.set_translate(QCoreApplication.translate)


def dialog_texts(alg) -> list:
    """(what, text) of everything the Processing dialog of ``alg`` shows about the algorithm."""
    texts = [
        ("name", alg.displayName()),
        ("group", alg.group()),
        ("help", alg.shortHelpString() or ""),
        ("description", alg.shortDescription() or ""),
    ]
    for p in alg.parameterDefinitions():
        texts += [(p.name(), p.description()), (p.name() + " help", p.help() or "")]
        if isinstance(p, QgsProcessingParameterEnum):
            texts += [(p.name() + " option", option) for option in p.options()]
    texts += [(o.name(), o.description()) for o in alg.outputDefinitions()]
    return texts


def english_words(text: str) -> list:
    text = re.sub(r"`[^`]*`", " ", text)  # field names in backticks
    text = re.sub(r"<[^>]+>", " ", text).replace("&amp;", "&").replace("&gt;", ">").replace("&lt;", "<")
    text = re.sub(r"\[%.*?%\]", " ", text)  # layout expressions the user may copy
    text = re.sub(r"'[^'\s][^']*'", " ", text)  # quoted values ('user scenario', 'flood;dam_safety')
    text = CITATION.sub(" ", text)
    found = set()
    for token in TOKEN.findall(text):
        word = token.rstrip(".:/'’-")
        if len(word) < 3 or word.isupper() or re.search(r"[\d_:./*]", word):
            continue  # codes (THI, NULL, PATHWAYS), identifiers (volume_m3, tailings:downstreamimpact)
        if word.strip("'’-") in ALLOWED:
            continue
        found.add(word)
    return sorted(found)


def test_every_dialog_text_is_translated(language):
    problems = []
    classes = algorithm_classes()
    assert len(classes) >= 14
    for cls in classes:
        alg = cls().create({})
        texts = dialog_texts(alg)
        assert len(texts) > 4
        # the translation is really in use: the name is in Cyrillic
        assert re.search("[а-яА-ЯәғқңөұүһіӘҒҚҢӨҰҮҺІ]", alg.displayName()), alg.displayName()
        for what, text in texts:
            words = english_words(text)
            if words:
                problems.append((language, alg.name(), what, words))
    assert not problems, "\n".join(map(str, problems))


def test_the_scan_finds_english():
    """The scan itself: an English sentence is caught, codes, identifiers and citations are not."""
    assert english_words("Поле (значения: operating) [по умолчанию: volume_m3], NULL, tailings:trace") == []
    assert english_words("K по Fischer (1975), Kashefipour & Falconer (2002), Deng et al. (2001)") == []
    assert english_words("Разрывы `joined` и Separate drainage systems") == [
        "Separate",
        "drainage",
        "systems",
    ]
