#!/usr/bin/env python3
"""Check the dev8 pairs: every file decodes (declared/actual encoding), every `links` substring occurs in the
report's visible text (HTML: inside one text node, tags and entities removed; DOCX: paragraph text), and every
gold.json is consistent. Usage: python3 check.py [dev8-dir]. Exit 1 on any failure."""
import glob, html, json, os, re, sys, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []

def decode_text(raw):
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8"), "utf-8-sig"
    try:
        return raw.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return raw.decode("gb18030"), "gb18030"

def html_nodes(raw, path):
    m = re.search(rb'charset\s*=\s*["\']?([A-Za-z0-9_-]+)', raw[:2048])
    if not m:
        fails.append(f"{path}: no declared charset")
        enc = "utf-8"
    else:
        enc = m.group(1).decode().lower()
    if enc in ("gb2312", "gbk"):
        enc = "gb18030"  # what browsers do with a gb2312 label
    text = raw.decode(enc)  # strict: fails if the file does not match its declaration
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "\n", text)
    text = re.sub(r"(?s)<!--.*?-->", "\n", text)
    nodes = [html.unescape(t).replace("\xa0", " ") for t in re.split(r"<[^>]*>", text)]
    return [n for n in nodes if n.strip()], enc

def docx_nodes(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = []
    for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml):
        paras.append(html.unescape("".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p))))
    return [p for p in paras if p.strip()], "docx"

def visible(path):
    raw = open(path, "rb").read()
    ext = path.rsplit(".", 1)[-1].lower()
    if ext in ("html", "htm"):
        return html_nodes(raw, path)
    if ext == "docx":
        return docx_nodes(path)
    t, enc = decode_text(raw)
    return [t], enc

total = {"must_flag": 0, "must_not_flag": 0, "links": 0}
for d in sorted(glob.glob(os.path.join(root, "k[0-9][0-9]"))):
    name = os.path.basename(d)
    fb = glob.glob(os.path.join(d, "feedback.*"))
    rp = glob.glob(os.path.join(d, "report.*"))
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if not os.path.exists(os.path.join(d, "notes.md")):
        fails.append(f"{name}: notes.md missing")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] == "pair" and len(fb) != 1:
        fails.append(f"{name}: pair mode needs exactly one feedback.*")
    if g["mode"] == "report-only" and fb:
        fails.append(f"{name}: report-only but has {fb}")
    encs = []
    for f in fb:
        try:
            encs.append("feedback=" + visible(f)[1])
        except Exception as e:
            fails.append(f"{name}: {f} does not decode: {e}")
    try:
        nodes, enc = visible(rp[0])
        encs.append("report=" + enc)
    except Exception as e:
        fails.append(f"{name}: report does not decode: {e}")
        continue
    n = g["issues"]
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            if k not in KINDS:
                fails.append(f"{name}: unknown kind {k}")
            if (k in DOC_LEVEL) != (i is None):
                fails.append(f"{name}: {k} issue {i}: document-level kinds need null, others a number")
            if i is not None and not 1 <= i <= n:
                fails.append(f"{name}: {k} issue {i} out of range")
            if not f.get("why"):
                fails.append(f"{name}: {lst} {k} {i} has no why")
            if (k, i) in seen:
                fails.append(f"{name}: ({k}, {i}) appears twice")
            seen.add((k, i))
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    for l in g.get("links", []):
        total["links"] += 1
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = sum(node.count(l["measure"]) for node in nodes)
        if hits == 0:
            fails.append(f"{name}: link not in report visible text: {l['measure']}")
        elif hits > 1:
            print(f"{name}: note: link occurs {hits} times: {l['measure']}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}")

for f in fails:
    print("FAIL:", f)
print(f"totals: must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
