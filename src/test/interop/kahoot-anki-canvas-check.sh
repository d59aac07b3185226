#!/usr/bin/env bash
# Interop check (issue 4) of the kahoot, anki, anki-apkg and canvas exports: exports banks with the
# built jar as a user would, then checks each file against the rules its importer applies
# (FORMATS.md): the Kahoot sheet read back (B2/B3, headers in row 8, 2-4 answers, the 120/75
# limits, allowed time limits, correct answer numbers), the Anki text file (headers, separator,
# same field count on every note, quoting, one cloze deletion per Cloze note, unique first fields,
# UTF-8), and the Canvas QTI 1.2 package (manifest files present, Canvas question types, numeric
# answer labels, scoring conditions that name real labels): these by ExportRulesCheck.java beside
# this script, run by the JDK's source launcher. The Anki package (.apkg) is opened with the
# sqlite3 tool: an intact schema-11 collection with one note and one new card per question.
# Prints pass/FAIL per file; exits non-zero on failure.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
jar="$root/target/factdrill.jar"
checker="$root/src/test/interop/ExportRulesCheck.java"
[ -f "$jar" ] || { echo "FAIL: $jar is missing; run ./mvnw -B verify (or package) first"; exit 1; }
if ! command -v sqlite3 >/dev/null 2>&1; then
  echo "installing sqlite3 (Debian package)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq sqlite3 >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

banks=()
for b in "$root"/question-banks/*.json \
         "$root"/src/test/resources/org/factdrill/export/golden/sample-b.bank.json \
         "$root"/src/test/resources/org/factdrill/export/golden/hostile-b.bank.json \
         "$root"/src/test/resources/org/factdrill/export/golden/sample.bank.json \
         "$root"/src/test/resources/org/factdrill/export/golden/hostile.bank.json; do
  [ -f "$b" ] && banks+=("$b")
done
[ ${#banks[@]} -gt 0 ] || { echo "FAIL: no bank to export"; exit 1; }

# An .apkg holds collection.anki2 and media; the collection must be one Anki imports.
check_apkg() { # FILE WRITTEN
  local dir="$work/apkg" db problems=()
  rm -rf "$dir" && mkdir -p "$dir" && (cd "$dir" && jar xf "$1")
  db="$dir/collection.anki2"
  [ -f "$db" ] || { echo "    no collection.anki2 in the package"; return 1; }
  q() { sqlite3 -batch -noheader "$db" "$1"; }
  [ "$(cat "$dir/media" 2>/dev/null)" = "{}" ] || problems+=("the media map is not {}")
  [ "$(q 'PRAGMA integrity_check')" = ok ] || problems+=("the database is damaged")
  [ "$(q 'SELECT count(*) || ver FROM col')" = "111" ] || problems+=("not one collection row of schema version 11")
  [ "$(q 'SELECT count(*) FROM notes')" = "$2" ] || problems+=("not $2 notes")
  [ "$(q 'SELECT count(*) FROM cards WHERE type = 0 AND queue = 0')" = "$2" ] || problems+=("not $2 new cards")
  [ "$(q 'SELECT count(*) FROM cards WHERE nid NOT IN (SELECT id FROM notes)')" = 0 ] || problems+=("a card without its note")
  [ "$(q "SELECT count(*) FROM notes n, col WHERE json_type(col.models, '\$.\"' || n.mid || '\"') IS NOT 'object'")" = 0 ] \
    || problems+=("a note whose note type is not in the collection")
  [ "$(q "SELECT count(*) FROM cards c, col WHERE json_type(col.decks, '\$.\"' || c.did || '\"') IS NOT 'object'")" = 0 ] \
    || problems+=("a card whose deck is not in the collection")
  [ "$(q 'SELECT count(DISTINCT guid) FROM notes')" = "$2" ] || problems+=("GUIDs repeat")
  [ "$(q "SELECT count(*) FROM notes WHERE length(flds) - length(replace(flds, char(31), '')) != 1")" = 0 ] \
    || problems+=("a note without exactly two fields")
  local p
  for p in "${problems[@]}"; do echo "    $p"; done
  [ ${#problems[@]} -eq 0 ]
}

failures=0
passes=0
for bank in "${banks[@]}"; do
  name=$(basename "$bank" .json)
  name=${name%.bank}
  for f in kahoot:xlsx anki:txt anki-apkg:apkg canvas:zip; do
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
    if [ "$format" = anki-apkg ]; then
      ok() { check_apkg "$out" "$written"; }
    else
      ok() { java "$checker" "$format" "$out" "$written"; }
    fi
    if ok; then
      echo "pass $format $name: $written questions keep the importer's rules"
      passes=$((passes + 1))
    else
      echo "FAIL $format $name (problems above)"
      failures=$((failures + 1))
    fi
  done
done

echo "kahoot/anki/anki-apkg/canvas rules check: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
