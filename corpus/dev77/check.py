#!/usr/bin/env python3
"""Check the dev77 pairs (p01-p10, pair ids d77-01 … d77-10); adapted from corpus/dev44/check.py. General checks:
HELDOUT is present (and byte-identical to /work/notes/dev77.HELDOUT when that file is readable); every file decodes as
declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must not be valid
UTF-8; HTML: visible text without <head> and tags; DOCX: word/document.xml paragraph text), every `links` substring
occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys; known kinds;
null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every
answered problem has at least one link; mode vs feedback presence; no duplicate (kind, issue); every entry has a why;
no stray files), every gap kind is planted (must_flag) in at least one pair and has at least one counter-case
(must_not_flag) in the set, exactly one pair has no must_flag (the good report), late-report agrees with the dates
written in the documents (three calendar months from the feedback date), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Each feedback must have 800-3000 and each report
1500-5000 non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev77-dir]. Exit 1 on failure."""
import datetime, filecmp, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other one: UTF-8, LF)
DECLARED = {
    "p03/report.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-16-le-bom", "lf"),
    "p10/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p04/feedback.docx", "p09/report.docx"}
HTML = {"p05/feedback.html", "p07/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# feedback date and report date as written in the documents (checked below), for the three-month rule
DATES = {
    "p01": ("2024年11月20日", "2025年2月14日"), "p02": ("2025年3月18日", "2025年6月11日"),
    "p03": ("2024年7月9日", "2024年9月30日"), "p04": ("2024年12月5日", "2025年2月27日"),
    "p05": ("10月14日", "2025年2月10日"), "p06": ("2025年4月22日", "2025年7月15日"),
    "p07": ("2024年5月28日", "2024-08-23"), "p08": ("2024年8月6日", "2024年10月29日"),
    "p09": ("2024年3月12日", "2024年7月5日"), "p10": ("2025年5月20日", "2025年8月14日"),
}
FEEDBACK_DAY = {"p05": datetime.date(2024, 10, 14)}  # the news item (published 2024-10-15) names the meeting day only
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
    src, enc = decode_bytes(rel, raw)
    assert re.search(r'<meta charset="utf-8">', src, re.I), "HTML without a utf-8 meta charset"
    body = re.sub(r"(?is)<head>.*?</head>", "", src)
    body = re.sub(r"(?i)<br\s*/?>", "\n", body)
    body = re.sub(r"<[^>]+>", "\n", body)
    lines = [l.strip() for l in html.unescape(body).split("\n")]
    return "\n".join(l for l in lines if l), "html/" + enc


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    if ext == "html":
        assert rel in HTML, "undeclared HTML"
        return html_text(rel, open(f, "rb").read())
    assert ext == "txt", f"unexpected extension {ext}"
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


def parse_date(s):
    m = re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s) or re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    return datetime.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))


def plus_three_months(d):
    y, m = (d.year, d.month + 3) if d.month <= 9 else (d.year + 1, d.month - 9)
    for day in (d.day, 30, 29, 28):
        try:
            return datetime.date(y, m, day)
        except ValueError:
            continue


# HELDOUT
ho = os.path.join(root, "HELDOUT")
if not os.path.isfile(ho):
    fails.append("HELDOUT missing")
elif os.access("/work/notes/dev77.HELDOUT", os.R_OK) and not filecmp.cmp(ho, "/work/notes/dev77.HELDOUT", shallow=False):
    fails.append("HELDOUT differs from /work/notes/dev77.HELDOUT")

