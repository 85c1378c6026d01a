#!/usr/bin/env python3
"""Check the dev78 pairs (p01-p10, pair ids d78-01 … d78-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; HTML: UTF-8 with a meta charset, visible text = tags stripped; DOCX: word/document.xml paragraph
text), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the
dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; mode vs feedback presence; no duplicate (kind, issue);
every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has at least one
counter-case (must_not_flag) in the set, no-accountability is planted at least twice, exactly one pair has no must_flag
(the good report), the feedback and report dates written in the documents decide late-report exactly as the gold says
(late = more than 92 days), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze
JSON. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace characters. Per-pair form checks (the
counting forms of this set) follow at the end.
Usage: python3 check.py [dev78-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p09/report.txt": ("gb18030", "lf"),
}
DOCX = {"p03/feedback.docx", "p08/report.docx"}
HTML = {"p04/feedback.html", "p04/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# the date the feedback was given and the report's date, as written in the documents (late = more than 92 days)
DATES = {
    "p01": ("2025年3月18日", "2025年6月6日"), "p02": ("2024年10月15日", "2025年2月10日"),
    "p03": ("2025年4月22日", "2025年7月10日"), "p04": ("5月8日", "2025-07-30"),
    "p05": ("2025年1月14日", "2025年4月3日"), "p06": ("2025年2月26日", "2025年5月16日"),
    "p07": ("2025年5月20日", "2025年8月8日"), "p08": ("2025年6月10日", "2025年8月29日"),
    "p09": ("2025年3月4日", "2025年5月23日"), "p10": ("3月19日", "2025年7月8日"),
}
YEAR_OF_NEWS = {"p04": 2025, "p10": 2025}  # news items give 月日 in the body and the year in the page date
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


def html_text(t):
    assert re.search(r'<meta charset="utf-8">', t, re.I), "HTML without meta charset utf-8"
    t = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|h[1-6]|tr|li|table)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", " ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("gridSpan", "<w:gridSpan")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(s, year=None):
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        return datetime.date(*map(int, m.groups()))
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", s)
    return datetime.date(int(m.group(1) or year), int(m.group(2)), int(m.group(3)))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
planted_n = {}
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
        fails.append(f"{name}: every dev78 pair is mode 'pair' with exactly one feedback.*")
    encs, ftext = [], ""
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
                planted_n[k] = planted_n.get(k, 0) + 1
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
    # dates: both strings must be in the documents, and lateness must match the gold
    fd, rd = DATES[name]
    if fd not in ftext or rd not in text:
        fails.append(f"{name}: dates {fd} / {rd} not found in feedback / report")
    else:
        days = (cn_date(rd) - cn_date(fd, YEAR_OF_NEWS.get(name))).days
        late = days > 92
        in_flag = any(f["kind"] == "late-report" for f in g["must_flag"])
        in_not = any(f["kind"] == "late-report" for f in g["must_not_flag"])
        if late != in_flag or late == in_not:
            fails.append(f"{name}: {days} days between feedback and report, but gold late-report flag={in_flag} not={in_not}")
        encs.append(f"{days} days")
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
if planted_n.get("no-accountability", 0) < 2:
    fails.append("no-accountability must be planted at least twice")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def gold(name):
    return json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))


# ---- per-pair form checks (the counting forms) ----
DISCLOSE = re.compile(r"向社会公开|公开栏|公示栏|门户网站|主动公开|予以公布")
# p01: three summary headings each followed by 主要表现在/具体表现为, restarting 1．2．(3．) = 7; 如…又如…个别 in one item
_t = txt("p01/feedback.txt")
_body = _t[_t.index("二、巡察发现的主要问题"):_t.index("三、整改意见")]
form(len(re.findall(r"^（[一二三]）.*(主要表现在|具体表现为)：$", _body, re.M)) == 3
     and [len(re.findall(r"^\d．", s, re.M)) for s in re.split(r"^（[一二三]）", _body, flags=re.M)[1:]] == [2, 3, 2]
     and all(w in _body for w in ("如2023年", "又如", "个别补贴对象")),
     "p01/feedback.txt: expected 3 summary headings + 主要表现在/具体表现为 with restarting items 2+3+2")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^整改时限：", _t, re.M)) == 7
     and "三、追责问责情况" in _t and DISCLOSE.search(_t), "p01/report.txt: expected 7 关于 items with fields, a 追责问责 section, disclosure")
# p02: speech; praise paragraphs turning on 不过/但 into problems; “四个方面” 第一个方面…第四个方面; 一要…三要
_t = txt("p02/feedback.txt")
form("四个方面突出问题" in _t and all(f"第{c}个方面，" in _t for c in "一二三四") and "不过，我们在实地抽查中发现" in _t
     and "但我们也注意到" in _t and all(f"{c}要" in _t for c in "一二三") and all(w in _t for w in ("比如", "又如", "个别合作社")),
     "p02/feedback.txt: expected praise+不过/但 problems, 四个方面, 比如/又如/个别, 一要…三要")
_t = txt("p02/report.txt")
form(_t.count("我") >= 10 and _t.index("扶持资金管理不规范的问题") < _t.index("违规公务宴请") < _t.index("低产林改造项目验收把关不严的问题")
     and "四、在追责问责上的做法" in _t and "扶持资金" not in _t[_t.index("四、在追责问责上的做法"):_t.index("五、下一步打算")],
     "p02/report.txt: expected a first-person report in another order whose 追责问责 section leaves out 扶持资金")
# p03: DOCX 问题清单 table with group rows (gridSpan) and 1.1 … 3.2 rows, a 合计 row
_x = zipfile.ZipFile(os.path.join(root, "p03", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p03/feedback.docx")
form("<w:tbl>" in _x and _x.count('<w:gridSpan w:val="3"/>') == 4 and re.findall(r"^(\d\.\d)$", _t, re.M) == ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2"]
     and "合计：3个方面7个问题" in _t, "p03/feedback.docx: expected a table with 3 group rows, 7 sub-items 1.1…3.2 and a 合计 row")
_t = txt("p03/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 8 for r in _rows) and [r[0] for r in _rows[1:]] == ["1.1", "1.2", "2.1", "2.2", "2.3", "3.1", "3.2"]
     and _rows[5][3] == "—" and _rows[5][4] == "各科室" and not re.search(r"\d", _rows[6][5]) and "诫勉谈话" in _rows[4][7]
     and "诫勉" not in _rows[4][2], "p03/report.txt: expected an 8-column ledger, row 2.3 without owner, row 3.1 undated, row 2.2 诫勉 only in 问责情况")
# p04: HTML news; 巡察组指出 … 主要是：… ；…；…等问题。此外 …; report: public HTML 通报 counting 7, merged item, no 上轮 answer
_t = txt("p04/feedback.html")
_m = re.search(r"主要是：(.*?)等问题。", _t)
form(_m is not None and len(re.split(r"[，；]", _m.group(1))) == 7 and "此外，巡察组还指出" in _t and "问题线索" in _t,
     "p04/feedback.html: expected 7 failings joined by ，/； after 主要是： and a 此外 problem")
_t = txt("p04/report.html")
form(_t.startswith("蒛阳县人民政府门户网站") and "公开方式： 主动公开" in _t and "梳理出3个方面7个问题" in _t and "已全部完成整改" in _t
     and "正在向施工单位追缴" in _t and "2021" not in _t and "上一轮" not in _t and "关于“党支部议事决策不规范”和“意识形态工作责任制落实不到位”问题的整改" in _t,
     "p04/report.html: expected a public 通报 counting 7, claiming all done, a merged item, nothing on the 2021 round")
# p05: four unnumbered area paragraphs; one sentence of three failings joined by ， with no figures; by-number report
_t = txt("p05/feedback.txt")
_s = "安全生产责任制没有落实到养护班组，职工劳动合同签订和社会保险缴纳不规范，养护工程技术档案管理缺失。"
form(len(re.findall(r"^（[一二三四]）在.*方面。", _t, re.M)) == 4 and _s in _t and not re.search(r"\d", _s)
     and not re.search(r"^\d．", _t, re.M), "p05/feedback.txt: expected four unnumbered area paragraphs and the three-failing sentence")
_t = txt("p05/report.txt")
_rep = "公司党支部高度重视，组织全体干部职工认真学习上级有关文件精神和巡察反馈意见，对照问题深入开展自查自纠"
form(len(re.findall(r"^（[一二三四五六]）第[1-6]个问题的整改情况$", _t, re.M)) == 6 and "（七）第7个和第8个问题的整改情况" in _t
     and _t.count(_rep) == 2, "p05/report.txt: expected by-number items 1–6, a merged 7+8, the boilerplate twice")
# p06: （一）–（六） heading。detail, a 此外 second failing in （三）, 如…又如…个别 in （二）; report by three work lines
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）[^。]+。", _t, re.M)) == 6 and "此外，公司自2023年以来没有召开过意识形态工作专题会议" in _t
     and "没有建立备品备件出入库管理制度" in _t, "p06/feedback.txt: expected six headings, a 此外 failing, the missing 出入库 rule")
_t = txt("p06/report.txt")
_spare = _t[_t.index("（二）清理备品备件"):_t.index("（三）及时拨付")]
form(all(w in _t for w in ("二、生产运维线", "三、经营管理线", "四、党建综合线")) and "制度" not in _spare and "办法" not in _spare
     and not DISCLOSE.search(_t.replace("村务公开栏", "")) and "村务公开栏" in _t, "p06/report.txt: expected three work lines, no rule for 备件, no disclosure")
# p07: 问题清单 with category lines 1．2．3． and sub-items 1.1 … 3.2, each with 整改要求; report restating 1.1 …
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^[123]．.*方面$", _t, re.M)) == 3 and len(re.findall(r"^\d\.\d ", _t, re.M)) == 7
     and len(re.findall(r"^整改要求：", _t, re.M)) == 7 and "（1）" in _t and "（2）" in _t, "p07/feedback.txt: expected 3 category lines, 7 sub-items, 7 整改要求")
_t = txt("p07/report.txt")
form(len(re.findall(r"^\d\.\d 关于“", _t, re.M)) == 7 and "完成时限：长期坚持" in _t, "p07/report.txt: expected 7 restated items")
# p08: two praise paragraphs turning on 但 into problems, then 1．–5．; DOCX ledger of 6 rows, no 轮岗
_t = txt("p08/feedback.txt")
_intro = _t[_t.index("一、总体评价"):_t.index("二、巡察发现的主要问题")]
form(_intro.count("但") == 2 and len(re.findall(r"^[1-5]．", _t, re.M)) == 5 and "轮岗" in _intro,
     "p08/feedback.txt: expected two 但-clause problems in 总体评价 and 1．–5．")
_x = zipfile.ZipFile(os.path.join(root, "p08", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p08/report.docx")
form("<w:tbl>" in _x and _x.count("<w:tr>") == 7 and "轮岗" not in _t and "追责问责情况" in _t and "梳理出6个问题" in _t,
     "p08/report.docx: expected a 7-row table (header + 6), no 轮岗")
# p09: a summary 、-list of six failings followed by 具体表现为： and （一）–（六） naming the same six
_t = txt("p09/feedback.txt")
_m = re.search(r"，存在(.*?)等问题。具体表现为：", _t)
_heads = re.findall(r"^（[一二三四五六]）([^。]+)。", _t, re.M)
form(_m is not None and _m.group(1).split("、") == _heads and len(_heads) == 6,
     "p09/feedback.txt: expected the summary 、-list to name exactly the six （N） headings")
_t = txt("p09/report.txt")
form(len(re.findall(r"^[一二三四五六]、关于“", _t, re.M)) == 6 and "整改工作领导小组" not in _t and "第一责任人" not in _t and "党总支书记" not in _t
     and DISCLOSE.search(_t), "p09/report.txt: expected six 关于 items, no 领导小组 / 第一责任人 / 书记")
# p10: news; 巡察组指出 … 存在A、…、G等问题 (7); 特别指出 elaborates one; report merged heading, closing 追责问责 without 福利
_t = txt("p10/feedback.txt")
_m = re.search(r"公司党委存在(.*?)等问题。", _t)
form(_m is not None and len(_m.group(1).split("、")) == 7 and "巡察组特别指出，矿产品销售定价随意" in _t,
     "p10/feedback.txt: expected a 7-item 、-list and a 特别指出 paragraph")
_t = txt("p10/report.txt")
_acc = _t[_t.index("三、追责问责情况"):_t.index("四、下一步工作")]
form("关于“‘三重一大’决策制度执行不严格”和“基层党组织建设弱化”的问题" in _t and "福利" not in _acc
     and len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6, "p10/report.txt: expected six 关于 headings, one merged, 追责问责 without 福利")
print("planted kinds: " + "; ".join(f"{k} {planted_n.get(k, 0)} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
if fails:
    sys.exit(1)
print("OK")
