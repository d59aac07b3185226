#!/bin/sh
# Benchmarks for `factdrill generate` (see BENCHMARKS.md, section "generate").
#   1. whole process on the seed article: hyperfine, median of several runs
#   2. bulk throughput: the ten corpus articles copied to N articles (default 1000), RUNS runs (default 3), /usr/bin/time
#   3. peak memory (max RSS) of both, and CPU time (user + sys), from /usr/bin/time and hyperfine
# Usage: src/bench/generate.sh [N [RUNS]]   (from the repository root; needs hyperfine: apt-get install -y hyperfine)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
n=${1:-1000}
runs=${2:-3}
corpus=${FACTDRILL_CORPUS:-$here/src/test/resources/org/factdrill/corpus}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cd "$here"
./factdrill --version >/dev/null   # build the jar (and its class-data archive) first, outside the timings

echo "(load average at the start: $(cut -d' ' -f1-3 /proc/loadavg))"
echo "== seed article, whole process (hyperfine)"
hyperfine --warmup 2 --runs 15 --export-json "$work/seed.json" \
  "./factdrill generate seeds/000_d995f425960e1381.txt -o $work/seed-out"
if command -v python3 >/dev/null; then
  python3 -c "import json,sys; r=json.load(open(sys.argv[1]))['results'][0]; print('seed: median %.3f s, mean %.3f s, min %.3f s wall; CPU (user+sys) mean %.3f s' % (r['median'], r['mean'], r['min'], r['user'] + r['system']))" "$work/seed.json"
fi
/usr/bin/time -f "seed: max RSS %M KB, %e s wall, %U s user, %S s sys" ./factdrill generate seeds/000_d995f425960e1381.txt -o "$work/seed-out" >/dev/null

echo "== bulk: $n articles"
mkdir -p "$work/articles"
i=0
while [ "$i" -lt "$n" ]; do
  for f in "$corpus"/*.txt; do
    [ "$i" -ge "$n" ] && break
    # a different last line per copy, so each copy is its own article with its own bank
    { cat "$f"; printf '\nCopy %d of the article.\n' "$i"; } > "$work/articles/$(printf '%04d' "$i")-$(basename "$f")"
    i=$((i + 1))
  done
done
# several runs (RUNS, default 3), each into an empty folder: one run's figure depends on what else the machine runs
r=1
while [ "$r" -le "$runs" ]; do
  rm -rf "$work/bulk-out"
  start=$(date +%s.%N)
  /usr/bin/time -o "$work/time.txt" -f "max RSS %M KB, %e s wall, %U s user, %S s sys" ./factdrill generate "$work/articles" -o "$work/bulk-out" >/dev/null
  end=$(date +%s.%N)
  rate=$(echo "$n / ($end - $start)" | bc -l | cut -c1-6)
  echo "$rate" >>"$work/rates"
  echo "bulk run $r: $(ls "$work/bulk-out" | wc -l) banks; $(cat "$work/time.txt"); $rate articles/s (load $(cut -d' ' -f1 /proc/loadavg))"
  r=$((r + 1))
done
echo "bulk: median $(sort -n "$work/rates" | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}') articles/s over $runs runs (whole process, JVM start included)"
echo "(load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
