#!/usr/bin/env python3
"""Check the dev105 pairs (p01-p10, pair ids d105-01 … d105-10); adapted from corpus/dev44/check.py.
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030/GBK file must not be valid UTF-8; HTML: the declared byte encoding and a matching <meta charset>, visible
text = tags stripped, script/style dropped, entities unescaped; DOCX: word/document.xml paragraph text, tables
included), every `links` substring occurs in the report's visible text (exactly once, or exactly as many times as it is
linked when a pasted paragraph is linked to several problems), each gold.json is consistent (only the dev-pairs keys,
mode "pair", known kinds, null issue for document-level kinds, ranges, answered vs unanswered-issue, links only on
answered problems, every answered problem has a link, no (kind, issue) twice, every entry has a why, no stray files),
every gap kind is planted at least once and has a counter-case, exactly two good reports, late-report agrees with the
declared feedback/report dates (both found in the documents) and the three-month rule, every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON, lengths are in range (feedback 1000-5000, report
1800-12000 non-whitespace characters), and the problem count in gold matches the feedback's own numbered structure
(areas, （N）/N． items, restart or running-on numbering as declared). Pair-specific form checks follow at the end.
Usage: python3 check.py [dev105-dir]. Exit 1 on failure; prints OK last when everything passes."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of text and HTML files (every other .txt: UTF-8, LF); DOCX files listed separately
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("gb18030", "crlf"),
    "p03/report.txt": ("utf-16-le-bom", "lf"),
    "p04/feedback.txt": ("utf-8", "crlf"),
    "p05/feedback.html": ("gbk", "lf"),
    "p05/report.txt": ("utf-8", "crlf"),
    "p06/feedback.txt": ("utf-16-le-bom", "lf"),
    "p06/report.html": ("utf-8", "lf"),
    "p07/report.txt": ("gb18030", "crlf"),
    "p09/feedback.txt": ("gb18030", "lf"),
    "p10/report.txt": ("utf-16-le-bom", "crlf"),
}
DOCX = {"p02/feedback.docx", "p04/report.docx", "p07/feedback.docx", "p08/report.docx"}
LENGTHS = {"feedback": (1000, 5000), "report": (1800, 12000)}
# feedback date, report date (as written in the documents)
DATES = {"p01": ("2025-05-20", "2025-08-12"), "p02": ("2025-05-28", "2025-08-20"), "p03": ("2025-04-10", "2025-06-30"),
         "p04": ("2025-04-18", "2025-08-06"), "p05": ("2025-06-05", "2025-08-26"), "p06": ("2025-03-12", "2025-06-03"),
         "p07": ("2025-05-09", "2025-07-31"), "p08": ("2025-02-20", "2025-05-16"), "p09": ("2025-03-27", "2025-07-14"),
         "p10": ("2025-06-17", "2025-09-05")}
CN = "一二三四五六七八九十"
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def cn_num(s):
    """一..九十九 -> int"""
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN.index(s[1]) + 1
    if "十" in s:
        a, b = s.split("十")
        return (CN.index(a) + 1) * 10 + (CN.index(b) + 1 if b else 0)
    return CN.index(s) + 1


def decode_bytes(rel, raw):
    enc, eol = DECLARED.get(rel, ("utf-8", "lf"))
    if enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), "no UTF-16 LE BOM"
        text = raw[2:].decode("utf-16-le")
    elif enc in ("gb18030", "gbk"):
        try:
            raw.decode("utf-8")
            raise AssertionError(f"declared {enc} but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode(enc)
    else:
        assert not raw.startswith((b"\xef\xbb\xbf", b"\xff\xfe")), "unexpected BOM"
        text = raw.decode("utf-8")
    n_crlf, n_lf = text.count("\r\n"), text.count("\n")
    if eol == "crlf":
        assert n_crlf == n_lf and n_lf > 0, f"declared CRLF but {n_crlf} CRLF of {n_lf} LF"
    else:
        assert "\r" not in text, "unexpected CR"
    return text.replace("\r\n", "\n"), enc + ("+crlf" if eol == "crlf" else "")


def html_visible(src):
    src = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", src)
    src = re.sub(r"(?is)<head\b.*?</head>", "", src)
    src = re.sub(r"(?i)<br\s*/?>", "\n", src)
    src = re.sub(r"(?i)</(p|div|h[1-6]|li|tr|table|ul)>", "\n", src)
    src = re.sub(r"(?s)<[^>]+>", "", src)
    lines = [html.unescape(l).strip() for l in src.split("\n")]
    return "\n".join(l for l in lines if l)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        m = re.search(r"(?i)charset=\"?([\w-]+)", text)
        assert m and m.group(1).lower() == enc.split("+")[0], f"meta charset {m and m.group(1)} != declared {enc}"
        return html_visible(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    y, m, d = map(int, iso.split("-"))
    return f"{y}年{m}月{d}日"


def late(fb, rp):
    a, b = datetime.date.fromisoformat(fb), datetime.date.fromisoformat(rp)
    m = a.month + 3
    due = datetime.date(a.year + (m - 1) // 12, (m - 1) % 12 + 1, a.day)
    return b > due, (b - a).days


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, texts, golds = {}, {}, [], {}, {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected pair folders p01..p10, found {[os.path.basename(p) for p in pairs]}")
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
    golds[name] = g
    if set(g) != GOLD_KEYS:
        fails.append(f"{name}: gold keys {sorted(g)}")
    if g["mode"] != "pair" or len(fb) != 1 or len(rp) != 1:
        fails.append(f"{name}: every dev105 pair is mode 'pair' with exactly one feedback.* and one report.*")
        continue
    encs = []
    try:
        ftext, e = visible(fb[0])
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
        continue
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
    # late-report agrees with the dates, and the dates are written in the documents
    fd, rd = DATES[name]
    if cn_date(fd) not in ftext:
        fails.append(f"{name}: feedback date {fd} not found in the feedback")
    if cn_date(rd) not in text:
        fails.append(f"{name}: report date {rd} not found in the report")
    is_late, days = late(fd, rd)
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    cleared = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if is_late != flagged or is_late == cleared:
        fails.append(f"{name}: late-report gold disagrees with the dates ({days} days)")
    linked, counts = set(), {}
    for l in g["links"]:
        counts[l["measure"]] = counts.get(l["measure"], 0) + 1
    for l in g["links"]:
        total["links"] += 1
        linked.add(l["issue"])
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != counts[l["measure"]]:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text (linked {counts[l['measure']]}x): {l['measure']}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name} (d105-{name[1:]}): {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g['links'])}; {days} days{' LATE' if is_late else ''}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if good != ["p01", "p06"]:
    fails.append(f"expected exactly p01 and p06 without must_flag (good reports), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def region(t, start, end):
    i = t.index(start)
    j = t.index(end, i)
    return t[i:j]


def problems(name, reg, style, restart, areas):
    """Count numbered problems in a feedback region. style 'paren': （一）… lines; 'dot': 1．… lines.
    restart: numbering restarts in each area (else runs on). areas: expected number of area headings 一、…方面 or （N）…方面."""
    if style == "paren":
        nums = [cn_num(m) for m in re.findall(r"^（([一二三四五六七八九十]+)）", reg, re.M)]
    else:
        nums = [int(m) for m in re.findall(r"^(\d+)．", reg, re.M)]
    # split into runs at every restart to 1
    runs, cur = [], []
    for x in nums:
        if x == 1 and cur:
            runs.append(cur)
            cur = []
        cur.append(x)
    if cur:
        runs.append(cur)
    ok_seq = all(r == list(range(1, len(r) + 1)) for r in runs)
    if restart:
        form(ok_seq and len(runs) == areas, f"{name}: expected {areas} areas with numbering restarting, got runs {runs}")
    else:
        form(ok_seq and len(runs) == 1, f"{name}: expected one running-on sequence, got {runs}")
    pair = name.split("/")[0]
    form(len(nums) == golds[pair]["issues"], f"{name}: feedback numbers {len(nums)} problems, gold says {golds[pair]['issues']}")
    return nums


def T(name, which):
    return texts[name][0 if which == "f" else 1]


AREA = r"^(?:[一二三四五]、|（[一二三四五]）).*方面$"
DISCLOSE = re.compile(r"(整改|进展)情况.{0,12}(公开|公布|公示|通报)|门户网站|政务公众号|(?<!面)向社会公开|主动公开|监督电话")
if len(texts) == 10:
    # p01: 一、…四、…方面 with （一）… restarting (4+5+4+3), count stated; report: general part, 16 items, 四 追责, 五 建章立制
    t = region(T("p01", "f"), "归纳起来共4个方面16个问题", "针对上述问题")
    problems("p01/feedback", t, "paren", True, 4)
    form(len(re.findall(AREA, t, re.M)) == 4 and t.count("一是") == 3, "p01/feedback: expected 4 areas and three 一是/二是 problems")
    t = T("p01", "r")
    form(t.index("一、提高政治站位") < t.index("二、加强组织领导") < t.index("三、反馈问题整改落实情况") < t.index("四、严肃追责问责")
         < t.index("五、坚持建章立制") and len(re.findall(r"^\d+．关于", t, re.M)) == 16 and len(re.findall(r"^（责任领导：", t, re.M)) == 16
         and t.count("整改进展：正在推进") == 4, "p01/report: expected general part, 16 nested items with brackets, 4 ongoing, 追责 and 建章立制 sections")
    # p02: DOCX bold areas + continuous 1．–14．; report: five own work lines, general deadline, no boat, all-done claim
    t = region(T("p02", "f"), "现将巡察发现的主要问题反馈如下", "巡察中发现的涉嫌")
    problems("p02/feedback", t, "dot", False, 4)
    x = zipfile.ZipFile(os.path.join(root, "p02", "feedback.docx")).read("word/document.xml").decode("utf-8")
    form(len(re.findall(AREA, t, re.M)) == 4 and x.count("<w:b/>") >= 8, "p02/feedback.docx: expected 4 bold area headings")
    t = T("p02", "r")
    form(len(re.findall(r"^[一二三四五]、抓.*（牵头领导：", t, re.M)) == 5 and "船" not in t and "艇" not in t
         and "已全部完成整改" in t and "正在与所在乡镇协调拆除" in t and "所有整改任务于2025年8月15日前完成" in t,
         "p02/report: expected five work lines with 牵头领导, no boats, the all-done claim beside an open item, one general limit")
    # p03: speech, 二、 areas （一）…（四） with restarting 1．(3+5+3+2); report by number with two merged headings
    t = T("p03", "f")
    form(t.startswith("在县委第二巡察组") and "同志们：" in t and all(f"{c}要" in t for c in "一二三四"), "p03/feedback: expected a speech with 一要…四要")
    t = region(t, "二、巡察发现的主要问题", "三、几点意见")
    problems("p03/feedback", t, "dot", True, 4)
    t = T("p03", "r")
    heads = re.findall(r"^[一二三四五六七八九十]+、关于第.*$", t, re.M)
    item9 = region(t, "八、关于第三方面第1个问题", "九、")
    form(len(heads) == 11 and "关于第二方面第1个问题和第四方面第2个问题" in t and "关于第二方面第3、4个问题" in t
         and "责任领导" not in item9 and "责任部门：指挥部各部门" in item9 and t.count("完成时限：持续推进") == 1
         and t.count("责任领导：") == 10, "p03/report: expected 11 by-number headings, two merges, one item without 责任领导, one 持续推进 limit")
    # p04: （一）–（十八） running on over 3 areas; DOCX report with 附表 of 18 rows, rows 5 and 17 the only answers
    t = region(T("p04", "f"), "现将巡察发现的主要问题反馈如下", "巡察中发现的问题线索")
    problems("p04/feedback", t, "paren", False, 3)
    form(len(re.findall(AREA, t, re.M)) == 3, "p04/feedback: expected 3 areas")
    t = T("p04", "r")
    x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
    prose = t[:t.index("巡察反馈问题整改落实情况汇总表")]
    rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", x)
    cells = [["".join(re.findall(r"<w:t(?:\s[^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)] for r in rows]
    form(len(cells) == 19 and all(len(c) == 7 for c in cells) and [c[0] for c in cells[1:]] == [str(i) for i in range(1, 19)]
         and all((c[2] == "见报告正文") == (c[0] not in ("5", "17")) for c in cells[1:])
         and "体检" not in prose and "定向培养" not in prose and "<w:b/>" in x
         and [c[0] for c in cells[1:] if c[6] == "正在推进"] == ["2", "3", "4", "7", "18"],
         "p04/report.docx: expected a 7-column 附表 of 18 rows, rows 5 and 17 the only answers, 5 ongoing rows")
    # p05: HTML (GBK) with 3 areas, restarting 1．(5+4+3); report with 12 own short headings, pasted paragraph twice, no disclosure
    t = region(T("p05", "f"), "现将反馈的3个方面12个问题公布如下", "巡察组要求")
    problems("p05/feedback", t, "dot", True, 3)
    raw = open(os.path.join(root, "p05", "feedback.html"), "rb").read().decode("gbk")
    form("<strong>一、" in raw and "当前位置" in T("p05", "f") and "备案号" in T("p05", "f"), "p05/feedback.html: expected page chrome and <strong> areas")
    t = T("p05", "r")
    rep = "中心党支部组织全体党员干部认真学习习近平总书记关于党的建设的重要思想和上级有关文件精神"
    form(len(re.findall(r"^\d+．\S+的问题$", t, re.M)) == 12 and t.count(rep) == 2 and not DISCLOSE.search(t)
         and "网站" not in t, "p05/report: expected 12 own short headings, the pasted paragraph twice, no disclosure")
    # p06: UTF-16 LE, 4 areas with （一）… restarting (5+5+3+2), count stated; report: public HTML 通报
    t = region(T("p06", "f"), "现将巡察发现的主要问题反馈如下", "以上共4个方面15个问题")
    problems("p06/feedback", t, "paren", True, 4)
    t = T("p06", "r")
    form("索引号" in t and "主动公开" in t and len(re.findall(r"^\d+．关于“.*”问题的整改$", t, re.M)) == 15
         and len(re.findall(r"^（[一二三四]）在“.*”方面$", t, re.M)) == 4 and "联系电话" in t and t.count("整改进展：持续推进") == 3,
         "p06/report.html: expected a public 通报 with 4 areas, 15 items, 3 持续推进 and contacts")
    # p07: DOCX bold areas with restarting 1．(5+5+4+3); report: general part, by number, one merge, 第三方面第3个 skipped
    t = region(T("p07", "f"), "现将巡察发现的主要问题反馈如下", "巡察中发现的问题线索")
    problems("p07/feedback", t, "dot", True, 4)
    t = T("p07", "r")
    form(t.index("一、提高政治站位") < t.index("二、加强组织领导") < t.index("三、坚持边整边改") and "关于第三方面第3个问题" not in t
         and "关于第三方面第2个问题" in t and "关于第三方面第4个问题" in t and "关于第二方面第4、5个问题" in t
         and t.count("完成时限：逐步推进") == 1 and "双师" not in t and len(re.findall(r"^\d+．关于第", t, re.M)) == 15,
         "p07/report: expected general part, 15 by-number items, one merge, the skipped problem, one 逐步推进")
    # p08: five areas with （一）… restarting (4+4+3+3+2); DOCX report with merges, field paragraphs and a rules table
    t = region(T("p08", "f"), "现将巡察发现的主要问题反馈如下", "以上共5个方面16个问题")
    problems("p08/feedback", t, "paren", True, 5)
    t = T("p08", "r")
    form(len(re.findall(r"^\d+．关于第", t, re.M)) == 13 and t.count("责任部门：各部门") == 1 and t.count("责任领导：") == 12
         and "正在推进2个" in t and t.count("整改进展：正在推进") == 3 and "《员工兼职管理规定》" in t
         and t.index("《员工兼职管理规定》") > t.index("三、建章立制情况"),
         "p08/report.docx: expected 13 items, one without 责任领导, 2 ongoing claimed vs 3 shown, the 兼职 rule only in the table")
    # p09: GB18030, continuous 1．–13．; report: own blocks + ｜ table without row 12, no leading group
    t = region(T("p09", "f"), "现将巡察发现的主要问题反馈如下", "巡察中发现的问题线索")
    problems("p09/feedback", t, "dot", False, 3)
    t = T("p09", "r")
    rows = [l.split("｜") for l in t.split("\n") if "｜" in l]
    form(len(rows) == 13 and all(len(r) == 6 for r in rows) and [r[0] for r in rows[1:]] == [str(i) for i in range(1, 12)] + ["13"]
         and t.count("领导小组") == 1 and "第一责任人" not in t and "职代会" not in t and "职工代表大会" not in t
         and "过磅" in t and not re.search(r"《[^》]*(过磅|收购)[^》]*》", t),
         "p09/report: expected a ｜ table without row 12, no leading group, no rule on weighing")
    # p10: 一、 with areas （一）…（四） and restarting 1．(4+4+4+2); report: no leading group, pasted paragraph twice, no disclosure
    t = region(T("p10", "f"), "一、巡察发现的主要问题", "二、整改意见")
    problems("p10/feedback", t, "dot", True, 4)
    t = T("p10", "r")
    rep = "学校组织全体教职工深入学习上级有关文件精神，对照问题认真开展自查自纠"
    form(t.count(rep) == 2 and t.count("领导小组") == 1 and "第一责任人" not in t and "书记" not in t and not DISCLOSE.search(t),
         "p10/report: expected the pasted paragraph twice, no leading group, no secretary, no disclosure")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: pairs {len(pairs)}, issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
