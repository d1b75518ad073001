"""The summary report: rows computed from the analysis outputs, escaping, CSV/XLSX content, the algorithm."""

from __future__ import annotations

import base64
import csv
import re
from pathlib import Path

import pytest
from test_maps import SECOND, SMELTER, algorithms  # noqa: F401 - the fixture that registers the algorithms

from tailings_qgis_plugin.core import report, report_html
from tailings_qgis_plugin.core.common import TailingsError

FACILITIES = [
    {
        "facility_id": "A",
        "name": "Dam <A> & Co",
        "operator": "Kaz\"Zinc'",
        "thi": 12.0,
        "runout_km": 30.0,
        "consequence_class": "Extreme",
    },
    {
        "facility_id": "B",
        "name": "Дамба Б",
        "operator": None,
        "thi": 15.5,
        "runout_km": 8.0,
        "consequence_class": "High",
    },
    {"facility_id": 3, "name": '=HYPERLINK("http://x")', "thi": None},
]
EXPOSED = [
    {
        "facility_id": "A",
        "name": "Semey",
        "population": 292780,
        "country": "KAZ",
        "dist_km": 240.0,
        "arrival_h": 59.9,
    },
    {
        "facility_id": "A",
        "name": "Glubokoye",
        "population": 11192,
        "country": "KAZ",
        "dist_km": 43.6,
        "arrival_h": 10.8,
    },
    {
        "facility_id": "A",
        "name": "<script>alert(1)</script>",
        "population": None,
        "dist_km": 5.0,
        "arrival_h": 1.0,
    },
    {
        "facility_id": "B",
        "name": "Omsk",
        "population": 1129281,
        "country": "RUS",
        "dist_km": 1300.0,
        "arrival_h": 330.0,
    },
]
CROSSINGS = [
    {
        "facility_id": "A",
        "kind": "border_stretch",
        "from_country": "RUS",
        "to_country": "RUS",
        "dist_km": 20.0,
        "arrival_h": 5.0,
    },
    {
        "facility_id": "A",
        "kind": "crossing",
        "from_country": "KAZ",
        "to_country": "RUS",
        "dist_km": 1050.0,
        "arrival_h": 259.6,
    },
    {
        "facility_id": "A",
        "kind": "crossing",
        "from_country": "RUS",
        "to_country": "KAZ",
        "dist_km": 1500.0,
        "arrival_h": 400.0,
    },
]


def test_facility_rows_count_and_sum_by_hand():
    rows = report.facility_rows(FACILITIES, EXPOSED, CROSSINGS)
    by_id = {r["facility_id"]: r for r in rows}
    # ordered by risk: A reaches a border (B has the higher hazard index but no border), then B's
    # 1.1 million people (after 24 h, so 0 within 24 h) and hazard index; int id 3 compared as text
    assert [r["facility_id"] for r in rows] == ["A", "B", "3"]
    a = by_id["A"]
    assert a["settlements_exposed"] == 3
    assert a["population_exposed"] == 292780 + 11192  # the unknown population is not counted as 0 people
    assert a["population_24h"] == 11192
    # first change of country, not the stretch that comes back to Russia
    assert a["first_border"] == "KAZ → RUS"
    assert a["first_border_km"] == pytest.approx(1050.0)
    assert a["first_border_h"] == pytest.approx(259.6)
    assert by_id["B"]["population_exposed"] == 1129281 and "first_border" not in by_id["B"]
    assert by_id["3"]["settlements_exposed"] == 0


def test_summary_is_used_when_exposed_rows_are_absent():
    summary = [
        {
            "facility_id": "B",
            "n_settlements": 4,
            "population": 1000.0,
            "population_24h": 10.0,
            "first_border_to": "RUS",
            "first_border_km": 12.5,
            "first_border_h": 3.0,
            "end_km": 800.0,
        }
    ]
    (row,) = [r for r in report.facility_rows(FACILITIES, summary=summary) if r["facility_id"] == "B"]
    assert row["settlements_exposed"] == 4 and row["population_exposed"] == 1000.0
    assert row["first_border"] == "? → RUS" and row["first_border_km"] == 12.5 and row["pathway_km"] == 800.0


