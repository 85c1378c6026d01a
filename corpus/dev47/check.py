#!/usr/bin/env python3
"""Check the dev47 pairs (p01-p08, pair ids d47-01 … d47-08); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev47-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p04/report.txt": ("utf-16-le-bom", "lf"),
    "p07/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p07/report.docx"}
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
if len(pairs) != 8:
    fails.append(f"expected 8 pair folders, found {len(pairs)}")
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
        fails.append(f"{name}: every dev47 pair is mode 'pair' with exactly one feedback.*")
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
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|全文公开|予以公布|主动公开|公众号")
# dates: feedback and report dates as written in the documents; late-report is gold exactly where the report is later
# than the same day three months after the feedback (DOMAIN.md: 反馈之日起三个月内)
DATES = {"p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年10月15日", "2025年2月10日"),
         "p03": ("2025年4月22日", "2025年7月16日"), "p04": ("2024-11-06", "2025年1月24日"),
         "p05": ("2025年5月9日", "2025年8月1日"), "p06": ("2024年8月27日", "2024年11月20日"),
         "p07": ("2025年2月26日", "2025年5月23日"), "p08": ("2025年6月6日", "2025年8月29日")}


def day(s):
    y, m, d = map(int, re.findall(r"\d+", s))
    return datetime.date(y, m, d)


def plus3m(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    while True:
        try:
            return datetime.date(y, m, d.day)
        except ValueError:
            d = d.replace(day=d.day - 1)


for p, (fd, rd) in DATES.items():
    fbf = [f for f in os.listdir(os.path.join(root, p)) if f.startswith("feedback.")][0]
    rpf = [f for f in os.listdir(os.path.join(root, p)) if f.startswith("report.")][0]
    form(fd in txt(f"{p}/{fbf}") and rd in txt(f"{p}/{rpf}"), f"{p}: dates {fd} / {rd} not both found")
    g = json.load(open(os.path.join(root, p, "gold.json"), encoding="utf-8"))
    fdate = day(fd) if p != "p08" else datetime.date(2025, 6, 5)  # p08: news item dated 6 June about the 5 June meeting
    late = day(rd) > plus3m(fdate)
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    cntr = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    form(late == flagged and late != cntr, f"{p}: late={late} ({(day(rd) - fdate).days} days) but gold disagrees")
    print(f"{p}: feedback {fdate}, report {day(rd)}, {(day(rd) - fdate).days} days, late={late}")

# p01: areas （一）…方面 + continuous 1．–7．; report: seven 关于“…”的问题 items with fields, (六) slogans only
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．", _t[:_t.index("三、整改意见")], re.M)) == 7 and len(re.findall(r"^（[一二三]）\S+方面$", _t, re.M)) == 3,
     "p01/feedback.txt: expected three （N）…方面 areas with seven 1．–7． problems")
_t = txt("p01/report.txt")
_s6 = _t[_t.index("（六）关于"):_t.index("（七）关于")]
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^完成时限：", _t, re.M)) == 7
     and len(re.findall(r"^责任领导：", _t, re.M)) == 7 and "一是" not in _s6 and "宴请" not in _t and "诫勉" not in _t[_t.index("（四）关于"):_t.index("（五）关于")],
     "p01/report.txt: expected seven 关于 items with fields, (六) without acts, (四) without sanctions")
# p02: speech 第一，…第六，, 一要…三要, 三个月内; first-person GB18030 report; (五) without any rule; (六) pending without date
_t = txt("p02/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t,
     "p02/feedback.txt: expected 第一，…第六，, 一要…三要, 三个月内")
_t = txt("p02/report.txt")
_s5 = _t[_t.index("（五）网络阵地"):_t.index("（六）机关作风")]
_s6 = _t[_t.index("（六）机关作风"):_t.index("三、下一步")]
form(_t.count("我") >= 8 and not re.search(r"《|制度|办法|规范|规定", _s5) and "正在逐步推进" in _s6 and not re.search(r"\d+月", _s6.split("正在逐步推进")[1]),
     "p02/report.txt: expected first person, (五) without a rule, (六) pending without a date")
# p03: 问题1：…问题7： + 具体表现：; CRLF ledger with 7 fields, row 4 owned by nobody, all-done claim vs two 正在推进 rows
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p03/feedback.txt: expected 问题N： + 具体表现：")
_t = txt("p03/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[4][3] == "局班子成员" and _rows[4][4] == "各进驻部门"
     and [r[6] for r in _rows[1:]].count("正在推进") == 2 and _rows[1][6] == _rows[7][6] == "正在推进" and "已全部整改完成" in _t,
     "p03/report.txt: expected a 7-field ledger, row 4 without an owner, rows 1 and 7 in progress, the all-done claim")
# p04: news item with six ；-separated problems; UTF-16 report answering 第1…第5个问题 only, no lead, no disclosure
_t = txt("p04/feedback.txt")
_seg = _t[_t.index("巡察组指出"):_t.index("等问题")]
form(len(_seg.split("：", 1)[1].split("；")) == 6, "p04/feedback.txt: expected six ；-separated problems")
_t = txt("p04/report.txt")
form(len(re.findall(r"^[一二三四五]、针对反馈的第[1-5]个问题$", _t, re.M)) == 5 and "第6个" not in _t and "涉密" not in _t and "测绘成果" not in _t
     and "整改工作领导小组" not in _t and "任组长" not in _t and "第一责任人" not in _t and not DISCLOSE.search(_t) and "警示" not in _t,
     "p04/report.txt: expected five by-number answers, none for the 6th, no 领导小组/第一责任人, no disclosure")
# p05: （一）–（六） heading。detail; report five theme headings, six brackets, the fifth without 责任领导
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）[^。]+。", _t, re.M)) == 6, "p05/feedback.txt: expected （一）–（六） heading。detail")
_t = txt("p05/report.txt")
_br = re.findall(r"（(责任[^）]*完成时限[^）]*)）", _t)
form(len(re.findall(r"^[一二三四五]、\S+，\S+$", _t, re.M)) == 5 and len(_br) == 6 and sum("责任领导" in b for b in _br) == 5
     and "责任领导" not in _br[5] and "针对医疗服务收费不规范的问题" in _t and "退" not in _t[_t.index("二、守住"):_t.index("三、扎紧")],
     "p05/report.txt: expected five theme headings, six brackets (last without 责任领导), the copied 收费 answer")
# p06: speech with 一是…六是 and 一要…四要; public 通报 with header, bad totals, pasted paragraph twice
_t = txt("p06/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三四"), "p06/feedback.txt: expected 一是…六是, 一要…四要")
_t = txt("p06/report.txt")
_m = re.search(r"整改措施(\d+)条，已完成(\d+)条，正在推进(\d+)条，长期坚持(\d+)条", _t)
_rep = "党员干部深入学习习近平总书记关于国有企业改革发展和党的建设的重要论述，召开专题会议逐条对照检视，举一反三查摆问题，形成问题清单和整改措施，推动整改工作走深走实。"
form(_t.startswith("索引号：") and "公开方式：主动公开" in _t and _m and int(_m[1]) != sum(map(int, _m.groups()[1:]))
     and _t.count(_rep) == 2 and len(re.findall(r"^[1-6]．关于“", _t, re.M)) == 6,
     "p06/report.txt: expected a public 通报 with a non-adding totals line and the pasted paragraph twice")
# p07: GB18030 feedback with areas and restarting 1．2．; DOCX table ledger with 6 rows of 7 cells
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[12]．", _t, re.M)) == 6, "p07/feedback.txt: expected restarting 1．2．")
_x = zipfile.ZipFile(os.path.join(root, "p07", "report.docx")).read("word/document.xml").decode("utf-8")
_trs = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
form("<w:tbl>" in _x and len(_trs) == 7 and all(len(re.findall(r"<w:tc>", tr)) == 7 for tr in _trs), "p07/report.docx: expected a 7×7 table")
# p08: news item 一是…六是 in one paragraph; report five 关于 items in order 3,1,2,5,6, none on 议事决策, no disclosure
_t = txt("p08/feedback.txt")
form(any(all(f"{c}是" in para for c in "一二三四五六") for para in _t.split("\n")), "p08/feedback.txt: expected 一是…六是 in one paragraph")
_t = txt("p08/report.txt")
_h = re.findall(r"^（[一二三四五]）关于“([^”]+)”", _t, re.M)
form(len(_h) == 5 and _h[0].startswith("衔接资金") and "议事" not in _t and "拍板" not in _t and "支委会研究" not in _t.split("二、反馈问题整改情况")[1]
     and not re.search(r"向社会公开|门户网站|公开栏|公众号|主动公开|警示", _t),
     "p08/report.txt: expected five 关于 items starting with 衔接资金, nothing on 议事决策, no disclosure")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
