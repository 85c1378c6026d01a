#!/usr/bin/env python3
"""Check the dev64 pairs (p01-p10, pair ids d64-01 … d64-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text, table cells included; HTML: UTF-8, visible body text with tags
stripped), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only
the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has at least one link; mode vs feedback presence; no duplicate (kind, issue);
every entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has at least one
counter-case (must_not_flag) in the set, one or two pairs have no must_flag (good reports), every feedback and report
carries its declared date and late-report is in must_flag exactly when the report is dated after feedback + 3 months
(else in must_not_flag), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks (the hard-to-count feedback forms and the planted report features) follow.
Usage: python3 check.py [dev64-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("gb18030", "lf"),
    "p05/feedback.txt": ("utf-8", "crlf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
}
DOCX = {"p04/feedback.docx", "p07/feedback.docx"}
HTML = {"p10/feedback.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# (feedback date, report date); the date strings must occur in the documents (p10: a news page, see FB_DATE_TEXT)
DATES = {
    "p01": ("2024-10-16", "2025-01-10"), "p02": ("2024-05-22", "2024-09-20"), "p03": ("2024-03-12", "2024-06-06"),
    "p04": ("2025-03-04", "2025-05-30"), "p05": ("2024-08-27", "2024-11-22"), "p06": ("2025-01-08", "2025-03-31"),
    "p07": ("2025-04-15", "2025-07-08"), "p08": ("2024-11-05", "2025-01-24"), "p09": ("2025-05-20", "2025-09-05"),
    "p10": ("2024-07-02", "2024-09-26"),
}
FB_DATE_TEXT = {"p10": ["7月2日", "2024-07-03"]}
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


def html_text(rel, raw):
    text, enc = decode_bytes(rel, raw)
    assert re.search(r'<meta charset="utf-8">', text, re.I), "HTML without a utf-8 meta charset"
    body = re.sub(r"(?s)<head>.*?</head>", "", text)
    body = re.sub(r"(?i)</(p|div|h1|h2|li|tr)>", "\n", body)
    body = html.unescape(re.sub(r"<[^>]+>", "", body))
    return "\n".join(l.strip() for l in body.split("\n") if l.strip()), "html/" + enc


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


def cn_date(iso):
    y, m, d = map(int, iso.split("-"))
    return f"{y}年{m}月{d}日"


def plus_3_months(iso):
    y, m, d = map(int, iso.split("-"))
    m += 3
    if m > 12:
        y, m = y + 1, m - 12
    return datetime.date(y, m, d)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
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
        fails.append(f"{name}: every dev64 pair is mode 'pair' with exactly one feedback.*")
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
    # dates and the deadline rule (report within three months of the feedback)
    fd, rd = DATES[name]
    for s in FB_DATE_TEXT.get(name, [cn_date(fd)]):
        if s not in fbtext:
            fails.append(f"{name}: feedback date text {s} not found")
    if cn_date(rd) not in text:
        fails.append(f"{name}: report date {cn_date(rd)} not found")
    late = datetime.date.fromisoformat(rd) > plus_3_months(fd)
    days = (datetime.date.fromisoformat(rd) - datetime.date.fromisoformat(fd)).days
    in_flag = any(f["kind"] == "late-report" for f in g["must_flag"])
    in_not = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    if late != in_flag or late == in_not:
        fails.append(f"{name}: report {days} days after feedback (late={late}) but late-report gold disagrees")
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
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {days} days; score.py on empty output {last}")
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


def between(t, a, b):
    return t[t.index(a):t.index(b)]


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"公开|通报|公示|警示教育|监督电话|门户网站")
ORDINALS = re.compile(r"[一二三四五六七八九]是|^\s*[0-9１-９]+[．.、]|（[一二三四五六七八九]）|（[0-9]+）|第[一二三四五六七]，", re.M)
# p01: speech by work lines, praise and problems alternating; three praise sentences with 没有; 一要…三要; report has no
# disclosure or 通报 of any kind
_t = txt("p01/feedback.txt")
_body = between(_t, "先说政治建设", "下面，我提三点要求")
form(_t.count("同志们") >= 2 and all(f"{c}要" in _t for c in "一二三") and _body.count("\n\n") == 3
     and all(s in _body for s in ("没有出现过一次政治上的杂音", "没有发生一起涉台负面舆情", "没有发现收受台商礼品礼金"))
     and not ORDINALS.search(_body), "p01/feedback.txt: expected three unnumbered work-line paragraphs with praise asides and 一要…三要")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6 and len(re.findall(r"^完成情况：", _t, re.M)) == 6
     and not DISCLOSE.search(_t), "p01/report.txt: expected six 关于 items with field lines and no disclosure")
# p02: discovery narrative, no ordinals in 二、; six report items, none on 换届; item (三) deals with nobody
_t = txt("p02/feedback.txt")
_body = between(_t, "二、巡察发现的问题", "三、问题产生的原因")
form(not ORDINALS.search(_body) and all(s in _body for s in ("同时，", "另外，", "还有，", "此外，", "巡察组还注意到")),
     "p02/feedback.txt: expected an unnumbered narrative with 同时/另外/还有/此外 turns")
_t = txt("p02/report.txt")
_it3 = between(_t, "（三）关于", "（四）关于")
form(len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6 and "换届" not in _t
     and not re.search(r"诫勉|批评|处分|问责|追究|检查", _it3), "p02/report.txt: expected six items, none on 换届, no sanction in (三)")
# p03: three areas with ；-joined problems (3 + 3 + 2); report 1．–8．, item 3 without any rule, item 6 without a rule
_t = txt("p03/feedback.txt")
_areas = re.findall(r"^（[一二三]）[^\n]*方面。([^\n]*)$", _t, re.M)
form(len(_areas) == 3 and [a.count("；") + 1 for a in _areas] == [3, 3, 2], "p03/feedback.txt: expected ；-joined problems 3+3+2")
_t = txt("p03/report.txt")
_it3, _it6 = between(_t, "3．关于", "4．关于"), between(_t, "6．关于", "7．关于")
form(len(re.findall(r"^[1-8]．关于", _t, re.M)) == 8 and "《" not in _it3 and not re.search(r"制度|办法|规定|《", _it6),
     "p03/report.txt: expected 1．–8． items, a copied item 3 and no rule in item 6")
# p04: DOCX with bold first sentences (1 lead-in + 7 problems) and no numbering in 二、; report without 领导小组/第一责任人,
# the boilerplate twice, one merged heading
_x = zipfile.ZipFile(os.path.join(root, "p04", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p04/feedback.docx")
_body = between(_t, "二、巡察发现的主要问题", "三、整改意见")
_bold_leads = re.findall(r"<w:p>(?:(?!</w:p>).)*?<w:b/>(?:(?!</w:p>).)*?<w:t[^>]*>([^<]+)</w:t></w:r><w:r><w:rPr>(?:(?!<w:b/>).)*?</w:rPr>", _x)
form(len(_bold_leads) == 8 and not ORDINALS.search(_body), f"p04/feedback.docx: expected 8 bold-lead paragraphs (got {len(_bold_leads)}) and no numbering")
_t = txt("p04/report.txt")
_rep = "坚持问题导向，把整改作为加强企业管理的重要契机，组织相关部门对照反馈意见逐条梳理，举一反三查找同类问题，完善内部管理链条，做到发现一处、整改一处、规范一类，推动整改工作与生产经营深度融合。"
form(_t.count(_rep) == 2 and "领导小组" not in _t and "第一责任人" not in _t and "合并整改" in _t
     and len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6, "p04/report.txt: expected boilerplate twice, no 领导小组, one merge")
# p05: six problems each followed by 整改要求 (one shared for 三、四); report item 4 undated, item 2 without a rule
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and len(re.findall(r"^整改要求", _t, re.M)) == 5
     and "整改要求（针对第三、四项）" in _t, "p05/feedback.txt: expected six problems and five 整改要求 paragraphs")
_t = txt("p05/report.txt")
_it2 = between(_t, "（二）关于", "（三）关于")
form(len(re.findall(r"^整改时限：", _t, re.M)) == 6 and "整改时限：持续整改" in _t and not re.search(r"《|制定|修订", _it2),
     "p05/report.txt: expected six items, one 持续整改 time limit, no rule under (二)")
# p06: three one-paragraph areas with 一是… (3 + 4 + 3 = 10 items for 7 problems); report claims 100% with open items
_t = txt("p06/feedback.txt")
_areas = re.findall(r"^（[一二三]）[^\n]*?方面。([^\n]*)$", _t, re.M)
form(len(_areas) == 3 and [len(re.findall(r"[一二三四五六]是", a)) for a in _areas] == [3, 4, 3],
     "p06/feedback.txt: expected 一是… items 3+4+3 in three area paragraphs")
_t = txt("p06/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7 and "整改完成率100%" in _t and "正在组织验收" in _t
     and "（责任科室：相关科室；" in _t and _t.count("责任领导：") == 6, "p06/report.txt: expected 7 items, the 100% claim, item 7 without a leader")
# p07: DOCX 1．–6． + appendix table of the same six; report six 关于 items
_x = zipfile.ZipFile(os.path.join(root, "p07", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p07/feedback.docx")
form(len(re.findall(r"^[1-6]．", _t, re.M)) == 6 and "附件：问题清单" in _t and _x.count("<w:tr>") == 7,
     "p07/feedback.docx: expected 1．–6． and a 7-row appendix table")
_t = txt("p07/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and len(re.findall(r"^完成时限：", _t, re.M)) == 6,
     "p07/report.txt: expected six 关于“…” items with fields")
# p08: six problems, 11 （N） evidence lines; report (一) only slogans, (四) no sanction
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 + 1 and len(re.findall(r"^（[0-9]+）", _t, re.M)) == 11
     and _t.count("具体表现为：") == 5, "p08/feedback.txt: expected six problems (+ one 整改建议 （一）) with 11 evidence lines")
_t = txt("p08/report.txt")
_it1, _it4 = between(_t, "（一）关于", "（二）关于"), between(_t, "（四）关于", "（五）关于")
form(not re.search(r"[0-9]", _it1.split("责任领导")[0]) and not re.search(r"诫勉|批评|处分|问责|追究|检查|扣", _it4),
     "p08/report.txt: expected a slogan-only (一) and no sanction in (四)")
# p09: 回头看 with five settled old problems quoted, three unsettled (一是…三是), four new (（一）–（四）); report skips 资产
_t = txt("p09/feedback.txt")
_old = between(_t, "一、上轮巡察反馈问题整改情况", "二、巡察“回头看”发现的新问题")
form(len(re.findall(r"“[^”]+”", _old.split("但以下3个问题")[0])) == 5 and all(f"{c}是" in _old for c in "一二三")
     and len(re.findall(r"^（[一二三四]）", _t, re.M)) == 4, "p09/feedback.txt: expected 5 settled + 3 old + 4 new")
_t = txt("p09/report.txt")
form("资产" not in _t and "已全部整改到位" in _t and "正在追缴" in _t, "p09/report.txt: expected no 资产 answer and the all-done claim")
# p10: news page, the problems in one 主要表现在：…、…等问题。 sentence (6 items); report ｜ ledger 6 rows × 7 fields
_t = txt("p10/feedback.html")
_m = re.search(r"主要表现在：([^。]*)等问题。", _t)
form(bool(_m) and _m.group(1).count("、") == 5 and "一要" in _t and "一是" in _t, "p10/feedback.html: expected one 、-list of six problems")
_t = txt("p10/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and _rows[3][3] == "中心班子",
     "p10/report.txt: expected a 7-field ledger of 6 rows, row 3 owned by 中心班子")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
