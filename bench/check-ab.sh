#!/usr/bin/env bash
# `digest check` of two binaries side by side on one 10k project, after each of RUNS text edits (each built by NEW):
# the wall seconds and peak memory of each check, alternating which runs first, medians and the ratio NEW/OLD. A binary
# that keeps the last clean check's state (.digest-cache/check.cache) reads again only what the edit changed; one that
# does not reads every file each time. Two binaries that both keep that state cannot be compared so: the state is kept
# per version of the code, so each finds the other's and reads everything; time each alone after its own edits.
#
#   bench/check-ab.sh OLD_BINARY NEW_BINARY [RUNS]          default 5 runs
#   SEEDS=10000 WORK=/dev/shm/digest-bound bench/check-ab.sh /dev/shm/bin-old/Digest.Cli /dev/shm/bin-new/Digest.Cli 7
set -euo pipefail

[ $# -ge 2 ] || { sed -n '2,9p' "$0"; exit 2; }
OLD=$(realpath "$1")
NEW=$(realpath "$2")
RUNS=${3:-5}
SEEDS=${SEEDS:-10000}
WORK=${WORK:-/dev/shm/digest-bound}
cd "$(dirname "$0")/.."

bench/write-seeds-once.sh "$WORK/seeds" "$SEEDS"
project="$WORK/check-project"
rm -rf "$project"
cp -r "$WORK/seeds" "$project"
first=$(find "$project/seeds" -name '*.txt' | sort | sed -n 1p)
"$NEW" build --root "$project" --quiet >/dev/null
# The first check of each reads every file; NEW keeps its state from here on.
"$NEW" check --root "$project" --quiet >/dev/null
"$OLD" check --root "$project" --quiet >/dev/null

# shellcheck source=bench/median.sh
source bench/median.sh
# check BINARY: "seconds peak-MB" of one check of the project, which must find no problem.
check() {
  /usr/bin/time -f '%e %M' -o "$WORK/check-time.txt" "$1" check --root "$project" --quiet >"$WORK/check.log" 2>&1 \
    || { echo "check failed:"; cat "$WORK/check.log"; exit 1; }
  awk '{ printf "%s %.0f\n", $1, $2 / 1024 }' "$WORK/check-time.txt"
}

old_s=() new_s=() old_mb=() new_mb=()
for run in $(seq "$RUNS"); do
  sed -i "5s/\$/ Correction $run: an earlier version of this report gave a wrong figure for the turnout./" "$first"
  "$NEW" build --root "$project" --quiet >/dev/null
  if (( run % 2 )); then read -r o om <<<"$(check "$OLD")"; read -r n nm <<<"$(check "$NEW")"
  else read -r n nm <<<"$(check "$NEW")"; read -r o om <<<"$(check "$OLD")"; fi
  old_s+=("$o") new_s+=("$n") old_mb+=("$om") new_mb+=("$nm")
done

o=$(printf '%s\n' "${old_s[@]}" | median) n=$(printf '%s\n' "${new_s[@]}" | median)
echo "$SEEDS seeds, check after a text edit: old $(basename "$(dirname "$OLD")"), new $(basename "$(dirname "$NEW")")"
echo "old  $o s  $(printf '%s\n' "${old_mb[@]}" | median) MB peak   (runs: ${old_s[*]})"
echo "new  $n s  $(printf '%s\n' "${new_mb[@]}" | median) MB peak   (runs: ${new_s[*]})"
awk -v o="$o" -v n="$n" 'BEGIN { printf "new/old  %.3f\n", n / o }'
