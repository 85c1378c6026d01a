#!/usr/bin/env python3
"""Check the dev86 pairs (p01-p10, pair ids d86-01 … d86-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030/GBK file
must not be valid UTF-8; HTML: decoded as declared, its meta charset agrees, visible text = tags stripped, script/style
dropped; DOCX: word/document.xml paragraph text, table cells one paragraph a line), every `links` substring occurs
exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys; mode "pair"; known
kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every
answered problem has at least one link; no duplicate (kind, issue); every entry has a why; no stray files), every gap
kind is planted (must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, exactly
one pair has no must_flag (the good report), the problem count of each gold equals the count read off the feedback's own
structure (per-pair regexes below), late-report is must_flag exactly where the report date is past three months from the
feedback date (both dates must appear in the documents) and must_not_flag elsewhere, and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}. Each feedback must
have 400-3000 and each report 500-5000 non-whitespace characters (village documents are short). Pair-specific form
checks follow at the end. Usage: python3 check.py [dev86-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt: UTF-8, LF)
DECLARED = {
    "p01/report.txt": ("gb18030", "lf"),
    "p02/feedback.html": ("utf-8", "lf"),
    "p02/report.txt": ("utf-16-le-bom", "lf"),
    "p04/feedback.txt": ("utf-8", "crlf"),
    "p04/report.html": ("gbk", "lf"),
    "p05/feedback.txt": ("gb18030", "lf"),
    "p06/report.txt": ("gb18030", "crlf"),
    "p07/feedback.txt": ("utf-16-le-bom", "lf"),
    "p09/report.txt": ("utf-8", "crlf"),
}
DOCX = {"p03/feedback.docx", "p03/report.docx", "p08/feedback.docx"}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ("2024-05-14", "2024-08-01"), "p02": ("2024-09-10", "2024-12-02"), "p03": ("2025-01-08", "2025-03-28"),
    "p04": ("2024-11-12", "2025-02-05"), "p05": ("2025-03-11", "2025-06-07"), "p06": ("2024-07-16", "2024-10-09"),
    "p07": ("2025-04-22", "2025-07-15"), "p08": ("2024-08-20", "2024-12-18"), "p09": ("2025-05-20", "2025-08-11"),
    "p10": ("2025-03-06", "2025-06-27"),
}
LENGTHS = {"feedback": (400, 3000), "report": (500, 5000)}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


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


BLOCK = r"p|div|h[1-6]|li|ul|tr|td|th|table|br|title"


def html_text(src):
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", src)
    s = re.sub(rf"(?i)</?(?:{BLOCK})\b[^>]*>", "\n", s)
    s = re.sub(r"<[^>]+>", "", s)
    s = html.unescape(s)
    return "\n".join(l.strip() for l in s.split("\n") if l.strip())


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
        m = re.search(r"(?i)charset=\"?([\w-]+)", text)
        declared = DECLARED.get(rel, ("utf-8",))[0]
        assert m and m.group(1).lower() == declared, f"meta charset {m and m.group(1)} != declared {declared}"
        return html_text(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    y, m, d = iso.split("-")
    return f"{int(y)}年{int(m)}月{int(d)}日"


def due(iso):
    d = datetime.date.fromisoformat(iso)
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    return datetime.date(y, m, d.day)


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
golds = {}
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
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    if g["mode"] != "pair":
        fails.append(f"{name}: every dev86 pair is mode 'pair'")
    encs = []
    try:
        ftext, e = visible(fb[0])
        texts[name + "/feedback"] = ftext
        encs.append(f"{os.path.basename(fb[0])}={e} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
        continue
    try:
        text, enc = visible(rp[0])
        texts[name + "/report"] = text
        encs.append(f"{os.path.basename(rp[0])}={enc} ({nchars(text)} chars)")
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
    fdate, rdate = DATES[name]
    if cn_date(fdate) not in ftext and cn_date(fdate)[5:] not in ftext:
        fails.append(f"{name}: feedback date {cn_date(fdate)} not in the feedback")
    if cn_date(rdate) not in text:
        fails.append(f"{name}: report date {cn_date(rdate)} not in the report")
    late = datetime.date.fromisoformat(rdate) > due(fdate)
    days = (datetime.date.fromisoformat(rdate) - datetime.date.fromisoformat(fdate)).days
    in_flag = any(f["kind"] == "late-report" for f in g["must_flag"])
    in_not = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != in_flag or late == in_not:
        fails.append(f"{name}: late-report gold disagrees with the dates ({days} days, late={late})")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}, {days} days{' LATE' if late else ''}; {', '.join(encs)}; score.py on empty output {last}")
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


def T(key):
    return texts.get(key, "")


def count_is(name, n, what):
    """The problem count read off the feedback's structure must equal the gold's."""
    g = golds.get(name)
    form(g is not None and g["issues"] == n, f"{name}: structure gives {n} problems ({what}), gold says {g and g['issues']}")


def between(t, a, b):
    i = t.find(a)
    j = t.find(b, i + 1)
    return t[i:j] if i >= 0 and j > i else ""


DISCLOSE_RECT = re.compile(r"整改情况[^。\n]{0,30}(公开|公布|公示)|予以公布|主动公开|公示期")

# p01: 一、主要问题 （一）–（五） heading。detail, 二、整改意见 1．–3．; report a 公示 with 完成时间 on four items only
_t = T("p01/feedback")
_s = between(_t, "一、巡察发现的主要问题", "二、整改意见")
count_is("p01", len(re.findall(r"^（[一二三四五六七八九]）[^。]+。", _s, re.M)), "（N）heading。detail under 一、")
form(len(re.findall(r"^[1-3]．", _t, re.M)) == 3, "p01/feedback.txt: expected 整改意见 1．–3．")
_t = T("p01/report")
form(len(re.findall(r"^[一二三四五]、关于", _t, re.M)) == 5 and len(re.findall(r"^完成时间：", _t, re.M)) == 4
     and len(re.findall(r"^责任人：", _t, re.M)) == 5 and "公示期" in _t and "监督电话" in _t and "鲍" not in _t,
     "p01/report.txt: expected five 关于 items, 完成时间 on four, a 公示期 and 监督电话, no word on 鲍某")
# p02: HTML news, problems inline 一是…六是 in the 主要是： paragraph; report five headings, nothing on 惠民资金, no disclosure
_t = T("p02/feedback")
_p = next((l for l in _t.split("\n") if "主要是：" in l), "")
count_is("p02", len(re.findall(r"[一二三四五六七八九十]是", _p)), "一是… in the 主要是： paragraph")
form("菰阳清风网" in _t and "相关链接" in _t and "打印本页" in _t, "p02/feedback.html: expected page chrome")
_t = T("p02/report")
form(len(re.findall(r"^（[一二三四五]）关于", _t, re.M)) == 5 and "惠民" not in _t and "慰问" not in _t
     and not DISCLOSE_RECT.search(_t) and "公示栏" in _t,
     "p02/report.txt: expected five 关于 headings, nothing on 惠民资金, no rectification disclosure (only the 分红 公示栏)")
# p03: DOCX bold （一）–（七）; report DOCX covering text + table with 7 rows, all-done claim vs 正在推进, owner 村两委
_x = zipfile.ZipFile(os.path.join(root, "p03", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = T("p03/feedback")
count_is("p03", len(re.findall(r"^（[一二三四五六七八九]）[^\n]+。$", between(_t, "一、巡察发现的主要问题", "二、整改意见"), re.M)),
         "bold （N）heading paragraphs")
form(_x.count("<w:b/>") >= 9, "p03/feedback.docx: expected bold heading runs")
_x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
_t = T("p03/report")
form(_x.count("<w:tr>") == 8 and "反馈的7个问题已全部整改完成" in _t and "正在推进" in _t and "结算审计正在进行" in _t
     and "\n村两委\n" in _t, "p03/report.docx: expected a 7-row table, the all-done claim, 正在推进 rows, owner 村两委")
# p04: areas 一、在…方面 with restarting 1．2． (CRLF); report HTML 通报 with the boilerplate twice
_t = T("p04/feedback")
_s = between(_t, "一、在项目谋划", "针对上述问题")
form(len(re.findall(r"^1．", _s, re.M)) == 3, "p04/feedback.txt: expected numbering restarting in three areas")
count_is("p04", len(re.findall(r"^[1-9]．", _s, re.M)), "restarting 1．2． under three areas")
_t = T("p04/report")
_rep = "中心党支部坚持把巡察整改作为一项重要政治任务，组织干部职工认真学习上级关于巡察整改工作的部署要求"
form(_t.count(_rep) == 2 and len(re.findall(r"^[1-9]．关于", _t, re.M)) == 6 and "主动公开" in _t and "索引号" in _t,
     "p04/report.html: expected a public 通报 with six 关于 items and the boilerplate twice")
# p05: 问题清单 问题N：/具体表现：/整改要求：; report six 关于“…” items with five fields
_t = T("p05/feedback")
count_is("p05", len(re.findall(r"^问题\d+：", _t, re.M)), "问题N： lines")
form(len(re.findall(r"^具体表现：", _t, re.M)) == 6 and len(re.findall(r"^整改要求：", _t, re.M)) == 6,
     "p05/feedback.txt: expected 具体表现：/整改要求： under each problem")
_t = T("p05/report")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and all(len(re.findall(f"^{k}：", _t, re.M)) == 6
     for k in ("整改措施", "责任领导", "责任部门", "整改时限", "整改成效")) and len(re.findall(r"\d．", _t)) == 18,
     "p05/report.txt: expected six 关于“…” items with five fields and 18 numbered measures")
# p06: speech 第一，…第六， + 一要…三要; first-person report in its own order
_t = T("p06/feedback")
count_is("p06", len(re.findall(r"^第[一二三四五六七八九十]，", _t, re.M)), "第N， paragraphs")
form(all(f"{c}要" in _t for c in "一二三") and _t.startswith("在") and "同志们：" in _t, "p06/feedback.txt: expected a speech with 一要…三要")
_t = T("p06/report")
form(_t.count("我") >= 8 and len(re.findall(r"^（[一二三四]）抓", _t, re.M)) == 4 and "目前正在推进" in _t
     and "制度" not in between(_t, "二是清理信息系统账号", "三是加强基金稽核"),
     "p06/report.txt: expected a first-person report with four 抓… themes and no rule in the account clean-up")
# p07: 1．–6． heading lines + 具体表现：; report by number 第1–5项, nothing for 第6项, no 领导小组
_t = T("p07/feedback")
count_is("p07", len(re.findall(r"^\d．\S+$", between(_t, "一、发现的主要问题", "二、整改要求"), re.M)), "N． heading lines")
form(len(re.findall(r"^具体表现：", _t, re.M)) == 6, "p07/feedback.txt: expected six 具体表现：")
_t = T("p07/report")
form(all(f"针对反馈意见第{i}项问题" in _t for i in range(1, 6)) and "第6项" not in _t and "领导小组" not in _t
     and "第一责任人" not in _t and "（责任人：所长佘立言）" in _t,
     "p07/report.txt: expected answers to 第1–5项 only, no 领导小组/第一责任人, item 3 without a time limit")
# p08: DOCX 函 with a four-row Word table; report ｜ ledger, row 3 owner 各村报账员, all-done claim
_x = zipfile.ZipFile(os.path.join(root, "p08", "feedback.docx")).read("word/document.xml").decode("utf-8")
count_is("p08", _x.count("<w:tr>") - 1, "Word table rows under the header")
_t = T("p08/report")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 5 and all(len(r) == 6 for r in _rows) and _rows[3][3] == "各村报账员"
     and "反馈的4个问题已全部整改到位" in _t and "正在核对" in _rows[3][5],
     "p08/report.txt: expected a 6-field ledger of 4 rows, row 3 owned by 各村报账员, and the all-done claim")
# p09: 回头看 — 5 settled old problems in quotes (not problems), unsettled old 1．–3． + new 1．–3．; report in two parts
_t = T("p09/feedback")
_s = between(_t, "一、上轮巡察反馈问题整改情况", "三、整改要求")
form(len(re.findall(r"“[^”]+”", _s.split("\n")[1])) == 5, "p09/feedback.txt: expected five settled old problems in quotes")
form(len(re.findall(r"^1．", _s, re.M)) == 2, "p09/feedback.txt: expected 1． restarting in the new-problems part")
count_is("p09", len(re.findall(r"^\d．", _s, re.M)), "old unsettled 1．–3． + new 1．–3．")
_t = T("p09/report")
form(len(re.findall(r"^\d．关于", _t, re.M)) == 6 and not DISCLOSE_RECT.search(_t) and "购物卡" not in _t,
     "p09/report.txt: expected six 关于 items, no rectification disclosure, nothing on the shopping cards")
# p10: spoken feedback, 一是…五是 in one paragraph, 第一，…第三， requirements; short report 一、…五、关于
_t = T("p10/feedback")
_p = next((l for l in _t.split("\n") if "一是" in l), "")
count_is("p10", len(re.findall(r"[一二三四五六七八九十]是", _p)), "一是… in one paragraph")
form(all(f"第{c}，" in _t for c in "一二三"), "p10/feedback.txt: expected 第一，…第三， requirements")
_t = T("p10/report")
form(len(re.findall(r"^[一二三四五]、关于", _t, re.M)) == 5 and "已在村务公开栏公开" in _t,
     "p10/report.txt: expected five 关于 items and the 公开栏 sentence")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
