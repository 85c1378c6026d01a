#!/usr/bin/env python3
"""Check the dev28 pairs (p01-p10, ids d28-01 … d28-10); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8;
DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly once in the
report's visible text, each gold.json is consistent (only the dev-pairs keys; kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; mode vs feedback presence; no duplicate
(kind, issue); no stray files), every pair has at least three links and some must_not_flag, every kind is planted in at
least two pairs, and every gold file parses with /work/shared/dev-pairs/score.py against an empty analyze JSON.
Each feedback and each report must have 1000-2800 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev28-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (everything else: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("gb18030", "lf"),
    "p07/report.txt": ("utf-16-le-bom", "lf"),
}
# realistic lengths in non-whitespace characters of the visible text
LENGTHS = {"feedback": (1000, 2800), "report": (1000, 2800)}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED.get(rel, ("utf-8", "lf"))
    if enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), "no UTF-16 LE BOM"
        text = raw[2:].decode("utf-16-le")
    elif enc == "utf-8-bom":
        assert raw.startswith(b"\xef\xbb\xbf"), "no UTF-8 BOM"
        text = raw[3:].decode("utf-8")
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
    assert cs == DECLARED.get(rel, ("utf-8",))[0].replace("-bom", ""), f"meta charset {m.group(1)} vs declared {enc}"
    body = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", "", text)
    nodes = [html.unescape(t).strip() for t in re.split(r"<[^>]+>", body)]
    return "\n".join(t for t in nodes if t), f"html[{m.group(1)}]"


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("vMerge", "<w:vMerge"), ("pagebreak", 'w:type="page"'),
                              ("numPr", "<w:numPr>"), ("bold-runs", "<w:b/>"),
                              ("heading-styles", "<w:pStyle w:val=\"Heading")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def pdf_text(path):
    out = subprocess.run(["pdftotext", path, "-"], capture_output=True, check=True).stdout.decode("utf-8")
    pages = out.rstrip("\f").count("\f") + 1
    assert len(out.strip()) > 200, "no text layer"
    return out, f"pdf[{pages}p]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        return docx_text(f)
    if ext == "pdf":
        return pdf_text(f)
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
for rel in DECLARED:
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
for d in sorted(glob.glob(os.path.join(root, "p[0-9][0-9]"))):
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
    if g["mode"] == "pair" and len(fb) != 1:
        fails.append(f"{name}: pair mode needs exactly one feedback.*")
    if g["mode"] == "report-only" and fb:
        fails.append(f"{name}: report-only but has {fb}")
    encs = []
    for f in fb:
        try:
            t, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(t) <= hi:
                fails.append(f"{name}: feedback has {nchars(t)} characters, outside {lo}-{hi}")
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
    if len(g.get("links", [])) < 3:
        fails.append(f"{name}: fewer than three links")
    if not g["must_not_flag"]:
        fails.append(f"{name}: no must_not_flag")
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    for l in g.get("links", []):
        total["links"] += 1
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = sum(line.count(l["measure"]) for line in text.split("\n")) if rp[0].endswith(".pdf") else text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if len(planted.get(k, ())) < 2:
        fails.append(f"kind {k} planted in fewer than two pairs: {sorted(planted.get(k, ()))}")
if len(good) < 1:
    fails.append(f"no pair without must_flag (good report): {good}")
n_ro = sum(1 for d in glob.glob(os.path.join(root, "p[0-9][0-9]", "gold.json"))
           if json.load(open(d, encoding="utf-8"))["mode"] == "report-only")
if n_ro > 1:
    fails.append(f"{n_ro} report-only pairs; at most one allowed")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
# words that publish the rectification itself (a 公开栏 for finances or a 公示 of a plan is not enough)
PUBLISH = re.compile(r"本报告.{0,30}(公开|公示|公布)|整改(进展)?情况.{0,12}(公开|公示|公布)|监督电话|联系电话|接受.{0,12}监督")
CN = "一二三四五六七"
# p01: （一）–（七） before 三、整改意见; report: seven 关于“…”的问题 items with 整改时限, and the 28 / 24 / 3 summary
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）", _t[:_t.index("三、整改意见")], re.M)) == 7, "p01/feedback.txt: expected seven （N） problems")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^整改时限：", _t, re.M)) == 7
     and "共细化整改措施28条" in _t and "已完成24条，正在推进3条" in _t and "宁某某" not in _t,
     "p01/report.txt: expected seven items with 整改时限, the 28/24/3 summary and no word on 宁某某")
# p02: speech with 第一/第二/第三 areas, each 一是…二是…, and 一要…三要; report CRLF, first person, dated 2025-07-29, nothing on 后备
_t = txt("p02/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三") and _t.count("一是") == 3 and _t.count("二是") == 3 and "三是" not in _t
     and all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t, "p02/feedback.txt: expected 第一…第三 with 一是/二是 each and 一要…三要")
_t = txt("p02/report.txt")
form(_t.count("我") >= 8 and "2025年7月29日" in _t and "后备" not in _t and "平均年龄" not in _t and "领导小组" in _t,
     "p02/report.txt: expected a first-person report dated 2025-07-29 with nothing on 后备干部")
# p03: news item, problems inline after 主要问题：一是…六是; report: six 问题N：/整改情况：, five 完成时限, the shared paragraph twice, no publication
_t = txt("p03/feedback.txt")
form("发布时间" in _t and "主要问题：一是" in _t and "六是" in _t and "七是" not in _t, "p03/feedback.txt: expected a news item with 主要问题：一是…六是")
_t = txt("p03/report.txt")
_rep = "组织全体党员认真学习《中国共产党支部工作条例（试行）》，请镇党委组织委员到村指导，对照条例逐项查漏补缺，切实提升支部规范化建设水平。"
form(len(re.findall(r"^问题[一二三四五六]：", _t, re.M)) == 6 and len(re.findall(r"^整改情况：", _t, re.M)) == 6
     and len(re.findall(r"^完成时限：", _t, re.M)) == 5 and _t.count(_rep) == 2 and not PUBLISH.search(_t)
     and not re.search(r"处分|诫勉|批评教育|约谈", _t),
     "p03/report.txt: expected six labelled items, one without 完成时限, the shared paragraph twice, no publication, no sanction")
# p04: areas 一、…方面 with continuous 1．–6．; report DOCX: 7×7 ledger table, row 5 leader “/”, 38.6 in the row and 41.2 in the preamble
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[1-6]．", _t, re.M)) == 6 and len(re.findall(r"^[一二三]、.*方面$", _t, re.M)) == 3, "p04/feedback.txt: expected three areas with 1．–6．")
_x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = [[html.unescape("".join(re.findall(r"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>", c))) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)]
         for r in re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)]
form(_x.count("<w:tbl>") == 1 and len(_rows) == 7 and all(len(r) == 7 for r in _rows) and _rows[5][3] == "/"
     and "派车" not in txt("p04/report.docx") and "追回多付工程款41.2万元" in txt("p04/report.docx") and "38.6万元" in _rows[4][2],
     "p04/report.docx: expected a 7×7 ledger, row 5 owner “/”, 41.2 vs 38.6 and nothing on 派车单")
# p05: （一）–（六） heading lines; report GB18030 with plain headings 一、–六、, five 责任人, no 领导小组, 全部整改完成 + 正在推进
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）[^。\n]+$", _t, re.M)) == 6, "p05/feedback.txt: expected six （N） heading lines")
_t = txt("p05/report.txt")
form(len(re.findall(r"^[一二三四五六]、", _t, re.M)) == 6 and _t.count("责任人：") == 5 and not re.search(r"领导小组(?!办公室)", _t)
     and "全部整改完成" in _t and "正在推进" in _t and "关于“" not in _t,
     "p05/report.txt: expected six reworded headings, five owners, no 领导小组, 全部整改完成 beside 正在推进")
# p06: news item, six “；” clauses after 但巡察也发现; report: public 通报 with index header, five items, nothing on 人才/职称
_t = txt("p06/feedback.txt")
_s = _t[_t.index("但巡察也发现，"):]
_s = _s[:_s.index("\n")]
form("发布时间" in _t and _s.count("；") == 5, "p06/feedback.txt: expected a news item with six “；” clauses")
_t = txt("p06/report.txt")
form(_t.startswith("索 引 号") and len(re.findall(r"^（[一二三四五]）关于", _t, re.M)) == 5 and "人才" not in _t and "职称" not in _t
     and _t.count("完成时限") == 4, "p06/report.txt: expected a 通报 with five items, four time limits and nothing on 人才")
# p07: speech with 一是…六是 paragraphs and 第一/第二/第三 requirements; report UTF-16: merged (三), the boilerplate twice, no publication
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^[一二三四五六]是", _t, re.M)) == 6 and all(f"第{c}，" in _t for c in "一二三"), "p07/feedback.txt: expected 一是…六是 and 第一…第三")
_t = txt("p07/report.txt")
_rep = "学院党委召开专题会议，对照反馈意见逐条剖析原因，组织相关教师开展自查自纠，举一反三查找同类问题，并将整改情况纳入年度考核，推动形成常抓不懈的工作格局。"
form(_t.count(_rep) == 2 and "（三）关于科研经费和实验室管理中存在的问题" in _t and not PUBLISH.search(_t)
     and len(re.findall(r"^（[一二三四五]）关于", _t, re.M)) == 5, "p07/report.txt: expected five items, a merged (三), the boilerplate twice, no publication")
# p08: （一）–（六） + 具体表现：; report: “|” ledger header + 6 rows × 7 fields, row 2 without leader, row 4 without a date, no publication
_t = txt("p08/feedback.txt")
form(_t.count("具体表现：") == 6, "p08/feedback.txt: expected six 具体表现")
_t = txt("p08/report.txt")
_rows = [l.split("|") for l in _t.split("\n") if "|" in l]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and _rows[2][3] == "" and not re.search(r"\d", _rows[4][5])
     and not PUBLISH.search(_t) and "公开" not in _t, "p08/report.txt: expected a 7-field ledger, row 2 without leader, row 4 without a date, no publication")
# p09: three areas, 1．2． restarting in each; report: area order 二、一、三, no 领导小组/第一责任人/书记, nothing on 消防
_t = txt("p09/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^2．", _t, re.M)) == 3 and "3．" not in _t, "p09/feedback.txt: expected 1．2． restarting in three areas")
_t = txt("p09/report.txt")
form("三、关于队伍建设和安全生产方面的问题" in _t and "消防" not in _t and "领导小组" not in _t and "第一责任人" not in _t
     and "支部书记" not in _t and _t.index("经营管理") < _t.index("贯彻落实集团党委") and not re.search(r"处分|诫勉|批评教育|约谈", _t),
     "p09/report.txt: expected reordered areas, no leadership, no sanction, nothing on 消防")
# p10: （一）–（六） heading。detail; report: five items, one merged heading for #2 and #4
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6, "p10/feedback.txt: expected six （N） problems")
_t = txt("p10/report.txt")
form(len(re.findall(r"^（[一二三四五]）关于", _t, re.M)) == 5 and "关于“公共卫生项目资金使用不规范”和“政府采购管理不规范”的问题" in _t
     and PUBLISH.search(_t), "p10/report.txt: expected five items with one merged heading, and publication")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
