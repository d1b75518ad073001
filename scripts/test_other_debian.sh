#!/usr/bin/env bash
# Run the test suite on the OTHER Debian release than the host (bookworm host -> trixie, trixie -> bookworm)
# in a chroot made with debootstrap from Debian's archive.
#
# The chroot is cached under $CHROOT_CACHE/<suite> (default /var/cache/tailings-chroot) and reused when its
# stamp says it is complete and has the packages of scripts/bootstrap.sh; otherwise it is (re)built.
# The checkout and ../shared are bind-mounted at the same paths inside, and `make test` runs there with
# its own venv (.venv-<suite>, git-ignored), so nothing of the host's .venv is used.
#
# Needs root (debootstrap, chroot, mounts); runs without stdin. Everything mounted is unmounted on exit.
#   OTHER_SUITE=trixie     force the suite
#   DEBIAN_MIRROR=...      archive (default http://deb.debian.org/debian)
#   CHROOT_CACHE=...       cache folder
#   PYTEST_ARGS=...        passed on to make test
#   --build-only           build (or check) the cached chroot and stop
#   -- COMMAND...          run COMMAND in the checkout inside the chroot instead of make test
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd -P)
SHARED=$(cd "$ROOT/.." && pwd -P)/shared
host=$(. /etc/os-release && echo "${VERSION_CODENAME:-}")
case "$host" in
  bookworm) default_suite=trixie ;;
  trixie) default_suite=bookworm ;;
  *) default_suite=trixie ;;
esac
SUITE=${OTHER_SUITE:-$default_suite}
CACHE=${CHROOT_CACHE:-/var/cache/tailings-chroot}
CH=$CACHE/$SUITE
MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
PACKAGES="make git ca-certificates $(bash "$ROOT/scripts/bootstrap.sh" --print-packages)"
STAMP=$CH/.tailings-chroot-complete
WANT=$(echo "$SUITE $PACKAGES" | sha256sum | cut -c1-16)

log() { echo "test-other-debian: $*"; }
now() { date +%s; }

if [ "$(id -u)" -ne 0 ]; then
  echo "test-other-debian: needs root (debootstrap, chroot and bind mounts); run it with sudo" >&2
  exit 2
fi
if ! command -v debootstrap >/dev/null; then
  log "installing debootstrap"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q debootstrap </dev/null
fi

MOUNTED=()
cleanup() {
  local i
  for ((i = ${#MOUNTED[@]} - 1; i >= 0; i--)); do
    umount "${MOUNTED[$i]}" 2>/dev/null || umount -l "${MOUNTED[$i]}" 2>/dev/null || true
  done
  MOUNTED=()
}
trap cleanup EXIT INT TERM HUP

mount_in() {  # mount_in <mount args...> <target>
  local target=${!#}
  mkdir -p "$target"
  if mountpoint -q "$target"; then
    return 0
  fi
  mount "$@"
  MOUNTED+=("$target")
}

mount_system() {
  mount_in -t proc proc "$CH/proc"
  mount_in -t sysfs sysfs "$CH/sys"
  mount_in --bind /dev "$CH/dev"
  mount_in -t devpts devpts -o newinstance,ptmxmode=0666 "$CH/dev/pts"
  mount_in -t tmpfs tmpfs "$CH/dev/shm"
  mount_in -t tmpfs tmpfs "$CH/tmp"
}

in_chroot() {
  local pass=() var
  # a proxy of the host (if any) is needed inside too; nothing else of the host's environment goes in
  for var in http_proxy https_proxy no_proxy HTTP_PROXY HTTPS_PROXY NO_PROXY PIP_DEFAULT_TIMEOUT; do
    if [ -n "${!var:-}" ]; then pass+=("$var=${!var}"); fi
  done
  chroot "$CH" /usr/bin/env -i HOME=/root PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    LANG=C.UTF-8 LC_ALL=C.UTF-8 DEBIAN_FRONTEND=noninteractive "${pass[@]}" "$@" </dev/null
}

trust_host_cas() {
  # Local CA certificates of the host (a TLS-inspecting proxy in some CI networks) are trusted inside too,
  # so pip reaches PyPI the same way as on the host.
  if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
    mkdir -p "$CH/usr/local/share/ca-certificates"
    cp /usr/local/share/ca-certificates/*.crt "$CH/usr/local/share/ca-certificates/"
    in_chroot update-ca-certificates >/dev/null 2>&1 || true
  fi
}

build_chroot() {
  local t0
  t0=$(now)
  if [ ! -x "$CH/usr/bin/apt-get" ] || [ ! -f "$CH/.debootstrap-complete" ]; then
    log "debootstrap $SUITE into $CH from $MIRROR"
    rm -rf "$CH"
    mkdir -p "$CACHE"
    debootstrap --variant=minbase "$SUITE" "$CH" "$MIRROR" >"$CACHE/$SUITE-debootstrap.log" 2>&1 || {
      tail -30 "$CACHE/$SUITE-debootstrap.log"
      exit 1
    }
    touch "$CH/.debootstrap-complete"
    log "debootstrap done in $(($(now) - t0)) s"
  fi
  # Release files of a snapshot or unstable mirror may be past Valid-Until; tests need packages, not freshness.
  cat >"$CH/etc/apt/apt.conf.d/99tailings" <<'EOF'
Acquire::Check-Valid-Until "false";
APT::Install-Recommends "false";
Dpkg::Use-Pty "0";
EOF
  echo "deb $MIRROR $SUITE main" >"$CH/etc/apt/sources.list"
  cp -L /etc/resolv.conf "$CH/etc/resolv.conf"
  mount_system
  local t1
  t1=$(now)
  log "installing the packages of scripts/bootstrap.sh in the chroot"
  # shellcheck disable=SC2086
  in_chroot sh -c "apt-get update -qq && apt-get install -y -q $PACKAGES" >"$CACHE/$SUITE-apt.log" 2>&1 || {
    tail -40 "$CACHE/$SUITE-apt.log"
    exit 1
  }
  in_chroot apt-get clean
  log "packages installed in $(($(now) - t1)) s"
  echo "$WANT" >"$STAMP"
}

t_start=$(now)
if [ -f "$STAMP" ] && [ "$(cat "$STAMP")" = "$WANT" ]; then
  log "reusing the $SUITE chroot in $CH"
  cp -L /etc/resolv.conf "$CH/etc/resolv.conf"
  mount_system
else
  build_chroot
fi

if [ "${1:-}" = "--build-only" ]; then
  log "chroot ready in $(($(now) - t_start)) s"
  exit 0
fi
mount_in --bind "$ROOT" "$CH$ROOT"
if [ -d "$SHARED" ]; then
  mount_in --bind "$SHARED" "$CH$SHARED"
fi
trust_host_cas
# git refuses to read a repository owned by someone else ("dubious ownership"); the checkout is bind-mounted
in_chroot git config --global --add safe.directory '*' || true

release=$(cat "$CH/etc/debian_version")
log "running make test on Debian $release ($SUITE) with .venv-$SUITE"
t_test=$(now)
set +e
if [ "${1:-}" = "--" ]; then  # debugging: run another command in the checkout inside the chroot
  shift
  in_chroot sh -c "cd '$ROOT' && export QT_QPA_PLATFORM=offscreen && $*"
else
  in_chroot sh -c "cd '$ROOT' && make test VENV=.venv-$SUITE PYTEST_ARGS='${PYTEST_ARGS:-}'"
fi
rc=$?
set -e
log "suite on $SUITE: exit $rc in $(($(now) - t_test)) s (total $(($(now) - t_start)) s)"
exit $rc