def test_html_escapes_every_user_text_and_is_self_contained():
    rows = report.facility_rows(FACILITIES, EXPOSED, CROSSINGS)
    png = b"\x89PNG\r\n\x1a\n" + b"fake image bytes"
    text = report.build_html(
        rows,
        report.exposed_rows(EXPOSED),
        CROSSINGS,
        images={"A": ("image/png", png)},
        title="Report <b>",
        notes=["note & <i>"],
    )
    assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "Dam &lt;A&gt; &amp; Co" in text
    assert "Kaz&quot;Zinc&#x27;" in text
    assert "Report &lt;b&gt;" in text and "note &amp; &lt;i&gt;" in text
    assert "Дамба Б" in text
    # one file: no external resource, the image is embedded and decodes to the same bytes
    assert not re.search(r"""(src|href)=["']?(https?:|//|file:)""", text)
    (encoded,) = re.findall(r'src="data:image/png;base64,([^"]+)"', text)
    assert base64.b64decode(encoded) == png
    assert "screening estimates" in text.lower()


def test_unsupported_image_type_is_refused():
    with pytest.raises(TailingsError, match="Unsupported image type"):
        report.data_uri(b"x", "text/html")


def test_csv_keeps_numbers_and_defuses_formulas(tmp_path):
    rows = report.facility_rows(FACILITIES, EXPOSED, CROSSINGS)
    path = tmp_path / "r.csv"
    report.write_csv(path, report.FACILITY_COLUMNS, rows)
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheet programs read the Cyrillic correctly
    with open(path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0][0] == "Facility id" and len(table) == 1 + len(FACILITIES)
    by_id = {r[0]: r for r in table[1:]}
    assert by_id["3"][1] == '\'=HYPERLINK("http://x")'
    assert by_id["B"][1] == "Дамба Б"
    header = table[0]
    assert float(by_id["A"][header.index("Population exposed")]) == 292780 + 11192


