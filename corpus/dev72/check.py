#!/usr/bin/env python3
"""Check the dev72 pairs (p01-p10, pair ids d72-01 … d72-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: text with tags, style and script removed), every
`links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs
keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered
problems; every answered problem has at least one link; mode "pair" with one feedback; no duplicate (kind, issue); every
entry has a why; no stray files), the issue count of each pair is the one declared below, every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, exactly one pair has no
must_flag (the good report), the feedback and report dates are present and late-report is gold exactly when the report
is dated after the three-month limit, and every gold file runs through /work/shared/dev-pairs/score.py against an empty
analyze JSON. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace characters. Pair-specific form
checks follow at the end. Usage: python3 check.py [dev72-dir]. Exit 1 on failure."""
import calendar, datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-8", "crlf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p08/report.txt": ("gb18030", "lf"),
}
DOCX = {"p07/report.docx", "p08/feedback.docx"}
HTML = {"p05/feedback.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
ISSUES = {"p01": 6, "p02": 6, "p03": 6, "p04": 6, "p05": 7, "p06": 6, "p07": 6, "p08": 6, "p09": 6, "p10": 6}
# (date string in the feedback, date string in the report) — both must occur in the visible text
DATES = {"p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年11月5日", "2025年1月24日"),
         "p03": ("2025年4月22日", "2025年7月15日"), "p04": ("2024年8月27日", "2024年12月16日"),
         "p05": ("2025-05-15", "2025年8月6日"), "p06": ("2025年2月19日", "2025年5月12日"),
         "p07": ("2024年9月24日", "2024年12月18日"), "p08": ("2025年1月9日", "2025年4月2日"),
         "p09": ("2024年10月10日", "2025年2月14日"), "p10": ("2025年7月8日", "2025年9月30日")}
FEEDBACK_DAY = {"p05": "2025年5月14日"}  # the news page is dated the day after the meeting; the report names the day
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


def html_text(rel, raw):
    src, enc = decode_bytes(rel, raw)
    assert "<html" in src and "</html>" in src, "not an HTML page"
    t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", src)
    t = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h1>", "\n", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return "\n".join(l.strip() for l in t.split("\n") if l.strip()), "html/" + enc


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(rel, open(f, "rb").read())
    assert ext == "txt", f"unexpected extension {ext}"
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def parse_date(s):
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s) or re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    return datetime.date(*map(int, m.groups()))


