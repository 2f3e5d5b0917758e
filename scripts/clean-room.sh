#!/usr/bin/env bash
# Runs a README command on a fresh Debian 12 system, the way a newcomer's machine is: a minimal
# Debian 12 (debootstrap: the base system) with git, nodejs and npm added, the project cloned from
# this checkout's HEAD, then the command, as root inside a chroot. Proves that the set-up scripts
# install everything the build and the tests need; a machine where things were installed by hand
# cannot prove that.
#
#   sudo bash scripts/clean-room.sh [options]
#     --command "…"    what to run in the clone (default: bash scripts/run-tests.sh)
#     --ci             run bash .ci/run instead (every leg: GUI, Qt-free, fuzz, set-up check)
#     --dir DIR        where the system goes (default /var/tmp/ipc-clean-room)
#     --ccache DIR     share a compiler cache with the host (faster; the packages are still fresh)
#     --keep           keep the system afterwards (it is removed by default)
#
# Needs root, debootstrap (installed when missing) and ~6 GB of disk. The base system is made once
# and kept as a tarball under DIR; every run unpacks it anew. Times of each step are printed and
# the whole log is kept in DIR/run.log.
set -euo pipefail

IPC_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
command="bash scripts/run-tests.sh"
dir=/var/tmp/ipc-clean-room
ccache=""
keep=0
while [ $# -gt 0 ]; do
  case "$1" in
    --command) command="$2"; shift 2 ;;
    --ci) command="bash .ci/run"; shift ;;
    --dir) dir="$2"; shift 2 ;;
    --ccache) ccache="$(mkdir -p "$2" && cd "$2" && pwd)"; shift 2 ;;
    --keep) keep=1; shift ;;
    -h | --help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "clean-room: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
if [ "$(id -u)" -ne 0 ]; then
  echo "clean-room: needs root (debootstrap and chroot)" >&2
  exit 1
fi

log() { printf '\033[1m==> [%4d s] %s\033[0m\n' "$SECONDS" "$*" >&2; }

mkdir -p "$dir"
root="$dir/root"
tarball="$dir/debian12-base.tar.gz"
mirror="$(awk '/^URIs:/ { print $2; exit } /^deb / { print $2; exit }' \
  /etc/apt/sources.list.d/debian.sources /etc/apt/sources.list 2>/dev/null || true)"
mirror="${mirror:-http://deb.debian.org/debian}"

mounted=()
cleanup() {
  local m
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount -l "${mounted[$i]}" 2>/dev/null || true
  done
  # --one-file-system: never follow a mount that is still attached into the host's files.
  if [ "$keep" -eq 0 ] && [ -d "$root" ]; then rm -rf --one-file-system "$root"; fi
}
trap cleanup EXIT
bind() {
  mkdir -p "$2"
  mount --bind "$1" "$2"
  mounted+=("$2")
}

if ! command -v debootstrap >/dev/null; then
  log "Installing debootstrap"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends debootstrap >/dev/null
fi

if [ ! -f "$tarball" ]; then
  log "Making a Debian 12 base system from $mirror (once; kept as $tarball)"
  rm -rf "$dir/make"
  debootstrap --make-tarball="$tarball" bookworm "$dir/make" "$mirror" >"$dir/debootstrap.log" 2>&1 ||
    { tail -20 "$dir/debootstrap.log" >&2; exit 1; }
  rm -rf "$dir/make"
fi

log "Unpacking a fresh base system into $root"
rm -rf --one-file-system "$root"
mkdir -p "$root"
debootstrap --unpack-tarball="$tarball" bookworm "$root" "$mirror" >"$dir/debootstrap.log" 2>&1 ||
  { tail -20 "$dir/debootstrap.log" >&2; exit 1; }
cp /etc/resolv.conf "$root/etc/resolv.conf"
# The host's network, not part of what is proven: the name server above, and the certificate
# authorities a TLS-intercepting proxy needs (certificates the host added by hand, trusted by the
# system store once ca-certificates is installed below, and by npm through the same file the
# host's npm uses).
if compgen -G "/usr/local/share/ca-certificates/*.crt" >/dev/null; then
  mkdir -p "$root/usr/local/share/ca-certificates"
  cp /usr/local/share/ca-certificates/*.crt "$root/usr/local/share/ca-certificates/"
fi
env_network=()
host_cafile="$(npm config get cafile 2>/dev/null || true)"
if [ -n "$host_cafile" ] && [ "$host_cafile" != "null" ] && [ "$host_cafile" != "undefined" ]; then
  env_network=(npm_config_cafile="$host_cafile")
fi

bind /proc "$root/proc"
bind /sys "$root/sys"
bind /dev "$root/dev"
bind /dev/pts "$root/dev/pts"
mkdir -p "$root/dev/shm" "$root/tmp" && chmod 1777 "$root/tmp"
bind "$IPC_ROOT" "$root/mnt/source"
# The steering documents the project keeps beside the checkout, when present.
if [ -d "$IPC_ROOT/../shared" ]; then bind "$IPC_ROOT/../shared" "$root/root/shared"; fi
env_ccache=()
if [ -n "$ccache" ]; then
  bind "$ccache" "$root/var/cache/ipc-ccache"
  env_ccache=(CCACHE_DIR=/var/cache/ipc-ccache CCACHE_BASEDIR=/root CCACHE_NOHASHDIR=1
    CCACHE_COMPILERCHECK=content)
fi

in_root() {
  chroot "$root" /usr/bin/env -i HOME=/root TERM="${TERM:-dumb}" LANG=C.UTF-8 \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin "${env_ccache[@]}" \
    "${env_network[@]}" "$@"
}

log "Adding what a newcomer's machine has: git, nodejs, npm"
in_root bash -c 'export DEBIAN_FRONTEND=noninteractive; apt-get update -qq &&
  apt-get install -y -qq --no-install-recommends git ca-certificates nodejs npm >/dev/null'
in_root dpkg-query -W -f='${Package}\n' | wc -l | xargs printf '    %s packages installed\n' >&2

log "Cloning the project (HEAD of $IPC_ROOT)"
in_root git config --global --add safe.directory /mnt/source
in_root git clone -q /mnt/source /root/ipc-studio

log "Running: $command"
start=$SECONDS
set +e
# CPU time is reported too: unlike the wall-clock time it does not depend on what else the host runs.
in_root bash -c "TIMEFORMAT='==> command: %0R s wall, %0U s user + %0S s system CPU'
  time (cd /root/ipc-studio && $command)" 2>&1 | tee "$dir/run.log"
status=${PIPESTATUS[0]}
set -e
took=$((SECONDS - start))
downloaded="$(du -sm "$root/var/cache/apt/archives" | cut -f1)"
log "Finished with exit code $status in $((took / 60)) min $((took % 60)) s;" \
  "apt downloaded ${downloaded} MB; the log is $dir/run.log"
exit "$status"
