#!/usr/bin/env bash
# QTI 2.1 interop check (issue 4): exports banks with the built jar as a user would
# (`factdrill export BANK --format qti21 -o FILE.zip`), unpacks each zip and validates every file
# against the IMS schemas with xmllint: imsmanifest.xml against IMS Content Packaging 1.1, the
# assessmentTest and every assessmentItem against IMS QTI 2.1. It also checks that the manifest
# lists exactly the files in the zip. Prints one pass/FAIL line per file; exits non-zero on any
# failure.
#
# The schemas are read from ../shared/schemas/qti beside the repository (they are not copied into
# the repository: IMS asks redistributors to register). Run after `./mvnw -B verify`, which builds
# target/factdrill.jar.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
schemas=$(cd "$root/.." && pwd)/shared/schemas/qti
jar="$root/target/factdrill.jar"

if [ ! -f "$schemas/qtiv2p1/imsqti_v2p1.xsd" ] || [ ! -f "$schemas/imscp_v1p1.xsd" ]; then
  echo "FAIL: the IMS schemas are not in $schemas"
  exit 1
fi
if [ ! -f "$jar" ]; then
  echo "FAIL: $jar is missing; run ./mvnw -B verify (or package) first"
  exit 1
fi
if ! command -v xmllint >/dev/null 2>&1; then
  echo "installing xmllint (Debian package libxml2-utils)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libxml2-utils >/dev/null
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# The shipped banks, this check's sample bank, and the hostile-text bank of the export tests.
banks=()
for b in "$root"/question-banks/*.json \
         "$root"/src/test/resources/org/factdrill/export/golden/sample-b.bank.json \
         "$root"/src/test/resources/org/factdrill/export/golden/hostile-b.bank.json \
         "$root"/src/test/resources/org/factdrill/export/golden/hostile.bank.json; do
  [ -f "$b" ] && banks+=("$b")
done
if [ ${#banks[@]} -eq 0 ]; then
  echo "FAIL: no bank to export"
  exit 1
fi

failures=0
passes=0
fail() { echo "FAIL $*"; failures=$((failures + 1)); }
pass() { echo "pass $*"; passes=$((passes + 1)); }

# xmllint prints "FILE validates" or "FILE fails to validate" (and the reasons) on stderr.
validate() { # label schema files...
  local label=$1 xsd=$2; shift 2
  local out="$work/xmllint.out"
  xmllint --noout --nonet --schema "$xsd" "$@" >"$out" 2>&1 || true
  for f in "$@"; do
    if grep -qxF "$f validates" "$out"; then
      pass "$label/${f#"$dir"/}"
    else
      fail "$label/${f#"$dir"/}"
      grep -F "$f" "$out" | grep -vxF "$f fails to validate" | sed 's/^/    /' || true
    fi
  done
}

for bank in "${banks[@]}"; do
  name=$(basename "$bank" .json)
  name=${name%.bank}
  dir="$work/$name"
  mkdir -p "$dir"
  if ! java -jar "$jar" export "$bank" --format qti21 -o "$work/$name.zip" 2>"$work/$name.log"; then
    fail "$name: export failed:"
    sed 's/^/    /' "$work/$name.log"
    continue
  fi
  (cd "$dir" && jar xf "$work/$name.zip")
  if [ ! -f "$dir/imsmanifest.xml" ]; then
    fail "$name: no imsmanifest.xml at the root of the zip"
    continue
  fi

  validate "$name" "$schemas/imscp_v1p1.xsd" "$dir/imsmanifest.xml"
  mapfile -t qti < <(cd "$dir" && find . -type f -name '*.xml' ! -name imsmanifest.xml | sed 's|^\./||' | sort)
  paths=()
  for f in "${qti[@]}"; do paths+=("$dir/$f"); done
  validate "$name" "$schemas/qtiv2p1/imsqti_v2p1.xsd" "${paths[@]}"

  # The manifest's <file href> entries and the zip's files must be the same set.
  listed=$(xmllint --xpath '//*[local-name()="file"]/@href' "$dir/imsmanifest.xml" \
    | sed -E 's/ *href="([^"]*)"/\1\n/g' | sed '/^$/d' | sort)
  present=$(cd "$dir" && find . -type f ! -name imsmanifest.xml | sed 's|^\./||' | sort)
  if [ "$listed" = "$present" ]; then
    pass "$name: the manifest lists the $(echo "$present" | wc -l) files of the zip"
  else
    fail "$name: the manifest and the zip differ:"
    diff <(echo "$listed") <(echo "$present") | sed 's/^/    /' || true
  fi
done

echo "qti21 schema check: $passes passed, $failures failed"
[ "$failures" -eq 0 ]
