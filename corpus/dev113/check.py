#!/usr/bin/env python3
"""Check the dev113 pairs (p01-p10, FROZEN HELD-OUT); adapted from corpus/dev108/check.py.
General checks (as dev108): every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where
declared, a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding;
DOCX: word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000 non-space
characters), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only
the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; mode "pair" with one feedback; no duplicate (kind, issue);
every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has a counter-case
(must_not_flag) in the set, one or two pairs have no must_flag (good reports), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Problem counts: each feedback is split by its own structure
and the count must equal the gold's `issues` (8-12).
THEME checks (ACCOUNTABILITY — WHO MUST ANSWER FOR WHAT): every problem is declared (a) misconduct — told by the act only
(A_ACT), in a euphemism (A_EUPH) or in the usual labels (A_LABEL) —, (b) dereliction that caused loss or harm (B), or (c) an
ordinary failing (every other problem). Wording: A_ACT carries no label word and no euphemism; A_EUPH carries a quoted
euphemism (“变通” / 擦边球 / “绕道”) and no label word; A_LABEL carries a label word; B carries a loss/harm word
(致使/造成/导致/酿成/通报/损失) and no label or euphemism; (c) carries none of the three. Gold: every (a)/(b) problem has a
no-accountability judgement (must_flag or must_not_flag); no (c) problem is ever must_flag no-accountability; at least
eight (c) problems across the set carry a must_not_flag for it, in at least six pairs; each of A_ACT, A_EUPH, A_LABEL and B
occurs in at least five pairs. Pair-specific form checks (where the sanction sits, the traps) follow at the end.
Usage: python3 check.py [dev113-dir]. Exit 1 on failure; prints OK last."""
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
    "p06/feedback.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("gb18030", "crlf"),
    "p09/feedback.html": ("gb18030", "lf"),
    "p09/report.txt": ("utf-8", "crlf"),
}
HTML = {"p02/feedback.html", "p02/report.html", "p09/feedback.html"}
DOCX = {"p03/feedback.docx", "p03/report.docx", "p08/feedback.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}

# ---- theme declarations: (a) misconduct by act / euphemism / label, (b) dereliction with loss or harm; the rest are (c) ----
A_ACT = {"p01": [3], "p02": [3, 6], "p03": [4, 5], "p04": [4], "p05": [2, 3], "p06": [2, 3], "p07": [4, 6],
         "p08": [2, 3], "p09": [3, 4], "p10": [4, 5]}
A_EUPH = {"p01": [4], "p02": [4], "p03": [], "p04": [3], "p05": [], "p06": [], "p07": [5], "p08": [5], "p09": [],
          "p10": [7]}
A_LABEL = {"p01": [6], "p02": [], "p03": [6], "p04": [6], "p05": [7], "p06": [4], "p07": [9], "p08": [6], "p09": [6],
           "p10": [6]}
B = {"p01": [5], "p02": [2], "p03": [2], "p04": [2], "p05": [4, 6], "p06": [6], "p07": [2], "p08": [4], "p09": [2],
     "p10": [2, 10]}
LABELS = ("违规", "违反", "违纪", "违法", "私自", "擅自", "套取", "虚报", "虚列", "冒领", "侵占", "挪用", "优亲厚友",
          "弄虚作假", "公款吃喝", "贪污", "截留", "造假")
EUPH = re.compile(r"“变通”|擦边球|“绕道”")
HARM = re.compile(r"致使|造成|导致|酿成|通报|损失")
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def kind_of(name, k):
    if k in A_ACT[name]:
        return "a-act"
    if k in A_EUPH[name]:
        return "a-euph"
    if k in A_LABEL[name]:
        return "a-label"
    if k in B[name]:
        return "b"
    return "c"


def theme_wording(name, k, p):
    kind, out = kind_of(name, k), []
    labels = [w for w in LABELS if w in p]
    if kind == "a-label":
        if not labels:
            out.append("needs a usual label word")
        return out
    if labels:
        out.append(f"carries label words {labels}")
    if kind == "a-euph":
        if not EUPH.search(p):
            out.append("needs a quoted euphemism")
        return out
    if EUPH.search(p):
        out.append("carries a euphemism")
    if kind == "b" and not HARM.search(p):
        out.append("needs a loss/harm word")
    if kind in ("a-act", "c") and HARM.search(p):
        out.append(f"carries a loss/harm word {HARM.search(p).group(0)}")
    return out


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
        got = re.findall(r"^(\d+)．(.+)$", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1)), "p01: continuous 1．numbering"
        return [x for _, x in got]
    if name == "p02":
        para = [l for l in t.split("\n") if "还存在一些问题：" in l][0]
        return inline(para.split("还存在一些问题：", 1)[1].rstrip("。"), 10)
    if name == "p03":
        seg = between(t, "一、贯彻落实上级决策部署方面", "四、整改要求")
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
        seg = between(t, "巡察也发现了以下问题：", "宗政遥对抓好巡察整改提出要求")
        got = re.findall(r"^（([一二三四五六七八九十])）(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p10":
        seg = between(t, "一、贯彻落实上级决策部署方面", "四、整改要求")
        got = re.findall(r"^(\d+)．(\S+)\n(.+)$", seg, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    raise KeyError(name)


theme_count = {"a": 0, "b": 0, "c": 0}
acc_judged = {"must_flag": 0, "must_not_flag": 0, "none": 0}
c_not_flag = {}
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
        fails.append(f"{name}: every dev113 pair is mode 'pair' with exactly one feedback.*")
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
            elif not 8 <= n <= 12:
                fails.append(f"{name}: {n} problems, outside 8-12")
            else:
                for k, p in enumerate(probs, 1):
                    for why in theme_wording(name, k, p):
                        fails.append(f"{name}: problem {k} ({kind_of(name, k)}) {why}: {p[:30]}")
        except Exception as e:
            fails.append(f"{name}: feedback problems could not be split by its structure: {e!r}")
    acc = {f["issue"]: lst for lst in ("must_flag", "must_not_flag") for f in g[lst] if f["kind"] == "no-accountability"}
    for k in range(1, n + 1):
        kind = kind_of(name, k)
        theme_count[kind[0]] += 1
        if kind != "c" and k not in acc:
            fails.append(f"{name}: ({kind}) problem {k} has no no-accountability judgement in gold")
        if kind == "c" and acc.get(k) == "must_flag":
            fails.append(f"{name}: (c) ordinary failing {k} is flagged no-accountability")
        if kind == "c" and acc.get(k) == "must_not_flag":
            c_not_flag[name] = c_not_flag.get(name, 0) + 1
        if kind != "c":
            acc_judged[acc[k] if k in acc else "none"] += 1
    for k in acc:
        if not 1 <= k <= n:
            fails.append(f"{name}: no-accountability judgement on problem {k} out of range")
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


# ---- theme totals ----
for kind, need in (("a-act", A_ACT), ("a-euph", A_EUPH), ("a-label", A_LABEL), ("b", B)):
    used = [p for p, ks in need.items() if ks]
    if len(used) < 5:
        fails.append(f"theme: {kind} problems occur in only {len(used)} pairs (need 5)")
if sum(c_not_flag.values()) < 8 or len(c_not_flag) < 6:
    fails.append(f"theme: (c) must_not_flag no-accountability only {c_not_flag}")
if acc_judged["none"]:
    fails.append(f"theme: {acc_judged['none']} (a)/(b) problems without a no-accountability judgement")

# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|网站.{0,12}公开|全文公开|予以公布|主动公开|接受社会监督")
SANCTION = re.compile(r"诫勉|批评教育|警告|书面检查|检讨|提醒谈话|谈话提醒|免去|立案|调离|调整岗位|调整其分管|处分|作出处理|组织处理"
                      r"|扣发|评优|通报批评|解除聘用|移交县纪委监委|记过")
try:
    # p01: ten 关于“…”的问题 items with five fields, no sanction in them; all sanctions in 三、追责问责情况 (four lines)
    _t = txt("p01/report.txt")
    _items = between(_t, "二、反馈问题整改情况", "三、追责问责情况")
    form(len(re.findall(r"^（[一二三四五六七八九十]）关于“", _items, re.M)) == 10
         and all(len(re.findall(f"^{f}：", _items, re.M)) == 10 for f in ("整改措施", "责任领导", "责任股室", "完成时限", "整改成效"))
         and not SANCTION.search(_items) and len(re.findall(r"^[1-4]．针对", between(_t, "三、追责问责情况", "四、"), re.M)) == 4,
         "p01/report.txt: expected ten field items without sanctions and a separate 追责问责 section of four lines")
    # p02: HTML news page (chrome, 一是…十是, 一要…三要, 表态 一是…三是); public HTML 通报; （三） holds nobody; （八） no owner
    _t = txt("p02/feedback.html")
    form("当前位置" in _t and "网站标识码" in _t and "一要提高思想认识" in _t and "将一是扛起" in _t,
         "p02/feedback.html: expected page chrome, 一要… requirements and a 表态 一是…")
    _t = txt("p02/report.html")
    _three = [l for l in _t.split("\n") if l.startswith("（三）")][0]
    _eight = [l for l in _t.split("\n") if l.startswith("（八）")][0]
    form("索引号" in _t and "主动公开" in _t and len(re.findall(r"^（[一二三四五六七八九十]+）关于", _t, re.M)) == 10
         and "对负责审核的2名工作人员作出组织处理" in _t and "监督电话" in _t and not SANCTION.search(_three)
         and "责任领导" not in _eight and _t.count("责任领导：") == 9,
         "p02/report.html: expected a public 通报 with 10 items, （三） without sanction, （八） without 责任领导")
    # p03: DOCX both; report prose carries no sanction (the “2名调整岗位支委” of item 8 is a false friend), the closing table
    # does; row 2 “—”; all-done claim vs 正在推进
    _x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
    _t = txt("p03/report.docx")
    _prose = _t[:_t.index("附件：")]
    _cells = between(_t, "问责情况", "中共蘡溪县公路隧道管理所支部委员会\n2025").strip().split("\n")
    form("<w:tbl>" in _x and "<w:b/>" in _x and not SANCTION.search(_prose.replace("2名调整岗位支委", "")) and len(_cells) == 80
         and _cells[1 * 8 + 7] == "—" and "已全部整改到位" in _prose and _cells[0 * 8 + 6] == "正在推进"
         and _cells[8 * 8 + 6] == "持续推进",
         "p03/report.docx: expected sanction-free prose, an 8-column table (row 2 “—”), the all-done claim vs rows 1 and 9")
    # p04: speech 第一，…第九， with 一要…三要 (CRLF); first-person GB18030 report dated 2025-02-18; own items: 5．(绕道)
    # holds nobody, 1．(安全) has no rule, 3．(营商) has no 完成时限
    _t = txt("p04/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t and "决不能只改事不问人" in _t,
         "p04/feedback.txt: expected 一要…三要 and the 三个月内 sentence")
    _t = txt("p04/report.txt")
    _i1, _i3, _i5 = (between(_t, a, b) for a, b in (("1．关于", "2．关于"), ("3．关于", "（二）"), ("5．关于", "6．关于")))
    form(_t.count("我") >= 10 and "2025年2月18日" in _t and not SANCTION.search(_i5)
         and not re.search(r"制度|办法|规定|机制|规程", _i1) and "完成时限" not in _i3 and _t.count("完成时限") == 8,
         "p04/report.txt: expected a first-person report; 5．without sanction, 1．without a rule, 3．without 完成时限")
    # p05: 问题清单 in UTF-16; ledger of 10 rows × 8 fields; rows 2 and 6 end in “—”, row 9 has no 完成时限; nothing published
    _t = txt("p05/report.txt")
    _rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
    form(len(_rows) == 11 and all(len(r) == 8 for r in _rows) and _rows[2][7] == "—" and _rows[6][7] == "—"
         and _rows[9][5] == "—" and not DISCLOSE.search(_t) and "服务窗口公示" in _t,
         "p05/report.txt: expected an 8-field ledger, rows 2 and 6 ending “—”, row 9 undated, no disclosure")
    # p06: 问题N：/整改情况： ×9 with 问题8 skipped; 问题4 holds nobody
    _t = txt("p06/report.txt")
    _four = between(_t, "问题4：", "问题5：")
    form(re.findall(r"^问题(\d+)：", _t, re.M) == ["1", "2", "3", "4", "5", "6", "7", "9", "10"]
         and len(re.findall(r"^整改情况：", _t, re.M)) == 9 and not SANCTION.search(_four) and "人才" not in _t,
         "p06/report.txt: expected 9 问题N：/整改情况： items (8 skipped), 问题4 without sanction")
    # p07: three 从…看 paragraphs; report without 领导小组/第一责任人, nothing on 廉政风险点, a promise instead of a sanction
    _t = txt("p07/report.txt")
    _sec4 = between(_t, "四、问责处理情况", "五、下一步工作")
    form("领导小组" not in _t and "第一责任人" not in _t and "廉政风险" not in _t and "视情严肃追究责任" in _t
         and "技术交流" not in _sec4 and "培训费" not in _sec4 and "收费窗口公示" in _t and DISCLOSE.search(_t),
         "p07/report.txt: expected no 领导小组 / 第一责任人, no answer on 廉政风险点, a promise for the trip, disclosure")
    # p08: DOCX table feedback (header + 10 rows); GB18030 CRLF report whose misconduct items each hold someone
    _x = zipfile.ZipFile(os.path.join(root, "p08", "feedback.docx")).read("word/document.xml").decode("utf-8")
    form(_x.count("<w:tr>") == 11, "p08/feedback.docx: expected a Word table of header + 10 rows")
    _t = txt("p08/report.txt")
    _items = re.split(r"^（[一二三四五六七八九十]+）关于", between(_t, "二、反馈问题整改情况", "三、整改成效"), flags=re.M)[1:]
    form(len(_items) == 10 and all(SANCTION.search(_items[k - 1]) for k in (2, 3, 4, 5, 6))
         and all("责任领导" in i and "完成时限" in i for i in _items),
         "p08/report.txt: expected ten items, sanctions in items 2–6, owner and limit in every bracket")
    # p09: GB18030 HTML news page; report by number, boilerplate twice, item 2 only 深刻反思 and no rule, nothing public
    _t = txt("p09/feedback.html")
    form("您现在的位置" in _t and "举报电话" in _t, "p09/feedback.html: expected page chrome")
    _t = txt("p09/report.txt")
    _rep = "中心党支部组织全体党员干部深入学习上级有关文件精神，对照反馈问题深刻剖析原因，举一反三、查漏补缺，切实把整改成果转化为推动农村生活污水治理工作高质量发展的实际成效"
    _two = between(_t, "（二）针对反馈的第2个问题", "（三）")
    form(len(re.findall(r"^（[一二三四五六七八九]）针对反馈的第\d个问题$", _t, re.M)) == 9 and _t.count(_rep) == 2
         and "深刻反思" in _two and not SANCTION.search(_two) and not re.search(r"制度|办法|规定|机制", _two)
         and not DISCLOSE.search(_t) and "公开" not in _t and "通报批评" in _t,
         "p09/report.txt: expected nine by-number items, the boilerplate twice, a bare 深刻反思 for item 2, no disclosure")
    # p10: heading lines 1．–11．; 进展通报 with the all-done claim vs two ongoing items; 三、 names 2,4,5,6,7 not 10
    _t = txt("p10/report.txt")
    _acc = between(_t, "三、追责问责情况", "四、欢迎监督")
    form("已全部整改完成" in _t and "正在推进" in _t and "正在实施" in _t and "问题2、问题4、问题5、问题6、问题7" in _acc
         and "问题10" not in _acc and "责任人：公司" in _t and "2025年7月8日" in _t
         and len(re.findall(r"^反馈问题：", _t, re.M)) == 11,
         "p10/report.txt: expected the all-done claim, two ongoing items, a 追责问责 line without 问题10, 责任人：公司")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("theme: problems " + ", ".join(f"{k} {v}" for k, v in theme_count.items())
      + f"; (a)/(b) no-accountability judgements: must_flag {acc_judged['must_flag']}, must_not_flag {acc_judged['must_not_flag']}"
      + f"; (c) with must_not_flag: {sum(c_not_flag.values())} in {len(c_not_flag)} pairs")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
