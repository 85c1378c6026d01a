#!/usr/bin/env python3
"""Check the dev23 pairs (p01-p08, ids d23-01 … d23-08); adapted from corpus/dev22/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8; HTML: the declared
charset, strictly; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly
once in the report's visible text (HTML: inside one text node, tags removed, entities decoded), each gold.json is
consistent (only the dev-pairs keys; kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue;
links only on answered problems; mode vs feedback presence; at most one report-only pair; no duplicate (kind, issue);
no stray files), every kind is planted in at least two pairs, at least one pair has no must_flag, and every gold file
parses with /work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback must have 1500-4000 and each
report 2500-6000 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev23-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (everything else: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("utf-16-le-bom", "lf"),
    "p05/feedback.txt": ("gb18030", "lf"),
    "p06/feedback.txt": ("utf-8", "crlf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
}
# realistic lengths in non-whitespace characters of the visible text
LENGTHS = {"feedback": (1500, 4000), "report": (2500, 6000)}
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
# p01: （一）–（六） with ［注N］ markers and a closing 注释 list; report HTML with a 挂图作战 table, five rows, lamps
_t = txt("p01/feedback.txt")
_body = _t[:_t.index("二、整改意见")]
form(len(re.findall(r"^（[一二三四五六]）", _body, re.M)) == 6 and len(re.findall(r"^［注[1-6]］", _t, re.M)) == 6
     and len(re.findall(r"［注[1-6]］", _body)) == 6, "p01/feedback.txt: expected six problems with six footnote markers and a 注释 list")
_r = open(os.path.join(root, "p01", "report.html"), encoding="utf-8").read()
_t = txt("p01/report.html")
form(_r.count("<tr>") == 6 and _r.count('<td class="lamp">🟢 绿灯') == 4 and _r.count('<td class="lamp">🟡 黄灯') == 1 and "三会一课" not in _t and "党费" not in _t,
     "p01/report.html: expected a five-row lamp table (4 green, 1 yellow) and no answer to #6")
# p02: DOCX 量化评价 table with 8 indicator rows + header + 合计, six 扣分理由, two 本项未扣分; report GB18030 with 四定 lines
_x = zipfile.ZipFile(os.path.join(root, "p02", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p02/feedback.docx")
form(_x.count("<w:tbl>") == 1 and _x.count("<w:tr>") == 10 and _t.count("本项未扣分") == 2 and "扣分理由" in _t,
     "p02/feedback.docx: expected one 评价 table with 8 indicator rows, two without deduction")
_t = txt("p02/report.txt")
form(all(len(re.findall(rf"^{k}：", _t, re.M)) == 6 for k in ("定措施", "定责任人", "定时限", "定标准", "整改结果"))
     and len(re.findall(r"^扣分项[一二三四五六]：", _t, re.M)) == 6, "p02/report.txt: expected six 扣分项 with 四定 lines")
# p03: a twice-forwarded e-mail, the 反馈意见 quoted with "> ", problems "> N. "; report a feature story with 【】 subheads
_t = txt("p03/feedback.txt")
form(_t.count("原始邮件") == 2 and _t.startswith("发件人：") and len(re.findall(r"^> [1-6]\. ", _t, re.M)) == 6,
     "p03/feedback.txt: expected a forwarded e-mail with six quoted problems")
_t = txt("p03/report.txt")
form(len(re.findall(r"^【[^】]+：[^】]+】$", _t, re.M)) == 7 and "记者" in _t and "责任编辑" in _t,
     "p03/report.txt: expected a feature story with seven 【…：…】 subheads")
# p04: speech with digressions (闲话/题外话/小故事), problems opened by 我们发现 / 我们还发现 / 最后一个问题;
# report PDF with six 销号审批表, each with 主要领导意见 （未签署）
_t = txt("p04/feedback.txt")
form(all(w in _t for w in ("闲话", "题外话", "小故事", "最后一个问题")) and _t.count("我们发现") == 2 and _t.count("我们还发现") == 2,
     "p04/feedback.txt: expected a speech with digressions and six problem openings")
_t = txt("p04/report.pdf")
form(len(re.findall(r"问题整改销号审批表（第\s*[1-6]\s*号）", _t)) == 6 and _t.count("（未签署）") == 6,
     "p04/report.pdf: expected six 销号审批表, none signed by the principal leader")
# p05: 个别反馈谈话提纲 with ○ bullets, six under 二、; report DOCX with six one-cell 【巡察反馈原文】 boxes
_t = txt("p05/feedback.txt")
_s = _t[_t.index("二、反馈巡察发现的主要问题"):_t.index("三、对你本人的提醒")]
form("谈话提纲" in _t and "谈话对象：" in _t and len(re.findall(r"^○ ", _s, re.M)) == 6 and len(re.findall(r"^○ ", _t, re.M)) == 14,
     "p05/feedback.txt: expected a 谈话提纲 with six ○ problems of 13 ○ lines")
_x = zipfile.ZipFile(os.path.join(root, "p05", "report.docx")).read("word/document.xml").decode("utf-8")
_tb = re.findall(r"(?s)<w:tbl>.*?</w:tbl>", _x)
form(len(_tb) == 6 and all(t.count("<w:tc>") == 1 and "【巡察反馈原文】" in t for t in _tb),
     "p05/report.docx: expected six one-cell boxes quoting the feedback")
# p06: problems 壹．…陆． and suggestions （壹）–（叁）; report: four 简报 issues, nothing on 固定资产
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^[壹贰叁肆伍陆]．", _t, re.M)) == 6 and len(re.findall(r"^（[壹贰叁]）", _t, re.M)) == 3,
     "p06/feedback.txt: expected 壹．…陆． problems and （壹）–（叁） suggestions")
_t = txt("p06/report.txt")
form(len(re.findall(r"^第[1-4]期$", _t, re.M)) == 4 and _t.count("【本期导读】") == 4 and "资产" not in _t,
     "p06/report.txt: expected four 简报 issues and no answer to #5")
# p07: report-only; 审核要点 self-check 要点1…8, then （一）–（六） with 巡察指出：/整改情况：
_t = txt("p07/report.txt")
form(len(re.findall(r"^要点[1-8]　", _t, re.M)) == 8 and len(re.findall(r"^巡察指出：", _t, re.M)) == 6
     and len(re.findall(r"^整改情况：", _t, re.M)) == 6, "p07/report.txt: expected 8 审核要点 and six items")
# p08: HTML news page with six <b>病灶N：…</b> paragraphs; report with 医治“病灶N” items and dated 整改节点
_r = open(os.path.join(root, "p08", "feedback.html"), encoding="utf-8").read()
form(len(re.findall(r"<p><b>病灶[一二三四五六]：", _r)) == 6, "p08/feedback.html: expected six bold 病灶 paragraphs")
_t = txt("p08/report.txt")
form(len(re.findall(r"^（[一二三四五六]）医治“病灶[一二三四五六]”", _t, re.M)) == 6 and len(re.findall(r"^整改节点：①", _t, re.M)) == 6,
     "p08/report.txt: expected six 医治“病灶N” items with 整改节点")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
