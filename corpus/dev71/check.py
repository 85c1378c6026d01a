#!/usr/bin/env python3
"""Check the dev71 pairs (p01-p10, pair ids d71-01 … d71-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; HTML: UTF-8 with a charset meta, visible text with tags stripped; DOCX: word/document.xml paragraph
text), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the
dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; mode vs feedback presence; no duplicate (kind, issue);
every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has at least one
counter-case (must_not_flag) in the set, exactly one pair has no must_flag (the good report), and every gold file runs
through /work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}. Each
feedback must have 800-3000 and each report 1500-5000 non-whitespace characters. The HELDOUT marker must be a byte copy
of /work/notes/dev71.HELDOUT. Pair-specific form checks (problem counts, dates, planted facts) follow at the end.
Usage: python3 check.py [dev71-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile
from html.parser import HTMLParser

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF); DOCX files listed apart
DECLARED = {
    "p03/feedback.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-8", "crlf"),
}
DOCX = {"p05/feedback.docx", "p10/report.docx"}
HTMLS = {"p02/report.html"}
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


class _Text(HTMLParser):
    BLOCK = {"p", "div", "h1", "h2", "h3", "li", "tr", "br", "title", "table"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.skip = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.skip += 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.skip -= 1
        if tag in self.BLOCK:
            self.out.append("\n")

    def handle_data(self, data):
        if not self.skip:
            self.out.append(data)


def html_text(rel, raw):
    text, enc = decode_bytes(rel, raw)
    assert re.search(r'<meta charset="utf-8">', text, re.I), "HTML without a utf-8 charset meta"
    p = _Text()
    p.feed(text)
    vis = re.sub(r"\n\s*\n+", "\n", "".join(p.out)).strip()
    return vis, "html/" + enc


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
    raw = open(f, "rb").read()
    if ext == "html":
        assert rel in HTMLS, "undeclared HTML"
        return html_text(rel, raw)
    assert ext == "txt", f"unexpected extension {ext}"
    return decode_bytes(rel, raw)


def nchars(t):
    return len(re.sub(r"\s", "", t))


# ---- HELDOUT marker ----
try:
    if open(os.path.join(root, "HELDOUT"), "rb").read() != open("/work/notes/dev71.HELDOUT", "rb").read():
        fails.append("HELDOUT differs from /work/notes/dev71.HELDOUT")
except OSError as e:
    fails.append(f"HELDOUT: {e}")

total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTMLS):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected pair folders p01-p10, found {[os.path.basename(p) for p in pairs]}")
GOLDS, TEXTS = {}, {}
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
    GOLDS[name] = g
    if set(g) != GOLD_KEYS:
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev71 pair is mode 'pair' with exactly one feedback.*")
    encs = []
    for f in fb:
        try:
            t, e = visible(f)
            TEXTS[name + "/feedback"] = t
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(t) <= hi:
                fails.append(f"{name}: feedback has {nchars(t)} characters, outside {lo}-{hi}")
        except Exception as e:
            fails.append(f"{name}: {f} does not decode as declared: {e}")
    try:
        text, enc = visible(rp[0])
        TEXTS[name + "/report"] = text
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        lo, hi = LENGTHS["report"]
        if not lo <= nchars(text) <= hi:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
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
            if set(f) != {"kind", "issue", "why"}:
                fails.append(f"{name}: {lst} entry keys {sorted(f)}")
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
        if set(l) != {"measure", "issue"}:
            fails.append(f"{name}: link keys {sorted(l)}")
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
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")
for name, g in GOLDS.items():
    if name not in good and not 1 <= len({(f['kind'], f['issue']) for f in g["must_flag"]}) <= 3:
        fails.append(f"{name}: expected one to three must_flag entries")


def form(ok, what):
    if not ok:
        fails.append(what)


def T(key):
    return TEXTS.get(key, "")


def cn_date(t):
    """dates written 2025年5月14日 → date objects"""
    return [datetime.date(int(y), int(m), int(d)) for y, m, d in re.findall(r"(20\d\d)年(\d{1,2})月(\d{1,2})日", t)]


def last_date(t):
    ds = cn_date(t)
    return ds[-1] if ds else None


def add3m(d):
    m = d.month + 3
    y = d.year + (m - 1) // 12
    m = (m - 1) % 12 + 1
    import calendar
    return datetime.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


# ---- report dates vs the three-month rule (feedback date = the date the feedback states last / on its date line) ----
FB_DATE = {"p01": "2025-05-14", "p02": "2024-10-16", "p03": "2025-06-09", "p04": "2024-04-23", "p05": "2024-11-26",
           "p06": "2024-07-02", "p07": "2025-02-18", "p08": "2023-12-12", "p09": "2025-07-07", "p10": "2024-03-19"}
RP_DATE = {"p01": "2025-08-05", "p02": "2025-01-10", "p03": "2025-08-29", "p04": "2024-07-19", "p05": "2025-02-21",
           "p06": "2024-10-28", "p07": "2025-04-30", "p08": "2024-03-08", "p09": "2025-09-30", "p10": "2024-07-26"}
for name, g in GOLDS.items():
    fd, rd = datetime.date.fromisoformat(FB_DATE[name]), datetime.date.fromisoformat(RP_DATE[name])
    fbt, rpt = T(name + "/feedback"), T(name + "/report")
    ymd = lambda d: f"{d.year}年{d.month}月{d.day}日"
    form(ymd(fd) in fbt or f"{fd.month}月{fd.day}日" in fbt, f"{name}: feedback does not state its date {fd}")
    form(ymd(rd) in rpt or rd.isoformat() in rpt, f"{name}: report does not state its date {rd}")
    form("三个月" in fbt or "3个月" in fbt, f"{name}: feedback states no three-month limit")
    late = rd > add3m(fd)
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    form(late == flagged, f"{name}: report {(rd - fd).days} days after feedback; late={late} but gold late-report must_flag={flagged}")
    if not late:
        form(any(f["kind"] == "late-report" for f in g["must_not_flag"]), f"{name}: on-time report without a late-report must_not_flag")

# ---- per-pair form checks ----
DISCLOSE = re.compile(r"公开栏|公示栏|网站公开|网站和|网站公示|主动公开|予以公布|向社会公开|网站.{0,12}公开|监督电话")
# p01: areas （一）（二）（三）…方面 with continuous 1．–7．; report seven 关于“…”的问题 with five fields
_t = T("p01/feedback")
form(len(re.findall(r"^[1-7]．", _t[:_t.index("二、整改意见")], re.M)) == 7 and len(re.findall(r"^（[一二三]）.*方面$", _t, re.M)) == 3,
     "p01/feedback: expected three （N）…方面 areas with seven 1．–7． problems")
_t = T("p01/report")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and all(len(re.findall(rf"^{f}：", _t, re.M)) == 7
     for f in ("整改措施", "责任领导", "责任部门", "整改时限", "整改成效")), "p01/report: expected seven 关于 items with five fields")
# p02: news item with speaker blocks and 一是…三是 each 在…方面; HTML public notice in parts with slogan-only （七）
_t = T("p02/feedback")
_m = re.search(r"主要有：(.*?)。巡察组同时", _t, re.S)
form(_m is not None and all(f"{c}是在" in _m.group(1) for c in "一二三") and "反馈时指出：" in _t and "强调：" in _t
     and "表示：" in _t and "三审：" in _t, "p02/feedback: expected a news item with speaker blocks and 一是/二是/三是在…方面")
if _m:
    _parts = re.split(r"[一二三]是在[^，]*方面，", _m.group(1))[1:]
    form([len(re.split(r"，", p.strip("；"))) for p in _parts] == [2, 3, 2], "p02/feedback: expected 2 + 3 + 2 comma-separated failings")
_t = T("p02/report")
form(all(h in _t for h in ("一、党支部书记组织落实整改工作情况", "二、党支部落实整改主体责任情况", "三、反馈问题整改落实情况"))
     and len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7 and "公开方式：主动公开" in _t
     and not re.search(r"追回|退回|诫勉|批评教育|提醒谈话", _t[_t.index("（五）关于"):_t.index("（六）关于")]),
     "p02/report: expected a public notice in parts, seven items, no recovery or sanction under （五）")
# p03: 函 with 1．–6．【类别】 + 主要表现：/整改时限：; report ledger of 6 rows × 7 fields, row 2 without a person, no disclosure
_t = T("p03/feedback")
form(len(re.findall(r"^[1-6]．【", _t, re.M)) == 6 and _t.count("主要表现：") == 6 and _t.count("整改时限：") == 6
     and "函" in _t, "p03/feedback: expected a 函 with six 【类别】 items")
_t = T("p03/report")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and _rows[2][3] == "协会党支部" and _rows[2][4] == "相关工作人员"
     and not DISCLOSE.search(_t) and "会员微信群公示" in _t, "p03/report: expected a 7-field ledger, row 2 ownerless, no disclosure")
# p04: 环节 sections with restarting 1．2． (2+2+2+1); report by work lines, nothing on 代签
_t = T("p04/feedback")
form(len(re.findall(r"^1．", _t, re.M)) == 4 and len(re.findall(r"^[12]．", _t, re.M)) == 7 and _t.count("环节\n") == 4,
     "p04/feedback: expected four 环节 with restarting 1．2．")
_t = T("p04/report")
form(all(x in _t for x in ("项目管理线", "资金财务线", "党建队伍线")) and "代签" not in _t and "验收组" not in _t
     and "走过场" not in _t and "入库" in _t and not re.search(r"《[^》]*项目库[^》]*》", _t),
     "p04/report: expected work lines, no answer on 验收, no 项目库 rule")
# p05: DOCX bold 一、…六、; report by number with a merge, a pasted paragraph twice, 第一项 undated
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = T("p05/feedback")
form(len(re.findall(r"^[一二三四五六]、", _t, re.M)) == 6 and "<w:b/>" in _x, "p05/feedback.docx: expected six bold 一、…六、 headings")
_t = T("p05/report")
_rep = "基地召开专题会议进行研究，制定整改方案，建立问题销号台账，明确责任人和完成时限，由办公室每周督查一次整改进展"
form(_t.count(_rep) == 2 and "第五项、第六项" in _t and len(re.findall(r"^（[一二三四五]）针对反馈意见第", _t, re.M)) == 5
     and "完成时限：结合课程建设逐步推进" in _t, "p05/report: expected 5 by-number answers, one merged, a pasted paragraph twice")
# p06: speech 第一，…第六，, 一要…三要; first-person GB18030 report, own order, copied （四）
_t = T("p06/feedback")
form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and _t.startswith("在县委第五巡察组"),
     "p06/feedback: expected a speech 第一，…第六，")
_t = T("p06/report")
_heads = re.findall(r"^（[一二三四五六]）(\S{2,24}?)的问题。", _t, re.M)
form(_t.count("我") >= 12 and len(_heads) == 6 and _heads[0].startswith("“三重一大”") and "我们将切实加强投后管理" in _t,
     "p06/report: expected a first-person report of six items in another order with the copied （四）")
# p07: （一）–（六） heading lines + 具体表现：; status-grouped progress notice whose totals disagree with its lists
_t = T("p07/feedback")
form(len(re.findall(r"^（[一二三四五六]）\S+$", _t, re.M)) == 6 and _t.count("具体表现：") == 6, "p07/feedback: expected six heading lines + 具体表现：")
_t = T("p07/report")
form("已完成整改5个，正在推进1个" in _t and "已完成整改的问题（4个）" in _t and "正在推进的问题（2个）" in _t
     and len(re.findall(r"^[1-4]．", _t[_t.index("二、已完成"):_t.index("三、正在推进")], re.M)) == 4,
     "p07/report: expected totals 5+1 against lists 4+2")
# p08: 回头看 with four settled old problems in quotes, 3 old + restarting 3 new; CRLF report without leadership signs
_t = T("p08/feedback")
form(len(re.findall(r"^[123]．", _t, re.M)) == 6 and len(re.findall(r"“[^”]{4,14}”", _t.split("但仍有")[0])) == 4,
     "p08/feedback: expected four quoted settled problems and 3 + 3 numbered problems")
_t = T("p08/report")
form(not re.search(r"整改工作领导小组|整改领导小组|第一责任人|任组长", _t) and _t.count("党支部书记") == 1 and _t.rstrip().endswith("2024年3月8日") and "主体责任摆在更加突出的位置" in _t
     and not re.search(r"《[^》]*(资产|出租|租赁)[^》]*》", _t), "p08/report: expected no leading group, slogans under （二）, no asset rule")
# p09: areas with restarting 1．2．3． (3+2+2); 销号申请 with two 延期 items and an all-closed claim
_t = T("p09/feedback")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7, "p09/feedback: expected restarting 1．2．(3．)")
_t = T("p09/report")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and _t.count("销号意见：申请延期销号") == 2 and "全部予以销号" in _t
     and len(re.findall(r"^责任领导：", _t, re.M)) == 7, "p09/report: expected seven items, two 延期 and an all-closed claim")
# p10: area paragraphs 在…方面，一是… restarting (2+3+2); DOCX report, DR purchase absent, no disclosure
_t = T("p10/feedback")
_paras = [p for p in _t.split("\n") if re.match(r"^[一二三]、在", p)]
form(len(_paras) == 3 and [len(re.findall(r"[一二三]是", p)) for p in _paras] == [2, 3, 2], "p10/feedback: expected 2 + 3 + 2 一是… in three area paragraphs")
_x = zipfile.ZipFile(os.path.join(root, "p10", "report.docx")).read("word/document.xml").decode("utf-8")
_t = T("p10/report")
form("<w:b/>" in _x and len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and "DR" not in _t and "采购" not in _t
     and not DISCLOSE.search(_t) and "门诊大厅公开" in _t, "p10/report.docx: expected six bold items, nothing on the DR purchase, no disclosure")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))}" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
for f in fails:
    print("FAIL:", f)
print(f"totals: pairs {len(pairs)}, issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
