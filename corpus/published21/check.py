#!/usr/bin/env python3
"""Check corpus/published21 (adapted from published13's check.py).

Verifies: declared encodings and line endings are real (x02 GB18030 + LF; x03 UTF-16 LE
with BOM FF FE + CRLF; x04 UTF-8 without BOM + CRLF; x05 GB18030 + CRLF; x07 UTF-8 with
BOM EF BB BF + LF; x12 GB18030 + LF; every other file UTF-8 without BOM + LF; GB18030
files must not be valid UTF-8); the .txt files are exactly x01..x12 and agree with the
gold keys; each gold entry has exactly the keys kind/problems/problem_texts/forms and a
valid kind; nine feedback and three non-feedback texts; forms is a non-empty list of
non-empty strings; non-feedback kinds have 0 problems and [] problem_texts, feedback
kinds more than 0; problems == len(problem_texts); every problem_text is 6-20 characters,
occurs exactly once in its decoded document, in document order, without a line break;
documents are 600-2500 characters (decoded, BOM excluded, line-ending characters
included). Last line printed: OK (or the number of errors)."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
# name -> (encoding, line ending)
DECLARED = {
    "x02.txt": ("gb18030", "LF"),
    "x03.txt": ("utf-16-le-bom", "CRLF"),
    "x04.txt": ("utf-8", "CRLF"),
    "x05.txt": ("gb18030", "CRLF"),
    "x07.txt": ("utf-8-bom", "LF"),
    "x12.txt": ("gb18030", "LF"),
}
DEFAULT = ("utf-8", "LF")
EXPECTED_FILES = ["x%02d.txt" % i for i in range(1, 13)]
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

def check_line_endings(nl, text):
    errs = []
    bare = text.replace("\r\n", "")
    if nl == "CRLF":
        if "\r\n" not in text:
            errs.append("declared CRLF but has no CRLF")
        if "\n" in bare or "\r" in bare:
            errs.append("declared CRLF but has a bare LF or CR")
    else:
        if "\r" in text:
            errs.append("has CR characters but CRLF is not declared")
        if "\n" not in text:
            errs.append("declared LF but has no line break")
    return errs

def check_encoding(enc, raw):
    errs = []
    if enc == "gb18030":
        if raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
            errs.append("declared GB18030 but has a BOM")
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
        elif len(raw) % 2:
            errs.append("odd byte length for UTF-16")
        else:
            try:
                raw[2:].decode("utf-16-le")
            except UnicodeDecodeError:
                errs.append("not valid UTF-16 LE")
            if raw[2:].decode("utf-16-le", "replace").startswith("\ufeff"):
                errs.append("double BOM")
    elif enc == "utf-8-bom":
        if not raw.startswith(b"\xef\xbb\xbf"):
            errs.append("declared UTF-8 with BOM but has no EF BB BF")
        elif raw[3:].startswith(b"\xef\xbb\xbf"):
            errs.append("double BOM")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            errs.append("not valid UTF-8")
    else:  # utf-8 without BOM
        if raw.startswith(b"\xef\xbb\xbf"):
            errs.append("UTF-8 file has a BOM")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            errs.append("not valid UTF-8")
    return errs

def main():
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    errors = 0
    if files != EXPECTED_FILES:
        print("unexpected .txt files:", files); errors += 1
    if sorted(gold) != EXPECTED_FILES:
        print("gold keys differ from x01..x12:", sorted(gold)); errors += 1
    for name in DECLARED:
        if name not in gold:
            print("declared encoding for a file not in gold:", name); errors += 1
    total = 0
    nfeed = nother = 0
    for name in sorted(gold):
        g = gold[name]
        if set(g) != KEYS:
            print(name, "bad keys", sorted(g)); errors += 1; continue
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            print(name, "missing file"); errors += 1; continue
        raw = open(path, "rb").read()
        enc, nl = DECLARED.get(name, DEFAULT)
        for e in check_encoding(enc, raw):
            print(name, e); errors += 1
        text = decode(raw)
        for e in check_line_endings(nl, text):
            print(name, e); errors += 1
        texts = g["problem_texts"]
        kind = g["kind"]
        if kind in FEEDBACK_KINDS:
            nfeed += 1
        elif kind in OTHER_KINDS:
            nother += 1
        else:
            print(name, "bad kind", kind); errors += 1
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            print(name, "problem_texts must be a list of strings"); errors += 1; continue
        if not isinstance(g["problems"], int) or isinstance(g["problems"], bool) or g["problems"] != len(texts):
            print(name, "count mismatch", g["problems"], len(texts)); errors += 1
        if kind in OTHER_KINDS and (g["problems"] != 0 or texts):
            print(name, "non-feedback kind with problems"); errors += 1
        if kind in FEEDBACK_KINDS and not texts:
            print(name, "feedback kind with no problems"); errors += 1
        if not (600 <= len(text) <= 2500):
            print(name, "length out of range", len(text)); errors += 1
        forms = g["forms"]
        if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f for f in forms):
            print(name, "forms must be a non-empty list of strings"); errors += 1
        last = -1
        for t in texts:
            n = text.count(t)
            if n != 1:
                print(name, "occurs %d times:" % n, t); errors += 1
            if not (6 <= len(t) <= 20):
                print(name, "length %d:" % len(t), t); errors += 1
            if "\n" in t or "\r" in t:
                print(name, "problem_text spans a line break:", t); errors += 1
            pos = text.find(t)
            if pos <= last:
                print(name, "out of order:", t); errors += 1
            last = pos
        total += len(texts)
        print("%s %-20s %-14s %-4s problems=%d chars=%d" % (name, kind, enc, nl, len(texts), len(text)))
    if (nfeed, nother) != (9, 3):
        print("expected 9 feedback and 3 other texts, got", nfeed, nother); errors += 1
    print("total problems", total)
    print("OK" if not errors else "%d error(s)" % errors)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
