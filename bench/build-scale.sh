#!/usr/bin/env bash
# `digest build` of raw seeds at growing sizes: wall time, CPU time and peak memory (RSS) of the
# native tool as `dotnet tool install` installs it on Linux (DIGEST_JIT=1: the Release `dotnet build` binary), medians of RUNS runs, and what each
# step up in size costs, as a ratio and per doubling (issue 8: ≤ 2.2× per doubling; 10k < 10 s and
# < 1 GB; 100k < 120 s and < 4 GB).
#
#   bench/build-scale.sh [SIZE …]          default sizes: 1000 2000 10000 20000 50000 100000
#   RUNS=3 COMMAND=ingest WORK=/tmp/digest-scale bench/build-scale.sh 10000 20000
#   HEAP_LIMIT_GB=8 bench/build-scale.sh 50000 100000   # a failed run rather than a swamped shared machine
#
# Seeds are generated once per size by bench/Digest.Bench (--write-seeds) from
# ../shared/eval/bbc-fulltext, read at run time, into $WORK/seeds-SIZE (outside the repository);
# every run starts from no input/articles/, no output/ and no .digest-cache/, so each is a full cold build.
# Wall time depends on what else runs on the machine; CPU time (user + system) much less so.
set -euo pipefail

cd "$(dirname "$0")/.."
RUNS=${RUNS:-3}
COMMAND=${COMMAND:-build}
WORK=${WORK:-/tmp/digest-scale}
SIZES=("$@")
[ ${#SIZES[@]} -gt 0 ] || SIZES=(1000 2000 10000 20000 50000 100000)
if [ -n "${HEAP_LIMIT_GB:-}" ]; then
  DOTNET_GCHeapHardLimit=$(printf '0x%x' $((HEAP_LIMIT_GB * 1024 * 1024 * 1024)))
  export DOTNET_GCHeapHardLimit
fi

# The binary measured is the one Linux users install: the native (ahead-of-time) tool. DIGEST_JIT=1 measures the
# `dotnet build` binary instead.
if [ -n "${DIGEST_JIT:-}" ]; then
  dotnet build -c Release src/Digest.Cli -v q -nologo >/dev/null
  DIGEST=src/Digest.Cli/bin/Release/net10.0/Digest.Cli
else
  dotnet publish -c Release -r linux-x64 src/Digest.Cli -v q -nologo -o "$WORK/native" >/dev/null
  DIGEST=$WORK/native/Digest.Cli
fi
mkdir -p "$WORK"

# Seconds from /usr/bin/time's "h:mm:ss" or "m:ss.ss".
seconds() { awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }' <<<"$1"; }
# shellcheck source=bench/median.sh
source bench/median.sh

echo "digest $COMMAND, $RUNS runs a size, $(nproc) cores${HEAP_LIMIT_GB:+, GC heap limit ${HEAP_LIMIT_GB} GB}; load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%8s  %9s  %9s  %9s  %-28s  %s\n' seeds "wall s" "CPU s" "peak MB" "wall ratio (per doubling)" "runs (wall s)"
previous_size=""
previous_wall=""
for size in "${SIZES[@]}"; do
  project="$WORK/seeds-$size"
  bench/write-seeds-once.sh "$project" "$size"

  walls=() cpus=() peaks=()
  for _ in $(seq "$RUNS"); do
    rm -rf "$project/input/articles" "$project/output" "$project/.digest-cache"
    log="$WORK/time-$size.txt"
    if ! /usr/bin/time -v "$DIGEST" "$COMMAND" --root "$project" --quiet >"$WORK/out-$size.txt" 2>"$log"; then
      echo "digest $COMMAND failed on $size seeds (exit codes: 1 content errors, 2 usage); see $WORK/out-$size.txt and $log" >&2
      tail -5 "$log" >&2
      exit 1
    fi
    walls+=("$(seconds "$(grep 'Elapsed (wall clock)' "$log" | awk '{ print $NF }')")")
    cpus+=("$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.2f", s }' "$log")")
    peaks+=("$(awk -F': ' '/Maximum resident set size/ { printf "%d", $2 / 1024 }' "$log")")
  done

  wall=$(printf '%s\n' "${walls[@]}" | median)
  cpu=$(printf '%s\n' "${cpus[@]}" | median)
  peak=$(printf '%s\n' "${peaks[@]}" | median)
  ratio=""
  if [ -n "$previous_size" ]; then
    ratio=$(awk -v t1="$previous_wall" -v t2="$wall" -v n1="$previous_size" -v n2="$size" \
      'BEGIN { r = t2 / t1; printf "%.2f× for %.1f× (%.2f×)", r, n2 / n1, exp(log(r) * log(2) / log(n2 / n1)) }')
  fi
  printf '%8s  %9s  %9s  %9s  %-28s  %s\n' "$size" "$wall" "$cpu" "$peak" "$ratio" "${walls[*]}"
  previous_size=$size
  previous_wall=$wall
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
