#!/usr/bin/env python3
"""Check the dev85 pairs (p01-p10, pair ids d85-01 … d85-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; HTML: UTF-8 with a charset declaration, visible text = <body> without tags/scripts/styles; DOCX:
word/document.xml paragraph text), every `links` substring occurs exactly once in the report's visible text, each
gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs
unanswered-issue; links only on answered problems; every answered problem has a link; mode 'pair' with one feedback; no
duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one
pair and has a counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good reports), and every gold
file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}.
Set-specific general checks: the feedback and report dates (DATES) occur in the documents and late-report is in
must_flag exactly when the report is dated after feedback date + three months (else in must_not_flag); no-disclosure is
in must_flag exactly when the report has no disclosure wording; weak-leadership is in must_flag exactly when the report
names neither a 领导小组 nor a 第一责任人 (a thin mention may be left out of must_not_flag). Each feedback must have 600-3000 and each report 900-5000 non-whitespace
characters. The problem count of each gold is checked against the feedback's own structure, and pair-specific form
checks follow. Usage: python3 check.py [dev85-dir]. Exit 1 on failure; the last line is OK when all checks pass."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p04/feedback.txt": ("utf-16-le-bom", "crlf"),
    "p05/report.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p07/feedback.txt": ("utf-8", "crlf"),
    "p09/feedback.txt": ("gb18030", "lf"),
    "p10/report.txt": ("gb18030", "crlf"),
}
DOCX = {"p02/report.docx", "p03/feedback.docx", "p08/report.docx"}
HTML = {"p01/report.html", "p05/feedback.html"}
LENGTHS = {"feedback": (600, 3000), "report": (900, 5000)}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ("2025-06-10", "2025-09-03"), "p02": ("2025-06-11", "2025-08-29"), "p03": ("2025-06-12", "2025-09-08"),
    "p04": ("2025-06-13", "2025-09-05"), "p05": ("2025-06-13", "2025-10-21"), "p06": ("2025-06-17", "2025-09-12"),
    "p07": ("2025-06-18", "2025-09-16"), "p08": ("2025-06-19", "2025-09-10"), "p09": ("2025-06-20", "2025-10-09"),
    "p10": ("2025-06-24", "2025-09-19"),
}
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|网站全文公开|予以公布|主动公开|在其网站公开")
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
    assert re.search(r"<meta[^>]+charset=\"?utf-8", raw_text, re.I), "HTML without a utf-8 charset declaration"
    body = re.search(r"(?s)<body[^>]*>(.*)</body>", raw_text).group(1)
    body = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", body)
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|li|h[1-6]|tr|ul)>", "\n", body)
    body = html.unescape(re.sub(r"<[^>]+>", "", body))
    return "\n".join(l.strip() for l in body.split("\n") if l.strip())


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
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    d = datetime.date.fromisoformat(iso)
    return d, f"{d.year}年{d.month}月{d.day}日", f"{d.year}-{d.month:02d}-{d.day:02d}", f"{d.year}年{d.month:02d}月{d.day:02d}日"


def plus_three_months(d):
    m = d.month + 3
    y = d.year + (m - 1) // 12
    m = (m - 1) % 12 + 1
    return datetime.date(y, m, d.day)


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
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected pair folders p01..p10, found {[os.path.basename(p) for p in pairs]}")
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
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    if g["mode"] != "pair":
        fails.append(f"{name}: every dev85 pair is mode 'pair'")
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
    texts[name] = (ftext, text)
    n = g["issues"]
    total["issues"] += n
    if not 5 <= n <= 10:
        fails.append(f"{name}: {n} problems, outside 5-10")
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
    flagged = {(f["kind"], f["issue"]) for f in g["must_flag"]}
    unflagged = {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
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
    fd, fcn, fiso, fcn0 = cn_date(DATES[name][0])
    rd, rcn, riso, rcn0 = cn_date(DATES[name][1])
    if not any(s in ftext for s in (fcn, fiso, fcn0)):
        fails.append(f"{name}: feedback date {fcn} not in the feedback")
    if not (rcn in text or riso in text):
        fails.append(f"{name}: report date {rcn} not in the report")
    if not (fcn in text or f"{fd.month}月{fd.day}日" in text):
        fails.append(f"{name}: the report does not name the feedback date")
    late = rd > plus_three_months(fd)
    if late != (("late-report", None) in flagged) or (not late and ("late-report", None) not in unflagged):
        fails.append(f"{name}: late-report gold disagrees with the dates ({(rd - fd).days} days)")
    # disclosure and leadership wording
    disclosed = bool(DISCLOSE.search(text))
    if disclosed == (("no-disclosure", None) in flagged) or (disclosed and ("no-disclosure", None) not in unflagged):
        fails.append(f"{name}: no-disclosure gold disagrees with the report's wording (disclosure found: {disclosed})")
    led = "领导小组" in text or "第一责任人" in text
    if led == (("weak-leadership", None) in flagged):
        fails.append(f"{name}: weak-leadership gold disagrees with the report's wording")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rd - fd).days} days; score.py on empty output {last}")
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
    form(gold(name)["issues"] == k, f"{name}: gold counts {gold(name)['issues']} problems, the feedback's {what} gives {k}")


if len(texts) == 10:
    # ---- problem counts from each feedback's own structure, and per-pair form checks ----
    # p01: areas （一）（二）（三）…方面 with continuous 1．–7．; 整改意见 not problems. Report: public HTML 通报.
    f, r = texts["p01"]
    body = f[:f.index("二、整改意见")]
    nums = re.findall(r"^(\d)．", body, re.M)
    form(nums == [str(i) for i in range(1, len(nums) + 1)] and len(re.findall(r"^（[一二三]）.*方面$", body, re.M)) == 3,
         "p01/feedback.txt: expected three （N）…方面 areas with continuous 1．–N．")
    count_is("p01", len(nums), "continuous 1．–N．")
    form(len(re.findall(r"^\d．关于“.*”问题的整改$", r, re.M)) == 7 and r.count("整改情况：") == 7 and "联系电话" in r
         and "当前位置" in r and "【打印本页】" in r, "p01/report.html: expected a public 通报 page with seven items and page chrome")
    # p02: speech (GB18030) with inline 一是…六是 inside 从…看 paragraphs, then 一要…四要. Report: DOCX table ledger.
    f, r = texts["p02"]
    body = f[:f.index("提几点整改要求")]
    marks = re.findall(r"([一二三四五六七八九十])是", body)
    form(marks == list("一二三四五六七八九十")[:len(marks)] and len(re.findall(r"^从.*看，", body, re.M)) == 3
         and all(f"{c}要" in f for c in "一二三四") and "三个月内" in f, "p02/feedback.txt: expected 从…看 paragraphs with 一是…, 一要…四要")
    count_is("p02", len(marks), "inline 一是…N是")
    x = zipfile.ZipFile(os.path.join(root, "p02", "report.docx")).read("word/document.xml").decode("utf-8")
    form(x.count("<w:tr>") == 7 and "整改进展" in r and "长期坚持" in r and "服务大厅公示" in r,
         "p02/report.docx: expected a 7-row Word table ledger (header + 6)")
    # p03: DOCX with bold （一）–（七） heading paragraphs. Report: CRLF, （N）关于…的问题 + 一是… + bracket, （七） undated.
    f, r = texts["p03"]
    x = zipfile.ZipFile(os.path.join(root, "p03", "feedback.docx")).read("word/document.xml").decode("utf-8")
    heads = re.findall(r"^（([一二三四五六七八九十])）", f, re.M)
    bold_heads = re.findall(r"<w:b/>(?:(?!</w:p>).)*?<w:t[^>]*>（[一二三四五六七八九十]）", x, re.S)
    form(heads == list("一二三四五六七八九十")[:len(heads)] and len(bold_heads) == len(heads),
         "p03/feedback.docx: expected bold （一）…（N） heading paragraphs")
    count_is("p03", len(heads), "bold （N） headings")
    brackets = re.findall(r"（责任领导：[^）]*）", r)
    form(len(re.findall(r"^（[一二三四五六七]）关于", r, re.M)) == 7 and len(brackets) == 7
         and all("完成时限" in b for b in brackets[:6]) and "完成时限" not in brackets[6],
         "p03/report.txt: expected seven 关于 items with brackets, only the last without 完成时限")
    # p04: 问题清单 (UTF-16 LE, CRLF) 问题N： + 具体表现：. Report: 问题N：/整改情况： + field line.
    f, r = texts["p04"]
    qs = re.findall(r"^问题(\d)：", f, re.M)
    form(qs == [str(i) for i in range(1, len(qs) + 1)] and len(re.findall(r"^具体表现：", f, re.M)) == len(qs),
         "p04/feedback.txt: expected 问题1：…问题N： each with 具体表现：")
    count_is("p04", len(qs), "问题N： items")
    form(len(re.findall(r"^问题\d：", r, re.M)) == 6 and len(re.findall(r"^整改情况：", r, re.M)) == 6
         and len(re.findall(r"^责任领导：.*完成时限：.*整改进展：", r, re.M)) == 6 and "制度" not in r[r.index("问题3："):r.index("问题4：")],
         "p04/report.txt: expected six 问题N：/整改情况： items with field lines, no rule under 问题3")
    # p05: HTML news item, problems in one sentence “但巡察也发现，…；…等问题”. Report: GB18030, nothing on 档案.
    f, r = texts["p05"]
    seg = f[f.index("但巡察也发现"):f.index("等问题")]
    form("发布时间：2025年06月13日" in f and "相关链接" in f, "p05/feedback.html: expected a news page with date and chrome")
    count_is("p05", len(seg.split("；")), "；-separated findings")
    form("档案" not in r and "2025年10月21日" in r and "特此报告" in r, "p05/report.txt: expected no answer on 档案, dated 2025-10-21")
    # p06: 一、…六、 heading。detail; report: first person, own headings in another order, the all-done claim.
    f, r = texts["p06"]
    hs = re.findall(r"^([一二三四五六七八九十])、[^。]+。", f, re.M)
    form(hs == list("一二三四五六七八九十")[:len(hs)] and "整改意见：" in f, "p06/feedback.txt: expected 一、…N、 heading。detail")
    count_is("p06", len(hs), "一、…N、 headings")
    form(r.count("我") >= 6 and "已全部整改到位" in r and "正在进行资格审查" in r
         and len(re.findall(r"^（[一二三四五六]）\S+$", r, re.M)) == 6 and r.index("以案定补") < r.index("排查化解"),
         "p06/report.txt: expected a first-person report with six own headings, 以案定补 first, and the all-done claim")
    # p07: areas with restarting 1．2．(3．); report by number with the same paragraph twice.
    f, r = texts["p07"]
    areas = re.split(r"^[一二三]、.*方面$", f, flags=re.M)[1:]
    per = [len(re.findall(r"^\d．", a, re.M)) for a in areas]
    form(len(areas) == 3 and all(re.findall(r"^(\d)．", a, re.M) == [str(i) for i in range(1, k + 1)] for a, k in zip(areas, per)),
         "p07/feedback.txt: expected three areas with restarting 1．2．(3．)")
    count_is("p07", sum(per), "restarting 1． lists")
    rep = "中心党支部坚持把巡察整改作为重大政治任务，组织全体干部职工深入学习习近平总书记关于安全生产的重要论述"
    form(len(re.findall(r"^[一二三四五六七八]、针对反馈意见第[一二三]部分第\d个问题", r, re.M)) == 8 and r.count(rep) == 2
         and "已全部整改完成" in r and "剩余21家正在督促安装" in r, "p07/report.txt: expected eight by-number items, the pasted paragraph twice, the all-done claim")
    # p08: 1．–7． heading lines + detail; DOCX report with bold 关于 headings and field lines.
    f, r = texts["p08"]
    hl = re.findall(r"^(\d)．\S+$", f, re.M)
    form(hl == [str(i) for i in range(1, len(hl) + 1)], "p08/feedback.txt: expected 1．–N． heading lines")
    count_is("p08", len(hl), "1．–N． heading lines")
    form(len(re.findall(r"^（[一二三四五六七]）关于“", r, re.M)) == 7 and len(re.findall(r"^责任领导：", r, re.M)) == 7
         and "责任领导：公司班子成员分别负责" in r and "完成时限：根据项目建设进度确定" in r,
         "p08/report.docx: expected seven 关于 items with field lines, one without a named leader, one without a date")
    # p09: speech 第一，…第N，; report: ｜ ledger of six rows, no row on the audit.
    f, r = texts["p09"]
    ords = re.findall(r"^第([一二三四五六七八九十])，", f, re.M)
    form(ords == list("一二三四五六七八九十")[:len(ords)] and all(f"{c}要" in f for c in "一二三"), "p09/feedback.txt: expected 第一，…第N， and 一要…三要")
    count_is("p09", len(ords), "第一，…第N， paragraphs")
    rows = [l.split("｜") for l in r.split("\n") if "｜" in l]
    form(len(rows) == 7 and all(len(x) == 6 for x in rows) and "审计局" not in r and "固定资产" not in r
         and "领导小组" not in r and "第一责任人" not in r, "p09/report.txt: expected a 6-field ledger of 6 rows, nothing on the audit, no 领导小组")
    # p10: areas + continuous 1．–9． heading lines + 具体表现：; report GB18030 CRLF with five field lines per item.
    f, r = texts["p10"]
    hl = re.findall(r"^(\d)．\S+$", f, re.M)
    form(hl == [str(i) for i in range(1, len(hl) + 1)] and len(re.findall(r"^具体表现：", f, re.M)) == len(hl),
         "p10/feedback.txt: expected 1．–N． heading lines each with 具体表现：")
    count_is("p10", len(hl), "1．–N． heading lines")
    form(len(re.findall(r"^\d．关于“", r, re.M)) == 9 and all(len(re.findall(rf"^{k}：", r, re.M)) == 9
         for k in ("整改措施", "责任领导", "责任部门", "整改时限", "整改成效")), "p10/report.txt: expected nine items with five field lines")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
