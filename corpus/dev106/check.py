#!/usr/bin/env python3
"""Check the dev106 pairs (p01-p10, pair ids d106-01 … d106-10); adapted from corpus/dev44/check.py.
General checks: every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8, an HTML file's meta charset must agree with its bytes; DOCX: word/document.xml
paragraph text); every `links` substring occurs exactly once in the document's visible text (HTML: tags stripped,
entities decoded; DOCX: paragraph and cell text); each gold.json is consistent (only the dev-pairs keys; known kinds;
null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every
answered problem has at least one link; every pair mode "pair" with one feedback; no duplicate (kind, issue); every
entry has a why; no stray files); every gap kind is planted (must_flag) in at least one pair and has at least one
counter-case (must_not_flag) in the set; one or two pairs have no must_flag (good reports); the gold's problem count
equals the count taken from the feedback's own numbering (per-pair counters below); the feedback and report dates are
in the documents and late-report is must_flag exactly when the report is dated after the three-month limit; every gold
file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback must have 800-3500 and
each report 1800-9000 non-whitespace visible characters. Pair-specific form checks (the four-part labels and the
planted traps) follow at the end.
Usage: python3 check.py [dev106-dir]. Exit 1 on failure."""
import calendar, datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files; DOCX files are listed separately
DECLARED = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p01/report.txt": ("utf-8", "lf"),
    "p02/feedback.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("utf-16-le-bom", "lf"),
    "p04/report.html": ("utf-8", "lf"),
    "p05/feedback.html": ("utf-8", "lf"),
    "p05/report.txt": ("gb18030", "lf"),
    "p06/feedback.txt": ("utf-8", "lf"),
    "p07/feedback.txt": ("gb18030", "crlf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p08/feedback.txt": ("utf-16-le-bom", "crlf"),
    "p08/report.txt": ("utf-8", "lf"),
    "p09/feedback.txt": ("utf-8", "lf"),
    "p09/report.txt": ("gb18030", "crlf"),
    "p10/feedback.txt": ("utf-8", "lf"),
    "p10/report.html": ("gb18030", "lf"),
}
DOCX = {"p02/report.docx", "p04/feedback.docx", "p06/report.docx"}
LENGTHS = {"feedback": (800, 3500), "report": (1800, 9000)}
# feedback date, report date (as written in the documents)
DATES = {
    "p01": ((2025, 3, 18), (2025, 6, 10)), "p02": ((2024, 10, 22), (2025, 2, 17)), "p03": ((2025, 4, 9), (2025, 7, 4)),
    "p04": ((2025, 5, 20), (2025, 8, 15)), "p05": ((2025, 2, 26), (2025, 5, 23)), "p06": ((2025, 6, 5), (2025, 9, 1)),
    "p07": ((2024, 11, 12), (2025, 3, 3)), "p08": ((2025, 1, 8), (2025, 4, 3)), "p09": ((2025, 7, 15), (2025, 10, 13)),
    "p10": ((2025, 8, 5), (2025, 10, 28)),
}
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
    if rel.endswith(".html"):
        m = re.search(r"charset=[\"']?([\w-]+)", text, re.I)
        assert m, "HTML without a meta charset"
        cs = m.group(1).lower()
        assert (cs == "utf-8") == (enc == "utf-8") and (cs in ("gbk", "gb2312", "gb18030")) == (enc == "gb18030"), \
            f"meta charset {cs} disagrees with declared {enc}"
        if cs in ("gbk", "gb2312"):
            raw.decode(cs)  # the bytes must really be in the charset the page declares
    return text.replace("\r\n", "\n"), enc + ("+crlf" if eol == "crlf" else "")


def html_visible(src):
    t = re.sub(r"(?is)<head>.*?</head>|<style.*?</style>|<script.*?</script>", "", src)
    t = re.sub(r"(?i)<br\s*/?>|</(p|td|tr|div|li|h\d|table)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t).replace("\xa0", " ")
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def docx_paras(xml):
    return [html.unescape("".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", p)))
            for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]


def docx_text(path):
    xml = docx_xml(path)
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("landscape", 'w:orient="landscape"')) if tag in xml]
    return "\n".join(p for p in docx_paras(xml) if p.strip()), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    assert rel in DECLARED, "undeclared file"
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        return html_visible(text), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def three_months_after(y, m, d):
    m2, y2 = (m + 3 - 1) % 12 + 1, y + (m + 3 - 1) // 12
    return datetime.date(y2, m2, min(d, calendar.monthrange(y2, m2)[1]))


