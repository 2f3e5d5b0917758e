#!/usr/bin/env bash
# packaging.deb: makes the Debian package with CPack and checks it the way a user gets it: the
# control fields and the Depends dpkg-shlibdeps computed, the contents, the desktop entry and the
# AppStream metainfo through their validators, the icon sizes, the manual pages against the
# programs' --help (every command and option must be documented), and the extracted programs.
# As root with IPC_PACKAGING_INSTALL=1 it also installs the package with apt-get, runs the programs
# from PATH and removes the package again.
#   deb-test.sh BUILD_DIR CPACK VERSION BUILD_GUI(ON|OFF)
set -euo pipefail

if [ $# -ne 4 ]; then
  echo "usage: $0 BUILD_DIR CPACK VERSION BUILD_GUI" >&2
  exit 2
fi
build="$(cd "$1" && pwd)"
cpack="$2"
version="$3"
case "$4" in
  ON | on | 1 | TRUE | true | YES | yes) gui=1 ;;
  *) gui=0 ;;
esac
src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
app_id=io.github.ipc_studio.IpcStudio
icon_sizes=(16 24 32 48 64 128 256 512)
out="$build/packaging/deb-test"

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
ok() { echo "ok: $*"; }

# The tools, and the Debian packages they come in (scripts/common.sh installs them).
missing=()
for tool in dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev desktop-file-validate:desktop-file-utils \
  appstreamcli:appstream file:file man:man-db; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "FAIL: missing tools; install them with: sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi

# --- The package, in a scratch directory emptied on every run.
rm -rf "$out"
mkdir -p "$out"
start=$SECONDS
if ! (cd "$build" && "$cpack" -G DEB -B "$out" --config "$build/CPackConfig.cmake") \
  >"$out/cpack.log" 2>&1; then
  cat "$out/cpack.log" >&2
  echo "FAIL: cpack -G DEB" >&2
  exit 1
