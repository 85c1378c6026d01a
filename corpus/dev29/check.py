#!/usr/bin/env python3
"""Check the dev29 pairs (p01-p10, ids d29-01 … d29-10); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid
UTF-8; HTML: the declared charset, strictly; DOCX: word/document.xml paragraph text, table cells included), every
`links` substring occurs exactly once in the report's visible text (HTML: inside one text node, tags removed, entities
decoded), each gold.json is consistent (only the dev-pairs keys; mode "pair"; kinds; null issue for document-level
kinds; ranges; answered vs unanswered-issue; links only on answered problems; no duplicate (kind, issue); no stray
files; at least five links per pair), every kind is planted in at least two pairs, at least one pair has no must_flag,
and every gold file parses with /work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback and each
report must have 1000-2800 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev29-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (everything else: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.html": ("utf-8", "lf"),
    "p09/report.txt": ("utf-8", "crlf"),
}
EXPECTED_FILES = {"p03/report.docx", "p06/report.html"}
LENGTHS = {"feedback": (1000, 2800), "report": (1000, 2800)}
MIN_LINKS = 5
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


def html_text(rel, raw):
    head = raw[:1024].decode("ascii", "ignore").lower()
    m = re.search(r'charset\s*=\s*["\']?([a-z0-9_-]+)', head)
    assert m, "no charset declared"
    cs = {"gbk": "gb18030", "gb2312": "gb18030", "gb18030": "gb18030", "utf-8": "utf-8"}[m.group(1)]
    text, enc = decode_bytes(rel, raw)
    assert cs == DECLARED.get(rel, ("utf-8",))[0], f"meta charset {m.group(1)} vs declared {enc}"
    body = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", "", text)
    nodes = [html.unescape(t).strip() for t in re.split(r"<[^>]+>", body)]
    return "\n".join(t for t in nodes if t), f"html[{m.group(1)}]"


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("vMerge", "<w:vMerge"), ("pagebreak", 'w:type="page"'),
                              ("numPr", "<w:numPr>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return docx_text(f)
    raw = open(f, "rb").read()
    if ext == "html":
        return html_text(rel, raw)
    return decode_bytes(rel, raw)


def nchars(t):
    return len(re.sub(r"\s", "", t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, good = {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in set(DECLARED) | EXPECTED_FILES:
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected p01..p10, found {[os.path.basename(p) for p in pairs]}")
if os.path.exists(os.path.join(root, "HELDOUT")):
    fails.append("a HELDOUT file must not exist")
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
    if g["mode"] != "pair":
        fails.append(f"{name}: mode {g['mode']}, every dev29 pair is mode pair")
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    encs = []
    try:
        t, e = visible(fb[0])
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(t) <= hi:
            fails.append(f"{name}: feedback has {nchars(t)} characters, outside {lo}-{hi}")
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
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            if lst == "must_flag":
                planted.setdefault(k, set()).add(name)
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
    links = g.get("links", [])
    if len(links) < MIN_LINKS:
        fails.append(f"{name}: only {len(links)} links, at least {MIN_LINKS} wanted")
    for l in links:
        total["links"] += 1
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
        if "\n" in l["measure"]:
            fails.append(f"{name}: link spans a line: {l['measure']}")
    linked = {l["issue"] for l in links}
    missing = [i for i in range(1, n + 1) if g["answered"][str(i)] and i not in linked
               and not any(f["kind"] == "repeated-measure" and f["issue"] == i for f in g["must_flag"])]
    if missing:
        fails.append(f"{name}: answered problems without any link: {missing}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(links)}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if len(planted.get(k, ())) < 2:
        fails.append(f"kind {k} planted in fewer than two pairs: {sorted(planted.get(k, ()))}")
if len(good) < 1:
    fails.append(f"no pair without must_flag (good report): {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    try:
        return visible(os.path.join(root, rel))[0]
    except Exception as e:  # already reported above
        return ""


def dated(t, ymd):
    y, m, d = ymd
    return f"{y}年{m}月{d}日" in t


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|公开栏|监督电话|联系电话|门户网站|官网|予以公布|全文公开|公示")
BOILER4 = "组织全体教职工开展专题学习，对照问题逐条自查自纠，建立问题台账，举一反三堵塞漏洞，确保问题整改到位"
BOILER8 = "组织全体党员干部和教职工开展专题学习，召开专题组织生活会，对照问题深入查摆，建立整改台账，确保整改见底见效"

# p01: （一）–（七） before 三、整改意见, whose items are 1．–4．; report: seven reworded （N） headings, 21 numbered
# measure lines, one topic-only “关于…方面” heading, one heading quoting the feedback, a 下一步打算 section
_t = txt("p01/feedback.txt")
_i = _t.find("三、整改意见")
form(_i > 0 and len(re.findall(r"^（[一二三四五六七]）", _t[:_i], re.M)) == 7
     and len(re.findall(r"^[1-4]．", _t[_i:], re.M)) == 4, "p01/feedback.txt: expected seven （N） problems, then 整改意见 1．–4．")
_t = txt("p01/report.txt")
_h = re.findall(r"^（[一二三四五六七]）(.*)$", _t, re.M)
form(len(_h) == 7 and len(re.findall(r"^[1-3]．", _t, re.M)) == 21 and sum(h.endswith("方面") for h in _h) >= 3
     and "关于“土地出让收入征收管理不到位”的问题" in _h and "三、下一步打算" in _t and dated(_t, (2025, 6, 3)),
     "p01/report.txt: expected seven reworded headings (topic-only and quoted), 21 numbered lines, 下一步打算")
# p02: speech with 第一…第六 and 一要…三要; report GB18030, first person, four theme headings 在…上, dated 2024-12-20
_t = txt("p02/feedback.txt")
form(all(re.search(rf"^第{c}，", _t, re.M) for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三")
     and "三个月内" in _t, "p02/feedback.txt: expected a speech with 第一…第六 and 一要…三要")
_t = txt("p02/report.txt")
form(_t.count("我") >= 8 and len(re.findall(r"^（[一二三四]）在[^。]{2,12}上。", _t, re.M)) == 4
     and _t.count("一是") >= 6 and dated(_t, (2024, 12, 20)), "p02/report.txt: expected a first-person themed report dated 2024-12-20")
# p03: news item with the problems after 主要问题： separated by ；; report DOCX with one 7-column table of 7 rows,
# row 6 without 责任领导, row 4 with 视情推进, and the “全部整改完成” claim
_t = txt("p03/feedback.txt")
_m = re.search(r"主要问题：([^\n]*)", _t)
form("发布时间" in _t and _m is not None and len(_m.group(1).split("；")) == 7, "p03/feedback.txt: expected a news item with seven ；-separated problems")
_x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
_cells = [["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)] for r in _rows]
form(_x.count("<w:tbl>") == 1 and len(_cells) == 8 and all(len(c) == 7 for c in _cells) and _cells[6][3] == ""
     and _cells[4][5] == "视情推进" and "7个方面问题已全部整改完成" in txt("p03/report.docx"),
     "p03/report.docx: expected one 7×8 table, row 6 without 责任领导, row 4 视情推进, and the all-done claim")
# p04: areas 一、二、三、…方面 with 1． restarting; report grouped by own themes with ①, the boilerplate twice, nothing
# on 发展党员, no disclosure
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[一二三]、在.*方面$", _t, re.M)) == 3 and len(re.findall(r"^1．", _t, re.M)) == 3
     and len(re.findall(r"^[1-3]．", _t, re.M)) == 7, "p04/feedback.txt: expected three areas with restarting 1．")
_t = txt("p04/report.txt")
form(all(f"{h}方面" in _t for h in ("政治建设", "作风建设", "内部管理", "党建工作")) and len(re.findall(r"^[①②③④⑤]", _t, re.M)) == 14
     and _t.count(BOILER4) == 2 and "发展党员" not in _t and "积极分子" not in _t and not DISCLOSE.search(_t),
     "p04/report.txt: expected four own themes, 14 ①-lines, the boilerplate twice, no 发展党员, no disclosure")
# p05: 问题1：…问题6：; report UTF-16 by number only, one merged answer, prose without enumeration, #6 without 责任人
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6, "p05/feedback.txt: expected 问题1：…问题6：")
_t = txt("p05/report.txt")
_s = _t.split("针对问题六")[-1]
form(re.findall(r"^针对问题.*$", _t, re.M) == ["针对问题一", "针对问题二、问题五", "针对问题三", "针对问题四", "针对问题六"]
     and not re.search(r"一是|^[0-9１-９]+[．.、]|[①②③]", _t, re.M) and "责任人" not in _s and "完成时限" in _s,
     "p05/report.txt: expected five by-number answers (one merged), prose measures, #6 without 责任人")
# p06: （一）–（七）; report HTML with seven <h3>问题N：, seven 整改状态 lines (4 已完成, 2 持续推进, 1 长期坚持), claim of 6 done
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）", _t, re.M)) == 7, "p06/feedback.txt: expected seven （N） problems")
_raw = open(os.path.join(root, "p06", "report.html"), encoding="utf-8").read()
_st = re.findall(r"<p>整改状态：(.*?)</p>", _raw)
form(len(re.findall(r"<h3>问题[一二三四五六七]：", _raw)) == 7 and len(_st) == 7 and _st.count("已完成") == 4
     and _st.count("持续推进") == 2 and _st.count("长期坚持") == 1 and "已完成整改6个" in _raw,
     "p06/report.html: expected seven <h3> items with status lines 4/2/1 and the claim of six done")
# p07: continuous 1．–7． under three areas; report: ｜ ledger header + 7 rows × 6 columns, row 3 dated by 项目进度,
# 举一反三, no 领导小组/第一责任人, no disclosure
_t = txt("p07/feedback.txt")
form([int(x) for x in re.findall(r"^([1-7])．", _t, re.M)] == list(range(1, 8)) and len(re.findall(r"^[一二三]、.*方面$", _t, re.M)) == 3,
     "p07/feedback.txt: expected continuous 1．–7． under three areas")
_t = txt("p07/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 6 for r in _rows) and _rows[3][4] == "根据项目进度" and "举一反三" in _t
     and "领导小组" not in _t and "第一责任人" not in _t and not DISCLOSE.search(_t),
     "p07/report.txt: expected a 6-column ｜ ledger of 7 rows, row 3 without a date, 举一反三, no leadership, no disclosure")
# p08: seven —— problems in a speech; report: seven items in order 2,1,3,5,6,7,3 (split), boilerplate twice, nothing on 勤工助学
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^——", _t, re.M)) == 7 and "一是" in _t and "三是" in _t, "p08/feedback.txt: expected seven —— problems and 一是…三是 requirements")
_t = txt("p08/report.txt")
_h = re.findall(r"^（[一二三四五六七]）(.*)$", _t, re.M)
form(len(_h) == 7 and "新校区" in _h[0] and "意识形态" in _h[1] and "横向课题" in _h[2] and "科研经费" in _h[6]
     and _t.count(BOILER8) == 2 and "勤工助学" not in _t and "资助" not in _t,
     "p08/report.txt: expected the reordered, split headings, the boilerplate twice, nothing on 勤工助学")
# p09: news item with 主要问题：一是…六是; report CRLF by number only, #5 bracket without 责任领导, no 领导小组, late date
_t = txt("p09/feedback.txt")
_m = re.search(r"主要问题：([^\n]*)", _t)
form(_m is not None and all(f"{c}是" in _m.group(1) for c in "一二三四五六"), "p09/feedback.txt: expected 主要问题：一是…六是")
_t = txt("p09/report.txt")
_h = re.findall(r"^针对反馈意见第(.)个问题$", _t, re.M)
_b = re.findall(r"^（(.*)）$", _t, re.M)
form(_h == list("一二三四五六") and len(_b) == 6 and "责任领导" not in _b[4] and all("责任领导" in b for i, b in enumerate(_b) if i != 4)
     and "领导小组" not in _t.replace("县委巡察工作领导小组", "") and "第一责任人" not in _t and dated(_t, (2024, 9, 10)),
     "p09/report.txt: expected six by-number answers, #5 without owner, no leadership, dated 2024-09-10")
# p10: 问题1：…问题6：; report headings tagged （问题N） in order 3,1,6,2,4,5, the 100% claim, no disclosure of the rectification
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6, "p10/feedback.txt: expected 问题1：…问题6：")
_t = txt("p10/report.txt")
form(re.findall(r"^[一二三四五六]、.*（问题(\d)）$", _t, re.M) == list("316245") and "整改完成率100%" in _t
     and not re.search(r"向社会公开|监督电话|联系电话|门户网站|予以公布|整改情况.{0,6}公示", _t),
     "p10/report.txt: expected （问题N） headings in order 3,1,6,2,4,5, the 100% claim, no disclosure of the rectification")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
