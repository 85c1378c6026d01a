#!/usr/bin/env python3
"""Check the dev96 pairs (p01-p10, pair ids d96-01 … d96-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; HTML: the bytes decode in the charset the page's <meta> declares, and that charset is the declared
one; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's visible text
(HTML: tags, head, scripts and styles removed, entities decoded), each gold.json is consistent (only the dev-pairs keys;
known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems;
every answered problem has at least one link; mode "pair" with one feedback; no duplicate (kind, issue); every entry has a
why; no stray files), the gold problem count equals the count read off the feedback's own structure (COUNT below), the
feedback and report dates (DATES) appear in the documents and late-report is in must_flag exactly when the report is
dated more than three calendar months after the feedback (and in must_not_flag otherwise), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1000-5000 non-whitespace
visible characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev96-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of every TXT and HTML file; DOCX files are listed in DOCX
DECLARED = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p02/feedback.html": ("utf-8", "lf"),
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p04/feedback.txt": ("utf-16-le-bom", "lf"),
    "p04/report.txt": ("utf-8", "lf"),
    "p05/feedback.txt": ("gb18030", "lf"),
    "p06/feedback.txt": ("utf-8", "crlf"),
    "p06/report.html": ("gbk", "crlf"),
    "p07/feedback.txt": ("utf-8", "lf"),
    "p07/report.txt": ("utf-16-le-bom", "lf"),
    "p08/feedback.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "lf"),
    "p09/report.txt": ("gb18030", "crlf"),
    "p10/feedback.txt": ("utf-8", "lf"),
    "p10/report.html": ("utf-8", "lf"),
}
DOCX = {"p01/report.docx", "p03/feedback.docx", "p05/report.docx", "p09/feedback.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1000, 5000)}
# feedback date, report date (both must appear in the documents as 2025年M月D日 / 2025-MM-DD)
DATES = {
    "p01": ("2025-05-20", "2025-08-11"), "p02": ("2025-04-15", "2025-07-10"), "p03": ("2025-05-08", "2025-07-30"),
    "p04": ("2025-06-09", "2025-08-28"), "p05": ("2025-03-18", "2025-07-08"), "p06": ("2025-02-20", "2025-05-16"),
    "p07": ("2025-06-03", "2025-08-25"), "p08": ("2025-04-22", "2025-07-18"), "p09": ("2025-01-14", "2025-04-10"),
    "p10": ("2024-12-16", "2025-04-02"),
}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def check_eol(text, eol):
    n_crlf, n_lf = text.count("\r\n"), text.count("\n")
    if eol == "crlf":
        assert n_crlf == n_lf and n_lf > 0, f"declared CRLF but {n_crlf} CRLF of {n_lf} LF"
    else:
        assert "\r" not in text, "unexpected CR"


def decode_bytes(rel, raw):
    enc, eol = DECLARED[rel]
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
    check_eol(text, eol)
    return text.replace("\r\n", "\n"), enc + ("+crlf" if eol == "crlf" else "")


def html_visible(text):
    text = re.sub(r"(?is)<head\b.*?</head>", "", text)
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", text)
    text = re.sub(r"(?is)<!DOCTYPE[^>]*>|<!--.*?-->", "", text)
    text = re.sub(r"(?i)<br\s*/?>", "\n", text)
    text = re.sub(r"(?i)</(td|th)>", " ", text)
    text = re.sub(r"(?i)</?(p|div|h[1-6]|li|ul|ol|tr|table|article|header|footer|nav|section)\b[^>]*>", "\n", text)
    text = re.sub(r"<[^>]+>", "", text)
    text = html.unescape(text)
    lines = [l.strip(" \t") for l in text.split("\n")]
    return "\n".join(l for l in lines if l.strip())


def html_file(rel, raw):
    text, enc = decode_bytes(rel, raw)
    m = re.search(r'(?i)<meta[^>]*charset=["\']?([\w-]+)', text)
    assert m, "no <meta charset>"
    assert m.group(1).lower() == DECLARED[rel][0], f"meta charset {m.group(1)} is not the declared {DECLARED[rel][0]}"
    return html_visible(text), "html[" + enc + "]"


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
    raw = open(f, "rb").read()
    if ext == "html":
        return html_file(rel, raw)
    return decode_bytes(rel, raw)


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    y, m, d = map(int, iso.split("-"))
    return f"{y}年{m}月{d}日"


def plus_months(iso, n):
    y, m, d = map(int, iso.split("-"))
    m += n
    y, m = y + (m - 1) // 12, (m - 1) % 12 + 1
    for dd in (d, 30, 29, 28):
        try:
            return datetime.date(y, m, dd)
        except ValueError:
            pass


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- problem counts read off each feedback's own structure ----
def _before(t, marker):
    return t[:t.index(marker)]


COUNT = {
    # continuous 1．–8． heading lines under （一）（二）（三）…方面, before 二、整改意见
    "p01": lambda t: len(re.findall(r"^[1-9]．", _before(t, "二、整改意见"), re.M)),
    # inline 一是…七是 in the 主要有： paragraph of the news page
    "p02": lambda t: len(re.findall(r"[一二三四五六七八九十]是", re.search(r"主要有：.*", t).group(0))),
    # bold （一）–（七） heading paragraphs before 二、整改意见
    "p03": lambda t: len(re.findall(r"^（[一二三四五六七八九十]）", _before(t, "二、整改意见"), re.M)),
    # 问题N： lines of the 问题清单
    "p04": lambda t: len(re.findall(r"^问题\d+：", t, re.M)),
    # 第一，…第七， paragraphs of the speech, before 下面，我就抓好巡察整改讲几点意见
    "p05": lambda t: len(re.findall(r"^第[一二三四五六七八九十]，", _before(t, "下面，我就"), re.M)),
    # 一、…七、 heading。detail paragraphs before 整改要求
    "p06": lambda t: len(re.findall(r"^[一二三四五六七八九十]、[^。\n]+。", _before(t, "整改要求"), re.M)),
    # restarting inline 一是/二是/三是 inside three 从…看 paragraphs
    "p07": lambda t: sum(len(re.findall(r"[一二三四五]是", p)) for p in re.findall(r"^从[^，]+看，.*$", t, re.M)),
    # （一）–（七） heading lines, each followed by 具体表现：
    "p08": lambda t: len(re.findall(r"^（[一二三四五六七八九十]）[^\n]+\n具体表现：", t, re.M)),
    # continuous 1．–7． heading paragraphs under three areas, before 四、整改要求
    "p09": lambda t: len(re.findall(r"^\d+．", _before(t, "四、整改要求"), re.M)),
    # restarting 1．2．(3．) under 一、二、三、…方面, before 整改要求
    "p10": lambda t: len(re.findall(r"^\d+．", _before(t, "整改要求"), re.M)),
}

total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
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
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    if g["mode"] != "pair":
        fails.append(f"{name}: every dev96 pair is mode 'pair'")
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
    try:
        counted = COUNT[name](ftext)
    except Exception as e:
        counted = f"error {e}"
    if counted != n:
        fails.append(f"{name}: gold says {n} problems, the feedback's structure gives {counted}")
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
    fdate, rdate = DATES[name]
    for iso, doc, which in ((fdate, ftext, "feedback"), (rdate, text, "report")):
        if cn_date(iso) not in doc and iso not in doc:
            fails.append(f"{name}: {which} date {iso} not found in the {which}")
    if cn_date(fdate) not in text and fdate not in text:
        fails.append(f"{name}: the report does not state the feedback date {fdate}")
    late = datetime.date.fromisoformat(rdate) > plus_months(fdate, 3)
    days = (datetime.date.fromisoformat(rdate) - datetime.date.fromisoformat(fdate)).days
    if late != (("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}):
        fails.append(f"{name}: report after {days} days, late={late}, but must_flag disagrees")
    if not late and ("late-report", None) not in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}:
        fails.append(f"{name}: on-time report ({days} days) without a late-report must_not_flag")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues (structure {counted}), must_flag {len(g['must_flag'])}, must_not_flag "
          f"{len(g['must_not_flag'])}, links {len(g.get('links', []))}; {days} days{' LATE' if late else ''}; "
          f"{', '.join(encs)}; score.py on empty output {last}")
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


def docx_xml(rel):
    return zipfile.ZipFile(os.path.join(root, rel)).read("word/document.xml").decode("utf-8")


# ---- per-pair form checks ----
RECT_DISCLOSE = re.compile(r"整改(进展)?情况(已|将)?[^。；]{0,12}(公开|公示|公布|通报)|(公开|公布)整改")
# p01: areas （一）（二）（三）…方面; DOCX report with 8 bold 关于 headings, five fields each, a rules table, 共问责15人
_t = txt("p01/feedback.txt")
form(_t.count("方面\n") == 3 and "整改意见" in _t, "p01/feedback.txt: expected three （N）…方面 areas")
_t, _x = txt("p01/report.docx"), docx_xml("p01/report.docx")
form(len(re.findall(r"^（[一二三四五六七八]）关于“", _t, re.M)) == 8 and len(re.findall(r"^整改时限：", _t, re.M)) == 8
     and len(re.findall(r"^整改成效：", _t, re.M)) == 8 and "<w:tbl>" in _x and "<w:b/>" in _x and "共问责15人" in _t
     and _x.count("<w:tr>") == 8, "p01/report.docx: expected 8 bold 关于 items with fields, a 7-row rules table, 共问责15人")
# p02: HTML news page with chrome; report 问题N：/整改情况： and a closing 责任分工 paragraph, item 4 undated
_t = txt("p02/feedback.html")
form("当前位置" in _t and "相关链接" in _t and "八是" not in _t and "三个月内" in _t, "p02/feedback.html: expected page chrome, 一是…七是")
_t = txt("p02/report.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^整改情况：", _t, re.M)) == 7
     and "三、整改责任分工" in _t and "待省平台统一身份认证改造后推进" in _t and "依规依纪严肃处理" in _t,
     "p02/report.txt: expected 问题N：/整改情况：, a 责任分工 paragraph, the undated item 4 and the promise on item 2")
# p03: DOCX with bold （一）–（七） headings; report （N）关于…的问题 + bracket, unrelated rule under （三）, 共问责9人
_t, _x = txt("p03/feedback.docx"), docx_xml("p03/feedback.docx")
form("<w:b/>" in _x and "一要" in _t and "三要" in _t, "p03/feedback.docx: expected bold headings and 一要…三要")
_t = txt("p03/report.txt")
_sec3 = _t[_t.index("（三）关于发掘记录"):_t.index("（四）关于公务用车")]
form(len(re.findall(r"^（[一二三四五六七]）关于[^\n]+的问题$", _t, re.M)) == 7 and len(re.findall(r"（责任领导：", _t)) == 7
     and "《职工请休假管理制度》" in _sec3 and len(re.findall(r"《[^》]+》", _sec3)) == 1 and "共问责9人" in _t,
     "p03/report.txt: expected 7 关于 items with brackets, only the unrelated rule under （三）, 共问责9人")
# p04: 问题清单 with 具体表现：; village report 一、…六、, nothing on the forest-land contract, no rectification disclosure
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^具体表现：", _t, re.M)) == 7 and "村务公开栏向全村群众公开" in _t, "p04/feedback.txt: expected 7 具体表现：")
_t = txt("p04/report.txt")
form(len(re.findall(r"^[一二三四五六]、关于", _t, re.M)) == 6 and "七、" not in _t and "承包" not in _t and "承包费" not in _t
     and "由村“两委”班子共同负责" in _t and not RECT_DISCLOSE.search(_t) and _t.count("我") >= 5,
     "p04/report.txt: expected six first-person headings, no answer on the 林地承包, a collective owner, no disclosure")
# p05: GB18030 speech 第一，…第七，; DOCX report prose + 7-row table, row 1 持续推进, nobody for the 陶瓷 case
_t = txt("p05/feedback.txt")
form("同志们" in _t and "一要" in _t and "三要" in _t and "第八，" not in _t, "p05/feedback.txt: expected a speech with 一要…三要")
_t, _x = txt("p05/report.docx"), docx_xml("p05/report.docx")
_case = _t[_t.index("（二）执法案件重新审议"):_t.index("（三）违纪违规问题")]
form(_x.count("<w:tr>") == 8 and "持续推进\n正在推进" in _t and "共问责9人" in _t
     and not re.search(r"诫勉|批评教育|警告|提醒谈话|问责", _case), "p05/report.docx: expected a 7-row table, row 1 持续推进, no sanction on the case")
# p06: CRLF opinion 一、…七、; GBK HTML 通报 claiming all done with open items, copied （六）, no rule under （四）
_t = txt("p06/feedback.txt")
form("整改要求" in _t and "三个月内" in _t, "p06/feedback.txt: expected 整改要求 and the three-month sentence")
_t = txt("p06/report.html")
_sec4 = _t[_t.index("（四）关于"):_t.index("（五）关于")]
form("已全部整改完成" in _t and "正在施工" in _t and "正在与该厂家协商" in _t and "主动公开" in _t
     and len(re.findall(r"^（[一二三四五六七]）关于“[^”]+”问题的整改$", _t, re.M)) == 7 and "《" not in _sec4,
     "p06/report.html: expected 7 items, the all-done claim with open items, no rule under （四）")
# p07: speech with three 从…看 paragraphs; UTF-16 report with 7 关于 items and a 追责问责 section by item
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^从[^，]+看，", _t, re.M)) == 3, "p07/feedback.txt: expected three 从…看 paragraphs")
_t = txt("p07/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^责任领导：", _t, re.M)) == 7
     and len(re.findall(r"^整改时限：", _t, re.M)) == 7 and len(re.findall(r"^[123]．对", _t, re.M)) == 3 and "共问责5人" in _t,
     "p07/report.txt: expected 7 关于 items with fields and a 追责问责 section 1．–3．")
# p08: own four themes, the boilerplate twice, no 领导小组 / 第一责任人
_t = txt("p08/report.txt")
_rep = "站党支部组织全体党员干部认真学习习近平生态文明思想和上级有关文件精神，对照巡察反馈问题深入查找差距"
form(_t.count(_rep) == 2 and not re.search(r"(?<!巡察工作)领导小组", _t) and "第一责任人" not in _t and len(re.findall(r"^[一二三四]、", _t, re.M)) == 4,
     "p08/report.txt: expected four themes, the pasted paragraph twice, no 领导小组")
# p09: DOCX with bold areas + 1．–7．; ｜ ledger of 6 rows × 6 fields, row 5 owner 各乡镇工作站, no 领导小组, no disclosure
_t, _x = txt("p09/feedback.docx"), docx_xml("p09/feedback.docx")
form("<w:b/>" in _x and len(re.findall(r"^[一二三]、[^\n]+方面$", _t, re.M)) == 3, "p09/feedback.docx: expected three bold areas")
_t = txt("p09/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 6 for r in _rows) and _rows[5][3] == "各乡镇工作站" and not re.search(r"(?<!巡察工作)领导小组", _t)
     and "第一责任人" not in _t and not RECT_DISCLOSE.search(_t) and "质量评估" not in _t,
     "p09/report.txt: expected a 6-row ledger, row 5 owned by 各乡镇工作站, no 领导小组, no disclosure, nothing on 问题7")
# p10: restarting 1．; public HTML 通报 with 8 items, 7+1 claimed, unit-only sanction, rule only studied
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3, "p10/feedback.txt: expected restarting 1．")
_t = txt("p10/report.html")
_sec = _t[_t.index("1．关于“园内经营摊位"):_t.index("2．关于“绿化养护")]
_sec4 = _t[_t.index("2．关于“绿化养护"):_t.index("3．关于“违规发放")]
form(len(re.findall(r"^\d．关于“[^”]+”问题的整改$", _t, re.M)) == 8 and "已完成整改7个，正在整改1个" in _t
     and "股长" not in _sec and "通报批评" in _sec and "学习《" in _sec4 and not re.search(r"(制定|出台|修订|建立)《", _sec4),
     "p10/report.html: expected 8 items, 7+1 claimed, a unit-only sanction, a rule only studied")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
