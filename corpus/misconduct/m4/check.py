#!/usr/bin/env python3
"""Validate items.jsonl of the m4 misconduct/shortcoming set. Prints OK at the end."""
import json, sys, os, collections

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, "items.jsonl")
FIELDS = {"id", "text", "label", "form", "hard"}
LABELS = {"misconduct", "shortcoming"}
FORMS = {"detail", "speech", "news", "ledger"}
PREFIX = "m4-"


def fail(msg):
    print("FAIL:", msg)
    sys.exit(1)


def bigrams(s):
    s = "".join(ch for ch in s if not ch.isspace())
    return {s[i:i + 2] for i in range(len(s) - 1)}


items = []
with open(PATH, encoding="utf-8") as fh:
    for n, line in enumerate(fh, 1):
        if not line.strip():
            fail(f"line {n}: blank line")
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            fail(f"line {n}: bad JSON ({e})")
        if set(obj) != FIELDS:
            fail(f"line {n}: fields {sorted(obj)} != {sorted(FIELDS)}")
        if not isinstance(obj["id"], str) or not obj["id"].startswith(PREFIX) \
                or not obj["id"][len(PREFIX):].isdigit() or len(obj["id"]) != len(PREFIX) + 4:
            fail(f"line {n}: bad id {obj['id']!r}")
        if obj["label"] not in LABELS:
            fail(f"line {n}: bad label {obj['label']!r}")
        if obj["form"] not in FORMS:
            fail(f"line {n}: bad form {obj['form']!r}")
        if not isinstance(obj["hard"], bool):
            fail(f"line {n}: hard must be boolean")
        t = obj["text"]
        if not isinstance(t, str) or t != t.strip():
            fail(f"line {n}: text not a trimmed string")
        if not (20 <= len(t) <= 160):
            fail(f"line {n}: text length {len(t)} outside 20-160")
        if "\n" in t or "\t" in t:
            fail(f"line {n}: control whitespace in text")
        items.append(obj)

N = len(items)
if not (380 <= N <= 460):
    fail(f"{N} items, expected about 420")

ids = [o["id"] for o in items]
if len(set(ids)) != N:
    dup = [k for k, v in collections.Counter(ids).items() if v > 1]
    fail(f"duplicate ids: {dup[:5]}")
if ids != [f"{PREFIX}{i:04d}" for i in range(1, N + 1)]:
    fail("ids are not consecutive m4-0001..")

texts = [o["text"] for o in items]
if len(set(texts)) != N:
    fail("identical texts present")

mis = sum(o["label"] == "misconduct" for o in items)
share = mis / N
if not (0.25 <= share <= 0.35):
    fail(f"misconduct share {share:.3f} outside 0.25-0.35")
hard = sum(o["hard"] for o in items)
if hard * 3 < N:
    fail(f"only {hard} hard items, need at least a third of {N}")
for lab in LABELS:
    if not any(o["hard"] and o["label"] == lab for o in items):
        fail(f"no hard items labelled {lab}")

# near-duplicates: Jaccard overlap of character-bigram sets
grams = [bigrams(t) for t in texts]
worst = (0.0, None, None)
for i in range(N):
    gi = grams[i]
    for j in range(i + 1, N):
        gj = grams[j]
        inter = len(gi & gj)
        if not inter:
            continue
        ov = inter / len(gi | gj)
        if ov > worst[0]:
            worst = (ov, ids[i], ids[j])
        if ov > 0.8:
            fail(f"near-duplicate {ids[i]} / {ids[j]}: bigram overlap {ov:.2f}")

by = collections.Counter((o["label"], o["form"]) for o in items)
print(f"items {N}; misconduct {mis} ({share:.1%}); shortcoming {N - mis}; hard {hard} ({hard / N:.1%})")
for lab in sorted(LABELS):
    print(f"  {lab}: " + ", ".join(f"{f} {by[(lab, f)]}" for f in sorted(FORMS)))
print(f"  max bigram overlap {worst[0]:.2f} ({worst[1]} / {worst[2]})")
print("OK")