def test_xlsx_has_two_sheets_and_text_is_never_a_formula(tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    rows = report.facility_rows(FACILITIES, EXPOSED, CROSSINGS)
    places = report.exposed_rows(EXPOSED, {r["facility_id"]: r["name"] for r in rows})
    path = tmp_path / "r.xlsx"
    report.write_xlsx(
        path, [("Facilities", report.FACILITY_COLUMNS, rows), ("Exposed", report.EXPOSED_COLUMNS, places)]
    )
    book = openpyxl.load_workbook(path)
    assert book.sheetnames == ["Facilities", "Exposed"]
    sheet = book["Facilities"]
    assert sheet.max_row == 1 + len(FACILITIES)
    names = [sheet.cell(row=r, column=2) for r in range(2, sheet.max_row + 1)]
    formula = next(c for c in names if str(c.value).startswith("="))
    assert formula.data_type == "s"
    exposed = book["Exposed"]
    assert exposed.max_row == 1 + len(EXPOSED)
    # downstream order within a facility
    a_rows = [
        exposed.cell(row=r, column=6).value
        for r in range(2, exposed.max_row + 1)
        if exposed.cell(row=r, column=1).value == "A"
    ]
    assert a_rows == sorted(a_rows)
    assert exposed.cell(row=2, column=2).value == "Dam <A> & Co"  # facility name filled in by id


def test_xlsx_without_openpyxl_says_how_to_install(tmp_path, monkeypatch):
    import builtins

    real_import = builtins.__import__

    def fake_import(name, *args, **kwargs):
        if name.startswith("openpyxl"):
            raise ImportError("No module named 'openpyxl'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", fake_import)
    with pytest.raises(TailingsError, match="python3-openpyxl"):
        report.write_xlsx(tmp_path / "r.xlsx", [("F", report.FACILITY_COLUMNS, [])])


def test_format_value():
    assert report.format_value(1234567.4, "int") == "1,234,567"
    assert report.format_value(None, "float1") == ""
    assert report.format_value(float("nan"), "float1") == ""
    assert report.format_value(0.000123456, "sci") == "0.000123"
    assert report.format_value("x", "text") == "x"


def test_risk_order_border_first_then_people_within_24h_then_hazard():
    rows = [
        {"facility_id": "slow-border", "first_border": "KAZ → RUS", "first_border_h": 300.0, "thi": 1.0},
        {"facility_id": "fast-border", "first_border": "KAZ → CHN", "first_border_h": 5.0, "thi": 0.5},
        {"facility_id": "many", "population_24h": 50000, "thi": 0.1},
        {"facility_id": "few", "population_24h": 10, "thi": 9.0},
        {"facility_id": "hazard-only", "thi": 3.0},
        {"facility_id": "nothing"},
    ]
    ordered = [r["facility_id"] for r in sorted(reversed(rows), key=report.risk_order)]
    # same-people ties ("hazard-only" and "nothing" have no one within 24 h) fall back to the hazard index
    assert ordered == ["fast-border", "slow-border", "many", "few", "hazard-only", "nothing"]


def test_spreadsheet_numbers_are_rounded_to_their_meaning():
    assert report.significant(0.0123456) == 0.0123 and report.significant(22.690805707491883) == 22.7
    assert report.significant(123456.0) == 123000.0 and report.significant(0.0) == 0.0
    row = {"first_border_km": 22.690805707491883, "population_exposed": 1234.6, "peak_conc_mg_l": 0.03856}
    assert report._native(row["first_border_km"], "float1") == 22.7
    assert report._native(row["population_exposed"], "int") == 1235
    assert report._native(row["peak_conc_mg_l"], "sci") == 0.0386


def test_csv_has_no_unrounded_numbers(tmp_path):
    exposed = [dict(EXPOSED[1], dist_km=43.61234567, arrival_h=10.8123, peak_conc_mg_l=0.0385612345)]
    path = tmp_path / "x.csv"
    report.write_csv(path, report.EXPOSED_COLUMNS, report.exposed_rows(exposed))
    with open(path, encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle))
    cells = dict(zip(header, row))
    assert cells["Distance along river (km)"] == "43.6" and cells["Arrival (h)"] == "10.8"
    assert cells["Peak concentration (mg/l)"] == "0.0386" and cells["Population"] == "11192"


def test_border_to_the_same_country_is_never_an_arrow():
    assert report.border_label("RUS", "RUS") == "RUS (along the border)"
    stretch = {"kind": "border_stretch", "from_country": "RUS", "to_country": "RUS"}
    assert report.crossing_text(stretch) == "RUS (along the border)"
    assert report.crossing_text(dict(stretch, countries="KAZ / RUS")) == "KAZ / RUS (along the border)"
    text = report.build_html(report.facility_rows(FACILITIES, EXPOSED, CROSSINGS), None, CROSSINGS)
    assert "RUS → RUS" not in text and "KAZ → RUS" in text


def test_html_links_summary_and_sections_and_states_the_assumptions():
    rows = report.facility_rows(FACILITIES, EXPOSED, CROSSINGS)
    rows[0]["assumptions"] = "velocity 1 m/s <constant>"
    parameters = [("Velocity", "1.0 m/s, constant"), ("Corridor", "5 km"), ("Snap distance", "100 km")]
    text = report.build_html(rows, report.exposed_rows(EXPOSED), CROSSINGS, parameters=parameters)
    for row in rows:  # a link from the summary to every section, and every section links back
        anchor = report_html.section_id(row["facility_id"])
        assert f'href="#{anchor}"' in text and f'id="{anchor}"' in text
    assert text.count('href="#summary"') == len(rows) and 'id="summary"' in text
    block = text[text.index('id="parameters"') : text.index('id="summary"')]
    for label, value in parameters:
        assert label in block and value in block
    assert "velocity 1 m/s &lt;constant&gt;" in text  # the row's own assumptions, escaped
    # the consequence class is named for what it counts and sits beside the downstream exposure
    keys = [k for k, _h, _t in report.FACILITY_COLUMNS]
    assert abs(keys.index("consequence_class") - keys.index("population_exposed")) <= 2
    assert "Consequence class (people inside the runout zone)" in text