def plus_three_months(d):
    y, m = (d.year + (d.month + 2) // 12, (d.month + 2) % 12 + 1)
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, kinds_count = {}, {}, [], {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected pair folders p01-p10, found {[os.path.basename(p) for p in pairs]}")
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
        fails.append(f"{name}: every dev72 pair is mode 'pair' with exactly one feedback.* and one report.*")
        continue
    encs, texts = [], {}
    for kind, f in (("feedback", fb[0]), ("report", rp[0])):
        try:
            t, e = visible(f)
            texts[kind] = t
            encs.append(f"{os.path.basename(f)}={e} ({nchars(t)} chars)")
            lo, hi = LENGTHS[kind]
            if not lo <= nchars(t) <= hi:
                fails.append(f"{name}: {kind} has {nchars(t)} characters, outside {lo}-{hi}")
        except Exception as e:
            fails.append(f"{name}: {f} does not decode as declared: {e}")
    if len(texts) != 2:
        continue
    TEXT[name] = texts
    text = texts["report"]
    n = g["issues"]
    total["issues"] += n
    if n != ISSUES[name]:
        fails.append(f"{name}: gold issues {n} != declared {ISSUES[name]}")
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
    if fd not in texts["feedback"] or rd not in text:
        fails.append(f"{name}: feedback date {fd} or report date {rd} not found")
    if "三个月内" not in texts["feedback"]:
        fails.append(f"{name}: the feedback does not state the three-month limit")
    day = parse_date(FEEDBACK_DAY.get(name, fd))
    if FEEDBACK_DAY.get(name) and FEEDBACK_DAY[name] not in text:
        fails.append(f"{name}: the report does not name the feedback day {FEEDBACK_DAY[name]}")
    late = parse_date(rd) > plus_three_months(day)
    gold_late = any(f["kind"] == "late-report" for f in g["must_flag"])
    if late != gold_late:
        fails.append(f"{name}: report {(parse_date(rd) - day).days} days after feedback, late={late}, gold late-report={gold_late}")
    if not gold_late and not any(f["kind"] == "late-report" for f in g["must_not_flag"]):
        fails.append(f"{name}: timely report without a late-report must_not_flag")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(parse_date(rd) - day).days} days; score.py on empty {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if good != ["p07"]:
    fails.append(f"expected exactly one good report (p07), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def T(name, kind):
    return TEXT.get(name, {}).get(kind, "")


DISCLOSE = re.compile(r"向社会公开|网站公开|门户网站|公示栏公开|予以公布|主动公开|公开，接受|已在.{0,20}公开|将在.{0,20}公开")
LEAD = re.compile(r"整改工作领导小组|整改领导小组|第一责任人")  # the address line 县委巡察工作领导小组 is not a lead
# p01: colloquial speech; report 关于“…” with five field lines, no disclosure, slogan-only （四）
t = T("p01", "feedback")
form(all(w in t for w in ("大家想一想", "我举个例子", "说实话", "第一句话", "第三句话")) and not re.search(r"^[一二三四五六]、", t, re.M),
     "p01/feedback: expected a colloquial unnumbered speech with 大家想一想 / 我举个例子 / 说实话 and 三句话")
t = T("p01", "report")
form(len(re.findall(r"^（[一二三四五六]）关于“", t, re.M)) == 6 and len(re.findall(r"^整改进展：", t, re.M)) == 6
     and not DISCLOSE.search(t) and "公示牌" in t and "责任领导：党支部书记、主任笪慕川\n\n责任科室：综合科\n\n整改时限：长期坚持" in t,
     "p01/report: expected six 关于 items with fields, no disclosure (only the project 公示牌), （四） long-term slogans")
# p02: 第一、…第五、 with two problems in 第三、; report first person, 5 sections, nothing on the canteen banquets
t = T("p02", "feedback")
form(all(f"第{c}、" in t for c in "一二三四五") and "第六、" not in t and "另外，馆里" in t, "p02/feedback: expected 第一、…第五、 with 另外 in 第三、")
t = T("p02", "report")
form(t.count("我") >= 8 and len(re.findall(r"^（[一二三四五]）", t, re.M)) == 5 and not re.search(r"食堂|宴请|接待", t),
     "p02/report: expected a first-person report with five sections and nothing on the canteen banquets")
# p03: turns inside long paragraphs; report ｜ ledger of 6 rows × 7 fields with the all-done claim
t = T("p03", "feedback")
form(all(w in t for w in ("但是，巡察中", "同时也要看到", "还有一个现象", "究其原因")) and t.count("另一方面") == 2
     and not re.search(r"^[一二三四五六七]、|第一，|一是", t[:t.index("究其原因")], re.M), "p03/feedback: expected unnumbered turns (但是 / 同时也要看到 / 另一方面 ×2 / 还有一个现象)")
t = T("p03", "report")
rows = [l.split("｜") for l in t.split("\n") if "｜" in l]
form(len(rows) == 7 and all(len(r) == 7 for r in rows) and "已全部整改完成" in t and "尚有11万元正在" in t
     and rows[6][5] == "待集团资金拨付后实施" and all(re.search(r"\d{4}年", r[5]) for r in rows[1:6]),
     "p03/report: expected a 7-field ledger of 6 rows, the all-done claim, row 6 undated")
# p04: deputy secretary quoting the group; 执法车辆 expressly not this unit's; report 问题N：/整改情况：, CRLF
t = T("p04", "feedback")
form("县委副书记" in t and t.count("巡察组指出") >= 2 and "这个不是对你们的反馈意见" in t, "p04/feedback: expected a 副书记 quoting 巡察组指出, vehicles excluded")
t = T("p04", "report")
form(len(re.findall(r"^问题[1-6]：", t, re.M)) == 6 and len(re.findall(r"^整改情况：", t, re.M)) == 6
     and "责任领导：中心班子成员；责任股室：相关股室" in t, "p04/report: expected 问题N：/整改情况： with 问题5 owned by 中心班子成员")
# p05: HTML news page, all problems in the 组长's paragraph ending 等问题; report with a pasted paragraph twice, no lead
t = T("p05", "feedback")
form("巡察组指出" not in t and "等问题。" in t and "同时，中心财务管理存在漏洞" in t and "撰稿" in t, "p05/feedback: expected a news page with two problem sentences")
t = T("p05", "report")
rep = "中心深入学习贯彻习近平总书记关于全面从严治党的重要论述，坚持把巡察整改作为重大政治任务，组织党员干部对照反馈问题深入开展自查自纠"
form(t.count(rep) == 2 and not LEAD.search(t) and "合并整改" in t and len(re.findall(r"^[1-6]．关于“", t, re.M)) == 6,
     "p05/report: expected six 关于 items, the boilerplate twice, one merged item, no 领导小组 / 第一责任人")
# p06: transcript with asides, a repetition of problem 2 and an excluded difficulty; by-number report in UTF-16, no disclosure
t = T("p06", "feedback")
form(all(w in t for w in ("录音整理", "（笑）", "（插话", "再啰嗦两句", "不作为问题反馈", "第六个")), "p06/feedback: expected a transcript with asides and a repetition")
t = T("p06", "report")
form(len(re.findall(r"^针对第[1-6]个问题", t, re.M)) == 6 and not DISCLOSE.search(t) and "视承租人经营情况逐步追缴" in t
     and "严格执行财务制度" in t, "p06/report: expected six by-number answers, no disclosure, the undated rent item")
# p07: 说第一件事…说第六件事, two examples for one problem, a reminder that is not a problem; DOCX table ledger
t = T("p07", "feedback")
form(all(f"说第{c}件事" in t for c in "一二三四五六") and "比如说" in t and "再比如说" in t and "这一件不算巡察发现的问题" in t,
     "p07/feedback: expected 说第一件事…说第六件事 with two examples in one")
x = zipfile.ZipFile(os.path.join(root, "p07", "report.docx")).read("word/document.xml").decode("utf-8")
form("<w:tbl>" in x and x.count("<w:tr>") == 7 and 'w:orient="landscape"' in x, "p07/report.docx: expected a landscape table of 1 + 6 rows")
# p08: DOCX speech with 一要…五要 requirements; GB18030 report with five 关于 items, nothing on fire safety
t = T("p08", "feedback")
form(all(f"{c}要" in t for c in "一二三四五") and "60具灭火器" in t, "p08/feedback: expected a speech ending 一要…五要")
t = T("p08", "report")
form(len(re.findall(r"^[一二三四五]、关于", t, re.M)) == 5 and not re.search(r"消防|灭火器|电梯", t), "p08/report: expected five 关于 items, nothing on fire safety")
# p09: narrative week by week, an excluded suspicion; public 通报, no 领导小组, dated after the limit
t = T("p09", "feedback")
form(all(w in t for w in ("第一周", "第二周", "第三周", "第四周", "今天不作为问题讲")), "p09/feedback: expected a week-by-week narrative")
t = T("p09", "report")
form(t.startswith("索引号：") and "公开方式：主动公开" in t and not LEAD.search(t) and "各岗位对照问题自行整改" in t,
     "p09/report: expected a public 通报 with no 领导小组 / 第一责任人")
# p10: minutes; report own headings, the all-done claim beside 65%, 评审工作小组
t = T("p10", "feedback")
form(t.startswith("县委第四巡察组") and "会议纪要" in t and all(w in t for w in ("时间：", "地点：", "会议强调", "反馈还指出")),
     "p10/feedback: expected 会议纪要 with header lines")
t = T("p10", "report")
form("已全部整改完成" in t and "覆盖率提高到约65%" in t and "责任人：评审工作小组" in t and len(re.findall(r"^（[一二三四五六]）\S{6,12}$", t, re.M)) == 6,
     "p10/report: expected six short headings, the all-done claim and 评审工作小组")

print("planted kinds: " + "; ".join(f"{k} {kinds_count.get(k, 0)} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
