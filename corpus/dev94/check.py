#!/usr/bin/env python3
"""Check the dev94 pairs (p01-p10, pair ids d94-01 … d94-10) — THE LATER REPORTS; adapted from corpus/dev44/check.py.
General checks: every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8, an HTML page's <meta> charset must agree; DOCX: word/document.xml paragraph
text), every `links` substring occurs exactly once in the report's visible text (HTML: tags, head, script and style
removed), each gold.json is consistent (only the dev-pairs keys; mode "pair"; known kinds; null issue for document-level
kinds; ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has a link; no
duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one
pair and has a counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good reports), every gold
file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback must have 700-3000 and
each report 900-5000 non-whitespace visible characters.
Set-specific checks: the feedback date and the report date of each pair occur in the documents, and late-report is in
must_flag exactly when the report date is after the due date that applies to that report (DUE below, with the reason);
otherwise late-report is in must_not_flag. Pair-specific form checks (problem count against the feedback's own structure,
the planted forms) follow at the end.
Usage: python3 check.py [dev94-dir]. Exit 1 on failure."""
import datetime as dt, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p03/report.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-8", "crlf"),
    "p05/report.html": ("gb18030", "crlf"),
    "p06/feedback.txt": ("utf-8", "crlf"),
    "p07/report.txt": ("utf-16-le-bom", "crlf"),
    "p09/report.txt": ("gb18030", "crlf"),
    "p10/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p02/feedback.docx", "p02/report.docx", "p08/report.docx"}
HTML = {"p05/feedback.html": "utf-8", "p05/report.html": "gbk"}  # the charset each page's <meta> must declare
LENGTHS = {"feedback": (700, 3000), "report": (900, 5000)}
D = dt.date
# pair: (feedback date, report date, due date, why that due date)
DUE = {
    "p01": (D(2024, 9, 10), D(2025, 3, 5), D(2025, 3, 10), "six-month 整改进展情况报告, period set in the feedback"),
    "p02": (D(2024, 11, 26), D(2025, 2, 21), D(2025, 2, 26), "three-month 集中整改, completion report"),
    "p03": (D(2024, 8, 20), D(2025, 2, 11), D(2025, 2, 20), "six-month 整改进展情况报告, period set in the speech"),
    "p04": (D(2025, 3, 18), D(2025, 6, 13), D(2025, 6, 18), "three months, set in the 问题清单"),
    "p05": (D(2024, 10, 15), D(2025, 1, 10), D(2025, 1, 15), "three months, set in the 反馈要求"),
    "p06": (D(2024, 4, 16), D(2025, 5, 29), D(2025, 5, 15), "回头看 self-report, due date of the notice the report quotes"),
    "p07": (D(2024, 12, 3), D(2025, 2, 26), D(2025, 3, 3), "three months, set in the feedback"),
    "p08": (D(2024, 7, 9), D(2024, 12, 20), D(2025, 1, 9), "six-month 整改完成情况报告 for 持续整改 items, set in the feedback"),
    "p09": (D(2024, 10, 29), D(2025, 1, 20), D(2025, 1, 29), "three months, set in the speech"),
    "p10": (D(2024, 6, 25), D(2024, 10, 29), D(2024, 9, 25), "three months, set in the 问题清单"),
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


def html_text(rel, src):
    m = re.search(r'charset=["\']?([\w-]+)', src)
    assert m and m.group(1).lower() == HTML[rel], f"<meta> charset {m and m.group(1)} != {HTML[rel]}"
    if HTML[rel] == "gbk":
        src.encode("gbk")
    t = re.sub(r"(?is)<head>.*?</head>|<script.*?</script>|<style.*?</style>", "", src)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h\d|li|tr|table|ul)>", "\n", t)
    t = re.sub(r"(?i)</td>", " ", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


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
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(rel, text), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(d):
    return f"{d.year}年{d.month}月{d.day}日"


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected pair folders p01-p10, found {[os.path.basename(p) for p in pairs]}")
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
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    if g["mode"] != "pair":
        fails.append(f"{name}: every dev94 pair is mode 'pair'")
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
    # dates and late-report
    fdate, rdate, due, why = DUE[name]
    # the p05 news page gives the meeting as “10月15日” under a 发布时间 of 2024-10-16
    found = ("10月15日" in ftext and "2024-10-16" in ftext) if name == "p05" else cn_date(fdate) in ftext
    if not found:
        fails.append(f"{name}: feedback date {fdate} not found in the feedback")
    if cn_date(rdate) not in text and rdate.isoformat() not in text:
        fails.append(f"{name}: report date {rdate} not found in the report")
    late = rdate > due
    in_flag = any(f["kind"] == "late-report" for f in g["must_flag"])
    in_not = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != in_flag or late == in_not:
        fails.append(f"{name}: late-report gold disagrees with dates (report {rdate}, due {due})")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rdate - fdate).days} days, due {due} "
          f"({why}){' LATE' if late else ''}; score.py on empty output {last}")
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


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def section(t, start, end):
    a = t.index(start)
    return t[a:t.index(end, a)]


