#!/usr/bin/env bash
# One binary on one large project: a cold build, the same text edit every run, then an incremental build; wall, CPU and
# peak memory of each, and each build's steps (--verbose) in $WORK/cold-TAG.log and $WORK/incremental-TAG.log. For sizes
# where bench/build-ab.sh's two copies of the project (one per binary) do not fit in memory (100,000 seeds: about 8 GB
# with the output and the cache): run it once per binary, alternating, and compare the runs.
#
#   bench/build-big.sh BINARY TAG
#   SEEDS=100000 WORK=/dev/shm/digest-big bench/build-big.sh /tmp/new/Digest.Cli new-1
#
# The seeds are generated once by bench/Digest.Bench (--write-seeds, from ../shared/eval/bbc-fulltext, read at run
# time) into $WORK/project; the edited seed is put back as generated before each run, so every run builds the same
# seeds and makes the same edit (the edit's text does not name the run: a tag in it could read as a name to the tagger
# and make one run's edit unlike another's). The collector's pauses move between steps from run to run at this size:
# compare whole builds over several runs, steps only with their pauses.
set -euo pipefail

[ $# -eq 2 ] || { sed -n '2,14p' "$0"; exit 2; }
BINARY=$(realpath "$1")
TAG=$2
SEEDS=${SEEDS:-100000}
WORK=${WORK:-/dev/shm/digest-big}
cd "$(dirname "$0")/.."

project="$WORK/project"
[ -f "$project/.complete" ] || rm -f "$WORK/first-seed.txt"
bench/write-seeds-once.sh "$project" "$SEEDS"
first=$(find "$project/seeds" -name '*.txt' | sort | sed -n 1p)
# The seed as generated, kept beside the project the first time and put back before every run.
[ -f "$WORK/first-seed.txt" ] || cp "$first" "$WORK/first-seed.txt"
cp "$WORK/first-seed.txt" "$first"
rm -rf "$project/input/articles" "$project/output" "$project/.digest-cache"

# build KIND: one verbose build, its log kept; prints "KIND: wall s, CPU s, peak MB".
build() {
  /usr/bin/time -f '%e %U %S %M' -o "$WORK/time.txt" "$BINARY" build --root "$project" --verbose >"$WORK/$1-$TAG.log" 2>&1 \
    || { echo "$1 build failed:"; tail -20 "$WORK/$1-$TAG.log"; exit 1; }
  awk -v kind="$1" '{ printf "%s: %.2f s wall, %.2f s CPU, %.0f MB peak\n", kind, $1, $2 + $3, $4 / 1024 }' "$WORK/time.txt"
}

echo "$TAG: $SEEDS seeds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
build cold
# Into the first paragraph (line 5 of a generated seed), as bench/build-ab.sh's text edit.
sed -i "5s/\$/ Correction: an earlier version of this report gave a wrong figure for the turnout./" "$first"
build incremental
