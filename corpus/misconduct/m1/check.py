#!/usr/bin/env python3
"""Validate items.jsonl of corpus/misconduct/m1. Prints problems, then OK if there are none (exit 1 otherwise)."""
import json, pathlib, re, sys
from collections import Counter

path = pathlib.Path(__file__).resolve().parent / "items.jsonl"
FORMS = {"opinion", "news", "speech", "report-heading", "ledger", "digest"}
LABELS = {"misconduct", "shortcoming"}
errors = []
items = []
for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
    if not line.strip():
        errors.append(f"line {n}: blank line"); continue
    try:
        o = json.loads(line)
    except Exception as e:
        errors.append(f"line {n}: bad JSON ({e})"); continue
    if set(o) != {"id", "text", "label", "form", "hard"}:
        errors.append(f"line {n}: fields {sorted(o)}")
        continue
    if not re.fullmatch(r"m1-\d{4}", str(o["id"])):
        errors.append(f"line {n}: bad id {o['id']!r}")
    if o["label"] not in LABELS:
        errors.append(f"{o['id']}: bad label {o['label']!r}")
    if o["form"] not in FORMS:
        errors.append(f"{o['id']}: bad form {o['form']!r}")
    if not isinstance(o["hard"], bool):
        errors.append(f"{o['id']}: hard not boolean")
    t = o["text"]
    if not isinstance(t, str) or not (15 <= len(t) <= 160):
        errors.append(f"{o['id']}: length {len(t) if isinstance(t, str) else '?'} outside 15-160")
    elif t != t.strip() or "\n" in t or "|" in t:
        errors.append(f"{o['id']}: stray whitespace or separator")
    items.append(o)

ids = Counter(o["id"] for o in items)
errors += [f"duplicate id {i}" for i, c in ids.items() if c > 1]
expected = [f"m1-{i:04d}" for i in range(1, len(items) + 1)]
if [o["id"] for o in items] != expected:
    errors.append("ids are not m1-0001.. in order")

N = len(items)
if not 380 <= N <= 460:
    errors.append(f"{N} items, expected about 420")
lab = Counter(o["label"] for o in items)
share = lab["misconduct"] / N if N else 0
if not 0.40 <= share <= 0.50:
    errors.append(f"misconduct share {share:.3f} outside 0.40-0.50")
hard = sum(o["hard"] for o in items)
if hard * 3 < N:
    errors.append(f"hard {hard} is less than a third of {N}")
forms = Counter(o["form"] for o in items)
for f in FORMS:
    if not 0.10 <= forms[f] / N <= 0.25:
        errors.append(f"form {f}: share {forms[f] / N:.3f} outside 0.10-0.25")
    fl = Counter(o["label"] for o in items if o["form"] == f)
    if fl["misconduct"] < 0.3 * forms[f] or fl["shortcoming"] < 0.3 * forms[f]:
        errors.append(f"form {f}: labels unbalanced {dict(fl)}")
for l in LABELS:
    hl = sum(o["hard"] for o in items if o["label"] == l)
    if hl < 0.2 * lab[l]:
        errors.append(f"label {l}: only {hl} hard")

# duplicates and near-duplicates: character-bigram Jaccard > 0.8
def norm(t):
    return re.sub(r"[\s\W_]+", "", t)
def bigrams(t):
    t = norm(t)
    return {t[i:i + 2] for i in range(len(t) - 1)}
texts = [norm(o["text"]) for o in items]
for t, c in Counter(texts).items():
    if c > 1:
        errors.append(f"duplicate text: {t[:30]}")
bg = [bigrams(o["text"]) for o in items]
worst = (0.0, None, None)
worst_c = (0.0, None, None)
for i in range(N):
    for j in range(i + 1, N):
        a, b = bg[i], bg[j]
        if not a or not b:
            continue
        jac = len(a & b) / len(a | b)
        if jac > worst[0]:
            worst = (jac, items[i]["id"], items[j]["id"])
        if jac > 0.8:
            errors.append(f"near-duplicate {items[i]['id']} / {items[j]['id']} (bigram Jaccard {jac:.2f})")
        cont = len(a & b) / min(len(a), len(b))
        if cont > worst_c[0]:
            worst_c = (cont, items[i]["id"], items[j]["id"])
        if cont > 0.8:
            errors.append(f"one text nearly inside another: {items[i]['id']} / {items[j]['id']} (bigram containment {cont:.2f})")

print(f"{N} items; labels {dict(lab)} (misconduct {share:.1%}); hard {hard} ({hard / N:.1%})")
for f in sorted(FORMS):
    fl = Counter(o["label"] for o in items if o["form"] == f)
    print(f"  {f:15s} {forms[f]:4d}  misconduct {fl['misconduct']:3d}  shortcoming {fl['shortcoming']:3d}"
          f"  hard {sum(o['hard'] for o in items if o['form'] == f)}")
print(f"max bigram Jaccard {worst[0]:.2f} ({worst[1]} / {worst[2]}); max containment {worst_c[0]:.2f} ({worst_c[1]} / {worst_c[2]})")
for e in errors:
    print("ERROR:", e)
if errors:
    sys.exit(1)
print("OK")
