"""Reads exported Kahoot sheets with openpyxl, a reader other than the library that wrote them.

Usage: kahoot-openpyxl-check.py FILE.xlsx WRITTEN [FILE.xlsx WRITTEN ...]

Each sheet is read twice: in read-only mode, which trusts the sheet's <dimension ref> and reads only
that range (as openpyxl does for large sheets), and in full. Both must give the same cells, so a
dimension that is not the true range fails. Then the template's rules (FORMATS.md): title cells B2
and B3, the header row 8, one question per row from row 9 numbered in column A, 2 to 4 answers
within 75 characters, a question within 120, a time limit Kahoot offers, and correct answer
numbers that point at answers. Prints pass/FAIL per file; exits 1 on any failure.
"""
import sys
import warnings

import openpyxl

# fastexcel's sheets name no default cell style; openpyxl says so on every file and uses its own.
warnings.filterwarnings("ignore", message="Workbook contains no default style")

HEADERS = [
    "Question - max 120 characters",
    "Answer 1 - max 75 characters",
    "Answer 2 - max 75 characters",
    "Answer 3 - max 75 characters",
    "Answer 4 - max 75 characters",
    "Time limit (sec) – 5, 10, 20, 30, 60, 90, 120, or 240 secs",
    "Correct answer(s) - choose at least one",
]
TIME_LIMITS = {5, 10, 20, 30, 60, 90, 120, 240}


def cells(path, read_only):
    """Every non-empty cell as {(row, column): value}, and the dimension the reader went by."""
    wb = openpyxl.load_workbook(path, read_only=read_only)
    ws = wb.worksheets[0]
    found = {}
    for row in ws.iter_rows():
        for cell in row:
            if cell.value is not None and hasattr(cell, "column"):
                found[(cell.row, cell.column)] = cell.value
    dimension = ws.calculate_dimension() if not read_only else ws.calculate_dimension(force=False)
    wb.close()
    return found, dimension


def problems(path, written):
    out = []
    streamed, declared = cells(path, read_only=True)
    full, _ = cells(path, read_only=False)
    if streamed != full:
        missing = len(set(full) - set(streamed))
        out.append(f"read-only mode reads {len(streamed)} cells, the full read {len(full)} "
                   f"({missing} outside the declared dimension {declared})")
    g = full.get
    if g((2, 2)) != "Quiz template":
        out.append("B2 is not 'Quiz template'")
    if not str(g((3, 2)) or "").startswith("Add questions"):
        out.append("B3 is not the instructions")
    if [g((8, c)) for c in range(2, 9)] != HEADERS:
        out.append("row 8 does not hold the template's headers in B to H")
    rows = sorted({r for (r, _) in full if r >= 9})
    if rows != list(range(9, 9 + written)):
        out.append(f"question rows are {rows[:3]}...{rows[-3:] if rows else ''}, not 9 to {8 + written}")
    if any(c > 8 for (_, c) in full):
        out.append("a cell right of column H")
    for r in rows:
        where = f"row {r}"
        if g((r, 1)) != r - 8:
            out.append(f"{where}: column A is {g((r, 1))!r}, not {r - 8}")
        question = g((r, 2))
        if not isinstance(question, str) or not question.strip() or len(question) > 120 or "\n" in question:
            out.append(f"{where}: the question is missing, over 120 characters or not one line")
        answers = [g((r, c)) for c in range(3, 7)]
        given = [a for a in answers if a is not None]
        if answers[:len(given)] != given:
            out.append(f"{where}: a gap between answers")
        if not 2 <= len(given) <= 4:
            out.append(f"{where}: {len(given)} answers")
        for a in given:
            if not isinstance(a, str) or not a.strip() or len(a) > 75 or "\n" in a:
                out.append(f"{where}: the answer {a!r} is empty, over 75 characters or not one line")
        if g((r, 7)) not in TIME_LIMITS:
            out.append(f"{where}: time limit {g((r, 7))!r} is not one Kahoot offers")
        correct = [int(n) for n in str(g((r, 8))).split(",") if n.strip().isdigit()]
        if not correct or any(not 1 <= n <= len(given) for n in correct):
            out.append(f"{where}: correct answers {g((r, 8))!r} do not point at answers")
    return out


def main(args):
    failures = 0
    for path, written in zip(args[0::2], args[1::2]):
        found = problems(path, int(written))
        if found:
            failures += 1
            print(f"FAIL kahoot (openpyxl) {path}")
            for p in found:
                print(f"    {p}")
        else:
            print(f"pass kahoot (openpyxl) {path}: {written} questions, read-only and full reads agree")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
