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
# Wall time, and CPU time (user + system, all threads) which says less about the other load on the machine.
: >"$work/times"
for i in 1 2 3 4 5 6 7; do
  /usr/bin/time -a -o "$work/times" -f "%e %U %S" ./factdrill --home "$work/home" class report "$work/quiz.json" \
    --results "$work/results" --csv "$work/grades.csv" >"$work/report.txt"
done
echo "wall (s): $(cut -d' ' -f1 "$work/times" | tr '\n' ' ')"
echo "median wall (s): $(cut -d' ' -f1 "$work/times" | sort -n | sed -n 4p)"
echo "median CPU, user+system (s): $(awk '{printf "%.2f\n", $2 + $3}' "$work/times" | sort -n | sed -n 4p)"
echo "load average during the runs: $(cut -d' ' -f1-3 /proc/loadavg)"
# The same report on one student: the fixed cost (JVM start, reading and checking the quiz).
mkdir -p "$work/one/BENCH2"
cp "$(ls "$work/results/BENCH2"/*.json | head -1)" "$work/one/BENCH2/"
: >"$work/times1"
for i in 1 2 3 4 5; do
  /usr/bin/time -a -o "$work/times1" -f "%e" ./factdrill --home "$work/home" class report "$work/quiz.json" --results "$work/one" >/dev/null
done
echo "median wall for 1 student (s): $(sort -n "$work/times1" | sed -n 3p)"
echo "students on the roster: $(grep -c '^Student' "$work/grades.csv" || true) (CSV rows: $(($(wc -l <"$work/grades.csv") - 1)))"
