#!/usr/bin/env python3
"""Check the dev37 pairs (p01-p06, ids d37-01 … d37-06); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030, CRLF only where declared, a GB18030 file must not be valid UTF-8; exactly one GB18030
file and one CRLF file; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs
exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys; mode `pair`; kinds;
null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; no duplicate
(kind, issue); no stray files), every kind is planted in at least one pair, and every gold file parses with
/work/shared/dev-pairs/score.py against an empty analyze JSON. Per pair: 4-6 problems, 2-4 must_flag, >= 2 must_not_flag,
>= 3 links; each document 1000-2500 non-whitespace characters; the feedback date and the report date both appear in
their documents (Arabic digits or Chinese numerals), and late-report is in must_flag exactly when the report is dated
more than three calendar months after the feedback, else in must_not_flag. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev37-dir]. Exit 1 on failure."""
import calendar, datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (everything else: UTF-8, LF)
DECLARED = {
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("gb18030", "lf"),
}
LENGTHS = {"feedback": (1000, 2500), "report": (1000, 2500)}
# (feedback date, report date) per pair
DATES = {
    "p01": ("2025-03-11", "2025-06-10"),
    "p02": ("2024-11-05", "2025-02-05"),
    "p03": ("2024-09-12", "2025-01-20"),
    "p04": ("2025-06-18", "2025-09-16"),
    "p05": ("2025-04-25", "2025-07-24"),
    "p06": ("2024-08-27", "2024-12-30"),
}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED.get(rel, ("utf-8", "lf"))
    if enc == "gb18030":
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


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("vMerge", "<w:vMerge"), ("pagebreak", 'w:type="page"'),
                              ("landscape", 'w:orient="landscape"'), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def docx_rows(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    rows = []
    for tr in re.findall(r"(?s)<w:tr>.*?</w:tr>", xml):
        cells = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", tc)) for tc in re.findall(r"(?s)<w:tc>.*?</w:tc>", tr)]
        rows.append([html.unescape(c) for c in cells])
    return rows


def visible(f):
    rel = os.path.relpath(f, root)
    if f.lower().endswith(".docx"):
        return docx_text(f)
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


CN = "〇一二三四五六七八九"


def cn_num(n):  # 1-31 as written in dates: 十, 十一, 二十, 二十五
    if n < 10:
        return CN[n]
    return ("" if n < 20 else CN[n // 10]) + "十" + (CN[n % 10] if n % 10 else "")


def date_forms(iso):
    d = datetime.date.fromisoformat(iso)
    return (f"{d.year}年{d.month}月{d.day}日", "".join(CN[int(c)] for c in str(d.year)) + f"年{cn_num(d.month)}月{cn_num(d.day)}日",
            d.isoformat())


def add_months(d, k):
    m = d.month - 1 + k
    y, m = d.year + m // 12, m % 12 + 1
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted = {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in DECLARED:
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
if sum(1 for e, _ in DECLARED.values() if e == "gb18030") != 1 or sum(1 for _, l in DECLARED.values() if l == "crlf") != 1:
    fails.append("expected exactly one GB18030 file and one CRLF file")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p0{i}" for i in range(1, 7)]:
    fails.append(f"expected p01..p06, found {[os.path.basename(p) for p in pairs]}")
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
    if set(g) - GOLD_KEYS or not GOLD_KEYS <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if g.get("mode") != "pair":
        fails.append(f"{name}: mode {g.get('mode')}, expected pair")
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    encs, texts = [], {}
    for kind, f in (("feedback", fb[0]), ("report", rp[0])):
        try:
            t, e = visible(f)
            texts[kind] = t
            encs.append(f"{kind}.{f.rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
            lo, hi = LENGTHS[kind]
            if not lo <= nchars(t) <= hi:
                fails.append(f"{name}: {kind} has {nchars(t)} characters, outside {lo}-{hi}")
        except Exception as e:
            fails.append(f"{name}: {f} does not decode as declared: {e}")
    if len(texts) != 2:
        continue
    text = texts["report"]
    n = g["issues"]
    total["issues"] += n
    if not 4 <= n <= 6:
        fails.append(f"{name}: {n} problems, expected 4-6")
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    if not 2 <= len(g["must_flag"]) <= 4:
        fails.append(f"{name}: {len(g['must_flag'])} must_flag, expected 2-4")
    if len(g["must_not_flag"]) < 2:
        fails.append(f"{name}: fewer than 2 must_not_flag")
    if len(g["links"]) < 3:
        fails.append(f"{name}: fewer than 3 links")
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
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    for l in g["links"]:
        total["links"] += 1
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    # dates and late-report
    fd, rd = DATES[name]
    if not any(s in texts["feedback"] for s in date_forms(fd)):
        fails.append(f"{name}: feedback date {fd} not found in the feedback")
    if not any(s in text for s in date_forms(rd)):
        fails.append(f"{name}: report date {rd} not found in the report")
    late = datetime.date.fromisoformat(rd) > add_months(datetime.date.fromisoformat(fd), 3)
    in_flag = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
    in_not = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    if (in_flag, in_not) != (late, not late):
        fails.append(f"{name}: late-report placement wrong (late={late}, must_flag={in_flag}, must_not_flag={in_not})")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    days = (datetime.date.fromisoformat(rd) - datetime.date.fromisoformat(fd)).days
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g['links'])}; {', '.join(encs)}; {fd} -> {rd} ({days} days, late={late}); score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} planted in no pair")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|公开栏|公示栏|监督电话|联系电话|门户网站|学校网站|全文公开|予以公布|政务公开")
LEAD = re.compile(r"整改(工作)?领导小组|第一责任人|亲自")  # the addressee 巡察工作领导小组办公室 is not the unit's group
# p01: （一）–（五） between 二、 and 三、整改意见; report: five 关于“…”的问题 with 整改时限, the 18/15/2 count
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^（[一二三四五]）", _t[_t.index("二、巡察发现的主要问题"):_t.index("三、整改意见")], re.M)) == 5,
     "p01/feedback.txt: expected five （N） problems")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五]）关于“", _t, re.M)) == 5 and len(re.findall(r"^整改时限：", _t, re.M)) == 5
     and "18项整改措施" in _t and "已完成15项，正在推进2项" in _t and DISCLOSE.search(_t),
     "p01/report.txt: expected five 关于“…”的问题 items, 18 = 15 + 2 (not), disclosure")
