#!/usr/bin/env python3
"""Check corpus/published32 (adapted from published13's check.py).

Verifies: each file has its declared encoding and line endings (see DECLARED:
utf-8 without BOM; utf-8-bom with exactly one EF BB BF; gb18030 that is not
valid UTF-8; utf-16-le-bom starting FF FE; lf = no CR at all; crlf = every line
break is CRLF, no bare LF or CR); the .txt files and gold keys agree; each gold
entry has exactly the keys kind/problems/problem_texts/forms and a valid kind;
forms is a non-empty list of non-empty strings; non-feedback kinds have 0
problems and feedback kinds more than 0; the set holds nine feedback and three
other texts; every problem_text is 6-28 characters, occurs exactly once in its
decoded document, in document order and without a line break; problems equals
len(problem_texts); documents are 600-3000 characters (decoded, BOM excluded,
line-ending characters included). Prints OK at the end when all pass."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DECLARED = {
    "x01.txt": ("utf-8", "lf"),
    "x02.txt": ("gb18030", "lf"),
    "x03.txt": ("utf-8", "lf"),        # holds form feeds (\f) at page breaks
    "x04.txt": ("utf-8", "crlf"),
    "x05.txt": ("utf-16-le-bom", "crlf"),
    "x06.txt": ("utf-8-bom", "lf"),
    "x07.txt": ("utf-8", "lf"),
    "x08.txt": ("gb18030", "crlf"),
    "x09.txt": ("utf-8", "lf"),
    "x10.txt": ("utf-8", "lf"),
    "x11.txt": ("utf-8", "crlf"),
    "x12.txt": ("gb18030", "lf"),
}
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

def check_encoding(enc, raw):
    errs = []
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
                raw[2:].decode("utf-16-le")
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
    elif enc == "utf-8":
        if raw.startswith(b"\xef\xbb\xbf"):
            errs.append("UTF-8 file has a BOM")
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            errs.append("not valid UTF-8")
    else:
        errs.append("unknown declared encoding " + enc)
    return errs

def check_line_endings(eol, text):
    errs = []
    if eol == "crlf":
        if "\r\n" not in text:
            errs.append("declared CRLF but has no CRLF")
        rest = text.replace("\r\n", "")
        if "\n" in rest or "\r" in rest:
            errs.append("declared CRLF but has a bare LF or CR")
    elif eol == "lf":
        if "\r" in text:
            errs.append("declared LF but has CR characters")
        if "\n" not in text:
            errs.append("declared LF but has no line break")
    else:
        errs.append("unknown declared line ending " + eol)
    return errs

def main():
    gold = json.load(open(os.path.join(HERE, "gold.json"), encoding="utf-8"))
    files = sorted(f for f in os.listdir(HERE) if f.endswith(".txt"))
    errors = 0
    if files != sorted(gold):
        print("file set and gold keys differ:", files, sorted(gold)); errors += 1
    if sorted(DECLARED) != sorted(gold):
        print("DECLARED and gold keys differ"); errors += 1
    total = 0; nfb = 0; noth = 0
    for name in sorted(gold):
        g = gold[name]
        if set(g) != KEYS:
            print(name, "bad keys", sorted(g)); errors += 1; continue
        enc, eol = DECLARED.get(name, ("utf-8", "lf"))
        raw = open(os.path.join(HERE, name), "rb").read()
        for e in check_encoding(enc, raw):
            print(name, e); errors += 1
        text = decode(raw)
        for e in check_line_endings(eol, text):
            print(name, e); errors += 1
        texts = g["problem_texts"]
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            print(name, "problem_texts must be a list of strings"); errors += 1; continue
        if g["kind"] in FEEDBACK_KINDS:
            nfb += 1
        elif g["kind"] in OTHER_KINDS:
            noth += 1
        else:
            print(name, "bad kind", g["kind"]); errors += 1
        if g["kind"] in OTHER_KINDS and (g["problems"] != 0 or texts):
            print(name, "non-feedback kind with problems"); errors += 1
        if g["kind"] in FEEDBACK_KINDS and g["problems"] == 0:
            print(name, "feedback kind with no problems"); errors += 1
        if not isinstance(g["problems"], int) or isinstance(g["problems"], bool) or g["problems"] != len(texts):
            print(name, "count mismatch", g["problems"], len(texts)); errors += 1
        if not (600 <= len(text) <= 3000):
            print(name, "length out of range", len(text)); errors += 1
        forms = g["forms"]
        if not isinstance(forms, list) or not forms or not all(isinstance(f, str) and f for f in forms):
            print(name, "forms must be a non-empty list of strings"); errors += 1
        last = -1
        for t in texts:
            n = text.count(t)
            if n != 1:
                print(name, "occurs %d times:" % n, t); errors += 1
            if not (6 <= len(t) <= 28):
                print(name, "length %d:" % len(t), t); errors += 1
            if any(c in t for c in "\r\n\f"):
                print(name, "problem_text spans a line or page break:", t); errors += 1
            pos = text.find(t)
            if pos <= last:
                print(name, "out of order:", t); errors += 1
            last = pos
        total += g["problems"] if isinstance(g["problems"], int) else 0
        print("%s %-20s %-14s %-4s problems=%d chars=%d" % (name, g["kind"], enc, eol, g["problems"], len(text)))
    if (nfb, noth) != (9, 3):
        print("expected 9 feedback and 3 other texts, got", nfb, noth); errors += 1
    print("total problems", total)
    print("OK" if not errors else "%d error(s)" % errors)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
