#!/usr/bin/env python3
"""Check the dev35 pairs (p01-p10, ids d35-01 … d35-10); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid UTF-8;
DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; kinds; null issue for document-level kinds; ranges;
answered vs unanswered-issue; links only on answered problems; every pair in mode `pair` with one feedback; no duplicate
(kind, issue); no stray files), every pair has 4-7 problems, at least 3 links and at least 1 must_not_flag, every kind is
planted in at least two pairs, and every gold file parses with /work/shared/dev-pairs/score.py against an empty analyze
JSON. Each document must have 1000-2800 non-whitespace characters. The feedback date and the report date must be written
in the documents, and late-report must be in must_flag exactly when the report is dated more than three calendar months
after the feedback (else in must_not_flag). Pair-specific form checks follow at the end.
Usage: python3 check.py [dev35-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (everything else: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
}
# realistic lengths in non-whitespace characters of the visible text
LENGTHS = {"feedback": (1000, 2800), "report": (1000, 2800)}
# (feedback date as written in the feedback, report date as written at the end of the report)
DATES = {
    "p01": ("2025年4月8日", "2025年6月27日"),
    "p02": ("2025年3月11日", "2025年7月2日"),
    "p03": ("2024年11月20日", "2025年2月18日"),
    "p04": ("2025年5月28日", "2025年8月27日"),
    "p05": ("2025年6月17日", "2025年9月12日"),
    "p06": ("2025年3月20日", "2025年6月18日"),
    "p07": ("2024年10月16日", "2025年2月10日"),
    "p08": ("2025年7月9日", "2025年9月30日"),
    "p09": ("2025年4月21日", "2025年7月18日"),
    "p10": ("2025年8月5日", "2025年10月31日"),
}
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
    # dev35 additions: pair mode, problem count, links, must_not_flag, dates and late-report
    if g["mode"] != "pair":
        fails.append(f"{name}: every dev35 pair must be mode pair")
    if not 4 <= n <= 7:
        fails.append(f"{name}: {n} problems, expected 4-7")
    if len(g.get("links", [])) < 3:
        fails.append(f"{name}: fewer than 3 links")
    if len(g["must_not_flag"]) < 1:
        fails.append(f"{name}: no must_not_flag")
    if name in DATES and fb:
        fd, rd = DATES[name]
        ftext = visible(fb[0])[0]
        if fd not in ftext:
            fails.append(f"{name}: feedback date {fd} not written in the feedback")
        if rd not in text or text.rstrip().rfind(rd) < len(text.rstrip()) - 200:
            fails.append(f"{name}: report date {rd} not written at the end of the report")
        a = datetime.date(*map(int, re.match(r"(\d+)年(\d+)月(\d+)日", fd).groups()))
        b = datetime.date(*map(int, re.match(r"(\d+)年(\d+)月(\d+)日", rd).groups()))
        m = a.month + 3
        y, m = a.year + (m - 1) // 12, (m - 1) % 12 + 1
        for day in (a.day, 30, 29, 28):
            try:
                limit = datetime.date(y, m, min(a.day, day))
                break
            except ValueError:
                continue
        late = b > limit
        in_flag = any(f["kind"] == "late-report" for f in g["must_flag"])
        in_not = any(f["kind"] == "late-report" for f in g["must_not_flag"])
        if (in_flag, in_not) != (late, not late):
            fails.append(f"{name}: report {b} vs limit {limit} (late={late}) but late-report must_flag={in_flag}, must_not_flag={in_not}")
    elif name not in DATES:
        fails.append(f"{name}: no DATES entry")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if len(planted.get(k, ())) < 2:
        fails.append(f"kind {k} planted in fewer than two pairs: {sorted(planted.get(k, ()))}")
n_ro = sum(1 for d in glob.glob(os.path.join(root, "p[0-9][0-9]", "gold.json"))
           if json.load(open(d, encoding="utf-8"))["mode"] == "report-only")
if n_ro > 0:
    fails.append(f"{n_ro} report-only pairs; dev35 has none")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]




def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|公开栏|监督电话|联系电话|门户网站|官网|予以公开|予以公布|公示栏|内网")
# p01: （一）–（六） before 三、整改意见; report: six 关于“…”的问题 with 整改时限, no disclosure
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）", _t[:_t.index("三、整改意见")], re.M)) == 6, "p01/feedback.txt: expected six （N） problems")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and len(re.findall(r"^整改时限：", _t, re.M)) == 6
     and not DISCLOSE.search(_t), "p01/report.txt: expected six 关于“…”的问题 items with 整改时限 and no disclosure")
# p02: areas with continuous 1．–6．; report: first person, five items, nothing on 换届 / 村务监督 / 一肩挑
_t = txt("p02/feedback.txt")
form(len(re.findall(r"^[1-6]．", _t, re.M)) == 6 and _t.count("方面") >= 3, "p02/feedback.txt: expected areas with 1．–6．")
_t = txt("p02/report.txt")
form(_t.count("我") >= 8 and len(re.findall(r"^（[一二三四五]）关于", _t, re.M)) == 5
     and not any(w in _t for w in ("换届", "村务监督", "一肩挑")), "p02/report.txt: expected a first-person report of five items, none on 换届")
# p03: letter with 问题1：–问题5：; report with five 问题N：/整改情况： and four 责任人：
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^问题[1-5]：", _t, re.M)) == 5 and "问题清单" in _t, "p03/feedback.txt: expected a 问题清单 letter")
_t = txt("p03/report.txt")
form(len(re.findall(r"^问题[1-5]：", _t, re.M)) == 5 and len(re.findall(r"^整改情况：", _t, re.M)) == 5
     and len(re.findall(r"^责任人：", _t, re.M)) == 4 and "已全部整改完成" in _t, "p03/report.txt: expected 问题N：/整改情况： blocks, one without 责任人")
# p04: DOCX ledger table with header + 6 rows, the repeated paragraph twice, no 领导小组 / 第一责任人
_x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p04/report.docx")
_rep = "组织全体党员干部深入学习《中国共产党纪律处分条例》，开展警示教育，举一反三开展自查自纠，切实增强纪律规矩意识。"
form("<w:tbl>" in _x and _x.count("<w:tr>") == 7 and _t.count(_rep) == 2 and "领导小组" not in _t.replace("巡察工作领导小组", "") and "第一责任人" not in _t
     and "党委书记" not in _t, "p04/report.docx: expected a 7-row table, the repeated paragraph twice, no leadership")
# p05: speech with 一是…六是 and 一要…三要; report with five headings, one bracket without 完成时限
_t = txt("p05/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三"), "p05/feedback.txt: expected 一是…六是 and 一要…三要")
_t = txt("p05/report.txt")
form(len(re.findall(r"^[一二三四五]、", _t, re.M)) == 5 and len(re.findall(r"（责任领导：[^）]*；完成时限：", _t)) == 4,
     "p05/report.txt: expected five headings, four brackets with 完成时限")
# p06: areas with restarting 1．2．; report answers by number, nothing on 补课 / 资料费
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^2．", _t, re.M)) == 3, "p06/feedback.txt: expected restarting 1．2．")
_t = txt("p06/report.txt")
form(len(re.findall(r"^[一二三四五]、针对反馈意见第[一二三]部分第\d个问题", _t, re.M)) == 5 and "补课" not in _t and "资料费" not in _t,
     "p06/report.txt: expected five by-number answers and none on 补课")
# p07: speech with 一是…五是 and 第一…第三; report is a public notice with phone; （四） without 牵头领导
_t = txt("p07/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五") and "六是" not in _t and all(f"第{c}，" in _t for c in "一二三"), "p07/feedback.txt: expected 一是…五是")
_t = txt("p07/report.txt")
form("予以公布" in _t and "联系电话" in _t and _t.count("牵头领导：") == 4, "p07/report.txt: expected a public notice, four 牵头领导")
# p08: （一）–（五） with 具体表现：; report: ｜ ledger header + 5 rows of 7 fields, no disclosure, no 领导小组
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^具体表现：", _t, re.M)) == 5, "p08/feedback.txt: expected five 具体表现 lines")
_t = txt("p08/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 6 and all(len(r) == 7 for r in _rows) and not DISCLOSE.search(_t) and "领导小组" not in _t
     and "第一责任人" not in _t, "p08/report.txt: expected a ｜ ledger of 5 rows, no disclosure, no leadership")
# p09: news item with 巡察组指出…等问题; report five 关于“…”的问题, nothing on 组织生活会 / 融合不够
_t = txt("p09/feedback.txt")
form("发布时间" in _t and "巡察组指出" in _t and "等问题" in _t, "p09/feedback.txt: expected a news item")
_t = txt("p09/report.txt")
form(len(re.findall(r"^（[一二三四五]）关于“", _t, re.M)) == 5 and "组织生活会" not in _t and "党支部" not in _t,
     "p09/report.txt: expected five items and none on 党建融合")
# p10: areas （一）–（三） with 1．–6．; report: the repeated paragraph twice, no disclosure
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^[1-6]．", _t, re.M)) == 6, "p10/feedback.txt: expected 1．–6．")
_t = txt("p10/report.txt")
_rep = "坚持党建引领，把学习贯彻习近平新时代中国特色社会主义思想同服务地方经济发展结合起来，定期开展专题学习研讨，推动党建工作与业务工作深度融合，不断提升服务实体经济质效。"
form(_t.count(_rep) == 2 and not DISCLOSE.search(_t), "p10/report.txt: expected the repeated paragraph twice and no disclosure")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
