#!/usr/bin/env python3
"""Check the dev26 pairs (p01-p10, ids d26-01 … d26-10); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, and a GB18030 file must not be valid
UTF-8; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly once in
the report's visible text, each gold.json is consistent (only the dev-pairs keys; kinds; null issue for document-level
kinds; ranges; answered vs unanswered-issue; links only on answered problems; mode vs feedback presence; at most one
report-only pair; no duplicate (kind, issue); no stray files), every kind is planted in at least two pairs, at least two
pairs have no must_flag (good reports), the set holds at least one GB18030, one UTF-16 LE BOM, one CRLF file and two
DOCX files, and every gold file parses with /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each document must have 1200-4000 non-whitespace characters (and at most 4000
characters in all). Pair-specific form checks follow at the end. Usage: python3 check.py [dev26-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (everything else: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("utf-8", "crlf"),
    "p02/report.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p10/report.txt": ("utf-8", "crlf"),
}
DOCX = ["p03/feedback.docx", "p03/report.docx"]
LO, HI = 1200, 4000
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


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def docx_text(path):
    xml = docx_xml(path)
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("landscape", 'w:orient="landscape"')) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def docx_rows(path):
    xml = docx_xml(path)
    rows = []
    for tr in re.findall(r"(?s)<w:tr>.*?</w:tr>", xml):
        cells = []
        for tc in re.findall(r"(?s)<w:tc>.*?</w:tc>", tr):
            ps = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", tc)]
            cells.append(html.unescape("\n".join(p for p in ps if p)))
        rows.append(cells)
    return rows


def visible(f):
    rel = os.path.relpath(f, root)
    if f.endswith(".docx"):
        return docx_text(f)
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, good = {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + DOCX:
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
encs_all = [v[0] for v in DECLARED.values()]
if "gb18030" not in encs_all or "utf-16-le-bom" not in encs_all or not any(v[1] == "crlf" for v in DECLARED.values()) or len(DOCX) < 2:
    fails.append("encoding mix: need >=1 GB18030, >=1 UTF-16 LE BOM, >=1 CRLF, >=2 DOCX")
if os.path.exists(os.path.join(root, "HELDOUT")) or glob.glob(os.path.join(root, "HELDOUT*")):
    fails.append("a HELDOUT file exists")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected p01..p10, found {[os.path.basename(p) for p in pairs]}")
for d in pairs:
    name = os.path.basename(d)
    files = sorted(os.listdir(d))
    fb = [os.path.join(d, f) for f in files if f.startswith("feedback.")]
    rp = [os.path.join(d, f) for f in files if f.startswith("report.")]
    extra = [f for f in files if not (f.startswith(("feedback.", "report.")) or f in ("gold.json", "notes.md"))]
    extra += [f for f in files if f.startswith(("feedback.", "report.")) and f.rsplit(".", 1)[-1] not in ("txt", "docx")]
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
        fails.append(f"{name}: mode pair but feedback files {fb}")
    if g["mode"] == "report-only" and fb:
        fails.append(f"{name}: mode report-only but has {fb}")
    if g["mode"] not in ("pair", "report-only"):
        fails.append(f"{name}: mode {g['mode']}")
    encs = []
    for f in fb + rp:
        kind = "feedback" if os.path.basename(f).startswith("feedback") else "report"
        try:
            text, enc = visible(f)
            encs.append(f"{os.path.basename(f)} {enc} {nchars(text)}c")
            if not LO <= nchars(text) <= HI or len(text) > HI:
                fails.append(f"{name}: {kind} has {nchars(text)} non-whitespace / {len(text)} characters, outside {LO}-{HI}")
        except Exception as e:
            fails.append(f"{name}: {kind} does not decode as declared: {e}")
            text = ""
    text = visible(rp[0])[0]
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
        hits = text.count(l["measure"])
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


def section(t, start, end=None):
    i = t.index(start)
    j = t.index(end, i + len(start)) if end else len(t)
    return t[i:j]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|公开栏|监督电话|联系电话|门户网站|予以公布|全文公示|公开情况|在.{0,12}公开，|公示，接受")
SLOGAN = "召开专题会议，对照问题深入剖析原因，明确责任领导和责任人，制定整改方案，倒排工期、挂图作战"
# p01: （一）–（七） before 四、整改意见; report: seven restated 关于…的问题 headings, seven 整改时限 lines, disclosure
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）", _t[:_t.index("四、整改意见")], re.M)) == 7, "p01/feedback.txt: expected seven （N） problems")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7 and len(re.findall(r"^整改时限：", _t, re.M)) == 7
     and DISCLOSE.search(_t) and "2025年8月12日" in _t, "p01/report.txt: expected seven items with 整改时限, disclosure, date")
# p02: speech 第一，…第六， + 一要…三要; report first person, GB18030, no disclosure
_t = txt("p02/feedback.txt")
form(all(f"\n第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and "2025年6月12日" in _t,
     "p02/feedback.txt: expected a speech with 第一，…第六， and 一要…三要")
_t = txt("p02/report.txt")
form(_t.count("我") >= 8 and "2025年9月5日" in _t and not DISCLOSE.search(_t) and "公开招聘" in _t,
     "p02/report.txt: expected a first-person report dated 2025-09-05 without disclosure")
# p03: DOCX feedback with bold （N） headings; DOCX report with an 8-row table, row 6 without a leader, row 5 持续推进
_x = docx_xml(os.path.join(root, "p03", "feedback.docx"))
_t = txt("p03/feedback.docx")
form(len(re.findall(r"^（[一二三四五六七]）", _t[:_t.index("四、整改意见")], re.M)) == 7 and "<w:b/>" in _x,
     "p03/feedback.docx: expected seven bold （N） problems")
_rows = docx_rows(os.path.join(root, "p03", "report.docx"))
_t = txt("p03/report.docx")
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[6][3] == "" and _rows[5][5] == "持续推进"
     and "已全部整改到位" in _t and not DISCLOSE.search(_t),
     "p03/report.docx: expected a 7-column table of 7 rows, row 6 without 责任领导, row 5 持续推进, no disclosure")
# p04: news item; report six items, nothing on 支部/双带头人, the slogan paragraph twice
_t = txt("p04/feedback.txt")
form("发布时间" in _t and "巡察组指出，该院党委" in _t and "等问题。" in _t, "p04/feedback.txt: expected a news item")
_t = txt("p04/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6 and "支部" not in _t and "双带头人" not in _t
     and _t.count("做到举一反三、立行立改，切实把整改责任落实到科室") == 2 and DISCLOSE.search(_t),
     "p04/report.txt: expected six items, no answer on 双带头人, repeated paragraph, disclosure")
# p05: report by number with a merged answer; section 三 without 完成时限
_t = txt("p05/report.txt")
form(len(re.findall(r"^[一二三四五]、针对反馈意见第", _t, re.M)) == 5 and "第四个和第五个问题" in _t
     and "完成时限" not in section(_t, "三、针对", "四、针对") and _t.count("完成时限：") == 4,
     "p05/report.txt: expected five by-number answers, one merged, section 三 without 完成时限")
# p06: three 主要表现在：, numbering restarting; report six 牵头单位 lines, dated 2025-07-22
_t = txt("p06/feedback.txt")
form(_t.count("主要表现在：") == 3 and len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^2．", _t, re.M)) == 3,
     "p06/feedback.txt: expected three 主要表现在 areas with 1．2． restarting")
_t = txt("p06/report.txt")
form(len(re.findall(r"^牵头单位：", _t, re.M)) == 6 and "2025年7月22日" in _t and DISCLOSE.search(_t),
     "p06/report.txt: expected six 牵头单位 lines, date 2025-07-22, disclosure")
# p07: speech; report with the slogan paragraph twice, （三） without a rule, dated 2025-02-20
_t = txt("p07/feedback.txt")
form("2024年10月15日" in _t and "第一，" in _t and "第三，" in _t, "p07/feedback.txt: expected the dated speech")
_t = txt("p07/report.txt")
_s3 = section(_t, "（三）关于", "（四）关于")
form(_t.count(SLOGAN) == 2 and not re.search(r"制度|办法|规定|细则|机制", _s3) and "2025年2月20日" in _t,
     "p07/report.txt: expected the repeated paragraph twice, no rule under （三）, date 2025-02-20")
# p08: news item with inline 一是…六是; report ｜ ledger header + 5 rows × 6 fields, row 4 owner “—”, nothing on 意识形态
_t = txt("p08/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and "反馈指出" in _t, "p08/feedback.txt: expected 反馈指出 with 一是…六是")
_t = txt("p08/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 6 and all(len(r) == 6 for r in _rows) and _rows[4][3] == "—" and not re.search(r"意识形态|微信群|宣传栏", _t)
     and not re.search(r"领导小组|第一责任人", _t.replace("巡察工作领导小组", "")) and DISCLOSE.search(_t),
     "p08/report.txt: expected a 6-field ledger of 5 rows, row 4 owner “—”, no 意识形态, no 领导小组, disclosure")
# p09: report-only, six 巡察反馈：/整改情况：, no 领导小组/第一责任人, no disclosure
_t = txt("p09/report.txt")
form(len(re.findall(r"^巡察反馈：", _t, re.M)) == 6 and len(re.findall(r"^整改情况：", _t, re.M)) == 6
     and not re.search(r"领导小组|第一责任人", _t.replace("巡察工作领导小组", "")) and not DISCLOSE.search(_t) and "已全部整改完成" in _t,
     "p09/report.txt: expected six 巡察反馈/整改情况 pairs, no leadership, no disclosure")
# p10: 回头看 feedback with two groups restarting 1．; report's first item without a rule
_t = txt("p10/feedback.txt")
form("回头看" in _t and len(re.findall(r"^1．", _t, re.M)) == 2 and len(re.findall(r"^3．", _t, re.M)) == 2,
     "p10/feedback.txt: expected two groups of 1．–3．")
_t = txt("p10/report.txt")
form(not re.search(r"制度|办法|规定|细则|机制", section(_t, "（一）关于定点", "（二）关于")) and "2025年3月28日" in _t,
     "p10/report.txt: expected no rule under the first item and date 2025-03-28")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
