#!/usr/bin/env python3
"""Check the dev51 pairs (p01-p10, pair ids d51-01 … d51-10); adapted from dev44's check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; HTML: UTF-8 with a charset meta, visible text = body without tags; DOCX: word/document.xml paragraph
text), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the
dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; mode vs feedback presence; no duplicate (kind, issue);
every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has at least one
counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good reports), the feedback and report dates
are in the texts and late-report (gold) agrees with the three-month rule, and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback must have 800-3000 and each report 1500-5000
non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev51-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF, no BOM)
DECLARED = {
    "p03/feedback.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("gb18030", "lf"),
}
DOCX = {"p02/report.docx", "p08/feedback.docx"}
HTML = {"p05/feedback.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# feedback date (the day the feedback was given) and report date, both as written in the documents
DATES = {
    "p01": ("2025年4月9日", "2025年7月4日"),
    "p02": ("2025年3月14日", "2025年6月6日"),
    "p03": ("2025年5月22日", "2025年9月3日"),
    "p04": ("2025年2月26日", "2025年5月21日"),
    "p05": ("6月11日", "2025年9月8日"),
    "p06": ("2025年3月10日", "2025年6月4日"),
    "p07": ("2024年11月18日", "2025年2月12日"),
    "p08": ("2025年1月9日", "2025年4月3日"),
    "p09": ("2025年7月2日", "2025年9月24日"),
    "p10": ("2025年4月22日", "2025年8月15日"),
}
FEEDBACK_DAY = {"p05": "2025-06-11"}  # the news page gives the meeting day without the year
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
        names = z.namelist()
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("numPr", "<w:numPr>")) if tag in xml]
    if "word/numbering.xml" in names:
        feats.append("numbering.xml")
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def html_text(raw):
    t = raw.decode("utf-8")
    assert not raw.startswith(b"\xef\xbb\xbf") and "\r" not in t, "HTML must be UTF-8 LF without BOM"
    assert re.search(r'<meta charset="utf-8">', t), "no charset meta"
    body = re.search(r"(?s)<body>(.*)</body>", t).group(1)
    body = re.sub(r"(?s)<(p|div|h1|li|tr)[^>]*>", "\n", body)
    return html.unescape(re.sub(r"<[^>]+>", "", body)), "html utf-8"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(open(f, "rb").read())
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def day(s):
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s)
    return datetime.date(int(m[1]), int(m[2]), int(m[3]))


def plus_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    return datetime.date(d.year + y, m + 1, d.day)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
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
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev51 pair is mode 'pair' with exactly one feedback.*")
    encs, fbtext = [], ""
    for f in fb:
        try:
            fbtext, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(fbtext)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(fbtext) <= hi:
                fails.append(f"{name}: feedback has {nchars(fbtext)} characters, outside {lo}-{hi}")
        except Exception as e:
            fails.append(f"{name}: {f} does not decode as declared: {e}")
    try:
        text, enc = visible(rp[0])
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        lo, hi = LENGTHS["report"]
        if not lo <= nchars(text) <= hi:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    # dates and the three-month rule
    fdate, rdate = DATES[name]
    if fdate not in fbtext:
        fails.append(f"{name}: feedback date {fdate} not in the feedback")
    if rdate not in text or not text.rstrip().endswith(rdate):
        fails.append(f"{name}: report date {rdate} is not the report's closing line")
    fd = datetime.date.fromisoformat(FEEDBACK_DAY[name]) if name in FEEDBACK_DAY else day(fdate)
    rd = day(rdate)
    late = rd > plus_months(fd, 3)
    flagged_late = any(f["kind"] == "late-report" for f in g["must_flag"])
    cleared_late = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != flagged_late or late == cleared_late:
        fails.append(f"{name}: {(rd - fd).days} days, late={late}, but gold late-report must_flag={flagged_late} must_not_flag={cleared_late}")
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
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rd - fd).days} days; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")
if not os.path.exists(os.path.join(root, "HELDOUT")):
    fails.append("HELDOUT missing")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|门户网站|信息公开平台|公示栏|公开栏|予以公布|监督电话|联系电话|公开，接受|公众号向社会")
# p01: three 聚焦 areas whose problems run on in prose separated by “；” (3 + 2 + 2); report 7 关于 items with 5 fields
_t = txt("p01/feedback.txt")
_areas = re.findall(r"（[一二三]）聚焦[^\n]+方面\n([^\n]+)", _t)
form(len(_areas) == 3 and [a.count("；") + 1 for a in _areas] == [3, 2, 2] and not re.search(r"^[1-9]．", _t, re.M),
     "p01/feedback.txt: expected three 聚焦 areas with 3 + 2 + 2 run-on problems and no 1． numbering")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^完成时限：", _t, re.M)) == 7
     and len(re.findall(r"^责任领导：", _t, re.M)) == 7, "p01/report.txt: expected seven 关于“…”的问题 items with fields")
# p02: enterprise round, （一）–（五） areas with continuous 1．–8． + （如：…）; DOCX table of 8 rows, row 5 owner 公司领导班子
_t = txt("p02/feedback.txt")
form(len(re.findall(r"^[1-8]．", _t, re.M)) == 8 and _t.count("（如：") == 7 and "四个落实" in _t,
     "p02/feedback.txt: expected 1．–8． with seven （如：…） evidence brackets")
_t = txt("p02/report.docx")
_x = zipfile.ZipFile(os.path.join(root, "p02", "report.docx")).read("word/document.xml").decode("utf-8")
form(_x.count("<w:tr>") == 9 and "\n公司领导班子\n各部门\n" in _t and "待集团财务共享系统上线后确定" in _t
     and "8个问题已全部整改完成" in _t and "正在推进（" in _t, "p02/report.docx: expected a 9-row table, row 5 owner 公司领导班子, the all-done claim")
# p03: 回头看 with restarting 1．(3) + 1．(4); report grouped by status 5 + 2 with （对应反馈意见第X部分第N项）; 护林员 item names nobody
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 2 and len(re.findall(r"^[1-4]．", _t, re.M)) == 7 and "回头看" in _t,
     "p03/feedback.txt: expected restarting 1．–3． and 1．–4．")
_t = txt("p03/report.txt")
_hw = _t[_t.index("（二）关于生态护林员"):_t.index("四、下一步打算")]
_lx = _t[_t.index("（一）关于林下经济"):_t.index("（二）关于生态护林员")]
form(len(re.findall(r"（对应反馈意见第[一二]部分第\d项）", _t)) == 7 and "已完成整改的问题（5个）" in _t
     and not re.search(r"站长|诫勉|批评|处分|问责", _hw) and not re.search(r"制度|办法|规定|规程|细则", _lx),
     "p03/report.txt: expected 5 + 2 status groups, 7 tags, nobody dealt with under 护林员, no rule under 林下经济")
# p04: speech with 首先/其次/再次/另外/还有/最后 and 一要…三要; first-person report without 借调 and without disclosure
_t = txt("p04/feedback.txt")
form(all(re.search(rf"^{w}，", _t, re.M) for w in ("首先", "其次", "再次", "另外", "还有", "最后")) and all(f"{c}要" in _t for c in "一二三"),
     "p04/feedback.txt: expected 首先…最后 paragraphs and 一要…三要")
_t = txt("p04/report.txt")
form(_t.count("我") >= 8 and "借调" not in _t and not DISCLOSE.search(_t) and "公开" not in _t,
     "p04/report.txt: expected a first-person report, nothing on 借调, no disclosure")
# p05: HTML news page, problems run on after 主要是：…等问题 (7 clauses); public 通报 with the pasted paragraph twice
_t = txt("p05/feedback.html")
_m = re.search(r"主要是：([^\n]+?)等问题。", _t)
form(_m is not None and _m.group(1).count("；") == 6, "p05/feedback.html: expected seven ；-separated problems after 主要是：")
_t = txt("p05/report.txt")
_rep = "集团党委坚持把巡察整改作为重要政治任务，组织党员干部深入学习习近平总书记关于国有企业改革发展和党的建设的重要论述"
_i4 = _t[_t.index("4．违反中央八项规定"):_t.index("5．选人用人")]
form(_t.count(_rep) == 2 and "已完成整改6个、基本完成1个" in _t and _t.count("整改进展：正在推进") == 2
     and not re.search(r"诫勉|警告|处分|批评|退还|追回|问责", _i4) and "联系电话" in _t,
     "p05/report.txt: expected the pasted paragraph twice, 6+1 claim vs two 正在推进, nobody dealt with under item 4")
# p06: three areas with continuous （一）–（七）; UTF-16 report in six 到位 sections, 第7项 never cited
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）", _t[:_t.index("四、整改意见")], re.M)) == 7, "p06/feedback.txt: expected （一）–（七）")
_t = txt("p06/report.txt")
form(len(re.findall(r"^[一二三四五六]、\S+到位$", _t, re.M)) == 6 and "第7项" not in _t and "党费" not in _t
     and "退休党员" not in _t and _t.count("厂房") == 3
     and _t.index("厂房") > _t.index("（三）园区标准厂房") - 1 and _t.rindex("厂房") < _t.index("四、涉及人财物处置到位"),
     "p06/report.txt: expected six 到位 sections, no 第7项, 厂房 only in the copied item")
# p07: （一）–（六） with 有的学校 evidence; CRLF report 一、…六、关于 with brackets
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and _t.count("有的学校") >= 6, "p07/feedback.txt: expected （一）–（六） with 有的学校")
_t = txt("p07/report.txt")
form(len(re.findall(r"^[一二三四五六]、关于", _t, re.M)) == 6 and len(re.findall(r"（责任领导：[^）]+完成时限：", _t)) == 6,
     "p07/report.txt: expected six 关于 items with brackets")
# p08: DOCX with 7 automatically numbered paragraphs (no typed numbers); GB18030 【问题N】 blocks, no 领导小组
_x = zipfile.ZipFile(os.path.join(root, "p08", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p08/feedback.docx")
form(_x.count("<w:numPr>") == 7 and not re.search(r"^\d+[．.、]", _t, re.M), "p08/feedback.docx: expected 7 Word-numbered paragraphs without typed numbers")
_t = txt("p08/report.txt")
form(len(re.findall(r"^【问题[1-7]】", _t, re.M)) == 7 and len(re.findall(r"^完成时限：", _t, re.M)) == 7
     and "整改工作领导小组" not in _t and "第一责任人" not in _t and "局长" not in _t.replace("副局长", ""),
     "p08/report.txt: expected seven 【问题N】 blocks and no 领导小组 / 第一责任人 / 局长")
# p09: 函 with 1、–6、; by-number report with 第1、2条 merged, no rectification disclosure, nobody dealt with under 第3条
_t = txt("p09/feedback.txt")
form(len(re.findall(r"^[1-6]、", _t, re.M)) == 6 and "函" in _t, "p09/feedback.txt: expected a 函 with 1、–6、")
_t = txt("p09/report.txt")
_i3 = _t[_t.index("（二）针对第3条问题"):_t.index("（三）针对第4条问题")]
_i5 = _t[_t.index("（四）针对第5条问题"):_t.index("（五）针对第6条问题")].split("\n", 1)[1]
form("（一）针对第1、2条问题" in _t and not re.search(r"诫勉|批评|处分|问责|处理", _i3) and not re.search(r"制度|办法|规定|规程|规则", _i5)
     and "整改情况" not in _t.split("三、下一步打算")[1] and not re.search(r"门户网站|监督电话|向社会公开", _t),
     "p09/report.txt: expected the merged 第1、2条, no sanction under 第3条, no rule under 第5条, no rectification disclosure")
# p10: three （N）在…方面 paragraphs with inline restarting 1．2．(3．); own-theme report without 领导小组, dated late
_t = txt("p10/feedback.txt")
_ps = re.findall(r"^（[一二三]）在[^\n]+", _t, re.M)
form(len(_ps) == 3 and [len(re.findall(r"[1-3]．", p)) for p in _ps] == [2, 2, 3], "p10/feedback.txt: expected inline 1．2． / 1．2． / 1．2．3．")
_t = txt("p10/report.txt")
form(len(re.findall(r"^[一二三]、\S+", _t, re.M)) >= 3 and "整改工作领导小组" not in _t and "第一责任人" not in _t
     and "工委办公室牵头抓总" in _t and "第1" not in _t, "p10/report.txt: expected own themes, no 领导小组, no problem numbers")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
