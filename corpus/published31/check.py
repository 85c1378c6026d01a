#!/usr/bin/env python3
"""Check corpus/published31 (adapted from published13's check.py).

Declared encodings are real: x03 GB18030 and not valid UTF-8; x06 and x12 UTF-8
without BOM with CRLF line endings only; x07 UTF-8 with one BOM (EF BB BF) and LF;
x08 UTF-16 LE with BOM FF FE and CRLF line endings only; x05 UTF-8 without BOM, LF,
holding form feeds (a PDF copy); every other file UTF-8 without BOM with LF only and no
form feed. The .txt files and gold keys agree; each gold entry has exactly the keys
kind/problems/problem_texts/forms and a valid kind; forms is a non-empty list of
non-empty strings; non-feedback kinds have 0 problems and [] texts, feedback kinds more
than 0; problems == len(problem_texts); every problem_text is 6-20 characters, occurs
exactly once in its decoded document, in document order and without a line break or
form feed; documents are 600-3500 characters (decoded, BOM excluded). Last line: OK."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
DECLARED = {
    "x03.txt": "gb18030",
    "x05.txt": "utf-8-ff",
    "x06.txt": "utf-8-crlf",
    "x07.txt": "utf-8-bom",
    "x08.txt": "utf-16-le-bom-crlf",
    "x12.txt": "utf-8-crlf",
}  # all others: utf-8, no BOM, LF line endings
CRLF = ("utf-8-crlf", "utf-16-le-bom-crlf")
FEEDBACK_KINDS = ("feedback-opinion", "feedback-speech")
OTHER_KINDS = ("rectification-report", "other")
KEYS = {"kind", "problems", "problem_texts", "forms"}
MIN_LEN, MAX_LEN = 600, 3500

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
    if enc in CRLF:
        if "\r\n" not in text:
            errs.append("declared CRLF but has no CRLF")
        rest = text.replace("\r\n", "")
        if rest.count("\n") or rest.count("\r"):
            errs.append("declared CRLF but has a bare LF or CR")
    elif "\r" in text:
        errs.append("has CR characters but CRLF is not declared")
    if enc == "utf-8-ff":
        if "\f" not in text:
            errs.append("declared PDF copy with form feeds but has none")
    elif "\f" in text:
        errs.append("has a form feed but none is declared")
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
    elif enc.startswith("utf-16-le-bom"):
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
    else:  # utf-8, utf-8-crlf, utf-8-ff
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
    if files != sorted(gold):
        print("file set and gold keys differ:", files, sorted(gold)); errors += 1
    for name in DECLARED:
        if name not in gold:
            print("declared encoding for a file not in gold:", name); errors += 1
    total = 0
    kinds = {}
    for name in sorted(gold):
        g = gold[name]
        if not isinstance(g, dict) or set(g) != KEYS:
            print(name, "bad keys", sorted(g) if isinstance(g, dict) else g); errors += 1; continue
        path = os.path.join(HERE, name)
        if not os.path.exists(path):
            print(name, "missing file"); errors += 1; continue
        raw = open(path, "rb").read()
        for e in check_encoding(name, raw):
            print(name, e); errors += 1
        try:
            text = decode(raw)
        except UnicodeDecodeError as ex:
            print(name, "cannot decode:", ex); errors += 1; continue
        for e in check_line_endings(DECLARED.get(name, "utf-8"), text):
            print(name, e); errors += 1
        texts = g["problem_texts"]
        if not isinstance(texts, list) or not all(isinstance(t, str) for t in texts):
            print(name, "problem_texts must be a list of strings"); errors += 1; continue
        kind = g["kind"]
        kinds[kind] = kinds.get(kind, 0) + 1
        if kind not in FEEDBACK_KINDS + OTHER_KINDS:
            print(name, "bad kind", kind); errors += 1
        if kind in OTHER_KINDS and (g["problems"] != 0 or texts):
            print(name, "non-feedback kind with problems"); errors += 1
        if kind in FEEDBACK_KINDS and g["problems"] == 0:
            print(name, "feedback kind with no problems"); errors += 1
        if not isinstance(g["problems"], int) or isinstance(g["problems"], bool) or g["problems"] != len(texts):
            print(name, "count mismatch", g["problems"], len(texts)); errors += 1
        if not (MIN_LEN <= len(text) <= MAX_LEN):
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
            if any(c in t for c in "\n\r\f"):
                print(name, "problem_text spans a line break:", t); errors += 1
            pos = text.find(t)
            if pos <= last:
                print(name, "out of order:", t); errors += 1
            last = pos
        total += g["problems"]
        print("%s %-20s %-20s problems=%d chars=%d" % (name, kind, DECLARED.get(name, "utf-8"), g["problems"], len(text)))
    print("kinds", dict(sorted(kinds.items())))
    print("total problems", total)
    print("OK" if not errors else "%d error(s)" % errors)
    return 1 if errors else 0

if __name__ == "__main__":
    sys.exit(main())