def test_every_empty_column_gets_a_note():
    rows = report.facility_rows(FACILITIES, EXPOSED, CROSSINGS)
    text = report.build_html(rows, report.exposed_rows(EXPOSED), CROSSINGS)
    notes = report.empty_column_notes(report.FACILITY_COLUMNS, rows)
    empty = [
        h for k, h, t in report.FACILITY_COLUMNS if all(not report.format_value(r.get(k), t) for r in rows)
    ]
    assert empty and len(notes) == len(empty)  # region, thi_rank, par... have no value in FACILITIES
    for header in empty:
        assert f"{header}: empty — " in text
    assert "Peak concentration (mg/l): empty — concentrations need a released volume" in text


def test_profile_chart_follows_the_map_in_its_section():
    rows = report.facility_rows(FACILITIES, EXPOSED, CROSSINGS)
    text = report.build_html(rows, images={"A": "f/A.jpg"}, profiles={"A": "f/A_profile.png"})
    assert text.index('src="f/A.jpg"') < text.index('src="f/A_profile.png"')
    assert 'alt="Downstream profile of' in text and text.count("_profile.png") == 1


def test_images_can_be_referenced_from_a_folder():
    rows = report.facility_rows(FACILITIES, EXPOSED, CROSSINGS)
    text = report.build_html(rows, images={"A": "report files/A.jpg"})
    assert 'src="report%20files/A.jpg"' in text and "data:image" not in text


# --- the algorithm ----------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def impact(tmp_path_factory, qgis_app):
    from test_maps import write_impact_gpkg

    return write_impact_gpkg(tmp_path_factory.mktemp("impact_report") / "impact.gpkg")


