#!/usr/bin/env python3
"""Check the dev58 pairs (p01-p10, pair ids d58-01 … d58-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: text outside <head>, tags removed, entities
unescaped), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only
the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; mode "pair" with one feedback; no duplicate (kind, issue);
every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has at least one
counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good reports), the feedback and report dates
are in the documents and late-report is in must_flag exactly when the report is dated after the three-month deadline
(and in must_not_flag otherwise), and every gold file runs through /work/shared/dev-pairs/score.py against an empty
analyze JSON. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace characters. Pair-specific form
checks follow at the end. Usage: python3 check.py [dev58-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF); DOCX files listed for the record
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p05/feedback.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
}
DOCX = {"p07/feedback.docx", "p10/report.docx"}
HTML = {"p09/report.html"}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ((2025, 3, 18), (2025, 6, 10)), "p02": ((2025, 4, 9), (2025, 7, 2)), "p03": ((2025, 2, 20), (2025, 5, 16)),
    "p04": ((2025, 5, 12), (2025, 8, 6)), "p05": ((2024, 10, 22), (2025, 2, 17)), "p06": ((2025, 1, 14), (2025, 4, 8)),
    "p07": ((2025, 6, 5), (2025, 8, 29)), "p08": ((2025, 3, 3), (2025, 5, 30)), "p09": ((2024, 11, 26), (2025, 2, 20)),
    "p10": ((2025, 4, 21), (2025, 7, 15)),
}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
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
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def html_text(raw_text):
    t = re.sub(r"(?is)<head>.*?</head>", "", raw_text)
    t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>|</(p|h[1-6]|div|li|tr)>", "\n", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        assert re.search(r'<meta charset="utf-8">', text), "HTML without a utf-8 meta charset"
        return html_text(text), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(d):
    return f"{d[0]}年{d[1]}月{d[2]}日"


def add_months(d, m):
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    for day in range(d.day, 27, -1):
        try:
            return datetime.date(y, mo, day)
        except ValueError:
            pass
    return datetime.date(y, mo, d.day)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, kinds_count = {}, {}, [], {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
TEXT = {}
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
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1 or len(fb) != 1 or g["mode"] != "pair":
        fails.append(f"{name}: every dev58 pair is mode 'pair' with exactly one feedback.* and one report.*")
        continue
    encs = []
    try:
        ftext, e = visible(fb[0])
        TEXT[name + "/feedback"] = ftext
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
        continue
    try:
        text, enc = visible(rp[0])
        TEXT[name + "/report"] = text
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        lo, hi = LENGTHS["report"]
        if not lo <= nchars(text) <= hi:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    n = g["issues"]
    total["issues"] += n
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            (planted if lst == "must_flag" else countered).setdefault(k, set()).add(name)
            if lst == "must_flag":
                kinds_count[k] = kinds_count.get(k, 0) + 1
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
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    # dates and the three-month rule
    fd, rd = DATES[name]
    if cn_date(fd) not in ftext:
        fails.append(f"{name}: feedback date {cn_date(fd)} not in the feedback")
    if cn_date(rd) not in text and "{:04d}-{:02d}-{:02d}".format(*rd) not in text:
        fails.append(f"{name}: report date {cn_date(rd)} not in the report")
    fdd, rdd = datetime.date(*fd), datetime.date(*rd)
    late = rdd > add_months(fdd, 3)
    in_flag = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
    in_not = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    if late != in_flag or late == in_not:
        fails.append(f"{name}: report {(rdd - fdd).days} days after feedback (late={late}) but gold late-report flag={in_flag} not={in_not}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rdd - fdd).days} days; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def T(key):
    return TEXT.get(key, "")


# ---- per-pair form checks (the feedback forms are the point of this set) ----
PUBLISH = re.compile(r"网站|网页|公示栏|公告栏|向社会|予以公布|公开整改|整改情况[^。]{0,12}公开|通报")
# p01: speech by work blocks, each block paragraph praise -> problem -> requirement; report 7 关于“…” items with 5 fields
_t = T("p01/feedback")
_blocks = [p for p in _t.split("\n") if p.startswith(("先讲", "再讲", "最后讲"))]
form(len(_blocks) == 3 and all(re.search(r"但|同时也发现|问题", p) and re.search(r"要", p) for p in _blocks)
     and "一要" in _t and "三个月内" in _t, "p01/feedback: expected three 先讲/再讲/最后讲 block paragraphs mixing praise, problems, 要")
_t = T("p01/report")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and all(
    len(re.findall(rf"^{f}：", _t, re.M)) == 7 for f in ("整改措施", "责任领导", "责任科室", "整改时限", "整改成效")),
     "p01/report: expected seven 关于“…”的问题 items with five field lines each")
# p02: three “不够” sections, 同时 inside the second; report without the 借调 problem and without disclosure
_t = T("p02/feedback")
form(all(f"第{c}个“不够”" in _t for c in "一二三") and "同时，办公室至今没有" in _t and "说到底" in _t,
     "p02/feedback: expected 第一/二/三个“不够” with a continuing 同时 sentence")
_t = T("p02/report")
form("借调" not in _t and "0.8万" not in _t and "挂名" not in _t and not PUBLISH.search(_t),
     "p02/report: must not answer the 借调 problem nor publish the rectification")
# p03: four “还有差距” headings, 一方面/另一方面 in three of them, 其中 in the third; report 问题1：…问题7：, 各中队 owner
_t = T("p03/feedback")
form(len(re.findall(r"^（[一二三四]）[^。]+还有差距。", _t, re.M)) == 4 and _t.count("另一方面，") == 3
     and _t.count("一方面，") == 6 and "其中，1辆执法车" in _t, "p03/feedback: expected four 差距 headings, 3×一方面/另一方面")
_t = T("p03/report")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and "责任人：执法大队各中队" in _t,
     "p03/report: expected 问题1：…问题7： and the 各中队 owner")
# p04: chain paragraphs; report with the 100% claim and the open items
_t = T("p04/feedback")
form(all(re.search(rf"^{h}，", _t, re.M) for h in ("在收购环节", "在储存环节", "在轮换环节", "在销售出库环节", "在党的建设和监督方面"))
     and "其中，2023年的出入库记录" in _t and "此外，年度轮换计划" in _t, "p04/feedback: expected five chain paragraphs")
_t = T("p04/report")
form("整改完成率100%" in _t and "正在进一步核查中" in _t and "正在调查中" in _t and len(re.findall(r"^[1-7]．关于", _t, re.M)) == 7,
     "p04/report: expected seven headings (one merged), the 100% claim and two open items")
# p05: six items; 另外/此外 second matters in items 3 and 5; 且/并且 in 1, 2, 4, 6
_t = T("p05/feedback")
_items = re.findall(r"^([1-6])．(.+)$", _t, re.M)
form(len(_items) == 6 and "另外，" in _items[2][1] and "此外，" in _items[4][1]
     and all(re.search(r"且", _items[i][1].split("。")[0]) for i in (0, 1, 3, 5)), "p05/feedback: expected 1．–6． with 且-bundles and two two-matter items")
_t = T("p05/report")
form(len(re.findall(r"^（[一二三四五六]）清单第[1-6]项", _t, re.M)) == 6 and "2025年2月17日" in _t,
     "p05/report: expected six 清单第N项 headings")
# p06: 共性 1．–4． (item 2 not this unit's) + 个性 1．–4．; report boilerplate twice, no 领导小组
_t = T("p06/feedback")
form("一、共性问题" in _t and "二、个性问题" in _t and "本次不作为你中心的问题反馈" in _t and len(re.findall(r"^[1-4]．", _t, re.M)) == 8,
     "p06/feedback: expected 共性 4 + 个性 4 items, one 共性 item excluded")
_t = T("p06/report")
_rep = "中心党支部组织全体党员认真学习《中国共产党章程》和上级有关文件精神，召开专题会议研究部署"
_u = _t.replace("县委巡察工作领导小组", "")
form(_t.count(_rep) == 2 and "领导小组" not in _u and "第一责任人" not in _u and "书记" not in _u,
     "p06/report: expected the boilerplate twice and no 领导小组 / 第一责任人 / 书记")
# p07: DOCX 回头看 with a 6-row evaluation table, 3 rows 整改到位; report item (三) undated
_x = zipfile.ZipFile(os.path.join(root, "p07", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = T("p07/feedback")
form("<w:tbl>" in _x and _x.count("<w:tr>") == 7 and _t.count("整改到位") == 3 and "回头看" in _t
     and len(re.findall(r"^（[一二三四]）", _t, re.M)) == 4, "p07/feedback.docx: expected the evaluation table and four new problems")
_t = T("p07/report")
_m = re.search(r"（三）关于立体车库[^\n]*\n([^\n]*)", _t)
form(bool(_m) and "完成时限" not in _m.group(1) and not re.search(r"\d+月\d+日前|月底", _m.group(1).split("运营")[-1]),
     "p07/report: item （三） must carry no time limit")
# p08: “该…的没有…” clauses; report in four 方面 sections and silent on 一岗双责
_t = T("p08/feedback")
form(len(re.findall(r"该[^，；。]{1,16}的[^，；。]{0,10}没有", _t)) >= 8 and all(f"{c}要" in _t for c in "一二三四"),
     "p08/feedback: expected the 该…的没有… clauses and 一要…四要")
_t = T("p08/report")
form(len(re.findall(r"^（[一二三四]）[^\n]+方面$", _t, re.M)) == 4 and "一岗双责" not in _t and "廉政谈话" not in _t,
     "p08/report: expected four 方面 sections and nothing on 一岗双责")
# p09: rule-first paragraphs (8, one praise); HTML report with 7 h3 items and the stats line
_t = T("p09/feedback")
_rules = [p for p in _t.split("\n") if p.startswith(("《", "县委2023年"))]
form(len(_rules) == 8 and sum("落实得较好" in p for p in _rules) == 1, "p09/feedback: expected eight rule-first paragraphs, one of them praise")
_raw = open(os.path.join(root, "p09", "report.html"), encoding="utf-8").read()
form(_raw.count("<h3>") == 7 and "已完成整改6个" in T("p09/report") and T("p09/report").count("正在推进。") == 2,
     "p09/report.html: expected 7 items, a 6-done claim and two items 正在推进")
# p10: running prose with 同时 (new, then continuing), 此外, 另外; DOCX report with 7 bold 关于 headings, no disclosure
_t = T("p10/feedback")
form(_t.count("同时，") == 2 and "此外，" in _t and _t.count("另外，") == 2 and "移交县纪委监委" in _t
     and not re.search(r"^[一二三四五六七八九十]、|^（[一二三]）|^[1-9]．", _t, re.M), "p10/feedback: expected unnumbered prose with 同时/此外/另外")
_x = zipfile.ZipFile(os.path.join(root, "p10", "report.docx")).read("word/document.xml").decode("utf-8")
_t = T("p10/report")
form(len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7 and "<w:b/>" in _x and not PUBLISH.search(_t),
     "p10/report.docx: expected seven bold 关于 headings and no disclosure")
print("planted kinds: " + "; ".join(f"{k} {kinds_count.get(k, 0)} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
