#!/usr/bin/env bash
# Two builds of digest side by side on the same raw seeds: cold builds and one-seed incremental builds, the two
# binaries alternated run by run (which one first, pair by pair), each in its own copy of the project; wall and CPU
# seconds per run, medians, and new / old. What the "old → new" figures of bench/README.md come from (issue 8: cold
# 10k < 10 s; issue 7: an incremental build after one seed changed ≤ 10 % of a cold one).
#
#   bench/build-ab.sh OLD_BINARY NEW_BINARY [PAIRS]       default 5 pairs of each kind
#   SEEDS=10000 WORK=/dev/shm/digest-ab MODE=incremental bench/build-ab.sh /tmp/old/Digest.Cli /tmp/new/Digest.Cli 8
#
# A binary is a digest executable: `dotnet publish src/Digest.Cli -c Release -r linux-x64 -o DIR` gives DIR/Digest.Cli
# (the native tool Linux users install); build the old one from an earlier commit with `git worktree`.
# MODE: cold, incremental, both (default), or nocache: `build --no-cache` of a project already built (articles and
# output/ there: every article read, every page made, the old output/ swapped out; as a maintainer's full rebuild). The seeds are generated once by bench/Digest.Bench (--write-seeds,
# from ../shared/eval/bbc-fulltext, read at run time) into $WORK/seeds (outside the repository; tmpfs by default,
# so the disk does not set the pace). A cold run starts without input/articles/, output/ and .digest-cache/; an
# incremental run first edits the first seed, then builds. EDIT=text (default) appends a numbered correction to
# its first paragraph (new words, as an editor's fix brings); EDIT=sidecar gives it a new tag in its sidecar (no text changes:
# dedup's outcome is reused, and the cache must keep every recognition build after build); EDIT=add adds a new seed
# (a report made of two seeds' first paragraphs and a sentence naming people and a body no seed names: the usual day's
# change of a digest, which brings new names into the entity tally, the folding and the entity index); EDIT=names is a
# text edit whose sentence names people and a body no seed names (an editor's fix of a name); EDIT=blank adds an
# empty line to the first seed: new bytes and the same article, so every stage runs, every cache hits, and no page is
# made (the floor of an incremental build: what going through every article's kept results costs). A new time alone
# (touch) is not a change: the build stamp finds the same bytes and the build does nothing.
# Wall time depends on what else the machine runs: compare within a pair; CPU time is steadier.
set -euo pipefail

