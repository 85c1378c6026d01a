#!/usr/bin/env python3
"""Check the dev49 pairs (p01-p10, pair ids d49-01 … d49-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file must
not be valid UTF-8; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks follow at the end.
Also: HELDOUT must be a byte copy of /work/notes/dev49.HELDOUT, and each pair's planted gap kinds must each have
a counter-case in the must_not_flag of ANOTHER pair. Usage: python3 check.py [dev49-dir]. Exit 1 on failure."""
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
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("gb18030", "lf"),
}
DOCX = {"p05/feedback.docx", "p08/report.docx"}
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
        fails.append(f"{name}: every dev49 pair is mode 'pair' with exactly one feedback.*")
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


# ---- set-level checks ----
import filecmp
form(os.path.exists(os.path.join(root, "HELDOUT")) and filecmp.cmp(os.path.join(root, "HELDOUT"), "/work/notes/dev49.HELDOUT", shallow=False),
     "HELDOUT is missing or differs from /work/notes/dev49.HELDOUT")
for k, names in planted.items():
    for n in names:
        if not countered.get(k, set()) - {n}:
            fails.append(f"{n}: planted {k} has no counter-case in another pair")

# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|网站公开|网站和|公众号上公开|公众号和|公开栏|公示栏公开|主动公开|监督电话|联系电话")
DATE = re.compile(r"(20\d\d)年(\d{1,2})月(\d{1,2})日")


def last_date(t):
    y, m, d = map(int, DATE.findall(t)[-1])
    return y, m, d


def days(a, b):
    import datetime
    return (datetime.date(*b) - datetime.date(*a)).days


# p01: areas （一）（二）（三）…方面 + continuous 1．–7．; report 7 关于“…”的问题的整改情况 with five fields
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．[^。]+。", _t, re.M)) == 7 and len(re.findall(r"^（[一二三]）.+方面$", _t, re.M)) == 3,
     "p01/feedback.txt: expected three （N）…方面 areas with seven 1．–7． heading。detail lines")
_r = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六七]）关于“[^”]+”的问题的整改情况$", _r, re.M)) == 7
     and all(len(re.findall(rf"^{f}：", _r, re.M)) == 7 for f in ("整改措施", "责任领导", "责任科室", "整改时限", "整改进展")),
     "p01/report.txt: expected seven 关于“…”的问题的整改情况 items with five field lines")
form(days(last_date(_t), last_date(_r)) == 80, "p01: expected 80 days")
# p02: speech 第一，…第六，, 一要…三要; first-person GB18030 report, order 4,1,2,3,6,5, late (118 days)
_t = txt("p02/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and "第七，" not in _t and all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t,
     "p02/feedback.txt: expected 第一，…第六，, 一要…三要 and 三个月内")
_r = txt("p02/report.txt")
_h = re.findall(r"^（[一二三四五六]）关于(.+)$", _r, re.M)
form(_r.count("我") >= 10 and len(_h) == 6 and "环评" in _h[0] and "党支部" in _h[5] and "运维" in _r
     and not re.search(r"追责|问责|处分|诫勉[^谈]|运维单位.*(处理|扣减|解除)", _r.split("（四）关于")[1].split("（五）")[0]),
     "p02/report.txt: expected a first-person report, six own headings in order 4,1,2,3,6,5, nothing on who blocked the inlets")
form(days((2025, 6, 17), last_date(_r)) == 118, "p02: expected 118 days (late)")
# p03: 问题清单 问题1：…问题7： + 具体表现：; report 问题N：/整改情况： CRLF, all-done claim, undated 问题5
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^问题[1-7]：", _t, re.M)) == 7 and len(re.findall(r"^具体表现：", _t, re.M)) == 7,
     "p03/feedback.txt: expected 问题1：…问题7： with 具体表现：")
_r = txt("p03/report.txt")
form(len(re.findall(r"^问题[1-7]：", _r, re.M)) == 7 and len(re.findall(r"^整改情况：", _r, re.M)) == 7
     and "7个问题已全部整改到位" in _r and "正在与2家合作社协商" in _r and "完成时限：视合作社" in _r and "拟于6月中旬" in _r,
     "p03/report.txt: expected 问题N：/整改情况：, the all-done claim, pending items and an undated 问题5")
form(days(last_date(_t), last_date(_r)) == 86, "p03: expected 86 days")
# p04: 一、…六、 heading lines + 具体表现：; ｜ ledger 6 rows × 6 fields, row 5 owner 支部全体党员, no rectification disclosure
_t = txt("p04/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、\S+$", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6 and "（四）坚持公开整改" in _t,
     "p04/feedback.txt: expected six 一、 heading lines with 具体表现： and a disclosure requirement")
_r = txt("p04/report.txt")
_rows = [l.split("｜") for l in _r.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 6 for r in _rows) and _rows[5][3] == "支部全体党员" and _rows[6][5] == "正在推进"
     and not DISCLOSE.search(_r), "p04/report.txt: expected a 6-field ledger, row 5 owned by 支部全体党员, no disclosure")