def test_algorithm_writes_html_xlsx_csv(algorithms, impact, tmp_path):  # noqa: F811
    openpyxl = pytest.importorskip("openpyxl")
    from conftest import run_alg

    layers, truth = impact
    result = run_alg(
        "tailings:exportreport",
        {
            "FACILITIES": truth["_uris"]["facilities"],
            "EXPOSED": truth["_uris"]["exposed"],
            "CROSSINGS": truth["_uris"]["crossings"],
            "PATHWAYS": truth["_uris"]["pathways"],
            "RENDER_MAPS": True,
            "OUTPUT_HTML": str(tmp_path / "report.html"),
            "OUTPUT_XLSX": str(tmp_path / "report.xlsx"),
            "OUTPUT_CSV": str(tmp_path / "report.csv"),
        },
    )
    assert result["FACILITY_COUNT"] == 2
    n_places = sum(len(t["places"]) for k, t in truth.items() if k != "_uris")
    assert result["EXPOSED_COUNT"] == n_places
    text = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert "Test &amp; &lt;Operator&gt;" in text  # the fixture's operator, escaped
    # one rendered map per facility, as JPEG files next to the report (small HTML), referenced relatively
    files = sorted((tmp_path / "report_files").glob("*.jpg"))
    assert len(files) == 2 and "data:image" not in text
    for path in files:
        assert f'src="report_files/{path.name}"' in text and path.read_bytes()[:2] == b"\xff\xd8"
    # and one downstream profile chart per facility (both have pathways), a PNG in its own section
    from qgis.PyQt.QtGui import QImage

    from tailings_qgis_plugin.core.report_html import section_id

    for fid in (SMELTER, SECOND):
        chart = tmp_path / "report_files" / f"{fid}_profile.png"
        assert chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert QImage(str(chart)).width() == 700  # 7 in at 100 dpi
        start = text.index(f'id="{section_id(fid)}"')
        section = text[start : text.index("</div>", start)]
        assert f'src="report_files/{chart.name}"' in section
    # the parameters block states the velocity read back from the pathway times (fixture: 1 m/s)
    block = text[text.index('id="parameters"') : text.index('id="summary"')]
    assert "1.0 m/s, constant" in block and "Corridor either side of the river" in block
    book = openpyxl.load_workbook(result["OUTPUT_XLSX"])
    assert book["Facilities"].max_row == 3 and book["Exposed settlements"].max_row == 1 + n_places
    assert (tmp_path / "report_exposed.csv").is_file()
    with open(tmp_path / "report.csv", encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    smelter = next(r for r in rows if r["Facility id"] == "KZ-ICMM06886")
    assert int(smelter["Settlements exposed"]) == len(truth["KZ-ICMM06886"]["places"])
    assert smelter["First border"] == "KAZ → RUS"


def test_algorithm_embeds_images_when_asked(algorithms, impact, tmp_path):  # noqa: F811
    from conftest import run_alg

    _layers, truth = impact
    result = run_alg(
        "tailings:exportreport",
        {
            "FACILITIES": truth["_uris"]["facilities"],
            "PATHWAYS": truth["_uris"]["pathways"],
            "RENDER_MAPS": True,
            "EMBED_IMAGES": True,
            "ASSUMPTIONS": "Scenario: 10 Mm³ and 25 m for every site\nVelocity: 1 m/s",
            "OUTPUT_HTML": str(tmp_path / "one.html"),
        },
    )
    text = Path(result["OUTPUT_HTML"]).read_text(encoding="utf-8")
    assert text.count("data:image/jpeg;base64,") == 2 and not (tmp_path / "one_files").exists()
    assert text.count("data:image/png;base64,") == 2  # the two profile charts, embedded too
    assert "<b>Scenario</b>: 10 Mm³ and 25 m for every site" in text


def test_algorithm_reports_a_missing_id_field(algorithms, impact, tmp_path):  # noqa: F811
    from qgis.core import QgsProcessingException

    from conftest import run_alg

    _layers, truth = impact
    with pytest.raises(QgsProcessingException, match="no field 'fid_x'"):
        run_alg(
            "tailings:exportreport",
            {
                "FACILITIES": truth["_uris"]["facilities"],
                "FACILITY_ID_FIELD": "fid_x",
                "OUTPUT_HTML": str(tmp_path / "r.html"),
            },
        )


def test_run_parameters_read_what_the_analysis_wrote():
    """The fields of tailings:hazardscreening and tailings:downstreamimpact (issue 14): scenario_source,
    interval_level, peak_conc_method, assumptions; and the velocity read back from pathway times."""
    from tailings_qgis_plugin.core.run_parameters import run_parameters

    facilities = [
        {"facility_id": "A", "scenario_source": "registry", "interval_level": 90.0},
        {"facility_id": "B", "scenario_source": "none", "interval_level": 90.0},
        {"facility_id": "C", "scenario_source": "none"},
    ]
    summary = [{"facility_id": "A", "peak_conc_method": "highest of 4", "assumptions": "velocity: 1 m/s"}]
    # 36 km in 10 h = 1.0 m/s on both pieces
    pathways = [
        {"from_km": 0.0, "to_km": 36.0, "arrival_from_h": 0.0, "arrival_to_h": 10.0},
        {"from_km": 36.0, "to_km": 72.0, "arrival_from_h": 10.0, "arrival_to_h": 20.0},
    ]
    lines = dict(run_parameters(facilities, summary, pathways, [{"offset_m": 4900.0}]))
    assert lines["Recorded with the results"] == "velocity: 1 m/s"
    # the codes hazard screening writes are shown by their labels (core/value_labels.SCENARIO_SOURCE_LABELS)
    assert (
        lines["Scenario (stored volume, dam height)"] == "no dam data (not assessed) (2); registry data (1)"
    )
    assert lines["Velocity of the release"].startswith("1.0 m/s, constant")
    assert "4.9 km" in lines["Corridor either side of the river"]
    assert lines["Dispersion method"] == "highest of 4"
    assert lines["Prediction interval"].startswith("90 % prediction interval")
