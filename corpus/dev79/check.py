#!/usr/bin/env python3
"""Check the dev79 pairs (p01-p10, pair ids d79-01 … d79-10); adapted from corpus/dev44/check.py. General checks:
HELDOUT is present; every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8; HTML: UTF-8 LF, visible text = tags stripped, entities unescaped; DOCX:
word/document.xml paragraph text), every `links` substring occurs exactly once in the report's visible text, each
gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs
unanswered-issue; links only on answered problems; every answered problem has at least one link; mode vs feedback
presence; no duplicate (kind, issue); every entry has a why; no stray files), the problem counts are the declared ones,
every gap kind is planted (must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set,
no-accountability is planted at least twice, exactly one pair has no must_flag (the good report), and every gold file runs
through /work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}. Each
feedback must have 800-3000 and each report 1500-5000 non-whitespace characters. Pair-specific form checks follow.
Usage: python3 check.py [dev79-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt and every .html: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p10/report.txt": ("gb18030", "lf"),
}
DOCX = {"p04/feedback.docx", "p08/report.docx"}
HTML = {"p06/report.html", "p10/feedback.html"}
COUNTS = {"p01": 7, "p02": 7, "p03": 7, "p04": 6, "p05": 7, "p06": 7, "p07": 7, "p08": 7, "p09": 7, "p10": 6}
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
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("page-break", 'w:type="page"')) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def html_text(rel, raw):
    text, enc = decode_bytes(rel, raw)
    assert re.search(r'<meta charset="utf-8">', text, re.I), "HTML without a utf-8 meta charset"
    t = re.sub(r"(?is)<(style|script)[^>]*>.*?</\1>", "", text)
    t = re.sub(r"(?i)<br\s*/?>|</(p|h[1-6]|div|tr|li|title)>", "\n", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return "\n".join(l.strip() for l in t.split("\n") if l.strip()), "html+" + enc


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(rel, open(f, "rb").read())
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


if not os.path.exists(os.path.join(root, "HELDOUT")):
    fails.append("HELDOUT missing")
total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
n_noacc = 0
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
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
        fails.append(f"{name}: every dev79 pair is mode 'pair' with exactly one feedback.*")
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
    if n != COUNTS.get(name):
        fails.append(f"{name}: gold issues {n} != declared count {COUNTS.get(name)}")
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            (planted if lst == "must_flag" else countered).setdefault(k, set()).add(name)
            if lst == "must_flag" and k == "no-accountability":
                n_noacc += 1
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
if n_noacc < 2:
    fails.append(f"no-accountability planted {n_noacc} times, need at least 2")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def between(t, a, b):
    i = t.index(a)
    return t[i:t.index(b, i)]


# ---- per-pair form checks (the counting traps each feedback was written around) ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|监督电话|联系电话|门户网站|网站公开|全文公开|予以公布|主动公开")
LEAD = re.compile(r"(?<!巡察工作)领导小组|第一责任人|党支部书记")  # the addressee 县委巡察工作领导小组 does not count
try:
    # p01: slogan summary; three areas; 1．–7． each with (1)(2)(3) evidence; report keeps 7 关于 items + 追责问责 section
    _t = txt("p01/feedback.txt")
    _p = between(_t, "二、巡察发现的主要问题", "三、整改意见")
    form(len(re.findall(r"^[1-7]．", _p, re.M)) == 7 and len(re.findall(r"^（[一二三]）.*方面$", _p, re.M)) == 3
         and len(re.findall(r"（[1-3]）", _p)) == 10 and "站位不够高" in _p,
         "p01/feedback.txt: expected a slogan summary, 3 areas, 7 problems with 10 (N) evidence sub-items")
    _t = txt("p01/report.txt")
    form(len(re.findall(r"^[1-7]．关于“", _t, re.M)) == 7 and "三、追责问责情况" in _t and DISCLOSE.search(_t),
         "p01/report.txt: expected 7 关于 items, a 追责问责 section and disclosure")
    # p02: problem inside the praise paragraph; 第一…第五 with 此外 inside 第二; 一要…三要; report never answers 保密室
    _t = txt("p02/feedback.txt")
    _praise = between(_t, "总的来看", "下面，我把巡察发现的其他主要问题")
    form("保密室" in _praise and "代签" in _praise and all(f"第{c}，" in _t for c in "一二三四五") and "第六，" not in _t
         and "此外，" in between(_t, "第二，", "第三，") and all(f"{c}要" in _t for c in "一二三"),
         "p02/feedback.txt: expected the 保密室 problem inside the praise, 第一…第五 (此外 in 第二), 一要…三要")
    _t = txt("p02/report.txt")
    form("保密" not in _t and "代签" not in _t and "5个方面" in _t and "2025年7月10日" in _t,
         "p02/report.txt: expected no answer on 保密室/代签, '5个方面', date 2025-07-10")
    # p03: news item; one sentence with six problems split by ；, ending 等问题; a 7th after 同时指出; report without disclosure
    _t = txt("p03/feedback.txt")
    _s = between(_t, "巡察组指出，", "等问题。")
    form(_s.count("；") == 5 and "\n" not in _s and "巡察组同时指出" in _t and "一要" in _t and "（县委巡察办　供稿）" in _t,
         "p03/feedback.txt: expected one sentence of six ；-separated problems + a 同时指出 problem")
    _t = txt("p03/report.txt")
    form(not DISCLOSE.search(_t) and "关于基金管理方面的两个问题" in _t and "战斗堡垒作用" in _t,
         "p03/report.txt: expected no disclosure, the merged two-problem section and the slogan item")
    # p04: DOCX 问题清单 问题1–6 with 典型事例 and ①②③; the unfounded complaint; first-person report in another order, late
    _x = zipfile.ZipFile(os.path.join(root, "p04", "feedback.docx")).read("word/document.xml").decode("utf-8")
    _t = txt("p04/feedback.docx")
    form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^典型事例", _t, re.M)) == 8
         and "①" in _t and "③" in _t and "不属实" in _t and "<w:b/>" in _x and "2025年2月26日" in _t,
         "p04/feedback.docx: expected 问题1–6, 8 典型事例, ①–③, the unfounded complaint, bold headings")
    _t = txt("p04/report.txt")
    form([int(x) for x in re.findall(r"^（[一二三四五六]）关于.*（问题(\d)）$", _t, re.M)] == [3, 2, 6, 1, 4, 5]
         and _t.count("我") >= 8 and "2025年6月9日" in _t, "p04/report.txt: expected order 3,2,6,1,4,5 in first person, dated 2025-06-09")
    # p05: area sentences announcing counts + restarting 一是; report by number, merged 3+4, boilerplate twice, no lead
    _t = txt("p05/feedback.txt")
    _p = between(_t, "一、巡察发现的主要问题", "二、整改意见")
    form(re.findall(r"主要存在(两|三)个问题", _p) == ["两", "三", "两"] and _p.count("一是") == 3 and _p.count("三是") == 1
         and "根源在于" in _p, "p05/feedback.txt: expected areas 两/三/两个问题 with restarting 一是 and a 根源 paragraph")
    _t = txt("p05/report.txt")
    _bp = "公司党支部组织全体党员干部认真学习上级有关文件精神，对照反馈问题逐条深入剖析原因"
    form(_t.count(_bp) == 2 and "合并整改" in _t and not LEAD.search(_t) and len(re.findall(r"^（[一二三四五六]）第[一二三]方面第", _t, re.M)) == 6,
         "p05/report.txt: expected six by-number sections, one merged, the boilerplate twice, no 领导小组/第一责任人/书记")
    # p06: unnumbered prose with turns; 究其原因 一是…三是; public HTML 通报: one item with only 责任部门：各场馆
    _t = txt("p06/feedback.txt")
    _p = between(_t, "巡察也发现", "究其原因")
    form(not re.search(r"^\s*[1-9]．|[一二三四五六七]是", _p, re.M) and all(w in _p for w in ("此外，", "与此同时，", "另外，", "还有，", "有的时段", "有的周次")),
         "p06/feedback.txt: expected unnumbered problems on turns with 有的… examples")
    _t = txt("p06/report.html")
    form(_t.count("责任领导：") == 6 and "责任部门：各场馆" in _t and "公开方式：主动公开" in _t
         and "《" not in between(_t, "（三）关于经营性收入", "（四）关于"), "p06/report.html: expected 6 责任领导 lines, 各场馆, no rule in (三)")
    # p07: four 从…看 paragraphs, the first praise only; report claims all done while two items are pending; undated 职称
    _t = txt("p07/feedback.txt")
    form(len(re.findall(r"^从\S+看，", _t, re.M)) == 4 and "问题" not in between(_t, "从上轮巡察整改看", "从履行职能看").replace("6个问题", "")
         and "另一个问题" in _t and "再一个是" in _t and "还要特别指出的是" in _t,
         "p07/feedback.txt: expected 4 从…看 paragraphs (the first praise only) and the 另一个/再一个 turns")
    _t = txt("p07/report.txt")
    form("已全部整改完成" in _t and "正在招标" in _t and "正在审理" in _t and "完成时限：待县人社局新办法出台后同步修订" in _t,
         "p07/report.txt: expected the all-done claim beside pending items and the undated 职称 item")
    # p08: 1．–7． with 例如/再如/又如; the 此外…予以澄清 sentence; DOCX report with six items, nothing on 采购
    _t = txt("p08/feedback.txt")
    form(len(re.findall(r"^[1-7]．", _t, re.M)) == 7 and "予以澄清" in _t and _t.count("例如") == 2,
         "p08/feedback.txt: expected 1．–7．, two 例如 and the cleared complaint")
    _t = txt("p08/report.docx")
    form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and "采购" not in _t and "上轮" not in _t,
         "p08/report.docx: expected six 关于 items and nothing on the 上轮巡察/采购 problem")
    # p09: seven problems in one paragraph 一是…七是; 整改建议 restarting 一是…三是; report without lead, 持续推进 item
    _t = txt("p09/feedback.txt")
    _para = [l for l in _t.split("\n") if "七是" in l]
    form(len(_para) == 1 and all(f"{c}是" in _para[0] for c in "一二三四五六七") and "巡察组建议：一是" in _t,
         "p09/feedback.txt: expected 一是…七是 in one paragraph and a restarting 一是 in 整改建议")
    _t = txt("p09/report.txt")
    form(not LEAD.search(_t) and "完成时限：持续推进" in _t and "八、追责问责情况" in _t,
         "p09/report.txt: expected no 领导小组/第一责任人/书记, a 持续推进 deadline, a 追责问责 section")
    # p10: HTML news: problem inside praise + 一是…五是; report GB18030, dated 2025-12-08 (late)
    _t = txt("p10/feedback.html")
    form("但巡察组同时指出" in _t and all(f"{c}是" in _t for c in "一二三四五") and "六是" not in _t and "基本整改到位" in _t,
         "p10/feedback.html: expected a problem inside the praise, 一是…五是 and the settled 上轮 sentence")
    _t = txt("p10/report.txt")
    form("2025年12月8日" in _t and "《" not in between(_t, "（一）严把", "（二）"), "p10/report.txt: expected date 2025-12-08 and no rule in (一)")
except Exception as e:  # a missing anchor is a failure, not a crash
    fails.append(f"form checks crashed: {e!r}")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
