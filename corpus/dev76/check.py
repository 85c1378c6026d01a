#!/usr/bin/env python3
"""Check the dev76 pairs (p01-p10, pair ids d76-01 … d76-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: visible text without head/style), every `links`
substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys; known
kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every
answered problem has at least one link; mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no
stray files), every gap kind is planted (must_flag) in at least one pair and has at least one counter-case
(must_not_flag) in the set, exactly one pair has no must_flag (the good report), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}. Each feedback
must have 800-3000 and each report 1500-5000 non-whitespace characters. The feedback and report dates in the documents
must agree with the lateness in the gold (late-report in must_flag iff the report is dated more than three calendar
months after the feedback). Pair-specific form checks follow at the end.
Usage: python3 check.py [dev76-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF); DOCX files listed for the record
DECLARED = {
    "p02/report.txt": ("utf-16-le-bom", "lf"),
    "p03/feedback.txt": ("gb18030", "lf"),
    "p05/feedback.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("gb18030", "lf"),
}
DOCX = {"p04/report.docx", "p07/report.docx", "p10/feedback.docx"}
HTML = {"p10/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# (feedback date, report date) as they stand in the documents; checked against the text and against late-report
DATES = {
    "p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年11月5日", "2025年1月24日"),
    "p03": ("2024年8月27日", "2024年12月19日"), "p04": ("4月22日", "2025年7月15日"),
    "p05": ("2024年9月10日", "2024年12月2日"), "p06": ("2025年5月13日", "2025年8月5日"),
    "p07": ("2024年12月3日", "2025年2月26日"), "p08": ("2025年1月9日", "2025年3月31日"),
    "p09": ("10月16日", "2025年1月8日"), "p10": ("2025年2月20日", "2025年6月30日"),
}
FEEDBACK_YEAR = {"p04": 2025, "p09": 2024}  # news items give the day without the year; the year is in the header
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
    assert re.search(r'<meta charset="utf-8">', src, re.I), "HTML does not declare charset utf-8"
    t = re.sub(r"(?is)<(head|style|script)[^>]*>.*?</\1>", "", src)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h\d|tr|li|table)>", "\n", t)
    t = re.sub(r"(?i)</td>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    t = "\n".join(l.strip() for l in t.split("\n") if l.strip())
    return t, "html/" + enc


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(rel, open(f, "rb").read())
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def parse_date(s, year=None):
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", s)
    return datetime.date(int(m.group(1) or year), int(m.group(2)), int(m.group(3)))


def late(fb, rp):
    y, m = fb.year + (fb.month + 2) // 12, (fb.month + 2) % 12 + 1
    return rp > datetime.date(y, m, min(fb.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


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
TEXTS = {}
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
        fails.append(f"{name}: every dev76 pair is mode 'pair' with exactly one feedback.*")
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
    TEXTS[name] = (ftext, text)
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
    # dates: both in the documents, and late-report in must_flag iff the report is late
    fd, rd = DATES[name]
    if fd not in ftext or rd not in text:
        fails.append(f"{name}: dates {fd} / {rd} not found in the documents")
    else:
        fdate, rdate = parse_date(fd, FEEDBACK_YEAR.get(name)), parse_date(rd)
        is_late = late(fdate, rdate)
        flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
        if is_late != flagged:
            fails.append(f"{name}: report {'late' if is_late else 'in time'} ({(rdate - fdate).days} days) but late-report must_flag is {flagged}")
        if not is_late and not any(f["kind"] == "late-report" for f in g["must_not_flag"]):
            fails.append(f"{name}: an in-time report should carry late-report in must_not_flag")
        encs.append(f"{(rdate - fdate).days} days")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def T(name, which):
    return TEXTS.get(name, ("", ""))[0 if which == "f" else 1]


def section(t, start, end=None):
    i = t.index(start)
    j = t.index(end, i + len(start)) if end else len(t)
    return t[i:j]


# rectification-disclosure words (村务公开栏 in p06 is a subsidy notice and is removed before the test)
DISCLOSE = re.compile(r"网站|公开栏|公示栏|公告栏|公众号|向社会公开|予以公布|主动公开|监督电话|联系电话|党内通报")
SANCTION = re.compile(r"处分|诫勉|批评教育|提醒谈话|书面检查|免去|问责|追责|移送|移交")

# ---- per-pair form checks ----
# p01: areas （一）（二）（三）…方面 + continuous 1．–7．; seven 关于 items with five fields; item （三） names no sanction,
# the closing 追责问责 section names 问题3; 《历史结存专项资金清退管理办法》 under both （四） and （五）
_f, _r = T("p01", "f"), T("p01", "r")
form(len(re.findall(r"^[1-7]．", _f, re.M)) == 7 and len(re.findall(r"^（[一二三]）.*方面$", _f, re.M)) == 3,
     "p01/feedback: expected three （N）…方面 areas with continuous 1．–7．")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _r, re.M)) == 7 and len(re.findall(r"^整改时限：", _r, re.M)) == 7
     and len(re.findall(r"^整改成效：", _r, re.M)) == 7, "p01/report: expected seven 关于 items with fields")
form(not SANCTION.search(section(_r, "（三）关于", "（四）关于")) and "对问题3中" in section(_r, "三、追责问责情况")
     and section(_r, "（四）关于", "（五）关于").count("《历史结存专项资金清退管理办法》") == 1
     and section(_r, "（五）关于", "（六）关于").count("《历史结存专项资金清退管理办法》") == 1,
     "p01/report: expected item 3 without sanction, accountability in the closing section, the shared rule under 4 and 5")
# p02: speech 第一，…第六，, 一要…三要; by-number report, the stock paragraph under 2 and 5, no sanction under 4
_f, _r = T("p02", "f"), T("p02", "r")
form(all(f"第{c}，" in _f for c in "一二三四五六") and all(f"{c}要" in _f for c in "一二三") and "三个月内" in _f,
     "p02/feedback: expected 第一，…第六，, 一要…三要, 三个月内")
_stock = "所党支部高度重视，第一时间召开支委会进行专题研究，组织全所干部职工逐条学习反馈意见"
form(len(re.findall(r"^（[一二三四五六]）针对第[1-6]个问题$", _r, re.M)) == 6 and _r.count(_stock) == 2
     and not SANCTION.search(section(_r, "（四）针对第4个问题", "（五）针对")) and "针对第6个问题" in section(_r, "三、追责问责情况"),
     "p02/report: expected six by-number answers, the stock paragraph twice, no sanction under 4")
# p03: 问题清单 问题1：…问题7： + 具体表现：; ledger 8 fields × 8 lines, row 1 without a rule, row 7 owned by 班子成员
_f, _r = T("p03", "f"), T("p03", "r")
form(len(re.findall(r"^问题[1-7]：", _f, re.M)) == 7 and len(re.findall(r"^具体表现：", _f, re.M)) == 7,
     "p03/feedback: expected 问题1：…问题7： with 具体表现：")
_rows = [l.split("｜") for l in _r.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 8 for r in _rows) and "《" not in _rows[1][2] and _rows[7][3] == "班子成员"
     and _rows[7][4] == "各相关科室" and "严重警告" in _rows[5][7],
     "p03/report: expected an 8-field ledger of 7 rows, row 1 without a rule, row 7 owned by 班子成员, row 5 sanction column")
# p04: news item, one 巡察组指出…等问题 sentence with seven ；-parts; DOCX report with six bold 关于 headings, no 审计
_f, _r = T("p04", "f"), T("p04", "r")
_s = re.search(r"巡察组指出，(.*?)等问题。", _f).group(1)
form(len(_s.split("；")) == 7 and "2022年县审计局" in _s, "p04/feedback: expected one 巡察组指出 sentence with seven parts")
_x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
form(len(re.findall(r"^（[一二三四五六]）关于“", _r, re.M)) == 6 and "<w:b/>" in _x and "审计" not in _r
     and "反馈的7个问题已全部整改完成" in _r and "剩余任务将于2025年12月底前完成" in _r,
     "p04/report: expected six bold 关于 items, none on the audit, the all-done claim beside a year-end remainder")
# p05: 一、…六、 heading。detail (CRLF); report by four work lines, 待补选条件成熟后, closing section only on the trip
_f, _r = T("p05", "f"), T("p05", "r")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _f, re.M)) == 6, "p05/feedback: expected 一、…六、 heading。detail")
form(all(f"）{w}" in _r for w in ("公共文化服务线", "经营管理线", "党的建设线", "安全生产线")) and "待补选条件成熟后" in _r
     and "荀伯川" in section(_r, "三、追责问责情况") and not re.search("售票|票务", section(_r, "三、追责问责情况", "四、")),
     "p05/report: expected four work lines, an undated by-election, accountability only for the trip")
# p06: speech 从…看 with 一是…七是, 一要…三要; first-person report, the template three times, no rectification disclosure
_f, _r = T("p06", "f"), T("p06", "r")
form(all(f"{c}是" in _f for c in "一二三四五六七") and all(f"{c}要" in _f for c in "一二三") and _f.count("从") >= 3,
     "p06/feedback: expected 从…看 paragraphs with 一是…七是 and 一要…三要")
form(_r.count("我") >= 10 and _r.count("坚持每月调度一次，确保问题整改到位") == 3
     and not DISCLOSE.search(_r.replace("村务公开栏", "")), "p06/report: expected a first-person report, the template three times, no disclosure")
# p07: areas with restarting 1．2．(3．); DOCX table 9 columns × 8 rows, no 领导小组/第一责任人, row 4 owned by the team
_f, _r = T("p07", "f"), T("p07", "r")
form(len(re.findall(r"^1．", _f, re.M)) == 3 and len(re.findall(r"^[1-3]．", _f, re.M)) == 7, "p07/feedback: expected restarting 1．2．(3．)")
_x = zipfile.ZipFile(os.path.join(root, "p07", "report.docx")).read("word/document.xml").decode("utf-8")
_trs = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
form(len(_trs) == 8 and all(len(re.findall(r"<w:tc>", tr)) == 9 for tr in _trs) and "领导小组" not in _r.replace("县委巡察工作领导小组", "")
     and "第一责任人" not in _r and "馆领导班子" in _trs[4] and "《" not in re.sub(r"<[^>]+>", "", _trs[5]),
     "p07/report: expected a 9-column table of 7 rows, no 领导小组, row 4 owned by 馆领导班子, row 5 without a rule")
# p08: （一）–（七） heading。detail; report 问题N：/整改情况： × 7, 视物资采购情况而定, no disclosure, no sanction under 4
_f, _r = T("p08", "f"), T("p08", "r")
form(len(re.findall(r"^（[一二三四五六七]）[^。]+。", _f, re.M)) == 7, "p08/feedback: expected （一）–（七） heading。detail")
form(len(re.findall(r"^问题[1-7]：", _r, re.M)) == 7 and len(re.findall(r"^整改情况：", _r, re.M)) == 7
     and "视物资采购情况而定" in _r and not DISCLOSE.search(_r) and not SANCTION.search(section(_r, "问题4：", "问题5：")),
     "p08/report: expected 问题N：/整改情况：, an undated item 7, no disclosure, no sanction under 4")
# p09: news item 主要有：一是…六是; report grouped by status: four done + one ongoing, claim of five done, no 驿站
_f, _r = T("p09", "f"), T("p09", "r")
form("主要有：一是" in _f and all(f"{c}是" in _f for c in "一二三四五六"), "p09/feedback: expected 主要有：一是…六是")
_done = section(_r, "二、已完成整改的问题", "三、正在推进的问题")
form(len(re.findall(r"^（[一二三四五]）", _done, re.M)) == 4 and "已完成整改5个，正在推进1个" in _r and "驿站" not in _r
     and not SANCTION.search(re.search(r"（二）职业技能培训补贴.*", _done).group(0)),
     "p09/report: expected four done + one ongoing against a claim of five, no 驿站, no sanction on the subsidy fraud")
# p10: DOCX feedback with bold areas + 1．–7．; public HTML 通报 with header, seven 关于 items, a one-line item 2
_f, _r = T("p10", "f"), T("p10", "r")
_x = zipfile.ZipFile(os.path.join(root, "p10", "feedback.docx")).read("word/document.xml").decode("utf-8")
form(len(re.findall(r"^[1-7]．", _f, re.M)) == 7 and "<w:b/>" in _x, "p10/feedback: expected bold areas and 1．–7．")
form("索引号：" in _r and "公开方式：主动公开" in _r and "联系电话" in _r and len(re.findall(r"^[1-7]．关于", _r, re.M)) == 7
     and "《" not in section(_r, "2．关于", "3．关于") and "苗鹤鸣" in section(_r, "三、追责问责情况"),
     "p10/report: expected a public 通报 with header, seven items, no rule under 2, accountability for 2 at the end")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good report: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
