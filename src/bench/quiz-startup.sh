#!/bin/sh
# Time from launch to the first question on screen (whole process, median) and the CPU time of each
# whole run (user + system, to its exit after :quit), through ./factdrill:
#   1. the seed bank (question-banks/*.json): plain mode over a pipe, the JLine screens on a
#      pseudo-terminal (when util-linux script is there), and a first start (an empty --home each run,
#      so the bank is validated against the schema every time);
#   2. a synthetic bank of 100,000 questions made here in a temporary folder (never in the repo):
#      first starts (empty --home each run) and later starts (the bank validated once before).
# Usage: src/bench/quiz-startup.sh [RUNS]   (default 11; the 100,000-question first start runs 3 times)
#        BEFORE=DIR src/bench/quiz-startup.sh [RUNS]   also runs each case through DIR/factdrill (another
#        checkout, say of main, built by its launcher), in turn with this one, run by run.
# Needs a JDK; uses /usr/bin/time for CPU times when it is there. See BENCHMARKS.md, ## quiz.
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
runs=${1:-11}
before=${BEFORE:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$here/factdrill" --version >/dev/null   # builds the jar, the class-data archive and the native libraries when stale
[ -z "$before" ] || "$before/factdrill" --version >/dev/null

seed=$(ls "$here"/question-banks/*.json 2>/dev/null | head -1 || true)
[ -n "$seed" ] || seed="$here/src/test/resources/banks/libya-small.json"
big="$work/bench-100000.json"
java -cp "$here/target/factdrill.jar" "$here/src/bench/MakeBank.java" 100000 "$big"
# A file changed in the last 2 s is hashed on every load (ValidatedBanks waits for its times to
# settle before noting them): wait, as any bank a person made earlier already has.
sleep 2

# measure RUNS warm|cold|tty BANK: FirstQuestion on this checkout (and on BEFORE's, in turn).
measure() {
  n=$1 mode=$2 bank=$3
  set --
  for launcher in "$here/factdrill" ${before:+"$before/factdrill"}; do
    tag=$( [ "$launcher" = "$here/factdrill" ] && echo this || echo before)
    [ $# -eq 0 ] || set -- "$@" ---
    case $mode in
      warm) echo :quit | "$launcher" --home "$work/$tag-home" quiz --plain "$bank" >/dev/null
            set -- "$@" "$launcher" --home "$work/$tag-home" quiz --plain "$bank" ;;
      tty) echo :quit | "$launcher" --home "$work/$tag-home" quiz --plain "$bank" >/dev/null
           set -- "$@" --tty "$launcher" --home "$work/$tag-home" quiz "$bank" ;;
      cold) set -- "$@" --fresh "$work/$tag-cold" "$launcher" --home "$work/$tag-cold" quiz --plain "$bank" ;;
    esac
  done
  java "$here/src/bench/FirstQuestion.java" "$n" "$@" | grep -v '^run '
}

echo "== $(basename "$seed") ($(du -h "$seed" | cut -f1)), plain, validated before"
measure "$runs" warm "$seed"
if command -v script >/dev/null 2>&1 && script --version 2>/dev/null | grep -q util-linux; then
  echo "== $(basename "$seed"), JLine screens on a pseudo-terminal (through script), validated before"
  measure "$runs" tty "$seed"
fi
echo "== $(basename "$seed"), plain, first start (nothing validated)"
measure "$runs" cold "$seed"
echo "== bench-100000.json ($(du -h "$big" | cut -f1)), plain, first start (nothing validated)"
measure 3 cold "$big"
echo "== bench-100000.json, plain, validated before"
measure "$runs" warm "$big"

echo "load: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
