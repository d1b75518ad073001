"""Tests of the hazard engine: THI, release volume and runout, GISTM consequence class.

Expected numbers are computed by hand in the test (literal arithmetic on the
published formulas), never copied from the code's output.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest

from tailings_qgis_plugin.core.common import NullFeedback, TailingsError
from tailings_qgis_plugin.core.consequence import (
    CONSEQUENCE_CLASSES,
    consequence_class,
    par_class,
    pll_class,
)
from tailings_qgis_plugin.core.hazard import output_fields, screen_facilities
from tailings_qgis_plugin.core.hazard_data import hazard_data_path
from tailings_qgis_plugin.core.hazard_index import (
    load_thi_rules,
    rank_desc,
    rank_thi,
    score_thi,
    score_thi_many,
)
from tailings_qgis_plugin.core.runout import (
    check_inputs,
    estimate_runout,
    estimate_runout_many,
    load_runout_methods,
)

REPO = Path(__file__).resolve().parents[2]


# --- release volume and runout ---------------------------------------------------------------------------

# Hand computation for VT = 10 Mm3 (1e7 m3), H = 30 m.
VT = 10.0  # Mm3
H = 30.0  # m
# Rico et al. (2008): VF = 0.354 VT^1.01; Dmax = 1.61 (H VF)^0.66
RICO_VF = 0.354 * 10.0**1.01  # = 3.6225 Mm3 (10^1.01 = 10.2329)
RICO_D = 1.61 * (30.0 * RICO_VF) ** 0.66  # = 1.61 * 108.67^0.66 = 35.54 km
# Concha Larrauri & Lall (2018): VF = 0.332 VT^0.95; Hf = H (VF/VT) VF; Dmax = 3.04 Hf^0.545
CLL_VF = 0.332 * 10.0**0.95  # = 2.9590 Mm3 (10^0.95 = 8.9125)
CLL_HF = 30.0 * (CLL_VF / 10.0) * CLL_VF  # = 26.27
CLL_D = 3.04 * CLL_HF**0.545  # = 18.05 km


def test_hand_values_are_what_we_think():
    # Guard the hand computation itself with rounded figures worked out on paper.
    assert RICO_VF == pytest.approx(3.6225, abs=1e-4)
    assert RICO_D == pytest.approx(35.54, abs=0.01)
    assert CLL_VF == pytest.approx(2.9590, abs=1e-4)
    assert CLL_HF == pytest.approx(26.27, abs=0.01)
    assert CLL_D == pytest.approx(18.05, abs=0.01)


def test_runout_both_methods_hand_computed():
    est = estimate_runout(VT * 1e6, H)
    assert est.valid and est.warnings == []
    rico, cll = est.per_method["rico2008"], est.per_method["cll2018"]
    assert rico.vf_m3 == pytest.approx(RICO_VF * 1e6, rel=1e-9)
    assert rico.runout_km == pytest.approx(RICO_D, rel=1e-9)
    assert cll.vf_m3 == pytest.approx(CLL_VF * 1e6, rel=1e-9)
    assert cll.runout_km == pytest.approx(CLL_D, rel=1e-9)
    assert not rico.capped and not cll.capped


def test_runout_central_and_range():
    est = estimate_runout(VT * 1e6, H)
    # central: geometric mean of the two methods
    assert est.runout_km == pytest.approx(math.sqrt(RICO_D * CLL_D), rel=1e-9)
    assert est.vf_m3 == pytest.approx(math.sqrt(RICO_VF * CLL_VF) * 1e6, rel=1e-9)
    # range: spread between methods widened by the data file's factors (2 for VF, 3 for Dmax)
    assert est.runout_low_km == pytest.approx(CLL_D / 3.0, rel=1e-9)
    assert est.runout_high_km == pytest.approx(RICO_D * 3.0, rel=1e-9)
    assert est.vf_low_m3 == pytest.approx(CLL_VF / 2.0 * 1e6, rel=1e-9)
    assert est.vf_high_m3 == pytest.approx(RICO_VF * 2.0 * 1e6, rel=1e-9)
    assert est.runout_low_km < CLL_D < est.runout_km < RICO_D < est.runout_high_km
    # factor 1: the spread between methods alone
    est1 = estimate_runout(VT * 1e6, H, volume_band_factor=1, runout_band_factor=1)
    assert (est1.runout_low_km, est1.runout_high_km) == pytest.approx((CLL_D, RICO_D), rel=1e-9)


def test_release_never_exceeds_stored_volume():
    # Concha Larrauri & Lall: 0.332 * VT^0.95 > VT when VT < 0.332^(1/0.05) = 2.7e-10 Mm3
    vt_mm3 = 1e-10
    est = estimate_runout(vt_mm3 * 1e6, 5.0)
    assert est.per_method["cll2018"].capped
    assert est.per_method["cll2018"].vf_m3 == pytest.approx(vt_mm3 * 1e6)
    assert est.warnings  # and the tiny volume is flagged as implausible
    # The upper end of the range is capped at VT: 1 Mm3, Rico VF = 0.354, * 3 = 1.062 > 1
    est = estimate_runout(1e6, 10.0, volume_band_factor=3.0)
    assert est.vf_high_m3 == pytest.approx(1e6)
    for e in (est, estimate_runout(5e9, 100.0)):
        assert e.vf_high_m3 <= e.volume_m3
        assert all(m.vf_m3 <= e.volume_m3 for m in e.per_method.values())


def test_cap_fraction_from_data_file(tmp_path):
    data = json.loads(hazard_data_path("runout_methods.json").read_text(encoding="utf-8"))
    data["release_cap"]["max_release_fraction"] = 0.95
    path = tmp_path / "runout.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    config = load_runout_methods(path)
    est = estimate_runout(1e6, 10.0, config, volume_band_factor=3.0)
    assert est.vf_high_m3 == pytest.approx(0.95e6)


@pytest.mark.parametrize(
    "volume, height, words",
    [
        (0, 10, "greater than 0"),
        (-5e6, 10, "greater than 0"),
        (1e6, 0, "greater than 0"),
        (1e6, -3, "greater than 0"),
        (None, 10, "missing"),
        (1e6, None, "missing"),
        (float("nan"), 10, "NaN"),
        ("abc", 10, "not a number"),
        ("", 10, "missing"),
    ],
)
def test_runout_bad_input(volume, height, words):
    with pytest.raises(TailingsError, match=words):
        estimate_runout(volume, height)


def test_runout_implausible_values_warn():
    for volume in (500.0, 6e9):
        _, _, warnings = check_inputs(volume, 20.0)
        assert len(warnings) == 1 and "m³" in warnings[0] and "million" in warnings[0]
    _, _, warnings = check_inputs(1e6, 400.0)
    assert len(warnings) == 1 and "metres" in warnings[0]
    assert check_inputs("2,5e6", 20)[0] == 2.5e6  # decimal comma accepted
    assert check_inputs(1e6, 20.0)[2] == []


def test_runout_many_flags_and_never_raises():
    fb = NullFeedback()
    res = estimate_runout_many([("a", 1e7, 30), ("b", 0, 30), ("c", 1e7, None), ("d", 500, 5)], feedback=fb)
    assert [r.valid for r in res] == [True, False, False, True]
    assert res[1].runout_km is None and "greater than 0" in res[1].error
    assert any("Facility b" in w for w in fb.warnings)
    assert any("Facility c" in w for w in fb.warnings)
    assert any("Facility d" in w and "m³" in w for w in fb.warnings)
    assert res[0].runout_km == pytest.approx(math.sqrt(RICO_D * CLL_D))


def test_runout_coefficients_match_methods_sheet():
    # A change of a published coefficient in the data file must be deliberate.
    cfg = load_runout_methods()
    rico, cll = cfg.method("rico2008"), cfg.method("cll2018")
    assert (rico.a_vf, rico.b_vf, rico.a_d, rico.b_d, rico.energy_term) == (0.354, 1.01, 1.61, 0.66, "H*VF")
    assert (cll.a_vf, cll.b_vf, cll.a_d, cll.b_d, cll.energy_term) == (0.332, 0.95, 3.04, 0.545, "H*VF*VF/VT")
    assert rico.status_d == "[verify]" and cll.status_d == "[verify]"
    assert cfg.max_release_fraction <= 1.0
    with pytest.raises(TailingsError, match="Unknown runout method"):
        cfg.method("nope")


def _write_runout(tmp_path, mutate):
    data = json.loads(hazard_data_path("runout_methods.json").read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "runout_bad.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


@pytest.mark.parametrize(
    "mutate, words",
    [
        (lambda d: d["release_cap"].__setitem__("max_release_fraction", 1.2), "max_release_fraction"),
        (lambda d: d["methods"]["rico2008"]["runout"].__setitem__("energy_term", "H*V"), "energy_term"),
        (lambda d: d["methods"]["cll2018"]["release_volume"].pop("a"), "release_volume.a"),
        (lambda d: d["methods"]["cll2018"]["runout"].__setitem__("b", "x"), "runout.b"),
        (lambda d: d["methods"]["cll2018"]["runout"].__setitem__("status", "ok"), "status"),
        (lambda d: d["uncertainty"].__setitem__("runout_band_factor", 0.5), "runout_band_factor"),
        (lambda d: d.pop("methods"), "methods"),
    ],
)
def test_runout_malformed_file(tmp_path, mutate, words):
    with pytest.raises(TailingsError, match="Malformed runout methods file") as info:
        load_runout_methods(_write_runout(tmp_path, mutate))
    assert words in str(info.value)


def test_runout_file_not_json(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"methods": ', encoding="utf-8")
    with pytest.raises(TailingsError, match="not valid JSON"):
        load_runout_methods(path)
    with pytest.raises(TailingsError, match="does not exist"):
        load_runout_methods(tmp_path / "absent.json")


# --- Tailings Hazard Index -------------------------------------------------------------------------------

COMPLETE = {
    "volume_m3": 1e6,  # log10 -> 6
    "water_hazard_class": 2,  # WGK 2 -> 2
    "status": "Abandoned",  # -> 2
    "flood_hazard": "high",  # -> 2
    "seismic_hazard": 0.25,  # PGA 0.25 g: >= 0.1, < 0.3 -> 1
    "dam_safety": "poor",  # -> 2
}


def test_thi_complete():
    r = score_thi(COMPLETE)
    assert r.complete and r.missing == [] and r.missing_text == ""
    assert r.components == {"thi_cap": 6.0, "thi_tox": 2.0, "thi_man": 2.0, "thi_nat": 3.0, "thi_dam": 2.0}
    assert r.thi == pytest.approx(6 + 2 + 2 + (2 + 1) + 2)
    assert r.parts["flood"] == 2 and r.parts["seismic"] == 1


def test_thi_capacity_is_log10_of_m3():
    r = score_thi(dict(COMPLETE, volume_m3=2.5e7))
    assert r.components["thi_cap"] == pytest.approx(math.log10(25_000_000))  # 7.398


def test_thi_partial_is_flagged_not_zero():
    rec = dict(COMPLETE)
    del rec["dam_safety"]
    rec["flood_hazard"] = None
    r = score_thi(rec)
    assert not r.complete
    assert r.missing == ["flood", "dam_safety"] and r.missing_text == "flood;dam_safety"
    assert r.components["thi_dam"] is None  # not 0
    assert r.components["thi_nat"] == 1.0  # seismic only
    assert r.thi == pytest.approx(6 + 2 + 2 + 1)


def test_thi_bad_values_are_missing_with_reason():
    rec = dict(COMPLETE, status="on fire", water_hazard_class=5, seismic_hazard=8, volume_m3=-10)
    r = score_thi(rec)
    assert set(r.missing) == {"management", "toxicity", "seismic", "capacity"}
    text = " ".join(r.warnings)
    assert "on fire" in text and "operating" in text  # says what is allowed
    assert "MSK" in text  # seismic hint: intensity given instead of PGA
    assert "greater than 0" in text
    assert r.thi == pytest.approx(2 + 2)  # flood + dam safety


def test_thi_aliases_and_numbers():
    rules = load_thi_rules()
    base = dict(COMPLETE)
    for wgk in ("WGK 2", "2", 2.0, " wgk2 ", "hazardous to water"):
        assert score_thi(dict(base, water_hazard_class=wgk), rules).components["thi_tox"] == 2
    for status, score in (
        ("operating", 0),
        ("Active", 0),
        ("inactive", 1),
        ("orphaned", 2),
        ("бесхозный", 2),
    ):
        assert score_thi(dict(base, status=status), rules).components["thi_man"] == score
    # flood as depth (m): thresholds 0.05 and 0.5 (boundaries belong to the higher score)
    for depth, score in ((0.0, 0), (0.049, 0), (0.05, 1), (0.5, 2), (3.0, 2)):
        assert score_thi(dict(base, flood_hazard=depth), rules).parts["flood"] == score


def test_thi_empty_record():
    r = score_thi({})
    assert r.thi is None and not r.complete
    assert r.missing == ["capacity", "toxicity", "management", "flood", "seismic", "dam_safety"]


def test_thi_ranking():
    assert rank_desc([3.0, None, 5.0, 3.0, 1.0]) == [2, None, 1, 2, 4]
    fb = NullFeedback()
    results = score_thi_many(
        [("big", dict(COMPLETE, volume_m3=1e8)), ("small", dict(COMPLETE, volume_m3=1e4)), ("none", {})],
        feedback=fb,
    )
    assert rank_thi(results) == [1, 2, None]
    assert any("partial" in m for m in fb.infos)


def test_thi_rules_carry_source_and_status():
    rules = load_thi_rules()
    assert rules.fields == ("thi_cap", "thi_tox", "thi_man", "thi_nat", "thi_dam")
    for comp in rules.components:
        for part in comp.parts:
            assert part.source in rules.sources
            assert part.status in ("[paper]", "[impl]", "[verify]")


def _write_thi(tmp_path, mutate):
    data = json.loads(hazard_data_path("thi_scoring.json").read_text(encoding="utf-8"))
    mutate(data)
    path = tmp_path / "thi_bad.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _part(data, name):
    for comp in data["components"]:
        for part in comp["parts"]:
            if part["name"] == name:
                return part
    raise KeyError(name)


@pytest.mark.parametrize(
    "mutate, words",
    [
        (lambda d: d.pop("components"), "components"),
        (lambda d: d.__setitem__("components", []), "components"),
        (lambda d: _part(d, "toxicity").__setitem__("status", "paper"), "status"),
        (lambda d: _part(d, "toxicity").__setitem__("source", "NOWHERE"), "source"),
        (lambda d: _part(d, "management")["aliases"].__setitem__("idle", "sleeping"), "aliases.idle"),
        (lambda d: _part(d, "seismic").__setitem__("thresholds", [[0.3, 2], [0.1, 1]]), "increase"),
        (lambda d: _part(d, "flood")["categories"].__setitem__("low", "zero"), "categories.low"),
        (
            lambda d: [_part(d, "dam_safety").pop(k) for k in ("categories", "aliases", "thresholds")],
            "needs at least",
        ),
        (lambda d: d["components"][1].__setitem__("field", "thi_cap"), "field"),
    ],
)
def test_thi_malformed_file(tmp_path, mutate, words):
    with pytest.raises(TailingsError, match="Malformed hazard index scoring file") as info:
        load_thi_rules(_write_thi(tmp_path, mutate))
    assert words in str(info.value)


def test_thi_replaced_scores_change_result_without_code(tmp_path):
    def mutate(d):
        _part(d, "toxicity")["categories"]["2"] = 5

    rules = load_thi_rules(_write_thi(tmp_path, mutate))
    assert score_thi(COMPLETE, rules).components["thi_tox"] == 5


# --- consequence class (GISTM 2020) ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "par, name",
    [
        (0, "Low"),
        (0.4, "Significant"),
        (1, "Significant"),
        (10, "Significant"),  # shared end point: upper end inclusive ("> 1,000" rule)
        (10.01, "High"),
        (11, "High"),
        (100, "High"),
        (101, "Very High"),
        (1000, "Very High"),
        (1001, "Extreme"),
        (2.5e6, "Extreme"),
    ],
)
def test_par_class_boundaries(par, name):
    assert CONSEQUENCE_CLASSES[par_class(par)] == name


@pytest.mark.parametrize(
    "pll, name",
    [
        (0, "Low"),
        (0.5, "Significant"),
        (1, "High"),
        (10, "High"),
        (11, "Very High"),
        (100, "Very High"),
        (101, "Extreme"),
    ],
)
def test_pll_class_boundaries(pll, name):
    assert CONSEQUENCE_CLASSES[pll_class(pll)] == name


def test_consequence_highest_criterion_wins_and_is_named():
    r = consequence_class(par=50, pll=200)
    assert (r.class_name, r.class_index, r.criterion) == ("Extreme", 4, "pll")
    r = consequence_class(par=5000, pll=200)
    assert r.criterion == "par;pll"
    r = consequence_class(par=5, others={"environment": "Very High", "infrastructure": 1})
    assert (r.class_name, r.criterion) == ("Very High", "environment")
    assert r.missing == ["pll"]


def test_consequence_nothing_given_is_not_low():
    r = consequence_class()
    assert r.class_index is None and r.class_name is None and set(r.missing) == {"par", "pll"}


@pytest.mark.parametrize("bad", [-1, "many", float("nan"), float("inf")])
def test_consequence_bad_par(bad):
    with pytest.raises(TailingsError):
        par_class(bad)


def test_consequence_bad_other_class():
    with pytest.raises(TailingsError, match="Unknown consequence class"):
        consequence_class(others={"environment": "Catastrophic"})
    with pytest.raises(TailingsError, match="0-4"):
        consequence_class(others={"environment": 7})


# --- screening rows --------------------------------------------------------------------------------------


def test_screen_facilities_rows():
    fb = NullFeedback()
    rec_a = dict(COMPLETE, volume_m3=1e7, dam_height_m=30.0, par=150)
    rec_b = {"volume_m3": 0, "dam_height_m": 10, "status": "closed"}
    rows = screen_facilities([("A", rec_a), ("B", rec_b)], feedback=fb)
    names = [n for n, _ in output_fields()]
    assert all(list(r) == names or set(r) == set(names) for r in rows)
    a, b = rows
    assert a["thi"] == pytest.approx(7 + 2 + 2 + 3 + 2) and a["thi_complete"] is True and a["thi_rank"] == 1
    assert a["runout_rico_km"] == pytest.approx(RICO_D) and a["runout_cll_km"] == pytest.approx(CLL_D)
    assert a["vf_rico_m3"] == pytest.approx(RICO_VF * 1e6)
    assert a["runout_km"] == pytest.approx(math.sqrt(RICO_D * CLL_D))
    assert (a["consequence_class"], a["consequence_index"], a["consequence_by"]) == ("Very High", 3, "par")
    assert b["thi_complete"] is False and b["thi_missing"] == "capacity;toxicity;flood;seismic;dam_safety"
    assert b["thi"] == pytest.approx(1.0) and b["thi_rank"] == 2
    assert b["runout_km"] is None and b["consequence_class"] is None
    assert "greater than 0" in b["hazard_notes"]
    assert any(w.startswith("Facility B") for w in fb.warnings)


def test_core_does_not_import_qgis():
    code = (
        "import sys; import tailings_qgis_plugin.core.hazard, tailings_qgis_plugin.core.runout, "
        "tailings_qgis_plugin.core.consequence, tailings_qgis_plugin.core.hazard_index; "
        "heavy = ('qgis', 'PyQt5', 'PyQt6', 'rasterio', 'geopandas'); "
        "bad = [m for m in sys.modules if m.split('.')[0] in heavy]; "
        "sys.exit(1 if bad else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], cwd=REPO).returncode == 0
