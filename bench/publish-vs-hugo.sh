#!/usr/bin/env bash
# Publish benchmark: Digest and Hugo on the same generated markdown corpus, run alternately on this
# machine; prints each run, the medians of wall time and peak memory, and Digest's ratio to Hugo.
# Usage: bench/publish-vs-hugo.sh [ARTICLES=10000] [RUNS=3]   (installs Debian's hugo when missing)
# Cold runs start without output/ or cache (Digest with --no-cache); warm runs republish the same content over the previous site.
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
runs=${2:-3}
# On tmpfs by default (/dev/shm where there is one): on this machine's disk the kernel's writeback of each cold
# run's 400 MB piled up, and five alternated cold runs grew from 3.5 to 14.8 s (Digest) and 7.3 to 21.5 s (Hugo).
shm=/dev/shm
[ -d "$shm" ] && [ -w "$shm" ] || shm=/tmp
work=${BENCH_DIR:-$shm/digest-bench-$count}

command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
# The binary measured is the one Linux users install: the native (ahead-of-time) tool. DIGEST_JIT=1 measures the
# `dotnet build` binary instead.
if [ -n "${DIGEST_JIT:-}" ]; then
  dotnet build src/Digest.Cli -c Release -v q -nologo >/dev/null
  digest="$PWD/src/Digest.Cli/bin/Release/net10.0/Digest.Cli"
else
  dotnet publish src/Digest.Cli -c Release -r linux-x64 -v q -nologo -o "$work/native" >/dev/null
  digest="$work/native/Digest.Cli"
fi
[ -d "$work/digest/input/articles" ] || dotnet run --project bench/Digest.Corpus -c Release -- "$count" "$work"

measure() { # name, command… → "name seconds kilobytes"
  local stats
  stats=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$stats" "${@:2}" >/dev/null 2>&1
  echo "$1 $(tail -1 "$stats")"
  rm -f "$stats"
}

results=$(mktemp)
# Cold: no previous site and no cache for either tool (every page made and written).
# Warm: the same content again over the previous site (Digest with its cache; Hugo has none and rebuilds).
for i in $(seq "$runs"); do
  rm -rf "$work/digest/output" "$work/digest/.digest-cache" "$work/hugo/public"
  measure digest-cold "$digest" publish --root "$work/digest" --quiet --no-cache | tee -a "$results"
  measure hugo-cold hugo --quiet --source "$work/hugo" | tee -a "$results"
done
"$digest" publish --root "$work/digest" --quiet >/dev/null # fills the cache
for i in $(seq "$runs"); do
  measure digest-warm "$digest" publish --root "$work/digest" --quiet | tee -a "$results"
  measure hugo-warm hugo --quiet --source "$work/hugo" | tee -a "$results"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo
echo "articles: $count, runs: $runs each (alternating), machine: $(nproc) cores, $(hugo version | cut -d' ' -f2)"
for mode in cold warm; do
  d_time=$(awk -v n="digest-$mode" '$1==n{print $2}' "$results" | median); h_time=$(awk -v n="hugo-$mode" '$1==n{print $2}' "$results" | median)
  d_mem=$(awk -v n="digest-$mode" '$1==n{print $3}' "$results" | median); h_mem=$(awk -v n="hugo-$mode" '$1==n{print $3}' "$results" | median)
  printf "%s  digest publish: %6.2f s %6.0f MB | hugo: %6.2f s %6.0f MB | ratio time %.2fx, memory %.2fx\n" "$mode" \
    "$d_time" "$(echo "$d_mem/1024" | bc -l)" "$h_time" "$(echo "$h_mem/1024" | bc -l)" "$(echo "$d_time/$h_time" | bc -l)" "$(echo "$d_mem/$h_mem" | bc -l)"
done
rm -f "$results"
