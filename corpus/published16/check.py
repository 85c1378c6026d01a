#!/usr/bin/env python3
"""Check corpus/published16.

- HELDOUT is present (and, where /work/notes/published16.HELDOUT exists, byte-identical to it).
- Declared encodings are real: w02 UTF-8 without BOM with CRLF line endings only; w04
  GB18030 and not valid UTF-8; w09 UTF-8 with one BOM (EF BB BF) and LF; w11 UTF-16 LE with
  BOM (FF FE); every other file UTF-8 without BOM and with LF line endings only.
- The .txt files and gold keys agree; each gold entry has exactly the keys
  kind/problems/problem_texts/forms and a valid kind; forms is a non-empty list of non-empty
  strings; non-feedback kinds have 0 problems, feedback kinds more than 0.
- Every problem_text is 6-20 characters, has no line break, occurs exactly once in its
  decoded document and in document order; counts match.
- Documents are 400-2500 characters (decoded, BOM excluded, line-ending characters included).
- Pairs: w0k and w(k+6) (k = 1..6) share a form type and a kind; where they are feedback,
  their problem counts differ.
Details (kind, count, length) are printed for the development texts w01-w06 only; the frozen
texts w07-w12 (see HELDOUT) are checked but only reported as checked. Last line: OK."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
NOTES_HELDOUT = "/work/notes/published16.HELDOUT"
DECLARED = {
    "w02.txt": "utf-8-crlf",
    "w04.txt": "gb18030",
    "w09.txt": "utf-8-bom",
    "w11.txt": "utf-16-le-bom",
}  # all others: utf-8, no BOM, LF line endings
FROZEN = {"w%02d.txt" % i for i in range(7, 13)}
PAIRS = [("w%02d.txt" % k, "w%02d.txt" % (k + 6)) for k in range(1, 7)]
FEEDBACK_KINDS = ("feedback-opinion", "feedback-speech")
OTHER_KINDS = ("rectification-report", "other")
KEYS = {"kind", "problems", "problem_texts", "forms"}

def decode(raw):
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        return raw.decode("utf-16")
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("gb18030")

def check_line_endings(enc, text):
    errs = []
    if enc == "utf-8-crlf":
        if "\r\n" not in text:
            errs.append("declared CRLF but has no CRLF")
        if text.replace("\r\n", "").count("\n") or text.replace("\r\n", "").count("\r"):
            errs.append("declared CRLF but has a bare LF or CR")
    elif "\r" in text:
        errs.append("has CR characters but CRLF is not declared")
    return errs

def check_encoding(name, raw):
    errs = []
    enc = DECLARED.get(name, "utf-8")
    if enc == "gb18030":
        try:
            raw.decode("utf-8")
            errs.append("declared GB18030 but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        try:
            raw.decode("gb18030")
        except UnicodeDecodeError:
            errs.append("not valid GB18030")
    elif enc == "utf-16-le-bom":
        if not raw.startswith(b"\xff\xfe"):
            errs.append("declared UTF-16 LE but has no FF FE BOM")
        else:
            try:
                body = raw[2:].decode("utf-16-le")
                if body.startswith("\ufeff"):
                    errs.append("double BOM")
            except UnicodeDecodeError:
                errs.append("not valid UTF-16 LE")
    elif enc == "utf-8-bom":
        if not raw.startswith(b"\xef\xbb\xbf"):
            errs.append("declared UTF-8 with BOM but has no EF BB BF")
        elif raw[3:].startswith(b"\xef\xbb\xbf"):
            errs.append("double BOM")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            errs.append("not valid UTF-8")
    else:  # utf-8 and utf-8-crlf
        if raw.startswith(b"\xef\xbb\xbf"):
            errs.append("UTF-8 file has a BOM")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            errs.append("not valid UTF-8")
    return errs

def main():
    errors = 0
    held = os.path.join(HERE, "HELDOUT")
    if not os.path.isfile(held):
        print("HELDOUT missing"); errors += 1
    elif os.path.isfile(NOTES_HELDOUT) and open(held, "rb").read() != open(NOTES_HELDOUT, "rb").read():
        print("HELDOUT differs from", NOTES_HELDOUT); errors += 1
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    expected = sorted("w%02d.txt" % i for i in range(1, 13))
    if files != expected:
        print("expected w01.txt ... w12.txt, found:", files); errors += 1
    if files != sorted(gold):
        print("file set and gold keys differ:", files, sorted(gold)); errors += 1
    for name in DECLARED:
        if name not in gold:
            print("declared encoding for a file not in gold:", name); errors += 1
    dev_total = 0
    for name in sorted(gold):
        g = gold[name]
        if set(g) != KEYS:
            print(name, "bad keys", sorted(g)); errors += 1; continue
        path = os.path.join(HERE, name)
        if not os.path.isfile(path):
            print(name, "missing"); errors += 1; continue
        raw = open(path, "rb").read()
        for e in check_encoding(name, raw):
            print(name, e); errors += 1
        text = decode(raw)
        for e in check_line_endings(DECLARED.get(name, "utf-8"), text):
            print(name, e); errors += 1
        texts = g["problem_texts"]
        if g["kind"] not in FEEDBACK_KINDS + OTHER_KINDS:
            print(name, "bad kind", g["kind"]); errors += 1
        if g["kind"] in OTHER_KINDS and g["problems"] != 0:
            print(name, "non-feedback kind with problems"); errors += 1
        if g["kind"] in FEEDBACK_KINDS and g["problems"] == 0:
            print(name, "feedback kind with no problems"); errors += 1
        if not isinstance(texts, list) or not isinstance(g["problems"], int) or g["problems"] != len(texts):
            print(name, "count mismatch"); errors += 1
        if not (400 <= len(text) <= 2500):
            print(name, "length out of range", len(text)); errors += 1
        forms = g["forms"]
        if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f for f in forms):
            print(name, "forms must be a non-empty list of strings"); errors += 1
        last = -1
        for i, t in enumerate(texts, 1):
            label = t if name not in FROZEN else "problem_text #%d" % i
            if not isinstance(t, str):
                print(name, "problem_text is not a string:", label); errors += 1; continue
            n = text.count(t)
            if n != 1:
                print(name, "occurs %d times:" % n, label); errors += 1
            if not (6 <= len(t) <= 20):
                print(name, "length %d:" % len(t), label); errors += 1
            if "\n" in t or "\r" in t:
                print(name, "problem_text spans a line break:", label); errors += 1
            pos = text.find(t)
            if pos <= last:
                print(name, "out of order:", label); errors += 1
            last = pos
        if name in FROZEN:
            print("%s (frozen) checked" % name)
        else:
            dev_total += g["problems"]
            print("%s %-20s %-14s problems=%d chars=%d" % (name, g["kind"], DECLARED.get(name, "utf-8"), g["problems"], len(text)))
    for a, b in PAIRS:
        if a in gold and b in gold:
            ga, gb = gold[a], gold[b]
            if ga.get("kind") != gb.get("kind"):
                print("pair %s/%s: kinds differ" % (a, b)); errors += 1
            elif ga.get("kind") in FEEDBACK_KINDS and ga.get("problems") == gb.get("problems"):
                print("pair %s/%s: feedback pair with the same problem count" % (a, b)); errors += 1
    print("development total problems (w01-w06)", dev_total)
    print("OK" if not errors else "%d error(s)" % errors)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
