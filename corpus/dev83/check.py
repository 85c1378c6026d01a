#!/usr/bin/env python3
"""Check the dev83 pairs (p01-p10, pair ids d83-01 … d83-10); adapted from dev44's check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text, table cells one paragraph each; HTML: the visible text of
<body>, without <script>/<style>, entities unescaped), every `links` substring occurs exactly once in the report's visible
text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges;
answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link; every pair
mode "pair" with one feedback; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is
planted (must_flag) in at least one pair and has a counter-case (must_not_flag) somewhere in the set, the theme kinds
(no-owner, no-deadline, no-accountability, no-mechanism) are planted at least three times each and countered in at least
three pairs, exactly one pair has no must_flag (the good report), late-report in the gold agrees with the dates written in
the two documents (due = feedback date + three calendar months), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Feedbacks must have 800-3000 and reports 1500-5000
non-whitespace visible characters, and 6-9 problems. Pair-specific form checks (problem counts against each feedback's own
structure, the report forms) follow at the end.
Usage: python3 check.py [dev83-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile
from html.parser import HTMLParser

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
THEME = ("no-owner", "no-deadline", "no-accountability", "no-mechanism")
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.html": ("gb18030", "lf"),
    "p04/feedback.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.txt": ("utf-8", "crlf"),
    "p07/report.txt": ("gb18030", "lf"),
    "p08/feedback.txt": ("gb18030", "lf"),
    "p09/report.txt": ("utf-8", "crlf"),
    "p10/feedback.txt": ("utf-8", "crlf"),
}
DOCX = {"p04/report.docx", "p05/feedback.docx", "p08/report.docx"}
HTML = {"p03/feedback.html", "p03/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
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


class _Visible(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "li", "tr", "br", "table", "ul", "form"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip, self.body = [], 0, False

    def handle_starttag(self, tag, attrs):
        if tag == "body":
            self.body = True
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")
        if tag == "td":
            self.out.append(" ")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if self.body and not self.skip:
            self.out.append(data)


def html_text(rel, raw):
    text, enc = decode_bytes(rel, raw)
    cs = re.search(r"charset=[\"']?([\w-]+)", text[:600], re.I)
    assert cs, "HTML without a charset declaration"
    declared = cs.group(1).lower()
    assert (declared in ("gbk", "gb2312", "gb18030")) == (enc.startswith("gb18030")), f"meta charset {declared} vs {enc}"
    p = _Visible()
    p.feed(text)
    vis = re.sub(r"[ \t]+\n", "\n", "".join(p.out))
    vis = re.sub(r"\n\s*\n+", "\n", vis).strip()
    return vis, "html/" + enc


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    raw = open(f, "rb").read()
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(rel, raw)
    return decode_bytes(rel, raw)


def nchars(t):
    return len(re.sub(r"\s", "", t))


def dates(t):
    return [datetime.date(int(y), int(m), int(d)) for y, m, d in re.findall(r"(20\d\d)年(\d{1,2})月(\d{1,2})日", t)]


def plus3m(d):
    y, m = d.year + (d.month + 2) // 12, (d.month + 2) % 12 + 1
    import calendar
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# feedback date and report date of each pair, as written in the documents (checked below to be present)
DATES = {
    "p01": ("2025年3月18日", "2025年6月10日"), "p02": ("2024年10月22日", "2025年1月16日"),
    "p03": ("2025年5月7日", "2025年7月31日"), "p04": ("2024年12月3日", "2025年2月27日"),
    "p05": ("2025年4月15日", "2025年7月8日"), "p06": ("2024年8月27日", "2024年11月20日"),
    "p07": ("2025年2月19日", "2025年6月23日"), "p08": ("2024年11月12日", "2025年2月10日"),
    "p09": ("2025年7月8日", "2025年10月30日"), "p10": ("2025年9月9日", "2025年12月2日"),
}

total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
theme_planted = {k: 0 for k in THEME}
texts = {}
gold_issues = {}
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
        fails.append(f"{name}: every dev83 pair is mode 'pair' with exactly one feedback.*")
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
    gold_issues[name] = n
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
            if lst == "must_flag" and k in theme_planted:
                theme_planted[k] += 1
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
        if "\n" in l["measure"]:
            fails.append(f"{name}: link spans a line break: {l['measure']}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    # late-report against the dates in the documents
    fd, rd = DATES[name]
    if fd not in ftext or rd not in text:
        fails.append(f"{name}: feedback date {fd} or report date {rd} not found in the documents")
    else:
        f_date, r_date = dates(fd)[0], dates(rd)[0]
        if max(dates(text)) > r_date and name != "p01":
            pass  # later dates in a report are plans (完成时限), not the report date
        late = r_date > plus3m(f_date)
        gold_late = any(f["kind"] == "late-report" for f in g["must_flag"])
        gold_not_late = any(f["kind"] == "late-report" for f in g["must_not_flag"])
        if late != gold_late or late == gold_not_late:
            fails.append(f"{name}: report {rd} is {'late' if late else 'on time'} ({(r_date - f_date).days} days) but gold says otherwise")
        encs.append(f"{(r_date - f_date).days} days{' LATE' if late else ''}")
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
for k in THEME:
    if theme_planted[k] < 3:
        fails.append(f"theme kind {k} planted {theme_planted[k]} times, fewer than 3")
    if len(countered.get(k, ())) < 3:
        fails.append(f"theme kind {k} countered in {len(countered.get(k, ()))} pairs, fewer than 3")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def T(name, which):
    return texts.get(name, ("", ""))[0 if which == "f" else 1]


def count_problems_inline(par):
    """一是…N是 in one stretch of text: the ordinals must run 一..N without a gap; returns N."""
    nums = "一二三四五六七八九十"
    got = [c for c in nums if f"{c}是" in par]
    return len(got) if got == list(nums[:len(got)]) else -1


DISCLOSE = re.compile(r"向社会公开|公示栏|公告栏|门户网站|网站公开|网站和|已在|予以公布|主动公开|监督电话|联系电话")
# ---- per-pair form checks ----
# p01: continuous 1．–7． under three （N）…方面 areas, 整改意见 （一）–（四）; report: 7 关于 items, item 1 without a
# 责任领导 line but an opening 牵头 sentence
_t = T("p01", "f")
_p = _t[:_t.find("二、整改意见")]
form(len(re.findall(r"^[1-7]．", _p, re.M)) == 7 and len(re.findall(r"^（[一二三]）.*方面$", _p, re.M)) == 3,
     "p01/feedback: expected three （N）…方面 areas with seven 1．–7． problems")
_t = T("p01", "r")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^责任领导：", _t, re.M)) == 6
     and "此项整改由分管生产的副总经理眭立新牵头" in _t and len(re.findall(r"^整改时限：", _t, re.M)) == 7,
     "p01/report: expected 7 关于 items, 6 责任领导 lines, item 1's owner in a sentence")
# p02: speech 第一，…第七， with 一要…三要; report first person, own order, 由相关科室 in item (五)
_t = T("p02", "f")
form(len(re.findall(r"^第[一二三四五六七八九]，", _t, re.M)) == 7 and all(f"{c}要" in _t for c in "一二三"),
     "p02/feedback: expected 第一，…第七， problem paragraphs and 一要…三要")
_t = T("p02", "r")
form(_t.count("我") >= 8 and len(re.findall(r"^（[一二三四五六七]）\S{4,12}$", _t, re.M)) == 7
     and "由相关科室抓紧落实" in _t and _t.index("（五）保护地质遗迹") > _t.index("（四）规范工程项目管理"),
     "p02/report: expected a first-person report with 7 short headings and 由相关科室 under (五)")
# p03: HTML news with 一是…八是 in the 组长's paragraph and 一是…三是 in the 表态; report a public 通报 with 8 items
_t = T("p03", "f")
_pars = _t.split("\n")
_z = [p for p in _pars if p.startswith("冼北辰指出")]
_b = [p for p in _pars if p.startswith("綦向晚表示")]
form(len(_z) == 1 and count_problems_inline(_z[0]) == 8 and len(_b) == 1 and count_problems_inline(_b[0]) == 3
     and "首页" in _t and "举报电话" in _t, "p03/feedback.html: expected 一是…八是 (组长), 一是…三是 (表态) and page chrome")
_t = T("p03", "r")
_items = re.findall(r"^([1-8])．关于“", _t, re.M)
_i2 = _t[_t.index("2．关于“"):_t.index("3．关于“")]
form(_items == list("12345678") and "公开方式" in _t and "主动公开" in _t and "整改时限" not in _i2
     and len(re.findall(r"整改时限：", _t)) == 7, "p03/report.html: expected a public 通报 with 8 items, item 2 without 整改时限")
# p04: 一、…六、 heading。detail (GB18030); DOCX table ledger with 7 rows, row 5 owned by 支委会/全体党员
_t = T("p04", "f")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _t[:_t.index("针对上述问题")], re.M)) == 6,
     "p04/feedback: expected 一、…六、 heading。detail")
_x = zipfile.ZipFile(os.path.join(root, "p04", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = [["".join(re.findall(r"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", tr)]
         for tr in re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and _rows[5][3] == "支委会" and _rows[5][4] == "全体党员"
     and "全部整改到位" in T("p04", "r") and "正在办理" in _rows[3][2],
     "p04/report.docx: expected a 7-column table of 6 rows, row 5 支委会/全体党员, the all-done claim")
# p05: DOCX with bold （一）–（七） heading paragraphs; report 问题N： with group owner/date lines
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
_bold = ["".join(re.findall(r"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", _x) if "<w:b/>" in p]
form(len([b for b in _bold if re.match(r"（[一二三四五六七]）", b)]) == 7, "p05/feedback.docx: expected seven bold （N） headings")
_t = T("p05", "r")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and "以上问题1至问题3，由管委会副主任糜子骞牵头" in _t
     and "问题6、问题7由党工委副书记郜明远负责" in _t and not re.search(r"问题5[由、]", _t),
     "p05/report: expected 问题1：…问题7： with group lines that leave out 问题5")
# p06: 问题1：…问题8： + 具体表现： (CRLF); report ｜ ledger with 7 rows, row 3 相关部门, no 领导小组
_t = T("p06", "f")
form(len(re.findall(r"^问题[1-8]：", _t, re.M)) == 8 and len(re.findall(r"^具体表现：", _t, re.M)) == 8,
     "p06/feedback: expected 问题1：…问题8： with 具体表现：")
_t = T("p06", "r")
_r = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_r) == 8 and all(len(x) == 6 for x in _r) and _r[3][3] == "相关部门" and "整改工作领导小组" not in _t
     and "第一责任人" not in _t and "审计" not in _t.split("整改台账")[1].split("下一步")[0].replace("内部审计", ""),
     "p06/report: expected a 6-field ledger of 7 rows, row 3 owned by 相关部门, no 领导小组, no row on the audit")
# p07: areas with restarting 1．2．(3．) = 7; report 一、…七、关于 + bracket, item 2 undated
_t = T("p07", "f")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7,
     "p07/feedback: expected restarting 1．2．(3．) = 7")
_t = T("p07", "r")
form(len(re.findall(r"^[一二三四五六七]、关于", _t, re.M)) == 7 and "完成时限：视上级审批和资金拨付情况确定" in _t
     and "饲料采购管理" not in _t, "p07/report: expected seven 关于 items, item 2 undated, no feed purchasing rule")
# p08: （一）–（六） heading lines + 具体表现： (GB18030); DOCX report with bold 关于 headings and a closing 追责问责 by number
_t = T("p08", "f")
form(len(re.findall(r"^（[一二三四五六]）\S+$", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6,
     "p08/feedback: expected six （N） heading lines with 具体表现：")
_t = T("p08", "r")
_acc = _t[_t.index("三、追责问责情况"):_t.index("四、下一步工作")]
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and all(f"第（{c}）项" in _acc or c == "一" for c in "二三四")
     and "针对反馈意见第（一）项" in _acc and "（六）" not in _acc, "p08/report.docx: expected six items and a 追责问责 section for （一）–（四） only")
# p09: speech with 一是…八是 over two 从…看 paragraphs; report 针对反馈意见第N个问题 + 责任分工 without 7
_t = T("p09", "f")
form(count_problems_inline(_t[:_t.index("下面，我提三点要求")]) == 8 and len(re.findall(r"^从.*看，一是|^从.*看，五是", _t, re.M)) == 2,
     "p09/feedback: expected 一是…八是 over two 从…看 paragraphs")
_t = T("p09", "r")
_div = _t[_t.index("三、责任分工"):_t.index("四、下一步工作")]
form(len(re.findall(r"^针对反馈意见第[1-8]个问题：", _t, re.M)) == 8 and "第7" not in _div and "、7" not in _div
     and all(c in _div for c in "1234568"), "p09/report: expected 8 by-number answers and a 责任分工 without problem 7")
# p10: 1．–8． heading lines (CRLF); internal status-grouped 通报 with the pasted paragraph twice and no disclosure
_t = T("p10", "f")
form(len(re.findall(r"^[1-8]．\S+$", _t, re.M)) == 8, "p10/feedback: expected eight 1．–8． heading lines")
_t = T("p10", "r")
_rep = "坚持把巡察整改作为重要政治任务，组织党员干部认真学习习近平总书记关于巡视工作的重要论述，深刻查摆问题根源"
form(_t.count(_rep) == 2 and len(re.findall(r"^（[一二三四五六七八]）关于", _t, re.M)) == 8 and not DISCLOSE.search(_t)
     and "公开" not in _t, "p10/report: expected 8 status-grouped items, the pasted paragraph twice, no disclosure")
# the problem count of each gold against the feedback's own structure
def _between(s, a, b):
    return s[s.index(a):s.index(b)] if a in s and b in s else ""


COUNTS = {
    "p01": len(re.findall(r"^[1-9]．", _between(T("p01", "f"), "一、巡察发现的主要问题", "二、整改意见"), re.M)),
    "p02": len(re.findall(r"^第[一二三四五六七八九十]，", T("p02", "f"), re.M)),
    "p03": count_problems_inline(([p for p in T("p03", "f").split("\n") if p.startswith("冼北辰指出")] or [""])[0]),
    "p04": len(re.findall(r"^[一二三四五六七八九十]、", _between(T("p04", "f"), "巡察认为", "针对上述问题"), re.M)),
    "p05": len([b for b in _bold if re.match(r"（[一二三四五六七八九十]）", b)]),
    "p06": len(re.findall(r"^问题\d+：", T("p06", "f"), re.M)),
    "p07": len(re.findall(r"^\d．", _between(T("p07", "f"), "一、在", "巡察组建议"), re.M)),
    "p08": len(re.findall(r"^（[一二三四五六七八九十]）", _between(T("p08", "f"), "一、巡察发现的主要问题", "二、整改意见"), re.M)),
    "p09": count_problems_inline(_between(T("p09", "f"), "从贯彻落实", "下面，我提三点要求")),
    "p10": len(re.findall(r"^\d．\S+$", _between(T("p10", "f"), "一、主要问题", "二、整改要求"), re.M)),
}
for _n, _c in COUNTS.items():
    form(_c == gold_issues.get(_n), f"{_n}: the feedback's own structure gives {_c} problems, gold says {gold_issues.get(_n)}")
print("problems by feedback structure: " + ", ".join(f"{k} {v}" for k, v in COUNTS.items()))
# good report p01 and the other reports all state a disclosure except p10
for _n in ("p01", "p02", "p03", "p04", "p05", "p06", "p07", "p08", "p09"):
    form(bool(DISCLOSE.search(T(_n, "r"))), f"{_n}/report: expected a disclosure sentence")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("theme kinds planted: " + "; ".join(f"{k} {theme_planted[k]}" for k in THEME))
print("counter-cases (pairs): " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good report: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
