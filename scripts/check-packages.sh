#!/usr/bin/env bash
# Fails when a build or a test used something the set-up scripts do not install.
#
# Every file a configured build directory used (the CMake package configs and modules it read,
# headers from the compiler's dependency files, libraries and tools named in build.ninja and the
# CTest files, the shared libraries the built programs load) and every program the tests run is
# mapped to the Debian package that ships it (dpkg's file lists). Each of those packages must be in
# the dependency closure (Depends and Pre-Depends, recursively) of the packages scripts/common.sh
# installs for that build, plus what a fresh Debian 12 machine already has: the base system
# (Essential, required and important packages), git, nodejs and npm.
#
#   bash scripts/check-packages.sh BUILD_DIR:LISTS [BUILD_DIR:LISTS ...]
#     LISTS: comma-separated names of lists in scripts/common.sh: core, gui, fuzz
#   e.g. bash scripts/check-packages.sh build:core,gui build-nogui:core build-fuzz:core,fuzz
#
# IPC_CHECK_WITHOUT="pkg ..." removes packages from the lists first; .ci/run uses it to prove that
# the check fails when a needed package is missing from them.
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"

if [ $# -eq 0 ]; then
  echo "usage: $0 BUILD_DIR:LISTS [BUILD_DIR:LISTS ...]   (LISTS: core,gui,fuzz)" >&2
  exit 2
fi
for tool in dpkg-query apt-cache ninja ldd awk; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "check-packages: '$tool' is needed" >&2
    exit 2
  fi
done

# Programs the scripts and tests run by name (the build's own tools are found in its files).
IPC_CHECK_TOOLS=(bash git node npm python3 timeout dpkg-deb dpkg-shlibdeps
  desktop-file-validate appstreamcli file man)
# ... and, for a build with the GUI, the display tools its scripts use.
IPC_CHECK_GUI_TOOLS=(xvfb-run xauth)

without=" ${IPC_CHECK_WITHOUT:-} "
list_packages() {
  local name p pkgs
  for name in ${1//,/ }; do
    case "$name" in
      core) pkgs="IPC_CORE_PACKAGES[@]" ;;
      gui) pkgs="IPC_GUI_PACKAGES[@]" ;;
      fuzz) pkgs="IPC_FUZZ_PACKAGES[@]" ;;
      *)
        echo "check-packages: unknown list '$name' (core, gui, fuzz)" >&2
        exit 2
        ;;
    esac
    for p in "${!pkgs}"; do
      [[ "$without" == *" $p "* ]] || echo "$p"
    done
  done
}

work="$(mktemp -d)"
[ -n "${IPC_CHECK_KEEP:-}" ] || trap 'rm -rf "$work"' EXIT; [ -n "${IPC_CHECK_KEEP:-}" ] && echo "work: $work" >&2

# What a fresh machine has before any script runs.
dpkg-query -W -f='${Package} ${Essential} ${Priority}\n' |
  awk '$2 == "yes" || $3 == "required" || $3 == "important" { print $1 }' >"$work/base"
printf '%s\n' git nodejs npm >>"$work/base"

# Every package name in the Depends/Pre-Depends closure of the given ones (virtual packages and
# alternatives included: an over-approximation, never a false alarm).
closure() {
  apt-cache depends --recurse --no-recommends --no-suggests --no-conflicts --no-breaks \
    --no-replaces --no-enhances "$@" 2>/dev/null |
    sed -e 's/^ *|\?[A-Za-z-]*: //' -e 's/^ *//' -e 's/[<>]//g' -e 's/:.*$//' | sort -u
}

