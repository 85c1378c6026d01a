#!/usr/bin/env python3
"""Check the dev109 pairs (p01-p10, pair ids d109-01 … d109-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; HTML: visible text with tags, scripts and styles removed and entities unescaped, and a
charset=utf-8 declaration; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the
report's visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level
kinds; ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one
link; mode "pair" with one feedback; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind
is planted (must_flag) in at least one pair and has a counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON.
Each feedback must have 800-3500 and each report 1000-5500 non-whitespace characters.
Set-specific checks: the problems are cut out of each feedback by its own numbering and counted against gold["issues"];
the theme (misconduct told by acts) is checked per problem: problems listed in ACTS carry none of the labelling words
违规/违反/违纪/违法/私自/擅自, problems in LABELLED carry one, all other problems (work failings) carry none; each feedback
has at least 3 ACTS problems, 1 LABELLED and 3 work failings; no-accountability must_flag only on ACTS/LABELLED problems;
each pair's gold holds no-accountability must_not_flag entries both for a work failing and for a sanctioned misconduct
problem; late-report must_flag exactly where the report date is more than three calendar months after the feedback date
(both dates must be in the documents). Pair-specific form checks follow at the end.
Usage: python3 check.py [dev109-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile
from datetime import date

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other one: UTF-8, LF); DOCX files listed for the record
DECLARED = {
    "p03/feedback.txt": ("gb18030", "lf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-16-le-bom", "crlf"),
    "p05/feedback.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("gb18030", "lf"),
    "p08/feedback.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
    "p09/feedback.txt": ("utf-8", "crlf"),
    "p09/report.txt": ("utf-16-le-bom", "lf"),
    "p10/report.txt": ("gb18030", "crlf"),
}
DOCX = {"p02/report.docx", "p04/feedback.docx"}
HTMLS = {"p02/feedback.html", "p06/report.html"}
LENGTHS = {"feedback": (800, 3500), "report": (1000, 5500)}
# feedback date, report date (checked to occur in the documents)
DATES = {"p01": ((2025, 4, 15), (2025, 7, 8)), "p02": ((2024, 10, 22), (2025, 1, 16)), "p03": ((2024, 9, 10), (2025, 1, 6)),
         "p04": ((2025, 3, 18), (2025, 6, 10)), "p05": ((2024, 11, 12), (2025, 2, 7)), "p06": ((2025, 5, 20), (2025, 8, 12)),
         "p07": ((2024, 6, 4), (2024, 8, 28)), "p08": ((2024, 12, 3), (2025, 2, 26)), "p09": ((2025, 2, 25), (2025, 5, 21)),
         "p10": ((2024, 7, 16), (2024, 11, 8))}
# misconduct told only by acts / misconduct with the usual labelling words (problem numbers)
ACTS = {"p01": [3, 4, 5, 7], "p02": [3, 4, 5, 6], "p03": [2, 3, 4], "p04": [3, 4, 5, 6], "p05": [2, 3, 4, 8],
        "p06": [3, 5, 6, 7], "p07": [2, 3, 4, 5], "p08": [3, 4, 5, 6], "p09": [4, 5, 6], "p10": [2, 3, 4]}
LABELLED = {"p01": [6], "p02": [7], "p03": [5], "p04": [7], "p05": [5], "p06": [8], "p07": [6], "p08": [7], "p09": [7], "p10": [5]}
LABEL = re.compile(r"违规|违反|违纪|违法|私自|擅自")
SANCTION = re.compile(r"处分|诫勉|批评教育|提醒谈话|书面检查|检讨|通报批评|辞退|调离|扣发|作出检查|作出深刻检查")
DISCLOSE = re.compile(r"向社会公开|公开栏|监督电话|联系电话|门户网站|网站公开|网站公开|主动公开|内网|予以公布|公示栏公示")
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


def html_text(raw_text):
    assert re.search(r"charset=\"?utf-8", raw_text, re.I), "HTML without a charset=utf-8 declaration"
    t = re.sub(r"(?is)<head[ >].*?</head>|<(script|style)[^>]*>.*?</\1>", "", raw_text)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h\d|li|tr|td|table|ul)>", "\n", t)
    t = re.sub(r"(?s)<[^>]+>", "", t)
    t = html.unescape(t)
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("landscape", 'w:orient="landscape"')) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    t, e = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTMLS, "undeclared HTML"
        return html_text(t), e + "+html"
    return t, e


def nchars(t):
    return len(re.sub(r"\s", "", t))


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def between(t, a, b):
    i = t.index(a) + len(a)
    return t[i:t.index(b, i)]


CN = "一二三四五六七八九十"


def cn(n):
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


# ---- problems cut out of each feedback by its own numbering ----
def problems(name):
    if name == "p01":
        r = between(txt("p01/feedback.txt"), "二、巡察发现的主要问题", "三、整改意见")
        items = re.findall(r"^(\d+)．(.*)$", r, re.M)
        assert [int(n) for n, _ in items] == list(range(1, len(items) + 1)), "p01: 1．… not continuous"
        assert len(re.findall(r"^（[一二三]）.*方面$", r, re.M)) == 3, "p01: three areas expected"
        return [b for _, b in items]
    if name == "p02":
        r = between(txt("p02/feedback.html"), "主要是：", "同时，巡察组还收到")
        items = re.split(r"；(?=[一二三四五六七八九十]+是)", r.rstrip("。"))
        for i, it in enumerate(items, 1):
            assert it.startswith(cn(i) + "是"), f"p02: item {i} does not start with {cn(i)}是"
        return items
    if name == "p03":
        t = txt("p03/feedback.txt")
        items = re.findall(r"^第([一二三四五六七八九十]+)，(.*)$", t, re.M)
        assert [a for a, _ in items] == [cn(i) for i in range(1, len(items) + 1)], "p03: 第一，… not in order"
        return [b for _, b in items]
    if name == "p04":
        t = txt("p04/feedback.docx")
        lines = between(t, "二、巡察发现的主要问题", "三、整改意见").strip().split("\n")
        heads = [i for i, l in enumerate(lines) if re.match(r"（[一二三四五六七八九十]+）", l)]
        assert len(heads) * 2 == len(lines), "p04: expected heading + one detail paragraph per problem"
        for k, i in enumerate(heads, 1):
            assert lines[i].startswith(f"（{cn(k)}）"), f"p04: heading {k} out of order"
        return [lines[i] + lines[i + 1] for i in heads]
    if name == "p05":
        items = re.findall(r"^问题(\d+)：(.*)\n具体表现：(.*)$", txt("p05/feedback.txt"), re.M)
        assert [int(n) for n, _, _ in items] == list(range(1, len(items) + 1))
        return [a + b for _, a, b in items]
    if name == "p06":
        r = between(txt("p06/feedback.txt"), "现反馈如下。", "整改意见：")
        assert len(re.findall(r"^[一二三]、在.*方面$", r, re.M)) == 3, "p06: three areas expected"
        items = re.findall(r"^(\d)．(.*)$", r, re.M)
        assert [int(n) for n, _ in items] == [1, 2, 3, 4, 1, 2, 3, 4, 1, 2, 3], "p06: restarting 1．-4．/1．-4．/1．-3． expected"
        return [b for _, b in items]
    if name == "p07":
        items = re.findall(r"^（([一二三四五六七八九十])）(.*)\n具体表现：(.*)$", txt("p07/feedback.txt"), re.M)
        assert [a for a, _, _ in items] == [cn(i) for i in range(1, len(items) + 1)]
        return [b + c for _, b, c in items]
    if name == "p08":
        r = between(txt("p08/feedback.txt"), "现反馈如下。", "整改要求：")
        items = re.findall(r"^([一二三四五六七八九十]+)、(.*)$", r, re.M)
        assert [a for a, _ in items] == [cn(i) for i in range(1, len(items) + 1)], "p08: 一、… not in order"
        return [b for _, b in items]
    if name == "p09":
        t = txt("p09/feedback.txt")
        paras = re.findall(r"^从[^，]{2,20}看，(.*)$", t, re.M)
        assert len(paras) == 3, "p09: three 从…看 paragraphs expected"
        out = []
        for p in paras:
            items = re.split(r"；(?=[一二三四五]是)", p.rstrip("。"))
            for i, it in enumerate(items, 1):
                assert it.startswith(cn(i) + "是"), f"p09: restarting {cn(i)}是 expected"
            out += items
        return out
    if name == "p10":
        r = between(txt("p10/feedback.txt"), "主要问题反馈如下。", "针对上述问题")
        items = re.findall(r"^(\d)．(.*)\n(.*)$", r, re.M)
        assert [int(n) for n, _, _ in items] == list(range(1, len(items) + 1))
        return [a + b for _, a, b in items]
    raise KeyError(name)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, noacc_pairs = {}, {}, [], []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTMLS):
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
        fails.append(f"{name}: every dev109 pair is mode 'pair' with exactly one feedback.*")
    encs, ftext = [], ""
    for f in fb:
        try:
            ftext, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(ftext) <= hi:
                fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
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
    # ---- problem count and theme ----
    try:
        probs = problems(name)
        if len(probs) != n:
            fails.append(f"{name}: the feedback's own numbering gives {len(probs)} problems, gold says {n}")
        if not 8 <= len(probs) <= 13:
            fails.append(f"{name}: {len(probs)} problems, outside 8-13")
        acts, lab = ACTS[name], LABELLED[name]
        for i, p in enumerate(probs, 1):
            has = bool(LABEL.search(p))
            if i in lab and not has:
                fails.append(f"{name}: problem {i} is declared LABELLED but has no labelling word")
            if i not in lab and has:
                fails.append(f"{name}: problem {i} has a labelling word ({LABEL.search(p).group()}) but is not declared LABELLED")
        work = [i for i in range(1, len(probs) + 1) if i not in acts and i not in lab]
        if len(acts) < 3 or len(lab) < 1 or len(work) < 3:
            fails.append(f"{name}: theme mix acts {len(acts)}, labelled {len(lab)}, work {len(work)}")
        na_flag = [f["issue"] for f in g["must_flag"] if f["kind"] == "no-accountability"]
        na_not = [f["issue"] for f in g["must_not_flag"] if f["kind"] == "no-accountability"]
        for i in na_flag:
            if i not in acts + lab:
                fails.append(f"{name}: no-accountability must_flag on problem {i}, which is not misconduct")
        if na_flag:
            noacc_pairs.append(name)
        if not any(i in work for i in na_not) or not any(i in acts + lab for i in na_not):
            fails.append(f"{name}: no-accountability must_not_flag needs both a work failing and a sanctioned misconduct problem")
    except Exception as e:
        fails.append(f"{name}: cannot cut problems out of the feedback: {e!r}")
    # ---- dates and late-report ----
    (fy, fm, fd), (ry, rm, rd) = DATES[name]
    if f"{fy}年{fm}月{fd}日" not in ftext:
        fails.append(f"{name}: feedback date {fy}-{fm}-{fd} not in the feedback")
    if f"{ry}年{rm}月{rd}日" not in text:
        fails.append(f"{name}: report date {ry}-{rm}-{rd} not in the report")
    due = date(fy + (fm + 2) // 12, (fm + 2) % 12 + 1, fd)
    late = date(ry, rm, rd) > due
    if late != any(f["kind"] == "late-report" for f in g["must_flag"]):
        fails.append(f"{name}: late-report gold disagrees with the dates ({(date(ry, rm, rd) - date(fy, fm, fd)).days} days)")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(date(ry, rm, rd) - date(fy, fm, fd)).days} days; "
          f"score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")
if len(noacc_pairs) < 4:
    fails.append(f"theme: no-accountability planted in only {noacc_pairs}")


def form(ok, what):
    if not ok:
        fails.append(what)


def run_form_checks():
    # p01: report with ten 关于“…”的问题 items and five fields each, published
    t = txt("p01/report.txt")
    form(len(re.findall(r"^（[一二三四五六七八九十]）关于“", t, re.M)) == 10
         and all(len(re.findall(rf"^{f}：", t, re.M)) == 10 for f in ("整改措施", "责任领导", "责任股室", "整改时限", "整改成效"))
         and "第一责任人" in t and DISCLOSE.search(t), "p01/report.txt: expected ten 关于 items with five fields, a lead, disclosure")
    # p02: HTML news page with chrome and a 表态 一是…三是 after the problems; DOCX landscape table with 问责情况 column
    raw = open(os.path.join(root, "p02/feedback.html"), encoding="utf-8").read()
    form("<div class=\"crumb\">" in raw and "相关链接" in raw and "雍季白表示" in txt("p02/feedback.html"),
         "p02/feedback.html: expected page chrome and the 表态 paragraph")
    xml = zipfile.ZipFile(os.path.join(root, "p02/report.docx")).read("word/document.xml").decode("utf-8")
    t = txt("p02/report.docx")
    form("<w:tbl>" in xml and 'w:orient="landscape"' in xml and "问责情况" in t and "随档案整理进度逐步完成" in t
         and "多收费用已全部收缴并退还群众" in t and not SANCTION.search("多收费用已全部收缴并退还群众"),
         "p02/report.docx: expected a landscape table with 问责情况, row 4 holding nobody, row 10 undated")
    # p03: GB18030 speech 第一，…第九， + 一要…三要; first-person report in another order, item （七） slogans only
    t = txt("p03/feedback.txt")
    form(all(f"{c}要" in t for c in "一二三") and "三个月内" in t, "p03/feedback.txt: expected 一要…三要 and 三个月内")
    t = txt("p03/report.txt")
    heads = re.findall(r"^（[一二三四五六七八九]）关于(.*)的问题$", t, re.M)
    item7 = between(t, "（七）关于财务收支管理的问题", "（八）")
    form(t.count("我") >= 8 and len(heads) == 9 and heads[0] == "果园发包" and not re.search(r"\d", item7.split("（责任人")[0]),
         "p03/report.txt: expected a first-person report, nine items in another order, （七） without any figure")
    # p04: DOCX bold headings; UTF-16 report 问题N：/整改情况： + bracket, separate 执纪问责 section, all-done claim
    xml = zipfile.ZipFile(os.path.join(root, "p04/feedback.docx")).read("word/document.xml").decode("utf-8")
    form(xml.count("<w:b/>") >= 10, "p04/feedback.docx: expected bold heading paragraphs")
    t = txt("p04/report.txt")
    sec = t[t.index("三、执纪问责情况"):t.index("四、下一步工作")]
    items = t[t.index("问题一："):t.index("三、执纪问责情况")]
    form(len(re.findall(r"^问题[一二三四五六七八九十]：", t, re.M)) == 10 and len(re.findall(r"^整改情况：", t, re.M)) == 10
         and all(f"针对问题{c}" in sec for c in "三四五六七") and not SANCTION.search(items)
         and "已全部整改完成" in t and "持续推进" in items,
         "p04/report.txt: expected ten items without sanctions, a separate 执纪问责 section for 三–七, the all-done claim")
    # p05: CRLF 问题清单; GB18030 ledger 9 rows x 7 fields; row 6 owner 各服务组; row 1 undated; row 8 holds nobody; no disclosure
    t = txt("p05/report.txt")
    rows = [l.split("｜") for l in t.split("\n") if "｜" in l]
    form(len(rows) == 9 and all(len(r) == 7 for r in rows) and rows[6][3] == "各服务组" and not re.search(r"\d", rows[1][4])
         and not SANCTION.search(rows[8][5]) and SANCTION.search(rows[2][5]) and not DISCLOSE.search(t),
         "p05/report.txt: expected a 7-field ledger of 8 rows, row 6 owned by 各服务组, row 1 undated, row 8 holding nobody, no disclosure")
    # p06: HTML public 通报 with 索引号 table, 11 items, contact
    t = txt("p06/report.html")
    form(t.startswith("蓂溪县人民政府") and "索引号：" in t and "公开方式：主动公开" in t and "联系电话" in t
         and len(re.findall(r"^\d．关于“", t, re.M)) == 11, "p06/report.html: expected a public 通报 with header and 11 items")
    # p07: eight own headings, no 九、, no 领导小组/第一责任人, sanctions by numbers only in 二、
    t = txt("p07/report.txt")
    form(len(re.findall(r"^[一二三四五六七八]、\S{2,8}$", t, re.M)) == 8 and not re.search(r"^九、", t, re.M)
         and not re.search(r"整改(工作)?领导小组", t) and "第一责任人" not in t and "诫勉谈话2人、批评教育3人" in t
         and not SANCTION.search(between(t, "四、中药代煎", "五、夜班补助")),
         "p07/report.txt: expected eight headings, none for （九）, no lead, item 四 holding nobody")
    # p08: GB18030 feedback 一、…十二、; CRLF report, boilerplate twice, item 三 holding nobody, no disclosure
    t = txt("p08/report.txt")
    bp = "公司党支部组织全体党员干部认真学习习近平总书记关于国有企业改革发展和党的建设的重要论述"
    form(len(re.findall(r"^[一二三四五六七八九十]+、关于.*的问题$", t, re.M)) == 12 and t.count(bp) == 2
         and not SANCTION.search(between(t, "三、关于在交易服务费", "四、关于")) and not DISCLOSE.search(t),
         "p08/report.txt: expected twelve items, the boilerplate twice, item 三 holding nobody, no disclosure")
    # p09: speech 一要…三要; UTF-16 report by number, 第七 missing, 八+十 merged, no lead
    t = txt("p09/report.txt")
    nums = re.findall(r"^[一二三四五六七八]、针对反馈的(.*)$", t, re.M)
    form(len(nums) == 8 and "第六个问题" not in t and "第八个问题和第十个问题" in t and not re.search(r"整改(工作)?领导小组", t)
         and "第一责任人" not in t and not SANCTION.search(between(t, "第四个问题", "五、")),
         "p09/report.txt: expected eight by-number items, none for the 6th, a merged 8th+10th, no lead, item 四 holding nobody")
    # p10: 1．–9． heading lines; GB18030 CRLF report in another order, closing 追责问责 paragraph, all-done claim, 站全体人员
    t = txt("p10/report.txt")
    heads = re.findall(r"^（[一二三四五六七八九]）关于“(.*)”的问题$", t, re.M)
    close = t[t.index("追责问责情况："):]
    form(len(heads) == 9 and heads[0].startswith("护林员劳务补助") and "已全部整改完毕" in t and "正在组织选聘" in t
         and "责任人：站全体人员" in t and all(w in close for w in ("补助发给不上山", "巡护轨迹代走", "巡护装备", "截留补助资金")),
         "p10/report.txt: expected nine items in another order, the all-done claim, 站全体人员, a closing 追责问责 paragraph")


try:
    run_form_checks()
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
