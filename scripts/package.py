"""Stage the installable plugin folder and zip it for "Install from ZIP".

The zip has one top folder ``tailings_qgis_plugin/`` holding the package code,
``processing_algorithms/``, ``resources/`` (with compiled translations),
``metadata.txt``, ``LICENSE`` and ``README.md``; never tests, caches or settings.

    python scripts/package.py [--build build]
"""

from __future__ import annotations

import argparse
import configparser
import shutil
import subprocess
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
NAME = "tailings_qgis_plugin"
EXCLUDE_DIRS = {"__pycache__", ".qgis-settings", ".pytest_cache", "test", "tests"}
EXCLUDE_SUFFIXES = {".pyc", ".pyo", ".ts", ".pro", ".aux.xml"}


def version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def _ignore(_folder, names):
    return [n for n in names if n in EXCLUDE_DIRS or any(n.endswith(s) for s in EXCLUDE_SUFFIXES)]


def compile_translations(source_dir: Path, target_dir: Path) -> list[Path]:
    """Compile every .ts of ``source_dir`` into a .qm in ``target_dir`` (lrelease from qttools5-dev-tools).

    The .ts sources stay out of the zip; only the compiled .qm files ship.
    """
    made = []
    lrelease = shutil.which("lrelease") or shutil.which("lrelease-qt5")
    target_dir.mkdir(parents=True, exist_ok=True)
    for ts in sorted(source_dir.glob("*.ts")):
        if lrelease is None:
            raise SystemExit("lrelease not found: install qttools5-dev-tools")
        qm = target_dir / ts.with_suffix(".qm").name
        subprocess.run([lrelease, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


def stage(build: Path) -> Path:
    target = build / NAME
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / NAME, target, ignore=_ignore)
    shutil.copytree(ROOT / "processing_algorithms", target / "processing_algorithms", ignore=_ignore)
    shutil.copytree(ROOT / "resources", target / "resources", ignore=_ignore)
    for name in ("metadata.txt", "LICENSE", "README.md", "CHANGELOG.md"):
        if (ROOT / name).is_file():
            shutil.copy2(ROOT / name, target / name)
    compile_translations(ROOT / "resources" / "i18n", target / "resources" / "i18n")
    return target


def build_zip(build: Path) -> Path:
    build.mkdir(parents=True, exist_ok=True)
    folder = stage(build)
    archive = build / f"{NAME}-{version()}.zip"
    tmp = archive.with_suffix(".zip.part")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zf.write(path, path.relative_to(build).as_posix())
    tmp.replace(archive)
    return archive


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--build", default=str(ROOT / "build"))
    args = parser.parse_args()
    archive = build_zip(Path(args.build).resolve())
    print(f"wrote {archive} ({archive.stat().st_size / 1e6:.1f} MB)")


if __name__ == "__main__":
    main()
