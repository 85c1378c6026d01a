#!/usr/bin/env python3
"""Check the dev82 pairs (p01-p10, pair ids d82-01 … d82-10); adapted from corpus/dev44/check.py.
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a
GB18030 file must not be valid UTF-8; HTML: the same, plus its <meta> charset must name the encoding and the visible text
is taken without tags, scripts and styles; DOCX: word/document.xml paragraph text, table cells included); every `links`
substring occurs exactly once in the report's visible text; each gold.json is consistent (only the dev-pairs keys, mode
"pair", known kinds, null issue for document-level kinds, ranges, answered vs unanswered-issue, links only on answered
problems, every answered problem linked, no duplicate (kind, issue), every entry has a why, no stray files); gold
`issues` equals the problem count taken from the feedback's own structure (COUNT below); the dates written in both
documents are the declared ones and late-report is must_flag exactly when the report is more than three calendar months
after the feedback; every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON.
Theme checks (WHO, BY WHEN, WHO ANSWERS, WHAT LASTS): no-owner, no-deadline, no-accountability and no-mechanism are each
must_flag in at least three pairs, and every pair that plants one of them also holds a must_not_flag of the same kind
(the look-alike beside it); exactly one unanswered-issue in the set; vague-measure and copied-measure each planted;
exactly one pair without must_flag (the good report). Lengths: feedback 750-3000, report 1300-5000 non-whitespace
characters of visible text. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev82-dir]. Exit 1 on failure; the last line is OK when all checks pass."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
THEME = ("no-owner", "no-deadline", "no-accountability", "no-mechanism")
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt: UTF-8, LF)
DECLARED = {
    "p02/feedback.html": ("utf-8", "lf"),
    "p02/report.txt": ("utf-8", "crlf"),
    "p04/report.txt": ("gb18030", "lf"),
    "p05/feedback.txt": ("gb18030", "lf"),
    "p05/report.html": ("gb18030", "crlf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p07/feedback.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("gb18030", "lf"),
    "p10/feedback.txt": ("utf-16-le-bom", "crlf"),
    "p10/report.txt": ("gb18030", "crlf"),
}
HTML_CHARSET = {"utf-8": "utf-8", "gb18030": "gbk"}
DOCX = {"p03/feedback.docx", "p03/report.docx", "p09/report.docx"}
LENGTHS = {"feedback": (750, 3000), "report": (1300, 5000)}
# feedback date, report date (both must be written in the documents as Y年M月D日, or as Y-MM-DD in a page header)
DATES = {
    "p01": ("2025-05-20", "2025-08-08"), "p02": ("2024-09-02", "2024-11-26"), "p03": ("2025-01-14", "2025-04-09"),
    "p04": ("2024-12-03", "2025-02-27"), "p05": ("2025-03-18", "2025-06-10"), "p06": ("2024-11-05", "2025-02-02"),
    "p07": ("2025-04-22", "2025-07-16"), "p08": ("2024-10-22", "2025-02-26"), "p09": ("2025-05-27", "2025-08-19"),
    "p10": ("2025-02-18", "2025-05-13"),
}
NEWS = {"p02", "p09"}  # news items write the meeting day as M月D日; the year stands in the 发布时间 line
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


def html_visible(t):
    t = re.sub(r"(?is)<(script|style)\b[^>]*>.*?</\1>", "", t)
    t = re.sub(r"(?is)<!--.*?-->", "", t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</?(p|div|h[1-6]|li|ul|tr|table|title|head)\b[^>]*>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
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
        m = re.search(r'charset=["\']?([\w-]+)', text, re.I)
        want = HTML_CHARSET[DECLARED[rel][0]]
        assert m and m.group(1).lower() == want, f"meta charset {m and m.group(1)} is not {want}"
        return html_visible(text), enc + f"+html(meta {m.group(1)})"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def plus3months(d):
    y, m = d.year, d.month + 3
    if m > 12:
        y, m = y + 1, m - 12
    day = min(d.day, [31, 29 if y % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1])
    return datetime.date(y, m, day)


def cn_date(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, unanswered_all = {}, {}, [], []
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
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    if g["mode"] != "pair":
        fails.append(f"{name}: every dev82 pair is mode 'pair'")
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
    unanswered_all += [(name, i) for i in unanswered]
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
    fd, rd = (datetime.date.fromisoformat(x) for x in DATES[name])
    for label, iso, t in (("feedback", DATES[name][0], ftext), ("report", DATES[name][1], text)):
        y, m, dd = (int(x) for x in iso.split("-"))
        if name in NEWS and label == "feedback" and f"{m}月{dd}日" in t and re.search(rf"发布时间：{y}-", t):
            continue
        if cn_date(iso) not in t and iso not in t:
            fails.append(f"{name}: {label} date {iso} not written in the {label}")
    late = rd > plus3months(fd)
    flagged_late = any(f["kind"] == "late-report" for f in g["must_flag"])
    cleared_late = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != flagged_late or late == cleared_late:
        fails.append(f"{name}: report {(rd - fd).days} days after feedback (late={late}) but gold late-report "
                     f"must_flag={flagged_late} must_not_flag={cleared_late}")
    # theme look-alikes: a planted theme kind needs a fine case of the same kind in the same pair
    for k in THEME:
        if any(f["kind"] == k for f in g["must_flag"]) and not any(f["kind"] == k for f in g["must_not_flag"]):
            fails.append(f"{name}: {k} is planted without a look-alike (must_not_flag) of the same kind in the pair")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rd - fd).days} days; score.py on empty output {last}")
os.unlink(empty.name)
for k in THEME:
    if len(planted.get(k, ())) < 3:
        fails.append(f"theme kind {k} is must_flag in {len(planted.get(k, ()))} pairs, fewer than 3")
for k in ("vague-measure", "copied-measure"):
    if not planted.get(k):
        fails.append(f"{k} is never planted")
if len(unanswered_all) != 1:
    fails.append(f"expected exactly one unanswered problem in the set, found {unanswered_all}")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def T(name, which):
    return texts[name][0 if which == "feedback" else 1]


# ---- problem counts from each feedback's own structure (must equal gold `issues`) ----
def count_p01(t):
    body = t[t.index("一、巡察发现的主要问题"):t.index("二、整改意见")]
    assert len(re.findall(r"^（[一二三]）.*方面$", body, re.M)) == 3
    return len(re.findall(r"^[1-9]．", body, re.M))


def count_p02(t):
    para = next(l for l in t.split("\n") if "主要有：" in l)
    nums = re.findall(r"([一二三四五六七八九十])是", para)
    assert "".join(nums) == "一二三四五六七"[:len(nums)]
    return len(nums)


def count_p03(t):
    body = t[t.index("一、巡察发现的主要问题"):t.index("二、整改要求")]
    return len(re.findall(r"^（[一二三四五六七八九十]）", body, re.M))


def count_p04(t):
    return len(re.findall(r"^第[一二三四五六七八九十]，", t, re.M))


def count_p05(t):
    body = t[:t.index("针对上述问题")]
    assert len(re.findall(r"^[一二三]、在.*方面$", body, re.M)) == 3 and len(re.findall(r"^1．", body, re.M)) == 3
    return len(re.findall(r"^[1-9]．", body, re.M))


def count_p06(t):
    body = t[:t.index("二、整改要求")]
    heads = re.findall(r"^[1-9]．\S+$", body, re.M)
    assert len(heads) == len(re.findall(r"^具体表现：", body, re.M))
    return len(heads)


def count_p07(t):
    body = t[t.index("一、巡察发现的主要问题"):t.index("二、整改意见")]
    return len(re.findall(r"^（[一二三四五六七八九十]）", body, re.M))


def count_p08(t):
    nums = re.findall(r"([一二三四五六七八九])是", t)
    assert nums == list("一二三四五六"[:len(nums)])
    return len(nums)


def count_p09(t):
    s = t[t.index("但也存在一些问题：") + len("但也存在一些问题："):]
    s = s[:s.index("等问题。")]
    return len(s.split("；"))


def count_p10(t):
    heads = re.findall(r"^问题[1-9]：", t, re.M)
    assert len(heads) == len(re.findall(r"^具体表现：", t, re.M))
    return len(heads)


for name in sorted(texts):
    g = json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))
    try:
        c = globals()["count_" + name](T(name, "feedback"))
        form(c == g["issues"], f"{name}: the feedback's structure gives {c} problems, gold says {g['issues']}")
    except Exception as e:
        fails.append(f"{name}: problem count from the feedback's structure failed: {e!r}")

# ---- per-pair report form checks ----
DISCLOSE = re.compile(r"门户网站|政府网站|向社会公开|公示栏|公开栏|公众号|主动公开|在.{0,12}公开")
_t = T("p01", "report")
form(len(re.findall(r"^（[一二三四五六七八]）关于“", _t, re.M)) == 8 and len(re.findall(r"^整改时限：", _t, re.M)) == 8
     and len(re.findall(r"^责任领导：", _t, re.M)) == 8 and "责任领导：分管人事工作的党组成员、副局长\n" in _t,
     "p01/report.txt: expected eight 关于“…”的问题 items with fields, one 责任领导 by post only")
_t = T("p02", "report")
form(_t.count("我") >= 10 and re.search(r"（七）关于档案[^（]*长期坚持。", _t) and "不能一退了之" in T("p02", "feedback")
     and "处分" not in _t and "诫勉" not in _t and "批评教育" not in _t,
     "p02: expected a first-person report, 长期坚持 as the only limit of (七), and no sanction anywhere")
_x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
_cells = [["".join(re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)] for r in _rows]
form(len(_cells) == 9 and all(len(r) == 8 for r in _cells) and _cells[7][3] == "—" and _cells[7][4] == "各部门"
     and _cells[2][5] == "—" and "整改工作领导小组" not in T("p03", "report") and "第一责任人" not in T("p03", "report"),
     "p03/report.docx: expected an 8-row ledger table, row 7 without owner, row 2 without date, no 领导小组/第一责任人")
_t = T("p04", "report")
form(len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7 and len(re.findall(r"^（责任", _t, re.M)) == 7
     and not DISCLOSE.search(_t.replace("村务公开栏", "")) and "审批结果在村务公开栏公示" in _t
     and not re.search(r"（三）关于“人情保”[^（]*(处分|诫勉|批评教育|谈话)", _t),
     "p04/report.txt: expected seven items with brackets, no disclosure but the 村务公开栏 false friend, no sanction in (三)")
_t = T("p05", "report")
_annex = _t[_t.index("附件：整改期间新建和修订制度目录"):]
form("主动公开" in _t and len(re.findall(r"^[1-7]．关于“", _t, re.M)) == 7 and "（责任人：副主任逯文渊；整改进展：正在推进）" in _t
     and len(re.findall(r"整改时限：", _t)) == 6 and "兑付" not in _annex and "核实" not in _annex
     and "《苗木及造林工程采购管理办法》" in _annex and "制度名称见附件" in _t,
     "p05/report.html: expected a public page, seven items, one undated, an annex without a 兑付 rule")
_t = T("p06", "report")
_f5 = re.search(r"问题5：[^\n]*\n整改情况：[^\n]*\n([^\n]*)", _t).group(1)
_f3 = re.search(r"问题3：[^\n]*\n整改情况：([^\n]*)\n([^\n]*)", _t)
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^整改情况：", _t, re.M)) == 7
     and "相关部门" in _f5 and "责任领导" not in _f5 and "责任领导" not in _f3.group(2) and "牵头" in _f3.group(1)
     and not re.search(r"合同[^。\n]*(制度|办法|规定|流程)", _t),
     "p06/report.txt: expected 问题N/整改情况 + field line; 问题5 without owner; 问题3 owner in the text; no contract rule")
_t = T("p07", "report")
_duty = _t[_t.index("三、整改责任分工"):_t.index("四、追责问责情况")]
_acc = _t[_t.index("四、追责问责情况"):_t.index("五、下一步工作")]
_i6 = _t[_t.index("6．关于涉案财物"):_t.index("7．关于辅警")]
form(len(re.findall(r"^[1-9]．关于", _t, re.M)) == 9 and set(re.findall(r"[1-9]", _duty)) == set("12345678")
     and "第2、3、4、5、7个问题" in _acc and not re.search(r"制度|办法|规定|登记", _i6),
     "p07/report.txt: expected nine items, 责任分工 for 1–8 only, a separate 追责问责 part, no rule under 6．")
_t = T("p08", "report")
_acc = _t[_t.index("三、追责问责情况"):_t.index("四、下一步打算")]
_i2 = _t[_t.index("（二）关于检测设备"):_t.index("（三）关于扶持政策")]
form("尽快" in _i2 and not re.search(r"\d+月|\d{4}年", _i2) and "补贴" not in _acc and "收受礼品" in _acc and _t.count("我") >= 10,
     "p08/report.txt: expected an undated (二), a 追责问责 part without the 补贴 case, a first-person report")
_t = T("p09", "report")
_paste = "公司党支部组织全体党员干部认真学习上级有关规定，对照反馈问题深入查摆"
_acc = _t[_t.index("八、追责问责情况"):_t.index("九、下一步工作")]
_annex = _t[_t.index("附件：整改期间新建和修订的制度清单"):]
form(_t.count(_paste) == 2 and _t.count("（详见附件）") == 2 and "第二、第四、第五项" in _acc and "第三" not in _acc
     and "储备" not in _annex and "轮换" not in _annex and "<w:tbl>" in zipfile.ZipFile(os.path.join(root, "p09", "report.docx")).read("word/document.xml").decode("utf-8"),
     "p09/report.docx: expected the pasted paragraph twice, two annex references, 追责 by item without 第三, no storage rule")
_t = T("p10", "report")
form("6个问题已全部整改完成" in _t and "预计2025年底前全部完成" in _t and "辅导" not in _t and "测评" not in _t
     and len(re.findall(r"^（[一二三四五]）\S+方面$", _t, re.M)) == 5,
     "p10/report.txt: expected five own headings, no answer on 辅导室, the all-done claim beside a pending item")

print("planted: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("look-alikes (must_not_flag pairs): " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good report: " + ", ".join(good) + "; unanswered: " + ", ".join(f"{p} #{i}" for p, i in unanswered_all))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
