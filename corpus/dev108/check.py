#!/usr/bin/env python3
"""Check the dev108 pairs (p01-p10, pair ids d108-01 … d108-10); adapted from corpus/dev44/check.py.
General checks: every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared,
a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding; DOCX:
word/document.xml paragraph text, table cells included), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode "pair" with one feedback; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is
planted (must_flag) in at least one pair and has a counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON.
Problem counts: each feedback is split by its own structure (numbered lines, 第N，, 问题N：, inline 一是…, a Word-table
row, a “主要是：…；…等问题” sentence) and the count must equal the gold's `issues`.
Theme checks: the misconduct problems told only by acts (ACTS) carry none of the labelling words, the ones told in the usual
words (LABELLED) carry one, ordinary failings carry none; every misconduct problem has a no-accountability judgement (flag
or not-flag) in its gold unless it is listed in DEBATABLE (p07 problem 6, a may-report point in its notes.md), and no
ordinary failing is flagged no-accountability.
Pair-specific form checks follow at the end. Usage: python3 check.py [dev108-dir]. Exit 1 on failure; prints OK last."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p04/feedback.txt": ("utf-8", "crlf"),
    "p04/report.txt": ("gb18030", "lf"),
    "p05/feedback.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.txt": ("utf-8", "crlf"),
    "p06/report.txt": ("gb18030", "lf"),
    "p07/report.txt": ("utf-16-le-bom", "lf"),
    "p09/feedback.html": ("gb18030", "lf"),
    "p09/report.txt": ("utf-8", "crlf"),
}
HTML = {"p02/feedback.html", "p02/report.html", "p09/feedback.html"}
DOCX = {"p03/feedback.docx", "p03/report.docx", "p08/feedback.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# feedback problems told only by what was done (ACTS), in the usual words (LABELLED); the rest are ordinary failings
# misconduct problems left without a gold accountability judgement on purpose (debatable; see the pair's notes.md)
DEBATABLE = {"p07": [6]}
ACTS = {"p01": [3, 4, 6], "p02": [2, 3, 4, 9], "p03": [2, 4, 5, 7], "p04": [2, 3, 6], "p05": [2, 3, 4, 10],
        "p06": [2, 3, 4, 8], "p07": [4, 5, 6], "p08": [3, 4, 5, 11], "p09": [2, 3, 5], "p10": [4, 5, 6, 8]}
LABELLED = {"p01": [5], "p02": [7], "p03": [6], "p04": [5], "p05": [7], "p06": [7], "p07": [7], "p08": [7], "p09": [6],
            "p10": [7]}
LABEL_WORDS = ("违规", "违反", "违纪", "违法", "私自", "擅自")
OTHER_LABELS = ("套取", "虚报", "冒领", "侵占", "挪用", "优亲厚友", "弄虚作假", "公款吃喝", "贪污", "截留", "造假")
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


def html_text(rel, raw):
    text, enc = decode_bytes(rel, raw)
    m = re.search(r'charset=["\']?([\w-]+)', text[:600], re.I)
    assert m and m.group(1).lower() == enc.split("+")[0], f"meta charset {m and m.group(1)} vs declared {enc}"
    body = re.sub(r"(?is)<head>.*?</head>|<script.*?</script>|<style.*?</style>", "", text)
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h[1-6]|ul|table)>", "\n", body)
    body = re.sub(r"(?i)</td>", "\t", body)
    body = html.unescape(re.sub(r"<[^>]+>", "", body))
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in body.split("\n")]
    return "\n".join(l for l in lines if l), "html/" + enc


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
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(rel, open(f, "rb").read())
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def between(t, a, b):
    i = t.index(a)
    return t[i + len(a):t.index(b, i)]


CN = "一二三四五六七八九十"


def cn(n):
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def inline(seg, n_expected, restart=False):
    """Split 一是…；二是…… into its items; returns the item texts."""
    parts = re.split(r"(?:^|[；;，,：:]\s*)((?:十[一二三]?|[一二三四五六七八九])是)", seg)
    items = [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]
    assert [m for m, _ in items] == [cn(k) + "是" for k in range(1, len(items) + 1)], [m for m, _ in items]
    assert len(items) == n_expected, f"{len(items)} inline items, expected {n_expected}"
    return [m + t for m, t in items]


def problems(name, t):
    """The feedback's problems, split by its own structure."""
    if name == "p01":
        return re.findall(r"^(?:[1-9]|10)．.+$", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)
    if name == "p02":
        para = [l for l in t.split("\n") if "巡察也发现了一些问题：" in l][0]
        return inline(para.split("巡察也发现了一些问题：", 1)[1].rstrip("。"), 11)
    if name == "p03":
        seg = between(t, "一、贯彻落实防雷减灾工作决策部署方面", "四、整改要求")
        got = re.findall(r"^[1-4]．.+$", seg, re.M)
        assert len(re.findall(r"^1．", seg, re.M)) == 3, "p03: expected numbering to restart in three areas"
        return got
    if name == "p04":
        got = re.findall(r"^第([一二三四五六七八九十])，(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p05":
        got = re.findall(r"^问题(\d+)：(.+)\n具体表现：(.+)$", t, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    if name == "p06":
        seg = between(t, "一、主要问题", "二、整改要求")
        got = re.findall(r"^（(十[一二]?|[一二三四五六七八九])）(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p07":
        out = []
        for lead, n in (("从落实上级决策部署看，", 3), ("从全面从严治党看，", 4), ("从班子和队伍建设看，", 3)):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para[len(lead):].rstrip("。"), n)
        return out
    if name == "p08":
        seg = between(t, "问题表现", "二、整改要求").strip().split("\n")
        assert len(seg) % 3 == 0, "p08: table cells are not in threes"
        rows = [seg[i:i + 3] for i in range(0, len(seg), 3)]
        assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1)), "p08: 序号 column"
        return [r[2] for r in rows]
    if name == "p09":
        s = between(t, "主要是：", "等问题。")
        return s.split("；")
    if name == "p10":
        seg = between(t, "一、贯彻落实林业发展决策部署方面", "四、整改要求")
        got = re.findall(r"^(\d+)．(\S+)\n(.+)$", seg, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    raise KeyError(name)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
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
        fails.append(f"{name}: every dev108 pair is mode 'pair' with exactly one feedback.*")
    encs, ftext = [], None
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
    # problem count against the feedback's own structure, and the theme's wording rules
    if ftext is not None:
        try:
            probs = problems(name, ftext)
            if len(probs) != n:
                fails.append(f"{name}: feedback structure gives {len(probs)} problems, gold says {n}")
            elif not 8 <= n <= 13:
                fails.append(f"{name}: {n} problems, outside 8-13")
            else:
                for k, p in enumerate(probs, 1):
                    hits = [w for w in LABEL_WORDS + OTHER_LABELS if w in p]
                    if k in LABELLED[name]:
                        if not any(w in p for w in LABEL_WORDS):
                            fails.append(f"{name}: problem {k} should use a usual labelling word: {p[:30]}")
                    elif hits:
                        fails.append(f"{name}: problem {k} carries labelling words {hits}: {p[:30]}")
        except Exception as e:
            fails.append(f"{name}: feedback problems could not be split by its structure: {e!r}")
    acc = {f["issue"]: lst for lst in ("must_flag", "must_not_flag") for f in g[lst] if f["kind"] == "no-accountability"}
    for k in ACTS[name] + LABELLED[name]:
        if k not in acc and k not in DEBATABLE.get(name, []):
            fails.append(f"{name}: misconduct problem {k} has no no-accountability judgement in gold")
    for k in DEBATABLE.get(name, []):
        if k in acc:
            fails.append(f"{name}: debatable problem {k} has a no-accountability judgement in gold")
    for k, lst in acc.items():
        if lst == "must_flag" and k not in ACTS[name] + LABELLED[name]:
            fails.append(f"{name}: ordinary failing {k} is flagged no-accountability")
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
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|网站.{0,12}公开|全文公开|予以公布|主动公开|接受社会监督")
SANCTION = re.compile(r"诫勉|批评教育|警告|书面检查|检讨|提醒谈话|免去|立案|调离\S{0,4}岗位|处分|作出处理")
try:
    # p01: report items carry no sanction; all sanctions sit in 三、执纪问责情况; ten 关于“…”的问题 items with five fields
    _t = txt("p01/report.txt")
    _items = between(_t, "二、反馈问题整改落实情况", "三、执纪问责情况")
    form(len(re.findall(r"^（[一二三四五六七八九十]）关于“", _items, re.M)) == 10
         and all(len(re.findall(f"^{f}：", _items, re.M)) == 10 for f in ("整改措施", "责任领导", "责任股室", "整改时限", "整改成效"))
         and not SANCTION.search(_items) and len(SANCTION.findall(between(_t, "三、执纪问责情况", "四、"))) >= 6,
         "p01/report.txt: expected ten field items without sanctions and a separate 执纪问责 section")
    # p02: HTML news (one paragraph of 一是…十一是, 表态 一是…三是) and a public HTML 通报 with 索引号 / 主动公开
    _t = txt("p02/feedback.html")
    form("当前位置" in _t and "网站标识码" in _t and "一要提高政治站位" in _t and "表示，一是" in _t,
         "p02/feedback.html: expected page chrome, 一要… requirements and a 表态 一是…")
    _t = txt("p02/report.html")
    form("索引号" in _t and "主动公开" in _t and len(re.findall(r"^（[一二三四五六七八九十]+）关于", _t, re.M)) == 11
         and "对2名相关人员作出处理" in _t and "联系电话" in _t, "p02/report.html: expected a public 通报 with 11 items")
    _four = [l for l in _t.split("\n") if l.startswith("（四）")][0]
    form(not SANCTION.search(_four.replace("作出处理", "")), "p02/report.html: item （四） must hold nobody to account")
    # p03: DOCX both; report prose carries no sanction, the closing table does; row 5 “—”, row 9 owned by 中心
    _x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
    _t = txt("p03/report.docx")
    _prose = _t[:_t.index("附件：")]
    _rows = between(_t, "追责问责情况", "中共葳溪县防雷减灾中心支部委员会\n2025").strip().split("\n")
    form("<w:tbl>" in _x and "<w:b/>" in _x and not SANCTION.search(_prose) and len(_rows) == 80
         and _rows[4 * 8 + 7] == "—" and _rows[8 * 8 + 3] == _rows[8 * 8 + 4] == "中心",
         "p03/report.docx: expected sanction-free prose and an 8-column table (row 5 “—”, row 9 中心/中心)")
    # p04: speech 第一，…第九，, 一要…三要, CRLF; first-person GB18030 report dated 2025-01-03 with no 名单比对
    _t = txt("p04/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t and "从来没有比对过" in _t,
         "p04/feedback.txt: expected 一要…三要 and the never-compared lists")
    _t = txt("p04/report.txt")
    form(_t.count("我") >= 10 and "2025年1月3日" in _t and "比对" not in _t and "本人" in _t,
         "p04/report.txt: expected a first-person report dated 2025-01-03 without any 比对")
    # p05: 问题清单 in UTF-16; ledger of 11 rows × 8 fields, rows 7 and 10 end in “—”, nothing published
    _t = txt("p05/report.txt")
    _rows = [l.split("｜") for l in _t.split("\n") if "｜" in l and not l.startswith("整改台账")]
    form(len(_rows) == 12 and all(len(r) == 8 for r in _rows) and _rows[7][7] == "—" and _rows[10][7] == "—"
         and not DISCLOSE.search(_t), "p05/report.txt: expected an 8-field ledger, rows 7 and 10 ending “—”, no disclosure")
    # p06: 问题N：/整改情况： ×12; no 采购管理 rule
    _t = txt("p06/report.txt")
    form(len(re.findall(r"^问题\d+：", _t, re.M)) == 12 and len(re.findall(r"^整改情况：", _t, re.M)) == 12
         and not re.search(r"采购管理(办法|制度|规定)", _t), "p06/report.txt: expected 12 问题N：/整改情况： and no 采购 rule")
    # p07: speech with three 从…看 paragraphs; report with no 领导小组/第一责任人, nothing on study, no disclosure
    _t = txt("p07/report.txt")
    form("领导小组" not in _t and "第一责任人" not in _t and "读报" not in _t and "研讨" not in _t and "理论学习" not in _t
         and not DISCLOSE.search(_t) and "四、执纪问责情况" in _t,
         "p07/report.txt: expected no 领导小组, no answer on study, no disclosure, a 执纪问责 section")
    # p08: DOCX table feedback; report with 11 关于 items, nothing on 管护, item （六） without a 完成时限
    _x = zipfile.ZipFile(os.path.join(root, "p08", "feedback.docx")).read("word/document.xml").decode("utf-8")
    form(_x.count("<w:tr>") == 13, "p08/feedback.docx: expected a Word table of header + 12 rows")
    _t = txt("p08/report.txt")
    _six = between(_t, "（六）关于", "（七）关于")
    form(len(re.findall(r"^（[一二三四五六七八九十]+）关于", _t, re.M)) == 11 and "管护" not in _t and "完成时限" not in _six
         and _t.count("完成时限") == 10, "p08/report.txt: expected 11 items, none on 管护, （六） undated")
    # p09: GB18030 HTML news page; report by number with the boilerplate twice
    _t = txt("p09/feedback.html")
    form("您现在的位置" in _t and "举报电话" in _t, "p09/feedback.html: expected page chrome")
    _t = txt("p09/report.txt")
    _rep = "组织全站党员干部深入学习上级有关文件精神，对照反馈问题深刻剖析原因，举一反三，切实把整改成果转化为推动农机安全监理工作高质量发展的实际成效"
    form(len(re.findall(r"^（[一二三四五六七八九]）针对反馈的第\d个问题$", _t, re.M)) == 9 and _t.count(_rep) == 2,
         "p09/report.txt: expected nine by-number items and the boilerplate twice")
    # p10: 1．–12． heading lines; report: all-done claim vs two ongoing items, one by-number sanction sentence without 劳务
    _t = txt("p10/report.txt")
    _acc = between(_t, "三、执纪问责情况", "四、建章立制情况")
    form("已全部整改完成" in _t and "推广计划正在实施" in _t and "正在进行土壤改良" in _t and "劳务" not in _acc
         and "2025年2月10日" in _t and len(re.findall(r"^反馈问题：", _t, re.M)) == 12,
         "p10/report.txt: expected the all-done claim, two ongoing items, a 执纪问责 line without 劳务")
    _six = between(_t, "（六）", "（七）")
    form(not SANCTION.search(_six), "p10/report.txt: item （六） must hold nobody to account")
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
