#!/usr/bin/env python3
"""Check the dev57 pairs (p01-p10, pair ids d57-01 … d57-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev57-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p08/feedback.txt": ("utf-8", "crlf"),
}
DOCX = {"p05/feedback.docx", "p07/report.docx"}
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
        fails.append(f"{name}: every dev57 pair is mode 'pair' with exactly one feedback.*")
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


# ---- held-out marker ----
_h = os.path.join(root, "HELDOUT")
if not os.path.exists(_h):
    fails.append("HELDOUT missing")
elif os.path.exists("/work/notes/dev57.HELDOUT") and open(_h, "rb").read() != open("/work/notes/dev57.HELDOUT", "rb").read():
    fails.append("HELDOUT differs from /work/notes/dev57.HELDOUT")

# ---- dates: every feedback and report carries its date; late-report gold follows the three-month rule ----
import datetime as _dt
DATES = {  # pair: (feedback file, date as written there, report file, date as written there)
    "p01": ("p01/feedback.txt", "2025年4月15日", "p01/report.txt", "2025年7月8日"),
    "p02": ("p02/feedback.txt", "2025年3月18日", "p02/report.txt", "2025年7月10日"),
    "p03": ("p03/feedback.txt", "2024年10月22日", "p03/report.txt", "2025年1月14日"),
    "p04": ("p04/feedback.txt", "2025年6月9日", "p04/report.txt", "2025年8月29日"),
    "p05": ("p05/feedback.docx", "2024年9月24日", "p05/report.txt", "2024年12月17日"),
    "p06": ("p06/feedback.txt", "2025年5月27日", "p06/report.txt", "2025年8月14日"),
    "p07": ("p07/feedback.txt", "11月6日", "p07/report.docx", "2025年2月26日"),
    "p08": ("p08/feedback.txt", "2025年2月18日", "p08/report.txt", "2025年5月13日"),
    "p09": ("p09/feedback.txt", "2024年12月3日", "p09/report.txt", "2025年2月27日"),
    "p10": ("p10/feedback.txt", "2025年3月26日", "p10/report.txt", "2025年6月17日"),
}
_FEEDBACK_YEAR = {"p07": 2024}  # the news item gives the year in its 发布时间 line (2024-11-07) and the inspection dates


def _d(s, year=None):
    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", s)
    return _dt.date(int(m.group(1) or year), int(m.group(2)), int(m.group(3)))


def _plus3m(d):
    y, m = d.year + (d.month + 2) // 12, (d.month + 2) % 12 + 1
    return _dt.date(y, m, min(d.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


for _p, (_ff, _fd, _rf, _rd) in DATES.items():
    try:
        _ft, _rt = visible(os.path.join(root, _ff))[0], visible(os.path.join(root, _rf))[0]
    except Exception as e:
        fails.append(f"{_p}: cannot read for dates: {e}")
        continue
    form(_fd in _ft and _rd in _rt, f"{_p}: feedback date {_fd} or report date {_rd} not found")
    _a, _b = _d(_fd, _FEEDBACK_YEAR.get(_p)), _d(_rd)
    _late = _b > _plus3m(_a)
    _g = json.load(open(os.path.join(root, _p, "gold.json"), encoding="utf-8"))
    _flag = any(f["kind"] == "late-report" for f in _g["must_flag"])
    _not = any(f["kind"] == "late-report" for f in _g["must_not_flag"])
    form(_flag == _late and _not == (not _late), f"{_p}: late-report gold disagrees with the dates ({(_b - _a).days} days)")
    print(f"{_p}: feedback {_a}, report {_b}, {(_b - _a).days} days, {'LATE' if _late else 'in time'}")
form("发布时间：2024-11-07" in txt("p07/feedback.txt"), "p07/feedback.txt: expected the 发布时间 line with the year")

# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|网站和|全文公开|予以公布|主动公开|公众号")
# p01: （一）（二）（三）…方面 areas with continuous 1．–7． heading。detail; report seven 关于“…”的问题 items with five fields
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．[^。\n]+。", _t[:_t.index("二、整改意见")], re.M)) == 7 and len(re.findall(r"^（[一二三]）\S+方面$", _t, re.M)) == 3,
     "p01/feedback.txt: expected three （N）…方面 areas with seven 1．–7． heading。detail lines")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7
     and all(len(re.findall(rf"^{k}：", _t, re.M)) == 7 for k in ("整改措施", "责任领导", "责任科室", "整改时限", "整改成效")),
     "p01/report.txt: expected seven 关于“…”的问题 items with five field lines")
# p02: speech 第一，…第六，, 一要…三要; first-person report, own headings in order 1,3,2,5,4,6, no date for the pay system
_t = txt("p02/feedback.txt")
form(all(f"\n第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and "同志们" in _t,
     "p02/feedback.txt: expected a speech with 第一，…第六，and 一要…三要")
_t = txt("p02/report.txt")
_heads = re.findall(r"^（[一二三四五六]）关于(\S+)$", _t, re.M)
form(_t.count("我") >= 10 and len(_heads) == 6 and "待县里统筹安排后组织实施" in _t and "濮" not in _t,
     "p02/report.txt: expected a first-person report with six own headings and the undated pay system")
# p03: 问题清单 问题1：…问题6： + 具体表现：; report 问题N：/整改情况：/field line, all-done claim, no disclosure
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6,
     "p03/feedback.txt: expected 问题1：…问题6： with 具体表现：")
_t = txt("p03/report.txt")
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^整改情况：", _t, re.M)) == 6
     and len(re.findall(r"^责任领导：.*完成情况：已完成$", _t, re.M)) == 6 and "已全部整改完成" in _t and "正在追缴中" in _t
     and "社会公开" not in _t and "监督电话" not in _t, "p03/report.txt: expected 问题N：/整改情况：, the all-done claim, no disclosure")
# p04: 一、…六、 heading。detail; report ｜ ledger header + 6 rows × 6 fields, row 2 owned by groups, row 5 without a rule
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、[^。\n]+。", _t[:_t.index("针对上述问题")], re.M)) == 6, "p04/feedback.txt: expected 一、…六、 heading。detail")
_t = txt("p04/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 6 for r in _rows) and _rows[2][3] == "各征收项目组" and "《" not in _rows[5][2]
     and "回避" not in _rows[5][2] and all("《" in _rows[i][2] for i in (2, 3, 4)),
     "p04/report.txt: expected a 6-field ledger of 6 rows, row 2 owned by 各征收项目组, row 5 without a rule")
# p05: DOCX with bold （一）–（七） headings; report by number, （一）+（三） merged, （六） missing, boilerplate twice, no lead
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p05/feedback.docx")
form(len(re.findall(r"^（[一二三四五六七]）", _t, re.M)) == 7 and "<w:b/>" in _x, "p05/feedback.docx: expected seven bold （N） headings")
_t = txt("p05/report.txt")
_rep = "站党支部组织党员干部认真学习上级有关文件精神，对照反馈问题逐项查摆，举一反三、立行立改，逐项建立问题台账"
form(len(re.findall(r"^[一二三四五]、针对反馈意见第", _t, re.M)) == 5 and "第（一）项和第（三）项" in _t and "第（六）项" not in _t
     and _t.count(_rep) == 2 and "领导小组" not in _t.replace("巡察工作领导小组", "") and "第一责任人" not in _t and "借调" not in _t,
     "p05/report.txt: expected five by-number answers, one merged, none for （六）, the boilerplate twice, no 领导小组")
# p06: speech 一是…六是 over two paragraphs; report six own short headings, no accountability for the 队长, no disclosure
_t = txt("p06/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and len(re.findall(r"^在[^，]+方面，一是|^在[^，]+方面，四是", _t, re.M)) == 2,
     "p06/feedback.txt: expected 一是…三是 and 四是…六是 in two area paragraphs, and 一要…三要")
_t = txt("p06/report.txt")
_sec5 = _t[_t.index("（五）劳务发放"):_t.index("（六）支部建设")]
form(len(re.findall(r"^（[一二三四五六]）\S{4}$", _t, re.M)) == 6 and not re.search(r"诫勉|批评|处分|检查|约谈|问责", _sec5)
     and not DISCLOSE.search(_t.replace("送戏下乡演出排期每月在剧团微信公众号公布", "")),
     "p06/report.txt: expected six 4-character headings, no sanction in （五）, no disclosure beyond the schedule")
# p07: news item with 巡察组指出…；…等问题 (7 parts); DOCX report with six 关于 headings, none on 往来款
_t = txt("p07/feedback.txt")
_s = _t[_t.index("巡察组指出，"):_t.index("等问题。")]
form(_s.count("；") == 6 and "来源：" in _t, "p07/feedback.txt: expected one 巡察组指出 sentence with seven ；-separated problems")
_t = txt("p07/report.docx")
_x = zipfile.ZipFile(os.path.join(root, "p07", "report.docx")).read("word/document.xml").decode("utf-8")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and "往来款" not in _t and "挂账" not in _t and "<w:b/>" in _x
     and len(re.findall(r"^责任领导：", _t, re.M)) == 6, "p07/report.docx: expected six bold 关于 headings with field lines, nothing on 往来款")
# p08: CRLF, areas with restarting 1．2．(3．) + 具体表现：; report 一、…七、关于 + 一是… + bracket, 公司领导班子, no 领导小组
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7,
     "p08/feedback.txt: expected restarting 1．2．(3．) heading lines with 具体表现：")
_t = txt("p08/report.txt")
form(len(re.findall(r"^[一二三四五六七]、关于", _t, re.M)) == 7 and len(re.findall(r"（责任领导：[^；]+；完成时限：[^）]+）", _t)) == 7
     and "责任领导：公司领导班子" in _t and "领导小组" not in _t.replace("巡察工作领导小组", "") and "第一责任人" not in _t and "濮阳季" not in _t,
     "p08/report.txt: expected seven 关于 items with brackets, 公司领导班子, no 领导小组")
# p09: （一）–（六） heading lines + 具体表现：; public 通报 with header, 100% claim, undated (一), copied (五)
_t = txt("p09/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）\S+$", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6,
     "p09/feedback.txt: expected six （N） heading lines with 具体表现：")
_t = txt("p09/report.txt")
form(_t.startswith("索引号：") and "公开方式：主动公开" in _t and "整改完成率100%" in _t and "正在追缴" in _t
     and "完成时限：待县教育局统一清理后确定" in _t and len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6,
     "p09/report.txt: expected a public 通报 with the 100% claim, the open recovery and the undated item")
# p10: areas 一、…方面 + continuous 1．–7． heading lines; report grouped by areas with 1．–7． 关于 items and brackets
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^[1-7]．\S+$", _t, re.M)) == 7 and len(re.findall(r"^[一二三]、\S+方面$", _t, re.M)) == 3,
     "p10/feedback.txt: expected three areas and seven 1．–7． heading lines")
_t = txt("p10/report.txt")
form(len(re.findall(r"^[1-7]．关于“", _t, re.M)) == 7 and len(re.findall(r"^（[一二三]）\S+方面$", _t, re.M)) == 3
     and len(re.findall(r"（责任领导：[^；]+；完成时限：[^；]+；[^）]+）", _t)) == 7, "p10/report.txt: expected area-grouped 关于 items with brackets")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