fi
deb="$out/ipc-studio_${version}_$(dpkg --print-architecture).deb"
debs=("$out"/*.deb)
if [ ! -f "$deb" ] || [ ${#debs[@]} -ne 1 ]; then
  cat "$out/cpack.log" >&2
  echo "FAIL: expected exactly $deb, got: ${debs[*]}" >&2
  exit 1
fi
ok "cpack made $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB) in $((SECONDS - start)) s"

# --- Control fields.
dpkg-deb -I "$deb" >"$out/info.txt"
field() { dpkg-deb -f "$deb" "$1"; }
expect_field() {
  local value
  value="$(field "$1")"
  if [ "$value" = "$2" ]; then ok "$1: $value"; else fail "$1 is '$value', expected '$2'"; fi
}
expect_field Package ipc-studio
expect_field Version "$version"
expect_field Maintainer "IPC Studio developers <ipc-studio@users.noreply.github.com>"
expect_field Section devel
expect_field Homepage https://github.com/ipc-studio/ipc-studio
description="$(field Description)"
if [ "$(wc -l <<<"$description")" -ge 4 ]; then
  ok "Description: ${description%%$'\n'*} (+$(($(wc -l <<<"$description") - 1)) lines)"
else
  fail "Description has no long description"
fi
depends="$(field Depends)"
echo "Depends: $depends"
for lib in libsecp256k1 libsqlite3; do
  [[ "$depends" == *"$lib"* ]] || fail "Depends lacks $lib"
done
if [ $gui -eq 1 ]; then
  [[ "$depends" == *libqt6* ]] || fail "Depends lacks the Qt 6 libraries"
  [[ "$depends" == *libqt6svg6* ]] || fail "Depends lacks libqt6svg6 (the SVG icon engine)"
elif [[ "$depends" == *libqt6* ]]; then
  fail "a package built without the GUI depends on Qt"
fi

# --- Contents.
dpkg-deb -c "$deb" >"$out/contents.txt"
awk '{print $6}' "$out/contents.txt" | sed 's|^\./|/|; s|/$||' >"$out/paths.txt"
expected=(/usr/bin/ipc-devnet /usr/share/man/man1/ipc-devnet.1.gz
  /usr/share/doc/ipc-studio/copyright /usr/share/ipc-studio/templates/README.md)
for f in "$src"/resources/templates/*.yaml; do
  expected+=("/usr/share/ipc-studio/templates/$(basename "$f")")
done
gui_files=(/usr/bin/ipc-studio /usr/share/man/man1/ipc-studio.1.gz
  "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
  "/usr/share/icons/hicolor/scalable/apps/$app_id.svg")
for size in "${icon_sizes[@]}"; do
  gui_files+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
if [ $gui -eq 1 ]; then
  expected+=("${gui_files[@]}")
else
  for f in "${gui_files[@]}"; do
    if grep -qxF "$f" "$out/paths.txt"; then fail "$f in a package built without the GUI"; fi
  done
fi
for f in "${expected[@]}"; do
  grep -qxF "$f" "$out/paths.txt" || fail "the package lacks $f"
done
ok "contents: ${#expected[@]} expected files present"
if grep -v -e '^$' -e '^/usr$' -e '^/usr/' "$out/paths.txt" >"$out/stray.txt"; then
  fail "files outside /usr: $(tr '\n' ' ' <"$out/stray.txt")"
fi
if ! awk '$2 != "root/root" { bad = 1 } END { exit bad }' "$out/contents.txt"; then
  fail "files not owned by root/root"
fi
if ! awk '$1 !~ /^(-rw-r--r--|-rwxr-xr-x|drwxr-xr-x)$/ { print; bad = 1 } END { exit bad }' \
  "$out/contents.txt" >"$out/permissions.txt"; then
  fail "unexpected permissions: $(head -3 "$out/permissions.txt")"
fi

# --- The files as installed.
root="$out/root"
dpkg -x "$deb" "$root"
for bin in "$root"/usr/bin/*; do
  info="$(file -b "$bin")"
  [[ "$info" == *ELF*", stripped"* ]] || fail "$(basename "$bin") is not a stripped ELF: $info"
done

# Desktop entry and metainfo: the installed copies, or without the GUI the sources (so both CI
# legs keep them valid).
if [ $gui -eq 1 ]; then
  desktop="$root/usr/share/applications/$app_id.desktop"
  metainfo="$root/usr/share/metainfo/$app_id.metainfo.xml"
else
  desktop="$src/packaging/$app_id.desktop"
  metainfo="$src/packaging/$app_id.metainfo.xml"
fi
if report="$(desktop-file-validate "$desktop" 2>&1)" &&
  ! grep -qE '(error|warning): ' <<<"$report"; then
  ok "desktop-file-validate $(basename "$desktop")"
  [ -z "$report" ] || echo "$report"
else
  fail "desktop-file-validate: $report"
fi
if report="$(appstreamcli validate --no-net "$metainfo" 2>&1)" &&
  ! grep -qE '^[EW]: ' <<<"$report"; then
  ok "appstreamcli validate --no-net $(basename "$metainfo")"
else
  fail "appstreamcli validate --no-net: $report"
fi
grep -q "<release version=\"$version\"" "$metainfo" ||
  fail "the metainfo has no <release> for $version"
for line in "Exec=ipc-studio" "Icon=$app_id" "StartupWMClass=ipc-studio"; do
  grep -qxF "$line" "$desktop" || fail "the desktop entry lacks $line"
done
grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo" ||
  fail "the metainfo does not launch $app_id.desktop"

if [ $gui -eq 1 ]; then
  for size in "${icon_sizes[@]}"; do
    png="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    info="$(file -b "$png")"
    [[ "$info" == "PNG image data, $size x $size, "* ]] || fail "$(basename "$png") ${size}px: $info"
  done
  info="$(file -b "$root/usr/share/icons/hicolor/scalable/apps/$app_id.svg")"
  [[ "$info" == SVG* ]] || fail "the scalable icon is not SVG: $info"
  ok "icons: SVG and PNG ${icon_sizes[*]}"
fi

# --- The programs, extracted (they use the system's libraries, as installed).
devnet="$root/usr/bin/ipc-devnet"
got="$("$devnet" --version)"
if [ "$got" = "ipc-devnet $version" ]; then ok "usr/bin/ipc-devnet --version: $got"; else
  fail "ipc-devnet --version printed '$got'"
fi
if [ $gui -eq 1 ]; then
  got="$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/ipc-studio" --version 2>/dev/null)"
  if [ "$got" = "ipc-studio $version" ]; then ok "usr/bin/ipc-studio --version: $got"; else
    fail "ipc-studio --version printed '$got'"
  fi
fi

# --- Manual pages: they render without groff warnings, carry the version, and document every
# command and option the programs' --help lists.
# man_text PAGE: the page's source with \- and font changes undone, for searching.
man_text() { zcat "$1" | sed -e 's/\\-/-/g' -e 's/\\f[BIRP]//g'; }
# subcommands: the names (aliases included) under "Subcommands:" of a CLI11 --help.
subcommands() {
  awk '/^Subcommands:/ { f = 1; next }
       f && /^  [^ ]/ { s = substr($0, 3); sub(/  .*/, "", s); n = split(s, a, /, */);
                        for (i = 1; i <= n; i++) print a[i] }'
}
# long_options: the --options of a --help (CLI11's or Qt's), --help itself left out.
long_options() { grep -oE -- '^ +(-[a-zA-Z], ?)?--[a-z][a-z0-9-]*' | grep -oE -- '--[a-z0-9-]+$' |
  grep -vxE -- '--help(-all)?' || true; }
