#!/usr/bin/env python3
"""Check the dev107 pairs (p01-p10, pair ids d107-01 … d107-10); adapted from dev44's check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8, an HTML file's <meta charset> must name its encoding; DOCX: word/document.xml paragraph text),
every `links` substring occurs exactly once in the report's visible text, is not feedback text, and sits in a measure
part (not in a 问题表现/原因剖析/存在问题/问题根源 part, a table's problem/cause column or a ledger's problem/cause field),
every “quoted” fragment of a gold `why` occurs in the pair's report or feedback, each gold.json is consistent (only the
dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has a link; mode "pair" with one feedback; no duplicate (kind, issue); every
entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has a counter-case
(must_not_flag) somewhere, exactly two pairs have no must_flag (good reports), late-report is planted exactly where the
declared dates are more than three months apart, and every gold file runs through /work/shared/dev-pairs/score.py
against an empty analyze JSON. Each feedback must have 600-2500 and each report 1500-6000 non-whitespace characters.
The problem count of each gold is checked against the feedback's own structure; pair-specific form checks follow.
Usage: python3 check.py [dev107-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("gb18030", "crlf"),
    "p03/report.txt": ("utf-16-le-bom", "lf"),
    "p04/report.txt": ("gb18030", "lf"),
    "p05/feedback.txt": ("utf-8", "crlf"),
    "p06/feedback.txt": ("gb18030", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p08/feedback.html": ("gb18030", "lf"),
    "p09/feedback.txt": ("utf-16-le-bom", "lf"),
    "p09/report.txt": ("gb18030", "crlf"),
}
HTML = {"p03/feedback.html", "p05/report.html", "p08/feedback.html"}
DOCX = {"p01/report.docx", "p04/feedback.docx", "p06/report.docx"}
# feedback date, report date (both must appear in the documents); late = more than three calendar months apart
DATES = {"p01": ("2025-04-22", "2025-07-14"), "p02": ("2025-05-13", "2025-08-01"), "p03": ("2025-03-17", "2025-06-06"),
         "p04": ("2024-11-14", "2025-03-28"), "p05": ("2025-06-10", "2025-08-28"), "p06": ("2025-04-08", "2025-06-30"),
         "p07": ("2025-03-06", "2025-06-30"), "p08": ("2025-05-20", "2025-08-12"), "p09": ("2025-05-27", "2025-08-20"),
         "p10": ("2025-06-17", "2025-09-05")}
GOOD = {"p02", "p10"}
LENGTHS = {"feedback": (600, 2500), "report": (1500, 6000)}
CAUSE_LABELS = ("问题表现", "原因剖析", "存在问题", "问题根源", "【问题表现】", "【原因剖析】", "（一）问题表现", "（二）原因剖析")
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


def html_text(src):
    """Visible text of an HTML page: head, scripts and styles dropped, block ends as line breaks, entities decoded."""
    t = re.sub(r"(?is)<(head|script|style)[^>]*>.*?</\1>", "", src)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|tr|td|table|ul)>", "\n", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def para_text(p):
    return html.unescape("".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)))


def docx_text(path):
    xml = docx_xml(path)
    paras = [para_text(p) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return "\n".join(p for p in paras if p.strip()), "docx[" + ",".join(feats) + "]"


def docx_rows(path):
    """Table rows as lists of cell texts."""
    rows = []
    for tr in re.findall(r"(?s)<w:tr>.*?</w:tr>", docx_xml(path)):
        rows.append(["\n".join(para_text(p) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", tc))
                     for tc in re.findall(r"(?s)<w:tc>.*?</w:tc>", tr)])
    return rows


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        m = re.search(r"(?i)charset=[\"']?([\w-]+)", text)
        assert m and m.group(1).lower().replace("_", "-") == enc.split("+")[0], f"meta charset {m and m.group(1)} != {enc}"
        return html_text(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def months_later(d, n):
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    return datetime.date(y, m, min(d.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


def cn_date(iso):
    y, m, d = map(int, iso.split("-"))
    return f"{y}年{m}月{d}日"


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
texts = {}
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
    if len(rp) != 1 or len(fb) != 1 or g["mode"] != "pair":
        fails.append(f"{name}: every dev107 pair is mode 'pair' with exactly one feedback.* and one report.*")
        continue
    encs = []
    try:
        ftext, e = visible(fb[0])
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: feedback does not decode as declared: {e}")
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
            for q in (p for q in re.findall(r"“([^”]{4,})”", f.get("why", "")) for p in q.split("…") if p):
                if q not in text and q not in ftext:
                    fails.append(f"{name}: quoted fragment of a why not in the documents: {q}")
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
    rows = docx_rows(rp[0]) if rp[0].endswith(".docx") else []
    for l in g.get("links", []):
        total["links"] += 1
        linked.add(l["issue"])
        m = l["measure"]
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(m)
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {m}")
            continue
        if m in ftext:
            fails.append(f"{name}: link is feedback text: {m}")
        line = next(x for x in text.split("\n") if m in x)
        if line.strip().startswith(CAUSE_LABELS):
            fails.append(f"{name}: link sits in a problem/cause part: {m}")
        if "｜" in line and line.split("｜").index(next(c for c in line.split("｜") if m in c)) != 3:
            fails.append(f"{name}: link is not in the ledger's 整改措施 field: {m}")
        for r in rows:
            if len(r) == 7 and any(m in c for c in r) and m not in r[3]:
                fails.append(f"{name}: link is not in the table's 整改措施 column: {m}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    fd, rd = (datetime.date.fromisoformat(x) for x in DATES[name])
    if not (cn_date(DATES[name][0]) in ftext or cn_date(DATES[name][0])[5:] in ftext) or cn_date(DATES[name][1]) not in text:
        fails.append(f"{name}: declared dates {DATES[name]} not found in the documents")
    late = rd > months_later(fd, 3)
    if late != any(f["kind"] == "late-report" for f in g["must_flag"]) or \
            late == any(f["kind"] == "late-report" for f in g["must_not_flag"]):
        fails.append(f"{name}: late-report gold disagrees with the dates ({(rd - fd).days} days)")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rd - fd).days} days; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if set(good) != GOOD:
    fails.append(f"expected exactly {sorted(GOOD)} without must_flag (good reports), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def fb(name):
    return texts[name][0]


def rp(name):
    return texts[name][1]


def gold_n(name):
    return json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))["issues"]


DISCLOSE = re.compile(r"网站公开|网站和|门户网站|向社会公开|予以公布|主动公开|监督电话|联系电话")
FOUR = ("问题表现", "原因剖析", "整改措施", "整改成效")
if len(texts) == 10:
    # ---- problem counts against each feedback's own structure ----
    _t = fb("p01")
    _n = len(re.findall(r"^\d{1,2}．", _t[:_t.index("二、整改意见")], re.M))
    form(_n == gold_n("p01") == 10 and len(re.findall(r"^（[一二三]）\S+方面$", _t, re.M)) == 3
         and [int(x) for x in re.findall(r"^(\d{1,2})．", _t, re.M)] == list(range(1, 11)),
         f"p01/feedback: expected three （N）…方面 areas with continuous 1．–10． ({_n})")
    _t = fb("p02")
    _n = len(re.findall(r"^第[一二三四五六七八九十]+，", _t, re.M))
    form(_n == gold_n("p02") == 9 and all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t,
         f"p02/feedback: expected a speech with 第一，…第九， and 一要…三要 ({_n})")
    _t = fb("p03")
    _para = next(x for x in _t.split("\n") if "巡察组指出" in x)
    _n = len(re.findall(r"[一二三四五六七八九十]是", _para))
    form(_n == gold_n("p03") == 8 and "当前位置" in _t and "九是" not in _para,
         f"p03/feedback: expected an HTML news page with inline 一是…八是 in the 巡察组指出 paragraph ({_n})")
    _x = docx_xml(os.path.join(root, "p04", "feedback.docx"))
    _bold = [para_text(p) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", _x) if "<w:b/>" in p]
    _n = len([b for b in _bold if re.match(r"（[一二三四五六七八九十]+）", b)])
    form(_n == gold_n("p04") == 11, f"p04/feedback: expected eleven bold （N） heading paragraphs ({_n})")
    _t = fb("p05")
    _n = len(re.findall(r"^问题\d：", _t, re.M))
    form(_n == gold_n("p05") == 9 and len(re.findall(r"^具体表现：", _t, re.M)) == 9,
         f"p05/feedback: expected 问题1：…问题9： each with 具体表现： ({_n})")
    _t = fb("p06")
    _nums = [int(x) for x in re.findall(r"^(\d)．", _t, re.M)]
    form(_nums == [1, 2, 3, 4] * 3 == _nums and len(_nums) == gold_n("p06") == 12
         and len(re.findall(r"^[一二三]、在.+方面$", _t, re.M)) == 3,
         f"p06/feedback: expected three 在…方面 areas with restarting 1．–4． ({_nums})")
    _t = fb("p07")
    _paras = [x for x in _t.split("\n") if x.startswith("从")]
    _counts = [len(re.findall(r"[一二三四五六]是", x)) for x in _paras]
    form(_counts == [3, 4, 3] and sum(_counts) == gold_n("p07") == 10 and all(f"{c}要" in _t for c in "一二三四"),
         f"p07/feedback: expected three 从…看 paragraphs with restarting 一是… (3+4+3) ({_counts})")
    _t = fb("p08")
    _sent = _t[_t.index("但也存在") + 4:_t.index("等问题")]
    _n = len(_sent.split("；"))
    form(_n == gold_n("p08") == 8 and "您现在的位置" in _t, f"p08/feedback: expected one ；-sentence of eight problems ({_n})")
    _t = fb("p09")
    _n = len(re.findall(r"^（[一二三四五六七八九十]+）", _t, re.M))
    form(_n == gold_n("p09") == 13, f"p09/feedback: expected （一）–（十三） heading。detail ({_n})")
    _t = fb("p10")
    _n = len(re.findall(r"^[一二三四五六七八九十]+、", _t, re.M))
    form(_n == gold_n("p10") == 11 and len(re.findall(r"^（[一二三]）", _t, re.M)) == 3,
         f"p10/feedback: expected 一、–十一、 heading。detail and three （N） 整改建议 ({_n})")
    # ---- report forms ----
    _rows = docx_rows(os.path.join(root, "p01", "report.docx"))
    form(len(_rows) == 11 and _rows[0][1:5] == list(FOUR) and _rows[9][5] == "公司各部门"
         and "正在与其现工作单位协调扣回" in _rows[6][3] and "已全部清退到位" in _rows[6][4] and DISCLOSE.search(rp("p01")),
         "p01/report: expected a 7-column four-part table of 10 rows, row 9 owned by 公司各部门, row 6 claim vs measure")
    _t = rp("p02")
    _item4 = _t[_t.index("（四）关于"):_t.index("（五）关于")]
    form(all(len(re.findall(f"^{w}：", _t, re.M)) == 9 for w in FOUR) and "责任领导" not in _item4
         and "由副主任詹若渔牵头" in _item4 and "检验收费月度自查制度" in _t[_t.index("三、建立健全长效机制"):]
         and "检验收费月度自查制度" not in _t[:_t.index("三、建立健全长效机制")],
         "p02/report: expected nine four-part items, （四） owned only in its 成效, （六）'s rule only in 长效机制")
    _t = rp("p03")
    form(len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7 and _t.count("【原因剖析】") == 4
         and _t.count("【完成情况】") == 3 and "课后服务" not in _t and "整改工作领导小组" not in _t and "第一责任人" not in _t,
         "p03/report: expected seven items (four with all parts), nothing on 课后服务, no 领导小组")
    _t = rp("p04")
    _bp = "所党委坚持把巡察整改作为重大政治任务，组织全体民警深入学习上级有关要求"
    form(all(_t.count(f"\n{w}：") == 11 for w in ("存在问题", "问题根源", "整改措施", "完成情况"))
         and _t.count("长效机制：") == 3 and _t.count(_bp) == 2 and "药品管理制度" not in _t.split("五、关于")[1].split("完成情况")[0].split("整改措施")[1],
         "p04/report: expected eleven items, three 长效机制, the pasted paragraph twice, no drug rule in 五's measures")
    _t = rp("p05")
    form(len(re.findall(r"^问题\d：", _t, re.M)) == 9 and "公开方式：" in _t and "主动公开" in _t
         and "反馈的9个问题已全部完成整改" in _t and "正在办理" in _t and _t.count("原因剖析：") == 9,
         "p05/report: expected a public HTML 通报 with nine items, the all-done claim and a pending item")
    _x = docx_xml(os.path.join(root, "p06", "report.docx"))
    _bold = [para_text(p) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", _x) if "<w:b/>" in p]
    _t = rp("p06")
    form(len([b for b in _bold if re.match(r"[一二三四五六七八九十]+、关于", b)]) == 12
         and all(_bold.count(w) == 12 for w in FOUR) and _bold.count("下一步打算") == 3 and not DISCLOSE.search(_t)
         and "下一步将研究制定《检验收费管理制度》" in _t, "p06/report: expected twelve items with bold labels, three 下一步打算, no disclosure")
    _t = rp("p07")
    _led = [l.split("｜") for l in _t.split("\n") if "｜" in l]
    form(len(_led) == 11 and all(len(r) == 7 for r in _led) and _led[0][1:5] == ["存在问题", "原因剖析", "整改措施", "整改成效"]
         and not re.search(r"\d", _led[8][6]) and all(re.search(r"\d{4}年", r[6]) for i, r in enumerate(_led[1:], 1) if i != 8),
         "p07/report: expected a 7-field ledger of 10 rows, only row 8 without a date")
    _t = rp("p08")
    form(len(re.findall(r"^[一二三四五六七]、关于", _t, re.M)) == 7 and "公益广告" not in _t and _t.count("长效机制：") == 2
         and _t.count("问题表现：") == 7, "p08/report: expected seven four-part items, none on 公益广告, two 长效机制")
    _t = rp("p09")
    form(len(re.findall(r"^（[一二三四五六七八九十]+）关于", _t, re.M)) == 13 and _t.count("原因剖析：") == 6
         and "责任人：全院各科室" in _t and "整改工作领导小组" not in _t and "第一责任人" not in _t and not DISCLOSE.search(_t),
         "p09/report: expected thirteen items (six four-part), 全院各科室, no 领导小组, no disclosure")
    _t = rp("p10")
    form(len(re.findall(r"^[一二三四五六七八九十]+、关于", _t, re.M)) == 11
         and all(len(re.findall(f"^（{c}）{w}：", _t, re.M)) == 11 for c, w in zip("一二三四", FOUR))
         and len(re.findall(r"^（五）长效机制：", _t, re.M)) == 5 and "由党总支副书记、工会主席殳文秀牵头" in _t,
         "p10/report: expected eleven items with numbered parts （一）–（四）, five （五）长效机制")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
