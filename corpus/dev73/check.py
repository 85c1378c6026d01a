#!/usr/bin/env python3
"""Check the dev73 pairs (p01-p10, pair ids d73-01 … d73-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: text without tags), every `links` substring
occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys; known kinds;
null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every
answered problem has at least one link; mode vs feedback presence; no duplicate (kind, issue); every entry has a why;
no stray files), every gap kind is planted (must_flag) in at least one pair and has at least one counter-case
(must_not_flag) in the set, exactly one pair has no must_flag (the good report), most pairs have one to three planted
gaps, and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON. Problem counts:
each pair declares one anchor phrase per problem, and the anchors must occur once each, in order, in the feedback's
visible text, as many as gold `issues`. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks follow at the end. The HELDOUT file must be present.
Usage: python3 check.py [dev73-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other one: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p10/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p06/report.docx", "p07/feedback.docx"}
HTML = {"p08/feedback.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# feedback date, report date (ISO) — lateness is > 92 days (three calendar months from these dates)
DATES = {
    "p01": ("2025-05-20", "2025-08-12"), "p02": ("2025-05-08", "2025-09-02"), "p03": ("2025-04-15", "2025-07-08"),
    "p04": ("2025-06-05", "2025-08-26"), "p05": ("2025-06-17", "2025-09-10"), "p06": ("2025-03-27", "2025-06-20"),
    "p07": ("2025-02-26", "2025-06-13"), "p08": ("2025-07-03", "2025-09-25"), "p09": ("2025-08-19", "2025-11-10"),
    "p10": ("2025-09-09", "2025-12-03"),
}
# one anchor phrase per problem, in feedback order
ANCHORS = {
    "p01": ["可年底向上报送的进度表却写着46个村全部完成", "党支部抓党风廉政建设的主体责任没有压紧", "属于挤占挪用项目资金",
            "累计多领3.2万元", "支部的组织生活不够严肃", "上一轮审计指出的问题整改不彻底"],
    "p02": ["设施蔬菜提升工程推进迟缓", "惠农补贴审核把关不严", "在物资采购上存在规避招标的情况", "服务基层的作风也有待改进",
            "部分党员没有按标准交纳党费", "没有建立信息发布审核制度"],
    "p03": ["度假区执行规划不严肃", "招商引资数据不实的问题", "度假区党工委的议事决策不规范", "是国有资产管理",
            "实际上是公款旅游", "没有发布公告，也没有组织考试", "“两新”组织党建还是空白"],
    "p04": ["头一个事，造林面积报得虚", "第二个，苗木采购的事", "再一个，护林员的工资", "还有，站里那辆皮卡", "再说学习",
            "最后一个，制度的事"],
    "p05": ["首先，是安全生产的基础不牢", "其次，是重大投资决策不科学", "再次，是合同和资金管理松弛",
            "另外，巡察组指出，公司在薪酬分配上违反了规定", "还有，党建和经营“两张皮”的问题", "最后，是作风方面的问题"],
    "p06": ["站里对渡口的安全监管，很大程度上停留在纸面上", "补贴发放不规范，有截留的嫌疑", "资金闲置，群众出行的安全隐患也没有消除",
            "值班表有名无人", "属于坐收坐支", "对流动党员的教育管理基本放空"],
    "p07": ["对已关闭煤矿的后续监管跟踪不力", "培训质量和考核的真实性得不到保证", "培训费的管理也不规范", "有2次接受了企业安排的宴请",
            "问题在于程序", "支部班子不健全", "这是整改不实的问题"],
    "p08": ["党组织在公司重大决策中“说不上话”", "研学业务里的利益输送风险", "一个是门店承包", "另一个是财务报销不严",
            "是典型的“四风”问题", "党组织对年轻员工的政治引领，基本上是空白"],
    "p09": ["第一，对社区戒毒康复人员的日常管控存在漏洞", "第二，禁毒专项经费使用不规范", "第三，对聘用社工的管理松弛",
            "第四，就业帮扶成效虚报", "第五，康复人员个人信息保护意识淡薄", "第六，党支部“三会一课”落实不到位"],
    "p10": [f"第{c}个问题，" for c in "一二三四五六七"],
}
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
    t = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", "", raw_text)
    t = re.sub(r"(?i)</?(p|div|h1|h2|h3|li|tr|br)[^>]*>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return html.unescape(re.sub(r"\n\s*\n+", "\n", t)).strip()


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        assert "<html" in text and "</html>" in text, "not an HTML page"
        return html_text(text), enc + "+html"
    assert ext == "txt", f"unexpected extension {ext}"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


if not os.path.exists(os.path.join(root, "HELDOUT")):
    fails.append("HELDOUT missing")
elif open(os.path.join(root, "HELDOUT"), "rb").read() != open("/work/notes/dev73.HELDOUT", "rb").read() \
        if os.path.exists("/work/notes/dev73.HELDOUT") else False:
    fails.append("HELDOUT differs from /work/notes/dev73.HELDOUT")
total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, nflags = {}, {}, [], {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected pair folders p01..p10, found {[os.path.basename(p) for p in pairs]}")
import datetime
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
        fails.append(f"{name}: every dev73 pair is mode 'pair' with exactly one feedback.*")
        continue
    encs = []
    ftext = ""
    try:
        ftext, e = visible(fb[0])
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
    try:
        text, enc = visible(rp[0])
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        lo, hi = LENGTHS["report"]
        if not lo <= nchars(text) <= hi:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    n = g["issues"]
    total["issues"] += n
    # problem count: anchors once each, in order
    anchors = ANCHORS.get(name, [])
    if len(anchors) != n:
        fails.append(f"{name}: {len(anchors)} anchors declared for {n} gold issues")
    pos = -1
    for a in anchors:
        c = ftext.count(a)
        if c != 1:
            fails.append(f"{name}: anchor occurs {c} times in the feedback: {a}")
            continue
        p = ftext.index(a)
        if p <= pos:
            fails.append(f"{name}: anchor out of order: {a}")
        pos = p
    # dates: both written in the documents; lateness agrees with gold
    fd, rd = DATES[name]
    days = (datetime.date.fromisoformat(rd) - datetime.date.fromisoformat(fd)).days
    for iso, doc, which in ((fd, ftext, "feedback"), (rd, text, "report")):
        y, m, dd = iso.split("-")
        forms = (f"{int(y)}年{int(m)}月{int(dd)}日", iso)
        if not any(f in doc for f in forms):
            fails.append(f"{name}: {which} does not carry its date {iso}")
    late_gold = any(f["kind"] == "late-report" for f in g["must_flag"])
    if late_gold != (days > 92):
        fails.append(f"{name}: report after {days} days but late-report must_flag is {late_gold}")
    if not late_gold and not any(f["kind"] == "late-report" for f in g["must_not_flag"]):
        fails.append(f"{name}: on-time report without a late-report must_not_flag")
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
    nflags[name] = len(g["must_flag"])
    if not g["must_flag"]:
        good.append(name)
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
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
          f"links {len(g.get('links', []))}, {days} days; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")
if sum(1 <= v <= 3 for v in nflags.values()) < 6:
    fails.append(f"most pairs should plant one to three gaps: {nflags}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|全文公开|予以公布|主动公开|网站上公开|在.{0,12}公开，")
LEAD = re.compile(r"(?<!巡察工作)领导小组|第一责任人")
try:
    # p01: formal speech, unnumbered turns, cleared petition, 一要…三要; report six 关于 items with five field lines
    _t = txt("p01/feedback.txt")
    form(_t.startswith("在县委第三巡察组") and "同志们：" in _t and all(f"{c}要" in _t for c in "一二三") and "不列入反馈问题" in _t
         and not re.search(r"^[（(]?[一二三四五六七八九十1-9]+[）)、．.]", _t, re.M),
         "p01/feedback.txt: expected an unnumbered speech with 一要…三要 and a cleared petition")
    _t = txt("p01/report.txt")
    form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6
         and all(len(re.findall(rf"^{f}：", _t, re.M)) == 6 for f in ("整改措施", "责任领导", "责任科室", "整改时限", "整改成效")),
         "p01/report.txt: expected six 关于“…”的问题 items with five field lines each")
    # p02: news item with source line; first-person report (GB18030) with a slogan-only (六)
    _t = txt("p02/feedback.txt")
    form("发布时间：2025-05-09" in _t and "同时指出" in _t and "还指出" in _t and "此外" in _t and "三个月内" in _t
         and "一是统一思想" in _t, "p02/feedback.txt: expected a news item with 指出/还指出/此外 and a 表态 一是…")
    _t = txt("p02/report.txt")
    _six = _t[_t.index("（六）"):_t.index("三、存在的不足")]
    form(_t.count("我") >= 10 and not re.search(r"\d", _six) and len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6,
         "p02/report.txt: expected a first-person report with six items and a digit-free (六)")
    # p03: 县委常委's speech quoting the group; ｜ ledger, row 7 ownerless, row 2 undated, no disclosure
    _t = txt("p03/feedback.txt")
    form(_t.count("巡察组指出") >= 2 and "三个“到位”" in _t and "整改是到位的" in _t,
         "p03/feedback.txt: expected a leader's speech quoting the group with a settled old problem")
    _t = txt("p03/report.txt")
    _rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
    form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[7][3] == "／" and _rows[7][4] == "相关部门"
         and not re.search(r"\d", _rows[2][5]) and not DISCLOSE.search(_t),
         "p03/report.txt: expected a 7-field ledger of 7 rows, row 7 ownerless, row 2 undated, no disclosure")
    # p04: recording transcript; 问题N：/整改情况： (CRLF), all-done claim vs 2026 replanting
    _t = txt("p04/feedback.txt")
    form("根据录音整理" in _t and "插话" in _t and "（会场笑）" in _t and "再啰嗦一句" in _t,
         "p04/feedback.txt: expected a transcript with an interjection, laughter and a repeated point")
    _t = txt("p04/report.txt")
    _six = _t[_t.index("问题6："):_t.index("三、下一步")]
    form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^整改情况：", _t, re.M)) == 6
         and "已全部整改到位" in _t and "2026年4月30日" in _t and "制度" not in _six and "办法" not in _six,
         "p04/report.txt: expected 问题N：/整改情况：, the all-done claim, and no rule under 问题6")
    # p05: the firm secretary's 动员 speech; by-number report (UTF-16 LE), no sixth answer, boilerplate twice, no lead
    _t = txt("p05/feedback.txt")
    form("归纳一下" in _t and "三个“必须”" in _t and "移交县纪委监委" in _t, "p05/feedback.txt: expected a 动员 speech restating the group")
    _t = txt("p05/report.txt")
    _rep = "公司组织班子成员和中层干部深入学习《中华人民共和国公司法》和国有企业管理的有关规定"
    form(len(re.findall(r"^[一二三四五]、针对反馈意见第[一二三四五]个问题$", _t, re.M)) == 5 and "第六个问题" not in _t
         and _t.count(_rep) == 2 and not LEAD.search(_t) and "符靖远" not in _t and "体验" not in _t and "接待" not in _t,
         "p05/report.txt: expected five by-number answers, none for 6, boilerplate twice, no 领导小组/第一责任人")
    # p06: narrative route feedback; DOCX report with bold headings
    _t = txt("p06/feedback.txt")
    form("按我们走过的路" in _t and "予以澄清" in _t and not re.search(r"^[（(]?[一二三四五六1-6][）)、．]", _t, re.M),
         "p06/feedback.txt: expected an unnumbered route narrative with a cleared petition")
    _x = zipfile.ZipFile(os.path.join(root, "p06", "report.docx")).read("word/document.xml").decode("utf-8")
    _t = txt("p06/report.docx")
    form("<w:b/>" in _x and len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6 and len(re.findall(r"^责任领导：", _t, re.M)) == 6,
         "p06/report.docx: expected six bold 关于 headings with field paragraphs")
    # p07: DOCX 从…看 speech; report 一、关于… with brackets, item 六 without 责任领导
    _t = txt("p07/feedback.docx")
    form(len(re.findall(r"^从[^，]{2,12}看，", _t, re.M)) == 6, "p07/feedback.docx: expected six 从…看 paragraphs")
    _t = txt("p07/report.txt")
    _heads = re.findall(r"^[一二三四五六七]、关于", _t, re.M)
    _brk = re.findall(r"（(责任领导：[^）]*|完成时限：[^）]*)）$", _t, re.M)
    form(len(_heads) == 7 and len(_brk) == 7 and sum(b.startswith("责任领导") for b in _brk) == 6,
         "p07/report.txt: expected seven 关于 items with brackets, one without 责任领导")
    # p08: HTML interview; public 通报 with contradictory totals
    _raw = open(os.path.join(root, "p08", "feedback.html"), encoding="utf-8").read()
    _t = txt("p08/feedback.html")
    form(_t.count("记者：") >= 6 and "<strong>" in _raw and "相关链接" in _t, "p08/feedback.html: expected an interview page")
    _t = txt("p08/report.txt")
    form(_t.startswith("索引号：") and "公开方式：主动公开" in _t and "43.4万元" in _t and "正在审理" in _t and "已全部完成整改" in _t,
         "p08/report.txt: expected a public 通报 with the all-done claim, 43.4万 and a pending lawsuit")
    # p09: minutes; own headings, nothing on personal data, no disclosure, no 考勤 rule
    _t = txt("p09/feedback.txt")
    form("会议纪要" in _t and "记　录：" in _t and "会议议定事项" in _t, "p09/feedback.txt: expected minutes")
    _t = txt("p09/report.txt")
    _four = _t[_t.index("（四）管好社工队伍"):_t.index("（五）")]
    form(len(re.findall(r"^（[一二三四五]）\S{4,12}$", _t, re.M)) == 5 and not re.search(r"微信|身份证|隐私|个人信息|保密", _t)
         and not DISCLOSE.search(_t) and "制度" not in _four and "办法" not in _four,
         "p09/report.txt: expected five own headings, nothing on personal data, no disclosure, no rule under （四）")
    # p10: GB18030 speech with 第N个问题 and a settled item; merged heading, undated item 1, no lead
    _t = txt("p10/feedback.txt")
    form("不再作为问题反馈" in _t and "题外话" in _t, "p10/feedback.txt: expected a settled item aside")
    _t = txt("p10/report.txt")
    form("关于“农村饮水工程验收把关不严”和“工程建设程序不规范”的问题" in _t and "整改时限：结合执法工作持续推进" in _t
         and len(re.findall(r"^整改时限：", _t, re.M)) == 6 and not LEAD.search(_t) and "党组书记" not in _t,
         "p10/report.txt: expected a merged heading, an undated item 1 and no 领导小组/第一责任人/党组书记")
except Exception as e:  # a missing marker is a failure, not a crash
    fails.append(f"form checks raised {type(e).__name__}: {e}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
