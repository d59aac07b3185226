#!/bin/sh
# Times `factdrill class report` on 1,000 students x 50 questions (whole process, text report and
# CSV gradebook), median of 7 runs after one warm-up. Usage: src/bench/classroom/class-report.sh [STUDENTS] [QUESTIONS]
set -eu
here=$(cd "$(dirname "$0")/../../.." && pwd)
students=${1:-1000}
questions=${2:-50}
cd "$here"
./factdrill --version >/dev/null           # builds target/factdrill.jar when stale
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
java -cp target/factdrill.jar src/bench/classroom/SynthesiseClassResults.java "$work" "$students" "$questions"
echo "synthesised $(ls "$work/results/BENCH2" | wc -l) result files of $questions questions in $work"

run() {
  ./factdrill --home "$work/home" class report "$work/quiz.json" \
    --results "$work/results" --csv "$work/grades.csv" >"$work/report.txt"
}
run
times=""
for i in 1 2 3 4 5 6 7; do
  start=$(date +%s%N)
  run
  end=$(date +%s%N)
  times="$times $(( (end - start) / 1000000 ))"
done
echo "runs (ms):$times"
echo "median (ms): $(echo $times | tr ' ' '\n' | sort -n | sed -n 4p)"
echo "students on the roster: $(grep -c '^Student' "$work/grades.csv" || true) (CSV rows: $(($(wc -l <"$work/grades.csv") - 1)))"
