#!/usr/bin/env python3
"""Check the dev32 held-out pairs (p01-p10, ids d32-01 … d32-10); adapted from corpus/dev24/check.py.
General checks (as dev24's, with dev32's limits): every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with
BOM, CRLF only where declared, a GB18030 file must not be valid UTF-8; DOCX: word/document.xml paragraph text, table
cells included); each document has 1000-2800 non-whitespace characters; every `links` substring occurs exactly once in
the report's visible text; each gold.json has only the dev-pairs keys, mode "pair", 4-7 issues, valid kinds, null issue
exactly for document-level kinds, issues in range, answered keys 1..n consistent with unanswered-issue, links only on
answered problems, no duplicate (kind, issue), 3-6 must_flag, at least 3 links and at least 3 must_not_flag per pair;
every kind is planted in at least two pairs; no stray files; HELDOUT present; and every gold file parses with
/work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}.
Pair-specific form checks follow at the end. Usage: python3 check.py [dev32-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (everything else: UTF-8, LF); p06/report.docx is DOCX
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p03/feedback.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("utf-16-le-bom", "lf"),
}
LENGTH = (1000, 2800)  # non-whitespace characters of the visible text, every document
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


def docx_rows(path):
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    rows = []
    for tr in re.findall(r"(?s)<w:tr>.*?</w:tr>", xml):
        cells = [html.unescape("".join(re.findall(r"(?s)<w:t(?:\s[^>]*)?>(.*?)</w:t>", tc)))
                 for tc in re.findall(r"(?s)<w:tc>.*?</w:tc>", tr)]
        rows.append(cells)
    return rows


def visible(f):
    rel = os.path.relpath(f, root)
    if f.endswith(".docx"):
        return docx_text(f)
    return decode_bytes(rel, open(f, "rb").read())


def nchars(t):
    return len(re.sub(r"\s", "", t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, counts = {}, {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in DECLARED:
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
if not os.path.isfile(os.path.join(root, "HELDOUT")):
    fails.append("HELDOUT missing")
top = set(os.listdir(root)) - {"HELDOUT", "README.md", "check.py", "make", "__pycache__"}
if top - {f"p{i:02d}" for i in range(1, 11)}:
    fails.append(f"stray top-level entries {sorted(top - {f'p{i:02d}' for i in range(1, 11)})}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(d) for d in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected p01..p10, found {[os.path.basename(d) for d in pairs]}")
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
    if set(g) - GOLD_KEYS or not GOLD_KEYS <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if g.get("mode") != "pair":
        fails.append(f"{name}: mode {g.get('mode')} (all dev32 pairs are mode pair)")
    if len(rp) != 1 or len(fb) != 1:
        fails.append(f"{name}: expected one feedback.* and one report.*, found {fb} {rp}")
        continue
    encs = []
    try:
        t, e = visible(fb[0])
        encs.append(f"feedback.{fb[0].rsplit('.', 1)[1]}={e} ({nchars(t)} chars)")
        if not LENGTH[0] <= nchars(t) <= LENGTH[1]:
            fails.append(f"{name}: feedback has {nchars(t)} characters, outside {LENGTH[0]}-{LENGTH[1]}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
    try:
        text, enc = visible(rp[0])
        encs.append(f"report.{rp[0].rsplit('.', 1)[1]}={enc} ({nchars(text)} chars)")
        if not LENGTH[0] <= nchars(text) <= LENGTH[1]:
            fails.append(f"{name}: report has {nchars(text)} characters, outside {LENGTH[0]}-{LENGTH[1]}")
    except Exception as e:
        fails.append(f"{name}: report does not decode as declared: {e}")
        continue
    n = g["issues"]
    total["issues"] += n
    if not 4 <= n <= 7:
        fails.append(f"{name}: {n} issues, outside 4-7")
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            if lst == "must_flag":
                planted.setdefault(k, set()).add(name)
                counts[k] = counts.get(k, 0) + 1
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
    if not 3 <= len(g["must_flag"]) <= 6:
        fails.append(f"{name}: {len(g['must_flag'])} must_flag, outside 3-6")
    if len(g["must_not_flag"]) < 3:
        fails.append(f"{name}: only {len(g['must_not_flag'])} must_not_flag")
    if len(g.get("links", [])) < 3:
        fails.append(f"{name}: only {len(g.get('links', []))} links")
    unanswered = {f["issue"] for f in g["must_flag"] if f["kind"] == "unanswered-issue"}
    for k, v in g["answered"].items():
        if (not v) != (int(k) in unanswered):
            fails.append(f"{name}: answered[{k}]={v} disagrees with unanswered-issue must_flag")
    for l in g.get("links", []):
        total["links"] += 1
        if not 1 <= l["issue"] <= n or not g["answered"][str(l["issue"])]:
            fails.append(f"{name}: link to issue {l['issue']} which is out of range or unanswered")
        hits = text.count(l["measure"])
        if hits != 1:
            fails.append(f"{name}: link occurs {hits} times in the report's visible text: {l['measure']}")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g.get('links', []))}; {', '.join(encs)}; score.py on empty output {last}")
os.unlink(empty.name)
for k in sorted(KINDS):
    if len(planted.get(k, ())) < 2:
        fails.append(f"kind {k} planted in fewer than two pairs: {sorted(planted.get(k, ()))}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


# ---- per-pair form checks ----
# publication of the rectification itself (not 公开招标/公开招租/收费公示/公开栏 for accounts)
PUBLISH = re.compile(r"全文公开|同步公开|网站公开|专栏公开|公开，接受|予以公布|监督电话|联系电话：|公众号上公开")
# p01: six （N） "heading。detail" problems before 三、整改意见; six 关于“…”的问题 items, five 责任领导 lines, no publication
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）[^。\n]{4,20}。", _t[:_t.index("三、整改意见")], re.M)) == 6,
     "p01/feedback.txt: expected six （N） heading。detail problems")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and len(re.findall(r"^责任领导：", _t, re.M)) == 5
     and "视追缴进展情况确定" in _t and not PUBLISH.search(_t),
     "p01/report.txt: expected six 关于“…”的问题 items, one without 责任领导, a vague time limit, no publication")
# p02: areas 一、二、三、…方面 with continuous 1．–6．; report first person, GB18030, no 年轻干部, dated 2025-01-03
_t = txt("p02/feedback.txt")
form(len(re.findall(r"^[1-6]．", _t, re.M)) == 6 and len(re.findall(r"^[一二三]、.*方面$", _t, re.M)) == 3,
     "p02/feedback.txt: expected three 方面 areas with 1．–6．")
_t = txt("p02/report.txt")
form(_t.count("我") >= 8 and "年轻干部" not in _t and "2025年1月3日" in _t,
     "p02/report.txt: expected a first-person report without 年轻干部, dated 2025-01-03")
# p03: CRLF feedback with five （N） heading lines; report five 问题N：/整改情况：, 问题4 without 完成时限, no publication
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^（[一二三四五]）[^。\n]+$", _t, re.M)) == 5, "p03/feedback.txt: expected five （N） heading lines")
_t = txt("p03/report.txt")
_q4 = _t[_t.index("问题4："):_t.index("问题5：")]
form(len(re.findall(r"^问题[1-5]：", _t, re.M)) == 5 and len(re.findall(r"^整改情况：", _t, re.M)) == 5
     and "完成时限" not in _q4 and not PUBLISH.search(_t),
     "p03/report.txt: expected five 问题N：/整改情况： pairs, 问题4 without 完成时限, no publication")
# p04: news item; report by number with a merged 第四个和第六个问题 and a paragraph repeated under 第三/第五
_t = txt("p04/feedback.txt")
form("发布时间" in _t and "巡察组指出，学校" in _t and "等问题" in _t, "p04/feedback.txt: expected a news item")
_t = txt("p04/report.txt")
_rep = "学校党总支组织全体党员教师深入学习党章党规和上级有关文件精神"
form(len(re.findall(r"^针对反馈的第", _t, re.M)) == 5 and "第四个和第六个问题" in _t and _t.count(_rep) == 2
     and "领导小组" not in _t and "第一责任人" not in _t,
     "p04/report.txt: expected five by-number answers, one merged, a repeated paragraph, no 领导小组/第一责任人")
# p05: speech with 一是…六是 and 一要…三要; public notice with totals, nothing on 耗材
_t = txt("p05/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三"), "p05/feedback.txt: expected a speech")
_t = txt("p05/report.txt")
form("完成率100%" in _t and "联系电话" in _t and "耗材" not in _t and len(re.findall(r"^（[一二三四五]）", _t, re.M)) == 5,
     "p05/report.txt: expected a public notice with totals, five items, nothing on 耗材")
# p06: 1．–5． heading lines + detail; DOCX report with a 7-column ledger table, header + 5 rows, row 3 leader "/"
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^[1-5]．[^。\n]+$", _t, re.M)) == 5, "p06/feedback.txt: expected five 1．heading lines")
_rows = docx_rows(os.path.join(root, "p06", "report.docx"))
form(len(_rows) == 6 and all(len(r) == 7 for r in _rows) and _rows[3][3] == "/",
     "p06/report.docx: expected a 7-column table of header + 5 rows, row 3 with 责任领导 “/”")
# p07: speech; report 一、–七、 reworded headings, #4 split (门面房 in 四、, 三级签字 in 六、), repeated paragraph, no 领导小组
_t = txt("p07/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三"), "p07/feedback.txt: expected a speech")
_t = txt("p07/report.txt")
_s4, _s6 = _t[_t.index("四、规范"):_t.index("五、")], _t[_t.index("六、健全"):_t.index("七、")]
_rep = "街道党工委认真学习贯彻上级关于全面从严治党的部署要求"
form(len(re.findall(r"^[一二三四五六七]、", _t, re.M)) == 7 and "门面房" in _s4 and "三级签字" in _s6
     and _t.count(_rep) == 2 and "领导小组" not in _t and "第一责任人" not in _t and "2025年7月18日" in _t,
     "p07/report.txt: expected seven headings, #4 split, a repeated paragraph, no 领导小组, dated 2025-07-18")
# p08: restarting 1．2． under three 方面 areas; UTF-16 report without 民主集中制 or publication
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^2．", _t, re.M)) == 3,
     "p08/feedback.txt: expected restarting 1．2． in three areas")
_t = txt("p08/report.txt")
form("民主集中制" not in _t and not PUBLISH.search(_t) and "已全部整改到位" in _t,
     "p08/report.txt: expected no 民主集中制, no publication, an all-done claim")
# p09: news item; report six （N） headings, first bracket without 牵头领导
_t = txt("p09/feedback.txt")
form("发布时间" in _t and "巡察组指出" in _t and "等问题" in _t, "p09/feedback.txt: expected a news item")
_t = txt("p09/report.txt")
_br = re.findall(r"（(?:牵头领导|完成时限)[^（）]*）", _t)
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and len(_br) == 6 and "牵头领导" not in _br[0],
     "p09/report.txt: expected six items, the first bracket without 牵头领导")
# p10: five （N） heading。detail; report ｜ ledger header + 5 rows × 7 fields, row 1 逐步推进, no 领导小组/publication
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^（[一二三四五]）[^。\n]{4,20}。", _t, re.M)) == 5, "p10/feedback.txt: expected five heading。detail problems")
_t = txt("p10/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 6 and all(len(r) == 7 for r in _rows) and _rows[1][5] == "逐步推进"
     and "领导小组" not in _t and "第一责任人" not in _t and not PUBLISH.search(_t),
     "p10/report.txt: expected a ｜ ledger of header + 5 rows, row 1 逐步推进, no 领导小组/publication")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} pairs/{counts.get(k, 0)} entries "
                                    f"({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
