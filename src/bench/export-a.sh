#!/usr/bin/env bash
# Whole-process export time for a 100,000-question bank in the formats json, gift, moodle-xml,
# aiken, blackboard and csv: `java -jar target/factdrill.jar export BIG.json --format F -o FILE`,
# measured with hyperfine and node (falls back to /usr/bin/time). The bank is made here, in a temporary
# folder, from the sample bank that holds every question type. Build the jar first.
# Usage: src/bench/export-a.sh [N] [RUNS]   (defaults 100000 and 5)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/target/factdrill.jar"
n=${1:-100000}
runs=${2:-5}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B package -DskipTests" >&2; exit 1; }

big="$work/big.json"
java -cp "$jar" "$root/src/bench/MakeExportBank.java" "$root/src/test/resources/org/factdrill/export/golden/sample.bank.json" "$n" "$big"
echo "bank: $n questions, $(du -h "$big" | cut -f1)"

# The JVM start and bank load alone, for comparison: show reads the same bank and prints a table.
baseline="java -jar $jar show $big --width 100 >/dev/null"
for f in baseline:- json:json gift:gift moodle-xml:xml aiken:txt blackboard:txt csv:csv; do
  format=${f%%:*}
  ext=${f##*:}
  out="$work/out.$ext"
  cmd="java -jar $jar export $big --format $format -o $out 2>/dev/null"
  [ "$format" = baseline ] && cmd=$baseline
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --style none --warmup 1 --runs "$runs" --export-json "$work/$format.json" "$cmd" >/dev/null 2>&1
    # Wall time varies with what else runs on the machine; CPU time (user + system) is steadier.
    node -e '
      const r = require(process.argv[1]).results[0];
      const f = x => x.toFixed(2);
      console.log(`${process.argv[2].padEnd(11)} wall median ${f(r.median)} s (min ${f(r.min)}, max ${f(r.max)}), CPU user ${f(r.user)} s + system ${f(r.system)} s`);
    ' "$work/$format.json" "$format"
  else
    /usr/bin/time -f "$format %e s wall, %U s user, %S s system, %M KiB max RSS" sh -c "$cmd" 2>&1 | tail -n 1
  fi
  [ "$format" = baseline ] || echo "            output $(du -h "$out" | cut -f1)"
done
/usr/bin/time -f "max RSS of the json export: %M KiB" java -jar "$jar" export "$big" --format json -o "$work/rss.json" 2>&1 | tail -n 1
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
