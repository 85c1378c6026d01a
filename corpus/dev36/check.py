#!/usr/bin/env python3
"""Check the dev36 pairs (p01-p10, ids d36-01 … d36-10); adapted from corpus/dev24/check.py. Every file decodes as
declared (TXT: UTF-8 / GB18030, CRLF only where declared, a GB18030 file must not be valid UTF-8; DOCX:
word/document.xml paragraph text, table cells included), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; kinds; null issue for document-level kinds; ranges;
answered vs unanswered-issue; links only on answered problems; pair mode with a feedback; no duplicate (kind, issue)
across must_flag and must_not_flag; no stray files), and every gold file parses with /work/shared/dev-pairs/score.py
against an empty analyze JSON. dev36 rules: 4-7 problems, 2-4 must_flag, >= 2 must_not_flag and >= 3 links per pair;
each document 1000-2800 non-whitespace characters; both documents carry their date, and late-report is in must_flag
exactly when the report is dated more than three calendar months after the feedback (else in must_not_flag); the five
focus kinds are each planted in >= 2 pairs; exactly one GB18030, one CRLF and one DOCX file. Per-pair form checks follow.
Usage: python3 check.py [dev36-dir]. Exit 1 on failure."""
import calendar, datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
FOCUS = {"copied-measure", "no-mechanism", "inconsistent-claim", "vague-measure", "unanswered-issue"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (everything else: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
}
DOCX = {"p05/report.docx"}
LENGTHS = (1000, 2800)
# (feedback date as written in feedback, report date as written in report); the feedback date is the meeting /
# document date (p10: the news page date; the meeting was the day before, which changes nothing)
DATES = {
    "p01": ("2025年2月26日", "2025年5月23日"),
    "p02": ("2024年9月12日", "2024年12月10日"),
    "p03": ("2025年4月17日", "2025年7月15日"),
    "p04": ("2024年10月29日", "2025年2月26日"),
    "p05": ("2025年5月8日", "2025年8月6日"),
    "p06": ("2024年11月30日", "2025年2月28日"),
    "p07": ("2025年3月21日", "2025年6月18日"),
    "p08": ("2025年6月10日", "2025年9月5日"),
    "p09": ("2025年1月14日", "2025年5月9日"),
    "p10": ("2024年12月19日", "2025年3月14日"),
}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def decode_bytes(rel, raw):
    enc, eol = DECLARED.get(rel, ("utf-8", "lf"))
    if enc == "gb18030":
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
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("vMerge", "<w:vMerge"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    if f.endswith(".docx"):
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def parse_date(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def plus_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, per_kind = {}, {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + list(DOCX):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(d) for d in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected p01..p10, found {[os.path.basename(d) for d in pairs]}")
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
    if set(g) - GOLD_KEYS or not GOLD_KEYS <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if g["mode"] != "pair" or len(fb) != 1 or len(rp) != 1:
        fails.append(f"{name}: needs mode pair, one feedback.* and one report.*")
        continue
    texts, encs = {}, []
    for kind, f in (("feedback", fb[0]), ("report", rp[0])):
        try:
            t, e = visible(f)
        except Exception as e:
            fails.append(f"{name}: {os.path.basename(f)} does not decode as declared: {e}")
            continue
        texts[kind] = t
        encs.append(f"{os.path.basename(f)}={e} ({nchars(t)} chars)")
        if not LENGTHS[0] <= nchars(t) <= LENGTHS[1]:
            fails.append(f"{name}: {kind} has {nchars(t)} characters, outside {LENGTHS[0]}-{LENGTHS[1]}")
    if len(texts) != 2:
        continue
    text = texts["report"]
    n = g["issues"]
    total["issues"] += n
    if not 4 <= n <= 7:
        fails.append(f"{name}: {n} problems, outside 4-7")
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    if not 2 <= len(g["must_flag"]) <= 4:
        fails.append(f"{name}: {len(g['must_flag'])} must_flag, outside 2-4")
    if len(g["must_not_flag"]) < 2:
        fails.append(f"{name}: fewer than two must_not_flag")
    if len(g["links"]) < 3:
        fails.append(f"{name}: fewer than three links")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            if lst == "must_flag":
                planted.setdefault(k, set()).add(name)
                per_kind[k] = per_kind.get(k, 0) + 1
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
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    for l in g["links"]:
        total["links"] += 1
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    # dates and late-report
    fd, rd = DATES[name]
    if fd not in texts["feedback"]:
        fails.append(f"{name}: feedback date {fd} not in the feedback")
    if rd not in text:
        fails.append(f"{name}: report date {rd} not in the report")
    late = parse_date(rd) > plus_months(parse_date(fd), 3)
    in_flag = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
    in_not = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    if late != in_flag or late == in_not:
        fails.append(f"{name}: late={late} ({fd} -> {rd}) but late-report must_flag={in_flag}, must_not_flag={in_not}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g['links'])}; {', '.join(encs)}; {fd} -> {rd} late={late}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(FOCUS):
    if len(planted.get(k, ())) < 2:
        fails.append(f"focus kind {k} planted in fewer than two pairs: {sorted(planted.get(k, ()))}")
all_files = [f for f in glob.glob(os.path.join(root, "p[0-9][0-9]", "*")) if re.search(r"/(feedback|report)\.", f)]
n_gb = sum(1 for f in all_files if DECLARED.get(os.path.relpath(f, root), ("utf-8",))[0] == "gb18030")
n_crlf = sum(1 for f in all_files if DECLARED.get(os.path.relpath(f, root), ("", "lf"))[1] == "crlf")
n_docx = sum(1 for f in all_files if f.endswith(".docx"))
if (n_gb, n_crlf, n_docx) != (1, 1, 1):
    fails.append(f"expected one GB18030, one CRLF, one DOCX file; found {n_gb}, {n_crlf}, {n_docx}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|公开栏|监督电话|联系电话|门户网站|公众号[^。]{0,6}公开|全文公开|予以公布|网站公开|张贴公示")
# p01: （一）–（六） before 三、整改意见; report: six 关于“…”的问题 items, each with 责任领导/整改时限/完成情况
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t[:_t.index("三、整改意见")], re.M)) == 6, "p01/feedback.txt: expected six （N） problems")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and len(re.findall(r"^整改时限：", _t, re.M)) == 6
     and "已全部整改完成" in _t and "目前正在推进" in _t, "p01/report.txt: expected six 关于“…”的问题 items, 已全部整改完成 and 正在推进")
# p02: areas 一、…方面 with continuous 1．–6．; report GB18030 with five 一、…的整改 headings, nothing on 脱岗/信访
_t = txt("p02/feedback.txt")
form(len(re.findall(r"^[一二三]、在.*方面$", _t, re.M)) == 3 and len(re.findall(r"^[1-6]．", _t, re.M)) == 6,
     "p02/feedback.txt: expected three 方面 areas with 1．–6．")
_t = txt("p02/report.txt")
form(len(re.findall(r"^[一二三四五]、.*的整改$", _t, re.M)) == 5 and "脱岗" not in _t and "信访" not in _t and "一是" in _t,
     "p02/report.txt: expected five reworded headings and no answer on 作风")
# p03: speech with 一是…五是 and 一要…三要; report first person, CRLF, order 4,1,2,5,3
_t = txt("p03/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五") and all(f"{c}要" in _t for c in "一二三") and "讲话" in _t,
     "p03/feedback.txt: expected a speech with 一是…五是 and 一要…三要")
