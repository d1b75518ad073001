"""Benchmark: ``make demo`` (scripts/run_demo.py on the bundled sample), wall and CPU time, median of runs.

    .venv/bin/python bench/bench_demo.py [--runs 3] [--baseline/--no-baseline]

Each run starts scripts/run_demo.py in a fresh process (as ``make demo`` does, without the bootstrap and
translation steps, which do nothing on a set-up machine) and measures:
- the wall time (what a user waits) and the CPU time of the demo and its child process (user + system,
  from ``resource.getrusage(RUSAGE_CHILDREN)``): on a busy, shared machine the CPU time is the stable
  figure, the wall time depends on the load;
- the machine's load average before the run (``os.getloadavg``): the machine is shared, so every figure
  is printed with it;
- the time of each step, read from the demo's own "done in" lines.
The baseline, measured in the same session with the same number of runs: the demo with ``--serial-maps``
(the PNG pages drawn after the PDF in the same process, one core; the way the demo ran before).
Target (issue 16): under 60 s wall on an idle 2-core machine. Also prints the PDF and HTML sizes.
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_S = 60.0


def one_run(extra: list[str]) -> dict:
    with tempfile.TemporaryDirectory(prefix="bench_demo_") as folder:
        load = os.getloadavg()[0]
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        done = subprocess.run(
            [sys.executable, str(ROOT / "scripts" / "run_demo.py"), "--out", folder, *extra],
            capture_output=True,
            text=True,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        )
        wall = time.perf_counter() - started
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if done.returncode != 0:
            raise SystemExit(f"the demo failed ({done.returncode}):\n{done.stderr[-2000:]}")
        steps = [float(x) for x in re.findall(r"done in ([0-9.]+) s", done.stdout)]
        out = Path(folder)
        pdf = out / "pdf" / "impact_maps.pdf"
        return {
            "wall": wall,
            "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
            "load": load,
            "steps": steps,
            "pdf_mb": pdf.stat().st_size / 1e6 if pdf.is_file() else float("nan"),
            "html_mb": (out / "report.html").stat().st_size / 1e6,
        }


def summary(name: str, runs: list[dict]) -> float:
    wall = statistics.median(r["wall"] for r in runs)
    cpu = statistics.median(r["cpu"] for r in runs)
    loads = ", ".join(f"{r['load']:.1f}" for r in runs)
    walls = ", ".join(f"{r['wall']:.1f}" for r in runs)
    print(
        f"{name:26s} wall median {wall:6.1f} s (runs: {walls}); "
        f"CPU median {cpu:6.1f} s; load before each run: {loads}"
    )
    print(f"{'':26s} steps of the last run (s): {', '.join(f'{s:.1f}' for s in runs[-1]['steps'])}")
    return wall


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--baseline", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args(argv)
    print(f"{os.cpu_count()} CPUs; load average now {os.getloadavg()[0]:.2f} (idle machine: below 0.5)")
    runs, baseline = [], []
    for _ in range(args.runs):  # interleaved, so that a change of load hits both alike
        runs.append(one_run([]))
        if args.baseline:
            baseline.append(one_run(["--serial-maps"]))
    wall = summary("demo (maps on 2 cores)", runs)
    if baseline:
        summary("baseline (--serial-maps)", baseline)
    last = runs[-1]
    print(f"PDF {last['pdf_mb']:.1f} MB (target < 15), HTML {last['html_mb']:.2f} MB (target < 5)")
    verdict = "under" if wall < TARGET_S else "over"
    print(
        f"median wall {wall:.1f} s: {verdict} the {TARGET_S:.0f} s target (meaningful on an idle machine only)"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
