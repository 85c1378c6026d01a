#!/usr/bin/env python3
"""Check corpus/published5: every document decodes in its declared encoding,
the file set equals MANIFEST and the gold keys, each gold entry has exactly the
keys kind/problems/problem_texts/forms, every problem_text occurs exactly once
in its decoded document, in document order, 6-20 characters long, counts match,
and documents are 500-2500 characters."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Declared encodings (see README.md). Everything else is UTF-8 without BOM.
DECLARED = {"y06.txt": "gb18030", "y08.txt": "utf-16-le-bom"}
KEYS = {"kind", "problems", "problem_texts", "forms"}
KINDS = ("feedback-opinion", "feedback-speech")

def decode(name, raw):
    enc = DECLARED.get(name, "utf-8")
    if enc == "utf-16-le-bom":
        if not raw.startswith(b"\xff\xfe"):
            raise ValueError("declared UTF-16 LE with BOM, but no FF FE BOM")
        return raw[2:].decode("utf-16-le")
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            return raw.decode("gb18030")
        raise ValueError("declared GB18030, but the bytes are valid UTF-8")
    if raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe"):
        raise ValueError("declared UTF-8 without BOM, but a BOM is present")
    return raw.decode("utf-8")

def main():
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    manifest = [l.strip() for l in open(os.path.join(HERE, "MANIFEST"), encoding="utf-8") if l.strip()]
    errors = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    if files != sorted(gold):
        print("file set differs from gold keys:", files, sorted(gold)); errors += 1
    if sorted(manifest) != files:
        print("MANIFEST differs from file set:", manifest, files); errors += 1
    total = 0
    for name in sorted(gold):
        g = gold[name]
        if set(g) != KEYS:
            print(name, "bad keys", sorted(g)); errors += 1
            continue
        try:
            text = decode(name, open(os.path.join(HERE, name), "rb").read())
        except (ValueError, UnicodeDecodeError) as e:
            print(name, "decode error:", e); errors += 1
            continue
        texts = g["problem_texts"]
        if g["kind"] not in KINDS:
            print(name, "bad kind", g["kind"]); errors += 1
        if g["problems"] != len(texts):
            print(name, "count mismatch", g["problems"], len(texts)); errors += 1
        if not (500 <= len(text) <= 2500):
            print(name, "length out of range", len(text)); errors += 1
        if not g["forms"].strip():
            print(name, "empty forms"); errors += 1
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
        total += g["problems"]
        print("%s %-16s %-14s problems=%d chars=%d" % (
            name, g["kind"], DECLARED.get(name, "utf-8"), g["problems"], len(text)))
    print("documents=%d problems=%d" % (len(gold), total))
    print("OK" if not errors else "%d error(s)" % errors)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