def cn_date(y, m, d):
    return f"{y}年{m}月{d}日"


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, texts = {}, {}, [], {}
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
        fails.append(f"{name}: every dev106 pair is mode 'pair'")
    encs = []
    try:
        ftext, e = visible(fb[0])
        texts[name + "/feedback"] = ftext
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
        continue
    try:
        text, enc = visible(rp[0])
        texts[name + "/report"] = text
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
    fd, rd = DATES[name]
    if cn_date(*fd) not in ftext and cn_date(*fd) not in text:
        fails.append(f"{name}: feedback date {cn_date(*fd)} not found")
    if cn_date(*rd) not in text:
        fails.append(f"{name}: report date {cn_date(*rd)} not in the report")
    days = (datetime.date(*rd) - datetime.date(*fd)).days
    late = datetime.date(*rd) > three_months_after(*fd)
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    if late != flagged:
        fails.append(f"{name}: report {days} days after feedback, late={late}, but late-report must_flag={flagged}")
    if not late and not any(f["kind"] == "late-report" for f in g["must_not_flag"]):
        fails.append(f"{name}: on-time report without a late-report must_not_flag")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {days} days{' (LATE)' if late else ''}; "
          f"score.py on empty output {last}")
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


def T(key):
    return texts.get(key, "")


def gold_n(name):
    return json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))["issues"]


def seq(nums, n, what):
    form(nums == list(range(1, n + 1)), f"{what}: numbering {nums} is not 1..{n}")


CN = "一二三四五六七八九十"


def cn(i):  # 1..19 -> 一 … 十九
    return CN[i - 1] if i <= 10 else "十" + CN[i - 11]


def cn_index(s):
    return CN.index(s) + 1 if len(s) == 1 else (10 + CN.index(s[1]) + 1 if s[0] == "十" else None)


# RECT: a sentence that reports publishing the rectification itself (used to prove the no-disclosure plants)
RECT_DISCLOSE = re.compile(r"整改(情况|进展)[^。；\n]{0,30}(公开|公示|公布|通报)|(公开|公示|公布|通报)[^。；\n]{0,10}整改(情况|进展)")

# ---- problem counts from each feedback's own structure ----
# p01: continuous 1．–10． under （一）（二）（三）…方面, before 二、整改意见
_t = T("p01/feedback")
_s = _t[_t.index("一、巡察发现的主要问题"):_t.index("二、整改意见")]
seq([int(x) for x in re.findall(r"^(\d{1,2})．", _s, re.M)], gold_n("p01"), "p01 feedback")
form(len(re.findall(r"^（[一二三]）.*方面$", _s, re.M)) == 3, "p01 feedback: expected three （N）…方面 areas")
# p02: speech paragraphs 第一，…第九，; 一要…三要 follow
_t = T("p02/feedback")
seq([cn_index(x) for x in re.findall(r"^第([一二三四五六七八九十]+)，", _t, re.M)], gold_n("p02"), "p02 feedback")
form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t, "p02 feedback: expected 一要…三要 and 三个月内")
# p03: 问题清单 问题N： + 具体表现：
_t = T("p03/feedback")
seq([int(x) for x in re.findall(r"^问题(\d+)：", _t, re.M)], gold_n("p03"), "p03 feedback")
form(len(re.findall(r"^具体表现：", _t, re.M)) == gold_n("p03"), "p03 feedback: one 具体表现： per problem")
# p04: DOCX, bold （一）–（十一） heading paragraphs
_x = docx_xml(os.path.join(root, "p04", "feedback.docx"))
_heads = [p for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", _x)
          if re.fullmatch(r"（[一二三四五六七八九十]+）\S+", "".join(re.findall(r"<w:t(?:\s[^>]*)?>(.*?)</w:t>", p)))]
seq([cn_index(re.search(r"（(\S+?)）", "".join(re.findall(r"<w:t(?:\s[^>]*)?>(.*?)</w:t>", p))).group(1)) for p in _heads],
    gold_n("p04"), "p04 feedback")
form(all("<w:b/>" in p for p in _heads), "p04 feedback: the （N） headings must be bold")
# p05: HTML news, inline 一是…九是 inside the 巡察组指出 paragraph (the 表态 一是…三是 is not counted)
_t = T("p05/feedback")
_para = [l for l in _t.split("\n") if l.startswith("巡察组指出")]
form(len(_para) == 1, "p05 feedback: expected one 巡察组指出 paragraph")
if _para:
    seq([cn_index(x) for x in re.findall(r"([一二三四五六七八九十]+)是", _para[0])], gold_n("p05"), "p05 feedback")
