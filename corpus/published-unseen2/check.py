#!/usr/bin/env python3
"""Check corpus/published-unseen2: every problem_text occurs exactly once in its
decoded document, texts are in document order, 6-20 characters long, counts match,
and documents are 500-2000 characters."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

def decode(raw):
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")

def main():
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    errors = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    if files != sorted(gold):
        print("file set differs from gold keys:", files, sorted(gold)); errors += 1
    for name in sorted(gold):
        g = gold[name]
        text = decode(open(os.path.join(HERE, name), "rb").read())
        texts = g["problem_texts"]
        if g["kind"] not in ("feedback-opinion", "feedback-speech"):
            print(name, "bad kind", g["kind"]); errors += 1
        if g["problems"] != len(texts):
            print(name, "count mismatch", g["problems"], len(texts)); errors += 1
        if not (500 <= len(text) <= 2000):
            print(name, "length out of range", len(text)); errors += 1
        last = -1
        for t in texts:
            n = text.count(t)
            if n != 1:
                print(name, "occurs %d times:" % n, t); errors += 1
            if not (6 <= len(t) <= 20):
                print(name, "length %d:" % len(t), t); errors += 1
            pos = text.find(t)
            if pos <= last:
                print(name, "out of order:", t); errors += 1
            last = pos
        print("%s %-16s problems=%d chars=%d" % (name, g["kind"], g["problems"], len(text)))
    print("OK" if not errors else "%d error(s)" % errors)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
