#!/bin/sh
# Benchmarks for `factdrill generate` beside its floor, the bare CoreNLP pipeline (BENCHMARKS.md, "generate").
#   1. seed article, whole process: the bare pipeline (same annotators, same settings) and ./factdrill generate,
#      RUNS runs each, interleaved, with /usr/bin/time (wall, CPU, max RSS)
#   2. bulk: every article of a folder (default ../shared/corpus/bbc-dev), bare pipeline and generate,
#      with each annotator's share of the time from CoreNLP's own timing
# Usage: src/bench/generate.sh [RUNS] [seed|bulk|all]   (from the repository root)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-3}
what=${2:-all}
corpus=${FACTDRILL_CORPUS:-$here/../shared/corpus/bbc-dev}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$here"
./factdrill generate --help >/dev/null           # builds the jar, fetches the models (outside the timings)
./factdrill generate seeds/ -o "$work/warm" >/dev/null 2>&1 || true
cp=target/factdrill.jar:$(cat target/nlp.classpath)
seed=seeds/000_d995f425960e1381.txt
echo "(load average at the start: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores)"
if [ "$what" != bulk ]; then
echo "== seed article, whole process"
r=1
while [ "$r" -le "$runs" ]; do
  /usr/bin/time -f "bare pipeline: %e s wall, %U s user, %S s sys, max RSS %M KB" \
    java -Xmx6g -Xss4m -cp "$cp" src/bench/nlp/BarePipeline.java "$seed" 1 >/dev/null
  /usr/bin/time -o "$work/time" -f "generate:      %e s wall, %U s user, %S s sys, max RSS %M KB" \
    ./factdrill generate "$seed" -o "$work/seed-$r" >/dev/null 2>&1 || true
  cat "$work/time"
  r=$((r + 1))
done
fi
if [ "$what" != seed ]; then
echo "== bulk: $(ls "$corpus"/*.txt | wc -l) articles of $corpus"
/usr/bin/time -f "bare pipeline: %e s wall, %U s user, %S s sys, max RSS %M KB" \
  java -Xmx6g -Xss4m -cp "$cp" src/bench/nlp/BarePipeline.java "$corpus"
/usr/bin/time -o "$work/time" -f "generate:      %e s wall, %U s user, %S s sys, max RSS %M KB" \
  ./factdrill generate "$corpus" -o "$work/bulk" >/dev/null 2>&1 || true
cat "$work/time"
fi
echo "(load average at the end: $(cut -d' ' -f1-3 /proc/loadavg))"
