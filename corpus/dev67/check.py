#!/usr/bin/env python3
"""Check the dev67 pairs (p01-p10, pair ids d67-01 … d67-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; HTML: visible text with tags, style and script removed; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev67-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/report.txt": ("utf-8", "crlf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p07/report.html": ("utf-8", "lf"),
    "p08/report.txt": ("gb18030", "lf"),
}
DOCX = {"p05/report.docx"}
HTML = {"p07/report.html"}
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


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def html_text(src):
    src = re.sub(r"(?is)<(style|script)\b.*?</\1>", "", src)
    src = re.sub(r"(?i)<br\s*/?>|</(p|div|tr|h[1-6]|li|table)>", "\n", src)
    src = re.sub(r"(?i)</td>", " ", src)
    src = re.sub(r"<[^>]+>", "", src)
    return "\n".join(l.strip() for l in html.unescape(src).split("\n") if l.strip())


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(text), enc + "+html"
    assert ext == "txt", f"unexpected extension {ext}"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


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
        fails.append(f"{name}: every dev67 pair is mode 'pair' with exactly one feedback.*")
    encs = []
    for f in fb:
        try:
            t, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(t) <= hi:
                fails.append(f"{name}: feedback has {nchars(t)} characters, outside {lo}-{hi}")
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
if not 1 <= len(good) <= 2:
    fails.append(f"expected one or two pairs without must_flag (good reports), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|全文公开|予以公布|主动公开|已在.{0,20}公开")
LEAD = re.compile(r"领导小组|第一责任人")


def lines_of(t):
    return [l for l in t.split("\n")]


# p01: a 通报 on four units; 一是…六是 only inside （二）县国库集中支付中心党支部; report six 关于 items with fields, late
_t = txt("p01/feedback.txt")
_secs = re.split(r"^（[一二三四]）县", _t, flags=re.M)
form(len(_secs) == 5 and "国库集中支付中心党支部" in _secs[2][:20] and all(f"{c}是" in _secs[2] for c in "一二三四五六")
     and not any(re.search(r"[一二三四五六]是", s) for i, s in enumerate(_secs[1:], 1) if i != 2)
     and "不再另行对照整改" in _t and "三个月内" in _t,
     "p01/feedback.txt: expected four unit sections with 一是…六是 only in the 国库集中支付中心 section")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and len(re.findall(r"^整改时限：", _t, re.M)) == 6
     and "2025年2月6日" in _t and "时任副主任" not in _t and "诫勉" not in _t and "处分" not in _t,
     "p01/report.txt: expected six 关于 items with fields, dated 2025-02-06, nobody sanctioned for the bank-paid trip")
# p02: 巡察报告 excerpt: no numbered problems in 三、, three 究其原因 paragraphs, 问题线索 移交; report GB18030 问题1–7, all-done claim
_t = txt("p02/feedback.txt")
_s3 = _t[_t.index("三、发现的主要问题"):_t.index("四、问题线索")]
form(_t.count("究其原因") == 3 and not re.search(r"^\s*(\d+[．.、]|[一二三四五六七]是|（\d）)", _s3, re.M)
     and len(re.findall(r"^（[一二三]）聚焦", _s3, re.M)) == 3 and "移交县纪委监委" in _t and "下降11.2%" in _t,
     "p02/feedback.txt: expected an unnumbered findings section with three 究其原因 paragraphs")
_t = txt("p02/report.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and "已全部整改到位" in _t and "正在审理中" in _t
     and "待开工" in _t and "坚持以高质量党建引领企业高质量发展" in _t,
     "p02/report.txt: expected 问题1：…问题7：, the all-done claim, a pending lawsuit and the slogan answer")
# p03: speech 第一，…第五，, praise first, requirements last; report five 关于 headings and nothing on 监测数据
_t = txt("p03/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五") and "第六，" not in _t and all(f"{c}要" in _t for c in "一二三")
     and "同时，草原监测数据" in _t and "还有一个问题要指出" in _t and "2025年4月9日" in _t,
     "p03/feedback.txt: expected 第一，…第五， with two problems inside 第二–第四")
_t = txt("p03/report.txt")
form(len(re.findall(r"^[一二三四五]、关于", _t, re.M)) == 5 and "监测数据" not in _t and "样方" not in _t
     and "严把补助发放关口" in _t and "2025年7月1日" in _t,
     "p03/report.txt: expected five 关于 headings, no answer on 监测数据, no rule for 野外补助")
# p04: six headings, ● bullets, six 【典型案例】; report ｜ ledger with row 5 owned by 所党支部 and row 6 undated
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、\S+。$", _t, re.M)) == 6 and _t.count("【典型案例】") == 6
     and len(re.findall(r"^● ", _t, re.M)) == 13, "p04/feedback.txt: expected six headings, 13 ● bullets, six 典型案例")
_t = txt("p04/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 6 for r in _rows) and _rows[5][3] == "所党支部" and not re.search(r"\d", _rows[6][4]),
     "p04/report.txt: expected a 6-field ledger of 6 rows, row 5 owned by 所党支部, row 6 undated")
# p05: 问题1：…问题6： with 具体表现：/整改要求：, a dropped 立行立改 item; DOCX report with six bold 关于 headings
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6
     and len(re.findall(r"^整改要求：", _t, re.M)) == 6 and "不再列入本清单" in _t,
     "p05/feedback.txt: expected 问题1–6 with 具体表现/整改要求 and a dropped item")
_x = zipfile.ZipFile(os.path.join(root, "p05", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p05/report.docx")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and "<w:b/>" in _x and _t.count("整改进展：已完成") == 6,
     "p05/report.docx: expected six bold 关于 headings, all done")
# p06: PDF paste: hard-wrapped lines, page footers, a running header, a line starting 2.6万元; report by number, no lead, no disclosure
_t = txt("p06/feedback.txt")
_body = [l for l in _t.split("\n") if l.strip()]
_wide = lambda s: sum(0.5 if ord(c) < 0x2000 else 1 for c in s)
form(all(f"— {n} —" in _t for n in (1, 2, 3)) and _t.count("内部资料　注意保存") == 2 and re.search(r"^2\.6万元", _t, re.M)
     and max(_wide(l) for l in _body if "内部资料" not in l) <= 29 and len(re.findall(r"^[1-7]．", _t, re.M)) == 7,
     "p06/feedback.txt: expected hard-wrapped lines, 3 page footers, 2 headers, 7 numbered problems, a wrapped 2.6万元")
_i = _t.index("部分罚没渔获")
form("— 1 —" in _t[_i:_i + 120], "p06/feedback.txt: expected problem 3 to run across the first page break")
_t = txt("p06/report.txt")
form(len(re.findall(r"^[一二三四五六七]、针对第[1-7]项问题$", _t, re.M)) == 7 and not LEAD.search(_t) and not DISCLOSE.search(_t)
     and "公开拍卖" in _t, "p06/report.txt: expected seven by-number answers, no 领导小组, no disclosure, the 公开拍卖 false friend")
# p07: a table as ｜ text with empty category cells, a wrapped row and a 合计 row; HTML 通报 with the pasted paragraph twice
_t = txt("p07/feedback.txt")
_rows = [l for l in _t.split("\n") if "｜" in l]
form(_rows[0] == "序号｜问题类别｜具体问题｜涉及金额" and _rows[-1].startswith("合计｜") and sum(1 for r in _rows if r.startswith("｜｜")) == 1
     and len([r for r in _rows if re.match(r"^[1-7]｜", r)]) == 7 and sum(1 for r in _rows if re.match(r"^\d｜｜", r)) == 3,
     "p07/feedback.txt: expected a header, rows 1–7 (3 with empty category), one wrapped row, a 合计 row")
_amt = [float(r.split("｜")[-1]) for r in _rows[1:-1] if re.match(r"^[\d.]+$", r.split("｜")[-1])]
form(abs(sum(_amt) - float(_rows[-1].split("｜")[-1])) < 1e-6, "p07/feedback.txt: amounts do not add up to 合计")
_t = txt("p07/report.html")
_rep = "公司党支部坚持以习近平新时代中国特色社会主义思想为指导，把巡察整改作为增强“四个意识”的实际行动"
form("主动公开" in _t and _t.count(_rep) == 2 and "联系电话" in _t and len(re.findall(r"^[1-7]．关于“", _t, re.M)) == 7,
     "p07/report.html: expected a public 通报 with seven items and the pasted paragraph twice")
# p08: colloquial unnumbered speech with rhetorical questions; GB18030 report, five own headings, nothing on 评估, late
_t = txt("p08/feedback.txt")
form(_t.count("？") >= 10 and not re.search(r"^(第[一二三四五六]，|[一二三四五六]、|\d[．.])", _t, re.M)
     and "巡察是来挑毛病的吗？不是。" in _t and "大家辛苦不辛苦？辛苦" in _t and "三个月内" in _t,
     "p08/feedback.txt: expected an unnumbered speech with rhetorical questions")
_t = txt("p08/report.txt")
form(len(re.findall(r"^（[一二三四五]）\S{4,10}$", _t, re.M)) == 5 and not re.search(r"评估|分数|评分|打分", _t)
     and "2025年4月10日" in _t, "p08/report.txt: expected five short headings, nothing on 评估, dated 2025-04-10")
# p09: 共性 1．–3． + 个性 1．–4．, 个性 3． repeating 共性 2．; report mirrors both parts, no disclosure, 持续推进
_t = txt("p09/feedback.txt")
_g, _p = _t[_t.index("一、共性问题"):_t.index("二、个性问题")], _t[_t.index("二、个性问题"):_t.index("三、整改意见")]
form(len(re.findall(r"^[1-3]．", _g, re.M)) == 3 and len(re.findall(r"^[1-4]．", _p, re.M)) == 4
     and "报销审核不严的问题在中心表现得更为突出" in _p and "财务报销审核把关不严" in _g,
     "p09/feedback.txt: expected 共性 1–3 and 个性 1–4 with 个性3 repeating 共性2")
_t = txt("p09/report.txt")
form("与共性问题第二项一并整改" in _t and "完成时限：持续推进" in _t and not DISCLOSE.search(_t) and "网站公示更正后的信息" in _t,
     "p09/report.txt: expected the joint answer, a 持续推进 time limit, no disclosure, the 公示 false friend")
# p10: 1) 2) 3) restarting with — dash lines; 立行立改 and 整改要求 sections; report without 领导小组, no 招标 rule
_t = txt("p10/feedback.txt")
_s1 = _t[:_t.index("二、巡察期间立行立改情况")]
form(len(re.findall(r"^1\) ", _s1, re.M)) == 3 and len(re.findall(r"^2\) ", _s1, re.M)) == 2 and len(re.findall(r"^3\) ", _s1, re.M)) == 1
     and len(re.findall(r"^— ", _s1, re.M)) == 12 and len(re.findall(r"^— ", _t[len(_s1):], re.M)) == 4,
     "p10/feedback.txt: expected 1) 2) / 1) 2) 3) / 1) with 12 evidence dashes and 4 requirement dashes")
_t = txt("p10/report.txt")
_i3 = _t[_t.index("3．关于"):_t.index("4．关于")]
form(len(re.findall(r"^[1-6]．关于", _t, re.M)) == 6 and not LEAD.search(_t) and not re.search(r"制定|修订|办法|制度|规程|规定", _i3),
     "p10/report.txt: expected six 关于 items, no 领导小组/第一责任人, no rule under item 3")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