form(days(last_date(_t), last_date(_r)) == 80, "p04: expected 80 days")
# p05: DOCX feedback with bold （一）–（七）; UTF-16 report by number, （五）+（六） merged, （二） missing, boilerplate twice
_x = zipfile.ZipFile(os.path.join(root, "p05", "feedback.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p05/feedback.docx")
form(len(re.findall(r"^（[一二三四五六七]）", _t, re.M)) == 7 and "<w:b/>" in _x, "p05/feedback.docx: expected seven bold （N） headings")
_r = txt("p05/report.txt")
_rep = "县文联组织干部职工认真学习上级有关文件精神，对照反馈意见逐条查摆、深刻剖析，举一反三建立问题整改台账，明确整改责任和时限，切实做到立行立改、真改实改，确保问题整改到位、取得实效。"
form(len(re.findall(r"^[一二三四五]、针对反馈意见第", _r, re.M)) == 5 and "第（五）个问题和第（六）个问题" in _r and "第（二）个问题" not in _r
     and _r.count(_rep) == 2 and "整改工作领导小组" not in _r and "第一责任人" not in _r and "党组书记" not in _r and "换届" not in _r,
     "p05/report.txt: expected five by-number answers, one merged, none for （二）, the boilerplate twice, no lead")
form(days((2025, 4, 9), last_date(_r)) == 82, "p05: expected 82 days")
# p06: news item 一是…七是; GB18030 report with seven own short headings, no 内控制度, no disclosure
_t = txt("p06/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六七") and "八是" not in _t and "发布时间：2025-09-03" in _t and "巡察组指出" in _t,
     "p06/feedback.txt: expected a news item with 一是…七是")
_r = txt("p06/report.txt")
_sec5 = _r.split("（五）内部管理")[1].split("（六）")[0]
form(len(re.findall(r"^（[一二三四五六七]）\S{4,6}$", _r, re.M)) == 7 and not re.search(r"制度|办法|规定|规程|手册", _sec5)
     and not DISCLOSE.search(_r), "p06/report.txt: expected seven short headings, no rule under 内部管理, no disclosure")
form(days((2025, 9, 1), last_date(_r)) == 81, "p06: expected 81 days")
# p07: areas with restarting 1．(2 + 3 + 2); report with six 关于 headings, one merged
_t = txt("p07/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7, "p07/feedback.txt: expected restarting 1．2．(3．)")
_r = txt("p07/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于“", _r, re.M)) == 6 and "和“选人用人不规范”的问题的整改情况" in _r,
     "p07/report.txt: expected six 关于 items, one merged")
form(days(last_date(_t), last_date(_r)) == 84, "p07: expected 84 days")
# p08: （一）–（六） heading。detail; DOCX report with six 关于 headings, all-done claim, 大队党总支班子
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）[^。]+。", _t, re.M)) == 6, "p08/feedback.txt: expected six （N）heading。detail lines")
_r = txt("p08/report.docx")
_s4 = _r.split("罚没款和暂扣车辆管理混乱")[1].split("（五）")[0]
form(len(re.findall(r"^（[一二三四五六]）关于“", _r, re.M)) == 6 and "已全部完成整改" in _r and "责任领导：大队党总支班子" in _r
     and "2辆仍在追查" in _r and not re.search(r"诫勉|批评|处分|追责|问责|责任人", _s4),
     "p08/report.docx: expected six items, the all-done claim, 大队党总支班子, nobody dealt with under （四）")
form(days(last_date(_t), last_date(_r)) == 87, "p08: expected 87 days")
# p09: speech 一是…七是 in two paragraphs; report 一、…七、关于 with 一是 and a bracket; late (114 days)
_t = txt("p09/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六七") and all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t,
     "p09/feedback.txt: expected 一是…七是 and 一要…三要")
_r = txt("p09/report.txt")
form(len(re.findall(r"^[一二三四五六七]、关于", _r, re.M)) == 7 and len(re.findall(r"（责任领导：", _r)) == 7
     and "完成时限：待调度系统升级项目立项后确定" in _r, "p09/report.txt: expected seven 关于 items with brackets, one undated")
form(days((2024, 8, 28), last_date(_r)) == 114, "p09: expected 114 days (late)")
# p10: areas + continuous 1．–7． heading lines; public 通报, items renumbered 1．–6．, nothing on 采购
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^[1-7]．\S+$", _t, re.M)) == 7, "p10/feedback.txt: expected seven 1．–7． heading lines")
_r = txt("p10/report.txt")
form(_r.startswith("索引号：") and "公开方式：主动公开" in _r and len(re.findall(r"^[1-6]．关于“", _r, re.M)) == 6
     and "采购" not in _r and "联系电话" in _r, "p10/report.txt: expected a public 通报 with six items and nothing on 采购")
form(days(last_date(_t), last_date(_r)) == 84, "p10: expected 84 days")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
