#!/usr/bin/env python3
"""Check the dev27 pairs (p01-p08, ids d27-01 … d27-08); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8; HTML: the declared
charset, strictly; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly
once in the report's visible text (HTML: inside one text node, tags removed, entities decoded), each gold.json is
consistent (only the dev-pairs keys; kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue;
links only on answered problems; mode vs feedback presence; at most one report-only pair; no duplicate (kind, issue);
no stray files), every kind is planted in at least two pairs, and every gold file
parses with /work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback and each report must have
1000-2500 non-whitespace characters; at least two pairs have no must_flag. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev27-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (everything else: UTF-8, LF)
DECLARED = {
    "p01/report.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
}
# realistic lengths in non-whitespace characters of the visible text
LENGTHS = {"feedback": (1000, 2500), "report": (1000, 2500)}
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
if len(good) < 2:
    fails.append(f"fewer than two pairs without must_flag (good reports): {good}")
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
DISCLOSE = re.compile(r"门户网站|公示栏|政务公开栏|公众号|官网|院务公开栏|校务公开栏|学校网站|公司内网|监督电话|向社会公开")
# p01: feedback （一）–（六） under 一、二、三、; report CRLF, six reworded 关于…的问题 headings with 1．2．3． and an owner line each,
# accountability only in 二、追责问责
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t[:_t.index("四、整改要求")], re.M)) == 6, "p01/feedback.txt: expected six （N） problems")
_t = txt("p01/report.txt")
_h = re.findall(r"^（[一二三四五六]）关于(.*)的问题$", _t, re.M)
form(len(_h) == 6 and len(re.findall(r"^[123]．", _t, re.M)) == 18 and len(re.findall(r"^责任领导：", _t, re.M)) == 6
     and "稳就业政策落实不够有力" not in _t and "社保基金管理存在风险隐患" not in _t
     and _t.index("党内警告") > _t.index("二、追责问责"),
     "p01/report.txt: expected six reworded headings, 18 numbered measures, six owner lines, accountability in 二、")
# p02: speech 第一…第七 + 一要…三要; report in three themes, seven 针对……的问题, the boilerplate twice, no disclosure
_t = txt("p02/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六七") and all(f"{c}要" in _t for c in "一二三"), "p02/feedback.txt: expected 第一…第七 and 一要…三要")
_t = txt("p02/report.txt")
_rep = "压紧压实工作责任，建立问题清单、任务清单和责任清单，实行挂号销账，确保问题整改到位、不留死角"
form(all(s in _t for s in ("在加强党的领导方面", "在推进全面从严治党方面", "在加强基层党建方面")) and _t.count("针对") == 7
     and _t.count(_rep) == 2 and not DISCLOSE.search(_t) and "公开" not in _t,
     "p02/report.txt: expected three themes, seven 针对 paragraphs, the boilerplate twice, no disclosure")
# p03: GB18030 report, six 关于“……”问题。 paragraphs, each with a bracket; #2's bracket without 责任人
_t = txt("p03/report.txt")
_paras = [l for l in _t.split("\n") if l.startswith("关于“")]
form(len(_paras) == 6 and all(re.search(r"（[^（）]*时限：[^（）]*）$", p) for p in _paras)
     and ["责任人：" in p for p in _paras] == [True, False, True, True, True, True] and "全部整改完成" in _t,
     "p03/report.txt: expected six 关于“…”问题。 paragraphs with （责任人：…；时限：…）, #2 without 责任人")
# p04: DOCX report with one table 7 columns × (1 + 7) rows, row 6 empty 责任人, rows 5 and 7 identical measures
_x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = [[html.unescape("".join(re.findall(r"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>", c))) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)]
         for r in re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)]
form(_x.count("<w:tbl>") == 1 and len(_rows) == 8 and all(len(r) == 7 for r in _rows)
     and _rows[0][1:] == ["反馈问题", "整改措施", "责任部门", "责任人", "完成时限", "完成情况"]
     and _rows[6][4] == "" and _rows[5][2] == _rows[7][2] and sum("；" in r[2] for r in _rows[1:]) >= 5
     and "整改工作领导小组" not in _x and "第一责任人" not in _x,
     "p04/report.docx: expected a 7-column table of 7 rows, row 6 without 责任人, rows 5 and 7 identical, no 整改工作领导小组")
# p05: feedback 1．2． restarting per area; report: five headed items with 一是…二是…三是 in one paragraph, #6 only in 举一反三
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^2．", _t, re.M)) == 3, "p05/feedback.txt: expected 1．2． restarting in three areas")
_t = txt("p05/report.txt")
form(len(re.findall(r"^（[一二三四五]）关于", _t, re.M)) == 5 and len(re.findall(r"^一是.*二是.*三是", _t, re.M)) == 5
     and _t.index("兼职") > _t.index("二、举一反三") and len(re.findall(r"完成时限：", _t)) == 5 and "2025年3月20日" in _t,
     "p05/report.txt: expected five 一是… items, 兼职 only under 举一反三, one owner line without 完成时限")
# p06: feedback speech 一是…六是; report UTF-16, first person, nothing on 不动产登记
_t = txt("p06/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and "不动产登记" in _t, "p06/feedback.txt: expected 一是…六是")
_t = txt("p06/report.txt")
form(_t.count("我") >= 10 and "不动产" not in _t and "登记" not in _t and "全部整改完成" in _t and "提起诉讼" in _t,
     "p06/report.txt: expected a first-person report without 不动产登记, claiming all done")
# p07: report merged heading for #3+#4 and split 立行立改/长期坚持 for #5
_t = txt("p07/report.txt")
form(len(re.findall(r"^（[一二三四五]）关于", _t, re.M)) == 5 and "关于药品耗材采购监管不严和医保基金使用不规范的问题" in _t
     and re.search(r"^立行立改：", _t, re.M) and re.search(r"^长期坚持：", _t, re.M),
     "p07/report.txt: expected five items, a merged #3+#4 heading and a 立行立改/长期坚持 split")
# p08: report 问题一…问题五 with 整改情况：, nothing on 人居环境/垃圾/河塘, no 领导小组 or 公开 of the rectification
_t = txt("p08/report.txt")
form(len(re.findall(r"^问题[一二三四五]：", _t, re.M)) == 5 and len(re.findall(r"^整改情况：", _t, re.M)) == 5
     and not re.search(r"人居环境|垃圾|河塘|淤积", _t) and "领导小组" not in _t and "第一责任人" not in _t
     and not DISCLOSE.search(_t),
     "p08/report.txt: expected five 问题N/整改情况 blocks, nothing on 人居环境, no leadership or disclosure")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
