#!/usr/bin/env python3
"""Check the dev100 pairs (p01-p10, pair ids d100-01 … d100-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; HTML: decoded as declared, the page's own charset declaration must agree, visible text = body without
head/script/style, tags dropped, entities unescaped; DOCX: word/document.xml paragraph text, table cells included), every
`links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys;
mode "pair"; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered
problems; every answered problem has at least one link; no duplicate (kind, issue); every entry has a why; no stray files),
every gap kind is planted (must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set,
one or two pairs have no must_flag (good reports), the late-report entry of every gold agrees with the feedback and report
dates in DATES (late = report after the same day three months on; both dates must appear in the documents), and every gold
file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}.
Each feedback must have 800-3000 and each report 1100-5000 non-whitespace characters. The problem count of each gold is
checked against the feedback's own numbering, and pair-specific form checks (the look-alikes the gold relies on) follow.
Usage: python3 check.py [dev100-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p04/feedback.html": ("utf-8", "lf"),
    "p04/report.txt": ("utf-16-le-bom", "lf"),
    "p05/feedback.txt": ("gb18030", "lf"),
    "p06/report.html": ("gb18030", "lf"),
    "p07/feedback.txt": ("utf-8", "crlf"),
    "p09/report.txt": ("utf-16-le-bom", "crlf"),
    "p10/feedback.txt": ("gb18030", "lf"),
    "p10/report.txt": ("utf-8", "crlf"),
}
DOCX = {"p02/feedback.docx", "p02/report.docx", "p08/report.docx"}
HTML = {"p04/feedback.html", "p06/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1100, 5000)}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ("2025-05-14", "2025-08-06"), "p02": ("2024-11-26", "2025-02-20"), "p03": ("2024-10-15", "2025-02-10"),
    "p04": ("2025-04-22", "2025-07-18"), "p05": ("2025-01-08", "2025-04-03"), "p06": ("2025-06-05", "2025-08-29"),
    "p07": ("2025-02-18", "2025-05-15"), "p08": ("2024-09-24", "2025-01-06"), "p09": ("2025-03-11", "2025-06-06"),
    "p10": ("2025-05-20", "2025-08-12"),
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


def html_visible(src):
    t = re.sub(r"(?is)<head.*?</head>", "", src)
    t = re.sub(r"(?is)<(script|style)\b.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|tr|li|table)>", "\n", t)
    t = re.sub(r"(?i)</td>", " ", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def docx_xml(path):
    with zipfile.ZipFile(path) as z:
        return z.read("word/document.xml").decode("utf-8")


def docx_text(path):
    xml = docx_xml(path)
    paras = ["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def docx_rows(path):
    """Table rows of the first Word table as lists of cell texts."""
    tbl = re.search(r"(?s)<w:tbl>.*?</w:tbl>", docx_xml(path)).group(0)
    return [[html.unescape("".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", c))) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)]
            for r in re.findall(r"(?s)<w:tr>.*?</w:tr>", tbl)]


def docx_bold_paras(path):
    return ["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", docx_xml(path))
            if "<w:b/>" in p]


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        src, enc = decode_bytes(rel, open(f, "rb").read())
        m = re.search(r"(?i)charset=[\"']?([\w-]+)", src)
        assert m and m.group(1).lower().replace("_", "-") == DECLARED.get(rel, ("utf-8",))[0], \
            f"page charset {m.group(1) if m else None} disagrees with declared encoding"
        return html_visible(src), "html/" + enc
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def three_months_on(d):
    y, m = divmod(d.month - 1 + 3, 12)
    y, m = d.year + y, m + 1
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            continue


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
texts = {}
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
        fails.append(f"{name}: every dev100 pair is mode 'pair' with exactly one feedback.*")
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
    fd, rd = (datetime.date.fromisoformat(x) for x in DATES[name])
    if cn_date(DATES[name][0]) not in ftext and DATES[name][0] not in ftext:
        fails.append(f"{name}: feedback date {DATES[name][0]} not in the feedback")
    if cn_date(DATES[name][1]) not in text and DATES[name][1] not in text:
        fails.append(f"{name}: report date {DATES[name][1]} not in the report")
    late = rd > three_months_on(fd)
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    cleared = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != flagged or late == cleared:
        fails.append(f"{name}: {(rd - fd).days} days, late={late}, but gold must_flag={flagged}, must_not_flag={cleared}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rd - fd).days} days{' LATE' if late else ''}; "
          f"score.py on empty output {last}")
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


def gold(name):
    return json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))


def count_is(name, k, what):
    form(gold(name)["issues"] == k, f"{name}: the feedback's own numbering gives {k} problems ({what}), gold says {gold(name)['issues']}")


def fb(name):
    return texts[name][0]


def rp(name):
    return texts[name][1]


DISCLOSE = re.compile(r"向社会公开|网站公开|网站同步公开|网站和|公开栏公开|公示栏和|公告栏公开|公众号公开|予以公布|主动公开|接受.{0,6}监督")
PUNISH = re.compile(r"处分|诫勉|批评教育|提醒谈话|警告|追回|退回|退缴|退赔|扣发|调离|解除")
try:
    # ---- p01: areas （一）（二）（三）…方面 + continuous 1．–8．; report: eight 关于“…”的问题 items with five fields ----
    t = fb("p01")[:fb("p01").index("三、整改意见")]
    nums = re.findall(r"^(\d+)．", t, re.M)
    form(nums == [str(i) for i in range(1, 9)] and len(re.findall(r"^（[一二三]）在.+方面$", t, re.M)) == 3,
         "p01/feedback.txt: expected three （N）在…方面 areas with continuous 1．–8．")
    count_is("p01", len(nums), "continuous 1．–8．")
    r = rp("p01")
    form(len(re.findall(r"^（[一二三四五六七八]）关于“", r, re.M)) == 8
         and all(len(re.findall(rf"^{f}：", r, re.M)) == 8 for f in ("整改措施", "责任领导", "责任科室", "整改时限", "整改成效"))
         and "在县卫生健康局党组的指导下" in r and "邀请省中医药大学邝守拙教授" in r and "2025年以来支部委员会按月召开" in r,
         "p01/report.txt: expected eight 关于 items with five field lines and the 指导/邀请/以来 look-alikes")

    # ---- p02: DOCX bold （一）–（七） headings; report DOCX table with 7 rows, row 1 limit = meeting, row 5 owner = 各站点站长 ----
    bold = docx_bold_paras(os.path.join(root, "p02", "feedback.docx"))
    heads = [b for b in bold if re.match(r"^（[一二三四五六七八九十]+）", b)]
    form(len(heads) == 7, f"p02/feedback.docx: expected seven bold （N） heading paragraphs, found {len(heads)}")
    count_is("p02", len(heads), "bold （一）–（七）")
    rows = docx_rows(os.path.join(root, "p02", "report.docx"))
    form(len(rows) == 8 and all(len(x) == 7 for x in rows) and rows[0][5] == "完成时限"
         and "经理办公会" in rows[1][5] and not re.search(r"前|日$", rows[1][5].replace("12月17日经理", "")) and rows[1][6] == "正在推进"
         and rows[5][3] == "各站点站长" and "经董事长同意" in rows[5][2] and "带队到公司检查" in rows[5][2]
         and "集体约谈" in rows[3][2] and "厍立新" not in rows[3][2] and "已全部完成整改" in rp("p02"),
         "p02/report.docx: expected a 7-row table, row 1 limit a meeting date and 正在推进, row 5 owner 各站点站长, row 3 no sanction, the all-done claim")

    # ---- p03: speech 第一，…第七，, 一要…三要; first-person report, GB18030, late ----
    t = fb("p03")
    ords = re.findall(r"^第([一二三四五六七八九十])，", t, re.M)
    form(ords == list("一二三四五六七") and all(f"{c}要" in t for c in "一二三") and "三个月内" in t,
         "p03/feedback.txt: expected 第一，…第七， problem paragraphs, 一要…三要 and 三个月内")
    count_is("p03", len(ords), "第一，…第七，")
    r = rp("p03")
    sec2 = r[r.index("（二）关于工程资金管理的问题"):r.index("（三）关于水费征收管理的问题")]
    sec3 = r[r.index("（三）关于水费征收管理的问题"):r.index("（四）关于工程运行记录")]
    form(r.count("我") >= 10 and "警示教育片" in sec2 and "调整了列支科目" in sec2 and not PUNISH.search(sec2)
         and "学习了《" in sec3 and "按照《细则》规定执行" in sec3 and not re.search(r"(制定|修订)《[^》]*(水费|现金)", sec3),
         "p03/report.txt: expected a first-person report; 资金 section without any sanction; 水费 section with only a rule studied")

    # ---- p04: HTML news page: one 一是…七是 sentence; 表态 一是…三是; report 问题1–6, no 问题7, no 领导小组 ----
    t = fb("p04")
    para = [l for l in t.split("\n") if "巡察也发现了一些问题" in l][0]
    ords = re.findall(r"([一二三四五六七八九十])是", para)
    tai = [l for l in t.split("\n") if l.startswith("荀望舒表示")][0]
    form(ords == list("一二三四五六七") and re.findall(r"([一二三四五六七八九十])是", tai) == list("一二三")
         and "上一篇：" in t and "当前位置" in t, "p04/feedback.html: expected page chrome, one 一是…七是 sentence and a 表态 一是…三是")
    count_is("p04", len(ords), "一是…七是 in the 巡察也发现 sentence")
    r = rp("p04")
    form(re.findall(r"^问题(\d)：", r, re.M) == list("123456") and "补助" not in r and "整改工作领导小组" not in r
         and "第一责任人" not in r and "主任办公会" in r and "自查自纠，未发现其他类似问题" in r and "重新学习了" in r,
         "p04/report.txt: expected 问题1–6 only, no 领导小组/第一责任人, the 自查自纠 and 重新学习 look-alikes")

    # ---- p05: 问题清单 问题1：…问题8： + 具体表现：; ｜ ledger of 8 rows × 7 fields, row 6 owner ／, no disclosure ----
    t = fb("p05")
    nums = re.findall(r"^问题(\d+)：", t, re.M)
    form(nums == [str(i) for i in range(1, 9)] and len(re.findall(r"^具体表现：", t, re.M)) == 8,
         "p05/feedback.txt: expected 问题1：…问题8： each with 具体表现：")
    count_is("p05", len(nums), "问题1：…问题8：")
    r = rp("p05")
    rows = [l.split("｜") for l in r.split("\n") if "｜" in l]
    form(len(rows) == 9 and all(len(x) == 7 for x in rows) and rows[6][3] == "／" and "隗宁远" in rows[6][2]
         and "作出说明" in rows[3][2] and not re.search(r"处分|诫勉|批评教育|调离|扣发", rows[3][2])
         and "收费价格公示" in r and not DISCLOSE.search(r),
         "p05/report.txt: expected an 8-row ledger, row 6 without a leader, row 3 without a sanction, no disclosure")

    # ---- p06: areas 一、二、三、 with restarting 1．; public HTML 通报 in GB18030 ----
    t = fb("p06")
    body = t[t.index("巡察发现的主要问题"):t.index("整改意见")]
    parts = re.split(r"^[一二三]、在.+方面$", body, flags=re.M)[1:]
    per = [len(re.findall(r"^\d．", p, re.M)) for p in parts]
    form(per == [3, 3, 2] and all(re.findall(r"^(\d)．", p, re.M) == [str(i) for i in range(1, k + 1)] for p, k in zip(parts, per)),
         f"p06/feedback.txt: expected three areas with restarting 1．2．(3．) (3+3+2), found {per}")
    count_is("p06", sum(per), "restarting 1．2．3． in three areas")
    r = rp("p06")
    form(len(re.findall(r"^\d．关于", r, re.M)) == 8 and "索引号" in r and "主动公开" in r and "将适时研究制定" in r
         and "集体约谈" in r and "联系电话" in r, "p06/report.html: expected eight items, the 索引号 table, 将适时研究制定 and 集体约谈")

    # ---- p07: （一）–（九） heading。detail, CRLF; report by area with 责任分工 covering all nine ----
    t = fb("p07")[:fb("p07").index("二、整改意见")]
    heads = re.findall(r"^（([一二三四五六七八九十])）", t, re.M)
    form(heads == list("一二三四五六七八九"), "p07/feedback.txt: expected （一）–（九）")
    count_is("p07", len(heads), "（一）–（九）")
    r = rp("p07")
    div = r[r.index("三、责任分工和完成时限"):r.index("四、追责问责情况")]
    form(all(f"（{c}）" in div for c in "一二三四五六七八九") and len(re.findall(r"^（[一二三]）.+方面（对应反馈意见", r, re.M)) == 3,
         "p07/report.txt: expected three area sections citing the feedback and a 责任分工 covering all nine")

    # ---- p08: 1．–7． heading lines + 具体表现：; DOCX report with seven bold 关于 headings and five fields each ----
    t = fb("p08")
    nums = re.findall(r"^(\d)．\S+$", t, re.M)
    form(nums == [str(i) for i in range(1, 8)] and len(re.findall(r"^具体表现：", t, re.M)) == 7,
         "p08/feedback.txt: expected 1．–7． heading lines with 具体表现：")
    count_is("p08", len(nums), "1．–7． heading lines")
    bold = docx_bold_paras(os.path.join(root, "p08", "report.docx"))
    r = rp("p08")
    form(len([b for b in bold if re.match(r"^（[一二三四五六七]）关于“", b)]) == 7
         and all(len(re.findall(rf"^{f}：", r, re.M)) == 7 for f in ("整改措施", "责任领导", "责任科室", "完成时限", "整改进展"))
         and "完成时限：2024年以来已分两批推进" in r and "薸巡办〔2024〕19号" in r and "换开发票" in r,
         "p08/report.docx: expected seven bold 关于 items with five fields, the 以来 limit, the document number, 换开发票")

    # ---- p09: two 从…看 paragraphs with restarting 一是… (3+4); report by number with #1+#2 merged, no disclosure ----
    t = fb("p09")
    paras = [l for l in t.split("\n") if l.startswith("从")]
    per = [re.findall(r"([一二三四五六七八九十])是", p) for p in paras]
    form([len(p) for p in per] == [3, 4] and per[0] == list("一二三") and per[1] == list("一二三四")
         and all(f"{c}要" in t for c in "一二三"), "p09/feedback.txt: expected 从…看 paragraphs with 一是…三是 and 一是…四是, then 一要…三要")
    count_is("p09", sum(len(p) for p in per), "restarting 一是 in two 从…看 paragraphs")
    r = rp("p09")
    refs = re.findall(r"对应反馈问题第(\d)项(?:、第(\d)项)?", r)
    form([x for pair in refs for x in pair if x] == list("1234567") and "已全部整改到位" in r and "正在清理核实" in r
         and not DISCLOSE.search(r) and "《办公室固定资产管理细则》" in r,
         "p09/report.txt: expected by-number sections 1+2,3,…,7, the all-done claim, 正在清理, no disclosure")

    # ---- p10: areas + continuous 1．–10．, GB18030; report with a 分工 sentence, a default limit and a pasted paragraph ----
    t = fb("p10")
    nums = re.findall(r"^(\d+)．", t, re.M)
    form(nums == [str(i) for i in range(1, 11)] and len(re.findall(r"^[一二三]、在.+方面$", t, re.M)) == 3 and "移交" in t,
         "p10/feedback.txt: expected three areas with continuous 1．–10． and a 移交 sentence")
    count_is("p10", len(nums), "continuous 1．–10．")
    r = rp("p10")
    pasted = "中心党组坚持以人民为中心的发展思想，组织党员干部深入学习上级有关文件精神，对照问题逐项建立工作台账，压紧压实各方责任，推动各项工作落地见效，不断提升站区服务管理水平。"
    sec6 = r[r.index("6．关于违规发放津补贴"):r.index("7．关于落实中央八项规定")]
    acc = r[r.index("三、追责问责情况"):r.index("四、建章立制情况")]
    form(r.count(pasted) == 2 and "均于2025年7月31日前完成" in r and "第2、6、8、10项" in r
         and not re.search(r"退还|退回|追回|收缴|处分|诫勉", sec6) and "第6项" not in acc and "通报批评" in sec6,
         "p10/report.txt: expected the pasted paragraph twice, the 分工 sentence, a default limit, nothing on 补助 recovery")
except Exception as e:  # a form check that cannot even run is a failure
    fails.append(f"form checks crashed: {type(e).__name__}: {e}")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