[ $# -ge 2 ] || { sed -n '2,23p' "$0"; exit 2; }
OLD=$(realpath "$1")
NEW=$(realpath "$2")
PAIRS=${3:-5}
SEEDS=${SEEDS:-10000}
WORK=${WORK:-/dev/shm/digest-ab}
MODE=${MODE:-both}
EDIT=${EDIT:-text}
cd "$(dirname "$0")/.."

project="$WORK/seeds"
bench/write-seeds-once.sh "$project" "$SEEDS"

for side in old new; do
  rm -rf "${WORK:?}/$side"
  cp -r "$project" "$WORK/$side"
done

# shellcheck source=bench/median.sh
source bench/median.sh

# run SIDE [OPTION…]: one build of SIDE's binary in SIDE's project; prints "wall cpu".
run() {
  local binary=$OLD
  [ "$1" = new ] && binary=$NEW
  /usr/bin/time -f '%e %U %S' -o "$WORK/time.txt" "$binary" build --root "$WORK/$1" --quiet "${@:2}" >"$WORK/$1.log" 2>&1 \
    || { echo "$1 build failed:"; cat "$WORK/$1.log"; exit 1; }
  awk '{ printf "%.2f %.2f\n", $1, $2 + $3 }' "$WORK/time.txt"
}

# measure KIND: PAIRS alternated runs of each side; cold ones start from nothing, incremental ones after an edit.
measure() {
  local kind=$1 first
  first=$(find "$WORK/old/seeds" -name '*.txt' | sort | sed -n 1p)
  first=${first#"$WORK/old/"}
  declare -A walls=() cpus=()
  echo "$kind builds$([ "$kind" = incremental ] && echo " ($EDIT edit)"), $PAIRS pairs, $SEEDS seeds; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
  for pair in $(seq "$PAIRS"); do
    # Which side runs first alternates (old in odd pairs, new in even ones), so that whatever favours one place in a pair
    # falls on both sides alike. The same binary on both sides (A/A, text edits) gave new/old 1.02, 1.17, 1.07 and 0.96 in
    # four runs of 8–10 pairs on one afternoon: a ratio within about ±10 % of 1 in one run is not a finding.
    local order="old new"
    [ $((pair % 2)) = 0 ] && order="new old"
    declare -A this=()
    for side in $order; do
      if [ "$kind" = nocache ]; then
        :
      elif [ "$kind" = cold ]; then
        rm -rf "$WORK/$side/input/articles" "$WORK/$side/output" "$WORK/$side/.digest-cache"
      elif [ "$EDIT" = blank ]; then
        echo >>"$WORK/$side/$first"
      elif [ "$EDIT" = sidecar ]; then
        printf 'tags: [retagged-%d]\n' "$pair" >"$WORK/$side/${first%.txt}.yml"
      elif [ "$EDIT" = add ]; then
        local a b
        a=$(find "$WORK/$side/seeds" -name '*.txt' | sort | sed -n "$((pair * 97))p")
        b=$(find "$WORK/$side/seeds" -name '*.txt' | sort | sed -n "$((pair * 89 + 11))p")
        {
          echo "Added report $pair: $(sed -n 1p "$a")"
          echo
          echo "Published: $pair December 2026"
          echo
          sed -n 5p "$a"
          echo
          echo "Kirsten Vallbrandt of the Harwick Tidal Trust met Osric Penhallow in Tregaron on the matter of report $pair."
          echo
          sed -n 5p "$b"
        } >"$WORK/$side/seeds/added-$pair.txt"
      elif [ "$EDIT" = names ]; then
        # As a text edit, with a sentence that names people and a body no seed names (other names each pair, up to 10).
        local given=(Edda Hesper Wilhelmina Ansel Lucan Tobiah Osric Maren Jory Idris) family=(Marrowby Quarrington Ostrander Brackwater
          Thistlewood Fenwright Penhallow Colquitt Dunmore Ashgrove) place=(Quillon Vellamy Carrow Harwick Tregaron Pellworth Saltmere Brennock Ardgowan Kelvedon)
        local k=$(((pair - 1) % 10)) l=$((pair % 10))
        sed -i "5s/\$/ Correction $pair: ${given[$k]} ${family[$k]} of the ${place[$k]} Harbour Board told ${given[$l]} ${family[$l]} the figure was wrong./" \
          "$WORK/$side/$first"
      else
        # Into the first paragraph (line 5 of a generated seed): a short paragraph appended at the end is cut
        # by the cleaner as page furniture after a few edits, and the article would not change at all.
        sed -i "5s/\$/ Correction $pair: an earlier version of this report gave a wrong figure for the $([ $((pair % 2)) = 0 ] && echo budget || echo turnout)./" \
          "$WORK/$side/$first"
      fi

      read -r wall cpu < <(run "$side" $([ "$kind" = nocache ] && echo --no-cache))
      walls[$side]+="$wall "
      cpus[$side]+="$cpu "
      this[$side]="${wall} s (CPU ${cpu} s)"
    done

    echo "  pair $pair: old ${this[old]} new ${this[new]}$([ "$order" = "new old" ] && echo ", new first")"
  done

  local old_wall new_wall old_cpu new_cpu
  old_wall=$(tr ' ' '\n' <<<"${walls[old]}" | grep . | median)
  new_wall=$(tr ' ' '\n' <<<"${walls[new]}" | grep . | median)
  old_cpu=$(tr ' ' '\n' <<<"${cpus[old]}" | grep . | median)
  new_cpu=$(tr ' ' '\n' <<<"${cpus[new]}" | grep . | median)
  echo "  median wall: old $old_wall s, new $new_wall s (new/old $(awk -v a="$new_wall" -v b="$old_wall" 'BEGIN { printf "%.2f", a / b }'))"
  echo "  median CPU:  old $old_cpu s, new $new_cpu s (new/old $(awk -v a="$new_cpu" -v b="$old_cpu" 'BEGIN { printf "%.2f", a / b }'))"
  medians[$kind-old]=$old_wall
  medians[$kind-new]=$new_wall
}

declare -A medians=()

if [ "$MODE" = nocache ]; then
  for side in old new; do
    run "$side" >/dev/null
  done

  measure nocache
  exit 0
fi

if [ "$MODE" != incremental ]; then
  measure cold
fi

if [ "$MODE" != cold ]; then
  # The incremental runs start from a complete build of each side.
  for side in old new; do
    run "$side" >/dev/null
  done

  measure incremental
fi

if [ "$MODE" = both ]; then
  for side in old new; do
    echo "$side: an incremental build takes $(awk -v a="${medians[incremental-$side]}" -v b="${medians[cold-$side]}" 'BEGIN { printf "%.0f", 100 * a / b }') % of a cold one (median wall)"
  done
fi
