#!/usr/bin/env bash
# The source tree's house rules, checked on every test run:
#  - every .cpp starts with a line comment saying what it is for;
#  - no C++ source or header is over 800 lines (files a newcomer can read as one room);
#  - core/ and devnet/ include no Qt and nothing from ui/.
# Usage: check-sources.sh <source dir>
set -euo pipefail
root="${1:?source dir}"
cd "$root"
limit=800
status=0

while IFS= read -r f; do
  if ! head -n 1 "$f" | grep -q '^// '; then
    echo "$f: the first line must be a // comment saying what the file is for" >&2
    status=1
  fi
done < <(git ls-files -- '*.cpp' 2>/dev/null || find core devnet ui app tests bench -name '*.cpp')

while IFS= read -r f; do
  n=$(wc -l < "$f")
  if [ "$n" -gt "$limit" ]; then
    echo "$f: $n lines; split it by responsibility (at most 800 lines per file)" >&2
    status=1
  fi
done < <(git ls-files -- 'core/*.cpp' 'core/*.h' 'devnet/*.cpp' 'devnet/*.h' 'ui/*.cpp' 'ui/*.h' \
           'app/*.cpp' 2>/dev/null)

if grep -rlE '#include *<Q|#include *"ipc/ui/' core devnet; then
  echo "the files above include Qt or ui/ headers: core/ and devnet/ stay Qt-free" >&2
  status=1
fi
exit $status
