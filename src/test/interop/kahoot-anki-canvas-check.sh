#!/usr/bin/env bash
# Interop check (issue 4) of the kahoot, anki and canvas exports: exports banks with the built jar
# as a user would, then checks each file against the rules its importer applies (FORMATS.md):
# the Kahoot sheet read back (B2/B3, headers in row 8, 2-4 answers, the 120/75 limits, allowed
# time limits, correct answer numbers), the Anki text file (headers, separator, same field count
# on every note, quoting, one cloze deletion per Cloze note, unique first fields, UTF-8), and the
# Canvas QTI 1.2 package (manifest files present, Canvas question types, numeric answer labels,
# scoring conditions that name real labels). The checker is ExportRulesCheck.java beside this
# script, run by the JDK's source launcher. Prints pass/FAIL per file; exits non-zero on failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
jar="$root/target/factdrill.jar"
checker="$root/src/test/interop/ExportRulesCheck.java"
[ -f "$jar" ] || { echo "FAIL: $jar is missing; run ./mvnw -B verify (or package) first"; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

banks=()
for b in "$root"/question-banks/*.json \
         "$root"/src/test/resources/export/sample-b.bank.json \
         "$root"/src/test/resources/export/hostile-b.bank.json \
         "$root"/src/test/resources/org/factdrill/export/golden/sample.bank.json \
         "$root"/src/test/resources/org/factdrill/export/golden/hostile.bank.json; do
  [ -f "$b" ] && banks+=("$b")
done
[ ${#banks[@]} -gt 0 ] || { echo "FAIL: no bank to export"; exit 1; }

failures=0
passes=0
for bank in "${banks[@]}"; do
  name=$(basename "$bank" .json)
  name=${name%.bank}
  for f in kahoot:xlsx anki:txt canvas:zip; do
    format=${f%%:*}
    out="$work/$name.$format.${f##*:}"
    if ! java -jar "$jar" export "$bank" --format "$format" -o "$out" 2>"$work/log"; then
      if grep -q "nothing written" "$work/log"; then
        echo "pass $format $name: the format can hold none of its questions, and the command says so"
        passes=$((passes + 1))
      else
        echo "FAIL $format $name: export failed:"
        sed 's/^/    /' "$work/log"
        failures=$((failures + 1))
      fi
      continue
    fi
    written=$(sed -n 's/^wrote \([0-9]*\) question.*/\1/p' "$work/log")
    if java "$checker" "$format" "$out" "$written"; then
      echo "pass $format $name: $written questions keep the importer's rules"
      passes=$((passes + 1))
    else
      echo "FAIL $format $name (problems above)"
      failures=$((failures + 1))
    fi
  done
done

echo "kahoot/anki/canvas rules check: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
