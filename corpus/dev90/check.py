#!/usr/bin/env python3
"""Check the dev90 pairs (p01-p10, pair ids d90-01 … d90-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 or GBK
file must not be valid UTF-8; HTML: as TXT, plus its meta charset must name the declared encoding, visible text = tags
stripped, <script>/<style>/<head> dropped, entities unescaped; DOCX: word/document.xml paragraph text, table cells
included), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the
dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; every pair mode "pair" with one feedback; no duplicate
(kind, issue); every entry has a why; no stray files; notes.md has the sections Forms, Dates, Problems (N), Links, Gold and
why, Traps, May report and names every must_flag kind), every gap kind is planted (must_flag) in at least one pair and has
at least one counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good reports), late-report in the
gold agrees with the dates (feedback date in the feedback, report date in the report, three calendar months), the
problem count of each gold equals the count taken from the feedback's own structure, and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback must have 650-3000 and each report 900-5000
non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev90-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of every text or HTML file; DOCX files are listed in DOCX
DECLARED = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p02/feedback.txt": ("gb18030", "lf"),
    "p02/report.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p04/feedback.txt": ("utf-8", "crlf"),
    "p04/report.html": ("utf-8", "lf"),
    "p05/feedback.html": ("utf-8", "lf"),
    "p06/feedback.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p07/feedback.txt": ("utf-8", "lf"),
    "p07/report.txt": ("gb18030", "crlf"),
    "p08/report.txt": ("utf-8", "lf"),
    "p09/feedback.txt": ("utf-16-le-bom", "crlf"),
    "p09/report.html": ("gbk", "lf"),
    "p10/feedback.txt": ("utf-8", "lf"),
}
DOCX = {"p01/report.docx", "p03/feedback.docx", "p05/report.docx", "p08/feedback.docx", "p10/report.docx"}
LENGTHS = {"feedback": (650, 3000), "report": (900, 5000)}
# feedback date and report date of every pair (each must appear in its document as 2025年M月D日)
DATES = {"p01": ("2025-04-16", "2025-07-08"), "p02": ("2025-03-20", "2025-06-30"), "p03": ("2025-05-27", "2025-08-19"),
         "p04": ("2025-04-22", "2025-07-16"), "p05": ("2025-06-05", "2025-08-28"), "p06": ("2025-04-10", "2025-07-09"),
         "p07": ("2025-05-08", "2025-08-22"), "p08": ("2025-03-11", "2025-06-03"), "p09": ("2025-04-24", "2025-07-18"),
         "p10": ("2025-06-12", "2025-09-03")}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED[rel]
    if enc == "utf-16-le-bom":
        assert raw.startswith(b"\xff\xfe"), "no UTF-16 LE BOM"
        text = raw[2:].decode("utf-16-le")
    elif enc in ("gb18030", "gbk"):
        try:
            raw.decode("utf-8")
            raise AssertionError(f"declared {enc} but is valid UTF-8")
        except UnicodeDecodeError:
            pass
        text = raw.decode(enc)
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
    t = re.sub(r"(?is)<(script|style|head)\b[^>]*>.*?</\1>", "", src)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|tr|ul|table)>", "\n", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def docx_paras(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    out = []
    for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml):
        text = html.unescape("".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)))
        if text.strip():
            out.append((text, "<w:b/>" in p))
    return out, xml


def docx_text(path):
    paras, xml = docx_paras(path)
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>"), ("landscape", 'w:orient="landscape"')) if tag in xml]
    return "\n".join(p for p, _ in paras), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    assert rel in DECLARED, "undeclared text file"
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        m = re.search(r"(?i)charset=[\"']?([\w-]+)", text)
        assert m and m.group(1).lower() == DECLARED[rel][0], f"meta charset {m and m.group(1)} != declared"
        return html_text(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def cn_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def add_months(d, n):
    m = d.month - 1 + n
    return datetime.date(d.year + m // 12, m % 12 + 1, d.day)


# ---- problem counts taken from each feedback's own structure (independent of the gold) ----
def count_p01(t):  # continuous 1．–7． under three （N）…方面 areas, before 二、整改意见
    return len(re.findall(r"^[1-9]．", t[:t.index("二、整改意见")], re.M))


def count_p02(t):  # speech paragraphs 第一，…第七，
    return len(re.findall(r"^第[一二三四五六七八九十]，", t, re.M))


def count_p03(_t):  # DOCX bold （N） heading paragraphs before 二、整改意见
    paras, _ = docx_paras(os.path.join(root, "p03/feedback.docx"))
    end = [p for p, _ in paras].index("二、整改意见")
    return sum(1 for p, b in paras[:end] if b and re.match(r"^（[一二三四五六七八九十]）", p))


def count_p04(t):  # areas with restarting 1．2．(3．) heading lines, before 针对上述问题
    return len(re.findall(r"^[1-9]．", t[:t.index("针对上述问题")], re.M))


def count_p05(t):  # 一是…N是 inside the 巡察组指出 paragraph only (the 表态 has its own 一是…三是)
    para = [l for l in t.split("\n") if "巡察组指出" in l][0]
    return len(re.findall(r"[一二三四五六七八九十]是", para))


def count_p06(t):  # 问题一：…
    return len(re.findall(r"^问题[一二三四五六七八九十]：", t, re.M))


def count_p07(t):  # （N） paragraphs in part 一 only (part 二 restarts （一）–（四）)
    return len(re.findall(r"^（[一二三四五六七八九十]）", t[:t.index("二、整改意见")], re.M))


def count_p08(_t):  # 一是…N是 in the two 从…看 paragraphs
    paras, _ = docx_paras(os.path.join(root, "p08/feedback.docx"))
    return sum(len(re.findall(r"[一二三四五六七八九十]是", p)) for p, _ in paras if p.startswith("从"))


def count_p09(t):  # continuous 1．–8． before 二、整改要求
    return len(re.findall(r"^[1-9]．", t[:t.index("二、整改要求")], re.M))


def count_p10(t):  # one sentence “主要是：…；…等问题”
    seg = t[t.index("主要是：") + 4:]
    seg = seg[:seg.index("等问题")]
    return len(seg.split("；"))


COUNT = {"p01": count_p01, "p02": count_p02, "p03": count_p03, "p04": count_p04, "p05": count_p05, "p06": count_p06,
         "p07": count_p07, "p08": count_p08, "p09": count_p09, "p10": count_p10}

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
        fails.append(f"{name}: every dev90 pair is mode 'pair' with exactly one feedback.*")
        continue
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
    n = g["issues"]
    total["issues"] += n
    try:
        counted = COUNT[name](ftext)
        if counted != n:
            fails.append(f"{name}: the feedback's structure gives {counted} problems, gold says {n}")
    except Exception as e:
        fails.append(f"{name}: could not count problems in the feedback: {e!r}")
    # dates and late-report
    fd, rd = DATES[name]
    _fdd = datetime.date.fromisoformat(fd)
    if cn_date(fd) not in ftext and not (f"{_fdd.month}月{_fdd.day}日" in ftext and str(_fdd.year) in ftext):
        fails.append(f"{name}: feedback date {fd} not in the feedback")
    if cn_date(rd) not in text:
        fails.append(f"{name}: report date {rd} not at the report")
    late = datetime.date.fromisoformat(rd) > add_months(datetime.date.fromisoformat(fd), 3)
    in_flag = any(f["kind"] == "late-report" for f in g["must_flag"])
    in_not = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != in_flag or late == in_not:
        fails.append(f"{name}: late={late} but gold must_flag={in_flag}, must_not_flag={in_not}")
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
    if "notes.md" in files:
        notes = open(os.path.join(d, "notes.md"), encoding="utf-8").read()
        for sec in ("## Forms", "## Dates", f"## Problems ({n})", "## Links", "## Gold and why", "## Traps", "## May report"):
            if sec not in notes:
                fails.append(f"{name}: notes.md lacks section '{sec}'")
        for f in g["must_flag"]:
            if f["kind"] not in notes:
                fails.append(f"{name}: notes.md does not discuss must_flag {f['kind']}")
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
    print(f"{name}: {g['mode']}, {n} issues (counted {COUNT[name](ftext)}), must_flag {len(g['must_flag'])}, "
          f"must_not_flag {len(g['must_not_flag'])}, links {len(g.get('links', []))}; {', '.join(encs)}; "
          f"{fd}→{rd} {'LATE' if late else 'in time'}; score.py on empty output {last}")
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


# ---- per-pair form checks ----
# rectification disclosure (not 公示 of loans or fees, not 公开招聘/公开招标)
DISCLOSE = re.compile(r"(网站|公众号|公开栏|公示栏|专栏)[^。]{0,8}公开|向社会公开|予以公布|整改[^。]{0,12}公开|监督电话|联系电话")
try:
    # p01: three （N）…方面 areas, 1．–7．, 整改意见 （一）–（四）; DOCX report with 7 bold 关于 headings and five fields each
    _t = txt("p01/feedback.txt")
    form(_t.count("方面\n") == 3 and "（四）按时报告整改情况" in _t, "p01/feedback.txt: expected three areas and 整改意见 （一）–（四）")
    _p, _ = docx_paras(os.path.join(root, "p01/report.docx"))
    _t = txt("p01/report.docx")
    form(sum(1 for p, b in _p if b and re.match(r"^（[一二三四五六七]）关于“", p)) == 7
         and all(len(re.findall("^" + f + "：", _t, re.M)) == 7 for f in ("整改措施", "责任领导", "责任科室", "整改时限", "整改成效"))
         and "扣发其当季度绩效奖励" in _t and DISCLOSE.search(_t), "p01/report.docx: expected 7 bold 关于 items with five fields")
    # p02: speech with 第一，…第七，, 一要…三要, 三个月内; first-person report in the order 3,2,4,1,5,7,6, CRLF, late
    _t = txt("p02/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t and "第八，" not in _t, "p02/feedback.txt: expected 一要…三要, 三个月内")
    _t = txt("p02/report.txt")
    _h = re.findall(r"^（[一二三四五六七]）关于(\S+?)的问题$", _t, re.M)
    form(_t.count("我") >= 8 and len(_h) == 7 and "骗取" in _h[0] and "冒领" in _h[1] and "内控" in _h[2] and "代缴" in _h[3]
         and "研究制定经办内控相关制度" in _t and "问责" not in _t.split("（二）关于")[1].split("（三）关于")[0],
         "p02/report.txt: expected a first-person report in order 3,2,4,1,5,7,6, no person dealt with under 冒领")
    # p03: DOCX feedback with bold （一）–（八） + 二、整改意见 一是…四是; GB18030 ｜ ledger, 8 rows × 8 fields, no 领导小组
    _t = txt("p03/feedback.docx")
    form(all(f"{c}是" in _t.split("二、整改意见")[1] for c in "一二三四"), "p03/feedback.docx: expected 整改意见 一是…四是")
    _t = txt("p03/report.txt")
    _rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
    form(len(_rows) == 9 and all(len(r) == 8 for r in _rows) and _rows[7][6] == "将严肃追责" and _rows[6][2].startswith("进一步加强")
         and _rows[3][6].startswith("涉事项目经理已调离") and not re.search(r"整改[^。]{0,4}领导小组", _t) and "第一责任人" not in _t
         and "党支部书记" not in _t,
         "p03/report.txt: expected a 9-line ledger of 8 fields, row 7 将严肃追责, row 6 slogans, no 领导小组")
    # p04: restarting 1．2．(3．) heading lines + detail lines, CRLF; public HTML 通报 with chrome, the all-done claim
    _t = txt("p04/feedback.txt")
    form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[一二三]、\S+方面$", _t, re.M)) == 3,
         "p04/feedback.txt: expected three 一、…方面 areas with restarting 1．")
    _t = txt("p04/report.html")
    form(_t.startswith("藦溪县水利局") and "当前位置" in _t and len(re.findall(r"^[1-7]．关于", _t, re.M)) == 7
         and "7个问题已全部完成整改" in _t and "计划于2025年11月底前完成全部年度投资" in _t and "正在进行资格审查" in _t
         and "制定《工程计量签证管理办法》。" in _t, "p04/report.html: expected page chrome, 7 items, the all-done claim and 2 open items")
    # p05: HTML news page; 一是…七是 in 指出, 一是…三是 in the 表态; DOCX report skipping 学科建设, closing 追责 + rules table
    _t = txt("p05/feedback.html")
    _tai = [l for l in _t.split("\n") if "表示" in l and "党委书记" in l][0]
    form(_t.startswith("蘩州医学院新闻网") and "相关阅读" in _t and len(re.findall(r"[一二三四五六七八九]是", _tai)) == 3,
         "p05/feedback.html: expected page chrome and a 表态 with 一是…三是")
    _p, _x = docx_paras(os.path.join(root, "p05/report.docx"))
    _t = txt("p05/report.docx")
    form(sum(1 for p, b in _p if b and re.match(r"^（[一二三四五六]）关于", p)) == 6 and "学科建设" not in _t and "重点学科" not in _t and "人才" not in _t
         and "<w:tbl>" in _x and "三、追责问责情况" in _t and "多点执业" not in _t.split("四、建章立制情况")[1],
         "p05/report.docx: expected 6 bold items without 学科建设, a closing 追责问责 and a rules table without 多点执业")
    # p06: 问题一：…问题六： + 具体表现：; UTF-16 report 问题N：/整改情况： + bracket, all-done claim, no disclosure
    _t = txt("p06/feedback.txt")
    form(len(re.findall(r"^具体表现：", _t, re.M)) == 6 and "整改要求：" in _t, "p06/feedback.txt: expected six 具体表现：")
    _t = txt("p06/report.txt")
    form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^整改情况：", _t, re.M)) == 6
         and len(re.findall(r"^（责任领导：", _t, re.M)) == 6 and "6个问题已全部整改完成" in _t and "帐篷预计9月底前到货入库" in _t
         and "报损" in _t and not re.search(r"《[^》]*报损[^》]*》", _t) and not DISCLOSE.search(_t),
         "p06/report.txt: expected 6 问题N：/整改情况： items, the all-done claim, no 报损 rule, no disclosure")
    # p07: 一、 + （一）–（七） + 二、整改意见 （一）–（四）; GB18030 CRLF report with own headings, 时限：合同到期后, late
    _t = txt("p07/report.txt")
    _sec = _t.split("二、反馈问题整改情况")[1].split("三、下一步打算")[0]
    form(len(re.findall(r"^（[一二三四五六七]）\S{4,9}$", _sec, re.M)) == 7 and "时限：合同到期后" in _t
         and len(re.findall(r"时限：2025年", _t)) == 6, "p07/report.txt: expected 7 own short headings, one undated 时限")
    # p08: DOCX speech, inline 一是…七是 in two 从…看 paragraphs + 一要…三要; report 7 关于 items with five fields
    _t = txt("p08/feedback.docx")
    form(all(f"{c}要" in _t for c in "一二三") and _t.count("从") >= 2, "p08/feedback.docx: expected 从…看 paragraphs and 一要…三要")
    _t = txt("p08/report.txt")
    form(len(re.findall(r"^（[一二三四五六七]）关于\S+的问题$", _t, re.M)) == 7
         and all(len(re.findall("^" + f + "：", _t, re.M)) == 7 for f in ("整改措施", "责任领导", "责任部门", "整改时限", "整改成效")),
         "p08/report.txt: expected 7 关于 items with five fields")
    # p09: UTF-16 CRLF formal opinion, three areas + 1．–8．; GBK HTML 通报 with the boilerplate twice, one bracket without 责任领导
    _t = txt("p09/feedback.txt")
    form(len(re.findall(r"^（[一二三]）\S+方面$", _t, re.M)) == 3, "p09/feedback.txt: expected three （N）…方面 areas")
    _t = txt("p09/report.html")
    _bp = "局党委坚持把巡察整改作为重大政治任务，深入学习贯彻习近平新时代中国特色社会主义思想"
    form("索引号" in _t and len(re.findall(r"^[1-8]．关于“", _t, re.M)) == 8 and _t.count(_bp) == 2
         and _t.count("（责任领导：") == 7 and "（责任部门：各检查科；" in _t, "p09/report.html: expected 8 items, the boilerplate twice, item 7 without 责任领导")
    # p10: news item, one 主要是：…等问题 sentence; DOCX landscape table of 6 rows, no 选择性执法, no 领导小组, no disclosure
    _t = txt("p10/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三四") and "选择性执法" in _t, "p10/feedback.txt: expected 一要…四要 and 选择性执法")
    _p, _x = docx_paras(os.path.join(root, "p10/report.docx"))
    _t = txt("p10/report.docx")
    form('w:orient="landscape"' in _x and _x.count("<w:tr>") == 7 and "选择性" not in _t and "调运" not in _t
         and "待调查核实后依规依纪处理" in _t and not re.search(r"整改[^。]{0,4}领导小组", _t) and "第一责任人" not in _t and "党支部书记" not in _t
         and not DISCLOSE.search(_t), "p10/report.docx: expected a 7-row landscape table, no 选择性执法 row, no 领导小组, no disclosure")
except Exception as e:  # a form check that cannot run is a failure
    fails.append(f"form checks stopped: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
