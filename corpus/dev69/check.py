#!/usr/bin/env python3
"""Check the dev69 pairs (p01-p10, pair ids d69-01 … d69-10); adapted from corpus/dev44/check.py (itself from dev24's). General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev69-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p03/feedback.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("gb18030", "lf"),
}
DOCX = {"p07/feedback.docx", "p10/report.docx"}
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
        fails.append(f"{name}: every dev69 pair is mode 'pair' with exactly one feedback.*")
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
DISCLOSE = re.compile(r"向社会公开|公开，接受|公开栏|公示栏|门户网站|网站公开|网站公布|予以公布|主动公开|公众号上公布")
# every feedback and report carries its date, and the report date decides lateness (three months from the feedback)
DATES = {"p01": ("2024年8月20日", "2024年11月15日", False), "p02": ("2025年3月18日", "2025年7月9日", True),
         "p03": ("2024年12月5日", "2025年2月27日", False), "p04": ("2025年5月12日", "2025年8月6日", False),
         "p05": ("2024年9月10日", "2024年12月2日", False), "p06": ("2025年4月29日", "2025年7月28日", False),
         "p07": ("2025年1月14日", "2025年4月9日", False), "p08": ("2024年10月22日", "2025年2月10日", True),
         "p09": ("2025年6月17日", "2025年9月11日", False), "p10": ("2024年7月9日", "2024年9月30日", False)}
import datetime


def _d(s):
    y, m, d = map(int, re.match(r"(\d+)年(\d+)月(\d+)日", s).groups())
    return datetime.date(y, m, d)


def _plus3(d):
    m = d.month + 3
    return datetime.date(d.year + (m - 1) // 12, (m - 1) % 12 + 1, d.day)


def doc(p, kind):
    f = [x for x in os.listdir(os.path.join(root, p)) if x.startswith(kind + ".")][0]
    return visible(os.path.join(root, p, f))[0]


for p, (fd, rd, late) in DATES.items():
    fb, rp = doc(p, "feedback"), doc(p, "report")
    form(fd in fb and rd in rp.strip().split("\\n")[-1] + rp[-40:], f"{p}: feedback must carry {fd} and the report end with {rd}")
    form((_d(rd) > _plus3(_d(fd))) == late, f"{p}: lateness of {rd} after {fd} is not {late}")
    g = json.load(open(os.path.join(root, p, "gold.json"), encoding="utf-8"))
    kinds = {f["kind"] for f in g["must_flag"]}
    form(("late-report" in kinds) == late, f"{p}: late-report must_flag must match the dates")
    form(("late-report" in {f["kind"] for f in g["must_not_flag"]}) == (not late), f"{p}: on-time report needs a late-report must_not_flag")
    form(("no-disclosure" in kinds) == (not DISCLOSE.search(rp)), f"{p}: no-disclosure must_flag must match the absence of a publication sentence")
# p01: areas + continuous 1．–7．; report by stage 立行立改/限期整改/长期坚持, nothing on 发展党员
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．", _t[:_t.index("二、整改意见")], re.M)) == 7 and _t.count("方面\n") == 3, "p01/feedback.txt: expected three areas with 1．–7．")
_t = txt("p01/report.txt")
form(all(s in _t for s in ("（一）立行立改", "（二）限期整改", "（三）长期坚持")) and "发展党员" not in _t and "积极分子" not in _t
     and "野外" not in _t and len(re.findall(r"^[1-5]．", _t, re.M)) == 15, "p01/report.txt: expected three stage sections of 5 items, nothing on problem 7")
# p02: speech 第一，…第六，; report by four departments, no 领导小组 / 第一责任人
_t = txt("p02/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三"), "p02/feedback.txt: expected 第一，…第六， and 一要…三要")
_t = txt("p02/report.txt")
form(len(re.findall(r"^[一二三四]、\S+科整改情况（科长：\S+）$", _t, re.M)) == 4 and "领导小组" not in _t and "第一责任人" not in _t
     and "主任" not in _t.replace("副主任", "").replace("办公室主任", ""), "p02/report.txt: expected four department sections and no leader")
# p03: 问题清单 问题1：…问题7： + 具体表现：; report paragraphs ending with tags in mixed styles, no disclosure
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7, "p03/feedback.txt: expected 问题1：…问题7：")
_t = txt("p03/report.txt")
_tags = re.findall(r"(【对应问题\d】|（问题[一二三四五六七]）|（对应清单第\d项）)$", _t, re.M)
form(len(_tags) == 7 and len({re.sub(r"[0-9一二三四五六七]", "N", t) for t in _tags}) == 3, f"p03/report.txt: expected 7 paragraph-final tags in three styles, got {_tags}")
# p04: 一、…六、 heading。detail; report five colloquial headings, nothing on 抗旱服务队, the all-done claim
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _t, re.M)) == 6, "p04/feedback.txt: expected 一、…六、 heading。detail")
_t = txt("p04/report.txt")
form(len(re.findall(r"^[一二三四五]、\S*[“”]\S*", _t, re.M)) == 5 and "服务队" not in _t and "泵" not in _t and "送水" not in _t
     and "已全部整改到位" in _t and "10月底前" in _t, "p04/report.txt: expected five quoted-metaphor headings, no 抗旱服务队, all-done claim")
# p05: （一）–（七） heading。detail; UTF-16 report, merged item for （二）（四）, （三） split in items 2, 4 and part 五
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）[^。]+。", _t, re.M)) == 7, "p05/feedback.txt: expected （一）–（七） heading。detail")
_t = txt("p05/report.txt")
form(len(re.findall(r"^[1-7]．关于", _t, re.M)) == 7 and "关于决策程序和物资采购不规范的问题" in _t and "五、关于收费环节的长效管理" in _t,
     "p05/report.txt: expected seven 关于 items, one merged, and the late 收费 part")
# p06: inline 一是…六是; CRLF report with a tab table 6 fields × (1 + 7) rows, row 6 owned by 会领导班子, rows 4 and 7 share text
_t = txt("p06/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三"), "p06/feedback.txt: expected 一是…六是 and 一要…三要")
_t = txt("p06/report.txt")
_rows = [l.split("\t") for l in _t.split("\n") if "\t" in l]
_b = "组织党员干部认真学习巡察反馈意见，深刻反思问题产生的根源，举一反三开展自查自纠，建立问题整改台账"
form(len(_rows) == 8 and all(len(r) == 6 for r in _rows) and _rows[0][0] == "序号" and _rows[6][3] == "会领导班子"
     and _b in _rows[4][2] and _b in _rows[7][2] and _t.count(_b) == 2, "p06/report.txt: expected an 8-row tab table, row 6 owner 会领导班子, rows 4/7 pasted")
# p07: DOCX with bold （一）–（六）; report main text + 附件 整改台账 with six items of five fields, all-done claim vs 正在推进
_x = zipfile.ZipFile(os.path.join(root, "p07", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p07/feedback.docx")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and "<w:b/>" in _x, "p07/feedback.docx: expected six bold （N） headings")
_t = txt("p07/report.txt")
_ann = _t[_t.index("整改台账\n\n1．"):]
form(len(re.findall(r"^[1-6]．反馈问题：", _ann, re.M)) == 6 and len(re.findall(r"^完成情况：", _ann, re.M)) == 6
     and "已全部整改完成" in _t and "完成情况：正在推进" in _ann and "视核查进展确定" in _ann, "p07/report.txt: expected annex of 6 items and the claim clash")
# p08: areas with restarting 1．2．(3．) + 整改意见 （一）–（五）; GB18030 report in five sections by 整改意见
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7 and len(re.findall(r"^（[一二三四五]）要", _t, re.M)) == 5,
     "p08/feedback.txt: expected restarting 1．2．(3．) and five 要 requirements")
_t = txt("p08/report.txt")
form(len(re.findall(r"^[一二三四五]、落实“要", _t, re.M)) == 5 and _t.count("巡察组要求我们") == 5, "p08/report.txt: expected five requirement-led sections")
# p09: 回头看 with old 1．–3． and new 4．–7．; report by four 再
_t = txt("p09/feedback.txt")
form(len(re.findall(r"^[1-7]．", _t, re.M)) == 7 and "回头看" in _t and "不再反馈" in _t, "p09/feedback.txt: expected 回头看 with 1．–7．")
_t = txt("p09/report.txt")
form(len(re.findall(r"^[一二三四]、再(认领|整改|建制|监督)：", _t, re.M)) == 4 and "采购" not in _t[_t.index("三、再建制"):_t.index("四、再监督")],
     "p09/report.txt: expected four 再 sections and no purchase rule in 再建制")
# p10: 1．–7． heading lines; DOCX report with Word numbering (numPr) and no number in the text layer
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^[1-7]．\S+$", _t, re.M)) == 7, "p10/feedback.txt: expected 1．–7． heading lines")
_z = zipfile.ZipFile(os.path.join(root, "p10", "report.docx"))
_x = _z.read("word/document.xml").decode("utf-8")
_t = txt("p10/report.docx")
form("word/numbering.xml" in _z.namelist() and _x.count("<w:numPr>") >= 15
     and not re.search(r"^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[．.、])", _t, re.M)
     and not DISCLOSE.search(_t), "p10/report.docx: expected Word numbering with numbers absent from the text, no disclosure")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
