#!/usr/bin/env python3
"""Write ../items.jsonl from the hand-written lists in items_a.py and items_b.py.
The order is shuffled with a fixed seed so that forms and labels are interleaved."""
import json, os, random, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from items_a import OPINION, NEWS, SPEECH
from items_b import REPORT, LEDGER, DIGEST

rows = []
for form, lst in [('opinion', OPINION), ('news', NEWS), ('speech', SPEECH),
                  ('report-heading', REPORT), ('ledger', LEDGER), ('digest', DIGEST)]:
    for lab, hard, text in lst:
        rows.append({'text': text, 'label': {'M': 'misconduct', 'S': 'shortcoming'}[lab],
                     'form': form, 'hard': bool(hard)})
random.Random(20240611).shuffle(rows)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'items.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({'id': f'm2-{i:04d}', **r}, ensure_ascii=False) + '\n')
print(len(rows), 'lines written')