total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
texts = {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected pair folders p01..p10, found {[os.path.basename(p) for p in pairs]}")
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
    if set(g) != GOLD_KEYS:
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev77 pair is mode 'pair' with exactly one feedback.*")
        continue
    encs = []
    try:
        ftext, e = visible(fb[0])
        encs.append(f"{os.path.basename(fb[0])}={e} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
        continue
    try:
        text, enc = visible(rp[0])
        encs.append(f"{os.path.basename(rp[0])}={enc} ({nchars(text)} chars)")
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
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    # dates and the three-month rule
    fd_s, rd_s = DATES[name]
    if fd_s not in ftext or rd_s not in text:
        fails.append(f"{name}: dates {fd_s} / {rd_s} not found in feedback / report")
    fd = FEEDBACK_DAY.get(name) or parse_date(fd_s)
    rd = parse_date(rd_s)
    late = rd > plus_three_months(fd)
    flagged = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}
    cleared = ("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}
    if late != flagged or late == cleared:
        fails.append(f"{name}: report {rd} vs feedback {fd} (+3 months {plus_three_months(fd)}): late={late}, "
                     f"gold must_flag={flagged}, must_not_flag={cleared}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; {(rd - fd).days} days; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if not planted.get(k):
        fails.append(f"kind {k} is never planted (must_flag)")
    if not countered.get(k):
        fails.append(f"kind {k} has no counter-case (must_not_flag)")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")
n_flag = {os.path.basename(p): len(json.load(open(os.path.join(p, "gold.json"), encoding="utf-8"))["must_flag"]) for p in pairs}
if sum(1 <= v <= 3 for v in n_flag.values()) < 7:
    fails.append(f"most pairs should have one to three must_flag entries: {n_flag}")


def form(ok, what):
    if not ok:
        fails.append(what)


def T(name, which):
    return texts.get(name, ("", ""))[0 if which == "f" else 1]


DISCLOSE = re.compile(r"向社会公开|公开栏|公示栏|监督电话|联系电话|门户网站|网站公开|网站公布|予以公布|主动公开|公开，接受|公布，接受")
# ---- per-pair form checks ----
# p01: areas （一）（二）（三）…方面 + continuous 1．–7．; report with five fields per item and a merged heading (good)
_f, _r = T("p01", "f"), T("p01", "r")
form(len(re.findall(r"^[1-7]．", _f[:_f.find("二、整改意见")], re.M)) == 7 and len(re.findall(r"^（[一二三]）在.*方面$", _f, re.M)) == 3,
     "p01/feedback: expected three （N）在…方面 areas with 1．–7．")
form(len(re.findall(r"^（[一二三四五六]）关于“", _r, re.M)) == 6 and _r.count("整改时限：") == 6 and _r.count("整改成效：") == 6
     and "”和“" in _r and DISCLOSE.search(_r), "p01/report: expected six 关于 items (one merged) with fields, and disclosure")
# p02: speech 第一，…第六， + 一要…三要; report with the 廉洁风险点排查 paragraph under (二) and (六), none on #4's people
_f, _r = T("p02", "f"), T("p02", "r")
_rep = "组织全体党员干部和项目管理人员开展廉洁风险点排查，逐岗位梳理风险点，制定防控措施，签订廉洁从业承诺书，通过以案为鉴开展警示教育，进一步筑牢拒腐防变的思想防线。"
_s4 = _r[_r.find("（四）关于规避招标"):_r.find("（五）关于")]
form(all(f"第{c}，" in _f for c in "一二三四五六") and all(f"{c}要" in _f for c in "一二三"), "p02/feedback: expected 第一，…第六，, 一要…三要")
form(_r.count(_rep) == 2 and _s4 and not re.search(r"处分|诫勉|问责|批评教育|免职|调离", _s4),
     "p02/report: expected the pasted paragraph twice and no sanction under （四）")
# p03: 问题1：…问题7： + 具体表现：; report 问题N：/整改情况：, all-done claim beside open items
_f, _r = T("p03", "f"), T("p03", "r")
form(len(re.findall(r"^问题[1-7]：", _f, re.M)) == 7 and len(re.findall(r"^具体表现：", _f, re.M)) == 7, "p03/feedback: expected 问题N： + 具体表现：")
_s5 = _r[_r.find("问题5："):_r.find("问题6：")]
form(len(re.findall(r"^问题[1-7]：", _r, re.M)) == 7 and len(re.findall(r"^整改情况：", _r, re.M)) == 7 and "已全部整改完成" in _r
     and "仍在联系中" in _r and "制度" not in _s5.replace("退费审核制度", ""), "p03/report: expected 问题N：/整改情况：, the all-done claim, no rule in 问题5")
# p04: DOCX with seven bold （N） headings; report ｜ ledger 7 rows × 7 fields, row 6 owned by 校领导班子/各教研室, no disclosure
_x = zipfile.ZipFile(os.path.join(root, "p04", "feedback.docx")).read("word/document.xml").decode("utf-8")
_f, _r = T("p04", "f"), T("p04", "r")
form(len(re.findall(r"^（[一二三四五六七]）", _f, re.M)) == 7 and "<w:b/>" in _x, "p04/feedback.docx: expected seven bold （N） headings")
_rows = [l.split("｜") for l in _r.split("\n") if "｜" in l]
form(len(_rows) == 8 and all(len(x) == 7 for x in _rows) and _rows[6][3] == "校领导班子" and _rows[6][4] == "各教研室"
     and not re.search(r"《[^》]*(收费|费用)[^》]*》", _rows[2][2]) and not DISCLOSE.search(_r) and "公开" not in _r,
     "p04/report: expected a 7-field ledger of 7 rows, row 6 without an owner, no fee rule in row 2, no disclosure")
# p05: HTML news item with the problems in one 巡察组指出…等问题 sentence; first-person GB18030 report
_f, _r = T("p05", "f"), T("p05", "r")
_m = re.search(r"巡察组指出，[^。]*等问题。", _f)
form(bool(_m) and _m.group(0).count("；") == 5, "p05/feedback.html: expected one 巡察组指出…等问题 sentence with six problems")
form(_r.count("我") >= 10 and "件件有回应" in _r and DISCLOSE.search(_r), "p05/report: expected a first-person report with the slogan item and disclosure")
# p06: 一、…六、 heading。detail; report by number, 2+3 merged, nothing on the 6th, boilerplate twice
_f, _r = T("p06", "f"), T("p06", "r")
_rep = "党支部召开专题会议，组织全体干部职工认真学习习近平总书记关于宣传思想文化工作的重要论述和上级有关文件精神，逐项查摆原因、举一反三，进一步压实工作责任，确保各项工作落实落地、取得实效。"
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _f, re.M)) == 6, "p06/feedback: expected 一、…六、 heading。detail")
form(len(re.findall(r"^[一二三四]、针对反馈意见第", _r, re.M)) == 4 and "第二个、第三个问题" in _r and "第六个问题" not in _r
     and "铁塔" not in _r and "9.6万" not in _r and _r.count(_rep) == 2, "p06/report: expected four by-number answers, one merged, none for the sixth, the boilerplate twice")
