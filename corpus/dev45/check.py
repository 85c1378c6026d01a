#!/usr/bin/env python3
"""Check the dev45 pairs (p01-p10, pair ids d45-01 … d45-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev45-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p02/report.txt": ("utf-16-le-bom", "lf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p05/report.txt": ("gb18030", "lf"),
    "p07/report.txt": ("utf-8", "crlf"),
}
DOCX = {"p08/report.docx"}
# the gap kinds this set plants (each at least twice, per the brief); repeated-measure is not planted here
PLANT_KINDS = KINDS - {"repeated-measure"}
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


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    return decode_bytes(rel, open(f, "rb").read())


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
        fails.append(f"{name}: every dev45 pair is mode 'pair' with exactly one feedback.*")
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
    if k in PLANT_KINDS and len(planted.get(k, ())) < 2:
        fails.append(f"kind {k} is planted (must_flag) in fewer than two pairs: {sorted(planted.get(k, ()))}")
    if k not in PLANT_KINDS and planted.get(k):
        fails.append(f"kind {k} is planted but not meant to be")
    if planted.get(k) and not countered.get(k):
        fails.append(f"kind {k} is planted but has no counter-case (must_not_flag)")
if len(good) != 2:
    fails.append(f"expected exactly two pairs without must_flag (good reports), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|公开整改情况|公开栏|监督电话|联系电话|门户网站|网站公开|予以公布|主动公开|整改情况已在")
DATE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")
import datetime


def last_date(t):
    y, m, d = map(int, DATE.findall(t)[-1])
    return datetime.date(y, m, d)


# (feedback date, report date, late?) — the report is late if later than three calendar months after the feedback
DATES = {"p01": ("2025-03-18", "2025-06-10", False), "p02": ("2024-10-15", "2025-01-08", False),
         "p03": ("2025-04-22", "2025-07-16", False), "p04": ("2024-08-27", "2024-12-09", True),
         "p05": ("2025-05-13", "2025-08-07", False), "p06": ("2024-12-03", "2025-02-26", False),
         "p07": ("2025-02-19", "2025-05-16", False), "p08": ("2024-07-09", "2024-09-30", False),
         "p09": ("2025-01-14", "2025-05-06", True), "p10": ("2024-05-28", "2024-08-20", False)}
for p, (fd, rd, late) in DATES.items():
    fb = glob.glob(os.path.join(root, p, "feedback.*"))[0]
    rp = glob.glob(os.path.join(root, p, "report.*"))[0]
    ft, rt = visible(fb)[0], visible(rp)[0]
    f0, r0 = datetime.date.fromisoformat(fd), datetime.date.fromisoformat(rd)
    y, m = f0.year + (f0.month + 2) // 12, (f0.month + 2) % 12 + 1
    limit = datetime.date(y, m, f0.day)
    form(f"{f0.year}年{f0.month}月{f0.day}日" in ft or f"{f0.month}月{f0.day}日" in ft, f"{p}: feedback date {fd} not in the feedback")
    form("三个月内" in ft, f"{p}: feedback does not state the three-month limit")
    form(last_date(rt) == r0, f"{p}: report's last date is {last_date(rt)}, expected {rd}")
    form((r0 > limit) == late, f"{p}: report {rd} vs limit {limit}: late={r0 > limit}, declared {late}")
    gl = json.load(open(os.path.join(root, p, "gold.json"), encoding="utf-8"))
    flagged = any(f["kind"] == "late-report" for f in gl["must_flag"])
    form(flagged == late, f"{p}: late-report gold ({flagged}) disagrees with the dates ({late})")
    form(not late or (r0 - f0).days >= 100, f"{p}: a late report should be plainly late (>= 100 days)")
    form(late or (r0 - f0).days <= 88, f"{p}: an on-time report should be plainly inside (<= 88 days)")
    # disclosure words present iff gold does not flag no-disclosure
    nd = any(f["kind"] == "no-disclosure" for f in gl["must_flag"])
    form(bool(DISCLOSE.search(rt)) != nd, f"{p}: disclosure wording vs no-disclosure gold mismatch")
# p01: continuous 1．–7． under three （N）…方面; seven 关于 items with five fields
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．", _t[:_t.index("二、整改意见")], re.M)) == 7 and _t.count("方面\n") == 3, "p01/feedback.txt: expected three areas with 1．–7．")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“", _t, re.M)) == 7 and all(len(re.findall(f"^{k}：", _t, re.M)) == 7 for k in ("整改措施", "责任领导", "责任部门", "整改时限", "整改成效")),
     "p01/report.txt: expected seven 关于 items with five field lines")
# p02: prose speech without numbering; report by number, no 第5个问题, no opening-hours words, no disclosure
_t = txt("p02/feedback.txt")
form(_t.startswith("在县委第三巡察组") and "同志们：" in _t and not re.search(r"^[1-9一二三四五六][．、]", _t, re.M) and all(f"{c}要" in _t for c in "一二三"),
     "p02/feedback.txt: expected an unnumbered speech with 一要…三要")
_t = txt("p02/report.txt")
form(re.findall(r"^（[一二三四五]）第(\d)个问题$", _t, re.M) == ["1", "2", "3", "4", "6"] and "第5个问题" not in _t
     and not re.search(r"开放|锁门|排练厅|书画室", _t), "p02/report.txt: expected by-number answers 1,2,3,4,6 and nothing on opening")
# p03: 问题N：/表现：; report four theme headings, no 党组书记
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^表现：", _t, re.M)) == 7, "p03/feedback.txt: expected 问题1–7 with 表现：")
_t = txt("p03/report.txt")
form(len(re.findall(r"^（[一二三四]）\S+，\S+$", _t, re.M)) == 4 and "书记" not in _t and "第一责任人" not in _t and "领导小组会" not in _t,
     "p03/report.txt: expected four theme headings and no secretary")
_s = _t[_t.index("关于违规发放值班补助问题"):_t.index("关于公务接待问题")]
form(not re.search(r"诫勉|批评|处分|问责|谈话|检查", _s), "p03/report.txt: the 值班补助 answer must hold no sanction")
# p04: news item with ；-separated problems; ｜ ledger 7 rows × 7 fields, row 3 owner —, row 5 deadline —
_t = txt("p04/feedback.txt")
form("巡察组指出，该中心" in _t and "等问题。" in _t, "p04/feedback.txt: expected 巡察组指出…等问题")
_t = txt("p04/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and _rows[3][3] == "——" and _rows[5][5] == "——"
     and "已完成16条，正在推进4条" in _t and "共制定整改措施21条" in _t
     and sum(len(re.findall(r"[①②③④]", r[2])) for r in _rows[1:]) == 21, "p04/report.txt: ledger shape / planted cells / claim")
# p05: village round 一、…六、; first-person GB18030 report; no sanction for the 报账员; no rule in （四）
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、", _t, re.M)) == 6 and "村级巡察" in _t, "p05/feedback.txt: expected a village round with 一、…六、")
_t = txt("p05/report.txt")
_s2 = _t[_t.index("（二）村集体资金"):_t.index("（三）惠民政策")]
_s4 = _t[_t.index("（四）小型工程"):_t.index("（五）村务公开")]
form(_t.count("我") >= 10 and not re.search(r"诫勉|批评|处分|警告|谈话", _s2) and not re.search(r"制度|办法|规定|规则|细则", _s4),
     "p05/report.txt: expected first person, no sanction in （二）, no rule in （四）")
# p06: （一）–（六） heading。detail; public 通报 with header and the 83.3% rate
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）[^。]+。", _t[:_t.index("二、整改要求")], re.M)) == 6, "p06/feedback.txt: expected （一）–（六） heading。detail")
_t = txt("p06/report.txt")
_s5 = _t[_t.index("5．关于"):_t.index("6．关于")]
form(_t.startswith("索引号：") and "公开方式：主动公开" in _t and "已完成整改4个，正在推进2个，整改完成率为83.3%" in _t
     and len(re.findall(r"^[1-6]．关于“", _t, re.M)) == 6 and not re.search(r"制度|办法|规定|登记", _s5), "p06/report.txt: public 通报, rate, no rule in item 5")
# p07: speech 在…方面 paragraphs; tab ledger 7 × 7, CRLF, row 3 owner —, row 4 deadline undated
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^在\S{2,6}方面，", _t, re.M)) == 6, "p07/feedback.txt: expected six 在…方面 paragraphs")
_t = txt("p07/report.txt")
_rows = [l.split("\t") for l in _t.split("\n") if "\t" in l]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and _rows[3][3] == "—" and not re.search(r"\d", _rows[4][5]),
     "p07/report.txt: tab ledger with row 3 unowned and row 4 undated")
# p08: 问题N：/表现：; DOCX report in order 6,1,3+4,2,5 with bold headings
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^表现：", _t, re.M)) == 6, "p08/feedback.txt: expected 问题1–6 with 表现：")
_t = txt("p08/report.docx")
_x = zipfile.ZipFile(os.path.join(root, "p08", "report.docx")).read("word/document.xml").decode("utf-8")
_h = re.findall(r"^（[一二三四五]）关于“([^”]+)”", _t, re.M)
form(_h == ["离退休干部党支部建设弱化", "落实老干部政治待遇不到位", "老年大学管理不规范", "落实老干部生活待遇存在短板", "公务用车管理不严"]
     and "和“老年大学学费收入未按规定管理”的问题" in _t and "<w:b/>" in _x, "p08/report.docx: expected order 6,1,3+4,2,5 with bold headings")
# p09: news item 一是…七是; report six 关于 items, nothing on 古树, no secretary
_t = txt("p09/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六七") and "主要有：" in _t, "p09/feedback.txt: expected 主要有：一是…七是")
_t = txt("p09/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and "古树" not in _t and "名木" not in _t and "湛清和" not in _t
     and "书记" not in _t and "第一责任人" not in _t, "p09/report.txt: six items, no 古树, no secretary")
# p10: enterprise round, four areas with restarting 一是 (8 problems); report four theme headings
_t = txt("p10/feedback.txt")
_areas = re.findall(r"^（[一二三四]）[^。]+方面。(.*)$", _t, re.M)
form(len(_areas) == 4 and [len(re.findall(r"[一二三四]是", a)) for a in _areas] == [1, 3, 2, 2] and "县属国有企业" in _t,
     "p10/feedback.txt: expected four areas with restarting 一是 (1+3+2+2)")
_t = txt("p10/report.txt")
_s = _t[_t.index("（三）严守纪律规矩"):_t.index("关于违规发放购物卡问题")]
form(len(re.findall(r"^（[一二三四]）\S+，\S+$", _t, re.M)) == 4 and not re.search(r"诫勉|批评|处分|问责|谈话", _s),
     "p10/report.txt: four theme headings; the 发包 answer holds no sanction")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