# documented TEXT OPTION...: fails for each option not in TEXT.
documented() {
  local text="$1" what="$2" opt
  shift 2
  for opt in "$@"; do
    grep -qE -- "(^|[^a-z0-9-])$opt([^a-z0-9-]|$)" <<<"$text" || fail "$what: $opt is not documented"
  done
}
check_man() {
  local page="$1" name="$2" warnings rendered
  warnings="$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -E UTF-8 -l "$page" 2>&1 >"$out/$name.txt")"
  [ -z "$warnings" ] || fail "$name(1) renders with warnings: $warnings"
  rendered="$(cat "$out/$name.txt")"
  [[ "$rendered" == *NAME*SYNOPSIS*DESCRIPTION* ]] || fail "$name(1) lacks NAME/SYNOPSIS/DESCRIPTION"
  grep -qE "^\.TH [A-Z-]+ 1 .*\"$name $version\"" <<<"$(zcat "$page")" ||
    fail "$name(1) is not for $version"
}

page="$root/usr/share/man/man1/ipc-devnet.1.gz"
check_man "$page" ipc-devnet
man="$(man_text "$page")"
"$devnet" --help >"$out/help.txt"
mapfile -t groups < <(subcommands <"$out/help.txt")
if [ ${#groups[@]} -lt 5 ]; then
  fail "ipc-devnet --help lists ${#groups[@]} commands; the help format may have changed"
fi
mapfile -t opts < <(long_options <"$out/help.txt")
documented "$man" "ipc-devnet(1)" "${opts[@]}"
commands=0
for group in "${groups[@]}"; do
  grep -qE "^\.SS \"ipc-devnet $group( |\")" <<<"$man" ||
    fail "ipc-devnet(1) has no section for 'ipc-devnet $group'"
  "$devnet" "$group" --help >"$out/help-$group.txt"
  mapfile -t opts < <(long_options <"$out/help-$group.txt")
  documented "$man" "ipc-devnet(1), $group" "${opts[@]}"
  mapfile -t subs < <(subcommands <"$out/help-$group.txt")
  for sub in "${subs[@]}"; do
    commands=$((commands + 1))
    grep -qE "(^|[ \"])$group $sub([] \",|]|$)" <<<"$man" ||
      fail "ipc-devnet(1) does not document 'ipc-devnet $group $sub'"
    "$devnet" "$group" "$sub" --help >"$out/help-$group-$sub.txt"
    mapfile -t opts < <(long_options <"$out/help-$group-$sub.txt")
    documented "$man" "ipc-devnet(1), $group $sub" "${opts[@]}"
  done
done
ok "ipc-devnet(1): ${#groups[@]} command groups and $commands commands with their options"

if [ $gui -eq 1 ]; then
  page="$root/usr/share/man/man1/ipc-studio.1.gz"
  check_man "$page" ipc-studio
  QT_QPA_PLATFORM=offscreen "$root/usr/bin/ipc-studio" --help >"$out/help-studio.txt" 2>/dev/null
  mapfile -t opts < <(long_options <"$out/help-studio.txt")
  [ ${#opts[@]} -ge 3 ] || fail "ipc-studio --help lists ${#opts[@]} options"
  documented "$(man_text "$page")" "ipc-studio(1)" "${opts[@]}"
  ok "ipc-studio(1): ${#opts[@]} options"
fi

# --- Optional: install with apt, run from PATH, remove.
if [ "${IPC_PACKAGING_INSTALL:-0}" = 1 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    fail "IPC_PACKAGING_INSTALL=1 needs root"
  else
    # Without Recommends: the point is that the Depends alone make it work, and the machine
    # keeps nothing but what the package needs.
    export DEBIAN_FRONTEND=noninteractive
    if apt-get install -y --no-install-recommends "$deb"; then
      hash -r
      got="$(ipc-devnet --version 2>&1 || true)"
      where="$(command -v ipc-devnet || true)"
      if [ "$where" = /usr/bin/ipc-devnet ] && [ "$got" = "ipc-devnet $version" ]; then
        ok "installed: $where --version: $got"
      else
        fail "installed ipc-devnet: '$where' printed '$got'"
      fi
      [ "$(man -w ipc-devnet)" = /usr/share/man/man1/ipc-devnet.1.gz ] ||
        fail "man -w ipc-devnet: $(man -w ipc-devnet 2>&1)"
      if [ $gui -eq 1 ]; then
        got="$(QT_QPA_PLATFORM=offscreen ipc-studio --version 2>/dev/null || true)"
        if [ "$got" = "ipc-studio $version" ]; then ok "installed: ipc-studio --version: $got"; else
          fail "installed ipc-studio printed '$got'"
        fi
      fi
      apt-get remove -y ipc-studio || fail "apt-get remove ipc-studio"
      [ ! -e /usr/bin/ipc-devnet ] || fail "/usr/bin/ipc-devnet is still there after removal"
    else
      fail "apt-get install $deb"
    fi
  fi
fi

if [ $failures -gt 0 ]; then
  echo "$failures check(s) failed" >&2
  exit 1
fi
echo "packaging.deb: all checks passed in $((SECONDS - start)) s"
