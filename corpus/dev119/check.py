#!/usr/bin/env python3
"""Check the dev119 pairs (p01-p10); adapted from corpus/dev108/check.py.
General checks (as dev108): every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where
declared, a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding;
DOCX: word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000 non-whitespace
characters), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only
the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; mode "pair" with one feedback; no duplicate (kind, issue);
every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has a counter-case
(must_not_flag), one or two pairs have no must_flag (good reports), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Problem counts: each feedback is split by its own structure
(numbered lines, 第N，, inline 一是… restarting per paragraph, 问题N：, a Word-table row, a “存在…；…等问题” sentence) and the
count must equal the gold's `issues` (9-12).
Theme checks: THEME declares every problem (a) misconduct someone must answer for, or (b) an ordinary failing, with the exact
report text that holds someone to account for it, or None. Every (a) problem has a no-accountability judgement in its gold,
must_flag exactly when its declared sanction is None; every declared sanction occurs once in the report and carries a
sanction word; at least two (b) problems per pair carry a no-accountability judgement and none is flagged; each pair has at
least three of each; at least 80% of (a) problems are told without words of discipline law. Dates: late-report is flagged
exactly when the report is more than three months (92 days) after the feedback, in one or two pairs. Pair-specific form
checks follow (where the sanctions sit; what the report leaves out). Usage: python3 check.py [dev119-dir]. Exit 1 on
failure; prints OK last."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("utf-8", "crlf"),
    "p02/report.txt": ("gb18030", "lf"),
    "p04/feedback.txt": ("utf-16-le-bom", "lf"),
    "p05/report.txt": ("gb18030", "crlf"),
    "p06/report.txt": ("utf-16-le-bom", "crlf"),
    "p07/feedback.txt": ("utf-8", "crlf"),
    "p09/feedback.html": ("gb18030", "lf"),
    "p10/report.txt": ("utf-8", "crlf"),
}
HTML = {"p03/feedback.html", "p03/report.html", "p09/feedback.html"}
DOCX = {"p01/report.docx", "p05/feedback.docx", "p08/feedback.docx", "p09/report.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# THEME: per pair, per problem: ("a", sanction) for misconduct an inspector wants someone held to account for, or
# ("b", sanction) for an ordinary failing of work or system. `sanction` is the exact text in the report that holds someone
# to account for that problem, or None where the report holds nobody (for an (a) problem: the planted gap).
THEME = {
    "p01": {1: ("b", None), 2: ("b", None), 3: ("a", "对经手付款的主办会计作出书面检查"),
            4: ("a", "县纪委监委给予副场长宓成林党内警告处分"), 5: ("a", "扣发其2025年第二季度绩效"),
            6: ("a", "对造表发放的综合办公室主任郗婉进行诫勉谈话"), 7: ("a", "局党组对其进行诫勉谈话"),
            8: ("b", None), 9: ("b", None), 10: ("b", None)},
    "p02": {1: ("b", None), 2: ("a", "已向局党组作出书面检查"), 3: ("a", None),
            4: ("a", "局党组对副队长祁怀山进行了诫勉谈话"), 5: ("a", "我对经手收费的两名技术员进行了提醒谈话"),
            6: ("b", None), 7: ("b", None), 8: ("b", None), 9: ("b", None), 10: ("b", None)},
    "p03": {1: ("b", None), 2: ("a", "对负责水箱清洗的2名工作人员进行批评教育"), 3: ("b", None), 4: ("a", None),
            5: ("a", "对签订合同的副站长进行约谈并责令其作出书面检查"), 6: ("b", None), 7: ("b", None),
            8: ("a", "对站长庞致远进行诫勉谈话"), 9: ("b", None), 10: ("b", None), 11: ("b", None)},
    "p04": {1: ("b", None), 2: ("a", "对2名补记温度记录的值班人员进行批评教育"), 3: ("a", None),
            4: ("a", "主办会计作出书面检查"), 5: ("a", "局党委对副主任靳雪芝进行诫勉谈话"),
            6: ("a", "扣发人事专员2024年第四季度绩效"), 7: ("b", None), 8: ("b", None), 9: ("b", None),
            10: ("b", None), 11: ("b", None)},
    "p05": {1: ("b", None), 2: ("a", "作出书面检查，并扣发其2025年上半年绩效"), 3: ("a", "由局党组对其进行诫勉谈话"),
            4: ("a", "学校党支部对其进行批评教育"), 5: ("a", None), 6: ("a", "县纪委监委给予其党内警告处分"),
            7: ("b", None), 8: ("b", None), 9: ("b", None), 10: ("b", None)},
    "p06": {1: ("a", "街道纪工委对所长进行了约谈"), 2: ("a", "审核员作出书面检查"), 3: ("b", None),
            4: ("a", "对经办收费的所办公室负责人进行了批评教育"), 5: ("a", "对组织分发的副所长隆静姝进行了提醒谈话"),
            6: ("b", None), 7: ("b", None), 8: ("b", None), 9: ("b", None), 10: ("b", None)},
    "p07": {1: ("b", None), 2: ("a", "对2名收费员扣发2024年第三季度绩效"), 3: ("a", None),
            4: ("a", "对3名补填记录的查验员进行批评教育"), 5: ("a", "局党组对所长师广陵进行了诫勉谈话"),
            6: ("a", "对收费组组长进行了提醒谈话"), 7: ("b", None), 8: ("b", None), 9: ("b", None),
            10: ("b", None), 11: ("b", None), 12: ("b", None)},
    "p08": {1: ("b", None), 2: ("a", "村报账员对已迁出人员领取分红审核不严，村党支部对其进行批评教育"), 3: ("a", "镇纪委给予其党内警告处分"),
            4: ("a", "镇党委对其进行约谈，本人向镇党委作出书面检查"), 5: ("a", "调整其会计岗位"),
            6: ("b", None), 7: ("b", None), 8: ("b", None), 9: ("b", None)},
    "p09": {1: ("b", None), 2: ("a", "对2名审核人员批评教育，分管副主任宦明澈作出书面检查"),
            3: ("a", "局党组对副主任郏子谦进行诫勉谈话"), 4: ("a", "对经办人员提醒谈话，扣发其2024年第四季度绩效"),
            5: ("a", None), 6: ("b", None), 7: ("b", None), 8: ("b", None), 9: ("b", None), 10: ("b", None)},
    "p10": {1: ("b", None), 2: ("b", None), 3: ("a", "对2名安检员进行批评教育"), 4: ("b", None), 5: ("a", None),
            6: ("a", None), 7: ("a", "采购部经理已调离采购岗位"), 8: ("a", "公司党支部调整了其分管工作"),
            9: ("b", None), 10: ("b", None), 11: ("b", None)},
}
# where the sanctions sit in each report (the theme's places), checked in the form checks below
PLACE = {"p01": "inside the item", "p02": "the secretary's first-person account", "p03": "one sentence citing problems by number",
         "p04": "the last field of a ｜ ledger", "p05": "a closing 追责问责 paragraph naming people by post",
         "p06": "inside the item", "p07": "inside the item (one only promised)", "p08": "a closing 追责问责 paragraph by post, one 移交",
         "p09": "the last column of a closing Word table", "p10": "inside the item, or missing while money and rules are put right"}
# words of discipline law and labels; (a) problems are mostly told without them
LABEL_WORDS = ("违规", "违反", "违纪", "违法", "私自", "擅自", "套取", "虚报", "冒领", "侵占", "挪用", "优亲厚友", "弄虚作假",
               "公款吃喝", "贪污", "截留", "造假")
SANCTION = re.compile(r"约谈|提醒谈话|谈话提醒|诫勉|批评教育|书面检查|作出检查|检讨|扣发|扣减|调离\S{0,4}岗位|调整\S{0,6}(岗位|分管工作)"
                      r"|处分|移交|警告|免去|立案")
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
        got = re.findall(r"^第([一二三四五六七八九十])，(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p03":
        para = [l for l in t.split("\n") if "该站存在以下问题：" in l][0]
        return inline(para.split("该站存在以下问题：", 1)[1].rstrip("。"), 11)
    if name == "p04":
        got = re.findall(r"^问题(\d+)：(.+)\n具体表现：(.+)$", t, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    if name == "p05":
        seg = between(t, "问题表现", "二、整改要求").strip().split("\n")
        assert len(seg) % 3 == 0, "p05: table cells are not in threes"
        rows = [seg[i:i + 3] for i in range(0, len(seg), 3)]
        assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1)), "p05: 序号 column"
        return [r[2] for r in rows]
    if name == "p06":
        out = []
        for lead, k in (("在落实就业和社会保障政策方面，", 3), ("在资金和物资管理方面，", 3), ("在党的建设方面，", 4)):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para[len(lead):].rstrip("。"), k)
        return out
    if name == "p07":
        seg = between(t, "一、巡察发现的主要问题", "二、整改要求")
        got = re.findall(r"^（(十[一二]?|[一二三四五六七八九])）(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p08":
        seg = between(t, "一、巡察发现的问题", "二、整改要求")
        got = re.findall(r"^(\d)．(.+)\n具体表现：(.+)$", seg, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    if name == "p09":
        return between(t, "县房改办党支部存在", "等问题。").split("；")
    if name == "p10":
        seg = between(t, "一、贯彻落实安全生产和保供决策部署方面", "四、整改要求")
        got = re.findall(r"^[1-4]．.+$", seg, re.M)
        assert len(re.findall(r"^1．", seg, re.M)) == 3, "p10: expected numbering to restart in three areas"
        return got
    raise KeyError(name)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
labelled, theme_rows, a_total, a_plain = [], [], [0], [0]
planted, countered, good, texts = {}, {}, [], {}
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
        fails.append(f"{name}: every dev119 pair is mode 'pair' with exactly one feedback.*")
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
        texts[name] = text
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        lo, hi = LENGTHS["report"]
        if not lo <= nchars(text) <= hi:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    n = g["issues"]
    total["issues"] += n
    # problem count against the feedback's own structure; the theme: (a)/(b) declared per problem, gold follows
    th = THEME.get(name, {})
    if sorted(th) != list(range(1, n + 1)):
        fails.append(f"{name}: THEME declares problems {sorted(th)}, gold has 1..{n}")
    if ftext is not None:
        try:
            probs = problems(name, ftext)
            if len(probs) != n:
                fails.append(f"{name}: feedback structure gives {len(probs)} problems, gold says {n}")
            elif not 9 <= n <= 12:
                fails.append(f"{name}: {n} problems, outside 9-12")
            else:
                for k, p in enumerate(probs, 1):
                    hits = [w for w in LABEL_WORDS if w in p]
                    if hits:
                        labelled.append(f"{name}#{k}")
                    if th.get(k, ("b",))[0] == "a":
                        a_total[0] += 1
                        a_plain[0] += not hits
        except Exception as e:
            fails.append(f"{name}: feedback problems could not be split by its structure: {e!r}")
    A = [k for k, (t, _) in th.items() if t == "a"]
    Bs = [k for k, (t, _) in th.items() if t == "b"]
    if len(A) < 3 or len(Bs) < 3:
        fails.append(f"{name}: feedback should mix (a) and (b): {len(A)} (a), {len(Bs)} (b)")
    acc = {f["issue"]: lst for lst in ("must_flag", "must_not_flag") for f in g[lst] if f["kind"] == "no-accountability"}
    for k in A:
        sanction = th[k][1]
        if k not in acc:
            fails.append(f"{name}: (a) problem {k} has no no-accountability judgement in gold")
        elif (acc[k] == "must_flag") != (sanction is None):
            fails.append(f"{name}: (a) problem {k}: gold {acc[k]} but declared sanction {sanction!r}")
        if sanction is not None:
            if text.count(sanction) != 1:
                fails.append(f"{name}: declared sanction for {k} occurs {text.count(sanction)} times: {sanction}")
            if not SANCTION.search(sanction):
                fails.append(f"{name}: declared sanction for {k} holds nobody: {sanction}")
    judged_b = [k for k in Bs if k in acc]
    if len(judged_b) < 2:
        fails.append(f"{name}: only {len(judged_b)} (b) problems carry a no-accountability judgement (need 2)")
    for k in Bs:
        if acc.get(k) == "must_flag":
            fails.append(f"{name}: (b) problem {k} is flagged no-accountability")
    theme_rows.append(f"{name}: (a) {A} sanctions " + ", ".join(f"#{k}={'—' if th[k][1] is None else 'yes'}" for k in A)
                      + f"; (b) judged {judged_b}; place: {PLACE[name]}")
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


def days(a, b):
    import datetime
    return (datetime.date(*b) - datetime.date(*a)).days


# ---- dates (feedback, report) and per-pair form checks ----
DATES = {"p01": ((2025, 4, 16), (2025, 7, 8), "2025年4月16日", "2025年7月8日"),
         "p02": ((2024, 10, 22), (2025, 2, 12), "2024年10月22日", "2025年2月12日"),
         "p03": ((2025, 3, 11), (2025, 6, 3), "3月11日", "2025年6月3日"),
         "p04": ((2024, 11, 26), (2025, 2, 18), "2024年11月26日", "2025年2月18日"),
         "p05": ((2025, 5, 20), (2025, 8, 12), "2025年5月20日", "2025年8月12日"),
         "p06": ((2024, 9, 24), (2024, 12, 16), "2024年9月24日", "2024年12月16日"),
         "p07": ((2024, 7, 9), (2024, 11, 5), "2024年7月9日", "2024年11月5日"),
         "p08": ((2025, 1, 8), (2025, 3, 31), "2025年1月8日", "2025年3月31日"),
         "p09": ((2024, 12, 10), (2025, 3, 4), "12月10日", "2025年3月4日"),
         "p10": ((2025, 2, 18), (2025, 5, 14), "2025年2月18日", "2025年5月14日")}
FBNAME = {"p01": "feedback.txt", "p02": "feedback.txt", "p03": "feedback.html", "p04": "feedback.txt", "p05": "feedback.docx",
          "p06": "feedback.txt", "p07": "feedback.txt", "p08": "feedback.docx", "p09": "feedback.html", "p10": "feedback.txt"}
DISCLOSE = re.compile(r"门户网站|政府网站|公开栏|主动公开|监督电话|联系电话|向社会公开")


def txt(rel):
    return visible(os.path.join(root, rel))[0]


try:
    late = []
    for name, (fd, rd, fs, rs) in DATES.items():
        if not os.path.isdir(os.path.join(root, name)):
            continue
        form(fs in txt(f"{name}/{FBNAME[name]}") and rs in texts.get(name, ""), f"{name}: feedback/report dates not found")
        g = json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))
        is_late = days(fd, rd) > 92
        flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
        form(is_late == flagged, f"{name}: {days(fd, rd)} days but late-report must_flag={flagged}")
        if is_late:
            late.append(name)
    form(1 <= len(late) <= 2, f"expected one or two late reports, found {late}")
    # p01: ten 关于“…”的问题 items with five fields, sanctions inside 整改措施 of #3–#7 only
    _t = texts["p01"]
    _items = between(_t, "二、反馈问题整改落实情况", "三、建章立制情况")
    form(len(re.findall(r"^（[一二三四五六七八九十]）关于“", _items, re.M)) == 10
         and all(len(re.findall(f"^{f}：", _items, re.M)) == 10 for f in ("整改措施", "责任领导", "责任科室", "完成时限", "整改结果")),
         "p01/report.docx: expected ten items with five field paragraphs")
    _meas = re.findall(r"^整改措施：(.+)$", _items, re.M)
    form([bool(SANCTION.search(m)) for m in _meas] == [False, False, True, True, True, True, True, False, False, False],
         "p01/report.docx: sanctions should sit inside 整改措施 of items 3–7 only")
    # p02: first-person secretary's report (GB18030), late; #3 answered without any sanction; no 劳务 rule
    _t = texts["p02"]
    _three = between(_t, "二是针对成活率核查表在办公室填写的问题", "三是针对森林防火巡护记录不完整的问题")
    form(_t.count("我") >= 8 and not SANCTION.search(_three) and not re.search(r"劳务用工\S{0,6}(制度|办法|规定)", _t),
         "p02/report.txt: expected a first-person report, #3 without sanction, no 劳务用工 rule")
    # p03: HTML pair; one by-number sanction sentence naming 第二、第五、第八 and not 第四; item （四） holds nobody
    _t = texts["p03"]
    _acc = between(_t, "三、追责问责情况", "四、下一步工作")
    _four = between(_t, "（四）关于", "（五）关于")
    form("第二、第五、第八个问题" in _acc and "第四" not in _acc and not SANCTION.search(_four)
         and not SANCTION.search(between(_t, "二、反馈问题整改进展", "三、追责问责情况"))
         and "索引号" in _t and "主动公开" in _t, "p03/report.html: expected sanctions only in the by-number sentence, none for （四）")
    form("当前位置" in txt("p03/feedback.html") and "网站标识码" in txt("p03/feedback.html"), "p03/feedback.html: page chrome")
    # p04: ledger of 11 rows × 8 fields; row 3 ends “—”, ordinary rows “不涉及”; row 8 owned by 门诊/各科室; no disclosure
    _t = texts["p04"]
    _rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
    form(len(_rows) == 12 and all(len(r) == 8 for r in _rows) and _rows[3][7] == "—" and _rows[8][3:5] == ["门诊", "各科室"]
         and [r[7] == "不涉及" for r in _rows[1:]] == [THEME["p04"][k][0] == "b" for k in range(1, 12)]
         and not DISCLOSE.search(_t) and "已整改完成10个，1个正在推进" in _t
         and sum(r[6].startswith("进行中") for r in _rows[1:]) == 3,
         "p04/report.txt: expected an 8-field ledger (row 3 “—”, row 8 门诊/各科室), no disclosure, 10+1 claim vs 3 进行中")
    # p05: DOCX table feedback; 问题N：/整改情况： ×10; closing 追责问责 paragraph without 资料费; 问题10 without 完成时限
    _x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
    form(_x.count("<w:tr>") == 11, "p05/feedback.docx: expected a Word table of header + 10 rows")
    _t = texts["p05"]
    _acc = between(_t, "三、追责问责情况", "四、整改总体情况")
    _items = between(_t, "二、反馈问题整改情况", "三、追责问责情况")
    form(len(re.findall(r"^问题\d+：", _t, re.M)) == 10 and len(re.findall(r"^整改情况：", _t, re.M)) == 10
         and "资料费" not in _acc and not SANCTION.search(_items) and _items.count("完成时限") == 9
         and "完成时限" not in between(_t, "问题10：", "三、追责问责情况"),
         "p05/report.txt: expected 10 items without sanctions, a 追责问责 paragraph without 资料费, 问题10 undated")
    # p06: speech with restarting 一是; report without 领导小组 / 第一责任人 / disclosure / 积极分子
    _t = texts["p06"]
    form("领导小组" not in _t and "第一责任人" not in _t and "工作专班" not in _t and not DISCLOSE.search(_t)
         and "积极分子" not in _t and "发展党员" not in _t, "p06/report.txt: expected no leadership, no disclosure, nothing on 发展党员")
    # p07: 12 反馈问题： items; all-done claim vs two ongoing items; （三） only promises
    _t = texts["p07"]
    _three = between(_t, "反馈问题：对熟人免收违约金。", "（四）")
    form(len(re.findall(r"^反馈问题：", _t, re.M)) == 12 and "已全部整改到位" in _t and "正在继续联系交易户退还" in _t
         and "正在办理结算审核" in _t and "视情严肃处理" in _three and not SANCTION.search(_three),
         "p07/report.txt: expected the all-done claim, two ongoing items, a promise only in （三）")
    # p08: DOCX feedback with bold headings; report with 9 items and a closing 追责问责 paragraph holding all four
    _x = zipfile.ZipFile(os.path.join(root, "p08", "feedback.docx")).read("word/document.xml").decode("utf-8")
    _t = texts["p08"]
    form("<w:b/>" in _x and len(re.findall(r"^（[一二三四五六七八九]）关于", _t, re.M)) == 9
         and len(SANCTION.findall(between(_t, "三、追责问责情况", "四、整改总体情况"))) >= 5,
         "p08: expected bold DOCX headings and a report with 9 items and a full 追责问责 paragraph")
    # p09: GB18030 HTML news page; DOCX report: prose without sanctions, pasted paragraph twice, table of 10 rows × 8
    form("您现在的位置" in txt("p09/feedback.html"), "p09/feedback.html: page chrome")
    _x = zipfile.ZipFile(os.path.join(root, "p09", "report.docx")).read("word/document.xml").decode("utf-8")
    _t = texts["p09"]
    _prose = _t[:_t.index("附件：整改台账")]
    _cells = between(_t, "附件：整改台账", "中共蓁城县住房制度改革办公室支部委员会\n2025").strip().split("\n")
    _paste = "对照反馈问题深入查找差距，举一反三、以案促改"
    form("<w:tbl>" in _x and not SANCTION.search(_prose) and len(_cells) == 88 and _cells[5 * 8 + 7] == "—"
         and _cells[6 * 8 + 5] == "持续推进" and _prose.count(_paste) == 2,
         "p09/report.docx: expected sanction-free prose, a 11×8 table (row 5 “—”, row 6 持续推进), the paste twice")
    # p10: （一）–（十） items, none on 档案/充装记录; （五）（六） hold nobody; （二） owned by 公司; no 领导小组
    _t = texts["p10"]
    _five_six = between(_t, "（五）关于", "（七）关于")
    form(len(re.findall(r"^（[一二三四五六七八九十]）关于", _t, re.M)) == 10 and "档案" not in _t and "充装记录" not in _t
         and not SANCTION.search(_five_six) and "责任部门：公司\n责任人：公司" in _t and "领导小组" not in _t
         and "第一责任人" not in _t, "p10/report.txt: expected 10 items, nothing on 档案, （五）（六） without sanction, （二） owned by 公司")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
form(a_total[0] and a_plain[0] / a_total[0] >= 0.8, f"(a) problems told without labelling words: {a_plain[0]}/{a_total[0]}, need 80%")
for r in theme_rows:
    print("theme " + r)
print(f"(a) problems without labelling words: {a_plain[0]}/{a_total[0]}; problems carrying one: {', '.join(labelled) or 'none'}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