# p07: areas with restarting 1．2．(3．); public HTML 通报 with header, no sanction under the fee item, 视财政预算
_f, _r = T("p07", "f"), T("p07", "r")
form(len(re.findall(r"^1．", _f, re.M)) == 3 and len(re.findall(r"^[1-3]．", _f, re.M)) == 7, "p07/feedback: expected restarting 1．2．(3．)")
_s3 = _r[_r.find("关于“讲解员违规收费”"):_r.find("关于“展陈维护合同")]
form(_r.count("关于“") == 7 and "公开方式：主动公开" in _r and "视财政预算安排推进" in _r and _s3
     and not re.search(r"处分|诫勉|检查|批评|问责|谈话", _s3), "p07/report.html: expected seven items, a public header, an undated item, no sanction for the fee")
# p08: speech with inline 一是…六是 in two paragraphs; own short headings; summary 19.6万 vs 15.2万 in the item
_f, _r = T("p08", "f"), T("p08", "r")
form(all(f"{c}是" in _f for c in "一二三四五六") and _f.count("从") >= 2 and all(f"{c}要" in _f for c in "一二三"), "p08/feedback: expected 一是…六是 and 一要…三要")
_s3 = _r[_r.find("（三）基金返退"):_r.find("（四）公车管理")]
form(len(re.findall(r"^（[一二三四五六]）\S{4}$", _r, re.M)) == 6 and "追回违规返退的新型墙体材料专项基金19.6万元" in _r
     and "15.2万元" in _s3 and "《" not in _s3, "p08/report: expected six short headings, the 19.6万 claim, 15.2万 in （三）, no rule there")
# p09: （一）–（六） heading lines + 具体表现：; DOCX report, bold 关于 headings, dated after the three months
_f, _r = T("p09", "f"), T("p09", "r")
_x = zipfile.ZipFile(os.path.join(root, "p09", "report.docx")).read("word/document.xml").decode("utf-8")
form(len(re.findall(r"^（[一二三四五六]）\S+$", _f, re.M)) == 6 and len(re.findall(r"^具体表现：", _f, re.M)) == 6, "p09/feedback: expected （N） heading lines + 具体表现：")
_s3 = _r[_r.find("（三）关于"):_r.find("（四）关于")]
form(len(re.findall(r"^（[一二三四五六]）关于“", _r, re.M)) == 6 and "<w:b/>" in _x and _r.count("整改措施：") == 6
     and not re.search(r"处分|诫勉|批评|问责|谈话", _s3), "p09/report.docx: expected six bold 关于 items with fields, no sanction in （三）")
# p10: GB18030 1．–7． heading lines + detail; report 一、…七、关于 with 一是… and a bracket, no 领导小组/第一责任人/disclosure
_f, _r = T("p10", "f"), T("p10", "r")
_s4 = _r[_r.find("四、关于"):_r.find("五、关于")]
form(len(re.findall(r"^[1-7]．\S+$", _f, re.M)) == 7, "p10/feedback: expected seven 1．–7． heading lines")
form(len(re.findall(r"^[一二三四五六七]、关于“", _r, re.M)) == 7 and "领导小组" not in _r.replace("县委巡察工作领导小组", "") and "第一责任人" not in _r
     and "党总支书记" not in _r and not DISCLOSE.search(_r) and "《" not in _s4, "p10/report: expected seven 关于 items, no 领导小组, no disclosure, no rule in 四")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))}" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
