#!/bin/sh
# Time from launch to the first question on screen (whole process, median) and the CPU time of each
# whole run (user + system, to its exit after :quit), through ./factdrill:
#   1. the seed bank (question-banks/*.json): plain mode over a pipe, the JLine screens on a
#      pseudo-terminal (when util-linux script is there), and a first start (an empty --home each run,
#      so the bank is validated against the schema every time);
#   2. a synthetic bank of 100,000 questions made here in a temporary folder (never in the repo):
#      first starts (empty --home each run) and later starts (the bank validated once before).
# Usage: src/bench/quiz-startup.sh [RUNS]   (default 11; the 100,000-question first start runs 3 times).
# Needs a JDK; uses /usr/bin/time for CPU times when it is there. See BENCHMARKS.md, ## quiz.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-11}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
first() { java "$here/src/bench/FirstQuestion.java" "$@"; }

"$here/factdrill" --version >/dev/null   # builds the jar, the class-data archive and the native library when stale

seed=$(ls "$here"/question-banks/*.json 2>/dev/null | head -1 || true)
[ -n "$seed" ] || seed="$here/src/test/resources/banks/libya-small.json"
big="$work/bench-100000.json"
java -cp "$here/target/factdrill.jar" "$here/src/bench/MakeBank.java" 100000 "$big"
# A file changed in the last 2 s is hashed on every load (ValidatedBanks waits for its times to
# settle before noting them): wait, as any bank a person made earlier already has.
sleep 2

echo "== $(basename "$seed") ($(du -h "$seed" | cut -f1)), plain, validated before"
echo :quit | "$here/factdrill" --home "$work/home" quiz --plain "$seed" >/dev/null
first "$runs" "$here/factdrill" --home "$work/home" quiz --plain "$seed"
if command -v script >/dev/null 2>&1 && script --version 2>/dev/null | grep -q util-linux; then
  echo "== $(basename "$seed"), JLine screens on a pseudo-terminal, validated before"
  first "$runs" --tty "$here/factdrill" --home "$work/home" quiz "$seed"
fi
echo "== $(basename "$seed"), plain, first start (nothing validated)"
first "$runs" --fresh "$work/cold" "$here/factdrill" --home "$work/cold" quiz --plain "$seed"

echo "== bench-100000.json ($(du -h "$big" | cut -f1)), plain, first start (nothing validated)"
first 3 --fresh "$work/cold" "$here/factdrill" --home "$work/cold" quiz --plain "$big"
echo "== bench-100000.json, plain, validated before"
echo :quit | "$here/factdrill" --home "$work/home" quiz --plain "$big" >/dev/null
first "$runs" "$here/factdrill" --home "$work/home" quiz --plain "$big"

echo "load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
