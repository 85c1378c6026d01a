#!/usr/bin/env python3
"""Check corpus/published4: declared encodings decode, every problem_text occurs
exactly once in its decoded document and in document order, texts are 6-20
characters, counts match, kinds are known (non-feedback kinds have no problems),
and documents are 400-2500 characters. Last line is OK when nothing fails."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))

# Declared encodings (see README): everything else is UTF-8 without BOM.
DECLARED = {"x06.txt": "gb18030", "x10.txt": "utf-16-le-bom"}
FEEDBACK_KINDS = ("feedback-opinion", "feedback-speech")
OTHER_KINDS = ("rectification-report", "other")

def decode(name, raw):
    enc = DECLARED.get(name, "utf-8")
    if enc == "utf-16-le-bom":
        if not raw.startswith(b"\xff\xfe"):
            raise ValueError("missing UTF-16 LE BOM")
        return raw[2:].decode("utf-16-le")
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
            raise ValueError("declared GB18030 but decodes as UTF-8")
        except UnicodeDecodeError:
            pass
        return raw.decode("gb18030")
    if raw.startswith(b"\xef\xbb\xbf") or raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        raise ValueError("unexpected BOM in a UTF-8 file")
    return raw.decode("utf-8")

def main():
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    errors = 0
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    if files != sorted(gold):
        print("file set differs from gold keys:", files, sorted(gold)); errors += 1
    manifest = os.path.join(HERE, "MANIFEST")
    if os.path.exists(manifest):
        listed = sorted(l.strip() for l in open(manifest, encoding="utf-8") if l.strip())
        if listed != files:
            print("MANIFEST differs from files"); errors += 1
    total = 0
    for name in sorted(gold):
        g = gold[name]
        if sorted(g) != ["forms", "kind", "problem_texts", "problems"]:
            print(name, "bad keys", sorted(g)); errors += 1
        try:
            text = decode(name, open(os.path.join(HERE, name), "rb").read())
        except (ValueError, UnicodeDecodeError) as e:
            print(name, "decode error:", e); errors += 1
            continue
        texts = g["problem_texts"]
        if g["kind"] not in FEEDBACK_KINDS + OTHER_KINDS:
            print(name, "bad kind", g["kind"]); errors += 1
        if g["kind"] in OTHER_KINDS and g["problems"] != 0:
            print(name, "non-feedback kind with problems"); errors += 1
        if g["problems"] != len(texts):
            print(name, "count mismatch", g["problems"], len(texts)); errors += 1
        if not (400 <= len(text) <= 2500):
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
        total += g["problems"]
        print("%s %-20s %-14s problems=%2d chars=%d" % (
            name, g["kind"], DECLARED.get(name, "utf-8"), g["problems"], len(text)))
    print("documents=%d problems=%d" % (len(gold), total))
    print("OK" if not errors else "%d error(s)" % errors)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
