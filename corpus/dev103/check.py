#!/usr/bin/env python3
"""Check the dev103 pairs (p01-p10, pair ids d103-01 … d103-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; HTML: visible text without head, script and style; DOCX: word/document.xml paragraph text),
every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the
dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; every pair mode "pair" with one feedback; no duplicate
(kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has
at least one counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good reports), and every gold
file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}.
Set-specific checks: the problem count of each gold against the feedback's own numbering; the feedback and report dates
found in the documents and late-report (must_flag iff the report comes after the three months) agreeing with them; the
report of a pair flagged no-disclosure publishes nothing; lengths (feedback 500-2500, report 500-3500 non-whitespace
characters); pair-specific form checks at the end.
Usage: python3 check.py [dev103-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of every text and HTML file; DOCX files listed apart
DECLARED = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p01/report.txt": ("utf-8", "lf"),
    "p02/feedback.txt": ("gb18030", "lf"),
    "p02/report.txt": ("gb18030", "crlf"),
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p04/report.txt": ("utf-16-le-bom", "crlf"),
    "p05/feedback.txt": ("utf-8", "lf"),
    "p06/feedback.txt": ("utf-16-le-bom", "lf"),
    "p06/report.html": ("gb18030", "lf"),
    "p07/feedback.txt": ("utf-8", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p08/feedback.html": ("utf-8", "lf"),
    "p08/report.txt": ("utf-8", "lf"),
    "p09/feedback.txt": ("gb18030", "lf"),
    "p09/report.txt": ("utf-8", "lf"),
    "p10/feedback.txt": ("utf-8", "crlf"),
    "p10/report.txt": ("gb18030", "lf"),
}
DOCX = {"p03/report.docx", "p04/feedback.docx", "p05/report.docx"}
LENGTHS = {"feedback": (500, 2500), "report": (500, 3500)}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ("2025年4月15日", "2025年7月8日"), "p02": ("2025年4月10日", "2025年6月30日"),
    "p03": ("2025年3月18日", "2025年7月2日"), "p04": ("2025年5月20日", "2025年8月12日"),
    "p05": ("2025年2月26日", "2025年5月22日"), "p06": ("2025年3月5日", "2025年5月30日"),
    "p07": ("2025年3月25日", "2025年6月16日"), "p08": ("2025年1月14日", "2025年5月6日"),
    "p09": ("2025年4月22日", "2025年7月15日"), "p10": ("2025年5月8日", "2025年7月30日"),
}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    assert rel in DECLARED, "undeclared text file"
    enc, eol = DECLARED[rel]
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


def html_text(src):
    body = re.sub(r"(?is)<head>.*?</head>|<script.*?</script>|<style.*?</style>", "", src)
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|ul|tr)>", "\n", body)
    body = html.unescape(re.sub(r"<[^>]+>", "", body))
    return "\n".join(l.strip() for l in body.split("\n") if l.strip())


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
        return html_text(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def plus_three_months(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    return d.replace(year=y, month=m)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, texts = {}, {}, [], {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected pair folders p01-p10, found {[os.path.basename(p) for p in pairs]}")
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
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev103 pair is mode 'pair' with exactly one feedback.*")
        continue
    encs = []
    try:
        ftext, e = visible(fb[0])
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
        continue
    try:
        text, enc = visible(rp[0])
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        lo, hi = LENGTHS["report"]
        if not lo <= nchars(text) <= hi:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    texts[name] = (ftext, text)
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
    fd, rd = DATES[name]
    if fd not in ftext:
        fails.append(f"{name}: feedback date {fd} not in the feedback")
    if rd not in text:
        fails.append(f"{name}: report date {rd} not in the report")
    late = cn_date(rd) > plus_three_months(cn_date(fd))
    days = (cn_date(rd) - cn_date(fd)).days
    if late != (("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}):
        fails.append(f"{name}: late-report must_flag disagrees with the dates ({days} days)")
    if not late and ("late-report", None) not in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}:
        fails.append(f"{name}: report inside three months but no late-report must_not_flag")
    if "三个月" not in ftext:
        fails.append(f"{name}: the feedback does not state the three-month limit")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {days} days{' LATE' if late else ''}; score.py on empty output {last}")
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


def fb(name):
    return texts.get(name, ("", ""))[0]


def rp(name):
    return texts.get(name, ("", ""))[1]


def count_is(name, n, how):
    form(golds.get(name, {}).get("issues") == n, f"{name}: the feedback's own numbering gives {n} problems ({how}), gold says "
         f"{golds.get(name, {}).get('issues')}")


# ---- problem counts from each feedback's own structure ----
_t = fb("p01")
count_is("p01", len(re.findall(r"^[一二三四五六七八九十]、", _t[:_t.index("整改要求")], re.M)), "一、… headings before 整改要求")
count_is("p02", len(re.findall(r"^[1-9]．", fb("p02"), re.M)), "1．… items")
count_is("p03", len(re.findall(r"^第[一二三四五六七八九十]，", fb("p03"), re.M)), "第一，… paragraphs")
_x = zipfile.ZipFile(os.path.join(root, "p04", "feedback.docx")).read("word/document.xml").decode("utf-8")
count_is("p04", _x.count("<w:tr>") - 1, "Word-table rows after the header")
_t = fb("p05")
count_is("p05", len(re.findall(r"^[1-9]．", _t, re.M)), "restarting 1．2．(3．) under the areas")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[一二三]、.*方面$", _t, re.M)) == 3,
     "p05/feedback: expected three 一、…方面 areas, numbering restarting at 1．")
count_is("p06", len(re.findall(r"^问题\d+：", fb("p06"), re.M)), "问题N：")
form(len(re.findall(r"^具体表现：", fb("p06"), re.M)) == 6, "p06/feedback: expected six 具体表现： lines")
count_is("p07", len(re.findall(r"^（[一二三四五六七八九十]）", fb("p07"), re.M)), "（一）… heading lines")
_t = fb("p08")
_m = re.search(r"巡察组指出，该站(.*?)等问题", _t)
count_is("p08", len(_m.group(1).split("；")) if _m else 0, "；-clauses of the 巡察组指出…等问题 sentence")
count_is("p09", len(re.findall(r"[一二三四五六七八九十]是", fb("p09"))), "inline 一是…六是")
_t = fb("p10")
_m = re.search(r"主要表现在：(.*?)\n", _t)
count_is("p10", len(re.findall(r"[一二三四五六七八九十]是", _m.group(1))) if _m else 0, "一是…七是 after 主要表现在：")

# ---- no-disclosure flagged => the report publishes nothing ----
PUBLISH = re.compile(r"公示|公开栏|公开|张贴|通报了|家长会上|监督电话")
for name, g in golds.items():
    if ("no-disclosure", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}:
        form(not PUBLISH.search(rp(name)), f"{name}: flagged no-disclosure but the report has {PUBLISH.search(rp(name))}")
    elif name in texts:
        form(bool(PUBLISH.search(rp(name))), f"{name}: not flagged no-disclosure but the report publishes nothing")

# ---- pair-specific form checks ----
_t = rp("p01")
form(len(re.findall(r"^负责人：", _t, re.M)) == 6 and len(re.findall(r"^[一二三四五六]、.+的事$", _t, re.M)) == 6,
     "p01/report: expected six 一、…的事 headings, each with a 负责人： line")
# p02: a table drawn with spaces: header + 7 rows; row 7 has an empty 完成时间 cell (5 cells)
_rows = [re.split(r" {2,}", l.strip()) for l in rp("p02").split("\n") if re.match(r"^(序号|[1-7]) {2,}", l)]
form(len(_rows) == 8 and all(len(r) == 6 for r in _rows[:7]) and len(_rows[7]) == 5 and _rows[7][-1] == "正在培养",
     "p02/report: expected a space-drawn table of 7 rows, row 7 without a 完成时间")
_x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
form(_x.count("<w:b/>") >= 7 and len(re.findall(r"^[一二三四五六]、", rp("p03"), re.M)) == 6 and "我作为校长" in rp("p03"),
     "p03/report.docx: expected six bold 一、… headings in the principal's first person")
_t = rp("p04")
form([int(x) for x in re.findall(r"^第(\d)条（", _t, re.M)] == [1, 2, 3, 4, 6], "p04/report: expected 第1–4条 and 第6条 only")
_x = zipfile.ZipFile(os.path.join(root, "p05", "report.docx")).read("word/document.xml").decode("utf-8")
form(_x.count("<w:tr>") == 8 and all(r.count("<w:tc>") == 6 for r in re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)),
     "p05/report.docx: expected a Word table of header + 7 rows × 6 cells")
_t = rp("p06")
_items = re.findall(r"^([1-6])、(.*)$", _t, re.M)
form(len(_items) == 6 and [("负责人" in b) for a, b in _items] == [True, True, True, False, True, True]
     and "已全部整改完成" in _t and "gb2312" in open(os.path.join(root, "p06", "report.html"), "rb").read().decode("gb18030"),
     "p06/report.html: expected six items, only 4、 without a 负责人, the all-done claim, a gb2312 meta")
_t = rp("p07")
_rep = "所里组织全体人员认真学习了上级有关文件精神，大家对照反馈问题深刻反思"
form(len(re.findall(r"^问题：", _t, re.M)) == 7 and len(re.findall(r"^啥时候改完：", _t, re.M)) == 7 and _t.count(_rep) == 2
     and "啥时候改完：逐步落实到位" in _t, "p07/report: expected seven labelled blocks, the pasted paragraph twice, 逐步落实到位")
_t = rp("p08")
form("晏丰年" not in _t and "站长" not in _t and "党建" not in _t and "党员" not in _t and "发展党员" in fb("p08")
     and "相关链接" in fb("p08"), "p08: expected a news page with chrome; a report without the 站长 and without 党建")
_t = rp("p09")
_items = re.findall(r"^([1-6])\.(.*)$", _t, re.M)
form(len(_items) == 6 and [("负责人" in b) for a, b in _items] == [True, True, True, True, False, True],
     "p09/report: expected six items, only 5. without a 负责人")
_t = rp("p10")
_rep = "道班全体人员认真学习了上级有关文件和规定，对照问题查找不足"
form(_t.count(_rep) == 2 and "全部整改完毕" in _t and "入冬前到位" in _t and "班长舒长林" in _t and "负责人：机械员霍德胜。" in _t,
     "p10/report: expected the pasted paragraph twice, the all-done claim, 入冬前, no time for the 机械设备 paragraph")
form(all("，" in rp(n) for n in texts), "reports must be Chinese prose")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
