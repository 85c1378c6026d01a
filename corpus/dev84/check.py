#!/usr/bin/env python3
"""Check the dev84 pairs (p01-p10, pair ids d84-01 … d84-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; HTML: the same, and its <meta> charset must name the declared encoding, visible text = body without
tags; DOCX: word/document.xml paragraph text, table cells included), every `links` substring occurs exactly once in the
document's visible text, each gold.json is consistent (only the dev-pairs keys; mode "pair"; known kinds; null issue for
document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at
least one link; no duplicate (kind, issue); every entry has a why; no stray files in a pair folder), every gap kind is
planted (must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, exactly one pair
has no must_flag (the good report), every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze
JSON, the problem count of each gold equals the count read off the feedback's own numbering (per-pair rule below), the
feedback and report dates are in the documents and late-report is must_flag exactly when the report is dated after
three months, must_not_flag otherwise. Each feedback must have 800-3000 and each report 900-5000 non-whitespace
characters. Pair-specific form checks follow at the end. Usage: python3 check.py [dev84-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("utf-8", "crlf"),
    "p04/report.txt": ("gb18030", "lf"),
    "p05/feedback.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("gb18030", "lf"),
    "p07/feedback.txt": ("gb18030", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
    "p08/report.html": ("gb18030", "lf"),
    "p10/feedback.txt": ("utf-16-le-bom", "crlf"),
}
HTML = {"p02/feedback.html", "p08/report.html"}
DOCX = {"p03/feedback.docx", "p03/report.docx", "p09/feedback.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (900, 5000)}
# feedback date, report date (as written in the documents)
DATES = {"p01": ("2025-06-17", "2025-09-08"), "p02": ("2025-06-18", "2025-09-12"), "p03": ("2025-06-19", "2025-09-15"),
         "p04": ("2025-06-20", "2025-10-24"), "p05": ("2025-06-23", "2025-09-16"), "p06": ("2025-06-24", "2025-09-19"),
         "p07": ("2025-06-24", "2025-09-05"), "p08": ("2025-06-25", "2025-09-22"), "p09": ("2025-06-26", "2025-10-13"),
         "p10": ("2025-06-27", "2025-09-24")}
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


def html_visible(src):
    t = re.sub(r"(?is)<head>.*?</head>", "", src)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h\d|li|tr|table|ul)>", "\n", t)
    t = re.sub(r"(?i)</td>", " ", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return "\n".join(line.strip() for line in t.split("\n") if line.strip())


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        m = re.search(r"""charset=["']?([\w-]+)""", text, re.I)
        want = DECLARED.get(rel, ("utf-8", "lf"))[0]
        assert m and m.group(1).lower() == want, f"meta charset {m.group(1) if m else None} != declared {want}"
        return html_visible(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return f"{y}年{m}月{d}日"


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, golds = {}, {}, [], {}
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
    golds[name] = g
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1 or len(fb) != 1 or g["mode"] != "pair":
        fails.append(f"{name}: every dev84 pair is mode 'pair' with exactly one feedback.* and one report.*")
        continue
    encs, texts = [], {}
    for kind, f in (("feedback", fb[0]), ("report", rp[0])):
        try:
            t, e = visible(f)
            texts[kind] = t
            encs.append(f"{os.path.basename(f)}={e} ({nchars(t)} chars)")
            lo, hi = LENGTHS[kind]
            if not lo <= nchars(t) <= hi:
                fails.append(f"{name}: {kind} has {nchars(t)} characters, outside {lo}-{hi}")
        except Exception as e:
            fails.append(f"{name}: {f} does not decode as declared: {e}")
    if len(texts) != 2:
        continue
    text = texts["report"]
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
    # dates and late-report
    fdate, rdate = DATES[name]
    if cn_date(fdate) not in texts["feedback"] and f"{int(fdate[5:7])}月{int(fdate[8:])}日" not in texts["feedback"]:
        fails.append(f"{name}: feedback date {fdate} not in the feedback")
    if cn_date(rdate) not in text:
        fails.append(f"{name}: report date {rdate} not in the report")
    fd, rd = datetime.date.fromisoformat(fdate), datetime.date.fromisoformat(rdate)
    due = datetime.date(fd.year + (fd.month + 2) // 12, (fd.month + 2) % 12 + 1, fd.day)
    late = rd > due
    if late != (("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}):
        fails.append(f"{name}: report {(rd - fd).days} days after feedback (due {due}), late={late}, but gold disagrees")
    if not late and ("late-report", None) not in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}:
        fails.append(f"{name}: on-time report without a late-report must_not_flag")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rd - fd).days} days{' LATE' if late else ''}; "
          f"score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def xml(rel):
    return zipfile.ZipFile(os.path.join(root, rel)).read("word/document.xml").decode("utf-8")


def count(name, n):
    """The problem count read off the feedback's own numbering must equal the gold's."""
    form(n == golds[name]["issues"], f"{name}: the feedback's own numbering gives {n} problems, gold says {golds[name]['issues']}")


CN = "一二三四五六七八九十"
DISCLOSE = re.compile(r"整改情况.{0,24}(公开|公布)|公开栏|门户网站|官方网站|学校网站|向社会公开|监督电话|主动公开")

# ---- problem counts from each feedback's own structure ----
_t = txt("p01/feedback.txt")  # continuous 1．–8． between 一、 and 二、整改意见, three （N）在…方面 areas
_s = _t[_t.index("一、巡察发现的主要问题"):_t.index("二、整改意见")]
_n = re.findall(r"^(\d)．", _s, re.M)
form(_n == [str(i) for i in range(1, len(_n) + 1)] and len(re.findall(r"^（[一二三]）在.+方面$", _s, re.M)) == 3,
     "p01/feedback.txt: expected three （N）在…方面 areas with continuous 1．–N．")
count("p01", len(_n))
_t = txt("p02/feedback.html")  # one sentence 一是…七是 after “主要表现在：”
_s = _t[_t.index("主要表现在："):]
_s = _s[:_s.index("\n")]
_n = re.findall(r"[；：]([一二三四五六七八九十])是", _s)
form(_n == list(CN[:len(_n)]), "p02/feedback.html: expected 一是…N是 in order in the findings sentence")
count("p02", len(_n))
_x = xml("p03/feedback.docx")  # bold （一）–（九） heading paragraphs between 一、主要问题 and 二、整改意见
_b = [m for m in re.findall(r"(?s)<w:p[ >].*?</w:p>", _x) if "<w:b/>" in m]
_h = [re.sub(r"<[^>]+>", "", p) for p in _b if re.search(r"<w:t(?:\s[^>]*)?>（[一二三四五六七八九十]）", p)]
form([h[1] for h in _h] == list(CN[:len(_h)]), "p03/feedback.docx: expected bold （一）…（N） heading paragraphs")
count("p03", len(_h))
_t = txt("p04/feedback.txt")  # paragraphs 第一，…第七，; the 原因 paragraph and 一要…三要 are not problems
_n = re.findall(r"^第([一二三四五六七八九十])，", _t, re.M)
form(_n == list(CN[:len(_n)]) and all(f"{c}要" in _t for c in "一二三"), "p04/feedback.txt: expected 第一，…第N， paragraphs and 一要…三要")
count("p04", len(_n))
_t = txt("p05/feedback.txt")  # areas 一、二、三、…方面 with restarting 1．2．(3．); 四、整改意见 is not an area
_s = _t[:_t.index("四、整改意见")]
_areas = re.split(r"^[一二三]、在.+方面$", _s, flags=re.M)[1:]
_per = [len(re.findall(r"^\d．", a, re.M)) for a in _areas]
form(_per == [2, 3, 2], f"p05/feedback.txt: expected areas with restarting 1．: 2+3+2, got {_per}")
count("p05", sum(_per))
_t = txt("p06/feedback.txt")  # 一、…六、 heading。detail before the unnumbered 整改意见 paragraph
_n = re.findall(r"^([一二三四五六七八九十])、[^。\n]+。", _t[:_t.index("整改意见：")], re.M)
form(_n == list(CN[:len(_n)]), "p06/feedback.txt: expected 一、…N、 heading。detail")
count("p06", len(_n))
_t = txt("p07/feedback.txt")  # 1．–6． heading lines + 具体表现： lines
_n = re.findall(r"^(\d)．\S+$", _t, re.M)
form(_n == [str(i) for i in range(1, len(_n) + 1)] and len(re.findall(r"^具体表现：", _t, re.M)) == len(_n),
     "p07/feedback.txt: expected N．heading lines each with a 具体表现： line")
count("p07", len(_n))
_t = txt("p08/feedback.txt")  # one sentence “该所还存在…；…；…等问题”
_s = _t[_t.index("该所还存在") + len("该所还存在"):]
_s = _s[:_s.index("等问题")]
count("p08", len(_s.split("；")))
_t = txt("p09/feedback.docx")  # 一是…六是 inline in two 从…看 paragraphs
_paras = [p for p in _t.split("\n") if p.startswith("从")]
_n = [c for p in _paras for c in re.findall(r"([一二三四五六七八九十])是", p)]
form(len(_paras) == 2 and _n == list(CN[:len(_n)]), "p09/feedback.docx: expected 一是…N是 across two 从…看 paragraphs")
count("p09", len(_n))
_t = txt("p10/feedback.txt")  # 问题1：…问题7： + 具体表现：
_n = re.findall(r"^问题(\d)：", _t, re.M)
form(_n == [str(i) for i in range(1, len(_n) + 1)] and len(re.findall(r"^具体表现：", _t, re.M)) == len(_n),
     "p10/feedback.txt: expected 问题N： lines each with 具体表现：")
count("p10", len(_n))

# ---- per-pair report form checks ----
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七八]）关于“", _t, re.M)) == 8 and len(re.findall(r"^整改时限：", _t, re.M)) == 8
     and len(re.findall(r"^责任领导：", _t, re.M)) == 8 and "第一责任人" in _t and DISCLOSE.search(_t),
     "p01/report.txt: expected eight 关于“…”的问题 items with fields, a 第一责任人 and disclosure")
