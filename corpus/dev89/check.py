#!/usr/bin/env python3
"""Check the dev89 pairs (p01-p10, pair ids d89-01 … d89-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; HTML: the same, plus a <meta> charset that names the declared encoding, and the visible text taken
without head/script/style/tags; DOCX: word/document.xml paragraph text, table cells included), every `links` substring
occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys; mode "pair";
known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems;
every answered problem has at least one link; no duplicate (kind, issue); every entry has a why; no stray files), every
gap kind is planted (must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or
two pairs have no must_flag (good reports), late-report is planted exactly where the report date is more than three
calendar months after the feedback date (both dates must appear in the documents), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback must have 800-3200 and each report
1200-6500 non-whitespace visible characters. The problem count of each gold is checked against the feedback's own
structure, and pair-specific form checks follow at the end.
Usage: python3 check.py [dev89-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of every text and HTML file; DOCX files are listed separately
DECLARED = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p02/feedback.html": ("utf-8", "lf"),
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.html": ("utf-8", "lf"),
    "p04/feedback.txt": ("utf-8", "crlf"),
    "p04/report.txt": ("utf-8", "lf"),
    "p05/feedback.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "crlf"),
    "p06/feedback.txt": ("utf-8", "lf"),
    "p06/report.txt": ("utf-8", "crlf"),
    "p07/feedback.txt": ("utf-8", "lf"),
    "p08/feedback.html": ("utf-8", "lf"),
    "p08/report.txt": ("gb18030", "crlf"),
    "p09/feedback.txt": ("utf-8", "lf"),
    "p09/report.html": ("gb18030", "lf"),
    "p10/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p01/report.docx", "p03/feedback.docx", "p07/report.docx", "p10/report.docx"}
# feedback date, report date (both must occur in the documents as 2025年3月18日 or 2025-03-18)
DATES = {
    "p01": ("2025-03-18", "2025-06-10"), "p02": ("2025-04-22", "2025-07-14"), "p03": ("2024-10-15", "2025-01-08"),
    "p04": ("2025-02-20", "2025-05-12"), "p05": ("2025-05-27", "2025-08-19"), "p06": ("2024-12-03", "2025-03-24"),
    "p07": ("2025-04-09", "2025-06-30"), "p08": ("2025-01-14", "2025-04-10"), "p09": ("2024-09-24", "2025-01-17"),
    "p10": ("2025-05-08", "2025-08-06"),
}
LENGTHS = {"feedback": (800, 3200), "report": (1200, 6500)}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED[rel]
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
    t = re.sub(r"(?is)<head>.*?</head>|<script[^>]*>.*?</script>|<style[^>]*>.*?</style>", "", src)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|li|h[1-6]|tr|ul|table)>", "\n", t)
    t = html.unescape(re.sub(r"(?s)<[^>]+>", "", t))
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


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
    assert rel in DECLARED, "undeclared text file"
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        m = re.search(r'(?i)<meta[^>]+charset="?([\w-]+)', text)
        assert m and m.group(1).lower() == DECLARED[rel][0], f"meta charset {m and m.group(1)} != declared"
        assert "<body" in text and "</html>" in text, "not a whole HTML page"
        return html_text(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def months_later(d, n=3):
    y, m = d.year + (d.month - 1 + n) // 12, (d.month - 1 + n) % 12 + 1
    return datetime.date(y, m, min(d.day, 28 if m == 2 else 30 if m in (4, 6, 9, 11) else 31))


def date_forms(s, text):
    """ISO or 2025年3月18日; a news page may write 4月22日 when its own dateline carries the year."""
    d = datetime.date.fromisoformat(s)
    forms = [s, f"{d.year}年{d.month}月{d.day}日"]
    if re.search(rf"{d.year}-\d\d-\d\d|{d.year}年\d\d月\d\d日", text):
        forms.append(f"{d.month}月{d.day}日")
    return [x for x in forms if x in text]


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
TEXT = {}
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
    if len(rp) != 1 or len(fb) != 1 or g["mode"] != "pair":
        fails.append(f"{name}: every dev89 pair is mode 'pair' with exactly one feedback.* and one report.*")
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
    TEXT[name] = (ftext, text)
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
    # dates: both visible, late-report planted iff the report is more than three calendar months after the feedback
    fd, rd = DATES[name]
    if not date_forms(fd, ftext):
        fails.append(f"{name}: feedback date {fd} not found in the feedback")
    if not date_forms(rd, text):
        fails.append(f"{name}: report date {rd} not found in the report")
    late = datetime.date.fromisoformat(rd) > months_later(datetime.date.fromisoformat(fd))
    days = (datetime.date.fromisoformat(rd) - datetime.date.fromisoformat(fd)).days
    if late != any(f["kind"] == "late-report" for f in g["must_flag"]):
        fails.append(f"{name}: late={late} ({days} days) disagrees with the late-report gold")
    if not late and not any(f["kind"] == "late-report" for f in g["must_not_flag"]):
        fails.append(f"{name}: an in-time report should carry a late-report must_not_flag")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {days} days{' LATE' if late else ''}; {', '.join(encs)}; score.py on empty {last}")
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


def count_is(name, counted, what):
    """The problem count in the gold must equal the count read off the feedback's own structure."""
    form(gold(name)["issues"] == counted, f"{name}: gold issues {gold(name)['issues']} != {counted} counted from {what}")


