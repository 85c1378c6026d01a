#!/usr/bin/env python3
"""Check the dev48 pairs (p01-p10, pair ids d48-01 … d48-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Also: the two hard-wrapped files really are hard-wrapped (no line over 41 characters, most full lines
30-41), the unwrapped ones are not; every feedback and report carries the date declared in DATES and late-report sits in
must_flag exactly when the report is dated after the three-month limit. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev48-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p02/report.txt": ("utf-16-le-bom", "lf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("gb18030", "lf"),
}
DOCX = {"p04/feedback.docx"}
WRAPPED = {"p05/feedback.txt", "p06/report.txt"}
# (feedback date, report date) as written in the documents; the limit is three calendar months after the feedback
DATES = {
    "p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年10月22日", "2025年2月14日"),
    "p03": ("2025年4月9日", "2025年7月3日"), "p04": ("2024年11月12日", "2025年2月10日"),
    "p05": ("2025年5月20日", "2025年8月12日"), "p06": ("2024年12月3日", "2025年3月28日"),
    "p07": ("2025年2月26日", "2025年5月23日"), "p08": ("2025年6月5日", "2025年8月29日"),
    "p09": ("2025年1月15日", "2025年4月11日"), "p10": ("2025年7月8日", "2025年9月30日"),
}
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
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
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
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev48 pair is mode 'pair' with exactly one feedback.*")
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


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
import datetime


def ymd(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def plus3m(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    return datetime.date(y, m, d.day)


def files_of(p):
    d = os.path.join(root, p)
    return ([os.path.relpath(os.path.join(d, f), root) for f in sorted(os.listdir(d)) if f.startswith("feedback.")],
            [os.path.relpath(os.path.join(d, f), root) for f in sorted(os.listdir(d)) if f.startswith("report.")])


# dates: each document carries its date; late-report is gold exactly when the report is after the limit
for p, (fd, rd) in DATES.items():
    fb, rp = files_of(p)
    form(fd in txt(fb[0]), f"{p}: feedback does not carry its date {fd}")
    form(rd in txt(rp[0]), f"{p}: report does not carry its date {rd}")
    late = ymd(rd) > plus3m(ymd(fd))
    g = json.load(open(os.path.join(root, p, "gold.json"), encoding="utf-8"))
    in_flag = any(f["kind"] == "late-report" for f in g["must_flag"])
    in_not = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    form(late == in_flag and late != in_not, f"{p}: late-report gold disagrees with the dates ({(ymd(rd) - ymd(fd)).days} days)")
    print(f"{p}: feedback {fd}, report {rd}: {(ymd(rd) - ymd(fd)).days} days, limit {plus3m(ymd(fd))}, {'LATE' if late else 'in time'}")

# hard wrapping: the two wrapped files have no line over 41 characters and most full lines of 30-41; no other text file does
for p in sorted(glob.glob(os.path.join(root, "p[0-9][0-9]", "*.txt"))):
    rel = os.path.relpath(p, root)
    lines = [l for l in txt(rel).split("\n") if l.strip()]
    longest = max(len(l) for l in lines)
    if rel in WRAPPED:
        full = [l for l in lines if len(l) >= 30]
        form(longest <= 41 and len(full) >= 0.45 * len(lines) and all(30 <= len(l) <= 41 for l in full),
             f"{rel}: not hard-wrapped at 30-40 characters (longest {longest}, {len(full)} of {len(lines)} full lines)")
    else:
        form(longest > 60, f"{rel}: looks hard-wrapped but is not declared so (longest line {longest})")

DISCLOSE = re.compile(r"向社会公开|向社会公布|门户网站|网站公开|网站公布|整改情况已在|予以公布|主动公开|公开，接受")
# p01: （一）–（三）…方面 with continuous 1．–7．; report: six own headings, none restating a feedback heading, one merged
_t = txt("p01/feedback.txt")
_p = _t[_t.index("二、巡察发现的主要问题"):_t.index("三、整改意见")]
form(len(re.findall(r"^[1-7]．", _p, re.M)) == 7 and len(re.findall(r"^（[一二三]）在.*方面$", _p, re.M)) == 3,
     "p01/feedback.txt: expected three （N）在…方面 areas with continuous 1．–7．")
_t = txt("p01/report.txt")
_h = re.findall(r"^（[一二三四五六]）(.+)$", _t, re.M)
form(len(_h) == 6 and not any("关于" in h or "问题" == h[-2:] for h in _h[:5]) and "两个问题" in _h[5],
     "p01/report.txt: expected six own-word headings, the last one merged")
# p02: continuous half-width 1.–8. under three areas; report answers by number only, 7th skipped
_t = txt("p02/feedback.txt")
form(len(re.findall(r"^[1-8]\.\S", _t, re.M)) == 8 and "１" not in _t, "p02/feedback.txt: expected half-width 1.–8.")
_t = txt("p02/report.txt")
_n = re.findall(r"^（[一二三四五六七]）针对反馈的第(\d)个问题$", _t, re.M)
form(_n == ["1", "2", "3", "4", "5", "6", "8"] and "组织生活会" not in _t and "完成时限：持续推进" in _t,
     "p02/report.txt: expected by-number headings 1–6, 8 and the 持续推进 time limit")
# p03: speech mixing praise and problems; first-person report in another order
_t = txt("p03/feedback.txt")
form(_t.startswith("在县委第一巡察组") and "同志们：" in _t and all(f"{c}要" in _t for c in "一二三") and "意识形态" in _t
     and len(re.findall(r"^(先说|再说|第[三四五六]个方面)", _t, re.M)) == 6, "p03/feedback.txt: expected the mixed speech")
_t = txt("p03/report.txt")
form(_t.count("我") >= 10 and re.findall(r"^（[一二三四五六]）(\S+)问题$", _t, re.M) ==
     ["违规发放“加班补助”", "县运会赛事经费", "体育馆门面出租", "全民健身设施建管脱节", "业余体校管理", "支部主体责任"],
     "p03/report.txt: expected a first-person report in the order 5,3,2,1,6,4")
# p04: DOCX table of 7 problem rows; report ｜ ledger of 7 rows × 7 fields, row 3 owner 待定, row 7 undated, 100% claim
_x = zipfile.ZipFile(os.path.join(root, "p04", "feedback.docx")).read("word/document.xml").decode("utf-8")
form(_x.count("<w:tr>") == 8 and "<w:tbl>" in _x and _x.count("<w:tc>") == 32, "p04/feedback.docx: expected a 4-column table, 1 header + 7 rows")
_t = txt("p04/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[3][3] == "待定" and not re.search(r"\d", _rows[7][5])
     and "正在推进" in _rows[3][6] and "正在评估" in _rows[7][6] and "整改完成率100%" in _t,
     "p04/report.txt: expected a 7-field ledger of 7 rows, row 3 owner 待定, row 7 undated, a 100% claim")
# p05: wrapped PDF copy with page numbers; report split (1 over two headings), copied (四), no disclosure
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^— \d —$", _t, re.M)) >= 2 and len(re.findall(r"^[1-7]．", _t, re.M)) == 7,
     "p05/feedback.txt: expected page-number lines and seven 1．–7． starts")
_t = txt("p05/report.txt")
form(len(re.findall(r"^（[一二三四五六七八]）关于", _t, re.M)) == 8 and not DISCLOSE.search(_t) and "融媒体中心向社会发布" in _t,
     "p05/report.txt: expected eight 关于 headings (one problem split) and no disclosure of the rectification")
# p06: restarting 一是 inside area paragraphs; wrapped report, no 领导小组, one paragraph pasted twice
_t = txt("p06/feedback.txt")
_a = _t[_t.index("二、存在的主要问题"):_t.index("三、整改意见")]
form(_a.count("一是") == 3 and _a.count("二是") == 3 and _a.count("三是") == 1, "p06/feedback.txt: expected 一是… restarting 2+3+2")
_t = txt("p06/report.txt").replace("\n", "")
_rep = "中心党委坚持问题导向，组织干部职工认真学习上级有关文件精神，对照反馈问题深入查找根源"
form(_t.count(_rep) == 2 and "整改工作领导小组" not in _t and "整改领导小组" not in _t and "第一责任人" not in _t and "党委书记" not in _t,
     "p06/report.txt: expected the pasted paragraph twice and no 领导小组/第一责任人/书记")
# p07: full-width restarting １．２．(３．); 通报 with 100% claim and a pending item
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^１．", _t, re.M)) == 3 and len(re.findall(r"^[１２３]．", _t, re.M)) == 7, "p07/feedback.txt: expected full-width １．２．(３．) restarting")
_t = txt("p07/report.txt")
form("已全部完成整改，整改完成率100%" in _t and "正在施工" in _t and "公开方式：主动公开" in _t and len(re.findall(r"^[１２３]．关于", _t, re.M)) == 7,
     "p07/report.txt: expected a public 通报 with seven items, the 100% claim and an item still under way")
# p08: speech 从…看 paragraphs; report four own headings, two merged, 社保 never mentioned, no disclosure
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^从\S{2,6}看，", _t, re.M)) == 7 and "一方面" in _t and "另一方面" in _t, "p08/feedback.txt: expected seven 从…看 paragraphs")
_t = txt("p08/report.txt")
form(len(re.findall(r"^（[一二三四]）", _t, re.M)) == 4 and "社会保险" not in _t and "社保" not in _t and "加班" not in _t
     and not DISCLOSE.search(_t), "p08/report.txt: expected four own headings, nothing on 社保/加班, no disclosure")
# p09: 一是…七是 running on across three area paragraphs; report with field lines, split #1, good
_t = txt("p09/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六七") and len(re.findall(r"^（[一二三]）在.*方面。", _t, re.M)) == 3,
     "p09/feedback.txt: expected 一是…七是 across three area paragraphs")
_t = txt("p09/report.txt")
form(len(re.findall(r"^（[一二三四五六七八]）关于", _t, re.M)) == 8 and len(re.findall(r"^完成时限：", _t, re.M)) == 8,
     "p09/report.txt: expected eight 关于 headings with field lines")
# p10: area paragraphs 在…方面，一是… restarting; report own themes with （对应反馈问题第N项）
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^在\S+方面，一是", _t, re.M)) == 3, "p10/feedback.txt: expected three 在…方面，一是… paragraphs")
_t = txt("p10/report.txt")
form(re.findall(r"（对应反馈问题第(\d)项）", _t) == list("31275467") and "（责任科室：各科室；" in _t,
     "p10/report.txt: expected answers tagged 3,1,2,7,5,4,6,7 and the 各科室 bracket")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
