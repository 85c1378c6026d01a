#!/usr/bin/env python3
"""Check the dev59 pairs (p01-p10, pair ids d59-01 … d59-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: visible text without tags, style or title),
every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the
dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; mode "pair" with one feedback; no duplicate
(kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has
at least one counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good reports), and every gold
file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}.
Each feedback must have 800-3000 and each report 1500-5000 non-whitespace characters. Dates: every feedback and report
carries the date the gold's late-report judgement uses. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev59-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-8", "crlf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p07/report.txt": ("gb18030", "lf"),
}
DOCX = {"p06/feedback.docx", "p10/report.docx"}
HTML = {"p03/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# (feedback date, report date) as written in the documents; late = report after feedback + 3 calendar months
DATES = {
    "p01": ("2025年3月11日", "2025年6月3日"), "p02": ("2024年10月22日", "2025年1月16日"),
    "p03": ("4月16日", "2025-07-08"), "p04": ("2024年8月27日", "2024年12月20日"),
    "p05": ("2025年5月20日", "2025年8月12日"), "p06": ("2024年11月5日", "2025年1月24日"),
    "p07": ("2025年2月18日", "2025年5月13日"), "p08": ("2024年6月12日", "2024年9月6日"),
    "p09": ("7月15日", "2025年10月9日"), "p10": ("2024年12月3日", "2025年2月26日"),
}
ISO = {"p01": ("2025-03-11", "2025-06-03"), "p02": ("2024-10-22", "2025-01-16"), "p03": ("2025-04-16", "2025-07-08"),
       "p04": ("2024-08-27", "2024-12-20"), "p05": ("2025-05-20", "2025-08-12"), "p06": ("2024-11-05", "2025-01-24"),
       "p07": ("2025-02-18", "2025-05-13"), "p08": ("2024-06-12", "2024-09-06"), "p09": ("2025-07-15", "2025-10-09"),
       "p10": ("2024-12-03", "2025-02-26")}
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


def html_text(src):
    t = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", "", src)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|tr|td|th)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
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
        return html_text(text), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def late(fb, rp):
    f, r = datetime.date.fromisoformat(fb), datetime.date.fromisoformat(rp)
    m = f.month + 3
    limit = datetime.date(f.year + (m - 1) // 12, (m - 1) % 12 + 1, min(f.day, 28))
    if f.day > 28:  # the last days of a month: the limit is the same day three months on, or that month's end
        import calendar
        y, mo = limit.year, limit.month
        limit = datetime.date(y, mo, min(f.day, calendar.monthrange(y, mo)[1]))
    return r > limit, (r - f).days


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
kinds_flagged = {}
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
texts = {}
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
        fails.append(f"{name}: every dev59 pair is mode 'pair' with exactly one feedback.*")
    encs = []
    ftext = ""
    for f in fb:
        try:
            ftext, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(ftext) <= hi:
                fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
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
    texts[name] = (ftext, text)
    # dates: both written in the documents, and the gold's late-report judgement agrees with them
    fd, rd = DATES[name]
    if fd not in ftext or rd not in text:
        fails.append(f"{name}: feedback date {fd} or report date {rd} not found in the documents")
    is_late, days = late(*ISO[name])
    flagged_late = any(f["kind"] == "late-report" for f in g["must_flag"])
    cleared_late = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if is_late != flagged_late or is_late == cleared_late:
        fails.append(f"{name}: late-report gold disagrees with dates ({days} days, late={is_late})")
    n = g["issues"]
    total["issues"] += n
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            if lst == "must_flag":
                kinds_flagged[k] = kinds_flagged.get(k, 0) + 1
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
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {days} days; score.py on empty output {last}")
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


def F(p):
    return texts.get(p, ("", ""))[0]


def R(p):
    return texts.get(p, ("", ""))[1]


DISCLOSE = re.compile(r"向社会公开|门户网站|网站公开|网站公示|公开栏|公示栏|予以公布|主动公开")
# ---- per-pair form checks (problem counts and the report form each pair stands for) ----
# p01: （一）（二）（三）…方面 + continuous 1．–7．; report by the unit's own three areas, problems never quoted
_t = F("p01")
form(len(re.findall(r"^[1-7]．", _t[:_t.index("二、整改意见")], re.M)) == 7 and _t.count("方面\n") == 3,
     "p01/feedback: expected three areas with 1．–7．")
_t = R("p01")
form(all(f"（{a}）{b}方面" in _t for a, b in (("一", "党的建设"), ("二", "业务工作"), ("三", "内部管理")))
     and "关于“" not in _t and not any(h in _t for h in ("农药减量增效", "监测预警工作不扎实", "植物检疫执法不规范",
                                                        "专项资金管理使用不规范", "八项规定", "党内组织生活不严肃", "审计整改")),
     "p01/report: expected three own areas and no feedback heading quoted in the items")
# p02: 问题1：…问题7： + 具体表现：; report 共性 once for three problems, 个性 four, nothing published
_t = F("p02")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7,
     "p02/feedback: expected 问题1：…问题7： with 具体表现：")
_t = R("p02")
form("二、共性问题整改情况" in _t and "三、个性问题整改情况" in _t and "没有分开作答" in _t
     and not re.search(r"公开|公示|公布", _t), "p02/report: expected 共性/个性 sections and no disclosure")
# p03: news item with seven ；-separated problems ending 等问题; HTML interview of 问：/答：, no staffing answer
_t = F("p03")
_body = _t[_t.index("但也存在一些突出问题："):_t.index("等问题。")]
form(_body.count("；") == 6, "p03/feedback: expected seven ；-separated problems in one sentence")
_t = R("p03")
form(_t.count("问：") >= 7 and _t.count("答：") >= 7 and "已经全部整改到位" in _t and "临聘" not in _t and "中层" not in _t,
     "p03/report: expected a Q&A with the all-done claim and nothing on staffing")
# p04: speech 一是…七是 + 一要…三要; chronology of dated entries, no 货款 rule, dated after the limit
_t = F("p04")
form(all(f"\n{c}是" in _t for c in "一二三四五六七") and all(f"{c}要" in _t for c in "一二三"), "p04/feedback: expected 一是…七是, 一要…三要")
_t = R("p04")
form(len(re.findall(r"^\d{1,2}月\d{1,2}日　", _t, re.M)) >= 14 and "赊销管理" not in _t and "货款管理" not in _t
     and "信用管理" not in _t, "p04/report: expected ≥14 dated entries and no 赊销/货款 rule")
# p05: areas with restarting 1．2．(3．); report by team member, no 领导小组 / 第一责任人, 其他事项 without a member
_t = F("p05")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7, "p05/feedback: expected 2+3+2")
_t = R("p05")
form(len(re.findall(r"^[一二三四]、(党支部书记、所长|副所长|教导员)", _t, re.M)) == 4 and "整改工作领导小组" not in _t
     and "第一责任人" not in _t and "五、其他事项" in _t, "p05/report: expected four member blocks, no 领导小组, 其他事项")
# p06: DOCX with seven bold （一）–（七）; report: one cell per line, 6 header lines, 7 rows of 6 lines, one pasted paragraph
_x = zipfile.ZipFile(os.path.join(root, "p06", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = F("p06")
form(len(re.findall(r"^（[一二三四五六七]）", _t, re.M)) == 7 and "<w:b/>" in _x, "p06/feedback: expected seven bold （N） headings")
_t = R("p06")
_l = _t.split("\n")
_h = _l.index("序号")
form(_l[_h:_h + 6] == ["序号", "问题", "整改措施", "整改成效", "责任领导", "完成时限"]
     and [_l[_h + 6 + 6 * k] for k in range(7)] == [str(k + 1) for k in range(7)]
     and _t.count("组织全所干部职工认真学习有关法律法规和规章制度，对照问题深入查找不足，切实加强日常监督管理，严格落实工作责任，确保类似问题不再发生。") == 2
     and "根据清查进度确定" in _t, "p06/report: expected a cell-per-line table of 7 rows, the pasted paragraph twice, an undated row")
# p07: 一、…七、 heading。detail; report headings quote only the first words (……), order 3,1,2,6,4,5,7
_t = F("p07")
form(len(re.findall(r"^[一二三四五六七]、[^。]+。", _t, re.M)) == 7, "p07/feedback: expected 一、…七、 heading。detail")
_t = R("p07")
_hd = re.findall(r"^（[一二三四五六七]）关于(.+)的问题$", _t, re.M)
form(len(_hd) == 7 and all("……" in h for h in _hd) and _hd[0].startswith("“康复救助资金"),
     "p07/report: expected seven truncated-quote headings starting with 康复救助资金")
# p08: speech 第一，…第六，; report: measures 1．–9． each with （针对…；牵头…）, nothing on 代打卡 / 一次性告知
_t = F("p08")
form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三"), "p08/feedback: expected 第一，…第六，")
_t = R("p08")
form(len(re.findall(r"^[1-9]．.+（(同时)?针对[^；]+；牵头：", _t, re.M)) == 9 and "打卡" not in _t and "一次性告知" not in _t
     and "来回跑" not in _t, "p08/report: expected nine tagged measures and nothing on 作风")
# p09: news item 主要表现在：一是…六是; report with a code table and 18 task lines, claim 17 of 18 vs three 正在推进
_t = F("p09")
form("主要表现在：" in _t and all(f"{c}是" in _t for c in "一二三四五六"), "p09/feedback: expected 主要表现在：一是…六是")
_t = R("p09")
form(len(re.findall(r"^(DJ|AQ|ZC|GC|XC|RS)-1-[1-3]　", _t, re.M)) == 18 and len(re.findall(r"^(DJ|AQ|ZC|GC|XC|RS)-1　", _t, re.M)) == 6
     and "18项任务已完成17项" in _t and _t.count("正在推进。") == 3, "p09/report: expected codes, 18 tasks, 17-of-18 claim, 3 ongoing")
# p10: （一）–（六） heading lines + 具体表现：; DOCX report with seven 整改前/整改后 blocks and field lines
_t = F("p10")
form(len(re.findall(r"^（[一二三四五六]）\S+$", _t[:_t.index("二、整改建议")], re.M)) == 6 and _t.count("具体表现：") == 6, "p10/feedback: expected six headings + 具体表现：")
_t = R("p10")
form(_t.count("整改前：") == 7 and _t.count("整改后：") == 7 and _t.count("采取的措施：") == 7 and _t.count("责任领导：") == 7,
     "p10/report: expected seven 整改前/采取的措施/整改后 blocks with 责任领导")
# disclosure wording present exactly where the gold says it is not missing
for name, (ft, rt) in texts.items():
    g = json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))
    flagged = any(f["kind"] == "no-disclosure" for f in g["must_flag"])
    if flagged == bool(DISCLOSE.search(rt)):
        fails.append(f"{name}: disclosure wording {'present' if not flagged else 'absent'} disagrees with gold")
print("planted kinds: " + "; ".join(f"{k} {kinds_flagged.get(k, 0)} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
