#!/usr/bin/env python3
"""Check the dev74 pairs (p01-p10, pair ids d74-01 … d74-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: visible text outside <style>/<title>), every
`links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs
keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered
problems; every answered problem has at least one link; every pair is mode "pair" with one feedback; no duplicate
(kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and
has at least one counter-case (must_not_flag) in the set, exactly one pair has no must_flag (the good report),
no-accountability is planted in most pairs and every such pair also holds a no-accountability counter-case, the
feedback and report dates are in the documents and late-report is in must_flag exactly when the report is more than
three months after the feedback (in must_not_flag otherwise), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Lengths: each feedback 800-3000 and each report 1500-5000
non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev74-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile
from html.parser import HTMLParser

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("gb18030", "lf"),
    "p07/report.html": ("utf-8", "lf"),
}
DOCX = {"p05/feedback.docx", "p08/report.docx"}
HTML = {"p07/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# (feedback date, report date) as ISO; both must appear in the documents in Chinese form (YYYY年M月D日) or ISO form
DATES = {
    "p01": ("2025-03-18", "2025-06-10"), "p02": ("2024-08-21", "2024-12-09"), "p03": ("2025-04-15", "2025-07-08"),
    "p04": ("2024-10-29", "2025-01-20"), "p05": ("2025-05-20", "2025-08-16"), "p06": ("2024-11-12", "2025-02-08"),
    "p07": ("2024-05-28", "2024-08-20"), "p08": ("2025-02-26", "2025-05-22"), "p09": ("2024-03-19", "2024-06-14"),
    "p10": ("2025-07-08", "2025-09-30"),
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
    paras = ["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


class _Visible(HTMLParser):
    BLOCK = {"p", "div", "tr", "h1", "h2", "h3", "li", "table", "br"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("style", "script", "title"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("style", "script", "title"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")
        elif tag == "td":
            self.out.append(" ")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(rel, raw):
    src, enc = decode_bytes(rel, raw)
    p = _Visible()
    p.feed(src)
    text = re.sub(r"\n\s*\n+", "\n", "".join(p.out)).strip()
    return text, "html/" + enc


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(rel, open(f, "rb").read())
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def zh(iso):
    d = datetime.date.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def plus3m(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            pass


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, noacc_pairs = {}, {}, [], []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
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
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev74 pair is mode 'pair' with exactly one feedback.*")
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
    if any(f["kind"] == "no-accountability" for f in g["must_flag"]):
        noacc_pairs.append(name)
        if not any(f["kind"] == "no-accountability" for f in g["must_not_flag"]):
            fails.append(f"{name}: no-accountability planted without a no-accountability counter-case in the same pair")
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
    # dates: both present, late-report gold agrees with the three-month rule
    fd, rd = (datetime.date.fromisoformat(x) for x in DATES[name])
    if zh(DATES[name][0]) not in ftext and DATES[name][0] not in ftext and f"{fd.month}月{fd.day}日" not in ftext:
        fails.append(f"{name}: feedback date {DATES[name][0]} not found in the feedback")
    if zh(DATES[name][1]) not in text and DATES[name][1] not in text:
        fails.append(f"{name}: report date {DATES[name][1]} not found in the report")
    late = rd > plus3m(fd)
    in_flag = any(f["kind"] == "late-report" for f in g["must_flag"])
    in_not = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != in_flag or late == in_not:
        fails.append(f"{name}: late-report gold disagrees with dates ({(rd - fd).days} days, late={late})")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rd - fd).days} days; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")
if not len(noacc_pairs) > len(pairs) // 2:
    fails.append(f"no-accountability should be planted in most pairs, found {noacc_pairs}")


def form(ok, what):
    if not ok:
        fails.append(what)


def fbt(p):
    return TEXT.get(p, ("", ""))[0]


def rpt(p):
    return TEXT.get(p, ("", ""))[1]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|公告栏|监督电话|联系电话|门户网站|网站公开|网站和|全文公开|予以公布|主动公开")
# p01: three （N）…方面 areas with continuous 1．–7．; report: seven 关于“…”的问题 with 整改时限/整改成效
_t = fbt("p01")
form(len(re.findall(r"^[1-7]．", _t[:_t.find("二、整改意见")], re.M)) == 7 and len(re.findall(r"^（[一二三]）.*方面$", _t, re.M)) == 3,
     "p01/feedback.txt: expected three （N）…方面 areas with seven 1．–7． problems")
_t = rpt("p01")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and len(re.findall(r"^整改时限：", _t, re.M)) == 7
     and len(re.findall(r"^整改成效：", _t, re.M)) == 7, "p01/report.txt: expected seven 关于“…”的问题 items with fields")
# p02: news item, the seven problems in one 巡察组指出 sentence (six ；) closed by 等问题; report with a closing 追责问责 paragraph
_t = fbt("p02")
_s = re.search(r"巡察组指出，(.*?)等问题。", _t, re.S)
form(_s is not None and _s.group(1).count("；") == 6 and "来源：" in _t and "三个月内" in _t,
     "p02/feedback.txt: expected a news item with one 巡察组指出…；…等问题 sentence holding seven problems")
_t = rpt("p02")
_c = _t[_t.find("三、追责问责情况"):_t.find("四、下一步")]
form(len(_c) > 50 and "党内警告处分" in _c and "移送县纪委监委" in _c and "副总经理" not in _c and "报送时间有所推迟" in _t,
     "p02/report.txt: expected a closing 追责问责 paragraph that names #2, #7 and not the 副总经理")
# p03: CRLF speech with 从…看 paragraphs; first-person GB18030 report in another order, vague 担保 item
_t = fbt("p03")
form(_t.startswith("在县国有资本投资运营有限公司党委巡察反馈会上的讲话") and len(re.findall(r"^从.{2,10}看，", _t, re.M)) == 5
     and "还有一笔钱" in _t and all(f"{c}要" in _t for c in "一二三"), "p03/feedback.txt: expected a speech with five 从…看 paragraphs + 还有一笔钱")
_t = rpt("p03")
_h = re.findall(r"^（[一二三四五六]）关于(.+?)的问题$", _t, re.M)
form(_t.count("我") >= 8 and len(_h) == 6 and "担保" in _h[4] and "投资方向" in _h[5]
     and "财务总监" not in _t, "p03/report.txt: expected a first-person report, six own headings in order 2,3,5,6,4,1, no word on the 财务总监")
# p04: 问题清单 问题1：…问题7： + 具体表现：; report 问题N：/整改情况：, all-done claim vs 北坝二期 pending
_t = fbt("p04")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7,
     "p04/feedback.txt: expected 问题1：…问题7： with 具体表现：")
_t = rpt("p04")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^整改情况：", _t, re.M)) == 7
     and "7个问题已全部整改完成" in _t and "预计2025年3月底完工" in _t and "书面说明" in _t,
     "p04/report.txt: expected 问题N：/整改情况：, the all-done claim and the pending 北坝二期 project")
# p05: DOCX with bold （一）–（六）; UTF-16 report by number, 中心各科室 and 逐步推进
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
form(len(re.findall(r"^（[一二三四五六]）", fbt("p05"), re.M)) == 6 and "<w:b/>" in _x, "p05/feedback.docx: expected six bold （N） headings")
_t = rpt("p05")
form(all(f"针对第{c}个问题" in _t for c in "一二三四五六") and "责任领导：中心各科室" in _t and "完成时限：逐步推进" in _t,
     "p05/report.txt: expected by-number answers with 中心各科室 and 逐步推进")
# p06: areas with restarting 1．2．(3．); GB18030 report without the 公车 problem and with a merged heading
_t = fbt("p06")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7, "p06/feedback.txt: expected restarting 1．2．(3．)")
_t = rpt("p06")
form(len(re.findall(r"^（[一二三四五]）关于“", _t, re.M)) == 5 and "皮卡" not in _t and "公车" not in _t and "加油" not in _t
     and "关于“发展党员程序不规范”和“上轮巡察整改不彻底”的问题" in _t, "p06/report.txt: expected five 关于 items, one merged, none on the 公车")
# p07: speech 第一个方面…第六个方面; public HTML 通报 with header and a closing 追责问责 paragraph silent on the 冷库
_t = fbt("p07")
form(all(f"第{c}个方面，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三"), "p07/feedback.txt: expected 第一个方面…第六个方面 and 一要…三要")
_t = rpt("p07")
_c = _t[_t.find("三、追责问责情况"):_t.find("四、下一步工作")]
form("公开方式" in _t and "主动公开" in _t and len(re.findall(r"^[1-6]．关于“", _t, re.M)) == 6 and len(_c) > 50
     and "冷库" not in _c and "验收" not in _c, "p07/report.html: expected a public 通报 with six items and a closing 追责 paragraph silent on #3")
# p08: （一）–（六） + 问题表现：; DOCX table ledger with a 追责问责情况 column, boilerplate in rows 1 and 6, row 3 “—”
_t = fbt("p08")
form(len(re.findall(r"^问题表现：", _t, re.M)) == 6 and len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6, "p08/feedback.txt: expected six （N） + 问题表现：")
_x = zipfile.ZipFile(os.path.join(root, "p08", "report.docx")).read("word/document.xml").decode("utf-8")
_rows = re.findall(r"(?s)<w:tr>.*?</w:tr>", _x)
_cells = [["".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", c)) for c in re.findall(r"(?s)<w:tc>.*?</w:tc>", r)] for r in _rows]
_rep = "组织全体干部职工深入学习有关法律法规和上级文件精神，对照反馈问题认真开展自查自纠，建立健全相关工作机制，确保问题整改到位、取得实效。"
form(len(_cells) == 7 and all(len(c) == 7 for c in _cells) and _cells[0][6] == "追责问责情况" and _cells[3][6] == "—"
     and _rep in _cells[1][2] and _rep in _cells[6][2] and rpt("p08").count(_rep) == 2,
     "p08/report.docx: expected a 7-column table of 6 rows, boilerplate in rows 1 and 6, row 3 追责 cell “—”")
# p09: news item 主要有：一是…六是; report 一、关于… with no 领导小组 / 第一责任人 / disclosure
_t = fbt("p09")
form("主要有：一是" in _t and all(f"{c}是" in _t for c in "一二三四五六"), "p09/feedback.txt: expected 主要有：一是…六是")
_t = rpt("p09")
form(len(re.findall(r"^[一二三四五六]、关于", _t, re.M)) == 6 and "领导小组" not in _t.split("县委巡察工作领导小组", 1)[1]
     and "第一责任人" not in _t and not DISCLOSE.search(_t), "p09/report.txt: expected six 关于 items, no 领导小组/第一责任人, no disclosure")
# p10: （一）–（七） heading。detail; ｜ ledger 8 rows × 7 fields, row 4 问责情况 only a 书面说明, row 2 names no rule
_t = fbt("p10")
form(len(re.findall(r"^（[一二三四五六七]）[^。]+。", _t, re.M)) == 7, "p10/feedback.txt: expected seven （N） heading。detail paragraphs")
_rows = [l.split("｜") for l in rpt("p10").split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(r) == 7 for r in _rows) and _rows[0][5] == "问责情况" and "书面说明" in _rows[4][5]
     and "《" not in _rows[2][2] and all("《" in _rows[i][2] for i in (1, 3, 4, 5, 6)),
     "p10/report.txt: expected a 7-field ledger of 7 rows, row 4 问责 a 书面说明, row 2 without a rule")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good) + "; no-accountability planted in " + ", ".join(noacc_pairs))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