# p02: areas + continuous 1.–6.; report never mentions 地灾/汛/山塘, five own headings, no disclosure
_t = txt("p02/feedback.txt")
form([int(x) for x in re.findall(r"^([1-6])\.", _t, re.M)] == [1, 2, 3, 4, 5, 6] and "二、整改建议" in _t,
     "p02/feedback.txt: expected 1.–6. under three areas, then 整改建议")
_t = txt("p02/report.txt")
form(not re.search(r"地质灾害|隐患点|山塘|汛|安全生产", _t) and len(re.findall(r"^（[一二三四五]）抓", _t, re.M)) == 5
     and not DISCLOSE.search(_t) and "公开招标" in _t and "四议两公开" in _t,
     "p02/report.txt: expected five own headings, nothing on #2, no disclosure but 公开招标/四议两公开")
# p03: speech with 第一，…第五， and 一要…三要; report by number, 问题二 without 责任领导, Chinese-numeral date
_t = txt("p03/feedback.txt")
form(all(re.search(rf"^第{c}，", _t, re.M) for c in "一二三四五") and all(f"{c}要" in _t for c in "一二三") and "同志们" in _t,
     "p03/feedback.txt: expected a speech with 第一，…第五， and 一要…三要")
_t = txt("p03/report.txt")
_b = re.split(r"^问题[一二三四五]的整改情况$", _t, flags=re.M)
form(len(_b) == 6 and "责任领导" not in _b[2] and all("责任领导" in _b[i] for i in (1, 3, 4, 5)) and "二〇二五年一月二十日" in _t,
     "p03/report.txt: expected five by-number answers, #2 without 责任领导, date in Chinese numerals")
# p04: news item; report DOCX table header + 5 rows x 7 cells, row 1 without a dated 完成时限, rows 2 and 5 share the paragraph
_t = txt("p04/feedback.txt")
form("发布时间" in _t and "但巡察也发现一些问题：" in _t and "等问题" in _t, "p04/feedback.txt: expected a news item")
_rows = docx_rows(os.path.join(root, "p04", "report.docx"))
_t = txt("p04/report.docx")
form(len(_rows) == 6 and all(len(r) == 7 for r in _rows) and not re.search(r"\d{4}年", _rows[1][5])
     and _rows[2][2][_rows[2][2].index("，"):] == _rows[5][2][_rows[5][2].index("，"):]
     and not LEAD.search(_t) and "郗远航" not in _t and DISCLOSE.search(_t),
     "p04/report.docx: expected a 7-column ledger of 5 rows, row 1 undated, rows 2/5 repeated, no leadership, disclosure")
# p05: feedback headings 一、–五、; report first person, claims all done, nothing on 返点 money or the two teachers
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^[一二三四五]、", _t, re.M)) == 5, "p05/feedback.txt: expected five 一、–五、 problem headings")
_t = txt("p05/report.txt")
form(_t.count("我") >= 8 and "已全部整改到位" in _t and "正在按程序重新组织公开招标" in _t and "返点" not in _t
     and "6200" not in _t and DISCLOSE.search(_t), "p05/report.txt: expected a first-person report, all-done claim, nothing on 返点")
# p06: feedback 一是/二是 restarting in two areas; report skips 招商, item （三） without 整改时限, public with phone
_t = txt("p06/feedback.txt")
form(_t.count("一是") == 2 and _t.count("二是") == 2 and "三是" not in _t, "p06/feedback.txt: expected 一是/二是 twice")
_t = txt("p06/report.txt")
_b = re.split(r"^（[一二三四]）关于", _t, flags=re.M)
form("招商" not in _t and len(_b) == 5 and "整改时限" not in _b[3] and all("整改时限" in _b[i] for i in (1, 2, 4))
     and "联系电话" in _t, "p06/report.txt: expected four items, none on 招商, （三） undated, phone")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
