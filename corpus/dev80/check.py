#!/usr/bin/env python3
"""Check the dev80 pairs (p01-p10, pair ids d80-01 … d80-10); adapted from corpus/dev44/check.py.
General checks: every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8, no BOM where none is declared; DOCX: word/document.xml paragraph text; HTML: the
visible text between tags); each gold.json has exactly the dev-pairs keys, mode "pair", known kinds, null issue only for
document-level kinds, ranges, answered agreeing with unanswered-issue, no duplicate (kind, issue), a why on every entry;
every `links` substring occurs exactly once in the report's visible text and points to an answered problem; every answered
problem has at least one link; every gap kind is planted (must_flag) somewhere and has a counter-case (must_not_flag)
somewhere; every problem-level kind planted in a pair has a look-alike of the same kind in that pair's must_not_flag;
no-accountability and no-mechanism are each planted in at least two pairs; exactly one pair has no must_flag (the good
report); most pairs plant one to three gaps; the declared feedback/report dates occur in the texts and agree with
late-report gold (must_flag: more than three months; must_not_flag: within three months); the feedback's own numbering gives gold `issues`; lengths (feedback 800-3000,
report 1500-5000 non-whitespace characters); every gold file runs through /work/shared/dev-pairs/score.py against an
empty analyze JSON. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev80-dir]. Exit 1 on failure; prints OK last when everything holds."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile
from datetime import date

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF, no BOM)
DECLARED = {
    "p03/report.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("utf-8", "crlf"),
    "p09/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p02/report.docx", "p08/feedback.docx"}
HTML = {"p01/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2025年4月22日", "2025年7月15日"),
    "p03": ("2024年8月26日", "2024年12月20日"), "p04": ("2025年5月12日", "2025年8月5日"),
    "p05": ("2024年10月15日", "2025年1月6日"), "p06": ("2025年2月24日", "2025年5月20日"),
    "p07": ("2024年9月9日", "2024年11月28日"), "p08": ("2025年1月13日", "2025年4月8日"),
    "p09": ("2025年6月16日", "2025年9月5日"), "p10": ("2024年7月8日", "2024年11月5日"),
}
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
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("vMerge", "<w:vMerge"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def html_text(t):
    t = re.sub(r"(?s)<head>.*?</head>", "", t)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        assert text.lstrip().startswith("<!DOCTYPE html>") and "</html>" in text, "not an HTML page"
        return html_text(text), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return date(y, m, d)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
by_kind = {}
planted, countered, good, nflags = {}, {}, [], {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected pair folders p01-p10, found {[os.path.basename(p) for p in pairs]}")
TEXT = {}
for d in pairs:
    name = os.path.basename(d)
    files = sorted(os.listdir(d))
    fb = [os.path.join(d, f) for f in files if f.startswith("feedback.")]
    rp = [os.path.join(d, f) for f in files if f.startswith("report.")]
    extra = [f for f in files if not (f.startswith(("feedback.", "report.")) or f in ("gold.json", "notes.md"))]
    if extra:
        fails.append(f"{name}: stray files {extra}")
    for f in fb + rp:
        if f.rsplit(".", 1)[-1] not in ("txt", "docx", "html", "pdf"):
            fails.append(f"{name}: unexpected format {f}")
    if "notes.md" not in files:
        fails.append(f"{name}: notes.md missing")
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    if set(g) != GOLD_KEYS:
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    if g["mode"] != "pair":
        fails.append(f"{name}: every dev80 pair is mode 'pair'")
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
    TEXT[name] = (ftext, text)
    n = g["issues"]
    total["issues"] += n
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            if set(f) != {"kind", "issue", "why"}:
                fails.append(f"{name}: {lst} entry keys {sorted(f)}")
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            (planted if lst == "must_flag" else countered).setdefault(k, set()).add(name)
            if lst == "must_flag":
                by_kind[k] = by_kind.get(k, 0) + 1
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
    nflags[name] = len(g["must_flag"])
    if not g["must_flag"]:
        good.append(name)
    # each problem-level kind planted here has a look-alike of the same kind in this pair's must_not_flag
    mnf_kinds = {f["kind"] for f in g["must_not_flag"]}
    for f in g["must_flag"]:
        if f["kind"] not in DOC_LEVEL and f["kind"] not in mnf_kinds:
            fails.append(f"{name}: planted {f['kind']} #{f['issue']} has no same-kind look-alike in this pair's must_not_flag")
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    linked = set()
    for l in g["links"]:
        total["links"] += 1
        linked.add(l["issue"])
        if set(l) != {"measure", "issue"}:
            fails.append(f"{name}: link keys {sorted(l)}")
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
        if l["measure"] in ftext:
            fails.append(f"{name}: link substring also occurs in the feedback: {l['measure']}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    # dates and the three-month rule
    fd, rd = DATES[name]
    if fd not in ftext:
        fails.append(f"{name}: feedback date {fd} not in the feedback")
    if rd not in text:
        fails.append(f"{name}: report date {rd} not in the report")
    days = (cn_date(rd) - cn_date(fd)).days
    late_flag = any(f["kind"] == "late-report" for f in g["must_flag"])
    late_not = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late_flag and days <= 92:
        fails.append(f"{name}: late-report flagged but only {days} days")
    if late_not and days > 90:
        fails.append(f"{name}: late-report in must_not_flag but {days} days")
    if not (late_flag or late_not):
        fails.append(f"{name}: late-report must be decided (must_flag or must_not_flag)")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g['links'])}; {days} days; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
for k in ("no-accountability", "no-mechanism"):
    if len(planted.get(k, ())) < 2:
        fails.append(f"{k} must be planted in at least two pairs, found {sorted(planted.get(k, ()))}")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")
if sum(1 for v in nflags.values() if 1 <= v <= 3) < 7 or max(nflags.values(), default=0) > 4:
    fails.append(f"gap proportions: most pairs should plant one to three gaps: {nflags}")


def form(ok, what):
    if not ok:
        fails.append(what)


def fb_(p):
    return TEXT[p][0]


def rp_(p):
    return TEXT[p][1]


DISCLOSE = re.compile(r"整改情况已在|本报告已在|本报告同时在|向社会公开|予以公布|主动公开|已在.{2,20}(网站|公众号|公开栏|公示栏).{0,4}公开")
if len(TEXT) == 10:
    # p01: areas （一）（二）（三）…方面 with continuous 1．–7．; public HTML notice grouped by the three areas, own restatements
    _t = fb_("p01")
    form(len(re.findall(r"^[1-7]．[^。]+。", _t[:_t.index("二、整改意见")], re.M)) == 7 and _t.count("方面\n") == 3,
         "p01 feedback: expected three （N）…方面 areas with seven 1．–7． heading。detail problems")
    _t = rp_("p01")
    form("公开方式：主动公开" in _t and len(re.findall(r"^（[一二三]）.+方面$", _t, re.M)) == 3
         and len(re.findall(r"^[1-7]．关于.+的问题$", _t, re.M)) == 7 and "已全部整改完成" in _t and "正在与借用单位协商" in _t
         and "蔺" not in _t, "p01 report: expected a public notice by area, 7 own-words items, the all-done claim, 蔺某 unmentioned")
    # p02: speech 第一，…第六，; DOCX ledger with vMerge, row 3 owner “—”, row 6 视情推进
    _t = fb_("p02")
    form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and "同志们" in _t,
         "p02 feedback: expected a speech 第一，…第六， with 一要…三要")
    _x = zipfile.ZipFile(os.path.join(root, "p02", "report.docx")).read("word/document.xml").decode("utf-8")
    _t = rp_("p02")
    form("<w:tbl>" in _x and _x.count('<w:vMerge w:val="restart"/>') >= 3 and _x.count("<w:vMerge/>") >= 4
         and "各部门、各班组" in _t and "视情推进" in _t and "整改台账" in _t,
         "p02 report: expected a Word table ledger with vertical merges, the ownerless row and the undated row")
    # p03: （一）–（七） heading。detail; first-person report by work lines, nothing on concessions
    _t = fb_("p03")
    form(len(re.findall(r"^（[一二三四五六七]）[^。]+。", _t, re.M)) == 7, "p03 feedback: expected （一）–（七） heading。detail")
    _t = rp_("p03")
    form(_t.count("我") >= 10 and not re.search(r"承包|招租|游船|观光车|小卖部|经营项目", _t)
         and len(re.findall(r"^[一二三四五]、", _t, re.M)) == 5 and "生态管护员" in _t,
         "p03 report: expected a first-person report in five work lines with no word on the concession contracts")
    # p04: 一、二、三、在…方面 with restarting 1．; by-number answers, merged 第二部分第1条、第三部分第2条, closing 追责问责
    _t = fb_("p04")
    form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7,
         "p04 feedback: expected restarting 1．2．(3．) → 7 problems")
    _t = rp_("p04")
    _heads = re.findall(r"^（[一二三四五六]）(.*)$", _t, re.M)
    form(len(_heads) == 6 and all(h.startswith("反馈意见第") for h in _heads) and "第二部分第1条、第三部分第2条" in _t
         and "三、追责问责情况" in _t and "制度" not in _t[_t.index("（五）反馈意见"):_t.index("（六）反馈意见")]
         and "办法" not in _t[_t.index("（五）反馈意见"):_t.index("（六）反馈意见")],
         "p04 report: expected six by-number headings, one merged, a closing 追责问责 section, no rule under 第二部分第3条")
    # p05: 一、…六、 heading。detail; 关于 items with field lines, a merged item, a closing 建章立制和追责问责 section
    _t = fb_("p05")
    form(len(re.findall(r"^[一二三四五六]、[^。]+。", _t, re.M)) == 6, "p05 feedback: expected 一、…六、 heading。detail")
    _t = rp_("p05")
    form(len(re.findall(r"^（[一二三四五]）关于.+的问题$", _t, re.M)) == 5 and len(re.findall(r"^责任领导：", _t, re.M)) == 5
         and "三、建章立制和追责问责情况" in _t and "针对第四个问题" in _t, "p05 report: expected five 关于 items (one merged) and the closing section")
    # p06: areas + continuous 1．–7． heading lines; named projects, CRLF
    _t = fb_("p06")
    form(len(re.findall(r"^[1-7]．\S+$", _t, re.M)) == 7, "p06 feedback: expected seven 1．–7． heading lines")
    _t = rp_("p06")
    form(len(re.findall(r"^（[一二三四五六]）“[^”]+”", _t, re.M)) == 6 and "押金" not in _t and "外包" not in _t,
         "p06 report: expected six named projects, with 押金/外包 renamed")
    # p07: speech with inline 一是…六是 in 从…看 paragraphs; ｜ text-row ledger, no disclosure of the rectification
    _t = fb_("p07")
    form(all(f"{c}是" in _t for c in "一二三四五六") and _t.count("从") >= 3 and all(f"{c}要" in _t for c in "一二三四"),
         "p07 feedback: expected 一是…六是 inside 从…看 paragraphs and 一要…四要")
    _t = rp_("p07")
    _rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
    form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and _rows[4][5] == "持续推进" and "6.8万元" in _t
         and not DISCLOSE.search(_t), "p07 report: expected a 7-field ledger of 6 rows, row 4 持续推进, 6.8万 claim, no disclosure")
    # p08: DOCX with bold （一）–（七）; report with (问题N) tags, a merged tag, a pasted paragraph, no leadership
    _x = zipfile.ZipFile(os.path.join(root, "p08", "feedback.docx")).read("word/document.xml").decode("utf-8")
    _t = fb_("p08")
    form(len(re.findall(r"^（[一二三四五六七]）", _t, re.M)) == 7 and "<w:b/>" in _x, "p08 feedback: expected seven bold （N） headings")
    _t = rp_("p08")
    _rep = "所党支部组织全体党员干部开展专题学习3次，集中学习习近平总书记关于科技创新的重要论述"
    form(_t.count(_rep) == 2 and "（对应问题3、问题5）" in _t and len(re.findall(r"（问题\d）", _t)) == 5
         and not re.search(r"领导小组|第一责任人|书记|组长", _t.replace("县委巡察工作领导小组办公室", "").replace("总书记", "")),
         "p08 report: expected tags, the pasted paragraph twice, no leadership")
    # p09: 问题清单 问题N：/具体表现：; report six 关于 items for seven problems, nothing on vehicles, no purchase rule
    _t = fb_("p09")
    form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7,
         "p09 feedback: expected 问题1：…问题7： with 具体表现：")
    _t = rp_("p09")
    _s3 = _t[_t.index("（三）关于"):_t.index("（四）关于")]
    form(len(re.findall(r"^（[一二三四五六]）关于.+的问题$", _t, re.M)) == 6 and not re.search(r"车辆|燃油|冷链|车", _t)
         and not re.search(r"制定|修订|办法|制度|规定", _s3), "p09 report: expected six items, no word on vehicles, no rule under （三）")
    # p10: 问题清单 （一）–（七） + 问题表现：; report in another order, closing 追责问责 without the diesel
    _t = fb_("p10")
    form(len(re.findall(r"^（[一二三四五六七]）", _t, re.M)) == 7 and len(re.findall(r"^问题表现：", _t, re.M)) == 7,
         "p10 feedback: expected （一）–（七） + 问题表现：")
    _t = rp_("p10")
    _acc = _t[_t.index("三、追责问责情况"):_t.index("四、下一步")]
    form(len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7 and "柴油" not in _acc and "加油卡" in _acc
         and "诸" not in _t, "p10 report: expected seven 关于 items and a closing 追责问责 section silent on the diesel")

# problem counts: the feedback's own numbering, counted in the problem part only, must equal gold["issues"]
COUNT = {
    "p01": (r"^[1-7]．[^。]+。", "二、整改意见"), "p02": (r"^第[一二三四五六七八九]，", "产生这些问题"),
    "p03": (r"^（[一二三四五六七八九]）[^。]+。", "针对上述问题"), "p04": (r"^\d．[^。]+。", "以上问题"),
    "p05": (r"^[一二三四五六七八九]、[^。]+。", "整改要求："), "p06": (r"^\d．\S+$", "请中心党支部"),
    "p07": (r"[一二三四五六七八九]是", "上述问题"), "p08": (r"^（[一二三四五六七八九]）\S+$", "针对以上问题"),
    "p09": (r"^问题\d：", "请你中心"), "p10": (r"^（[一二三四五六七八九]）\S+$", "对以上问题"),
}
for name, (pat, stop) in COUNT.items():
    if name not in TEXT:
        continue
    _f = TEXT[name][0]
    _seg = _f[:_f.index(stop)] if stop in _f else _f
    _n = len(re.findall(pat, _seg, re.M))
    _g = json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))["issues"]
    if _n != _g:
        fails.append(f"{name}: feedback numbering gives {_n} problems, gold says {_g}")

print("must_flag by kind: " + ", ".join(f"{k} {by_kind.get(k, 0)}" for k in sorted(KINDS)))
print("planted in pairs: " + "; ".join(f"{k} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases in pairs: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good report: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