def issues_of(name):
    return json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))["issues"]


DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|全文公开|予以公布|主动公开")
STATUS = re.compile(r"已完成|基本完成|正在推进|持续推进|持续整改|长期坚持|已销号")

# ---- per-pair form checks (problem counts against the feedback's own structure, and the planted forms) ----
# p01: 一、 with three （N）…方面 areas and continuous 1．–7．; six-month report with status fields and 下一步 for open items
_t = section(txt("p01/feedback.txt"), "一、巡察发现的主要问题", "二、整改意见")
form(re.findall(r"^([1-9])．", _t, re.M) == list("1234567") and len(re.findall(r"^（[一二三]）.+方面$", _t, re.M)) == 3
     and issues_of("p01") == 7, "p01/feedback.txt: expected three 方面 areas with continuous 1．–7．")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^整改状态：", _t, re.M)) == 7
     and len(re.findall(r"^下一步：", _t, re.M)) == 2 and "6个月内报送整改进展情况报告" in _t,
     "p01/report.txt: expected seven 关于 items with 整改状态, 下一步 for the two open ones, the six-month basis")
# p02: DOCX with bold （一）–（八） heading paragraphs; DOCX report with a table of 8 rows + header, all-done claim
_x = zipfile.ZipFile(os.path.join(root, "p02", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = section(txt("p02/feedback.docx"), "一、巡察发现的主要问题", "二、整改意见")
_bold = re.findall(r"(?s)<w:p>(?:(?!</w:p>).)*?<w:b/>(?:(?!</w:p>).)*?<w:t[^>]*>(（[一二三四五六七八九]）[^<]*)</w:t>", _x)
form(re.findall(r"^（([一二三四五六七八九])）", _t, re.M) == list("一二三四五六七八") and len(_bold) == 8
     and issues_of("p02") == 8, "p02/feedback.docx: expected eight bold （一）–（八） heading paragraphs")
_x = zipfile.ZipFile(os.path.join(root, "p02", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p02/report.docx")
form(_x.count("<w:tr>") == 9 and "8个问题已全部整改完成" in _t and "完成主体钢结构安装的60%" in _t
     and "《物资采购管理办法》修订工作正在推进" in _t and "查清违规让利责任、依规依纪处理相关责任人" in _t,
     "p02/report.docx: expected a 9-row table, the all-done claim, row 3 unfinished, the rule pending, the plan's promise")
# p03: speech 第一，…第七，, 一要…三要, six months; report grouped by status with the 5 vs 4 mismatch
_t = txt("p03/feedback.txt")
form(re.findall(r"^第([一二三四五六七八九])，", _t, re.M) == list("一二三四五六七") and all(f"{c}要" in _t for c in "一二三")
     and "六个月内报送整改进展情况报告" in _t and issues_of("p03") == 7, "p03/feedback.txt: expected 第一，…第七， + 一要…三要")
_t = txt("p03/report.txt")
form("已完成整改的问题5个" in _t and "（一）已完成整改的问题（4个）" in _t and len(re.findall(r"^[1-7]．关于", _t, re.M)) == 7
     and "其余5个卫生院的接入工作正在协调推进中。" in _t and "移交院纪委调查核实" in _t,
     "p03/report.txt: expected status groups (4 listed as done, 5 claimed), seven items, the open 医共体 item")
# p04: 问题1：…问题6： + 具体表现：; CRLF report with a ｜ ledger of 12 rows × 8 fields
_t = txt("p04/feedback.txt")
form(re.findall(r"^问题(\d)：", _t, re.M) == list("123456") and len(re.findall(r"^具体表现：", _t, re.M)) == 6
     and issues_of("p04") == 6, "p04/feedback.txt: expected 问题1：…问题6： with 具体表现：")
_t = txt("p04/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
_by = {r[0]: r for r in _rows}
form(len(_rows) == 13 and all(len(r) == 8 for r in _rows) and _by["1.1"][6] == "已销号" and "其余11处" in _by["1.1"][7]
     and not re.search(r"\d", _by["4.2"][5]) and _by["5.1"][3] == _by["5.2"][3] == "—" and _by["6.2"][6] == "长期坚持"
     and sorted({r[1] for r in _rows[1:]}) == [f"问题{i}" for i in range(1, 7)],
     "p04/report.txt: expected a 12-row ledger, 1.1 已销号 but unfinished, 4.2 undated, 5.x without a leader")
# p05: HTML news with 一是…八是 in the 反馈指出 paragraph and a 表态 一是…三是; public HTML 通报 (GBK) with eight items
_t = txt("p05/feedback.html")
_p = [l for l in _t.split("\n") if l.startswith("反馈指出")][0]
_b = [l for l in _t.split("\n") if "表示" in l and "一是" in l]
form(re.findall(r"([一二三四五六七八九十])是", _p) == list("一二三四五六七八") and len(_b) == 1 and "三是" in _b[0]
     and "首页" in _t and "备案号" in _t and issues_of("p05") == 8,
     "p05/feedback.html: expected page chrome, 一是…八是 in 反馈指出, a separate 表态 一是…三是")
_t = txt("p05/report.html")
form(_t.count("索引号") == 1 and "主动公开" in _t and len(re.findall(r"^（[一二三四五六七八]）关于“", _t, re.M)) == 8
     and len(re.findall(r"完成情况：持续推进）", _t)) == 3 and "坚决杜绝代打卡、轨迹造假等问题" in _t and "选聘和考核办法" not in _t,
     "p05/report.html: expected an 信息公开 header, eight items, three open, the copied (三)")
# p06: 一、…六、 heading。detail (CRLF); 回头看 report, 问题四 (赞助费) missing, boilerplate twice, late, no lead, no disclosure
_t = txt("p06/feedback.txt")
form(re.findall(r"^([一二三四五六七])、[^。]+。", section(_t, "一、", "针对上述问题"), re.M) == list("一二三四五六")
     and issues_of("p06") == 6, "p06/feedback.txt: expected 一、…六、 heading。detail")
_t = txt("p06/report.txt")
_rep = "中心坚持把巡察整改作为重要政治任务，进一步健全完善各项规章制度，加强日常监督管理，巩固深化整改成果"
form(re.findall(r"^问题([一二三四五六])：", _t, re.M) == list("一二三四五") and "赞助" not in _t and "7.4万" not in _t
     and _t.count(_rep) == 2 and "5月15日前" in _t and "整改工作领导小组" not in _t and "第一责任人" not in _t
     and not DISCLOSE.search(_t), "p06/report.txt: expected five headings, nothing on 赞助费, the paragraph twice, no lead, no disclosure")
# p07: areas with restarting 1．2．(3．) = 3 + 3 + 2; UTF-16 report by number with one merged item and one without an owner
_t = section(txt("p07/feedback.txt"), "一、巡察发现的主要问题", "二、整改要求")
form(re.findall(r"^([1-9])．", _t, re.M) == list("12312312") and issues_of("p07") == 8,
     "p07/feedback.txt: expected restarting 1．2．3．/1．2．3．/1．2．")
_t = txt("p07/report.txt")
_items = re.split(r"\n(?=[一二三四五六七]、针对反馈意见)", _t)
form(len(_items) == 8 and "第（一）方面第1个问题和第3个问题" in _t and "由相关部门协调推进" in _items[2]
     and "责任领导" not in _items[2] and all("责任领导" in x for x in _items[1:] if x is not _items[2]),
     "p07/report.txt: expected seven by-number items, one merged, item 二 without 责任领导")
# p08: 1．–7． heading lines + 具体表现：; DOCX report with seven bold 关于 headings and a rules table of 8
_t = txt("p08/feedback.txt")
form(re.findall(r"^([1-9])．\S+$", _t, re.M) == list("1234567") and len(re.findall(r"^具体表现：", _t, re.M)) == 7
     and issues_of("p08") == 7, "p08/feedback.txt: expected 1．–7． heading lines with 具体表现：")
_x = zipfile.ZipFile(os.path.join(root, "p08", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p08/report.docx")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and _x.count("<w:tr>") == 9
     and "六个月内报送完成情况" in _t, "p08/report.docx: expected seven 关于 headings and a 9-row rules table")
# p09: speech with 一是…六是 over two 从…看 paragraphs; first-person GB18030 CRLF report with five 抓 headings, no 宴请
_t = txt("p09/feedback.txt")
_paras = [l for l in _t.split("\n") if l.startswith("从")]
form(len(_paras) == 2 and re.findall(r"([一二三四五六七])是", "".join(_paras)) == list("一二三四五六")
     and all(f"{c}要" in _t for c in "一二三") and issues_of("p09") == 6,
     "p09/feedback.txt: expected 一是…六是 over two 从…看 paragraphs and 一要…三要")
_t = txt("p09/report.txt")
form(re.findall(r"^（([一二三四五六])）抓", _t, re.M) == list("一二三四五") and "宴请" not in _t and _t.count("我") >= 8
     and not DISCLOSE.search(_t), "p09/report.txt: expected five 抓 headings, nothing on 宴请, first person, no disclosure")
# p10: 问题一：…问题九： (GB18030); report with 9 items, 7 done + 2 持续整改 and a 100% completion rate
_t = txt("p10/feedback.txt")
form(re.findall(r"^问题([一二三四五六七八九十])：", _t, re.M) == list("一二三四五六七八九") and issues_of("p10") == 9,
     "p10/feedback.txt: expected 问题一：…问题九：")
_t = txt("p10/report.txt")
form(re.findall(r"^问题([一二三四五六七八九十])：", _t, re.M) == list("一二三四五六七八九") and "整改完成率100%" in _t
     and len(re.findall(r"；持续整改）", _t)) == 2 and len(re.findall(r"；已完成）", _t)) == 7 and "整改工作领导小组" not in _t
     and "第一责任人" not in _t, "p10/report.txt: expected nine items, 7 done + 2 open, the 100% claim, no 领导小组")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
