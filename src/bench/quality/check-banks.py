#!/usr/bin/env python3
"""Property checks over generated banks (issue 10's "measure honestly"), run by hand on any folder:

    ./factdrill generate ../shared/corpus/bbc-dev -o /tmp/dev-banks
    src/bench/quality/check-banks.py /tmp/dev-banks/*.json

Counts, over every question: invalid choice sets, mixed-kind choice sets, prompts with a pronoun
or demonstrative left unresolved or a clause cut off, and answers not found in their source
sentence; then questions per bank and types per bank (against the "10 questions in 4 types" bar).
Prints each problem with its bank and question id, then the totals; exits 1 when any is found.
It reads banks only, so it can run on corpora that must not enter the repository.
"""
import json
import os
import re
import sys

MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
# lower case: "US" is a country, not "us"; third-person pronouns may stand where the prompt names
# their referent or asks for it ("Who made his breakthrough?"), so only a prompt that opens with one counts
PRONOUN = re.compile(r"\b(this|these|those|we|us|our|me|my|you|your)\b|^(This|These|Those|We|Our|My|You|Your|He|She|It|They|His|Its|Their)\b")
DANGLING = re.compile(r"\b(of|to|the|a|an|and|or|but|which|that|who|whom|whose|in|for|with|by|on|at|from|as|than|is|was|were|are)\s*[?.]$", re.I)
CRUTCH = re.compile(r"named in the article|according to the article", re.I)
# "Two days later", "the next day": a day the generator counts from a date the source also shows
RELATIVE_DAY = re.compile(r"\b(\w+ (days?|weeks?) (later|earlier|after|before)|the (next|following|previous) day|the day (before|after))\b", re.I)
# a country's other names ("the US" for "United States"), from the list packaged in the jar
COUNTRIES = os.path.join(os.path.dirname(os.path.abspath(__file__)), "../../main/resources/org/factdrill/facts/countries.tsv")


def other_names():
    names = {}
    with open(COUNTRIES, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1 and cols[1]:
                names[cols[0]] = cols[1].split("|")
    return names


OTHER_NAMES = other_names()


def shape(choice):
    """What kind of value a choice is, as far as its form tells."""
    c = choice.strip()
    if re.fullmatch(r"(\d{1,2} )?(%s)( \d{1,2})?(,? \d{4})?|\d{4}|(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)" % MONTHS, c):
        return "date:" + re.sub(r"\d+", "9", re.sub(MONTHS, "M", c))
    m = re.fullmatch(r"([^\d]*?)(\d[\d,]*(?:\.\d+)?)(.*)", c)
    if m and not re.search(r"[A-Za-z]{4,}", m.group(1)):
        return "number:" + m.group(1) + "#" + m.group(3).strip()
    if c[:1].isupper() or c[:1].isdigit():
        return "name"
    return "phrase"


def problems(bank):
    out = []
    for q in bank["questions"]:
        qid = q["id"]
        prompt = q["prompt"]
        body = prompt[len("True or false: "):] if prompt.startswith("True or false: ") else prompt
        # "these statements", "these events": the ones the question itself lists
        listed = body.replace("Which of these statements", "Which statements").replace("Put these events", "Put the events")
        if PRONOUN.search(listed.replace("____", "")):
            out.append((qid, "pronoun or demonstrative in the prompt", prompt))
        if DANGLING.search(prompt.replace(" (Select all that apply.)", "").replace("stand for?", "stands?")):
            out.append((qid, "prompt ends mid-clause", prompt))
        if CRUTCH.search(prompt):
            out.append((qid, "crutch phrase", prompt))
        choices = q.get("choices")
        if q["type"] == "multiple_choice":
            lower = [c.lower() for c in choices]
            if choices.count(q["answer"]) != 1 or len(set(lower)) != len(lower) or len(choices) < 3:
                out.append((qid, "invalid choice set", str(choices)))
            for c in choices:
                numeric = re.fullmatch(r"[^A-Za-z]*", c) is not None  # "4" is not a form of "14"
                if not numeric and c != q["answer"] and (c.lower() in q["answer"].lower() or q["answer"].lower() in c.lower()):
                    out.append((qid, "a choice is a form of the answer", c + " / " + q["answer"]))
        if q["type"] == "multi_select":
            if not set(q["answers"]) <= set(choices) or len(choices) <= len(q["answers"]):
                out.append((qid, "invalid choice set", str(choices)))
        if choices and len({shape(c) for c in choices}) > 1:
            out.append((qid, "mixed-kind choices", str(choices)))
        source = q["source"]["text"].lower()
        answers = [q["answer"]] if q["type"] in ("multiple_choice", "short_answer") else q.get("answers", []) if q["type"] == "multi_select" else []
        for a in answers:
            forms = [a] + q.get("accept", []) + OTHER_NAMES.get(a, [])
            if any(f.lower() in source for f in forms) or any(w.lower() in source for w in a.split()[-1:]):
                continue
            # a day counted from the source's own date ("On March 17 ... Two days later") is shown by both
            month = re.match(r"(%s)\b|\d{1,2} (%s)\b" % (MONTHS, MONTHS), a)
            if month and RELATIVE_DAY.search(source) and (month.group(1) or month.group(2)).lower() in source:
                continue
            out.append((qid, "answer not in its source sentence", a))
    return out


def main(paths):
    total = found = 0
    short = []
    for p in paths:
        with open(p, encoding="utf-8") as f:
            bank = json.load(f)
        total += len(bank["questions"])
        for qid, what, detail in problems(bank):
            found += 1
            print(f"{p}: {qid}: {what}: {detail}")
        types = {q["type"] for q in bank["questions"]}
        if len(bank["questions"]) < 10 or len(types) < 4:
            short.append(f"{p}: {len(bank['questions'])} questions in {len(types)} types")
    for s in short:
        print("below 10 questions in 4 types: " + s)
    print(f"{len(paths)} banks, {total} questions, {found} problems, {len(short)} banks below 10 questions in 4 types")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
