#!/usr/bin/env python3
"""Check the dev70 pairs (p01-p10, pair ids d70-01 … d70-10); adapted from corpus/dev44/check.py (HTML added). General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; HTML: tags stripped, entities unescaped; DOCX: word/document.xml paragraph text), every `links` substring occurs exactly once in the report's
visible text, each gold.json is consistent (only the dev-pairs keys; known kinds; null issue for document-level kinds;
ranges; answered vs unanswered-issue; links only on answered problems; every answered problem has at least one link;
mode vs feedback presence; no duplicate (kind, issue); every entry has a why; no stray files), every gap kind is planted
(must_flag) in at least one pair and has at least one counter-case (must_not_flag) in the set, one or two pairs have no
must_flag (good reports), and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON
{"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000 non-whitespace
characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev70-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text files (every other .txt: UTF-8, LF); DOCX files are listed for the record
DECLARED = {
    "p03/report.txt": ("gb18030", "lf"),
    "p06/report.txt": ("utf-8", "crlf"),
    "p07/report.txt": ("utf-16-le-bom", "lf"),
    "p10/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p05/report.docx", "p07/feedback.docx"}
HTML = {"p04/report.html"}
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
    src = re.sub(r"(?is)<(script|style|head)[^>]*>.*?</\1>", "", src)
    src = re.sub(r"(?i)<br\s*/?>|</(p|h[1-6]|tr|div|li|table)>", "\n", src)
    src = re.sub(r"(?i)</td>", " ", src)
    text = html.unescape(re.sub(r"<[^>]+>", "", src))
    return "\n".join(l.strip() for l in text.split("\n") if l.strip())


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
        fails.append(f"{name}: every dev70 pair is mode 'pair' with exactly one feedback.*")
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


# ---- dates: feedback date and report date appear in the documents; late-report is gold iff the report is dated after
# the day three months after the feedback (DOMAIN.md: 反馈之日起三个月内) ----
import datetime
DATES = {"p01": ("2025-03-18", "2025-06-13"), "p02": ("2024-10-22", "2025-01-17"), "p03": ("2025-04-09", "2025-07-25"),
         "p04": ("2024-11-06", "2025-01-24"), "p05": ("2025-05-20", "2025-08-15"), "p06": ("2024-09-10", "2024-12-06"),
         "p07": ("2025-02-26", "2025-05-23"), "p08": ("2024-12-03", "2025-02-26"), "p09": ("2025-06-05", "2025-09-19"),
         "p10": ("2025-01-14", "2025-04-10")}


def cn(d):
    return f"{d.year}年{d.month}月{d.day}日"


for name, (fd, rd) in DATES.items():
    fd, rd = datetime.date.fromisoformat(fd), datetime.date.fromisoformat(rd)
    m = fd.month + 3
    deadline = datetime.date(fd.year + (m - 1) // 12, (m - 1) % 12 + 1, fd.day)
    fbf = [f for f in os.listdir(os.path.join(root, name)) if f.startswith("feedback.")][0]
    rpf = [f for f in os.listdir(os.path.join(root, name)) if f.startswith("report.")][0]
    form(cn(fd) in txt(f"{name}/{fbf}") and cn(fd) in txt(f"{name}/{rpf}") and cn(rd) in txt(f"{name}/{rpf}"),
         f"{name}: feedback date {cn(fd)} / report date {cn(rd)} not found in the documents")
    g = json.load(open(os.path.join(root, name, "gold.json"), encoding="utf-8"))
    late = any(f["kind"] == "late-report" for f in g["must_flag"])
    not_late = any(f["kind"] == "late-report" for f in g["must_not_flag"])
    form(late == (rd > deadline) and not_late == (rd <= deadline),
         f"{name}: report {rd} vs deadline {deadline} ({(rd - fd).days} days) disagrees with the late-report gold")
    print(f"{name}: feedback {fd}, report {rd}, {(rd - fd).days} days, deadline {deadline}, {'LATE' if rd > deadline else 'in time'}")

# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|监督电话|联系电话|门户网站|官方网站|网站公开|全文公开|予以公布|主动公开")
# p01: areas （一）（二）（三）…方面 + continuous 1．–7．; report: 关于 items with five fields, #6+#7 merged, accountability by number
_t = txt("p01/feedback.txt")
form(len(re.findall(r"^[1-7]．", _t[:_t.index("二、整改意见")], re.M)) == 7 and _t.count("方面\n") == 3 and "三个月内" in _t
     and "2025年3月18日" in _t, "p01/feedback.txt: expected three areas with continuous 1．–7．")
_t = txt("p01/report.txt")
form(len(re.findall(r"^（[一二三四五六]）关于“", _t, re.M)) == 6 and "关于“基层党支部建设不规范”和“人才队伍建设滞后”的问题" in _t
     and len(re.findall(r"^整改时限：", _t, re.M)) == 6 and "责任科室：相关科室" in _t and "针对问题3" in _t and "针对问题5" in _t
     and "2025年6月13日" in _t and DISCLOSE.search(_t), "p01/report.txt: expected six 关于 items (one merged), 相关科室, 追责 by number")
# p02: 问题清单 问题1：…问题6： + 具体表现：; report ｜ ledger 7 fields, row 3 持续推进, row 4 所领导班子/各股室, row 5 “/”
_t = txt("p02/feedback.txt")
form(len(re.findall(r"^问题[1-6]：", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6 and "2024年10月22日" in _t,
     "p02/feedback.txt: expected 问题1：…问题6： with 具体表现：")
_t = txt("p02/report.txt")
_rows = [l.split("｜") for l in _t.split("\n") if "｜" in l]
form(len(_rows) == 7 and all(len(r) == 7 for r in _rows) and _rows[3][5] == "持续推进" and _rows[4][3] == "所领导班子"
     and _rows[4][4] == "各股室" and _rows[5][3] == "/" and "由副所长郦云舟牵头" in _rows[5][2] and _rows[6][5] == "长期坚持"
     and _rows[1][2].startswith("正在整改。") and "2025年1月17日" in _t,
     "p02/report.txt: expected a 7-field ledger of 6 rows with the planted cells")
# p03: 一、…六、 heading。detail; first-person report (GB18030) dated 2025-07-25, 郇某 never named in the report
_t = txt("p03/feedback.txt")
form(len(re.findall(r"^[一二三四五六]、[^。]+。", _t, re.M)) == 6 and "郇某" in _t and "2025年4月9日" in _t,
     "p03/feedback.txt: expected 一、…六、 heading。detail")
_t = txt("p03/report.txt")
form(_t.count("我") >= 8 and "郇" not in _t and "2025年7月25日" in _t and len(re.findall(r"^（[一二三四五六]）关于", _t, re.M)) == 6
     and "其他相关同志" in _t, "p03/report.txt: expected a first-person report with six items, no word on 郇某, dated 2025-07-25")
# p04: speech 第一，…第六，, 一要…三要; HTML public 通报 with 100% claim vs 12.6万 / 3.2万 / 1 work pending
_t = txt("p04/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and "2024年11月6日" in _t,
     "p04/feedback.txt: expected a speech with 第一，…第六， and 一要…三要")
_t = txt("p04/report.html")
form("公开方式：" in _t and "整改完成率100%" in _t and "收缴违规资金15.8万元" in _t and "已收缴12.6万元" in _t and "3.2万元" in _t
     and "正在联系归还" in _t and len(re.findall(r"^[1-6]．关于“", _t, re.M)) == 6 and "<" not in _t,
     "p04/report.html: expected a public 通报 with the 100% claim and the pending items")
# p05: （一）–（七） heading。detail + 整改建议; DOCX report, 领导小组 under a deputy, 立行立改-only (六), promised rule (三)
_t = txt("p05/feedback.txt")
form(len(re.findall(r"^（[一二三四五六七]）[^。]+。", _t[:_t.index("二、整改建议")], re.M)) == 7, "p05/feedback.txt: expected （一）–（七） heading。detail")
_t = txt("p05/report.docx")
form("由党组副书记、副主任甄静波任组长" in _t and "党组书记" not in _t and "第一责任人" not in _t and "\n该问题已立行立改，整改到位。\n" in _t
     and "将研究制定生态补偿资金管理相关办法" in _t and "出台《工程项目建设管理办法》" in _t and len(re.findall(r"^（[一二三四五六七]）关于", _t, re.M)) == 7,
     "p05/report.docx: expected a deputy-led 领导小组, the bare 立行立改 line and the promised rule")
# p06: areas with restarting 1．2．(3．); report CRLF with 问题N：, merged 问题4、问题5 answering only 4, boilerplate twice
_t = txt("p06/feedback.txt")
form(len(re.findall(r"^1．", _t, re.M)) == 3 and len(re.findall(r"^[1-3]．", _t, re.M)) == 7, "p06/feedback.txt: expected restarting 1．2．(3．)")
_t = txt("p06/report.txt")
_bp = "召开专题会议进行研究部署，要求各部门对照问题认真查摆、举一反三，建立问题清单和整改台账，明确责任人和完成时限"
_m = _t[_t.index("问题4、问题5："):_t.index("问题6：")]
form("问题4、问题5：" in _t and "资料费" not in _m.split("\n", 1)[1] and "9.7万" not in _t and _t.count(_bp) == 2
     and not DISCLOSE.search(_t) and "2024年12月6日" in _t, "p06/report.txt: expected the merged heading answering only 4, the pasted paragraph twice, no disclosure")
# p07: DOCX feedback with bold areas + 1．–7．; UTF-16 report grouped by status, 5+1+2 claim, 各基层党支部, 长期坚持 twice
_t = txt("p07/feedback.docx")
form(len(re.findall(r"^[1-7]．", _t, re.M)) == 7 and len(re.findall(r"^（[一二三]）在", _t, re.M)) == 3, "p07/feedback.docx: expected bold areas and 1．–7．")
_t = txt("p07/report.txt")
form("已完成整改5个、基本完成1个、持续推进2个" in _t and len(re.findall(r"（对应问题[1-7]）", _t)) == 7 and "责任主体：集团各基层党支部" in _t
     and _t.count("完成时限：长期坚持") == 2 and "2025年5月23日" in _t, "p07/report.txt: expected status groups, the 5+1+2 claim and the planted fields")
# p08: 1．–6． heading lines + 具体表现：; report 一、…六、关于 + bracket, 已整改 line, 追责 only for #2
_t = txt("p08/feedback.txt")
form(len(re.findall(r"^[1-6]．\S+$", _t, re.M)) == 6 and len(re.findall(r"^具体表现：", _t, re.M)) == 6, "p08/feedback.txt: expected 1．–6． heading lines + 具体表现：")
_t = txt("p08/report.txt")
_s4 = _t[_t.index("四、关于执法人员廉洁风险突出的问题"):_t.index("五、关于")]
_s7 = _t[_t.index("七、追责问责情况"):_t.index("八、下一步工作")]
form("\n已整改。严格执法全过程记录" in _t and not re.search(r"诫勉|批评教育|处分|提醒谈话|购物卡|中队长", _s4) and "执法程序不规范" in _s7
     and "购物卡" not in _t, "p08/report.txt: expected the 已整改 line and no accountability for #4")
# p09: news item 一是…六是; report late (2025-09-19), five reworded headings, no word on 代理机构, promised rule
_t = txt("p09/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and "2025年6月5日" in _t and "三个月内" in _t, "p09/feedback.txt: expected a news item with 一是…六是")
_t = txt("p09/report.txt")
form(len(re.findall(r"^（[一二三四五]）\S+$", _t, re.M)) == 5 and "代理机构" not in _t and "下一步，中心将研究制定《采购项目履约验收监督办法》" in _t
     and "2025年9月19日" in _t, "p09/report.txt: expected five headings, no 代理机构, the promised rule, dated 2025-09-19")
# p10: GB18030 问题清单 （一）–（六） + 问题表现：; tab ledger, boilerplate in rows 2 and 5, no 领导小组, no disclosure
_t = txt("p10/feedback.txt")
form(len(re.findall(r"^（[一二三四五六]）", _t, re.M)) == 6 and len(re.findall(r"^问题表现：", _t, re.M)) == 6, "p10/feedback.txt: expected （一）–（六） + 问题表现：")
_t = txt("p10/report.txt")
_rows = [l.split("\t") for l in _t.split("\n") if "\t" in l]
_bp = "组织全站干部职工深入学习相关制度规定，逐项对照查找不足，建立问题整改台账，实行销号管理，确保问题整改到位、不反弹。"
form(len(_rows) == 7 and all(len(r) == 6 for r in _rows) and _rows[2][2].endswith(_bp) and _rows[5][2].endswith(_bp)
     and _t.count("领导小组") == 1 and "县委巡察工作领导小组办公室：" in _t and "第一责任人" not in _t and "书记" not in _t
     and not DISCLOSE.search(_t),
     "p10/report.txt: expected a 6-field tab ledger, the boilerplate in rows 2 and 5, no 领导小组, no disclosure")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
