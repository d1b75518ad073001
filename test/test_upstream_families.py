"""Parameter families of issue 18: declared once (params.py), the same in every algorithm that has them.

- the reverse analyses (tailings:upstreamsources, tailings:borderwatch): every shared parameter has the
  same label, default, type and flags; only COUNTRIES differs (optional for the countries passed, required
  to find a border) and the sinks name what a place is;
- the map pages (tailings:exportimpactmaps, exportcrossingmaps, exportreceptormaps): LANGUAGE, PAGE_SIZE,
  FORMAT, DPI, ASSUMPTIONS, OUTPUT_FOLDER and the FILES and PAGES outputs, with the names and defaults
  users' scripts rely on.
"""

from __future__ import annotations

from qgis.core import QgsApplication

REVERSE = ("tailings:upstreamsources", "tailings:borderwatch")
MAPS = ("tailings:exportimpactmaps", "tailings:exportcrossingmaps", "tailings:exportreceptormaps")


def _alg(alg_id):
    alg = QgsApplication.processingRegistry().algorithmById(alg_id)
    assert alg is not None, alg_id
    return alg


def _entry(p):
    return (p.description(), p.defaultValue(), p.type(), int(p.flags()))


def test_reverse_analyses_share_one_family(provider):
    up, watch = (_alg(a) for a in REVERSE)
    shared = {p.name() for p in up.parameterDefinitions()} & {p.name() for p in watch.parameterDefinitions()}
    assert {
        "FACILITIES",
        "RIVERS",
        "MAX_TIME_H",
        "HAZARD_INDEX_FIELD",
        "VELOCITY",
        "BORDER_TOLERANCE",
    } <= shared
    for name in shared - {"COUNTRIES", "OUTPUT", "SUMMARY"}:
        assert _entry(up.parameterDefinition(name)) == _entry(watch.parameterDefinition(name)), name
    assert up.parameterDefinition("COUNTRIES").flags() & up.parameterDefinition("COUNTRIES").FlagOptional
    assert (
        not watch.parameterDefinition("COUNTRIES").flags()
        & watch.parameterDefinition("COUNTRIES").FlagOptional
    )
    for alg in (up, watch):
        assert alg.parameterDefinition("BORDER_TOLERANCE").defaultValue() == 5.0
        assert alg.parameterDefinition("SUMMARY").flags() & alg.parameterDefinition("SUMMARY").FlagOptional
        assert alg.parameterDefinition("COUNTRY_FIELD").parentLayerParameterName() == "COUNTRIES"
    assert "receptor" in up.parameterDefinition("OUTPUT").description()
    assert "crossing" in watch.parameterDefinition("OUTPUT").description()


def test_map_exports_share_the_page_family(provider):
    algs = [_alg(a) for a in MAPS]
    for name in ("LANGUAGE", "PAGE_SIZE", "DPI", "ASSUMPTIONS", "OUTPUT_FOLDER"):
        entries = {_entry(alg.parameterDefinition(name)) for alg in algs}
        assert len(entries) == 1, (name, entries)
    dpi = algs[0].parameterDefinition("DPI")
    assert (dpi.defaultValue(), dpi.minimum(), dpi.maximum()) == (150, 30, 600)
    assert algs[0].parameterDefinition("PAGE_SIZE").options() == ["A4 landscape", "A3 landscape"]
    # FORMAT keeps each algorithm's default: one PDF per facility; one multi-page PDF of crossings/receptors
    assert [alg.parameterDefinition("FORMAT").defaultValue() for alg in algs] == [0, 1, 1]
    assert [alg.parameterDefinition("FORMAT").options()[0] for alg in algs] == [
        "One PDF per facility",
        "One PDF per crossing",
        "One PDF per receptor",
    ]
    for alg in algs:
        assert {o.name() for o in alg.outputDefinitions()} >= {"FILES", "PAGES", "OUTPUT_FOLDER"}
    # the impact maps keep their dialog order: page, own template, format, resolution
    names = [p.name() for p in algs[0].parameterDefinitions()]
    start = names.index("PAGE_SIZE")
    assert names[start : start + 4] == ["PAGE_SIZE", "TEMPLATE", "FORMAT", "DPI"]
    assert names[-2:] == ["ASSUMPTIONS", "OUTPUT_FOLDER"]
