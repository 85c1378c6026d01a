#!/usr/bin/env python3
"""Check the dev104 pairs (p01-p10, pair ids d104-01 … d104-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT and HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030
file must not be valid UTF-8, an HTML file's <meta> charset must match; DOCX: word/document.xml paragraph text, table cells
included); every `links` substring occurs exactly once in the report's visible text (HTML: the page text without tags,
scripts and <head>); every quoted phrase “…” in a gold `why` (split at …) occurs in the feedback or the report; each
gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs
unanswered-issue; links only on answered problems; every answered problem has at least one link; mode "pair"; no duplicate
(kind, issue); every entry has a why; no stray files); the problem count of each gold equals the count read from the
feedback's own numbering (per-pair pattern, numbers checked in sequence or restarting per area); late-report is in
must_flag exactly when the report date is more than three months after the feedback date (else in must_not_flag); every
gap kind is planted (must_flag) and countered (must_not_flag) somewhere in the set; one or two pairs have no must_flag;
every notes.md has the required sections; every gold file runs through /work/shared/dev-pairs/score.py against an empty
analyze JSON. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev104-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files; DOCX files are listed apart
DECLARED = {
    "p01/feedback.txt": ("utf-8", "lf"), "p01/report.txt": ("utf-8", "lf"),
    "p02/report.txt": ("utf-16-le-bom", "lf"),
    "p03/feedback.txt": ("gb18030", "lf"), "p03/report.html": ("utf-8", "lf"),
    "p04/feedback.txt": ("utf-8", "crlf"),
    "p05/feedback.txt": ("utf-8", "lf"), "p05/report.txt": ("gb18030", "lf"),
    "p06/feedback.txt": ("gb18030", "crlf"), "p06/report.txt": ("utf-8", "lf"),
    "p07/feedback.txt": ("utf-16-le-bom", "lf"), "p07/report.txt": ("utf-8", "crlf"),
    "p08/report.html": ("gb18030", "lf"),
    "p09/feedback.txt": ("utf-8", "lf"),
    "p10/feedback.txt": ("utf-8", "lf"), "p10/report.txt": ("utf-8", "lf"),
}
DOCX = {"p02/feedback.docx", "p04/report.docx", "p08/feedback.docx", "p09/report.docx"}
# feedback date, report date (the report's own date line)
DATES = {"p01": ("2025年6月12日", "2025年9月5日"), "p02": ("2025年4月22日", "2025年7月18日"),
         "p03": ("2025年3月18日", "2025年6月13日"), "p04": ("2025年1月15日", "2025年5月6日"),
         "p05": ("2024年11月26日", "2025年2月21日"), "p06": ("2025年5月8日", "2025年7月30日"),
         "p07": ("2025年2月20日", "2025年5月16日"), "p08": ("2024年9月10日", "2024年12月27日"),
         "p09": ("2025年6月3日", "2025年8月29日"), "p10": ("2025年4月15日", "2025年7月11日")}
LENGTHS = {"feedback": (1000, 4000), "report": (1600, 8000)}
ISSUE_RANGE = (12, 20)
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED[rel]
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


def html_text(src, enc):
    m = re.search(r'charset="?([\w-]+)', src, re.I)
    assert m and m.group(1).lower() == enc, f"<meta> charset {m and m.group(1)} does not match declared {enc}"
    body = re.sub(r"(?is)<head>.*?</head>|<script.*?</script>|<style.*?</style>", "", src)
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|li|h\d|td|table)>", "\n", body)
    body = html.unescape(re.sub(r"<[^>]+>", "", body))
    lines = [re.sub(r"[ \t\u3000]+", " ", l).strip() for l in body.split("\n")]
    return "\n".join(l for l in lines if l)


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    assert rel in DECLARED, "undeclared text file"
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        return html_text(text, DECLARED[rel][0]), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cdate(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def plus_three_months(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return datetime.date(y, m, day)


CN = {c: i + 1 for i, c in enumerate("一二三四五六七八九")}


def cn_num(s):
    if s == "十":
        return 10
    if s.startswith("十"):
        return 10 + CN[s[1]]
    if s.endswith("十"):
        return CN[s[0]] * 10
    if "十" in s:
        return CN[s[0]] * 10 + CN[s[2]]
    return CN[s]


# How each feedback numbers its problems: (regex on the problem block with one group = the number, block start, block end,
# "running" = 1..N in sequence across areas, or "restart" = 1..k in each area with the area count given)
COUNT = {
    "p01": (r"^（([一二三四五六七八九十]+)）", "巡察发现的主要问题", "巡察整改意见", "running", 4),
    "p02": (r"^(\d+)．", "一、贯彻落实", "整改要求", "restart", 4),
    "p03": (r"^(\d+)．", "一、落实党的理论", "针对上述问题", "running", 4),
    "p04": (r"^（([一二三四五六七八九十]+)）", "一、贯彻落实", "巡察组建议", "restart", 4),
    "p05": (r"^(\d+)．", "一、落实党的理论", "整改要求", "restart", 4),
    "p06": (r"^(\d+)．", "一、巡察发现的主要问题", "二、整改意见", "running", 4),
    "p07": (r"^(\d+)．", "一、贯彻落实", "针对以上问题", "restart", 4),
    "p08": (r"^（([一二三四五六七八九十]+)）", "一、贯彻落实", "巡察组建议", "running", 4),
    "p09": (r"^(\d+)\. ", "一、落实党的理论", "整改要求", "running", 4),
    "p10": (r"^(\d+)．", "一、巡察发现的主要问题", "二、整改要求", "restart", 5),
}
AREA = re.compile(r"^(?:[一二三四五]、|（[一二三四五]）)[^\n]*方面$", re.M)


def count_problems(name, text):
    pat, start, end, mode, areas = COUNT[name]
    block = text[text.index(start):text.index(end, text.index(start))]
    nums = [m.group(1) for m in re.finditer(pat, block, re.M)]
    nums = [int(n) if n.isdigit() else cn_num(n) for n in nums]
    n_areas = len(AREA.findall(block))
    if n_areas != areas:
        raise AssertionError(f"expected {areas} area headings …方面, found {n_areas}")
    if mode == "running":
        assert nums == list(range(1, len(nums) + 1)), f"numbers not running 1..N: {nums}"
    else:
        assert nums.count(1) == areas, f"numbering does not restart in each of {areas} areas: {nums}"
        runs, cur = [], []
        for n in nums:
            if n == 1 and cur:
                runs.append(cur)
                cur = []
            cur.append(n)
        runs.append(cur)
        assert all(r == list(range(1, len(r) + 1)) for r in runs), f"numbers not 1..k in each area: {nums}"
    return len(nums), nums


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
texts = {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX):
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
    else:
        notes = open(os.path.join(d, "notes.md"), encoding="utf-8").read()
        for sec in ("## Forms", "## Problems in order", "## Gold", "## Traps", "## May report"):
            if sec not in notes:
                fails.append(f"{name}: notes.md lacks section '{sec}'")
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1 or len(fb) != 1 or g["mode"] != "pair":
        fails.append(f"{name}: every dev104 pair is mode 'pair' with exactly one feedback.* and one report.*")
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
    if not ISSUE_RANGE[0] <= n <= ISSUE_RANGE[1]:
        fails.append(f"{name}: {n} problems, outside {ISSUE_RANGE}")
    try:
        counted, nums = count_problems(name, ftext)
        if counted != n:
            fails.append(f"{name}: feedback numbering gives {counted} problems, gold says {n}")
    except Exception as e:
        fails.append(f"{name}: cannot count the feedback's problems: {e}")
        nums = []
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
            flat = re.sub(r"\s", "", ftext + "\n" + text)
            for q in re.findall(r"“([^”]*[\u4e00-\u9fff][^”]*)”", f.get("why", "")):
                for part in q.split("…"):
                    part = re.sub(r"\s", "", part)
                    if len(part) >= 4 and part not in flat:
                        fails.append(f"{name}: quoted phrase in a why is in neither document: “{part}”")
    if not g["must_flag"]:
        good.append(name)
    # late-report: must_flag iff the report date is after feedback date + 3 months
    fd, rd = DATES[name]
    if fd not in ftext or rd not in text:
        fails.append(f"{name}: dates {fd} / {rd} not found in the documents")
    late = cdate(rd) > plus_three_months(cdate(fd))
    days = (cdate(rd) - cdate(fd)).days
    flagged = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
    cleared = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    if late != flagged or late == cleared:
        fails.append(f"{name}: report {days} days after feedback (late={late}) but late-report gold disagrees")
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
    print(f"{name}: {n} issues (feedback numbering {nums}), must_flag {len(g['must_flag'])}, must_not_flag "
          f"{len(g['must_not_flag'])}, links {len(g.get('links', []))}; {', '.join(encs)}; {days} days"
          f"{' LATE' if late else ''}; score.py on empty output {last}")
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


def T(name, which):
    return texts.get(name, ("", ""))[0 if which == "feedback" else 1]


def xml(rel):
    return zipfile.ZipFile(os.path.join(root, rel)).read("word/document.xml").decode("utf-8")


DISCLOSE = re.compile(r"向社会公开|门户网站|网站公开|网站“|公开栏|公示栏|予以公布|主动公开|官方网站|职工大会上通报|整改公开")
SUB = re.compile(r"一是[^。；\n]*；二是")
# ---- per-pair form checks ----
# p01: sub-points in three problems; report: general part before the items, 15 nested items, 12 with 责任领导, disclosure
_f, _r = T("p01", "feedback"), T("p01", "report")
form(len(SUB.findall(_f)) == 3, "p01/feedback: expected 一是…；二是 inside three problems")
form(_r.index("一、提高政治站位") < _r.index("二、加强组织领导") < _r.index("三、反馈问题整改落实情况")
     and len(re.findall(r"^\d+．关于“", _r, re.M)) == 15 and len(re.findall(r"^（\d）", _r, re.M)) >= 30
     and len(re.findall(r"^责任领导：", _r, re.M)) == 12 and "由党组书记柏蘅之亲自牵头" in _r and DISCLOSE.search(_r),
     "p01/report: expected general part, 15 nested items with （1）（2）, 12 owner lines, the area owner, disclosure")
# p02: DOCX with bold area headings; report UTF-16 in five work lines, one general time limit, nothing on 劳动报酬
_x = xml("p02/feedback.docx")
form(_x.count("<w:b/>") >= 5 and "方面</w:t>" in _x, "p02/feedback.docx: expected bold area headings")
_r = T("p02", "report")
form(len(re.findall(r"^（[一二三四五]）坚持", _r, re.M)) == 5 and "7月10日前完成" in _r and "劳动报酬" not in _r
     and "习艺" not in _r and "待立项后实施" in _r, "p02/report: expected five 坚持 work lines, one time limit, no 劳动报酬")
# p03: GB18030 feedback with running 1．–18．; HTML 通报 with chrome, restarting item numbers, a merged heading, 3 open items
_r = T("p03", "report")
_raw = open(os.path.join(root, "p03/report.html"), encoding="utf-8").read()
form("<div class=\"nav\">" in _raw and "当前位置" in _r and "整改完成率88.9%" in _r and "（同类问题一并整改）" in _r
     and len(re.findall(r"^\d．关于“", _r, re.M)) == 17 and len(re.findall(r"整改状态：(正在整改|持续推进)", _r)) == 3,
     "p03/report.html: expected page chrome, 88.9% claim, a merged heading, 17 item headings, three open items")
# p04: CRLF feedback; DOCX report with a 14-row annex table, nothing on 选人用人 / 民主推荐, 集团领导班子 owner, late
_x = xml("p04/report.docx")
_r = T("p04", "report")
form(_x.count("<w:tr>") == 15 and "选人用人" not in _r and "民主推荐" not in _r and "集团领导班子" in _r
     and "建造师" in _r and _r.index("建造师") > _r.index("附件"), "p04/report.docx: expected a 14-row annex, no 选人用人, 人才 only in the annex")
# p05: restarting 1．; GB18030 report with 12 own-word quoted headings, merged by number, boilerplate twice, no disclosure
_r = T("p05", "report")
_bp = "局党组高度重视，组织召开专题会议进行研究部署，对照问题逐项建立整改台账，明确责任分工，细化整改措施，压实整改责任，做到立行立改、真改实改，确保问题整改到位、取得实效。"
form(len(re.findall(r"^（[一二三四五六七八九十]+）“", _r, re.M)) == 11 and "关于第二方面第3、4个问题" in _r and _r.count(_bp) == 2
     and not DISCLOSE.search(_r) and "完成时限：追缴工作视企业经营状况分期推进" in _r,
     "p05/report: expected 11 quoted own-word headings + 1 merged by number, boilerplate twice, no disclosure, undated item")
# p06: GB18030 CRLF feedback; report without 领导小组 / 第一责任人 / 党委书记, signed by the 盐场, disclosure to staff
_r = T("p06", "report")
form(all(w not in _r for w in ("整改工作领导小组", "第一责任人", "党委书记")) and re.search(r"\n蘅滩县国营盐场\n+2025年7月30日$", _r.rstrip())
     and DISCLOSE.search(_r) and len(re.findall(r"^[一二三四五六七八九十]+、关于", _r, re.M)) == 12,
     "p06/report: expected 12 items, no 领导小组/第一责任人/党委书记, signed by the 盐场, disclosure")
# p07: UTF-16 feedback with （1）（2） sub-points; CRLF report with 14 short own-word headings, one without 责任领导
_f, _r = T("p07", "feedback"), T("p07", "report")
form(len(re.findall(r"（1）[^\n]*（2）", _f)) == 3, "p07/feedback: expected （1）（2） inside three problems")
form(len(re.findall(r"^（[一二三四五六七八九十]+）\S", _r, re.M)) == 14 and _r.count("整改措施：") == 14
     and _r.count("责任领导：") == 13 and "责任领导：局党组；" in _r, "p07/report: expected 14 items, 13 with 责任领导, one 局党组")
# p08: DOCX feedback running （一）–（十七）; GB18030 HTML 通报 on the 纪委监委 site, merged across areas, nothing on 监管分局
_x = xml("p08/feedback.docx")
_r = T("p08", "report")
form(_x.count("<w:b/>") >= 6, "p08/feedback.docx: expected bold headings")
form("整改公开" in _r and "第（八）、（十三）项问题" in _r and "金融监管分局" not in _r and "抵押物" not in _r
     and "追回违规资金45.8万元" in _r and "12388" in _r, "p08/report.html: expected the 纪委监委 page, a cross-area merge, no 监管分局")
# p09: half-width 1.–15.; DOCX report with a general part, 15 items, 14 完成时限, a 16-row rules table
_x = xml("p09/report.docx")
_r = T("p09", "report")
form(_x.count("<w:tr>") == 17 and len(re.findall(r"^（[一二三四五六七八九十]+）关于“", _r, re.M)) == 15
     and _r.count("完成时限：") == 14 and _r.index("一、提高政治站位") < _r.index("二、聚焦反馈问题"),
     "p09/report.docx: expected general part, 15 items, 14 time limits, a 16-rule table")
# p10: five areas, restarting 1．; report with general part, 四、追责问责情况, ｜ annex of 2 rows, nothing on 食堂
_r = T("p10", "report")
_rows = [l.split("｜") for l in _r.split("\n") if "｜" in l]
form(len(_rows) == 3 and all(len(r) == 6 for r in _rows) and "四、追责问责情况" in _r and "食堂" not in _r
     and "责任领导：委领导班子" in _r and _r.index("一、提高政治站位") < _r.index("三、反馈问题整改落实情况"),
     "p10/report: expected general part, 追责问责 section, a 2-row ｜ annex, no 食堂, 委领导班子")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
