#!/usr/bin/env python3
"""Builds lines.txt, the conformance input: every sentence and every clause of the team's sample
documents (corpus/samples), then the hand-written edge lines (edge-lines.txt: numbers, Latin, full-width
forms, punctuation runs, whitespace, surrogate pairs, traditional characters)."""
import pathlib, re
here = pathlib.Path(__file__).resolve().parent
samples = here.parents[2] / "corpus" / "samples"
lines, seen = [], set()
def add(line):
    line = line.strip()
    if line and line not in seen:
        seen.add(line)
        lines.append(line)
for path in sorted(samples.glob("*.txt")):
    for paragraph in path.read_text(encoding="utf-8").splitlines():
        for sentence in re.findall(r"[^。！？]+[。！？]?", paragraph):
            add(sentence)
        for clause in re.split(r"[，；：。！？]", paragraph):
            if len(clause) >= 4:
                add(clause)
for line in (here / "edge-lines.txt").read_text(encoding="utf-8").split("\n"):
    if line.strip():
        lines.append(line)
(here / "lines.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
print(len(lines), "lines")