_t = txt("p03/report.txt")
_o = [_t.index(w) for w in ("村里的工程项目", "再说集体经济", "村务公开方面", "关于村干部坐班值守", "最后是党员教育管理")]
form(_t.count("我") >= 6 and _o == sorted(_o) and "16条" in _t and "14条" in _t and "3条" in _t,
     "p03/report.txt: expected a first-person report in order 4,1,2,5,3 with 16/14/3")
# p04: news item with 巡察组指出…等问题; report: public 通报 with 问题一…问题五 and 整改情况：
_t = txt("p04/feedback.txt")
form("发布时间" in _t and "巡察组指出" in _t and "等问题" in _t, "p04/feedback.txt: expected a news item")
_t = txt("p04/report.txt")
form(len(re.findall(r"^问题[一二三四五]：", _t, re.M)) == 5 and len(re.findall(r"^整改情况：", _t, re.M)) == 5 and DISCLOSE.search(_t),
     "p04/report.txt: expected five 问题N：/整改情况： and a public notice")
# p05: feedback （一）–（六） + 二、整改建议 1．–5．; report DOCX with a 7-column table of header + 6 rows
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and len(re.findall(r"^[1-5]．", _t, re.M)) == 5,
     "p05/feedback.txt: expected six problems and five 整改建议")
