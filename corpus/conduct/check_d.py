#!/usr/bin/env python3
"""Checks for the d-files of corpus/conduct (second hand). Reads only d01.jsonl ... d10.jsonl
next to this script. Prints OK at the end when every check passes; exits 1 otherwise."""
import json, pathlib, re, sys, itertools

HERE = pathlib.Path(__file__).resolve().parent
FILES = [HERE / f"d{n:02d}.jsonl" for n in range(1, 11)]
KEYS = {"id", "text", "conduct", "sector", "form"}
LABELS = {"misconduct", "dereliction", "failing"}
FORMS = {"heading", "heading+evidence", "evidence", "clause", "speech", "item"}
LABEL_WORDS = ["违规", "违反", "违纪", "违法", "私自", "擅自", "套取", "虚报", "冒领", "侵占",
               "挪用", "优亲厚友", "弄虚作假", "公款吃喝", "贪污", "截留", "造假"]
BAD_END = set("，、：:,;（(“\"‘")
errors = []

def err(msg):
    errors.append(msg)

rows = []
for path in FILES:
    if not path.exists():
        err(f"missing {path.name}"); continue
    stem = path.stem
    lines = path.read_text(encoding="utf-8").splitlines()
    if not 50 <= len(lines) <= 70:
        err(f"{path.name}: {len(lines)} lines, expected about 60")
    for i, line in enumerate(lines, 1):
        where = f"{path.name}:{i}"
        try:
            obj = json.loads(line)
        except ValueError as e:
            err(f"{where}: invalid JSON ({e})"); continue
        if not isinstance(obj, dict) or set(obj) != KEYS:
            err(f"{where}: keys {sorted(obj) if isinstance(obj, dict) else type(obj)}"); continue
        if obj["id"] != f"{stem}-{i:03d}":
            err(f"{where}: id {obj['id']!r}, expected {stem}-{i:03d}")
        if obj["conduct"] not in LABELS:
            err(f"{where}: conduct {obj['conduct']!r}")
        if obj["form"] not in FORMS:
            err(f"{where}: form {obj['form']!r}")
        if not isinstance(obj["sector"], str) or not obj["sector"].strip():
            err(f"{where}: empty sector")
        t = obj["text"]
        if not isinstance(t, str):
            err(f"{where}: text not a string"); continue
        if not 15 <= len(t) <= 150:
            err(f"{where}: text length {len(t)}")
        if t != t.strip() or "\n" in t:
            err(f"{where}: stray whitespace")
        if not re.search(r"[\u4e00-\u9fff]", t):
            err(f"{where}: no Chinese")
        if t[-1] in BAD_END:
            err(f"{where}: text ends with {t[-1]!r}")
        rows.append((stem, i, obj))

# ids unique over all files
ids = [o["id"] for _, _, o in rows]
for x in {x for x in ids if ids.count(x) > 1}:
    err(f"duplicate id {x}")

# proportions
n = len(rows)
count = {l: sum(o["conduct"] == l for _, _, o in rows) for l in LABELS}
if n:
    share = {l: count[l] / n for l in LABELS}
    if not 0.35 <= share["misconduct"] <= 0.45:
        err(f"misconduct share {share['misconduct']:.1%} outside 35-45%")
    if not 0.10 <= share["dereliction"] <= 0.20:
        err(f"dereliction share {share['dereliction']:.1%} outside 10-20%")

# misconduct told without label words: at least half (first brief), at least two thirds (second set)
mis = [o["text"] for _, _, o in rows if o["conduct"] == "misconduct"]
plain = [t for t in mis if not any(w in t for w in LABEL_WORDS)]
if mis and len(plain) * 3 < len(mis) * 2:
    err(f"only {len(plain)}/{len(mis)} misconduct texts without label words (need >= 2/3)")

# labels mixed within each file: all three present, no run longer than 4
for path in FILES:
    seq = [o["conduct"] for s, _, o in rows if s == path.stem]
    if seq and set(seq) != LABELS:
        err(f"{path.name}: not all labels present")
    longest = max((len(list(g)) for _, g in itertools.groupby(seq)), default=0)
    if longest > 4:
        err(f"{path.name}: {longest} equal labels in a row")

# duplicates: exact (ignoring punctuation/space) and near (char-bigram Jaccard >= 0.75)
def norm(t):
    return re.sub(r"[\s，。；、：“”‘’（）()《》,.;:!?！？]", "", t)
seen = {}
for s, i, o in rows:
    k = norm(o["text"])
    if k in seen:
        err(f"duplicate text {o['id']} = {seen[k]}")
    seen.setdefault(k, o["id"])
grams = [(o["id"], {k[j:j + 2] for j in range(len(k) - 1)}) for _, _, o in rows for k in [norm(o["text"])]]
for (a, ga), (b, gb) in itertools.combinations(grams, 2):
    if ga and gb and len(ga & gb) / len(ga | gb) >= 0.75:
        err(f"near-duplicate texts {a} ~ {b}")

print(f"lines {n}: " + ", ".join(f"{l} {count.get(l, 0)} ({count.get(l, 0) / max(n, 1):.1%})"
                                  for l in ("misconduct", "dereliction", "failing")))
print(f"misconduct without label words: {len(plain)}/{len(mis)}")
if errors:
    for e in errors:
        print("ERROR", e)
    sys.exit(1)
print("OK")
