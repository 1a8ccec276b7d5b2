#!/usr/bin/env bash
# A raw-seed project of COUNT seeds in DIR, written by bench/Digest.Bench (--write-seeds, from ../shared/eval/bbc-fulltext,
# read at run time) unless DIR already holds a complete one (DIR/.complete): what the build benchmarks measure on.
#
#   bench/write-seeds-once.sh DIR COUNT
set -euo pipefail

[ $# -eq 2 ] || { sed -n '2,5p' "$0"; exit 2; }
project=$(realpath -m "$1")
count=$2
[ -f "$project/.complete" ] && exit 0
cd "$(dirname "$0")/.."
dotnet build -c Release bench/Digest.Bench -v q -nologo >/dev/null
rm -rf "$project"
bench/Digest.Bench/bin/Release/net10.0/Digest.Bench --write-seeds "$project" --count "$count" >/dev/null
touch "$project/.complete"