# p06: 一、 → （一）（二）（三）…方面 with restarting 1．2．(3．)
_t = T("p06/feedback")
_s = _t[_t.index("一、巡察发现的主要问题"):_t.index("二、整改要求")]
_areas = re.split(r"^（[一二三]）.*方面$", _s, flags=re.M)[1:]
form(len(_areas) == 3, "p06 feedback: expected three areas")
_counts = [len(re.findall(r"^\d．", a, re.M)) for a in _areas]
for a in _areas:
    seq([int(x) for x in re.findall(r"^(\d)．", a, re.M)], len(re.findall(r"^\d．", a, re.M)), "p06 feedback area")
form(sum(_counts) == gold_n("p06") and _counts == [2, 3, 3], f"p06 feedback: restarting counts {_counts}")
# p07: 1．–9． heading lines + 具体表现：
_t = T("p07/feedback")
seq([int(x) for x in re.findall(r"^(\d)．\S+$", _t, re.M)], gold_n("p07"), "p07 feedback")
form(len(re.findall(r"^具体表现：", _t, re.M)) == gold_n("p07"), "p07 feedback: one 具体表现： per problem")
# p08: （一）–（十二） heading。detail before 二、整改要求
_t = T("p08/feedback")
_s = _t[_t.index("一、巡察发现的主要问题"):_t.index("二、整改要求")]
seq([cn_index(x) for x in re.findall(r"^（([一二三四五六七八九十]+)）[^。]+。", _s, re.M)], gold_n("p08"), "p08 feedback")
# p09: three 从…看， paragraphs with restarting inline 一是…
_t = T("p09/feedback")
_ps = [l for l in _t.split("\n") if l.startswith("从")]
_counts = []
for p in _ps:
    nums = [cn_index(x) for x in re.findall(r"([一二三四五六七八九十])是", p)]
    seq(nums, len(nums), "p09 feedback paragraph")
    _counts.append(len(nums))
form(len(_ps) == 3 and sum(_counts) == gold_n("p09") and _counts == [3, 4, 3], f"p09 feedback: restarting counts {_counts}")
# p10: （一）–（八） heading lines, each followed by a detail line, before 二、整改要求
_t = T("p10/feedback")
_s = _t[_t.index("一、存在的主要问题"):_t.index("二、整改要求")]
seq([cn_index(x) for x in re.findall(r"^（([一二三四五六七八九十]+)）\S+$", _s, re.M)], gold_n("p10"), "p10 feedback")

# ---- report forms and planted traps ----
# p01: ten labelled four-part items; three 长效机制; item (七) without 整改时限; (一) result claims all done
_t = T("p01/report")
form(len(re.findall(r"^（[一二三四五六七八九十]）关于“", _t, re.M)) == 10
     and all(len(re.findall(rf"^{lab}：", _t, re.M)) == 10 for lab in ("问题表现", "原因剖析", "整改措施", "整改成效"))
     and len(re.findall(r"^长效机制：", _t, re.M)) == 3, "p01 report: expected ten four-part items and three 长效机制")
_it = re.split(r"^（[一二三四五六七八九十]）关于", _t, flags=re.M)[1:]
form(len(_it) == 10 and "整改时限" not in _it[6] and "责任领导：柴望舒" in _it[6] and all("整改时限" in _it[i] for i in (0, 1, 3, 4, 5, 7, 8, 9))
     and "整改时限" not in _it[2] and "柴望舒牵头" in _it[2], "p01 report: (七) must lack 整改时限; (三) has owner/date only in 整改成效")
form("围网已全部清退到位" in _t and "其余8处正在就补偿标准协商" in _t and "正在持续推进" in _t, "p01 report: the (一) over-claim is missing")
# p02: DOCX table with the four parts as columns + 责任领导 + 完成时限; row 4 owner 厂领导班子; row 6 has no sanction
_x = docx_xml(os.path.join(root, "p02", "report.docx"))
_rows = [[html.unescape("".join(re.findall(r"<w:t(?:\s[^>]*)?>(.*?)</w:t>", c))) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)]
         for r in re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)]
form(len(_rows) == 10 and _rows[0] == ["序号", "问题表现", "原因剖析", "整改措施", "责任领导", "完成时限", "整改成效"]
     and all(len(r) == 7 for r in _rows) and 'w:orient="landscape"' in _x, "p02 report: expected a landscape 7-column table of 9 rows")