_h = txt("p02/feedback.html")
form(all(s in _h for s in ("当前位置", "相关链接", "版权所有", "责任编辑")), "p02/feedback.html: expected page chrome")
_t = txt("p02/report.txt")
_heads = re.findall(r"^\d．关于(.+?)的问题$", _t, re.M)
form(len(_heads) == 7 and _heads[0].startswith("乡党委落实全面从严治党") and "根据项目审批进度确定" in _t
     and "陆" not in _t and DISCLOSE.search(_t), "p02/report.txt: expected seven items in own order, an undated item, disclosure")
_x = xml("p03/report.docx")
_rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
_cells = [["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)] for r in _rows]
_t = txt("p03/report.docx")
form(len(_rows) == 10 and all(len(c) == 7 for c in _cells) and _cells[8][3] == "党支部委员会" and _cells[9][5] == "持续推进"
     and "已全部整改完成" in _t and "剩余400吨" in _t, "p03/report.docx: expected a 7-column ledger of 9 rows, row 8 owned by a body, row 9 undated, the all-done claim")
_t = txt("p04/report.txt")
form(_t.count("我") >= 10 and len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7 and "瑶医骨伤" not in _t
     and "制剂室" not in _t.split("（六）")[1].split("（七）")[0], "p04/report.txt: expected a first-person report, 7 items, （六） without specifics")
_t = txt("p05/report.txt")
form(len(re.findall(r"^（[一二三四五]）针对反馈意见第", _t, re.M)) == 5 and "第三部分第1个问题" not in _t
     and "第一部分第2个问题和第二部分第2个问题" in _t, "p05/report.txt: expected five by-number answers, one merged, none for 第三部分第1个")
_t = txt("p06/report.txt")
form("领导小组" not in _t and "第一责任人" not in _t and not DISCLOSE.search(_t) and "责任人：社区全体工作人员" in _t
     and "陆永刚" not in _t, "p06/report.txt: expected no 领导小组, no disclosure, a collective owner, nothing on 陆永刚")
_t = txt("p07/report.txt")
_rep = "所党支部召开专题会议认真学习殡葬管理法规政策，对照问题逐项查摆原因，建立整改台账，明确责任人和完成时限，做到整改一项、销号一项，确保问题按期整改到位"
form(_t.count(_rep) == 2 and len(re.findall(r"^问题\d：", _t, re.M)) == 6 and len(re.findall(r"^整改情况：", _t, re.M)) == 6,
     "p07/report.txt: expected 问题N：/整改情况： for six problems and the pasted paragraph twice")
_t = txt("p08/report.html")
form(_t.startswith("薁山县人民政府") and "索引号" in _t and "整改完成率100%" in _t and "纳入2026年" in _t
     and "养护资金管理" not in _t, "p08/report.html: expected a public 通报 with header, the 100% claim and roads left to 2026")
_t = txt("p09/report.txt")
_rep = "站党支部高度重视巡察反馈问题，组织全体党员干部认真学习习近平总书记关于林业工作的重要论述，对照问题认真查摆，深刻剖析原因，举一反三，建立健全长效机制，确保整改取得实效"
form(_t.count(_rep) == 2 and "补偿" not in _t and "整改工作领导小组" not in _t and "第一责任人" not in _t
     and len(re.findall(r"^[一二三四五]、关于", _t, re.M)) == 5, "p09/report.txt: expected five items, no 补偿资金, the paragraph twice, no 领导小组")
_t = txt("p10/report.txt")
form("针对问题6和问题7" in _t and not DISCLOSE.search(_t) and len(re.findall(r"^（[一二三四五六]）抓", _t, re.M)) == 6,
     "p10/report.txt: expected six 抓… headings with a merged one and no disclosure")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good report: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
