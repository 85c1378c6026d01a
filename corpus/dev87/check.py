#!/usr/bin/env python3
"""Check the dev87 pairs (p01-p10, pair ids d87-01 … d87-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8, an HTML file's <meta> charset must agree with its bytes; DOCX: word/document.xml paragraph
text), every `links` substring occurs exactly once in the report's visible text (HTML: tags, <head>, scripts and styles
removed), each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode "pair" with exactly one feedback; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind
is planted (must_flag) in at least one pair and has a counter-case (must_not_flag) in the set, exactly one pair has no
must_flag (the good report), the feedback/report dates declared below occur in the documents and late-report is in
must_flag exactly when the report is later than three months after the feedback (else in must_not_flag), every gold
file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON, and the problem count of each gold
equals the count taken from the feedback's own structure (per-pair counters below). Each feedback must have 700-3000
and each report 1200-5000 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev87-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of every text and HTML file; DOCX files are listed separately
DECLARED = {
    "p01/feedback.txt": ("utf-8", "lf"), "p01/report.txt": ("gb18030", "lf"),
    "p02/feedback.html": ("utf-8", "lf"), "p02/report.txt": ("utf-8", "crlf"),
    "p03/feedback.txt": ("utf-8", "lf"),
    "p04/feedback.txt": ("gb18030", "crlf"), "p04/report.txt": ("utf-8", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.txt": ("gb18030", "lf"), "p06/report.txt": ("utf-8", "lf"),
    "p07/feedback.txt": ("utf-8", "crlf"), "p07/report.html": ("gb18030", "lf"),
    "p08/feedback.txt": ("utf-8", "lf"), "p08/report.txt": ("gb18030", "crlf"),
    "p09/feedback.txt": ("utf-8", "lf"), "p09/report.txt": ("utf-8", "lf"),
    "p10/feedback.html": ("utf-8", "lf"),
}
DOCX = {"p03/report.docx", "p05/feedback.docx", "p10/report.docx"}
HTML_CHARSET = {"utf-8": {"utf-8"}, "gb18030": {"gbk", "gb2312", "gb18030"}}
# (feedback date, report date) as written in the documents
DATES = {
    "p01": ("2025-05-27", "2025-08-14"), "p02": ("2025-03-19", "2025-07-08"), "p03": ("2024-09-24", "2024-12-16"),
    "p04": ("2025-04-16", "2025-07-09"), "p05": ("2025-05-13", "2025-08-08"), "p06": ("2024-10-22", "2025-01-17"),
    "p07": ("2025-06-24", "2025-09-10"), "p08": ("2025-02-26", "2025-05-22"), "p09": ("2024-11-12", "2025-03-03"),
    "p10": ("2025-07-15", "2025-10-09"),
}
LENGTHS = {"feedback": (700, 3000), "report": (1200, 5000)}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


def html_visible(src):
    src = re.sub(r"(?is)<head>.*?</head>|<script.*?</script>|<style.*?</style>", "", src)
    src = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h[1-6]|td|header|footer|nav|section|article|ul|table)>", "\n", src)
    src = html.unescape(re.sub(r"(?s)<[^>]+>", "", src))
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in src.split("\n")]
    return "\n".join(l for l in lines if l)


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
    text = text.replace("\r\n", "\n")
    if rel.endswith(".html"):
        m = re.search(r"(?i)charset=[\"']?([\w-]+)", text)
        assert m and m.group(1).lower() in HTML_CHARSET[enc], f"<meta> charset {m and m.group(1)} vs bytes {enc}"
        return html_visible(text), enc + "-html" + ("+crlf" if eol == "crlf" else "")
    return text, enc + ("+crlf" if eol == "crlf" else "")


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    if rel.endswith(".docx"):
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    assert rel in DECLARED, "undeclared file"
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def plus_three_months(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            continue


# ---- problem counters: count the problems from each feedback's own structure ----
def section(t, start, end):
    i = t.index(start)
    return t[i:t.index(end, i)]


def count_p01(t):  # paragraphs 一是…六是 between 二、巡察发现的主要问题 and 三、整改意见
    s = section(t, "二、巡察发现的主要问题", "三、整改意见")
    return len(re.findall(r"^[一二三四五六七八九]是", s, re.M))


def count_p02(t):  # inline 一是…七是 in the 巡察组指出 paragraph
    p = next(l for l in t.split("\n") if l.startswith("巡察组指出"))
    marks = re.findall(r"([一二三四五六七八九])是", p)
    assert "".join(marks) == "一二三四五六七八九"[:len(marks)], marks
    return len(marks)


def count_p03(t):  # continuous 1．–N． under the areas, before 二、整改意见
    s = section(t, "一、巡察发现的主要问题", "二、整改意见")
    nums = [int(n) for n in re.findall(r"^(\d)．", s, re.M)]
    assert nums == list(range(1, len(nums) + 1)), nums
    return len(nums)


def count_p04(t):  # speech paragraphs 第一，…第六，
    marks = re.findall(r"^第([一二三四五六七八九])，", t, re.M)
    assert "".join(marks) == "一二三四五六七八九"[:len(marks)], marks
    return len(marks)


def count_p05(t):  # bold （一）… heading paragraphs before 二、整改意见
    s = t[:t.index("二、整改意见")]
    return len(re.findall(r"^（[一二三四五六七八九]）", s, re.M))


def count_p06(t):  # 问题N： with 具体表现：
    n = len(re.findall(r"^问题\d：", t, re.M))
    assert n == len(re.findall(r"^具体表现：", t, re.M))
    return n


def count_p07(t):  # 1．–N． before 二、整改要求
    s = section(t, "一、巡察发现的主要问题", "二、整改要求")
    return len(re.findall(r"^\d．", s, re.M))


def count_p08(t):  # unsettled old 1．… + new 1．… (restarting); the quoted settled ones are not counted
    old = section(t, "一、上轮巡察反馈问题整改情况", "二、")
    new = section(t, "二、巡察“回头看”发现的新问题", "三、整改要求")
    return len(re.findall(r"^\d．", old, re.M)) + len(re.findall(r"^\d．", new, re.M))


def count_p09(t):  # inline 一是… restarting in the two 从…看 paragraphs
    n = 0
    for l in t.split("\n"):
        if l.startswith("从"):
            n += len(re.findall(r"[一二三四五六七八九]是", l))
    return n


def count_p10(t):  # ；-separated clauses after 巡察组指出 …： ending …等问题
    p = next(l for l in t.split("\n") if l.startswith("巡察组指出"))
    body = p[p.index("：") + 1:]
    assert body.endswith("等问题。"), body[-10:]
    return len(body.split("；"))


COUNTERS = {f"p{i:02d}": globals()[f"count_p{i:02d}"] for i in range(1, 11)}

total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
texts = {}
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
        fails.append(f"{name}: every dev87 pair is mode 'pair' with exactly one feedback.* and one report.*")
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
    texts[name] = (ftext, text)
    n = g["issues"]
    total["issues"] += n
    try:
        counted = COUNTERS[name](ftext)
        if counted != n:
            fails.append(f"{name}: feedback structure gives {counted} problems, gold says {n}")
    except Exception as e:
        fails.append(f"{name}: problem counter failed: {e!r}")
    if not 4 <= n <= 9:
        fails.append(f"{name}: {n} problems, outside 4-9")
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
    fd, rd = DATES[name]
    if cn_date(fd) not in ftext and fd not in ftext and cn_date(fd) not in text:
        fails.append(f"{name}: feedback date {fd} not found")
    if cn_date(rd) not in text:
        fails.append(f"{name}: report date {rd} not found in the report")
    f_d, r_d = datetime.date.fromisoformat(fd), datetime.date.fromisoformat(rd)
    late = r_d > plus_three_months(f_d)
    in_flag = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
    in_not = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    if late != in_flag or late == in_not:
        fails.append(f"{name}: report {(r_d - f_d).days} days after feedback (late={late}) but gold late-report flag={in_flag} not={in_not}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}, {(r_d - f_d).days} days{' LATE' if late else ''}; {', '.join(encs)}; "
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


def fb(name):
    return texts.get(name, ("", ""))[0]


def rp(name):
    return texts.get(name, ("", ""))[1]


def sentences(t):
    return [s for s in re.split(r"[。；\n]", t) if s]


def discloses(t):
    """a sentence that makes the rectification public (not a fee list, a tender or an attendance sheet)"""
    return any(re.search(r"整改|本报告", s) and re.search(r"公开|公示栏|公布|通报", s) and not re.search(r"公开招租|公开遴选", s)
               for s in sentences(t))


# ---- per-pair form checks ----
# p01: 反馈意见 with paragraph 一是…六是 + 整改意见 （一）–（四）; first-person GB18030 report, six brackets, one undated
_t = fb("p01")
form("按照“先苏木、后嘎查”的反馈方式" in _t and len(re.findall(r"^（[一二三四]）", _t, re.M)) == 4,
     "p01/feedback: expected the 苏木-first note and 整改意见 （一）–（四）")
_t = rp("p01")
_br = re.findall(r"（责任人：[^；]+；完成时限：[^）]+）", _t)
form(_t.count("我") >= 6 and len(_br) == 6 and sum("视协商进展确定" in b for b in _br) == 1 and discloses(_t)
     and len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6,
     "p01/report: expected a first-person report with six 关于 items, six brackets (one 视协商进展确定) and disclosure")
# p02: HTML news page with chrome; CRLF report with （一）–（六）, nothing on 双报到 / 网格党小组, one 社区两委 owner
_t = fb("p02")
form("当前位置" in _t and "相关链接" in _t and "备案号" in _t and "三个月内" in _t, "p02/feedback: expected page chrome and 三个月内")
_t = rp("p02")
form(len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6 and "双报到" not in _t and "网格党小组" not in _t
     and "党小组" not in _t and _t.count("责任人：社区两委") == 1 and discloses(_t),
     "p02/report: expected six 关于 items, none on 双报到/党小组, one 社区两委 owner, disclosure")
# p03: areas （一）（二）（三）…方面 with continuous 1．–8．; DOCX table 9×6, boilerplate twice, all-done claim
_t = fb("p03")
form(len(re.findall(r"^（[一二三]）在.+方面$", _t, re.M)) == 3 and "提级巡察" in _t, "p03/feedback: expected three 在…方面 areas")
_x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
_t = rp("p03")
_rep = "村党总支召开专题会议，组织党员干部认真学习上级有关文件精神，举一反三开展自查自纠"
form(len(_rows) == 9 and all(len(re.findall(r"<w:tc>", r)) == 6 for r in _rows) and _t.count(_rep) == 2
     and "8个问题已全部整改到位" in _t and "正在推进" in _t and "待合作社年底成员大会表决" in _t,
     "p03/report.docx: expected a 9-row, 6-column table, the boilerplate twice and the all-done claim beside open rows")
# p04: GB18030 CRLF speech 第一，…第六，, 一要…三要; good report with six 关于“…” items and four fields each
_t = fb("p04")
form(all(f"{c}要" in _t for c in "一二三") and _t.startswith("在县委第四巡察组提级巡察"), "p04/feedback: expected a speech with 一要…三要")
_t = rp("p04")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6
     and all(len(re.findall(rf"^{f}：", _t, re.M)) == 6 for f in ("整改措施", "责任人", "整改时限", "整改成效"))
     and discloses(_t) and "第一责任人" in _t, "p04/report: expected six 关于“…” items with four fields, disclosure, 第一责任人")
# p05: DOCX with bold headings; by-number UTF-16 report, merged （二）（六）, no 领导小组 / 第一责任人 / 书记
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
form("<w:b/>" in _x and "专项巡察" in fb("p05"), "p05/feedback.docx: expected bold headings in a 专项巡察 反馈意见")
_t = rp("p05")
form(len(re.findall(r"^[一二三四五六]、针对反馈问题第（", _t, re.M)) == 6 and "第（二）项和第（六）项" in _t
     and not re.search(r"领导小组|第一责任人|书记", _t.replace("巡察工作领导小组", "")) and "我们将严格规范食材采购程序" in _t and discloses(_t),
     "p05/report: expected six by-number answers with one merge, no 领导小组/第一责任人/书记, the copied promise")
# p06: GB18030 问题清单 函; ｜ ledger 8 lines × 6 fields, row 2 owner 所领导班子, row 6 undated, no disclosure
_t = fb("p06")
form("函" in _t and "向社会公开" in _t, "p06/feedback: expected a 函 asking for public disclosure")
_t = rp("p06")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 6 for r in _rows) and _rows[2][3] == "所领导班子"
     and not re.search(r"\d", _rows[6][4]) and not discloses(_t) and "网站" not in _t,
     "p06/report: expected a 6-field ledger of 7 rows, row 2 owned by 所领导班子, row 6 undated, no disclosure")
# p07: CRLF 机动巡察 1．–5．; public GBK HTML 通报 with chrome, header table and 主动公开
_t = fb("p07")
form("机动巡察" in _t and all(f"{c}要" in _t for c in "一二三"), "p07/feedback: expected a 机动巡察 with 一要…三要")
_t = rp("p07")
form("公开方式：" in _t and "主动公开" in _t and "您现在的位置" in _t and "联系电话" in _t
     and len(re.findall(r"^（[一二三四五]）关于", _t, re.M)) == 5 and "船员服务站" not in _t and "投诉" not in _t,
     "p07/report.html: expected a public 通报 page with five 关于 items and nothing on the 服务站/投诉")
# p08: 回头看 with quoted settled old problems; GB18030 CRLF report, nothing on the 活动室, no disclosure
_t = fb("p08")
form(len(re.findall(r"“[^”]+”", section(_t, "一、上轮", "1．"))) >= 5, "p08/feedback: expected the settled old problems in quotes")
_t = rp("p08")
form("活动室" not in _t and "1.8万" not in _t and not discloses(_t) and "公示栏" in _t,
     "p08/report: expected nothing on the 活动室, no disclosure, a 公示栏 false friend")
# p09: 回头看 speech with 从…看 paragraphs; first-person 站长 report, one bracket without 完成时限
_t = fb("p09")
form(_t.count("\n从") == 2 and "比如" in _t and all(f"{c}要" in _t for c in "一二三"),
     "p09/feedback: expected two 从…看 paragraphs, the settled old problems with 比如, 一要…三要")
_t = rp("p09")
_br = re.findall(r"（牵头领导：[^）]+）", _t)
form(len(_br) == 6 and sum("完成时限" not in b for b in _br) == 1 and _t.count("我") >= 8 and discloses(_t),
     "p09/report: expected a first-person report with six brackets, one without 完成时限, and disclosure")
# p10: HTML news page with all problems in one sentence; DOCX report with all-done claim beside open items
_t = fb("p10")
form("上一篇" in _t and "备案号" in _t, "p10/feedback: expected page chrome")
_t = rp("p10")
form("5个问题已全部整改到位" in _t and "正在进行" in _t and "其余24.8万元正在" in _t
     and len(re.findall(r"^责任领导：", _t, re.M)) == 5 and discloses(_t),
     "p10/report.docx: expected the all-done claim beside open items, five 责任领导 lines, disclosure")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good report: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
