#!/usr/bin/env python3
"""Assemble the hand-written items (src_*.py) into ../items.jsonl.
No text is generated here: each text is taken as written in the src files.
Order is interleaved by a fixed-seed shuffle so forms and labels are mixed."""
import json, random, os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from src_speech import SPEECH
from src_news import NEWS
from src_ledger import LEDGER
from src_opinion import OPINION
from src_report import REPORT
from src_digest import DIGEST

LAB = {"M": "misconduct", "S": "shortcoming"}
rows = []
for form, items in [("speech", SPEECH), ("news", NEWS), ("ledger", LEDGER),
                    ("opinion", OPINION), ("report-heading", REPORT), ("digest", DIGEST)]:
    for lab, hard, text in items:
        rows.append({"text": text, "label": LAB[lab], "form": form, "hard": bool(hard)})
random.Random(20240603).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "items.jsonl")
with open(out, "w", encoding="utf-8") as f:
    for n, r in enumerate(rows, 1):
        f.write(json.dumps({"id": f"m3-{n:04d}", **r}, ensure_ascii=False) + "\n")
print(len(rows), "rows ->", os.path.normpath(out))
