#!/usr/bin/env bash
# What one digest binary's incremental build after a text edit costs, set against what any incremental build that keeps
# dedup's results exactly as they are must still do (issue 7's goal: a build after one seed changed among 10,000 in at
# most 10 % of a cold build). Prints, as medians and as shares of a cold build:
#
#   cold        a build from nothing (no input/articles/, output/ or .digest-cache/);
#   text edit   a build after one seed's first paragraph got a sentence of new words (as bench/build-ab.sh's EDIT=text);
#   names edit  a build after one seed's first paragraph got a sentence naming people and a body no seed names (as
#               build-ab.sh's EDIT=names): an editor's fix of a name, which the entity tally, folding and lists take in;
#   floor       a build after a seed got an empty line (new bytes, the same article: every step runs, every cache hits,
#               no page is made; as EDIT=blank);
#   no article changed  the same edit three seconds before a build whose previous build left its stamp: only a seed
#               changed and ingest writes no article, so publish does not run (README, "No article changed");
#   nothing     a build with nothing changed (the build stamp finds every file as it was and stops);
#   clustering  the stories and topics steps of the text-edit builds (--verbose): dedup's clustering of the whole corpus,
#               which a text edit reruns because every report's term weights move with the corpus's word frequencies.
#
# "nothing + clustering" estimates the least a text edit can cost in any build that gives dedup's results as now, bit
# for bit: it has to start, find what changed and cluster the corpus again, before it loads dedup's inputs, ingests the
# edited seed or publishes a page. (Those other steps could, in a build driven by what changed, cost about that seed
# alone.) It is an estimate, not a proof: clustering may run faster in a leaner build, with less for the collector.
#
#   bench/incremental-bound.sh BINARY [RUNS]          default 5 runs of each incremental kind, 2 cold ones
#   SEEDS=10000 WORK=/dev/shm/digest-bound bench/incremental-bound.sh /dev/shm/bin/Digest.Cli 7
#
# BINARY: `dotnet publish src/Digest.Cli -c Release -r linux-x64 -o DIR` gives DIR/Digest.Cli. The seeds are generated
# once by bench/Digest.Bench (from ../shared/eval/bbc-fulltext, read at run time) into $WORK/seeds.
set -euo pipefail

[ $# -ge 1 ] || { sed -n '2,27p' "$0"; exit 2; }
BINARY=$(realpath "$1")
RUNS=${2:-5}
COLD_RUNS=${COLD_RUNS:-2}
SEEDS=${SEEDS:-10000}
WORK=${WORK:-/dev/shm/digest-bound}
cd "$(dirname "$0")/.."

bench/write-seeds-once.sh "$WORK/seeds" "$SEEDS"
project="$WORK/project"
rm -rf "$project"
cp -r "$WORK/seeds" "$project"
first=$(find "$project/seeds" -name '*.txt' | sort | sed -n 1p)

# shellcheck source=bench/median.sh
source bench/median.sh

# build [--verbose]: one build of the project; its wall seconds go to $WORK/wall.txt, its output to $WORK/build.log.
build() {
  /usr/bin/time -f '%e' -o "$WORK/wall.txt" "$BINARY" build --root "$project" "${1:---quiet}" >"$WORK/build.log" 2>&1 \
    || { echo "build failed:"; cat "$WORK/build.log"; exit 1; }
  cat "$WORK/wall.txt"
}

# step NAME: the wall seconds of the --verbose step NAME in the last build's output.
step() { grep -F "s paused  $1" "$WORK/build.log" | awk '{ print $1 }'; }

cold=() text=() names=() floor=() unchanged=() nothing=() clustering=()
for run in $(seq "$COLD_RUNS"); do
  rm -rf "$project/input/articles" "$project/output" "$project/.digest-cache"
  cold+=("$(build)")
done

for run in $(seq "$RUNS"); do
  sed -i "5s/\$/ Correction $run: an earlier version of this report gave a wrong figure for the turnout./" "$first"
  text+=("$(build --verbose)")
  clustering+=("$(awk -v s="$(step 'dedup: stories')" -v t="$(step 'dedup: topics')" 'BEGIN { printf "%.3f", s + t }')")
done

given=(Edda Hesper Wilhelmina Ansel Lucan Tobiah Osric Maren Jory Idris)
family=(Marrowby Quarrington Ostrander Brackwater Thistlewood Fenwright Penhallow Colquitt Dunmore Ashgrove)
place=(Quillon Vellamy Carrow Harwick Tregaron Pellworth Saltmere Brennock Ardgowan Kelvedon)
for run in $(seq "$RUNS"); do
  k=$(((run - 1) % 10)) l=$((run % 10))
  sed -i "5s/\$/ Names $run: ${given[$k]} ${family[$k]} of the ${place[$k]} Harbour Board told ${given[$l]} ${family[$l]} so./" "$first"
  names+=("$(build)")
done

for run in $(seq "$RUNS"); do
  echo >>"$first"
  floor+=("$(build)")
done

# The same edit three seconds before each build: the build before leaves its stamp (see below), so publish is skipped.
echo >>"$first"
sleep 3
build >/dev/null
for run in $(seq "$RUNS"); do
  echo >>"$first"
  sleep 3
  unchanged+=("$(build --verbose)")
  grep -q "No article changed" "$WORK/build.log" || { echo "a build whose seed gave the same article published:"; cat "$WORK/build.log"; exit 1; }
done

# The stamp does not trust a file written within two seconds of it: wait, and build once to leave a full stamp.
sleep 3
build >/dev/null
for run in $(seq "$RUNS"); do
  nothing+=("$(build --verbose)")
  grep -q "Nothing changed" "$WORK/build.log" || { echo "a build with nothing changed did not stop early:"; cat "$WORK/build.log"; exit 1; }
done

cold_median=$(printf '%s\n' "${cold[@]}" | median)
share() { awk -v a="$1" -v b="$cold_median" 'BEGIN { printf "%5.1f %%", 100 * a / b }'; }
row() {
  local name=$1 value
  shift
  value=$(printf '%s\n' "$@" | median)
  printf '%-28s %6s s   %s of cold   (runs: %s)\n' "$name" "$value" "$(share "$value")" "$*"
}

echo "$SEEDS seeds, $(basename "$BINARY") $(dirname "$BINARY"); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
row cold "${cold[@]}"
row "text edit" "${text[@]}"
row "names edit" "${names[@]}"
row floor "${floor[@]}"
row "no article changed" "${unchanged[@]}"
row nothing "${nothing[@]}"
row "clustering (in a text edit)" "${clustering[@]}"
bound=$(awk -v a="$(printf '%s\n' "${nothing[@]}" | median)" -v b="$(printf '%s\n' "${clustering[@]}" | median)" 'BEGIN { printf "%.2f", a + b }')
printf '%-28s %6s s   %s of cold   (the medians added)\n' "nothing + clustering" "$bound" "$(share "$bound")"
