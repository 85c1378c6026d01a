#!/usr/bin/env python3
"""Check the dev40 pairs (p01-p10, ids d40-01 … d40-10); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8;
DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; kinds; null issue for document-level kinds; ranges;
answered vs unanswered-issue; links only on answered problems; a link per answered problem; mode vs feedback presence;
no duplicate (kind, issue); no (kind, issue) both in must_flag and must_not_flag; every must_flag has a why; no stray
files), every FOCUS kind is planted in at least two pairs (and the minor ones in at least one), at least one pair has no
must_flag, and every gold file parses with /work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback
must have 900-4000 and each report 1100-6000 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev40-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
FOCUS = {"no-mechanism", "copied-measure", "vague-measure", "inconsistent-claim", "no-accountability"}
MINOR = {"unanswered-issue", "no-owner", "no-deadline"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p07/report.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-16-le-bom", "lf"),
    "p09/feedback.txt": ("gb18030", "lf"),
    "p10/report.txt": ("utf-8", "crlf"),
}
LENGTHS = {"feedback": (900, 4000), "report": (1100, 6000)}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED.get(rel, ("utf-8", "lf"))
    if enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), "no UTF-16 LE BOM"
        text = raw[2:].decode("utf-16-le")
    elif enc == "gb18030":
        try:
            raw.decode("utf-8")
            raise AssertionError("declared GB18030 but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode("gb18030")
    else:
        assert not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe")), "unexpected BOM"
        text = raw.decode("utf-8")
    n_crlf, n_lf = text.count("\r\n"), text.count("\n")
    if eol == "crlf":
        assert n_crlf == n_lf and n_lf > 0, f"declared CRLF but {n_crlf} CRLF of {n_lf} LF"
    else:
        assert "\r" not in text, "unexpected CR"
    return text.replace("\r\n", "\n"), enc + ("+crlf" if eol == "crlf" else "")


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("landscape", 'w:orient="landscape"')) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    if f.endswith(".docx"):
        return docx_text(f)
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, good = {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in DECLARED:
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
for d in pairs:
    name = os.path.basename(d)
    files = sorted(os.listdir(d))
    fb = [os.path.join(d, f) for f in files if f.startswith("feedback.")]
    rp = [os.path.join(d, f) for f in files if f.startswith("report.")]
    extra = [f for f in files if not (f.startswith(("feedback.", "report.")) or f in ("gold.json", "notes.md"))]
    if extra:
        fails.append(f"{name}: stray files {extra}")
    if "notes.md" not in files:
        fails.append(f"{name}: notes.md missing")
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if set(g) != GOLD_KEYS:
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if (g["mode"] == "pair") != (len(fb) == 1) or g["mode"] not in ("pair", "report-only"):
        fails.append(f"{name}: mode {g['mode']} vs feedback files {fb}")
    encs = []
    text = ""
    for f, kind in [(x, "feedback") for x in fb] + [(rp[0], "report")]:
        try:
            t, enc = visible(f)
        except Exception as e:
            fails.append(f"{name}/{os.path.basename(f)}: {e}")
            continue
        encs.append(f"{os.path.basename(f)} {enc} {nchars(t)}")
        lo, hi = LENGTHS[kind]
        if not lo <= nchars(t) <= hi:
            fails.append(f"{name}/{os.path.basename(f)}: {nchars(t)} non-whitespace characters, outside {lo}-{hi}")
        if kind == "report":
            text = t
    n = g["issues"]
    total["issues"] += n
    if sorted(g["answered"], key=int) != [str(i) for i in range(1, n + 1)]:
        fails.append(f"{name}: answered keys do not cover 1..{n}")
    seen = {}
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            total[lst] += 1
            k, i = f["kind"], f["issue"]
            if set(f) != {"kind", "issue", "why"}:
                fails.append(f"{name}: {lst} entry keys {sorted(f)}")
            if k not in KINDS:
                fails.append(f"{name}: unknown kind {k}")
            if (k in DOC_LEVEL) != (i is None):
                fails.append(f"{name}: {k} issue {i}: document-level kinds need null, others a number")
            if i is not None and not 1 <= i <= n:
                fails.append(f"{name}: {k} issue {i} out of range")
            if not f.get("why"):
                fails.append(f"{name}: {lst} {k} {i} has no why")
            if (k, i) in seen:
                fails.append(f"{name}: ({k}, {i}) appears twice ({seen[(k, i)]} and {lst})")
            seen[(k, i)] = lst
            if lst == "must_flag":
                planted.setdefault(k, set()).add(name)
    if not g["must_flag"]:
        good.append(name)
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    linked = set()
    for l in g.get("links", []):
        total["links"] += 1
        linked.add(l["issue"])
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    missing = [i for i in range(1, n + 1) if g["answered"][str(i)] and i not in linked]
    if missing:
        fails.append(f"{name}: answered problems without a link: {missing}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {'; '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(FOCUS):
    if len(planted.get(k, ())) < 2:
        fails.append(f"focus kind {k} planted in fewer than two pairs: {sorted(planted.get(k, ()))}")
for k in sorted(MINOR):
    if len(planted.get(k, ())) < 1:
        fails.append(f"minor kind {k} not planted")
if len(good) < 1:
    fails.append("no pair without must_flag (good report)")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
# p01: （一）–（三）…方面 areas with continuous 1．–7．; report: seven 关于“…”的问题 items, seven 整改措施, six 责任人 (item 7 has none)
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^（[一二三]）.*方面$", _t, re.M)) == 3 and re.findall(r"^([1-9])．", _t, re.M) == list("1234567"),
     "p01/feedback.txt: expected three （N）…方面 areas with continuous 1．–7．")
_t = txt("p01/report.txt")
_items = re.split(r"\n（[一二三四五六七]）关于“", _t)
form(len(_items) == 8 and _t.count("整改措施：") == 7 and _t.count("责任人：") == 6 and "责任人：" not in _items[7],
     "p01/report.txt: expected seven 关于“…”的问题 items, the seventh without 责任人")
# p02: 一、–六、 heading。detail + 一要…三要; report GB18030 with six bracket field lines
_t = txt("p02/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _t, re.M)) == 6 and all(f"{c}要" in _t for c in "一二三"),
     "p02/feedback.txt: expected 一、–六、 heading。detail and 一要…三要")
_t = txt("p02/report.txt")
form(len(re.findall(r"^（责任人：[^；]+；完成时限：[^；]+；(已完成|正在推进)）$", _t, re.M)) == 6 and "关于“" not in _t,
     "p02/report.txt: expected six reworded headings with bracket field lines")
# p03: CRLF speech with six 从…看 paragraphs; report: six 问题N：/整改情况：
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^从[^，]{2,10}看，", _t, re.M)) == 6 and "第一，" in _t and "第三，" in _t,
     "p03/feedback.txt: expected six 从…看 paragraphs and 第一…第三 requirements")
_t = txt("p03/report.txt")
form(re.findall(r"^问题(\d)：", _t, re.M) == list("123456") and len(re.findall(r"^整改情况：", _t, re.M)) == 6
     and "全部整改到位" in _t and "正在推进" in _t, "p03/report.txt: expected 问题1–6 with 整改情况 and the planted claim")
# p04: news item; report: ｜ ledger header + 7 rows × 7 fields, nothing on 人才/研究生/全科
_t = txt("p04/feedback.txt")
form("发布时间" in _t and "巡察组指出" in _t and "等问题" in _t, "p04/feedback.txt: expected a news item with 巡察组指出…等问题")
_t = txt("p04/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and not re.search("人才|研究生|全科", _t)
     and "26条" in _t and "22条" in _t and "3条" in _t, "p04/report.txt: expected a 7-field ledger of 7 rows, no answer on 人才")
# p05: （一）–（三） areas with restarting 1．; report: seven 关于“…”的问题 with (责任领导；完成时限)
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^（[一二三]）在", _t, re.M)) == 3 and re.findall(r"^([1-9])．", _t, re.M) == list("1212312"),
     "p05/feedback.txt: expected three areas with restarting 1．")
_t = txt("p05/report.txt")
form(len(re.findall(r"^[一二三四五六七]、关于“", _t, re.M)) == 7 and len(re.findall(r"^（责任领导：", _t, re.M)) == 7
     and "视补缴情况而定" in _t, "p05/report.txt: expected seven 关于“…”的问题 with bracket field lines")
# p06: continuous 1．–8．; report DOCX with one table of header + 8 rows
_t = txt("p06/feedback.txt")
form(re.findall(r"^([1-9])．", _t, re.M) == list("12345678"), "p06/feedback.txt: expected continuous 1．–8．")
_x = zipfile.ZipFile(os.path.join(root, "p06", "report.docx")).read("word/document.xml").decode("utf-8")
form(_x.count("<w:tbl>") == 1 and _x.count("<w:tr>") == 9 and "监督电话" in txt("p06/report.docx"),
     "p06/report.docx: expected one table with header + 8 rows and a disclosure line")
# p07: 一、–七、 heading。detail; report first person, seven 关于 sections
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^[一二三四五六七]、[^。]+。", _t, re.M)) == 7, "p07/feedback.txt: expected 一、–七、 heading。detail")
_t = txt("p07/report.txt")
form(_t.count("我") >= 8 and len(re.findall(r"^[一二三四五六七]、关于", _t, re.M)) == 7, "p07/report.txt: expected a first-person report with seven sections")
# p08: speech with 一是…七是; report: seven 针对第N个问题 answers, one without 责任人
_t = txt("p08/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六七"), "p08/feedback.txt: expected 一是…七是")
_t = txt("p08/report.txt")
_ans = re.findall(r"^针对第[一二三四五六七]个问题.*$", _t, re.M)
form(len(_ans) == 7 and sum("责任人：" in a for a in _ans) == 6 and "问责处理7人" in _t,
     "p08/report.txt: expected seven by-number answers, one without 责任人")
# p09: GB18030 news item with 一是…六是; report: public 通报 with contact details
_t = txt("p09/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and "七是" not in _t and "发布日期" in _t, "p09/feedback.txt: expected a news item with 一是…六是")
_t = txt("p09/report.txt")
form("联系电话" in _t and len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and "9.6万元" in _t and "6.9万元" in _t,
     "p09/report.txt: expected a public 通报 with six sections")
# p10: heading lines 一、–七、; report CRLF tab ledger header + 5 rows × 7 fields, nothing on 就业保障金
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^[一二三四五六七]、\S+$", _t, re.M)) == 7, "p10/feedback.txt: expected seven heading lines")
_t = txt("p10/report.txt")
_rows = [l.split("\t") for l in _t.split("\n") if "\t" in l]
form(len(_rows) == 6 and all(len(r) == 7 for r in _rows) and "保障金" not in _t,
     "p10/report.txt: expected a 7-column tab ledger of 5 rows and nothing on 就业保障金")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS) if k in planted))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
