#!/usr/bin/env python3
"""Check the dev88 pairs (p01-p10, pair ids d88-01 … d88-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / GBK / UTF-16 LE with BOM, CRLF only where declared, a
GB18030/GBK file must not be valid UTF-8, an HTML page's meta charset must name its encoding; DOCX: word/document.xml
paragraph text), every `links` substring occurs exactly once in the report's visible text (HTML: tags, scripts and
styles removed), each gold.json is consistent (only the dev-pairs keys; mode "pair"; known kinds; null issue for
document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has
at least one link; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON.
New here: the problem count of each gold is recounted from the feedback's own numbering (COUNT below); the feedback and
report dates are read from the documents and late-report is in must_flag exactly when the report is later than three
calendar months after the feedback (and in must_not_flag otherwise); lengths (non-whitespace) 800-3500 for feedbacks
and 1000-6000 for reports. Pair-specific form checks (the theme: general sections carrying facts for many problems)
follow at the end. Usage: python3 check.py [dev88-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of every text and HTML file; DOCX files are listed separately
DECLARED = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p02/feedback.txt": ("gb18030", "lf"),
    "p02/report.txt": ("utf-8", "crlf"),
    "p03/feedback.txt": ("utf-8", "lf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p04/report.html": ("utf-8", "lf"),
    "p05/feedback.txt": ("utf-16-le-bom", "lf"),
    "p05/report.txt": ("utf-8", "lf"),
    "p06/feedback.txt": ("utf-8", "crlf"),
    "p07/feedback.html": ("utf-8", "lf"),
    "p07/report.txt": ("gb18030", "lf"),
    "p08/feedback.txt": ("utf-8", "lf"),
    "p08/report.txt": ("utf-16-le-bom", "crlf"),
    "p09/feedback.txt": ("utf-8", "lf"),
    "p10/report.html": ("gbk", "crlf"),
}
DOCX = {"p01/report.docx", "p04/feedback.docx", "p06/report.docx", "p09/report.docx", "p10/feedback.docx"}
LENGTHS = {"feedback": (800, 3500), "report": (1000, 6000)}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ("2025-06-12", "2025-09-05"), "p02": ("2024-11-19", "2025-02-14"), "p03": ("2025-03-27", "2025-06-20"),
    "p04": ("2024-06-20", "2024-09-13"), "p05": ("2025-04-08", "2025-06-27"), "p06": ("2024-09-24", "2024-12-20"),
    "p07": ("2024-04-16", "2024-08-28"), "p08": ("2025-01-14", "2025-04-11"), "p09": ("2024-07-30", "2024-10-29"),
    "p10": ("2023-05-23", "2023-09-08"),
}
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
    """Visible text of a page: drop scripts, styles and comments, break lines at block tags, strip tags, unescape."""
    s = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>|<!--.*?-->", "", src)
    s = re.sub(r"(?i)<br\s*/?>|</(p|div|h[1-6]|li|tr|table|ul|title)>", "\n", s)
    s = re.sub(r"(?i)</td>", " ", s)
    s = html.unescape(re.sub(r"<[^>]+>", "", s))
    lines = [re.sub(r"[ \t\u3000]+$", "", l).strip(" \t") for l in s.split("\n")]
    return "\n".join(l for l in lines if l)


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
    assert rel in DECLARED, "undeclared text file"
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        m = re.search(r"(?i)charset=[\"']?([\w-]+)", text)
        assert m and m.group(1).lower() == DECLARED[rel][0], f"meta charset {m and m.group(1)} != {DECLARED[rel][0]}"
        return html_text(text), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(d):
    y, m, dd = d.split("-")
    return f"{int(y)}年{int(m)}月{int(dd)}日"


def plus_three_months(d):
    d = datetime.date.fromisoformat(d)
    y, m = (d.year + (d.month + 2) // 12, (d.month + 2) % 12 + 1)
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            pass


def section(t, start, end):
    i = t.index(start) if start else 0
    return t[i:t.index(end, i)] if end else t[i:]


# the feedback's own structure: how an inspector counts the problems of each pair
COUNT = {
    # formal opinion: continuous 1．–8． under 一、主要问题, before 二、整改意见
    "p01": lambda t: len(re.findall(r"^[1-9]．", section(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)),
    # areas 一、二、三、 with restarting 1．; the 整改建议 一是…四是 are not problems
    "p02": lambda t: len(re.findall(r"^[1-9]．", section(t, "一、贯彻落实", "针对上述问题"), re.M)),
    # speech: inline 一是/二是/三是 inside the three 从…看 paragraphs only (not 一要…三要)
    "p03": lambda t: sum(len(re.findall(r"[一二三四五]是", p)) for p in t.split("\n") if p.startswith("从")),
    # DOCX: continuous 1．–9． before 四、整改意见
    "p04": lambda t: len(re.findall(r"^[1-9]．", section(t, "一、落实立德树人", "四、整改意见"), re.M)),
    # areas with continuous （一）–（七） heading。detail, before 整改要求
    "p05": lambda t: len(re.findall(r"^（[一二三四五六七八九]）", section(t, "一、贯彻落实", "整改要求"), re.M)),
    # restarting 1．2．(3．) under three （N）…方面 areas, before 二、整改意见
    "p06": lambda t: len(re.findall(r"^[1-9]．", section(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)),
    # news page: 一是…七是 in the 巡察组指出 paragraph only (the 表态 一是…三是 is not a problem)
    "p07": lambda t: len(re.findall(r"[一二三四五六七八九]是", next(p for p in t.split("\n") if p.startswith("巡察组指出")))),
    # 问题清单 问题N：
    "p08": lambda t: len(re.findall(r"^问题\d+：", t, re.M)),
    # areas with restarting （一）（二）…, before 整改意见
    "p09": lambda t: len(re.findall(r"^（[一二三四五六]）", section(t, "一、贯彻新发展理念", "整改意见："), re.M)),
    # DOCX speech: restarting 第一，第二，第三， inside the area paragraphs of 二、巡察发现的主要问题
    "p10": lambda t: sum(len(re.findall(r"第[一二三四五]，", p)) for p in section(t, "二、巡察发现的主要问题", "三、几点要求").split("\n")),
}

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
TEXT = {}
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
        fails.append(f"{name}: every dev88 pair is mode 'pair' with exactly one feedback.* and one report.*")
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
    # problem count recounted from the feedback's own structure
    try:
        counted = COUNT[name](ftext)
        if counted != n:
            fails.append(f"{name}: feedback structure gives {counted} problems, gold says {n}")
    except Exception as e:
        fails.append(f"{name}: could not recount problems: {e!r}")
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
    # dates: both present in the documents, and late-report gold agrees with the three-month rule
    fd, rd = DATES[name]
    if cn_date(fd) not in ftext or cn_date(fd) not in text:
        fails.append(f"{name}: feedback date {cn_date(fd)} not in both documents")
    if cn_date(rd) not in text:
        fails.append(f"{name}: report date {cn_date(rd)} not in the report")
    late = datetime.date.fromisoformat(rd) > plus_three_months(fd)
    in_flag = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
    in_not = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    if late != in_flag or late == in_not:
        fails.append(f"{name}: late={late} ({(datetime.date.fromisoformat(rd) - datetime.date.fromisoformat(fd)).days} days) but gold must_flag={in_flag} must_not_flag={in_not}")
    if "三个月" not in ftext:
        fails.append(f"{name}: the feedback does not state the three-month limit")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    days = (datetime.date.fromisoformat(rd) - datetime.date.fromisoformat(fd)).days
    print(f"{name}: {n} issues (recounted {counted}), must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {days} days{' LATE' if late else ''}; {', '.join(encs)}; score.py on empty output {last}")
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


def fb(p):
    return TEXT[p][0]


def rp(p):
    return TEXT[p][1]


def gold(p):
    return json.load(open(os.path.join(root, p, "gold.json"), encoding="utf-8"))


def flagged(p, kind, issue):
    return {"kind": kind, "issue": issue} in [{"kind": f["kind"], "issue": f["issue"]} for f in gold(p)["must_flag"]]


DISCLOSE = re.compile(r"向社会公开|门户网站|官网|公开栏|公示栏|狱务公开|主动公开|予以公布|联系电话|监督电话")
LEAD = re.compile(r"第一责任人")
# words that look like disclosure but publish something else: p03 prices on the 院务公开栏
FALSE_FRIEND = re.compile(r"院务公开栏公示放疗收费项目和标准")
AREA_OWNER = re.compile(r"第[一二三]方面(?:的)?(?:问题)?由[^，；。]{2,30}牵头")
ALL_DATE = re.compile(r"所有整改任务[^。]{0,12}于\d{4}年\d{1,2}月\d{1,2}日前完成")

if len(TEXT) == 10:
    # ---- the theme: general sections that carry the facts of many problems ----
    # every report has an organisation part; the weak-leadership pairs are exactly those without 第一责任人
    for p in TEXT:
        form(bool(LEAD.search(rp(p))) != flagged(p, "weak-leadership", None),
             f"{p}: 第一责任人 in the report must match the absence of a weak-leadership must_flag")
        form(bool(DISCLOSE.search(FALSE_FRIEND.sub("", rp(p)))) != flagged(p, "no-disclosure", None),
             f"{p}: disclosure words (false friends aside) must match the absence of a no-disclosure must_flag")
    # p07: its only “公开” words are the feedback's; the report has none of the disclosure words
    form(not DISCLOSE.search(rp("p07")) and "在全社通报" in rp("p07"), "p07/report.txt: expected no disclosure, only an internal 全社通报")
    # a separate accountability section in eight reports, a separate rules section in seven
    for p in ("p01", "p02", "p03", "p04", "p05", "p06", "p08", "p09"):
        form(re.search(r"^[三四五六]、(严肃)?追责问责", rp(p), re.M) is not None, f"{p}: expected a separate 追责问责 section")
    for p in ("p01", "p02", "p03", "p05", "p06", "p09"):
        form(re.search(r"^[四五六]、(坚持)?建章立制", rp(p), re.M) is not None, f"{p}: expected a closing 建章立制 section")
    # area owners for all areas (p01 p02 p05 p08), in headings' brackets (p06), for two areas only (p10), in the opening (p07)
    for p in ("p01", "p02", "p05"):
        form(len(AREA_OWNER.findall(rp(p))) == 3, f"{p}: expected three area-owner clauses “第N方面由…牵头”")
    form(len(re.findall(r"方面由[^，；。]{2,30}牵头", rp("p08"))) == 3, "p08: expected three area owners in the opening")
    form(len(re.findall(r"（牵头领导：", rp("p06"))) == 3, "p06: expected the owner in a bracket after each area heading")
    form(len(re.findall(r"方面的问题由[^，；。]{2,30}牵头", rp("p10"))) == 2 and "由机关各股室按照职责分工负责落实" in rp("p10"),
         "p10: expected owners for two areas and 机关各股室 for the third")
    # one time limit for all items: p02 (with an exception), p05 (原则上), p06 (with an exception), p07
    form("除二号线二期工程建设节点追赶任务和另行明确时限的事项外，所有整改任务于2025年1月31日前完成" in rp("p02"), "p02: expected the general date with its exception")
    form("所有整改任务原则上于2025年6月30日前完成" in rp("p05") and "需待上级海关统一部署系统升级后推进" in rp("p05"), "p05: expected the general date and the 待…后推进 item")
    form(ALL_DATE.search(rp("p06")) is not None and "除民警队伍结构调整等需长期坚持的事项外" in rp("p06"), "p06: expected the general date with its exception")
    form("各项整改任务于2024年7月31日前完成" in rp("p07"), "p07: expected one date for all")
    # owners and time limits per item only in an annex table (p01, p09: DOCX tables) or a ｜ ledger (p03)
    for p in ("p01", "p09"):
        x = zipfile.ZipFile(os.path.join(root, p, "report.docx")).read("word/document.xml").decode("utf-8")
        form("<w:tbl>" in x and "<w:b/>" in x and x.count("<w:tr>") == gold(p)["issues"] + 1,
             f"{p}/report.docx: expected bold headings and an annex table with one row per problem")
    rows = [l.split("｜") for l in rp("p03").split("\n") if l.count("｜") == 5]
    form(len(rows) == 9 and rows[2][2] == "相关分管院领导" and all(re.fullmatch(r"[\u4e00-\u9fff]{2,3}", r[2]) for r in rows[1:] if r[0] != "2"),
         "p03/report.txt: expected a 6-column ｜ ledger of 8 rows, row 2 owned by 相关分管院领导, the others by one named person")
    # ---- feedback forms ----
    form(len(re.findall(r"^（[一二三]）.*方面$", fb("p01"), re.M)) == 3, "p01/feedback.txt: expected three （N）…方面 areas")
    form(len(re.findall(r"^[一二三]、.*方面$", fb("p02"), re.M)) == 3 and len(re.findall(r"^1．", fb("p02"), re.M)) == 3,
         "p02/feedback.txt: expected three 一、…方面 areas with restarting 1．")
    form(fb("p03").startswith("在市委第四巡察组") and all(f"{c}要" in fb("p03") for c in "一二三") and fb("p03").count("从") >= 3,
         "p03/feedback.txt: expected a 组长's speech with 从…看 paragraphs and 一要…三要")
    x = zipfile.ZipFile(os.path.join(root, "p04", "feedback.docx")).read("word/document.xml").decode("utf-8")
    form("<w:b/>" in x and len(re.findall(r"^[一二三]、.*方面$", fb("p04"), re.M)) == 3, "p04/feedback.docx: expected bold 一、…方面 areas")
    form(len(re.findall(r"^[一二三]、.*方面$", fb("p05"), re.M)) == 3, "p05/feedback.txt: expected three areas over continuous （一）–（七）")
    form(len(re.findall(r"^1．", fb("p06"), re.M)) == 3 and fb("p06").startswith("省监狱管理局党委第二巡察组"),
         "p06/feedback.txt: expected the 监狱管理局's 巡察组 and restarting 1．")
    form("郏逸尘表示" in fb("p07") and "责任编辑" in fb("p07") and "首页" in fb("p07"),
         "p07/feedback.html: expected a news page with chrome and the secretary's 表态")
    form(len(re.findall(r"^问题\d+：", fb("p08"), re.M)) == 8 and fb("p08").count("方面") >= 3, "p08/feedback.txt: expected a 问题清单 by areas")
    form(len(re.findall(r"^（一）", fb("p09"), re.M)) == 3, "p09/feedback.txt: expected restarting （一） in three areas")
    form(fb("p10").startswith("在县委第二巡察组") and len(re.findall(r"^（[一二三]）.*方面$", fb("p10"), re.M)) == 3,
         "p10/feedback.docx: expected a speech with three bold area headings")
    # ---- report forms and planted facts ----
    form(rp("p04").count("中共蕳州职业技术学院委员会关于巡察整改进展情况的通报") == 2 and "当前位置" in rp("p04")
         and "已全部完成整改" in rp("p04") and "剩余24万元已向法院提起诉讼" in rp("p04") and "兼职" not in rp("p04"),
         "p04/report.html: expected page chrome, the all-done claim, the open lawsuit, and no word of 兼职")
    form(rp("p05").count("4．关于区属平台公司管理松散和工程项目建设程序不规范的问题") == 1 and "先施工后招标" not in section(rp("p05"), "三、严肃追责问责", "四、"),
         "p05/report.txt: expected the merged item 4 and no 先施工后招标 case in 追责问责")
    form("安全奖" not in section(rp("p02"), "三、严肃追责问责", "四、") and "力争尽快追回滞后工期" in rp("p02")
         and "广告" not in section(rp("p02"), "四、建章立制情况", "五、"), "p02/report.txt: expected the bonus case absent from 追责问责, no date for #1, no advertising rule")
    form(rp("p07").count("对照有关规定，举一反三，全面开展自查自纠，建立健全长效机制，确保问题整改到位、取得实效。") == 2
         and "领导小组" not in rp("p07"), "p07/report.txt: expected the pasted paragraph twice and no 领导小组")
    form("轮岗" not in rp("p08") and "交流" not in rp("p08"), "p08/report.txt: expected no answer on 轮岗")
    boiler = "深入贯彻新时代党的组织路线，坚持党管干部、党管人才原则，进一步加强干部人才队伍和基层组织建设，确保各项工作取得实效。"
    form(rp("p09").count(boiler) == 2 and "已全部整改到位" in rp("p09") and rp("p09").count("推进中") == 2
         and "废钢" not in section(rp("p09"), "四、建章立制情况", "五、"), "p09/report.docx: expected the pasted paragraph twice, the all-done claim against two 推进中 rows, no 废钢 rule")
    form("JSX-XCZXJ/2023-00416" in rp("p10") and "邴" not in rp("p10") and "整改工作专班，由局办公室牵头" in rp("p10"),
         "p10/report.html: expected the 信息公开 header, no secretary, the 专班 led by the office")
    form(section(rp("p06"), "三、严肃追责问责", "四、").count("；") == 2 and "依规依纪处理到位" in rp("p06"),
         "p06/report.docx: expected the case of #5 named only in the accountability section")
    form("特此报告" in rp("p03") and FALSE_FRIEND.search(rp("p03")) is not None, "p03/report.txt: expected the 院务公开栏 price notice (a false friend for disclosure)")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