if len(_rows) == 10:
    form(_rows[4][4] == "厂领导班子" and all(re.fullmatch(r"[\u4e00-\u9fff]{3}", _rows[i][4]) for i in (1, 2, 3, 5, 6, 7, 8, 9)),
         "p02 report: row 4's owner must be 厂领导班子, the others one person")
    form(not re.search(r"处分|诫勉|批评|检查|通报批评|解除|调离|扣发", "".join(_rows[6])), "p02 report: row 6 must hold no sanction")
    form("警告处分" in _rows[3][6] and "诫勉谈话" in _rows[3][6], "p02 report: row 3's sanctions belong in the 整改成效 cell")
# p03: UTF-16; eleven items; (十) without 整改措施 label; (十一) with 存在问题/问题根源 only; (八) without a rule
_t = T("p03/report")
_it = re.split(r"^（[一二三四五六七八九十]+）\S+$", _t[_t.index("二、反馈问题整改落实情况"):_t.index("三、下一步工作打算")], flags=re.M)[1:]
form(len(_it) == 11 and all("存在问题：" in i and "问题根源：" in i for i in _it)
     and sum("整改措施：" in i for i in _it) == 9 and sum("完成情况：" in i for i in _it) == 10
     and sum("长效机制：" in i for i in _it) == 2, "p03 report: expected eleven labelled items (9 with 整改措施, 10 with 完成情况, 2 长效机制)")
if len(_it) == 11:
    form("整改措施" not in _it[9] and "完成情况" in _it[9], "p03 report: (十) must have 完成情况 without a 整改措施 label")
    form(not re.search(r"整改措施|完成情况|长效机制|责任人", _it[10]), "p03 report: (十一) must hold only 存在问题 and 问题根源")
    form(not re.search(r"《[^》]+》", _it[7]) and "将研究制定合同管理和印章管理" in _t, "p03 report: (八) must name no rule; the rule only promised")
# p04: public HTML 通报; 11 items with all four bracket labels, 6 【长效机制】
_t = T("p04/report")
form(all(_t.count(f"【{lab}】") == 11 for lab in ("问题表现", "原因剖析", "整改措施", "整改成效")) and _t.count("【长效机制】") == 6
     and "公开方式：主动公开" in _t and "联系电话" in _t and len(re.findall(r"^\d{1,2}．关于“", _t, re.M)) == 11,
     "p04 report: expected a public 通报 with eleven four-part items and six 【长效机制】")
# p05: only #1, #2, #4, #5 with all four parts; the 作风 paragraph pasted under (六) and (八); no rectification disclosure
_t = T("p05/report")
_rep = "组织全体干部职工深入学习中央八项规定及其实施细则精神和省市县有关作风建设的规定，开展作风纪律专项整治，对照问题逐条查摆、建立台账，举一反三、以案为鉴，确保同类问题不再发生。"
form(len(re.findall(r"^（[一二三四五六七八九]）关于", _t, re.M)) == 9 and len(re.findall(r"^问题表现：", _t, re.M)) == 4
     and len(re.findall(r"^原因剖析：", _t, re.M)) == 4 and len(re.findall(r"^整改措施：", _t, re.M)) == 9
     and len(re.findall(r"^责任人：", _t, re.M)) == 9, "p05 report: expected nine items, four of them with all four parts")
form(_t.count(_rep) == 2 and not RECT_DISCLOSE.search(_t), "p05 report: expected the pasted paragraph twice and no disclosure")
form("县纪委监委已于2025年4月对其给予党内警告处分" in _t.split("（五）")[1].split("整改措施：")[0],
     "p05 report: (五)'s sanction must sit in the 原因剖析")
# p06: DOCX with bold 关于 headings and labelled paragraphs; #5 owner in the result; #4 only a promise; no disclosure
_x = docx_xml(os.path.join(root, "p06", "report.docx"))
_t = T("p06/report")
form(len(re.findall(r"^[一二三四五六七八]、关于“", _t, re.M)) == 8 and "<w:b/>" in _x
     and all(len(re.findall(rf"^{lab}：", _t, re.M)) == 8 for lab in ("问题表现", "原因剖析", "整改措施", "整改成效")),
     "p06 report: expected eight bold four-part items")
