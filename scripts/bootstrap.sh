#!/usr/bin/env bash
# Install what `make test` and `make demo` need, only when it is missing.
# Debian 12 (bookworm) or 13 (trixie): QGIS and the geo stack from Debian, a venv with
# --system-site-packages for the pinned test tools. A second run does nothing and takes a second.
# postgresql-postgis pulls the PostGIS of Debian's default PostgreSQL (postgresql-15-postgis-3 on
# bookworm, postgresql-17-postgis-3 on trixie) for the throwaway cluster of test/test_postgis.py.
set -euo pipefail
VENV=${VENV:-.venv}
PACKAGES="qgis python3-qgis qgis-providers python3-geopandas python3-rasterio python3-shapely python3-pyproj
python3-rtree python3-openpyxl python3-numpy python3-venv python3-pip python3-networkx pyqt5-dev-tools
qttools5-dev-tools xvfb xauth poppler-utils grass-core debootstrap python3-matplotlib
postgresql postgresql-postgis python3-psycopg2 python3-numba"
if [ "${1:-}" = "--print-packages" ]; then  # used by scripts/test_other_debian.sh
  echo $PACKAGES
  exit 0
fi

missing=""
for pkg in $PACKAGES; do
  status=$(dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null || true)
  case "$status" in *"install ok installed"*) ;; *) missing="$missing $pkg" ;; esac
done
if [ -n "$missing" ]; then
  echo "bootstrap: installing Debian packages:$missing"
  if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
  else
    SUDO=
  fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q --no-install-recommends $missing
fi

stamp="$VENV/.requirements-installed"
if [ ! -x "$VENV/bin/python" ]; then
  echo "bootstrap: creating $VENV from /usr/bin/python3 with the system site packages (QGIS, GDAL, geo stack)"
  /usr/bin/python3 -m venv --system-site-packages "$VENV"
fi
if [ ! -f "$stamp" ] || [ requirements-dev.txt -nt "$stamp" ]; then
  echo "bootstrap: installing pinned test tools into $VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check -r requirements-dev.txt
  touch "$stamp"
fi
# pyproj inside a venv looks for PROJ's data under the venv's prefix; point it at Debian's.
if [ -d /usr/share/proj ] && [ -x "$VENV/bin/python" ] && [ ! -e "$VENV/share/proj" ]; then
  mkdir -p "$VENV/share" && ln -s /usr/share/proj "$VENV/share/proj"
fi
