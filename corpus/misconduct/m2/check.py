#!/usr/bin/env python3
"""Validate items.jsonl of the m2 misconduct/shortcoming set. Prints problems, then OK if none."""
import json, os, re, sys
from collections import Counter
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
PATH = os.path.join(HERE, 'items.jsonl')
FORMS = {'opinion', 'news', 'speech', 'report-heading', 'ledger', 'digest'}
LABELS = {'misconduct', 'shortcoming'}
KEYS = {'id', 'text', 'label', 'form', 'hard'}
errors = []
rows = []

with open(PATH, encoding='utf-8') as f:
    for n, line in enumerate(f, 1):
        if not line.strip():
            errors.append(f'line {n}: blank line')
            continue
        try:
            r = json.loads(line)
        except Exception as e:
            errors.append(f'line {n}: bad JSON ({e})')
            continue
        if set(r) != KEYS:
            errors.append(f'line {n}: keys {sorted(r)} != {sorted(KEYS)}')
            continue
        if not re.fullmatch(r'm2-\d{4}', str(r['id'])):
            errors.append(f'line {n}: bad id {r["id"]!r}')
        if r['label'] not in LABELS:
            errors.append(f'line {n}: bad label {r["label"]!r}')
        if r['form'] not in FORMS:
            errors.append(f'line {n}: bad form {r["form"]!r}')
        if not isinstance(r['hard'], bool):
            errors.append(f'line {n}: hard is not a boolean')
        t = r['text']
        if not isinstance(t, str):
            errors.append(f'line {n}: text is not a string')
            continue
        if not 15 <= len(t) <= 160:
            errors.append(f'line {n}: text length {len(t)} outside 15-160')
        if t != t.strip() or '\n' in t or '\t' in t:
            errors.append(f'line {n}: text has surrounding space or control characters')
        if not re.search(r'[\u4e00-\u9fff]', t):
            errors.append(f'line {n}: text has no Chinese characters')
        rows.append(r)

N = len(rows)
ids = [r['id'] for r in rows]
dup_ids = [i for i, c in Counter(ids).items() if c > 1]
if dup_ids:
    errors.append(f'duplicate ids: {dup_ids[:10]}')
if ids != [f'm2-{i:04d}' for i in range(1, N + 1)]:
    errors.append('ids are not m2-0001.. in order')
if not 380 <= N <= 460:
    errors.append(f'{N} lines, expected about 420')

if N:
    lab = Counter(r['label'] for r in rows)
    share = lab['misconduct'] / N
    if not 0.40 <= share <= 0.50:
        errors.append(f'misconduct share {share:.3f} outside 0.40-0.50')
    hard = sum(r['hard'] for r in rows)
    if hard * 3 < N:
        errors.append(f'hard items {hard} < a third of {N}')
    forms = Counter(r['form'] for r in rows)
    for fm in FORMS:
        s = forms[fm] / N
        if not 0.12 <= s <= 0.22:
            errors.append(f'form {fm} share {s:.3f} outside 0.12-0.22 (not an even mix)')
        for lb in LABELS:
            if not any(r['form'] == fm and r['label'] == lb for r in rows):
                errors.append(f'form {fm} has no {lb} item')
    for lb in LABELS:
        if not any(r['label'] == lb and r['hard'] for r in rows):
            errors.append(f'no hard {lb} item')

# exact and near duplicates: character-bigram Jaccard overlap
texts = [r['text'] for r in rows]
for t, c in Counter(texts).items():
    if c > 1:
        errors.append(f'duplicate text x{c}: {t}')

def bigrams(s):
    s = re.sub(r'[\s\d０-９.．、，。；：“”‘’（）()《》\-—·▲●◆【】〔〕｜]', '', s)
    return {s[i:i + 2] for i in range(len(s) - 1)}

bg = [bigrams(t) for t in texts]
worst = (0.0, None, None)
for i, j in combinations(range(N), 2):
    a, b = bg[i], bg[j]
    if not a or not b:
        continue
    jac = len(a & b) / len(a | b)
    if jac > worst[0]:
        worst = (jac, i, j)
    if jac > 0.8:
        errors.append(f'near-duplicate ({jac:.2f}): {ids[i]} / {ids[j]}')

if not os.path.exists(os.path.join(HERE, 'HELDOUT')):
    errors.append('HELDOUT marker missing')

for e in errors:
    print(e)
if errors:
    print(f'FAILED: {len(errors)} problem(s)')
    sys.exit(1)
lab = Counter(r['label'] for r in rows)
print(f'{N} lines; misconduct {lab["misconduct"]} ({lab["misconduct"]/N:.1%}), shortcoming {lab["shortcoming"]}; '
      f'hard {sum(r["hard"] for r in rows)}; max bigram overlap {worst[0]:.2f}')
print('OK')
