#!/usr/bin/env python3
"""Check the dev91 pairs (p01-p10, pair ids d91-01 … d91-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8, an HTML page's meta charset must fit its encoding; DOCX: word/document.xml paragraph text; HTML:
visible text = tags dropped, entities unescaped), every `links` substring occurs exactly once in the report's visible
text (and, for HTML, inside one element of the decoded source), each gold.json is consistent (only the dev-pairs keys;
mode "pair"; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; no duplicate (kind, issue); every entry has a why; no
stray files), every gap kind is planted (must_flag) in at least one pair and has a counter-case (must_not_flag) in the
set, one or two pairs have no must_flag (good reports), the feedback and report dates are in the documents and
late-report is gold exactly when the report comes after three calendar months, and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}. Each feedback must
have 800-3000 and each report 1100-5000 non-whitespace visible characters. The problem count of each gold is checked
against the feedback's own numbering in the pair-specific form checks at the end.
Usage: python3 check.py [dev91-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("gb18030", "lf"),
    "p04/report.html": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.txt": ("utf-8", "crlf"),
    "p07/report.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
    "p10/feedback.txt": ("utf-16-le-bom", "crlf"),
}
DOCX = {"p03/report.docx", "p05/feedback.docx", "p09/report.docx"}
HTMLS = {"p04/feedback.html": "utf-8", "p04/report.html": "gb2312"}   # file -> meta charset it must declare
LENGTHS = {"feedback": (800, 3000), "report": (1100, 5000)}
# feedback date, report date (both must appear in the documents as 2025年M月D日 or 2025-MM-DD)
DATES = {
    "p01": ("2025-03-18", "2025-06-10"), "p02": ("2025-04-16", "2025-08-05"), "p03": ("2025-02-26", "2025-05-23"),
    "p04": ("2025-03-27", "2025-06-18"), "p05": ("2025-05-08", "2025-07-30"), "p06": ("2025-03-11", "2025-06-09"),
    "p07": ("2025-04-09", "2025-06-30"), "p08": ("2025-05-20", "2025-09-02"), "p09": ("2025-06-05", "2025-08-29"),
    "p10": ("2025-02-18", "2025-05-14"),
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


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def html_visible(src):
    src = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", "", src)
    src = re.sub(r"(?i)<br\s*/?>|</p>|</div>|</h\d>|</tr>|</li>", "\n", src)
    text = html.unescape(re.sub(r"<[^>]+>", "", src))
    return "\n".join(l.strip() for l in text.split("\n") if l.strip())


SOURCES = {}


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTMLS, "undeclared HTML"
        m = re.search(r"charset=[\"']?([\w-]+)", text)
        assert m and m.group(1).lower() == HTMLS[rel], f"meta charset {m and m.group(1)} != {HTMLS[rel]}"
        if HTMLS[rel] == "gb2312":
            text.encode("gb2312")
        SOURCES[rel] = text
        return html_visible(text), enc + "+html"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def plus_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, late = {}, {}, [], []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTMLS):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
GOLD = {}
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
    else:
        _n = open(os.path.join(d, "notes.md"), encoding="utf-8").read()
        if "{{GOLD}}" in _n or not all(s in _n for s in ("## Forms", "## Problems in order", "## Links", "## Gold",
                                                          "## Traps", "## May report")):
            fails.append(f"{name}: notes.md lacks a section or still holds the {{{{GOLD}}}} placeholder")
    g = json.load(open(os.path.join(d, "gold.json"), encoding="utf-8"))
    GOLD[name] = g
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev91 pair is mode 'pair' with exactly one feedback.*")
    encs, fbtext = [], ""
    for f in fb:
        try:
            fbtext, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(fbtext)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(fbtext) <= hi:
                fails.append(f"{name}: feedback has {nchars(fbtext)} characters, outside {lo}-{hi}")
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
    if not 6 <= n <= 9:
        fails.append(f"{name}: {n} problems, outside 6-9")
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
    rel_rp = os.path.relpath(rp[0], root)
    for l in g.get("links", []):
        total["links"] += 1
        linked.add(l["issue"])
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
        if rel_rp in SOURCES and SOURCES[rel_rp].count(l["measure"]) != 1:
            fails.append(f"{name}: link is split by markup in the HTML source: {l['measure']}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    # dates and late-report
    fd, rd = DATES[name]
    for iso, t, what in ((fd, fbtext, "feedback"), (rd, text, "report")):
        if cn_date(iso) not in t and iso not in t:
            fails.append(f"{name}: {what} date {iso} not found in the {what}")
    fdd, rdd = datetime.date.fromisoformat(fd), datetime.date.fromisoformat(rd)
    is_late = rdd > plus_months(fdd, 3)
    if is_late:
        late.append(f"{name} ({(rdd - fdd).days} days)")
    gl = [("must_flag", f) for f in g["must_flag"] if f["kind"] == "late-report"] + \
         [("must_not_flag", f) for f in g["must_not_flag"] if f["kind"] == "late-report"]
    if [x[0] for x in gl] != (["must_flag"] if is_late else ["must_not_flag"]):
        fails.append(f"{name}: late-report gold {[x[0] for x in gl]} but report is {'late' if is_late else 'in time'}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rdd - fdd).days} days; score.py on empty output {last}")
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


def count_is(name, got, what):
    form(got == GOLD[name]["issues"], f"{name}: feedback structure gives {got} problems ({what}), gold says {GOLD[name]['issues']}")


# ---- per-pair form checks (the problem count is taken from each feedback's own numbering) ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏公开|监督电话|联系电话|门户网站|网站公开|全文公开|予以公布|主动公开|公告栏")
# p01: areas （一）（二）（三）…方面 with continuous 1．–8．; report: eight 关于“…”的问题 items with five fields
_t = txt("p01/feedback.txt")
_body = _t[_t.index("一、巡察发现的主要问题"):_t.index("二、整改意见")]
count_is("p01", len(re.findall(r"^[1-9]．", _body, re.M)), "continuous 1．")
form(len(re.findall(r"^（[一二三]）.+方面$", _body, re.M)) == 3, "p01/feedback.txt: expected three （N）…方面 areas")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七八]）关于“", _t, re.M)) == 8 and all(len(re.findall(rf"^{f}：", _t, re.M)) == 8
     for f in ("整改措施", "责任领导", "责任科室", "整改时限", "整改成效")), "p01/report.txt: expected eight 关于 items with five fields")
# p02: speech 第一，…第七，, 一要…三要; first-person report in another order, dated after the three months
_t = txt("p02/feedback.txt")
count_is("p02", sum(1 for c in "一二三四五六七八九" if re.search(rf"^第{c}，", _t, re.M)), "第N， paragraphs")
form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t, "p02/feedback.txt: expected 一要…三要 and 三个月内")
_t = txt("p02/report.txt")
_h = re.findall(r"^（[一二三四五六七]）关于(.+?)的问题$", _t, re.M)
form(_t.count("我") >= 8 and len(_h) == 7 and _h[0].startswith("违规接受糖厂") and _h[4].startswith("主责主业")
     and "邝" not in _t, "p02/report.txt: expected a first-person report, seven headings in order 4,3,2,5,1,7,6, nothing on 邝某")
# p03: 问题清单 问题N： + 具体表现：; DOCX report with a Word table of nine rows and a 追责问责情况 column
_t = txt("p03/feedback.txt")
count_is("p03", len(re.findall(r"^问题\d：", _t, re.M)), "问题N：")
form(len(re.findall(r"^具体表现：", _t, re.M)) == GOLD["p03"]["issues"], "p03/feedback.txt: every 问题N： needs a 具体表现：")
_x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p03/report.docx")
form(_x.count("<w:tr>") == 10 and "追责问责情况" in _t and "各分管院领导" in _t and "骨一科" not in _t,
     "p03/report.docx: expected a header + 9-row table, 各分管院领导 as owner of row 6, nothing on 骨一科")
# p04: HTML news item, problems in one “巡察也发现一些问题：…等问题。” sentence split by ；; public HTML 通报
_t = txt("p04/feedback.html")
_s = _t[_t.index("巡察也发现一些问题：") + len("巡察也发现一些问题："):]
_s = _s[:_s.index("等问题。")]
count_is("p04", len(_s.split("；")), "；-joined list")
_t = txt("p04/report.html")
form(_t.startswith("蘩源县民族中学") and "索引号：" in _t and "公开方式：主动公开" in _t
     and len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6 and "（七）" not in _t,
     "p04/report.html: expected a public 通报 page with six 关于 items")
# p05: DOCX with bold areas and 1．–7．; by-number report without 第7条, no 领导小组, no disclosure
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p05/feedback.docx")
count_is("p05", len(re.findall(r"^\d．", _t, re.M)), "1．–N． paragraphs")
form("<w:b/>" in _x and len(re.findall(r"^（[一二三]）.+方面$", _t, re.M)) == 3, "p05/feedback.docx: expected three bold areas")
_t = txt("p05/report.txt")
form(all(f"针对反馈意见第{i}条" in _t for i in range(1, 7)) and "第7条" not in _t and "整改工作领导小组" not in _t
     and "第一责任人" not in _t and not DISCLOSE.search(_t) and "编外" not in _t,
     "p05/report.txt: expected answers to 第1–6条 only, no 领导小组/第一责任人, no disclosure")
# p06: 一、…七、 heading。detail (CRLF); ｜ ledger with a merged row 一、五 and 逐步解决
_t = txt("p06/feedback.txt")
count_is("p06", len(re.findall(r"^[一二三四五六七八九]、[^。]+。", _t[:_t.index("针对上述问题")], re.M)), "一、 heading。detail")
_t = txt("p06/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and _rows[1][0] == "一、五" and _rows[5][4] == "逐步解决"
     and _rows[2][6] == "—", "p06/report.txt: expected a 7-field ledger of 6 rows, merged 一、五, row 六 逐步解决")
# p07: areas with restarting 1．2．(3．); 问题N：/整改情况： report claiming all done while two items are open
_t = txt("p07/feedback.txt")
_nums = re.findall(r"^(\d)．", _t, re.M)
count_is("p07", len(_nums), "restarting 1．")
form(_nums.count("1") == 3, "p07/feedback.txt: expected three areas restarting at 1．")
_t = txt("p07/report.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^整改情况：", _t, re.M)) == 7
     and "已全部整改完成" in _t and "完成情况：持续推进" in _t and "完成情况：正在推进" in _t and "渠道经理" not in _t,
     "p07/report.txt: expected 问题N：/整改情况：, the all-done claim, two open items, nothing on the 渠道经理")
# p08: speech with inline 一是…七是 in two 从…看 paragraphs; CRLF report with seven 关于 items, late
_t = txt("p08/feedback.txt")
count_is("p08", sum(1 for c in "一二三四五六七八九" if f"{c}是" in _t), "inline N是")
form(len(re.findall(r"^从.+看，", _t, re.M)) == 2 and all(f"{c}要" in _t for c in "一二三"), "p08/feedback.txt: expected two 从…看 paragraphs and 一要…三要")
_t = txt("p08/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7 and "点名" not in _t,
     "p08/report.txt: expected seven 关于 items and no 值班点名 rule")
# p09: 1．–7． heading lines + 具体表现：; DOCX report with the boilerplate twice and closing 追责问责/建章立制 parts
_t = txt("p09/feedback.txt")
count_is("p09", len(re.findall(r"^\d．\S+$", _t, re.M)), "1．heading lines")
form(len(re.findall(r"^具体表现：", _t, re.M)) == GOLD["p09"]["issues"], "p09/feedback.txt: every heading needs a 具体表现：")
_t = txt("p09/report.docx")
_b = "所党支部坚持把巡察整改作为重要政治任务，组织全体党员干部深入学习习近平新时代中国特色社会主义思想和上级有关文件精神"
_acc = _t[_t.index("三、追责问责情况"):_t.index("四、建章立制情况")]
form(_t.count(_b) == 2 and "人情车" not in _acc and "特殊车辆" not in _acc and "（对应问题5）" in _t,
     "p09/report.docx: expected the boilerplate twice, a 追责问责 part silent on 人情车, rules by problem number")
# p10: UTF-16 LE CRLF 反馈清单 （一）–（七） + 问题表现：; report by work lines with （对应问题N；…） tags
_t = txt("p10/feedback.txt")
count_is("p10", len(re.findall(r"^（[一二三四五六七八九]）", _t, re.M)), "（N） heading lines")
form(len(re.findall(r"^问题表现：", _t, re.M)) == GOLD["p10"]["issues"], "p10/feedback.txt: every heading needs a 问题表现：")
_t = txt("p10/report.txt")
_tags = re.findall(r"（对应问题([一二三四五六七])；", _t)
form(_tags == list("一二三五四六七") and "集体讨论" not in _t and "评查制度" not in _t,
     "p10/report.txt: expected tags in order 一二三五四六七 and no 集体讨论/评查 rule")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good) + "; late: " + ", ".join(late))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
