#!/usr/bin/env python3
"""Build items.jsonl from the hand-written make/items_*.txt files.
Each source line is  LABEL|form|hard|text  (LABEL M = misconduct, S = shortcoming; hard 1/0).
Lines are only parsed and interleaved with a fixed seed; no text is generated or combined."""
import json, pathlib, random

here = pathlib.Path(__file__).resolve().parent
rows = []
for f in sorted(here.glob("items_*.txt")):
    for n, line in enumerate(f.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        lab, form, hard, text = line.split("|", 3)
        rows.append({"label": {"M": "misconduct", "S": "shortcoming"}[lab], "form": form,
                     "hard": hard == "1", "text": text.strip(), "_src": f"{f.name}:{n}"})
random.Random(20240611).shuffle(rows)
out = here.parent / "items.jsonl"
with out.open("w", encoding="utf-8") as w:
    for i, r in enumerate(rows, 1):
        w.write(json.dumps({"id": f"m1-{i:04d}", "text": r["text"], "label": r["label"],
                            "form": r["form"], "hard": r["hard"]}, ensure_ascii=False) + "\n")
print(f"wrote {len(rows)} lines to {out}")
