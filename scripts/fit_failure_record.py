#!/usr/bin/env python3
"""Refit the release-volume and runout regressions on the public record of tailings dam failures.

Reads ``../shared/data/tailings_failures_csp2/tailings_dam_failures_1915-2022_csp2_2023-01-31.csv``
(Chambers, Williams, Newland Bowker & Tuttle, Center for Science in Public Participation (CSP2), "TSF
failures from 1915", as of 31 Jan 2023; 376 failures) and fits, by ordinary least squares in log10-log10
space, the three regression forms the plugin uses:

- release volume  ``VF = a VT^b``                   (Rico et al. 2008; Concha Larrauri & Lall 2018)
- runout          ``Dmax = a (H VF)^b``             (Rico et al. 2008)
- runout          ``Dmax = a Hf^b, Hf = H VF VF/VT`` (Concha Larrauri & Lall 2018)

(VT, VF in Mm3, H in m, Dmax in km). Rows used: every failure whose needed fields are all positive numbers
(blanks and non-numbers are skipped; thousands separators removed). Writes
``resources/hazard/failure_record_fit.json`` (n, CSV row numbers used, method, fitted coefficients,
residual sd, x mean and Sxx for the prediction interval, the published lines' residuals and the coverage
of the plugin's interval on the record) and ``test/data/failure_record_rows.json`` (the numeric fields of
the rows used, for the coverage test; the raw file itself is not shipped, as its compiler asks).

Run: ``.venv/bin/python scripts/fit_failure_record.py [--level 0.9] [--csv PATH]``.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tailings_qgis_plugin.core.hazard_interval import t_quantile  # noqa: E402

CSV = (
    ROOT.parent
    / "shared"
    / "data"
    / "tailings_failures_csp2"
    / "tailings_dam_failures_1915-2022_csp2_2023-01-31.csv"
)
OUT = ROOT / "resources" / "hazard" / "failure_record_fit.json"
ROWS_OUT = ROOT / "test" / "data" / "failure_record_rows.json"
COLUMNS = {
    "height_m": "DAM HEIGHT (meters)",
    "vt_m3": "STORAGE VOLUME\n(cu. meters)",
    "vf_m3": "RELEASE\n(cu. meters)",
    "runout_km": "RUNOUT (km)",
}
CITATION = (
    "Chambers D., Williams B., Newland Bowker L., Tuttle E.A. (2023). TSF failures from 1915 "
    "(tailings dam failures 1915-2022, as of 31 Jan 2023). Center for Science in Public Participation "
    "(CSP2); copy in EdAlSanBut/Tailings-dam-failure-graphs-2023, commit 4b2bd53."
)
PUBLISHED = {  # from resources/hazard/runout_methods.json (Rico et al. 2008; Concha Larrauri & Lall 2018)
    "rico2008": {"vf": (0.354, 1.01), "d": (1.61, 0.66), "energy": "H*VF"},
    "cll2018": {"vf": (0.332, 0.95), "d": (3.04, 0.545), "energy": "H*VF*VF/VT"},
}


def number(text):
    """Positive float from a cell with thousands separators, or None."""
    text = (text or "").strip().replace(",", "")
    try:
        value = float(text)
    except ValueError:
        return None
    return value if math.isfinite(value) and value > 0 else None


def read_rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        reader = csv.DictReader(handle)
        rows = []
        for line_no, rec in enumerate(reader, start=2):  # line 1 is the header
            rows.append({"row": line_no} | {k: number(rec.get(col)) for k, col in COLUMNS.items()})
    return rows


def ols(xs, ys):
    """OLS of log10 y on log10 x: dict with n, a, b, residual sd, x mean, Sxx."""
    lx = [math.log10(v) for v in xs]
    ly = [math.log10(v) for v in ys]
    n = len(lx)
    xm, ym = sum(lx) / n, sum(ly) / n
    sxx = sum((x - xm) ** 2 for x in lx)
    sxy = sum((x - xm) * (y - ym) for x, y in zip(lx, ly))
    b = sxy / sxx
    a = ym - b * xm
    sse = sum((y - a - b * x) ** 2 for x, y in zip(lx, ly))
    return {"n": n, "log10_a": a, "b": b, "s": math.sqrt(sse / (n - 2)), "xm": xm, "sxx": sxx}


def energy(h, vf, vt, term):
    return h * vf if term == "H*VF" else h * vf * vf / vt


def half_width(fit, x0, level):
    t = t_quantile(0.5 * (1 + level), fit["n"] - 2)
    return t * fit["s"] * math.sqrt(1 + 1 / fit["n"] + (math.log10(x0) - fit["xm"]) ** 2 / fit["sxx"])


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", default=str(CSV))
    parser.add_argument("--level", type=float, default=0.9)
    args = parser.parse_args(argv)
    rows = read_rows(args.csv)
    level = args.level
    sets = {
        "release_volume": [r for r in rows if r["vt_m3"] and r["vf_m3"]],
        "H*VF": [r for r in rows if r["height_m"] and r["vf_m3"] and r["runout_km"]],
        "H*VF*VF/VT": [r for r in rows if r["height_m"] and r["vf_m3"] and r["vt_m3"] and r["runout_km"]],
    }
    fits, out_fits = {}, {}
    for name, used in sets.items():
        if name == "release_volume":
            xs = [r["vt_m3"] / 1e6 for r in used]
            ys = [r["vf_m3"] / 1e6 for r in used]
            form, xdesc = "VF = a * VT^b", "VT (Mm3)"
        else:
            xs = [energy(r["height_m"], r["vf_m3"] / 1e6, (r["vt_m3"] or 1) / 1e6, name) for r in used]
            ys = [r["runout_km"] for r in used]
            form, xdesc = f"Dmax = a * ({name})^b", f"{name} (m * Mm3)"
        fit = ols(xs, ys)
        fits[name] = fit
        published = {}
        for key, pub in PUBLISHED.items():
            a, b = pub["vf"] if name == "release_volume" else pub["d"]
            if name != "release_volume" and pub["energy"] != name:
                continue
            res = [math.log10(y) - math.log10(a * x**b) for x, y in zip(xs, ys)]
            mean = sum(res) / len(res)
            sd = math.sqrt(sum((r - mean) ** 2 for r in res) / (len(res) - 1))
            inside = sum(1 for x, r in zip(xs, res) if abs(r) <= half_width(fit, x, level))
            published[key] = {
                "a": a,
                "b": b,
                "residual_mean_log10": round(mean, 4),
                "residual_sd_log10": round(sd, 4),
                "fraction_inside_interval": round(inside / len(res), 4),
            }
        out_fits[name] = {
            "form": form,
            "x": xdesc,
            "n": fit["n"],
            "rows": [r["row"] for r in used],
            "method": "ordinary least squares of log10(y) on log10(x)",
            "fitted": {"a": round(10 ** fit["log10_a"], 6), "b": round(fit["b"], 6)},
            "residual_sd_log10": round(fit["s"], 6),
            "x_mean_log10": round(fit["xm"], 6),
            "sxx_log10": round(fit["sxx"], 6),
            "dof": fit["n"] - 2,
            "t_quantile": round(t_quantile(0.5 * (1 + level), fit["n"] - 2), 6),
            "factor_at_x_mean": round(
                10 ** (t_quantile(0.5 * (1 + level), fit["n"] - 2) * fit["s"] * math.sqrt(1 + 1 / fit["n"])),
                3,
            ),
            "published_lines": published,
        }
    # Coverage of the plugin's chain (stored volume and height -> runout) on every row with VT, H, Dmax.
    from tailings_qgis_plugin.core.runout import estimate_runout, load_runout_methods

    config = load_runout_methods()
    chain_rows = [r for r in rows if r["vt_m3"] and r["height_m"] and r["runout_km"]]
    vf_rows = sets["release_volume"]
    rec_fit = _fit_object(out_fits, level)
    inside_d = sum(
        1
        for r in chain_rows
        if (e := estimate_runout(r["vt_m3"], r["height_m"], config, level=level, record_fit=rec_fit))
        and e.runout_low_km <= r["runout_km"] <= e.runout_high_km
    )
    inside_v = sum(
        1
        for r in vf_rows
        if (e := estimate_runout(r["vt_m3"], 10.0, config, level=level, record_fit=rec_fit))
        and e.vf_low_m3 <= r["vf_m3"] <= e.vf_high_m3
    )
    data = {
        "schema": "tailings-failure-record-fit/1",
        "title": "Refit of the release-volume and runout regressions on the record of tailings dam failures",
        "source": {"citation": CITATION, "file": Path(args.csv).name, "failures": len(rows)},
        "made_by": "scripts/fit_failure_record.py",
        "method": (
            "Ordinary least squares of log10(y) on log10(x) per regression form, on every row whose needed "
            "fields are positive numbers. The plugin keeps the published coefficients as central estimates "
            "and takes the spread from these fits: prediction interval of a new observation, "
            "central * 10^(+/- t(n-2, (1+L)/2) * s * sqrt(1 + 1/n + (x0 - x_mean)^2 / Sxx))."
        ),
        "default_level": level,
        "fits": out_fits,
        "coverage": {
            "level": level,
            "note": (
                "Fraction of observed values inside the plugin's interval (the widest of the two methods' "
                "intervals) at the default level: runout from stored volume and height (chain), released "
                "volume from stored volume. In-sample: the rows were also used for the fit."
            ),
            "n": {"runout_chain": len(chain_rows), "release_volume": len(vf_rows)},
            "fraction_inside": {
                "runout_chain": round(inside_d / len(chain_rows), 4),
                "release_volume": round(inside_v / len(vf_rows), 4),
            },
        },
    }
    OUT.write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    keep = {r["row"] for used in sets.values() for r in used} | {r["row"] for r in chain_rows}
    ROWS_OUT.write_text(
        json.dumps(
            {
                "note": "Numeric fields of the failure-record rows used by scripts/fit_failure_record.py "
                "(test fixture; source: " + CITATION + ")",
                "rows": [r for r in rows if r["row"] in keep],
            },
            indent=1,
        )
        + "\n",
        encoding="utf-8",
    )
    for name, f in out_fits.items():
        print(
            f"{name}: n={f['n']} a={f['fitted']['a']:.3g} b={f['fitted']['b']:.3g} "
            f"s={f['residual_sd_log10']:.3f} factor({level:.0%})={f['factor_at_x_mean']:.1f}"
        )
    print("coverage", data["coverage"]["fraction_inside"], data["coverage"]["n"])
    return 0


def _fit_object(out_fits, level):
    from tailings_qgis_plugin.core.hazard_interval import FailureRecordFit, LogFit

    fits = {
        name: LogFit(
            name,
            f["n"],
            f["fitted"]["a"],
            f["fitted"]["b"],
            f["residual_sd_log10"],
            f["x_mean_log10"],
            f["sxx_log10"],
        )
        for name, f in out_fits.items()
    }
    return FailureRecordFit(fits=fits, default_level=level, coverage={})


if __name__ == "__main__":
    sys.exit(main())
