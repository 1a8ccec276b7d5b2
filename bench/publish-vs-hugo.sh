#!/usr/bin/env bash
# Publish benchmark: Digest and Hugo on the same generated markdown corpus, run alternately on this
# machine; prints each run, the medians of wall time and peak memory, and Digest's ratio to Hugo.
# Usage: bench/publish-vs-hugo.sh [ARTICLES=10000] [RUNS=3]   (installs Debian's hugo when missing)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-10000}
runs=${2:-3}
work=${BENCH_DIR:-/tmp/digest-bench-$count}

command -v hugo >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null; }
dotnet build src/Digest.Cli -c Release -v q -nologo >/dev/null
[ -d "$work/digest/input/articles" ] || dotnet run --project bench/Digest.Corpus -c Release -- "$count" "$work"

digest="$PWD/src/Digest.Cli/bin/Release/net10.0/Digest.Cli"
measure() { # name, command… → "name seconds kilobytes"
  local stats
  stats=$(mktemp)
  /usr/bin/time -f "%e %M" -o "$stats" "${@:2}" >/dev/null 2>&1
  echo "$1 $(tail -1 "$stats")"
  rm -f "$stats"
}

results=$(mktemp)
for i in $(seq "$runs"); do
  measure digest "$digest" publish --root "$work/digest" --quiet | tee -a "$results"
  measure hugo hugo --quiet --source "$work/hugo" | tee -a "$results"
done

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
d_time=$(awk '$1=="digest"{print $2}' "$results" | median); h_time=$(awk '$1=="hugo"{print $2}' "$results" | median)
d_mem=$(awk '$1=="digest"{print $3}' "$results" | median); h_mem=$(awk '$1=="hugo"{print $3}' "$results" | median)
echo
echo "articles: $count, runs: $runs (alternating), machine: $(nproc) cores, $(hugo version | cut -d' ' -f2)"
printf "digest publish: %6.2f s  %6.0f MB\n" "$d_time" "$(echo "$d_mem/1024" | bc -l)"
printf "hugo:           %6.2f s  %6.0f MB\n" "$h_time" "$(echo "$h_mem/1024" | bc -l)"
printf "ratio digest/hugo: time %.2fx, memory %.2fx\n" "$(echo "$d_time/$h_time" | bc -l)" "$(echo "$d_mem/$h_mem" | bc -l)"
rm -f "$results"
