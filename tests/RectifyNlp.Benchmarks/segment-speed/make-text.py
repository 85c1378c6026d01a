#!/usr/bin/env python3
"""Writes a benchmark text of at least the given size (default 3 MB): lines made of one to five clauses
drawn, with a fixed seed, from the team's own texts (corpus/ documents and passages, the conformance lines), joined with
Chinese commas, so that lines vary in length and mix numbers, Latin and punctuation."""
import json, pathlib, random, re, sys
root = pathlib.Path(__file__).resolve().parents[3]
size = int(sys.argv[2]) if len(sys.argv) > 2 else 3 * 1024 * 1024
out = pathlib.Path(sys.argv[1])
sources = list((root / "corpus").rglob("*.txt")) + [root / "tests/RectifyNlp.Nlp.Tests/Conformance/lines.txt"]
clauses = []
for path in sorted(sources):
    for line in path.read_text(encoding="utf-8").splitlines():
        clauses += [c.strip() for c in re.split(r"[，。；！？]", line) if len(c.strip()) >= 2]
for path in sorted((root / "corpus").rglob("*.jsonl")):
    for line in path.read_text(encoding="utf-8").splitlines():
        clauses += [c.strip() for c in re.split(r"[，。；！？]", json.loads(line)["text"]) if len(c.strip()) >= 2]
rng = random.Random(20251129)
lines, total = [], 0
while total < size:
    line = "，".join(rng.choice(clauses) for _ in range(rng.randint(1, 5))) + rng.choice("。。。；！？")
    lines.append(line)
    total += len(line.encode("utf-8")) + 1
out.write_text("\n".join(lines) + "\n", encoding="utf-8")
print(f"{out}: {total / 1e6:.2f} MB, {len(lines)} lines from {len(set(clauses))} distinct clauses", file=sys.stderr)
