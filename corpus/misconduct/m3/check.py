#!/usr/bin/env python3
"""Validate items.jsonl of the m3 misconduct/shortcoming set. Prints problems, then counts, then OK.
Exits 1 on any failure."""
import json, os, sys, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "items.jsonl")
FIELDS = {"id", "text", "label", "form", "hard"}
LABELS = {"misconduct", "shortcoming"}
FORMS = {"opinion", "news", "speech", "report-heading", "ledger", "digest"}
MIN_LEN, MAX_LEN = 15, 160
errors = []

rows = []
with open(PATH, encoding="utf-8") as f:
    for ln, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f"line {ln}: blank line")
            continue
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f"line {ln}: bad JSON ({e})")
            continue
        rows.append((ln, r))

ids = collections.Counter()
for ln, r in rows:
    if set(r) != FIELDS:
        errors.append(f"line {ln}: fields {sorted(r)} != {sorted(FIELDS)}")
        continue
    if not (isinstance(r["id"], str) and r["id"].startswith("m3-") and len(r["id"]) == 7 and r["id"][3:].isdigit()):
        errors.append(f"line {ln}: bad id {r['id']!r}")
    ids[r["id"]] += 1
    if r["label"] not in LABELS:
        errors.append(f"line {ln}: bad label {r['label']!r}")
    if r["form"] not in FORMS:
        errors.append(f"line {ln}: bad form {r['form']!r}")
    if not isinstance(r["hard"], bool):
        errors.append(f"line {ln}: hard must be true/false")
    t = r["text"]
    if not isinstance(t, str) or t != t.strip() or "\n" in t:
        errors.append(f"line {ln}: text must be a one-line string without edge spaces")
    elif not (MIN_LEN <= len(t) <= MAX_LEN):
        errors.append(f"line {ln}: text length {len(t)} outside {MIN_LEN}-{MAX_LEN}")
for i, c in ids.items():
    if c > 1:
        errors.append(f"id {i} used {c} times")

good = [r for _, r in rows if set(r) == FIELDS]
n = len(good)
if not 380 <= n <= 460:
    errors.append(f"{n} items, expected about 420")
mis = sum(r["label"] == "misconduct" for r in good)
if n and not 0.40 <= mis / n <= 0.50:
    errors.append(f"misconduct share {mis/n:.3f} outside 0.40-0.50")
hard = sum(r["hard"] for r in good)
if n and hard / n < 1 / 3:
    errors.append(f"hard share {hard/n:.3f} below 1/3")

# duplicates and near-duplicates by character-bigram overlap: |A & B| / min(|A|, |B|)
def bigrams(s):
    return {s[i:i + 2] for i in range(len(s) - 1)}
grams = [(r["id"], bigrams(r["text"])) for r in good]
texts = collections.Counter(r["text"] for r in good)
for t, c in texts.items():
    if c > 1:
        errors.append(f"duplicate text x{c}: {t}")
worst = (0.0, None, None)
for i in range(len(grams)):
    ia, a = grams[i]
    for j in range(i + 1, len(grams)):
        ib, b = grams[j]
        if not a or not b:
            continue
        ov = len(a & b) / min(len(a), len(b))
        if ov > worst[0]:
            worst = (ov, ia, ib)
        if ov > 0.8:
            errors.append(f"near-duplicate {ia} / {ib}: bigram overlap {ov:.2f}")

for e in errors:
    print("FAIL", e)

print(f"items {n}; misconduct {mis} ({mis/n:.1%}); shortcoming {n-mis}; hard {hard} ({hard/n:.1%})")
print(f"max bigram overlap {worst[0]:.2f} ({worst[1]} / {worst[2]})")
by = collections.Counter((r["form"], r["label"]) for r in good)
hb = collections.Counter((r["label"], r["hard"]) for r in good)
for form in sorted(FORMS):
    print(f"  {form:15s} misconduct {by[(form,'misconduct')]:3d}  shortcoming {by[(form,'shortcoming')]:3d}")
print(f"  hard: misconduct {hb[('misconduct',True)]}, shortcoming {hb[('shortcoming',True)]}")
if errors:
    sys.exit(1)
print("OK")
