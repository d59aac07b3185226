#!/bin/sh
# Time from launch to the first question on screen (whole process, median), through ./factdrill,
# in plain mode over a pipe (the JLine screens add the terminal set-up: see BENCHMARKS.md):
#   1. the seed bank (question-banks/*.json; before it exists, the small hand-made test bank),
#   2. a synthetic bank of 100,000 questions made here in a temporary folder (never in the repo).
# Usage: src/bench/quiz-startup.sh [RUNS]   (default 11). Needs a JDK; hyperfine is optional.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$here/factdrill" --version >/dev/null   # builds the jar, the CDS archive and the native library when stale

seed=$(ls "$here"/question-banks/*.json 2>/dev/null | head -1 || true)
[ -n "$seed" ] || seed="$here/src/test/resources/banks/libya-small.json"
java -cp "$here/target/factdrill.jar" "$here/src/bench/MakeBank.java" 100000 "$work/bench-100000.json"

for bank in "$seed" "$work/bench-100000.json"; do
  echo "== $(basename "$bank") ($(du -h "$bank" | cut -f1))"
  java "$here/src/bench/FirstQuestion.java" "$runs" "$here/factdrill" --home "$work/home" quiz --plain "$bank"
done

if command -v hyperfine >/dev/null 2>&1; then
  echo "== whole process, first question then :quit (hyperfine)"
  hyperfine -w 2 -r "$runs" "echo :quit | $here/factdrill --home $work/home quiz --plain $seed"
fi
echo "load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