# Path -> owning package, from dpkg's file lists. /usr-merged systems keep /lib, /bin and /sbin
# as links into /usr while packages may list either form, so both forms are looked up.
owners() {
  awk '
    FNR == NR { want[$0] = 1; next }
    FNR == 1 { pkg = FILENAME; sub(/.*\//, "", pkg); sub(/\.list$/, "", pkg); sub(/:.*$/, "", pkg) }
    ($0 in want) && !($0 in owner) { owner[$0] = pkg }
    END { for (p in owner) print p "\t" owner[p] }
  ' "$1" /var/lib/dpkg/info/*.list
}
aliases() {
  awk '{
    print
    if ($0 ~ /^\/usr\/(lib|lib64|bin|sbin)\//) { s = $0; sub(/^\/usr/, "", s); print s }
    else if ($0 ~ /^\/(lib|lib64|bin|sbin)\//) print "/usr" $0
  }'
}

# Files a build directory used, outside the source tree and the build tree.
used_files() {
  local dir="$1"
  {
    grep -oh '/[A-Za-z0-9_./+-]*' "$dir/build.ninja" || true
    find "$dir" -name CTestTestfile.cmake -exec grep -ho '/[A-Za-z0-9_./+-]*' {} + || true
    ninja -C "$dir" -t deps 2>/dev/null | awk '/^    \// { print $1 }'
    find "$dir" -type f -perm -u+x -print0 | while IFS= read -r -d '' f; do
      if head -c 4 "$f" 2>/dev/null | grep -q 'ELF'; then
        ldd "$f" 2>/dev/null | awk '$3 ~ /^\// { print $3 } $1 ~ /^\// { print $1 }'
      fi
    done
  } | grep -E '^/(usr|lib|lib64|bin|sbin|opt|etc)/' | grep -vE "^$IPC_ROOT/|^$dir/" |
    sort -u | while IFS= read -r f; do
      [ -f "$f" ] && echo "$f"
    done
}

failed=0
for arg in "$@"; do
  dir="${arg%%:*}"
  lists="${arg#*:}"
  if [ "$dir" = "$arg" ] || [ ! -f "$dir/build.ninja" ]; then
    echo "check-packages: '$arg' is not BUILD_DIR:LISTS with a configured build directory" >&2
    exit 2
  fi
  dir="$(cd "$dir" && pwd)"
  mapfile -t installs < <(list_packages "$lists")
  { cat "$work/base"; closure "${installs[@]}" $(cat "$work/base"); } | sort -u >"$work/allowed"

  # Each file with its resolved path (a header directory may be a link, e.g. cryptopp -> crypto++).
  used_files "$dir" >"$work/files"
  tools=("${IPC_CHECK_TOOLS[@]}")
  [[ ",$lists," == *",gui,"* ]] && tools+=("${IPC_CHECK_GUI_TOOLS[@]}")
  for tool in "${tools[@]}"; do
    for d in /usr/bin /bin /usr/sbin; do
      if [ -e "$d/$tool" ]; then
        echo "$d/$tool" >>"$work/files"
        continue 2
      fi
    done
    echo "(program) $tool" >>"$work/missing-programs"
  done
  tr '\n' '\0' <"$work/files" | xargs -0 realpath -e -- >"$work/real"
  paste "$work/files" "$work/real" >"$work/pairs"
  [ -f "$work/missing-programs" ] && awk '{ print $0 "\t" $0 }' "$work/missing-programs" >>"$work/pairs"
  tr '\t' '\n' <"$work/pairs" | aliases | sort -u >"$work/wanted"
  owners "$work/wanted" | sort >"$work/owned"

  # For each file, its owner (through either path form); none means not from a Debian package.
  awk -F'\t' -v OFS='\t' '
    function other(p,  a) {
      a = p
      if (p ~ /^\/usr\/(lib|lib64|bin|sbin)\//) sub(/^\/usr/, "", a)
      else if (p ~ /^\/(lib|lib64|bin|sbin)\//) a = "/usr" p
      return a
    }
    FILENAME == ARGV[1] { owner[$1] = $2; next }
    FILENAME == ARGV[2] { allowed[$1] = 1; next }
    {
      f = $1; r = $2; pkg = ""
      if (f in owner) pkg = owner[f]
      else if (other(f) in owner) pkg = owner[other(f)]
      else if (r in owner) pkg = owner[r]
      else if (other(r) in owner) pkg = owner[other(r)]
      if (pkg == "") {
        if (f ~ /^\(program\) /) { sub(/^\(program\) /, "", f); print "not installed by any Debian package: " f }
        else if (f !~ /^\/etc\//) print "not from a Debian package: " f
      } else if (!(pkg in allowed)) print pkg, f
    }
  ' "$work/owned" "$work/allowed" "$work/pairs" >"$work/problems"

  if [ -s "$work/problems" ]; then
    failed=1
    echo "check-packages: the build in $dir ($lists) uses what scripts/common.sh does not install:" >&2
    sort "$work/problems" | awk -F'\t' '
      NF == 2 { if (!($1 in seen)) { seen[$1] = $2; order[++n] = $1 } ; next }
      { print "  " $0 }
      END { for (i = 1; i <= n; i++) printf "  package %s (e.g. %s)\n", order[i], seen[order[i]] }
    ' >&2
    echo "Add the packages to the lists in scripts/common.sh." >&2
  else
    echo "check-packages: $dir ($lists): $(wc -l <"$work/pairs") files and programs, all from" \
      "packages the set-up scripts install or a fresh Debian 12 machine has"
  fi
done
exit $failed
