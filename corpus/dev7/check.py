#!/usr/bin/env python3
"""Check corpus/dev7: encodings decode, gold files are consistent with the dev-pairs README,
and every `links` substring occurs exactly once in the decoded report.txt."""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner",
         "no-deadline", "no-accountability", "no-mechanism", "inconsistent-claim", "late-report",
         "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
EXPECT_ENC = {("g06", "report.txt"): "gb18030", ("g09", "feedback.txt"): "gb18030"}
EXPECT_CRLF = {("g01", "report.txt"), ("g10", "feedback.txt")}

errors, planted = [], set()
tot = {"must_flag": 0, "must_not_flag": 0, "links": 0}

def err(msg):
    errors.append(msg)

def decode(pair, name):
    raw = open(os.path.join(HERE, pair, name), "rb").read()
    enc = EXPECT_ENC.get((pair, name), "utf-8")
    try:
        text = raw.decode(enc)
    except UnicodeDecodeError as e:
        err(f"{pair}/{name}: does not decode as {enc}: {e}")
        return ""
    if enc != "utf-8":
        try:
            raw.decode("utf-8")
            err(f"{pair}/{name}: expected {enc} but it is valid UTF-8")
        except UnicodeDecodeError:
            pass
    crlf = b"\r\n" in raw
    if crlf != ((pair, name) in EXPECT_CRLF):
        err(f"{pair}/{name}: CRLF={crlf}, expected {(pair, name) in EXPECT_CRLF}")
    return text

pairs = sorted(d for d in os.listdir(HERE) if d.startswith("g") and os.path.isdir(os.path.join(HERE, d)))
for pair in pairs:
    gold = json.load(open(os.path.join(HERE, pair, "gold.json"), encoding="utf-8"))
    for key in ("mode", "issues", "answered", "must_flag", "must_not_flag", "links"):
        if key not in gold:
            err(f"{pair}: gold lacks {key}")
    has_fb = os.path.exists(os.path.join(HERE, pair, "feedback.txt"))
    if gold["mode"] == "pair" and not has_fb:
        err(f"{pair}: mode pair without feedback.txt")
    if gold["mode"] == "report-only" and has_fb:
        err(f"{pair}: report-only with feedback.txt")
    if gold["mode"] not in ("pair", "report-only"):
        err(f"{pair}: bad mode {gold['mode']}")
    if not os.path.exists(os.path.join(HERE, pair, "notes.md")):
        err(f"{pair}: notes.md missing")
    if has_fb:
        decode(pair, "feedback.txt")
    report = decode(pair, "report.txt")
    n = gold["issues"]
    if sorted(int(k) for k in gold["answered"]) != list(range(1, n + 1)):
        err(f"{pair}: answered keys are not 1..{n}")
    seen = {}
    for lst in ("must_flag", "must_not_flag"):
        for f in gold[lst]:
            tot[lst] += 1
            k, i = f.get("kind"), f.get("issue")
            if k not in KINDS:
                err(f"{pair}: {lst} unknown kind {k}")
            if not f.get("why"):
                err(f"{pair}: {lst} {k} {i} has no why")
            if k in DOC_LEVEL and i is not None:
                err(f"{pair}: {lst} {k} must have issue null")
            if k not in DOC_LEVEL and not (isinstance(i, int) and 1 <= i <= n):
                err(f"{pair}: {lst} {k} has bad issue {i}")
            if (k, i) in seen:
                err(f"{pair}: ({k}, {i}) in {seen[(k, i)]} and {lst}")
            seen[(k, i)] = lst
            if lst == "must_flag":
                planted.add(k)
    unanswered = {f["issue"] for f in gold["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in gold["answered"].items():
        if (not v) != (int(k) in unanswered):
            err(f"{pair}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    for l in gold["links"]:
        tot["links"] += 1
        c = report.count(l["measure"])
        if c != 1:
            err(f"{pair}: link '{l['measure']}' occurs {c} times in report")
        if not (1 <= l["issue"] <= n):
            err(f"{pair}: link issue {l['issue']} out of range")
        if l["issue"] in unanswered:
            err(f"{pair}: link to unanswered issue {l['issue']}")

missing = KINDS - planted
if missing:
    err(f"kinds never planted: {sorted(missing)}")
for e in errors:
    print("ERROR", e)
print(f"{len(pairs)} pairs; must_flag {tot['must_flag']}, must_not_flag {tot['must_not_flag']}, links {tot['links']}; "
      f"{'OK' if not errors else str(len(errors)) + ' errors'}")
sys.exit(1 if errors else 0)
