#!/usr/bin/env bash
# What one build after a text edit allocates, by type and by the code that allocates it (the fortieth session's
# allocation figures in bench/README.md). Digest's JIT build is traced with dotnet-trace's gc-verbose profile (its
# allocation ticks, one about every 100 KB, with call stacks) and the trace summed by bench/Digest.Allocations.
#
#   bench/alloc-profile.sh [FRAMES] [LINES]          SEEDS=10000 WORK=/dev/shm/digest-alloc
#
# The seeds are generated once (bench/write-seeds-once.sh) into $WORK/seeds; each run copies them, builds cold, makes
# one text edit and builds (so the cache is warm), makes another and traces that build. dotnet-trace is installed into
# $WORK/tools the first time. Allocation sizes are those of the JIT build (the native tool allocates the same objects).
set -euo pipefail

FRAMES=${1:-3}
LINES=${2:-40}
SEEDS=${SEEDS:-10000}
WORK=${WORK:-/dev/shm/digest-alloc}
cd "$(dirname "$0")/.."

bench/write-seeds-once.sh "$WORK/seeds" "$SEEDS"
[ -x "$WORK/tools/dotnet-trace" ] || dotnet tool install --tool-path "$WORK/tools" dotnet-trace >/dev/null
dotnet build src/Digest.Cli -c Release -v quiet -nologo >/dev/null
digest=(dotnet "$PWD/src/Digest.Cli/bin/Release/net10.0/Digest.Cli.dll")

project="$WORK/project"
rm -rf "$project"
cp -r "$WORK/seeds" "$project"
first=$(find "$project/seeds" -name '*.txt' | sort | sed -n 1p)
edit() { sed -i "5s/\$/ Correction $1: an earlier version of this report gave a wrong figure for the turnout./" "$first"; }
"${digest[@]}" build --root "$project" --quiet >/dev/null
edit 1
"${digest[@]}" build --root "$project" --quiet >/dev/null
edit 2

"$WORK/tools/dotnet-trace" collect --profile gc-verbose -o "$WORK/alloc.nettrace" -- "${digest[@]}" build --root "$project" --quiet >/dev/null
dotnet run --project bench/Digest.Allocations -c Release -- "$WORK/alloc.nettrace" "$FRAMES" "$LINES"
