#!/usr/bin/env python3
"""Check the dev60 pairs (p01-p10, pair ids d60-01 … d60-10); adapted from corpus/dev44/check.py (adds HTML).
General checks: every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where
declared, a GB18030 file must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: tags stripped, block
tags as line breaks, entities unescaped), every `links` substring occurs exactly once in the report's visible text, each
gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs
unanswered-issue; links only on answered problems; every answered problem has at least one link; mode vs feedback
presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted (must_flag) in
at least one pair and has at least one counter-case (must_not_flag) in the set, exactly one pair has no must_flag (the
good report), every pair holds 0-3 must_flag, the set holds one or two GB18030 files, one UTF-16 LE file, at least one
CRLF file and at least one DOCX, the HELDOUT file is present, and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}. Each feedback must
have 800-3000 and each report 1500-5000 non-whitespace characters. Pair-specific form checks (problem counts, dates and
the planted features) follow at the end.
Usage: python3 check.py [dev60-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("utf-8", "crlf"),
    "p07/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p04/feedback.docx", "p08/report.docx"}
HTML = {"p03/report.html"}
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
    t = re.sub(r"(?is)<(script|style|title)[^>]*>.*?</\1>", "", src)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</?(p|div|h[1-6]|li|tr|table|ul|ol|section|article)\b[^>]*>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t)
    lines = [l.strip() for l in t.split("\n")]
    return "\n".join(l for l in lines if l)


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        assert re.search(r'<meta charset="utf-8">', text), "HTML without a utf-8 meta charset"
        return html_text(text), "html/" + enc
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
if not os.path.exists(os.path.join(root, "HELDOUT")):
    fails.append("HELDOUT missing")
n_gb = sum(1 for e, _ in DECLARED.values() if e == "gb18030")
n_u16 = sum(1 for e, _ in DECLARED.values() if e == "utf-16-le-bom")
n_crlf = sum(1 for _, l in DECLARED.values() if l == "crlf")
if not (1 <= n_gb <= 2 and n_u16 == 1 and n_crlf >= 1 and len(DOCX) >= 1):
    fails.append(f"encoding mix: {n_gb} GB18030, {n_u16} UTF-16, {n_crlf} CRLF, {len(DOCX)} DOCX")
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
        fails.append(f"{name}: every dev60 pair is mode 'pair' with exactly one feedback.*")
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
    if len(g["must_flag"]) > 3:
        fails.append(f"{name}: {len(g['must_flag'])} must_flag (natural proportions: 0-3 per pair)")
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
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def gold(name):
    return json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))


CN_DATE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")


def last_date(t):
    ds = CN_DATE.findall(t)
    return datetime.date(*map(int, ds[-1])) if ds else None


def first_date(t, pat=None):
    m = re.search(pat, t) if pat else CN_DATE.search(t)
    return datetime.date(*map(int, m.groups())) if m else None


# ---- dates: the feedback date (its signature / header) and the report date (its signature) decide lateness ----
# feedback date = the date the feedback was given; report date = the date under the report's signature.
FB_DATE = {"p01": r"（(20\d\d)年(\d{1,2})月(\d{1,2})日）", "p08": r"（(20\d\d)年(\d{1,2})月(\d{1,2})日）"}
for d in pairs:
    name = os.path.basename(d)
    fbf = [f for f in os.listdir(d) if f.startswith("feedback.")][0]
    rpf = [f for f in os.listdir(d) if f.startswith("report.")][0]
    ft, rt = txt(f"{name}/{fbf}"), txt(f"{name}/{rpf}")
    fd = first_date(ft, FB_DATE[name]) if name in FB_DATE else last_date(ft)
    rd = last_date(rt)
    if not fd or not rd:
        fails.append(f"{name}: feedback or report date not found")
        continue
    days = (rd - fd).days
    m, y = fd.month + 3, fd.year
    if m > 12:
        m, y = m - 12, y + 1
    deadline = datetime.date(y, m, min(fd.day, 28))
    late = rd > deadline
    g = gold(name)
    flagged = any(f["kind"] == "late-report" for f in g["must_flag"])
    cleared = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != flagged or late == cleared:
        fails.append(f"{name}: feedback {fd} report {rd} ({days} days, late={late}) disagrees with the gold")
    print(f"{name}: feedback {fd}, report {rd}, {days} days{' LATE' if late else ''}")

DISCLOSE = re.compile(r"门户网站|网站公开|向社会公开|予以公开|公开，接受|监督电话|以答问形式予以公开")
# p01: speech, problems in prose (no ordinals for problems), 同时/此外 turns, 三点要求 第一…第三; report by work lines,
# no 宣传教育 answer, no disclosure
_t = txt("p01/feedback.txt")
form(all(w in _t for w in ("同时，保密宣传教育", "此外，执行中央八项规定精神", "第一，要提高政治站位", "三个月内"))
     and not re.search(r"^[（(]?[1-9一二三四五六七][）)．.、]", _t.split("一、关于履行职责使命")[1].split("关于整改")[0].replace("二、关于", "").replace("三、关于", ""), re.M),
     "p01/feedback.txt: expected a speech with problems in prose, 同时/此外 turns and 第一…第三 requirements")
_t = txt("p01/report.txt")
form(len(re.findall(r"^[二三四]、\S+工作线$", _t, re.M)) == 3 and "宣传教育" not in _t and "保密教育" not in _t
     and not DISCLOSE.search(_t) and "公开" not in _t, "p01/report.txt: expected three work-line sections, nothing on 宣传教育, no disclosure")
# p02: problem 1 in 一、巡察工作基本情况; 三、（一）–（五）; report: table cells one per line, row 6 正在推进, the all-done claim
_t = txt("p02/feedback.txt")
_bg = _t.split("一、巡察工作基本情况")[1].split("二、总体评价")[0]
form("38.6吨" in _bg and len(re.findall(r"^（[一二三四五]）", _t.split("三、发现的主要问题")[1].split("四、意见建议")[0], re.M)) == 5,
     "p02/feedback.txt: expected the audit problem in the background and five listed problems")
_t = txt("p02/report.txt")
_tbl = _t.split("附表：")[1].split("三、下一步工作")[0]
_rows = [b for b in re.split(r"\n(?=[1-6]\n)", _tbl) if re.match(r"[1-6]\n", b)]
form(len(_rows) == 6 and "\n公司领导班子\n" in _rows[3] and "\n根据市场情况逐步推进\n" in _rows[1] and _rows[5].rstrip().endswith("正在推进")
     and "已全部整改销号" in _t, "p02/report.txt: expected six cell-per-line rows, row 4 owned by 公司领导班子, row 2 undated, row 6 open")
# p03: three areas, no ordinals, 同时/此外/另外/还有; HTML Q&A, late, merged answers
_t = txt("p03/feedback.txt")
_body = _t.split("一、落实党的优抚政策方面")[1].split("巡察组认为")[0]
form(all(w in _body for w in ("同时，供养对象", "此外，伙食费", "另外，2024年", "还有，护理员")) and not re.search(r"^\d+．", _body, re.M),
     "p03/feedback.txt: expected unnumbered area paragraphs with 同时/此外/另外/还有 turns")
_t = txt("p03/report.html")
form(_t.count("问：") == 6 and _t.count("答：") == 6 and "这两个问题我们放在一起改" in _t and "党费" not in _t,
     "p03/report.html: expected six 问/答, one merged answer, nothing on 党费")
# p04: DOCX bold （一）–（六） + 具体表现： + restarting 1．; report four areas, two merged
_x = zipfile.ZipFile(os.path.join(root, "p04", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p04/feedback.docx")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and _t.count("具体表现：") == 6 and len(re.findall(r"^1．", _t, re.M)) == 7
     and "<w:b/>" in _x, "p04/feedback.docx: expected six bold headings with 具体表现： and restarting 1．")
_t = txt("p04/report.txt")
form(len(re.findall(r"^（[一二三四]）聚焦", _t, re.M)) == 4 and "关于“" not in _t, "p04/report.txt: expected four 聚焦 areas")
# p05: 共性 1．–3． + 个性 1．–4．; UTF-16 report, shared answer, copied 加急费 answer
_t = txt("p05/feedback.txt")
_a, _b = _t.split("一、共性问题")[1].split("二、个性问题")
_b = _b.split("三、整改要求")[0]
form(len(re.findall(r"^[1-3]．", _a, re.M)) == 3 and len(re.findall(r"^[1-4]．", _b, re.M)) == 4, "p05/feedback.txt: expected 3 共性 + 4 个性")
_t = txt("p05/report.txt")
form("作为一个整体合并整改" in _t and "不再收取目录以外的加急费" in _t and "5.4万" not in _t, "p05/report.txt: expected the merged 共性 answer and the copied 加急费 answer")
# p06: 回头看 — 上轮 1．2． + 新问题 1．–4．; report CRLF, the all-done claim vs 正在执行
_t = txt("p06/feedback.txt")
_a, _b = _t.split("一、上轮巡察反馈问题整改情况")[1].split("二、“回头看”中发现的新问题")
_b = _b.split("三、整改要求")[0]
form(len(re.findall(r"^[12]．", _a, re.M)) == 2 and len(re.findall(r"^[1-4]．", _b, re.M)) == 4, "p06/feedback.txt: expected 2 old + 4 new")
_t = txt("p06/report.txt")
_car = _t.split("（二）关于车辆使用问题反弹的问题")[1].split("三、新发现问题整改情况")[0]
form("已全部整改完成" in _t and "正在执行程序中" in _t and not re.search(r"制度|办法|规定|细则|机制", _car),
     "p06/report.txt: expected the all-done claim, an open item and no rule under the car item")
# p07: GB18030 1．–6． + 整改要求 restating; report by stage, pasted paragraph twice, no disclosure
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^[1-6]．", _t, re.M)) == 6 and len(re.findall(r"^（[一二三四五]）针对|^（五）整改情况", _t, re.M)) == 5,
     "p07/feedback.txt: expected 1．–6． and five requirements")
_t = txt("p07/report.txt")
_rep = "组织召开专题会议，逐项梳理问题清单，明确责任人和完成时限，每周调度一次整改进度，整改完成一项销号一项"
form(_t.count(_rep) == 2 and len(re.findall(r"^[二三四]、(立行立改|集中整改|建章立制)阶段", _t, re.M)) == 3 and not DISCLOSE.search(_t)
     and "公开招标" in _t, "p07/report.txt: expected three stages, the pasted paragraph twice, no disclosure")
# p08: second-person talk to the principal leader; DOCX first-person report by team member area
_t = txt("p08/feedback.txt")
form(_t.count("你") >= 8 and "再就是" in _t and "还有接待经费方面" in _t and "另外，从队伍看" in _t, "p08/feedback.txt: expected the second-person talk")
_t = txt("p08/report.docx")
form("由班子成员共同负责" in _t and _t.count("我") >= 8 and len(re.findall(r"^（[一二]）副主任\S+同志分管领域", _t, re.M)) == 2,
     "p08/report.docx: expected a first-person report by team-member area with one unowned area")
# p09: three parts with restarting 1．: 4 + 2 + 2; report seven own headings, no 三会一课
_t = txt("p09/feedback.txt")
_p = re.split(r"^[一二三四]、", _t, flags=re.M)
form([len(re.findall(r"^\d．", s, re.M)) for s in _p[1:4]] == [4, 2, 2], "p09/feedback.txt: expected 4 + 2 + 2 problems")
_t = txt("p09/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）", _t, re.M)) == 7 and "三会一课" not in _t and "补记" not in _t and "0.9万" not in _t,
     "p09/report.txt: expected seven own headings, nothing on 三会一课, nothing on the 0.9万")
# p10: （一）–（五） + annex 1．–3． (2．= （三）); report “四个到位”, no 领导小组/第一责任人, no equipment rule
_t = txt("p10/feedback.txt")
_an = _t.split("附件：立行立改问题清单")[1]
form(len(re.findall(r"^（[一二三四五]）", _t, re.M)) == 5 and len(re.findall(r"^[1-3]．", _an, re.M)) == 3 and "已在反馈意见第（三）项中反映" in _an,
     "p10/feedback.txt: expected five problems + a three-item annex with one repeat")
_t = txt("p10/report.txt")
_rules = _t.split("四、建章立制到位")[1].split("截至")[0]
form(len(re.findall(r"^[一二三四]、\S{2,4}到位$", _t, re.M)) == 4 and "整改工作领导小组" not in _t and "第一责任人" not in _t and "书记" not in _t
     and "装备" not in _rules, "p10/report.txt: expected 四个到位 headings, no lead, no equipment rule")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
