#!/usr/bin/env python3
"""Check the dev101 pairs (p01-p10, pair ids d101-01 … d101-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8, an HTML file's <meta charset> must name its encoding; DOCX: word/document.xml paragraph text),
every `links` substring occurs exactly once in the report's visible text (HTML: tags, script and style removed, entities
unescaped), each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode "pair" with one feedback; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is
planted (must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs
have no must_flag (good reports), the feedback and report dates in DATES occur in the documents and late-report is
must_flag exactly when the report is more than three calendar months after the feedback (must_not_flag otherwise), the
problem count of each gold equals the count of the feedback's own numbering (COUNT below), and every gold file runs
through /work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}. Lengths:
feedback 700-3000 and report 800-5000 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev101-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("utf-8", "crlf"),
    "p02/report.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-16-le-bom", "crlf"),
    "p05/feedback.txt": ("gb18030", "crlf"),
    "p06/feedback.html": ("utf-8", "lf"),
    "p06/report.html": ("gb18030", "lf"),
    "p07/feedback.txt": ("gb18030", "lf"),
    "p08/report.txt": ("gb18030", "crlf"),
    "p10/report.txt": ("utf-8", "crlf"),
}
DOCX = {"p03/feedback.docx", "p03/report.docx", "p09/report.docx"}
LENGTHS = {"feedback": (700, 3000), "report": (800, 5000)}
# feedback date, report date (both must occur in the documents in 2025年3月18日 form)
DATES = {
    "p01": ("2025-03-18", "2025-06-10"), "p02": ("2024-11-26", "2025-03-14"), "p03": ("2025-04-22", "2025-07-18"),
    "p04": ("2025-05-13", "2025-08-08"), "p05": ("2025-06-05", "2025-08-26"), "p06": ("2025-02-20", "2025-05-16"),
    "p07": ("2025-01-09", "2025-04-03"), "p08": ("2024-12-17", "2025-03-12"), "p09": ("2025-05-29", "2025-08-22"),
    "p10": ("2025-03-04", "2025-06-27"),
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


def html_visible(src):
    t = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", "", src)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|h[1-6]|tr|li|table)>", "\n", t)
    t = re.sub(r"(?i)</td>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


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
        want = DECLARED.get(rel, ("utf-8", "lf"))[0]
        assert m and m.group(1).lower() == want, f"<meta charset> {m and m.group(1)} does not name {want}"
        return html_visible(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日", d


def plus3months(d):
    m = d.month + 3
    y = d.year + (m - 1) // 12
    m = (m - 1) % 12 + 1
    import calendar
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


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
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev101 pair is mode 'pair' with exactly one feedback.*")
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
    fd_s, fd = cn_date(DATES[name][0])
    rd_s, rd = cn_date(DATES[name][1])
    # a news page gives the day as 2月20日 under a 发布时间 of the year (p06)
    fd_alt_ok = f"{fd.month}月{fd.day}日" in ftext and f"发布时间：{fd.year}-" in ftext
    if fd_s not in ftext and not fd_alt_ok:
        fails.append(f"{name}: feedback date {fd_s} not found in the feedback")
    if rd_s not in text:
        fails.append(f"{name}: report date {rd_s} not found in the report")
    late = rd > plus3months(fd)
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    cleared = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != flagged or late == cleared:
        fails.append(f"{name}: late-report gold disagrees with the dates ({(rd - fd).days} days, late={late})")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rd - fd).days} days; score.py on empty output {last}")
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


def gold(name):
    return json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))


def fbt(name):
    return texts.get(name, ("", ""))[0]


def rpt(name):
    return texts.get(name, ("", ""))[1]


def count_is(name, n, what):
    form(gold(name)["issues"] == n, f"{name}: gold issues {gold(name)['issues']} but the feedback's own structure gives {n} ({what})")


DISCLOSE = re.compile(r"公开|公示栏|公布|监督电话|联系电话")

# ---- problem counts from each feedback's own numbering, and pair-specific form checks ----
# p01: areas （一）（二）（三）…方面 with continuous 1．–8． heading。detail before 二、整改意见; report: 8 关于 items with fields
_t = fbt("p01")
_body = _t[:_t.index("二、整改意见")]
_nums = re.findall(r"^([1-9])．[^。\n]+。", _body, re.M)
form(_nums == [str(i) for i in range(1, 9)] and len(re.findall(r"^（[一二三]）.+方面$", _body, re.M)) == 3,
     "p01/feedback: expected three （N）…方面 areas with continuous 1．–8． heading。detail")
count_is("p01", len(_nums), "continuous 1．–8．")
_t = rpt("p01")
form(len(re.findall(r"^（[一二三四五六七八]）关于“", _t, re.M)) == 8 and all(len(re.findall(rf"^{f}：", _t, re.M)) == 8
     for f in ("整改措施", "责任领导", "责任科室", "整改时限", "整改进展")) and "第一责任人" in _t and "酆立言" in _t,
     "p01/report: expected eight 关于“…”的问题 items with five fields, a 第一责任人 and the lecturer look-alike")
# p02: speech 第一，…第七， at line start, 一要…三要, 三个月内; first-person report, other order, #7 bracket without a date
_t = fbt("p02")
_nums = re.findall(r"^第([一二三四五六七八九])，", _t, re.M)
form(_nums == list("一二三四五六七") and all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t,
     "p02/feedback: expected 第一，…第七， paragraphs, 一要…三要 and 三个月内")
count_is("p02", len(_nums), "第一，…第七，")
_t = rpt("p02")
_heads = re.findall(r"^（[一二三四五六七]）.+（反馈第([一二三四五六七])个问题）$", _t, re.M)
_br = [l for l in _t.split("\n") if l.startswith("（由")]
form(_t.count("我") >= 10 and _heads == list("四二三五一七六") and len(_br) == 7
     and sum(1 for b in _br if not re.search(r"\d+月", b)) == 1 and "麴文澜分管" in [b for b in _br if not re.search(r"\d+月", b)][0]
     and "集体约谈" in _t and "推迟" in _t,
     "p02/report: expected a first-person report in order 4,2,3,5,1,7,6 with seven brackets, only #7's without a date")
# p03: DOCX with bold （一）–（八） heading paragraphs; report DOCX table with 8 rows, row 1 owner cells ／, two 推进中
_x = zipfile.ZipFile(os.path.join(root, "p03", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = fbt("p03")
_nums = re.findall(r"^（([一二三四五六七八九])）.+。$", _t, re.M)
form(_nums == list("一二三四五六七八") and "<w:b/>" in _x, "p03/feedback: expected eight bold （N） heading paragraphs")
count_is("p03", len(_nums), "bold （一）–（八）")
_x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
_cells = [["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)] for r in _rows]
_t = rpt("p03")
form(len(_cells) == 9 and all(len(c) == 7 for c in _cells) and _cells[1][3] == "／" and _cells[1][4] == "／"
     and all(c[3] != "／" for c in _cells[2:]) and sum(c[6].startswith("推进中") for c in _cells[1:]) == 2
     and "已完成整改7个，1个正在推进" in _t and "对外投资管理办法" not in _t,
     "p03/report: expected a 7-column table of 8 rows, row 1 without owner, two 推进中, the 7+1 claim, no investment rule")
# p04: 问题1：…问题7： + 具体表现：; report 问题N：/整改情况： + bracket, 问题6's bracket without 责任人
_t = fbt("p04")
_nums = re.findall(r"^问题([1-9])：", _t, re.M)
form(_nums == [str(i) for i in range(1, 8)] and len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p04/feedback: expected 问题1：…问题7： with 具体表现：")
count_is("p04", len(_nums), "问题1：…问题7：")
_t = rpt("p04")
_br = [l for l in _t.split("\n") if l.startswith("（") and "完成时限" in l]
form(re.findall(r"^问题([1-9])：", _t, re.M) == [str(i) for i in range(1, 8)] and len(re.findall(r"^整改情况：", _t, re.M)) == 7
     and len(_br) == 7 and [("责任人" in b) for b in _br] == [True] * 5 + [False, True] and "同意" in _br[5],
     "p04/report: expected 问题N：/整改情况： with seven brackets, only 问题6's without 责任人")
# p05: 一、…六、 heading。detail before 针对以上问题; first-person secretary's report with six （N） headings
_t = fbt("p05")
_body = _t[:_t.index("针对以上问题")]
_nums = re.findall(r"^([一二三四五六七八九])、[^。]+。", _body, re.M)
form(_nums == list("一二三四五六"), "p05/feedback: expected 一、…六、 heading。detail")
count_is("p05", len(_nums), "一、…六、")
_t = rpt("p05")
form(len(re.findall(r"^（[一二三四五六]）\S{4,6}$", _t, re.M)) == 6 and _t.count("我") >= 6 and "集体约谈" in _t
     and "1.44万" not in _t, "p05/report: expected six short headings in the first person, a 集体约谈, nothing on the 1.44万")
# p06: HTML news page, inline 一是…八是 in the 反馈指出 paragraph, 表态 一是…三是; public HTML 通报 with the pasted paragraph twice
_t = fbt("p06")
_para = [l for l in _t.split("\n") if l.startswith("反馈指出")]
_nums = re.findall(r"([一二三四五六七八九])是", _para[0]) if _para else []
form(_nums == list("一二三四五六七八") and "表态" in _t and "三是坚持标本兼治" in _t and "2025-02-21" in _t and "2月20日" in _t,
     "p06/feedback: expected inline 一是…八是 in the 反馈指出 paragraph and a 表态 一是…三是")
count_is("p06", len(_nums), "inline 一是…八是")
_t = rpt("p06")
_rep = "院党支部组织全体干部职工认真学习上级有关文件精神，对照反馈问题深入查摆原因，逐项制定整改措施，明确责任人和整改时限"
form(_t.count(_rep) == 2 and len(re.findall(r"^[1-8]．关于", _t, re.M)) == 8 and "主动公开" in _t and "联系电话" in _t
     and "三重一大" in _t and "决策制度》" not in _t, "p06/report: expected 8 items, the pasted paragraph twice, no 三重一大 rule made")
# p07: areas 一、…方面 with restarting 1．2．(3．); ｜ ledger of 6 rows × 7 fields, no row on 宴请, row 4 limit a document number
_t = fbt("p07")
_areas = re.split(r"^[一二三]、.+方面$", _t, flags=re.M)[1:]
_per = [len(re.findall(r"^[1-9]．", a, re.M)) for a in _areas]
form(_per == [2, 3, 2], f"p07/feedback: expected restarting 1．2．(3．) in three areas, got {_per}")
count_is("p07", sum(_per), "restarting 1．2．(3．) = 2 + 3 + 2")
_t = rpt("p07")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and "宴请" not in _t and "〔2025〕" in _rows[4][5]
     and not re.search(r"\d+月|季度|年底", _rows[4][5]) and all(re.search(r"\d+月|季度", r[5]) for i, r in enumerate(_rows[1:], 1) if i != 4),
     "p07/report: expected a 7-field ledger of 6 rows, nothing on 宴请, row 4 limited only by a document number")
# p08: speech with three 从…看 paragraphs and restarting inline 一是… (3 + 2 + 2); report without 资产, disclosure, 第一责任人
_t = fbt("p08")
_paras = [l for l in _t.split("\n") if l.startswith("从") and "看，一是" in l]
_per = [len(re.findall(r"[一二三四五六七]是", p)) for p in _paras]
form(_per == [3, 2, 2] and all(f"{c}要" in _t for c in "一二三"), f"p08/feedback: expected 从…看 paragraphs with 3+2+2 一是…, got {_per}")
count_is("p08", sum(_per), "从…看 paragraphs with restarting 一是… = 3 + 2 + 2")
_t = rpt("p08")
form(re.findall(r"^([一二三四五六])是抓", _t, re.M) == list("一二三四五六") and "资产" not in _t and not DISCLOSE.search(_t)
     and "第一责任人" not in _t and "办公室主任宦小川任组长" in _t and "警示" not in _t,
     "p08/report: expected 一是…六是, nothing on 资产, no disclosure, a group led by the 办公室主任")
# p09: （一）–（九） heading。detail; DOCX report with nine bold 关于 headings and five fields each
_t = fbt("p09")
_body = _t[:_t.index("二、整改意见")]
_nums = re.findall(r"^（([一二三四五六七八九])）[^。\n]+。", _body, re.M)
form(_nums == list("一二三四五六七八九"), "p09/feedback: expected （一）–（九） heading。detail")
count_is("p09", len(_nums), "（一）–（九）")
_t = rpt("p09")
form(len(re.findall(r"^（[一二三四五六七八九]）关于“", _t, re.M)) == 9 and all(len(re.findall(rf"^{f}：", _t, re.M)) == 9
     for f in ("整改措施", "责任领导", "责任科室", "完成时限", "整改成效")) and "柏怀瑾带队" in _t,
     "p09/report: expected nine 关于 items with five fields and the past-visit look-alike")
# p10: 1．–7． heading lines + 具体表现：; report 问题N：/整改情况：/责任人：/完成时限：, all-done claim, 将研究制定
_t = fbt("p10")
_nums = re.findall(r"^([1-9])．\S+$", _t, re.M)
form(_nums == [str(i) for i in range(1, 8)] and len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p10/feedback: expected 1．–7． heading lines + 具体表现：")
count_is("p10", len(_nums), "1．–7． heading lines")
_t = rpt("p10")
form(all(len(re.findall(rf"^{f}", _t, re.M)) == 7 for f in ("问题[1-7]：", "整改情况：", "责任人：", "完成时限："))
     and "已全部整改到位" in _t and "拟于2025年9月" in _t and "将研究制定" in _t,
     "p10/report: expected seven 问题N： blocks with four fields, the all-done claim, a September 换届 and 将研究制定")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