_it = re.split(r"^[一二三四五六七八]、关于", _t, flags=re.M)[1:]
if len(_it) == 8:
    form("责任人" not in _it[4].split("整改成效：")[0] and "由党总支书记殷鹤汀牵头" in _it[4], "p06 report: #5's owner only in 整改成效")
    form(not re.search(r"处分|诫勉|扣发|调离|批评教育|提醒谈话", _it[3]) and "将视情况作进一步处理" in _it[3],
         "p06 report: #4 must hold no sanction, only a promise")
    form("扣发其2025年二季度绩效" in _it[2].split("整改措施：")[0], "p06 report: #3's sanction must sit in the 原因剖析")
form(not RECT_DISCLOSE.search(_t), "p06 report: no rectification disclosure expected")
# p07: CRLF; 问题一：…问题九： with 问题根源/整改措施/整改成效; separate 长效机制建设; #5 owner 各乡镇分管领导; #3 rule only promised
_t = T("p07/report")
form(len(re.findall(r"^问题[一二三四五六七八九]：", _t, re.M)) == 9
     and all(len(re.findall(rf"^{lab}：", _t, re.M)) == 9 for lab in ("问题根源", "整改措施", "整改成效"))
     and "三、长效机制建设" in _t and "责任领导：各乡镇分管领导" in _t and "将制定《防灭火物资储备管理办法》" in _t
     and "物资" not in _t[_t.index("三、长效机制建设"):_t.index("四、下一步打算")],
     "p07 report: expected nine items, a 长效机制 section without a 物资 rule, the 各乡镇分管领导 owner")
# p08: document-level four parts; 三、 skips 用工; no 领导小组/第一责任人; the all-done claim
_t = T("p08/report")
_pos = [_t.find(h) for h in ("一、对照巡察反馈梳理的主要问题", "二、原因剖析", "三、整改措施", "四、整改成效", "五、下一步打算")]
form(all(p >= 0 for p in _pos) and _pos == sorted(_pos), "p08 report: expected the five document-level parts in order")
if all(p >= 0 for p in _pos):
    _m = _t[_pos[2]:_pos[3]]
    form(len(re.findall(r"^（[一二三四五六七八九十]+）关于", _m, re.M)) == 10 and not re.search(r"用工|劳动合同|教练员", _m),
         "p08 report: 三、 must have ten answers and none on 用工/教练员")
    form(len(re.findall(r"^\d{1,2}．", _t[_pos[0]:_pos[1]], re.M)) == 12, "p08 report: 一、 restates twelve problems")
form("领导小组" not in _t and "第一责任人" not in _t and "已全部整改到位" in _t and "正在调取售票记录" in _t,
     "p08 report: expected no 领导小组, the all-done claim and the open 短款 check")
# p09: GB18030 CRLF; ten four-part items, four 长效机制; #3's owner only in the result
_t = T("p09/report")
form(len(re.findall(r"^（[一二三四五六七八九十]）关于", _t, re.M)) == 10
     and all(len(re.findall(rf"^{lab}：", _t, re.M)) == 10 for lab in ("问题表现", "原因剖析", "整改措施", "整改成效"))
     and len(re.findall(r"^长效机制：", _t, re.M)) == 4 and len(re.findall(r"^责任领导：", _t, re.M)) == 9,
     "p09 report: expected ten four-part items, four 长效机制, nine 责任领导 lines")
# p10: public HTML 公告 with a 6-column table; row 6 undated; no 领导小组/第一责任人
_raw = open(os.path.join(root, "p10", "report.html"), "rb").read().decode("gb18030")
_rows = [[re.sub(r"<[^>]+>", "", c) for c in re.findall(r"(?s)<td>(.*?)</td>", r)] for r in re.findall(r"(?s)<tr>(.*?)</tr>", _raw)]
_rows = [r for r in _rows if len(r) == 6]
form(len(_rows) == 9 and _rows[0] == ["序号", "问题表现", "原因剖析", "整改措施", "整改成效", "责任人及完成时限"],
     "p10 report: expected a 6-column table with 8 rows")
if len(_rows) == 9:
    form(not re.search(r"\d", _rows[6][5]) and all(re.search(r"\d|立行立改", _rows[i][5]) for i in (1, 2, 3, 4, 5, 7, 8)),
         "p10 report: row 6 must be the only undated row")
    form(not re.search(r"处分|诫勉|批评|检查|调离|解除|移送", _rows[3][3] + _rows[3][4]), "p10 report: row 3 must hold no sanction")
_t = T("p10/report")
form("领导小组" not in _t and "第一责任人" not in _t and "联系电话" in _t, "p10 report: expected no 领导小组 and a contact line")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
