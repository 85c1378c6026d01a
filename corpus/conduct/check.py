#!/usr/bin/env python3
"""Check the conduct corpus (c01.jsonl … c10.jsonl in this folder). Prints OK at the end, or the
problems found and exits with status 1. Standard library only."""
import json, os, re, sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
KEYS = {"id", "text", "conduct", "sector", "form"}
LABELS = ("misconduct", "dereliction", "failing")
FORMS = {"heading", "heading+evidence", "evidence", "clause", "speech", "item"}
LABEL_WORDS = ("违规", "违反", "违纪", "违法", "私自", "擅自", "套取", "虚报", "冒领", "侵占",
               "挪用", "优亲厚友", "弄虚作假", "公款吃喝", "贪污", "截留", "造假")
SHARES = {"misconduct": (0.35, 0.45), "dereliction": (0.10, 0.20)}
MIN_LEN, MAX_LEN = 15, 150
NEAR_DUP = 0.6          # character-bigram Jaccard at or above this counts as "alike"
CJK = re.compile(r"[\u4e00-\u9fff]")

errors = []
def err(msg):
    errors.append(msg)

rows = []
for n in range(1, 11):
    name = f"c{n:02d}"
    path = os.path.join(HERE, name + ".jsonl")
    if not os.path.exists(path):
        err(f"{name}.jsonl missing")
        continue
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    if not 50 <= len(lines) <= 70:
        err(f"{name}: {len(lines)} lines (expected about 60)")
    for i, line in enumerate(lines, 1):
        where = f"{name}:{i}"
        try:
            obj = json.loads(line)
        except ValueError as e:
            err(f"{where}: invalid JSON ({e})")
            continue
        if not isinstance(obj, dict) or set(obj) != KEYS:
            err(f"{where}: keys {sorted(obj) if isinstance(obj, dict) else type(obj).__name__} != {sorted(KEYS)}")
            continue
        if any(not isinstance(obj[k], str) for k in KEYS):
            err(f"{where}: all values must be strings")
            continue
        if obj["id"] != f"{name}-{i:03d}":
            err(f"{where}: id {obj['id']!r}, expected {name}-{i:03d}")
        if obj["conduct"] not in LABELS:
            err(f"{where}: conduct {obj['conduct']!r} not one of {LABELS}")
        if obj["form"] not in FORMS:
            err(f"{where}: form {obj['form']!r} not one of {sorted(FORMS)}")
        if not obj["sector"].strip():
            err(f"{where}: empty sector")
        t = obj["text"]
        if not MIN_LEN <= len(t) <= MAX_LEN:
            err(f"{where}: text length {len(t)} outside {MIN_LEN}-{MAX_LEN}")
        if t != t.strip() or "\n" in t:
            err(f"{where}: text has surrounding or embedded line whitespace")
        if len(CJK.findall(t)) < len(t) * 0.5:
            err(f"{where}: text is not mainly Chinese")
        if t[-1] in "，、：:,;（(“\"":
            err(f"{where}: text ends mid-sentence with {t[-1]!r}")
        rows.append((where, obj))

# uniqueness
ids = [o["id"] for _, o in rows]
if len(ids) != len(set(ids)):
    err("duplicate ids")
seen = {}
for where, o in rows:
    if o["text"] in seen:
        err(f"{where}: duplicate text of {seen[o['text']]}")
    seen.setdefault(o["text"], where)

def grams(s):
    s = re.sub(r"[^\u4e00-\u9fff0-9A-Za-z]", "", s)
    return {s[i:i + 2] for i in range(len(s) - 1)}
g = [(w, grams(o["text"])) for w, o in rows]
worst = 0.0
for (w1, a), (w2, b) in combinations(g, 2):
    if a and b:
        j = len(a & b) / len(a | b)
        worst = max(worst, j)
        if j >= NEAR_DUP:
            err(f"{w1} and {w2} are alike (bigram Jaccard {j:.2f})")

# proportions
total = len(rows)
counts = {l: sum(1 for _, o in rows if o["conduct"] == l) for l in LABELS}
if total:
    for l, (lo, hi) in SHARES.items():
        share = counts[l] / total
        if not lo <= share <= hi:
            err(f"{l} share {share:.1%} outside {lo:.0%}-{hi:.0%}")
mis = [o["text"] for _, o in rows if o["conduct"] == "misconduct"]
plain = [t for t in mis if not any(w in t for w in LABEL_WORDS)]
if mis and len(plain) * 2 < len(mis):
    err(f"only {len(plain)} of {len(mis)} misconduct texts are free of label words (need at least half)")

# report
print(f"lines: {total}  " + "  ".join(f"{l}: {counts[l]} ({counts[l] / max(total, 1):.1%})" for l in LABELS))
print(f"misconduct without label words: {len(plain)} of {len(mis)}")
for l in ("dereliction", "failing"):
    k = sum(1 for _, o in rows if o["conduct"] == l and any(w in o["text"] for w in LABEL_WORDS))
    print(f"{l} texts containing a label word: {k}")
forms = {}
for _, o in rows:
    forms[o["form"]] = forms.get(o["form"], 0) + 1
print("forms: " + "  ".join(f"{k}: {v}" for k, v in sorted(forms.items())))
print(f"most alike pair: bigram Jaccard {worst:.2f} (limit {NEAR_DUP})")
if errors:
    for e in errors:
        print("ERROR", e)
    print(f"FAILED ({len(errors)} problems)")
    sys.exit(1)
print("OK")
