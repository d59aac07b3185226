#!/usr/bin/env bash
# Whole-process export time for a 100,000-question bank in the formats qti21, canvas, anki, anki-apkg,
# kahoot, markdown and html: `java -jar target/factdrill.jar export BIG.json --format F -o FILE`,
# measured with hyperfine (falls back to /usr/bin/time). Build the jar first (./mvnw package).
# Usage: src/bench/export-b.sh [N]   (default 100000)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
jar="$root/target/factdrill.jar"
n=${1:-100000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
[ -f "$jar" ] || { echo "build the jar first: ./mvnw -B package -DskipTests" >&2; exit 1; }

big="$work/big.json"
java -cp "$jar" "$root/src/bench/BigBank.java" "$root/src/test/resources/org/factdrill/export/golden/sample-b.bank.json" "$n" "$big"
echo "bank: $n questions, $(du -h "$big" | cut -f1)"

# json first: reading and validating the bank and writing it back, the cost every format shares.
for f in json:json qti21:zip canvas:zip anki:txt anki-apkg:apkg kahoot:xlsx markdown:md html:html; do
  format=${f%%:*}
  ext=${f##*:}
  out="$work/out.$ext"
  if command -v hyperfine >/dev/null 2>&1; then
    hyperfine --style basic --runs 3 --export-markdown "$work/$format.md" \
      "java -jar $jar export $big --format $format -o $out 2>/dev/null" >/dev/null
    # The table's last row: | command | mean ± sd | min | max | relative |
    tail -n 1 "$work/$format.md" | awk -v f="$format" -F'|' '{gsub(/ +/, " "); printf "%-9s mean%s s (min%s s, max%s s)\n", f, $3, $4, $5}'
  else
    /usr/bin/time -f "$format %e s, %M KiB max RSS" java -jar "$jar" export "$big" --format "$format" -o "$out" 2>&1 | tail -n 1
  fi
  echo "          output $(du -h "$out" | cut -f1)"
done