_x = zipfile.ZipFile(os.path.join(root, "p05", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
form(len(_rows) == 7 and all(r.count("<w:tc>") == 7 for r in _rows) and "根据电网配套进度确定" in _x and "95.8%" in _x,
     "p05/report.docx: expected a 7x7 ledger table, row 5 without a date, 95.8%")
# p06: areas with restarting 1．2．; report by number, one merged answer, nothing on 第三部分第2个问题
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^[12]．", _t, re.M)) == 6, "p06/feedback.txt: expected 1．2． restarting in three areas")
_t = txt("p06/report.txt")
form(len(re.findall(r"针对反馈意见第", _t)) == 4 and "第一部分第2个问题和第二部分第1个问题" in _t and "第三部分第2个问题" not in _t
     and "有偿补课" not in _t, "p06/report.txt: expected four by-number answers, one merged, no answer to 3-2")
# p07: （一）–（六） heading lines + 具体表现：; report: ｜ ledger of header + 6 rows × 6 fields
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6,
     "p07/feedback.txt: expected six heading lines with 具体表现：")
_t = txt("p07/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 6 for r in _rows) and "2025年7月底前" in _rows[5][2] and _rows[5][5] == "已完成",
     "p07/report.txt: expected a 6-field ｜ ledger of 6 rows, row 5 done with a future date")
# p08: speech 第一，…第五，; report 问题N：/整改情况： with one merged 问题三、问题四： and 问题二 without 责任人
_t = txt("p08/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五") and "讲话" in _t, "p08/feedback.txt: expected a speech with 第一，…第五，")
_t = txt("p08/report.txt")
_b = _t[_t.index("问题二："):_t.index("问题三、问题四：")]
form(len(re.findall(r"^问题[一二三四五、问题]+：", _t, re.M)) == 4 and "问题三、问题四：" in _t and "责任人" not in _b
     and _t.count("责任人：") == 3, "p08/report.txt: expected four items, one merged, 问题二 without 责任人")
# p09: （一）–（五） + 二、整改意见; report: 一、…方面 ×4 + 五、其他方面, no disclosure
_t = txt("p09/feedback.txt")
form(len(re.findall(r"^（[一二三四五]）", _t[:_t.index("二、整改意见")], re.M)) == 5, "p09/feedback.txt: expected five problems")
_t = txt("p09/report.txt")
form(len(re.findall(r"^[一二三四]、.*方面$", _t, re.M)) == 4 and "五、其他方面" in _t and "换届" not in _t and "积分" not in _t
     and not DISCLOSE.search(_t), "p09/report.txt: expected four area headings, a general 其他方面, no disclosure")
# p10: news item with 一是…五是; report by 居委会, order 4,5,1,2,3, no 领导小组/第一责任人/书记
_t = txt("p10/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五") and "巡察组" in _t and "网站" in _t, "p10/feedback.txt: expected a news item with 一是…五是")
_t = txt("p10/report.txt")
_o = [_t.index(w) for w in ("公益性岗位管理混乱的问题", "财务报销不规范的问题", "“双报到”", "物业矛盾调处不力的问题", "窗口服务不规范的问题")]
form(_o == sorted(_o) and "领导小组" not in _t and "第一责任人" not in _t and "党委书记" not in _t and "詹秀兰" not in _t and "95%" in _t,
     "p10/report.txt: expected order 4,5,1,2,3 and no leadership")
print("must_flag per kind: " + "; ".join(f"{k} {per_kind.get(k, 0)} ({', '.join(sorted(planted.get(k, ())))})"
                                      for k in sorted(KINDS) if per_kind.get(k)))
for f in fails:
    print("FAIL:", f)
print(f"totals: pairs {len(pairs)}, issues {total['issues']}, must_flag {total['must_flag']}, "
      f"must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