def between(t, a, b):
    return t[t.index(a):t.index(b)]


DISCLOSE = re.compile(r"向社会公开|予以公布|网站公开|门户网站|官方网站|公告栏|联系电话|监督电话|公开，接受")
# ---- per-pair problem counts and form checks ----
if len(TEXT) == 10:
    # p01: areas （一）（二）（三）…方面 with continuous 1．–8． before 二、意见建议; report DOCX with 8 关于 items, 三、追责 / 四、建章
    # sections and an 8-row annex table
    f, r = TEXT["p01"]
    body = between(f, "一、巡察发现的主要问题", "二、意见建议")
    nums = re.findall(r"^(\d)．", body, re.M)
    count_is("p01", len(nums), "1．–8． under the areas")
    form(nums == [str(i) for i in range(1, 9)] and len(re.findall(r"^（[一二三]）.*方面$", body, re.M)) == 3,
         "p01/feedback.txt: expected three （N）…方面 areas with continuous 1．–8．")
    x = zipfile.ZipFile(os.path.join(root, "p01", "report.docx")).read("word/document.xml").decode("utf-8")
    form(len(re.findall(r"^[1-8]．关于.*的问题。", r, re.M)) == 8 and "三、追责问责情况" in r and "四、建章立制情况" in r
         and x.count("<w:tr>") == 9 and "<w:b/>" in x and "整改任务清单" in r,
         "p01/report.docx: expected 8 关于 items, accountability and rules sections, a bold heading and a 9-row table")
    # p02: HTML news, 一是…七是 in one paragraph, 一要…三要 requirements; report with 7 items and a 7-field ｜ annex
    f, r = TEXT["p02"]
    para = [l for l in f.split("\n") if "一是" in l]
    count_is("p02", len(re.findall(r"[一二三四五六七八九十]是", para[0])) if len(para) == 1 else -1, "一是…七是 in one paragraph")
    form(len(para) == 1 and "七是" in para[0] and "八是" not in f and all(f"{c}要" in f for c in "一二三")
         and "当前位置" in f and "相关链接" in f, "p02/feedback.html: expected page chrome and one 一是…七是 paragraph")
    rows = [l.split("｜") for l in r.split("\n") if "｜" in l]
    form(len(re.findall(r"^[1-7]．关于", r, re.M)) == 7 and len(rows) == 8 and all(len(x) == 7 for x in rows)
         and not re.search(r"\d", rows[1][5]) and "广告" not in between(r, "（一）追责问责", "（二）建章立制"),
         "p02/report.txt: expected 7 items, a 7-field ledger whose row 1 is undated, no 广告 in the accountability list")
    # p03: DOCX with bold （一）–（八） heading paragraphs; HTML 通报 with 7 items, no 印务, three area owner lines
    f, r = TEXT["p03"]
    heads = re.findall(r"^（([一二三四五六七八九十])）.+。$", between(f, "一、巡察发现的主要问题", "二、整改意见"), re.M)
    count_is("p03", len(heads), "bold （N） heading paragraphs")
    x = zipfile.ZipFile(os.path.join(root, "p03", "feedback.docx")).read("word/document.xml").decode("utf-8")
    form(heads == list("一二三四五六七八") and x.count("<w:b/>") >= 10, "p03/feedback.docx: expected bold （一）–（八）")
    form(len(re.findall(r"^[1-7]．关于“", r, re.M)) == 7 and "印务" not in r and len(re.findall(r"^以上.方面的整改由", r, re.M)) == 3
         and "2024年12月31日前完成" in r and not re.search(r"《[^》]*(稿|财务)[^》]*》", r) and DISCLOSE.search(r),
         "p03/report.html: expected 7 items, nothing on 印务, 3 area owners, one deadline, no finance rule, disclosure")
    # p04: speech 第一，…第七，, 一要…三要; weak report: pasted paragraph twice, no 领导小组 / 第一责任人, no disclosure
    f, r = TEXT["p04"]
    count_is("p04", len(re.findall(r"^第[一二三四五六七八九十]，", f, re.M)), "第一，…第七， paragraphs")
    form(all(f"{c}要" in f for c in "一二三") and "第八，" not in f and f.startswith("在市委第一巡察组"),
         "p04/feedback.txt: expected a speech with 第一，…第七， and 一要…三要")
    pasted = "集团党委坚持党管干部、党管人才原则，加强干部队伍和人才队伍建设，进一步完善选人用人机制，持续优化干部队伍结构，营造风清气正的良好政治生态。"
    form(r.count(pasted) == 2 and "整改工作领导小组" not in r and "第一责任人" not in r and not DISCLOSE.search(r)
         and "2025年6月底前" in r and "追责" not in r and len(re.findall(r"^针对", r, re.M)) == 7,
         "p04/report.txt: expected 7 针对 paragraphs, the pasted paragraph twice, no 领导小组, no disclosure, one deadline")
    # p05: areas with restarting 1．2．(3．); report by six work lines with a 责任分工和完成时限 paragraph
    f, r = TEXT["p05"]
    body = between(f, "一、贯彻落实", "四、整改意见")
    count_is("p05", len(re.findall(r"^\d．", body, re.M)), "restarting 1．2．(3．) under three areas")
    form(len(re.findall(r"^1．", body, re.M)) == 3 and len(re.findall(r"^[一二三]、.*方面$", body, re.M)) == 3,
         "p05/feedback.txt: expected three areas with restarting numbering")
    duty = between(r, "五、责任分工和完成时限", "六、下一步工作")
    form(len(re.findall(r"^（[一二三四五六]）", r, re.M)) == 6 and "超市" not in between(r, "三、追责问责情况", "四、制度建设情况")
         and duty.count("负责") == 6 and "队伍建设方面由政委乔明远负责，长期坚持" in duty,
         "p05/report.txt: expected six work lines, no 超市 in accountability, six owners, 队伍建设 only 长期坚持")
    # p06: 问题清单 问题1：…问题6： + 具体表现：; first-person report, no leader for the 意识形态 item
    f, r = TEXT["p06"]
    count_is("p06", len(re.findall(r"^问题\d：", f, re.M)), "问题N： lines")
    form(len(re.findall(r"^具体表现：", f, re.M)) == 6, "p06/feedback.txt: expected 6 具体表现：")
    ideo = between(r, "（二）意识形态方面", "（三）作风建设方面")
    form(r.count("我") >= 10 and "牵头" not in ideo and "2025年3月15日前完成" in r,
         "p06/report.txt: expected a first-person report, no leader for 意识形态, one deadline")
    # p07: （一）–（七） heading。detail; DOCX report with one deadline, 7 items, an 8-row annex table
    f, r = TEXT["p07"]
    heads = re.findall(r"^（([一二三四五六七八九十])）[^。]+。", between(f, "一、巡察发现的主要问题", "二、整改意见"), re.M)
    count_is("p07", len(heads), "（N） heading。detail paragraphs")
    x = zipfile.ZipFile(os.path.join(root, "p07", "report.docx")).read("word/document.xml").decode("utf-8")
    form(len(re.findall(r"^[1-7]．.+的问题。", r, re.M)) == 7 and x.count("<w:tr>") == 8 and "全部整改事项于2025年6月20日前完成" in r,
         "p07/report.docx: expected 7 items, one deadline for all, an 8-row table")
    # p08: HTML news, problems in one “但也存在一些问题：…等问题” sentence; report with brackets and the all-done claim
    f, r = TEXT["p08"]
    seg = between(f, "但也存在一些问题：", "等问题。")
    count_is("p08", seg.count("；") + 1, "；-joined problems in one sentence")
    form("您现在的位置" in f and "上一篇" in f, "p08/feedback.html: expected page chrome")
    form(len(re.findall(r"（责任领导：[^；]+；完成时限：\d{4}年\d+月\d+日）", r)) == 8 and "已全部整改完成" in r and "8500万元" in r
         and "出口奖励" not in between(r, "三、追责问责情况", "四、建章立制情况"),
         "p08/report.txt: expected 8 brackets, the all-done claim, 8500万 pending, no accountability for the bonuses")
    # p09: areas + continuous 1．–9．; HTML 通报 (GB18030) with 8 items, nothing on the audit, owners by feedback number
    f, r = TEXT["p09"]
    body = between(f, "一、巡察发现的主要问题", "二、整改建议")
    nums = re.findall(r"^(\d)．", body, re.M)
    count_is("p09", len(nums), "continuous 1．–9． under areas")
    form(nums == [str(i) for i in range(1, 10)], "p09/feedback.txt: expected continuous 1．–9．")
    form(len(re.findall(r"^[1-8]．关于", r, re.M)) == 8 and "审计" not in r and "第3个" not in r and "完成时限：持续推进" in r
         and not re.search(r"《[^》]*采购[^》]*》", r), "p09/report.html: expected 8 items, no 审计, 持续推进, no purchasing rule")
    # p10: 1．–8． heading lines + 具体表现：; DOCX covering report + grouped table, row 8 without a leader
    f, r = TEXT["p10"]
    count_is("p10", len(re.findall(r"^\d．\S+$", between(f, "一、巡察发现的主要问题", "二、整改意见"), re.M)), "1．–8． heading lines")
    form(len(re.findall(r"^具体表现：", f, re.M)) == 8, "p10/feedback.txt: expected 8 具体表现：")
    x = zipfile.ZipFile(os.path.join(root, "p10", "report.docx")).read("word/document.xml").decode("utf-8")
    form(x.count("<w:tr>") == 12 and 'w:gridSpan w:val="7"' in x and "追回多结算工程款1530万元" in r and "已追回980万元" in r
         and "收费" not in between(r, "二、追责问责情况", "三、建章立制情况").replace("收费站站长", ""),
         "p10/report.docx: expected a 12-row grouped table, the 1530/980 mismatch, no accountability for toll staff")
    rowtexts = re.findall(r"(?s)<w:tr>(.*?)</w:tr>", x)
    last = ["".join(re.findall(r"<w:t(?:\s[^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>(.*?)</w:tc>", rowtexts[-1])]
    form(last[0] == "8" and last[3] == "—", "p10/report.docx: expected row 8 with no responsible leader")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
