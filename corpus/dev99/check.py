#!/usr/bin/env python3
"""Check the dev99 pairs (p01-p10, pair ids d99-01 … d99-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; HTML: bytes in the charset its <meta> declares, visible text = tags, script and style removed;
DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's visible text, each
gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs
unanswered-issue; links only on answered problems; every answered problem has at least one link; every pair mode "pair"
with one feedback; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag), one or two pairs have no must_flag
(good reports), the feedback and report dates stated in the documents give late-report exactly where the gold plants it
(more than three calendar months) and a must_not_flag late-report everywhere else, and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. The problem count of each gold is checked against the
feedback's own numbering. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev99-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of every text or HTML file (DOCX files are listed in DOCX)
DECLARED = {
    "p01/feedback.txt": ("utf-8", "lf"),
    "p02/feedback.html": ("gb18030", "lf"),   # GBK bytes, <meta charset=gbk>; decoded as GB18030 (a superset)
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p04/feedback.txt": ("utf-16-le-bom", "crlf"),
    "p04/report.txt": ("utf-8", "lf"),
    "p05/feedback.txt": ("gb18030", "crlf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/feedback.txt": ("utf-8", "lf"),
    "p06/report.html": ("utf-8", "lf"),
    "p07/feedback.txt": ("utf-8", "crlf"),
    "p08/feedback.txt": ("utf-8", "lf"),
    "p08/report.txt": ("gb18030", "lf"),
    "p09/feedback.txt": ("utf-8", "lf"),
    "p09/report.txt": ("utf-8", "lf"),
    "p10/report.txt": ("gb18030", "crlf"),
}
DOCX = {"p01/report.docx", "p03/feedback.docx", "p07/report.docx", "p10/feedback.docx"}
HTML_CHARSET = {"p02/feedback.html": "gbk", "p06/report.html": "utf-8"}
# feedback date and report date as the documents state them
DATES = {"p01": ("2025-03-18", "2025-06-10"), "p02": ("2024-10-15", "2025-01-10"), "p03": ("2025-04-22", "2025-07-16"),
         "p04": ("2024-11-26", "2025-03-21"), "p05": ("2025-05-08", "2025-08-01"), "p06": ("2025-02-20", "2025-05-16"),
         "p07": ("2024-09-05", "2024-11-29"), "p08": ("2025-06-05", "2025-08-29"), "p09": ("2024-12-03", "2025-04-15"),
         "p10": ("2025-07-10", "2025-09-26")}
LENGTHS = {"feedback": (700, 3000), "report": (800, 5000)}
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


def html_visible(src):
    t = re.sub(r"(?is)<(script|style)[^>]*>.*?</\1>", "", src)
    t = re.sub(r"(?is)<br\s*/?>|</(p|div|h\d|li|tr|ul|table)>", "\n", t)
    t = re.sub(r"(?is)</t[dh]>", " ", t)
    t = re.sub(r"(?s)<[^>]+>", "", t)
    t = html.unescape(t)
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in t.split("\n")]
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
        cs = re.search(r'charset="?([\w-]+)', text[:600], re.I)
        assert cs and cs.group(1).lower() == HTML_CHARSET[rel], f"meta charset {cs and cs.group(1)} != {HTML_CHARSET[rel]}"
        raw = open(f, "rb").read()
        raw.decode(HTML_CHARSET[rel])  # the bytes really are in the declared charset
        return html_visible(text), enc + f"+html[{HTML_CHARSET[rel]}]"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(iso):
    y, m, d = map(int, iso.split("-"))
    return f"{y}年{m}月{d}日"


def later_than_three_months(a, b):
    a, b = datetime.date.fromisoformat(a), datetime.date.fromisoformat(b)
    m = a.month + 3
    limit = datetime.date(a.year + (m - 1) // 12, (m - 1) % 12 + 1, a.day)
    return b > limit, (b - a).days


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good, texts = {}, {}, [], {}
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
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    if g["mode"] != "pair":
        fails.append(f"{name}: every dev99 pair is mode 'pair'")
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
    # dates: both stated in the documents; late-report planted exactly when the report is over three months late
    fd, rd = DATES[name]
    if cn_date(fd) not in ftext and fd not in ftext and f"{int(fd[5:7])}月{int(fd[8:])}日" not in ftext:
        fails.append(f"{name}: feedback date {fd} not stated in the feedback")
    if cn_date(rd) not in text:
        fails.append(f"{name}: report date {rd} not stated in the report")
    late, days = later_than_three_months(fd, rd)
    if late != (("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}):
        fails.append(f"{name}: {days} days but late-report must_flag is {not late}")
    if not late and ("late-report", None) not in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}:
        fails.append(f"{name}: on time ({days} days) but no must_not_flag late-report")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {days} days{' LATE' if late else ''}; {', '.join(encs)}; empty output {last}")
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


def gold_n(name):
    return json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))["issues"]


def docx_xml(rel):
    return zipfile.ZipFile(os.path.join(root, rel)).read("word/document.xml").decode("utf-8")


def bold_paras(rel):
    xml = docx_xml(rel)
    out = []
    for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml):
        if "<w:b/>" in p:
            out.append("".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)))
    return out


DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|监督电话|联系电话|门户网站|网站公开|网站公布|全文公开|予以公布|主动公开|公众号")
T = lambda name: texts.get(name, ("", ""))

# ---- problem counts from each feedback's own numbering ----
# p01: continuous 1．–8． between 一、巡察发现的主要问题 and 二、整改意见, under three （N）…方面 areas
_f = T("p01")[0]
_body = _f[_f.index("一、巡察发现的主要问题"):_f.index("二、整改意见")]
_nums = [int(x) for x in re.findall(r"^(\d)．", _body, re.M)]
form(_nums == list(range(1, gold_n("p01") + 1)) and len(re.findall(r"^（[一二三]）.+方面$", _body, re.M)) == 3,
     f"p01/feedback: numbering {_nums} does not give {gold_n('p01')} problems in three areas")
# p02: inline 一是…七是 in the sentence after 主要有：, ended before the 整改意见 paragraph
_f = T("p02")[0]
_s = _f[_f.index("主要有："):_f.index("针对这些问题")]
_ords = re.findall(r"([一二三四五六七八九十])是", _s)
form(_ords == list("一二三四五六七"[:gold_n("p02")]) and "八是" not in _s, f"p02/feedback: ordinals {_ords}")
# p03: bold （一）–（九） heading paragraphs between 一、 and 二、整改意见
_b = bold_paras("p03/feedback.docx")
_h = [p for p in _b if re.match(r"^（[一二三四五六七八九十]）", p)]
form(len(_h) == gold_n("p03") and "二、整改意见" in _b, f"p03/feedback.docx: {len(_h)} bold （N） headings")
# p04: 问题1：…问题10： each with 具体表现：
_f = T("p04")[0]
_nums = [int(x) for x in re.findall(r"^问题(\d+)：", _f, re.M)]
form(_nums == list(range(1, gold_n("p04") + 1)) and len(re.findall(r"^具体表现：", _f, re.M)) == gold_n("p04")
     and f"共{gold_n('p04')}个问题" in _f, f"p04/feedback: 问题N： numbering {_nums}")
# p05: 第一，…第八， paragraphs, then 一要…三要 (not problems)
_f = T("p05")[0]
_ords = re.findall(r"^第([一二三四五六七八九十])，", _f, re.M)
form(len(_ords) == gold_n("p05") and all(f"{c}要" in _f for c in "一二三") and f"主要有{'八'}个方面" in _f,
     f"p05/feedback: {len(_ords)} 第N， paragraphs")
# p06: 一、…八、 heading。detail before 针对上述问题
_f = T("p06")[0]
_ords = re.findall(r"^([一二三四五六七八九十])、[^。]+。", _f[:_f.index("针对上述问题")], re.M)
form(len(_ords) == gold_n("p06"), f"p06/feedback: {len(_ords)} 一、 headings")
# p07: three areas 一、二、三、…方面 with restarting 1．2．(3．): 3 + 3 + 2
_f = T("p07")[0]
_areas = re.split(r"^[一二三]、在.+方面$", _f[:_f.index("针对上述问题")], flags=re.M)[1:]
_cnt = [len(re.findall(r"^\d．", a, re.M)) for a in _areas]
form(_cnt == [3, 3, 2] and sum(_cnt) == gold_n("p07"), f"p07/feedback: restarting counts {_cnt}")
# p08: three 从…看 paragraphs with restarting inline 一是: 3 + 3 + 2
_f = T("p08")[0]
_paras = [p for p in _f.split("\n") if p.startswith("从") and "看，一是" in p]
_cnt = [len(re.findall(r"[一二三四五]是", p)) for p in _paras]
form(_cnt == [3, 3, 2] and sum(_cnt) == gold_n("p08"), f"p08/feedback: restarting 一是 counts {_cnt}")
# p09: 1．–7． heading lines each with a 具体表现： line
_f = T("p09")[0]
_nums = [int(x) for x in re.findall(r"^(\d)．\S+$", _f, re.M)]
form(_nums == list(range(1, gold_n("p09") + 1)) and len(re.findall(r"^具体表现：", _f, re.M)) == gold_n("p09"),
     f"p09/feedback: heading lines {_nums}")
# p10: bold areas 一、二、三、 with bold （N） headings restarting: 4 + 5 + 3; 四、整改意见 （N） not bold
_b = bold_paras("p10/feedback.docx")
_cnt, _cur = [], None
for p in _b:
    if re.match(r"^[一二三四]、", p):
        if p.startswith("四、"):
            break
        _cnt.append(0)
    elif re.match(r"^（[一二三四五六七八九十]）", p) and _cnt:
        _cnt[-1] += 1
form(_cnt == [4, 5, 3] and sum(_cnt) == gold_n("p10") and "四、整改意见" in _b, f"p10/feedback.docx: bold counts {_cnt}")

# ---- per-pair form checks (report forms and the planted facts) ----
# p01: DOCX with four own task groups, one 本组责任领导 line each, problems never cited by number
_r = T("p01")[1]
form(len(re.findall(r"^（[一二三四]）\S+组：", _r, re.M)) == 4 and _r.count("本组责任领导：") == 4
     and "<w:b/>" in docx_xml("p01/report.docx") and not re.search(r"第[1-8]项|问题[1-8]", _r),
     "p01/report.docx: expected four bold task groups with one owner line each and no problem numbers")
# p02: HTML page chrome + a first-person report by three own lines, no numbers; nothing on the souvenirs
_raw = open(os.path.join(root, "p02/feedback.html"), "rb").read().decode("gb18030")
_f, _r = T("p02")
form(all(s in _f for s in ("当前位置", "打印本页", "相关文章", "备案号")) and "<script" in _raw,
     "p02/feedback.html: expected page chrome (breadcrumb, print, related, footer) and a script")
form(_r.count("我") >= 8 and [h[:2] for h in re.findall(r"^[一二三四]、\S+", _r, re.M)] == ["一、", "二、", "三、", "四、"]
     and "纪念品" not in _r and not re.search(r"第[一二三四五六七]是|第\d项|问题\d", _r),
     "p02/report.txt: expected a first-person report in own lines, no numbers, nothing on 纪念品")
# p03: stage sections, tags （对应反馈问题第…项）, #1 without a date, #7 slogans only
_r = T("p03")[1]
_item1 = re.search(r"（对应反馈问题第一项）[^\n]*", _r).group(0)
form(all(s in _r for s in ("二、立行立改事项", "三、限期整改事项", "四、长期坚持事项")) and _r.count("（对应反馈问题第") == 10
     and "完成时限" not in _item1 and "力争尽快完成" in _item1, "p03/report.txt: stage sections, 10 tags, item for #1 undated")
# p04: three themes listing problems; 9 absent everywhere
_r = T("p04")[1]
_listed = sorted(int(x) for h in re.findall(r"涉及反馈问题第([\d、]+)项", _r) for x in h.split("、"))
form(_listed == [1, 2, 3, 4, 5, 6, 7, 8, 10] and "服务电话" not in _r and "诉求" not in _r,
     f"p04/report.txt: themes list {_listed}, expected all but 9 and nothing on the service phone")
# p05: by department, 护理部全体人员, one paragraph pasted twice, no lead, no publication
_r = T("p05")[1]
_rep = "财务室组织全体人员认真学习财经法规和中心财务管理制度，进一步严格财经纪律"
form(len(re.findall(r"^[一二三]、\S+整改情况（责任人：", _r, re.M)) == 3 and "（责任人：护理部全体人员）" in _r
     and _r.count(_rep) == 2 and not re.search(r"整改工作领导小组|整改领导小组|第一责任人|书记", _r) and not DISCLOSE.search(_r),
     "p05/report.txt: expected three departments, 护理部全体人员, a pasted paragraph, no lead, no publication")
# p06: public HTML 通报 with header table and chrome, merged headings
_r = T("p06")[1]
form(all(s in _r for s in ("索引号", "公开方式", "主动公开", "您当前的位置", "【打印】"))
     and "关于“水源地保护、产品质量、安全生产”三个问题的整改" in _r and "已完成整改6个" in _r,
     "p06/report.html: expected a public 通报 page with header, chrome and the merged heading")
# p07: DOCX with a Word table grouped by department, merged row, no cash rule among the rules
_x = docx_xml("p07/report.docx")
_r = T("p07")[1]
_rules = re.findall(r"《([^》]+)》", _r)
form("<w:tbl>" in _x and _x.count("<w:gridSpan") == 3 and "二、1．“三重一大”执行不严；二、2．违规报销旅游费用" in _r
     and not any(re.search(r"现金|收款|资金", x) for x in _rules),
     f"p07/report.docx: expected a table with 3 department rows, a merged row, and no cash rule ({_rules})")
# p08: merged quoted headings, the all-done claim and the pending items, 中心领导班子
_r = T("p08")[1]
form(len(re.findall(r"^（[一二]）关于“[^”]+”和“[^”]+”的问题$", _r, re.M)) == 2 and "已全部整改到位" in _r
     and "正在办理调账手续" in _r and "明确意见后处理" in _r and "责任领导：中心领导班子" in _r,
     "p08/report.txt: expected merged quoted headings, the all-done claim, 2 pending items and 中心领导班子")
# p09: nothing on fees charged to schools or meals; #1 undated
_r = T("p09")[1]
form(not re.search(r"测评|摊派|收费|农家乐|就餐|餐费|八项规定", _r) and "完成时限：视学校配合情况逐步推进" in _r,
     "p09/report.txt: expected no answer on #4 / #6 and an undated #1")
# p10: ｜ ledgers by status, 8 fields per row, rows 1–10, no publication of the rectification
_r = T("p10")[1]
_rows = [l.split("｜") for l in _r.split("\n") if "｜" in l]
_data = [r for r in _rows if r[0].isdigit()]
form(all(len(r) == 8 for r in _rows) and [int(r[0]) for r in _data] == list(range(1, 11))
     and "（一）已完成整改事项" in _r and "（二）持续整改事项" in _r
     and not re.search(r"公开整改|整改情况.{0,6}公开|向社会公开|公开栏|网站公开|予以公布|接受.{0,6}监督", _r)
     and not any("劳务" in x or "现金" in x for x in re.findall(r"《([^》]+)》", _r)),
     "p10/report.txt: expected two ｜ ledgers of 8 fields, rows 1–10, no publication, no labour-pay rule")
# notes.md: the required parts, and the problem count in the notes agrees with the gold
for _n in range(1, 11):
    _name = f"p{_n:02d}"
    _p = os.path.join(root, _name, "notes.md")
    if not os.path.exists(_p):
        continue
    _t = open(_p, encoding="utf-8").read()
    _m = re.search(r"^## Problems \((\d+)", _t, re.M)
    form(all(s in _t for s in ("## Forms", "## Links", "## Gold", "## Traps", "## May report", "## Gold entries"))
         and _m and int(_m.group(1)) == gold_n(_name), f"{_name}/notes.md: missing parts or problem count disagrees with gold")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
