#!/usr/bin/env python3
"""Check the dev53 pairs (p01-p10, pair ids d53-01 … d53-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8, no other file may carry a BOM or a CR; DOCX: word/document.xml paragraph text; HTML: UTF-8 with a
meta charset, visible text = the text nodes outside <head>, <script> and <style>, one per line), every `links` substring
occurs exactly once in the document's visible text and holds no line break (for DOCX it must sit inside one run, for HTML
inside one text node, for the PDF-copied p01 report on one wrapped line and off the page furniture), each gold.json is
consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs
unanswered-issue; links only on answered problems; every answered problem has at least one link; mode vs feedback
presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at
least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good
reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback
must have 800-3000 and each report 1500-5000 non-whitespace characters. Problem counts are checked against the
feedback's own markers, and the dates in each pair against the late-report gold. Pair-specific damage checks follow.
Usage: python3 check.py [dev53-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile
from html.parser import HTMLParser

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF)
DECLARED = {
    "p04/report.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p08/feedback.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
}
DOCX = {"p06/feedback.docx", "p10/report.docx"}
HTML = {"p07/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
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


def docx_runs(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = [[html.unescape(r) for r in re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)]
             for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    return xml, [p for p in paras if "".join(p).strip()]


def docx_text(path):
    xml, paras = docx_runs(path)
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("numPr", "<w:numPr>")) if tag in xml]
    return "\n".join("".join(p) for p in paras), "docx[" + ",".join(feats) + "]"


class _Text(HTMLParser):
    def __init__(self):
        super().__init__()
        self.skip, self.nodes = 0, []

    def handle_starttag(self, tag, attrs):
        if tag in ("head", "script", "style"):
            self.skip += 1

    def handle_endtag(self, tag):
        if tag in ("head", "script", "style"):
            self.skip -= 1

    def handle_data(self, data):
        if not self.skip and data.strip():
            self.nodes.append(data.strip())


def html_text(path):
    raw = open(path, "rb").read()
    assert not raw.startswith(b"\xef\xbb\xbf"), "unexpected BOM"
    src = raw.decode("utf-8")
    assert '<meta charset="utf-8">' in src and "\r" not in src, "HTML must declare UTF-8 and use LF"
    p = _Text()
    p.feed(src)
    divs = len(re.findall(r"<div\b", src))
    return "\n".join(p.nodes), f"html[utf-8,{divs} divs,{'table' if '<table' in src else 'no table'}]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(f)
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
kinds_flag, planted, countered, good = {}, {}, {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
GOLDS, TEXTS = {}, {}
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
    GOLDS[name] = g
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev53 pair is mode 'pair' with exactly one feedback.*")
    encs = []
    for f in fb:
        try:
            t, e = visible(f)
            TEXTS[name + "/feedback"] = t
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(t) <= hi:
                fails.append(f"{name}: feedback has {nchars(t)} characters, outside {lo}-{hi}")
        except Exception as e:
            fails.append(f"{name}: {f} does not decode as declared: {e}")
    try:
        text, enc = visible(rp[0])
        TEXTS[name + "/report"] = text
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
                kinds_flag[k] = kinds_flag.get(k, 0) + 1
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
    runs = docx_runs(rp[0])[1] if rp[0].endswith(".docx") else None
    for l in g.get("links", []):
        total["links"] += 1
        linked.add(l["issue"])
        m = l["measure"]
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(m)
        if hits != 1 or "\n" in m:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text (or holds a line break): {m}")
        if runs is not None and not any(m in r for p in runs for r in p):
            fails.append(f"{name}: link crosses a DOCX run boundary: {m}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
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
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def T(key):
    return TEXTS.get(key, "")


# ---- problem counts: the feedback's own markers must give exactly gold["issues"] ----
def body(t, start, end):
    i = t.index(start) if start else 0
    return t[i:t.index(end, i)] if end else t[i:]


COUNT = {
    "p01": lambda t: len(re.findall(r"^[1-9]．", body(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)),
    "p02": lambda t: len(re.findall(r"^[1-9]\)\t", t, re.M)),
    "p03": lambda t: len(re.findall(r"[一二三四五六七八九]是", body(t, "同时，巡察也发现", "笪秋实强调"))),
    "p04": lambda t: len(re.findall(r"[一二三四五六七八九]是", body(t, "二、巡察发现的主要问题", "三、整改要求"))),
    "p05": lambda t: len(re.findall(r"^【问题[一二三四五六七八九]】", t, re.M)),
    "p06": lambda t: len([p for p in docx_runs(os.path.join(root, "p06", "feedback.docx"))[1]
                          if len(p) >= 2 and p[0].endswith("。")]) - 3,  # minus the three 整改意见 paragraphs
    "p07": lambda t: len(re.findall(r"^[1-9]．", body(t, "一、贯彻落实", "四、整改意见"), re.M)),
    "p08": lambda t: len(re.findall(r"^序号：[1-9]$", t, re.M)),
    "p09": lambda t: len(re.findall(r"^第[一二三四五六七八九]，", t, re.M)),
    "p10": lambda t: len(re.findall(r"^(?:[1-9][.、]|[１-９]．)", t, re.M)),
}
for name, f in COUNT.items():
    try:
        got = f(T(name + "/feedback"))
    except Exception as e:
        got = f"error {e}"
    form(got == GOLDS.get(name, {}).get("issues"), f"{name}: feedback markers give {got} problems, gold says "
                                                   f"{GOLDS.get(name, {}).get('issues')}")

# ---- dates: feedback date and report date decide late-report (three calendar months) ----
DATES = {  # pair: (feedback date as written in the feedback, report date as written in the report)
    "p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年10月22日", "2025年1月16日"),
    "p03": ("4月9日", "2025-07-03"), "p04": ("2024年11月6日", "2025年2月24日"),
    "p05": ("2025年5月20日", "2025年8月14日"), "p06": ("2024年8月27日", "2024年11月20日"),
    "p07": ("2025年1月14日", "2025-04-10"), "p08": ("2024年12月3日", "2025年3月21日"),
    "p09": ("2025年6月17日", "2025年9月12日"), "p10": ("9月10日", "2024年12月9日"),
}
ISO = {"p01": ("2025-03-18", "2025-06-10"), "p02": ("2024-10-22", "2025-01-16"), "p03": ("2025-04-09", "2025-07-03"),
       "p04": ("2024-11-06", "2025-02-24"), "p05": ("2025-05-20", "2025-08-14"), "p06": ("2024-08-27", "2024-11-20"),
       "p07": ("2025-01-14", "2025-04-10"), "p08": ("2024-12-03", "2025-03-21"), "p09": ("2025-06-17", "2025-09-12"),
       "p10": ("2024-09-10", "2024-12-09")}


def plus3m(d):
    y, m = d.year + (d.month + 2) // 12, (d.month + 2) % 12 + 1
    return datetime.date(y, m, min(d.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


for name, (fd, rd) in DATES.items():
    form(fd in T(name + "/feedback") and rd in T(name + "/report"), f"{name}: dates {fd} / {rd} not found as written")
    a, b = (datetime.date.fromisoformat(x) for x in ISO[name])
    late = b > plus3m(a)
    g = GOLDS.get(name, {})
    flagged = any(f["kind"] == "late-report" for f in g.get("must_flag", []))
    cleared = any(f["kind"] == "late-report" for f in g.get("must_not_flag", []))
    form(late == flagged and late != cleared, f"{name}: report {(b - a).days} days after feedback (late={late}) but gold "
                                              f"must_flag={flagged} must_not_flag={cleared}")
    form("三个月" in T(name + "/feedback"), f"{name}: feedback does not state the three-month limit")

# ---- pair-specific form and damage checks ----
DISCLOSE = re.compile(r"向社会公开|公开整改|网站公开|门户网站公开|公示栏和|予以公布|整改情况.{0,12}公开|接受.{0,8}监督")
# p01: PDF copy — page furniture inside the text, hard wraps of <= 28 cells, a heading split over two lines
_f, _r = T("p01/feedback"), T("p01/report")
_w = lambda l: sum(0.5 if ord(c) < 128 else 1 for c in l)
form(_f.startswith("内部资料　注意保存") and "第1页 共3页\n薤川县委第三巡察组" in _f and _f.rstrip().endswith("第3页 共3页")
     and "精\n神方面" in _f and all(_w(l) <= 29 for l in _f.split("\n")),
     "p01/feedback.txt: expected PDF furniture, 28-cell hard wraps and a split area heading")
form("- 1 -\n薤川县数据资源管理局党组" in _r and _r.rstrip().endswith("- 5 -") and "已全部整改完成" in _r
     and "仍在梳理之中" in _r and "责任领导：机关党支部" in _r,
     "p01/report.txt: expected page furniture, the all-done claim beside open work, and 责任领导：机关党支部")
# p02: Word→text — area headings without numbers, problems 1)…7) with tabs, details （1）, report skips 第5项
_f, _r = T("p02/feedback"), T("p02/report")
form(len(re.findall(r"^（[12]）\t", _f, re.M)) == 4 and re.search(r"^贯彻落实党的路线方针政策和上级决策部署方面$", _f, re.M),
     "p02/feedback.txt: expected unnumbered area headings and （1）（2） detail items")
form(len(re.findall(r"^针对问题清单第", _r, re.M)) == 5 and "第5项" not in _r and "意识形态" not in _r
     and "第6项、第7项" in _r and not DISCLOSE.search(_r) and re.search(r"^整改工作总体情况$", _r, re.M),
     "p02/report.txt: expected five by-number answers without 第5项, a merged 6+7, no disclosure, lost heading numbers")
# p03: web chrome on both sides, 相关链接, 7 problems inline; report public 通报 with counts 6 + 1 = 7
_f, _r = T("p03/feedback"), T("p03/report")
form("字号：[大 中 小]" in _f and "【打印本页】" in _f and "相关链接：" in _f and "发布时间：2025-04-10" in _f,
     "p03/feedback.txt: expected web page chrome")
form("索引号：" in _r and "相关链接：" in _r and "已完成整改6个，正在推进1个" in _r and len(re.findall(r"^[1-7]．关于", _r, re.M)) == 7,
     "p03/report.txt: expected a public 通报 with chrome and seven items")
# p04: speech with lost line breaks (body on one line); first-person GB18030 report
_f, _r = T("p04/feedback"), T("p04/report")
form(len(_f.strip().split("\n")) == 3 and max(len(l) for l in _f.split("\n")) > 1000,
     "p04/feedback.txt: expected the speech body run together on one line")
form(_r.count("我") >= 10 and "第一责任人" in _r and "高度重视，多次在会议上强调" in _r and "8.6万" not in _r,
     "p04/report.txt: expected a first-person report, a slogan answer on 招生, nothing on the 8.6万")
# p05: 【问题N】 labels; Excel TSV ledger with quoted multi-line cells; pasted boilerplate in rows 2 and 6
_f, _r = T("p05/feedback"), T("p05/report")
_boil = "党支部高度重视巡察反馈问题，组织全体党员干部认真学习上级有关文件精神"
form(_r.count(_boil) == 2 and "\t\"1.更换2台" in _r and "相关部门负责人\t相关部门" in _r
     and "制度" not in _r[_r.index("\t\"1.更换2台"):_r.index("\n2\t")],
     "p05/report.txt: expected a TSV ledger, the boilerplate twice, row 4 owned by 相关部门, no rule in row 1")
# p06: DOCX with bold-run headings and no numbering; report with half-width punctuation and spaced labels
_x = zipfile.ZipFile(os.path.join(root, "p06", "feedback.docx")).read("word/document.xml").decode("utf-8")
form("<w:b/>" in _x and "<w:numPr>" not in _x and not re.search(r"^(?:[一二三四五六七]、|（|\d+[.．、])", T("p06/feedback"), re.M),
     "p06/feedback.docx: expected bold-run headings and no numbering at all")
_r = T("p06/report")
form("整 改 措 施:" in _r and "１．关于" in _r and "2.关于" in _r and _r.count(",") > 40 and "领导小组" not in _r
     and "第一责任人" not in _r and "整改时限:根据设备检定和人员培训情况确定" in _r,
     "p06/report.txt: expected mixed-width damage, no 领导小组/第一责任人, an undated item 3")
# p07: restarting 1．2．; HTML report with nested divs and a table
_src = open(os.path.join(root, "p07", "report.html"), encoding="utf-8").read()
form(len(re.findall(r"^1．", T("p07/feedback"), re.M)) == 3, "p07/feedback.txt: expected three restarting 1． lists")
form(_src.count("<tr>") == 8 and re.search(r"<div[^>]*>\s*<div[^>]*>\s*<div", _src) is not None and "相关链接" in _src,
     "p07/report.html: expected nested divs and a 7-row table")
# p08: 问题清单 序号：N (GB18030); report with 附件：整改台账 after the signature, 6 rows, nothing on 专项经费 misuse
_f, _r = T("p08/feedback"), T("p08/report")
_sig = _r.index("2025年3月21日")
_rows = [l for l in _r[_sig:].split("\n") if l.count("｜") == 5]
form(_r.index("附件：整改台账") > _sig and len(_rows) == 7 and "5.8万" not in _r and "宣传制作费" not in _r
     and "视招标进展确定" in _rows[3],
     "p08/report.txt: expected an appended ledger of six rows after the signature, no answer on 专项经费, row 3 undated")
# p09: speech 第一，…第六，; WeChat 通报 with 【】, ▲, 阅读原文 and counts that do not add up
_r = T("p09/report")
form(_r.rstrip().endswith("阅读原文") and _r.count("▲问题") == 6 and "【二、反馈问题整改情况】" in _r
     and "反馈的6个问题中，已完成整改5个，持续推进2个" in _r, "p09/report.txt: expected WeChat decorations and 5 + 2 of 6")
# p10: news item with mixed 1. ２． 4、 numbering and half-width punctuation; DOCX first-person report, bold runs
_f = T("p10/feedback")
form("２．" in _f and "4、" in _f and re.search(r"^1\.", _f, re.M) and _f.count(",") > 20 and "，" in _f,
     "p10/feedback.txt: expected mixed numbering and half-width commas")
_x = zipfile.ZipFile(os.path.join(root, "p10", "report.docx")).read("word/document.xml").decode("utf-8")
_r = T("p10/report")
form("<w:b/>" in _x and "<w:numPr>" not in _x and _r.count("我") >= 5 and not DISCLOSE.search(_r)
     and "制度" not in _r[_r.index("关于物资采购"):_r.index("关于违反中央")],
     "p10/report.docx: expected bold runs, first person, no disclosure, no rule under 采购")

print("planted kinds: " + "; ".join(f"{k} {kinds_flag.get(k, 0)} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))} pairs" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
