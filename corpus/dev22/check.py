#!/usr/bin/env python3
"""Check the dev22 pairs (p01-p10, ids d22-01 … d22-10); adapted from corpus/dev21/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8; HTML: the declared
charset, strictly; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly
once in the report's visible text (HTML: inside one text node, tags removed, entities decoded), each gold.json is
consistent (only the dev-pairs keys; kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue;
links only on answered problems; mode vs feedback presence; at most one report-only pair; no duplicate (kind, issue);
no stray files), every kind is planted in at least two pairs, at least one pair has no must_flag, and every gold file
parses with /work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback must have 1500-4000 and each
report 2500-6000 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev22-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (everything else: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("utf-16-le-bom", "crlf"),
    "p04/report.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("utf-16-le-bom", "lf"),
    "p10/feedback.txt": ("gb18030", "lf"),
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
# p01: 县委巡察办 通知 with 一、二、三、 areas whose problems are paragraphs opening 有的 (3+2+2); report: one 8-column
# DOCX table with 整改目标, vMerge and a gridSpan 合计 row
_t = txt("p01/feedback.txt")
_body = _t[:_t.index("四、整改要求")]
form(len(re.findall(r"^有的", _body, re.M)) == 7 and len(re.findall(r"^[一二三]、", _body, re.M)) == 3 and "巡办" in _t,
     "p01/feedback.txt: expected a 巡察办 notice with three areas and seven 有的 paragraphs")
_x = zipfile.ZipFile(os.path.join(root, "p01", "report.docx")).read("word/document.xml").decode("utf-8")
_r = visible(os.path.join(root, "p01", "report.docx"))[0]
form(_x.count("<w:tbl>") == 1 and '<w:gridSpan w:val="8"/>' in _x and "<w:vMerge" in _x and "整改目标" in _r and "合计：" in _r,
     "p01/report.docx: expected one table with 整改目标, vMerge and a 合计 row")
# p02: six "第N问：…？" lines; the report answers 对第N问的回答 in the first person
_t = txt("p02/feedback.txt")
form(len(re.findall(r"^第[一二三四五六]问：.*是不是.*？$", _t, re.M)) == 6, "p02/feedback.txt: expected six 第N问 questions")
_t = txt("p02/report.txt")
form(len(re.findall(r"^[一二三四五六]、对第[一二三四五六]问的回答$", _t, re.M)) == 6 and "我本人" in _t,
     "p02/report.txt: expected six 对第N问的回答 sections in the first person")
# p03: Roman outline I.–IV. with (i)… items, 7 before IV.; report keyed only by 第X部分第(y)项, six of them, no II-(iii)
_t = txt("p03/feedback.txt")
_s = _t[_t.index("\nI. "):_t.index("\nIV. ")]
form(all(f"\n{r}. " in _t for r in ("I", "II", "III", "IV")) and len(re.findall(r"^\((?:i|ii|iii)\) ", _s, re.M)) == 7,
     "p03/feedback.txt: expected I.–IV. with seven (i)… problems before IV.")
_t = txt("p03/report.html")
form(len(re.findall(r"针对反馈意见第(?:I|II|III)部分第\((?:i|ii|iii)\)项", _t)) == 6 and "第II部分第(iii)项" not in _t,
     "p03/report.html: expected six number-only references and none to II-(iii)")
# p04: four 工作小组 sections and seven 表现为; report GB18030 with 专项行动一…七 and the #7 split (之一/之二)
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[一二三四]、\S+组", _t, re.M)) == 4 and _t.count("表现为") == 7, "p04/feedback.txt: expected 4 小组 sections, 7 表现为")
_t = txt("p04/report.txt")
form(len(re.findall(r"^专项行动[一二三四五六七]：", _t, re.M)) == 7 and "问题之一" in _t and "问题之二" in _t,
     "p04/report.txt: expected 专项行动一…七 with a split problem")
# p05: six keycap-emoji problem lines, four ✅ requirement lines; report DOCX with a five-column 问题/原因剖析/… table
_t = txt("p05/feedback.txt")
form(len(re.findall("^[1-6]\ufe0f\u20e3 ", _t, re.M)) == 6 and len(re.findall("^\u2705 ", _t, re.M)) == 4,
     "p05/feedback.txt: expected 1️⃣…6️⃣ problems and four ✅ lines")
_x = zipfile.ZipFile(os.path.join(root, "p05", "report.docx")).read("word/document.xml").decode("utf-8")
_tb = re.findall(r"(?s)<w:tbl>.*?</w:tbl>", _x)
_hdr = ["".join(re.findall(r"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", re.findall(r"(?s)<w:tr>.*?</w:tr>", _tb[0])[0])] if _tb else []
form(_hdr == ["问题", "原因剖析", "整改措施", "整改成效", "责任人及时限"], f"p05/report.docx: unexpected table header {_hdr}")
# p06: report-only 自评 report, six 自评事项 with 自评等次
_t = txt("p06/report.txt")
form(len(re.findall(r"^自评事项[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^自评等次：(?:好|较好|一般|差)$", _t, re.M)) == 6,
     "p06/report.txt: expected six 自评事项 with 自评等次")
# p07: eight <details>, seven with a 问题N summary; report is a 汇报发言 transcript and never mentions 中标结果/信息公开
_r = open(os.path.join(root, "p07", "feedback.html"), encoding="utf-8").read()
form(_r.count("<details") == 8 and len(re.findall(r"<summary>问题[一二三四五六七]：", _r)) == 7, "p07/feedback.html: expected 8 <details>, 7 问题")
_t = txt("p07/report.txt")
form("根据录音整理" in _t and "中标结果" not in _t and "信息公开" not in _t, "p07/report.txt: expected a transcript without the #4 answer")
# p08: 甲、乙、丙、 areas with （N） restarting (2+3+2); report keyed 甲（1）…
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^[甲乙丙]、", _t, re.M)) == 3 and len(re.findall(r"^（[1-3]）", _t, re.M)) == 7, "p08/feedback.txt: expected 甲乙丙 with seven （N）")
_t = txt("p08/report.txt")
form(len(re.findall(r"^[甲乙丙]（[1-3]）关于", _t, re.M)) == 7, "p08/report.txt: expected seven 甲（N）关于 items")
# p09: six 短板N： lines; report PDF with six 补短板之 headings and six progress bars
_t = txt("p09/feedback.txt")
form(len(re.findall(r"^短板[一二三四五六]：", _t, re.M)) == 6, "p09/feedback.txt: expected six 短板N： problems")
_t = txt("p09/report.pdf")
form(len(re.findall(r"补短板之[一二三四五六]（对应短板[一二三四五六]）", _t)) == 6 and len(re.findall("整改进度：[■□]{10}", _t)) == 6,
     "p09/report.pdf: expected six 补短板之N items with progress bars")
# p10: seven 问题（N/7）： lines; report with seven 承诺：/兑现： pairs
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^问题（[1-7]/7）：", _t, re.M)) == 7, "p10/feedback.txt: expected 问题（1/7）…（7/7）")
_t = txt("p10/report.txt")
form(len(re.findall(r"^承诺：", _t, re.M)) == 7 and len(re.findall(r"^兑现：", _t, re.M)) == 7, "p10/report.txt: expected seven 承诺/兑现 pairs")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
