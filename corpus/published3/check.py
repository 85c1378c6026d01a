#!/usr/bin/env python3
"""Self-check for corpus/published3.

For every document listed in gold.json: decode it (UTF-16 with BOM, UTF-8 with or
without BOM, else GB18030), then verify that
  - the file set equals the gold keys (and MANIFEST, if present);
  - `kind` is feedback-opinion or feedback-speech and `problems` == len(problem_texts);
  - each problem_text is 6-20 characters, occurs exactly once, and the texts are in
    document order;
  - the decoded document is 500-2000 characters long;
  - the declared encodings hold (w05, w10 GB18030; w08 UTF-16 LE with BOM; others UTF-8
    without BOM).
Prints one line per document and `OK` as the last line when nothing failed."""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EXPECTED_ENCODING = {"w05.txt": "gb18030", "w10.txt": "gb18030", "w08.txt": "utf-16le-bom"}


def sniff(raw):
    """Return (text, encoding name)."""
    if raw.startswith(b"\xff\xfe"):
        return raw[2:].decode("utf-16-le"), "utf-16le-bom"
    if raw.startswith(b"\xfe\xff"):
        return raw[2:].decode("utf-16-be"), "utf-16be-bom"
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-bom"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"


def main():
    with open(os.path.join(HERE, "gold.json"), encoding="utf-8") as f:
        gold = json.load(f)
    errors = []
    files = sorted(n for n in os.listdir(HERE) if n.endswith(".txt"))
    if files != sorted(gold):
        errors.append("file set %s differs from gold keys %s" % (files, sorted(gold)))
    manifest = os.path.join(HERE, "MANIFEST")
    if os.path.exists(manifest):
        listed = sorted(l.strip() for l in open(manifest, encoding="utf-8") if l.strip())
        if listed != sorted(gold):
            errors.append("MANIFEST differs from gold keys")
    total = 0
    for name in sorted(gold):
        g = gold[name]
        with open(os.path.join(HERE, name), "rb") as f:
            text, enc = sniff(f.read())
        want = EXPECTED_ENCODING.get(name, "utf-8")
        if enc != want:
            errors.append("%s: encoding %s, expected %s" % (name, enc, want))
        if g.get("kind") not in ("feedback-opinion", "feedback-speech"):
            errors.append("%s: bad kind %r" % (name, g.get("kind")))
        texts = g.get("problem_texts", [])
        if g.get("problems") != len(texts):
            errors.append("%s: problems=%s but %d texts" % (name, g.get("problems"), len(texts)))
        if not g.get("forms"):
            errors.append("%s: forms missing" % name)
        if not 500 <= len(text) <= 2000:
            errors.append("%s: length %d outside 500-2000" % (name, len(text)))
        prev = -1
        for t in texts:
            if not 6 <= len(t) <= 20:
                errors.append("%s: text length %d: %s" % (name, len(t), t))
            n = text.count(t)
            if n != 1:
                errors.append("%s: occurs %d times: %s" % (name, n, t))
            pos = text.find(t)
            if pos <= prev:
                errors.append("%s: out of order: %s" % (name, t))
            prev = max(prev, pos)
        total += len(texts)
        print("%s %-13s %-16s problems=%d chars=%d" % (name, enc, g.get("kind"), len(texts), len(text)))
    print("total problems: %d" % total)
    for e in errors:
        print("ERROR", e)
    print("OK" if not errors else "%d error(s)" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
