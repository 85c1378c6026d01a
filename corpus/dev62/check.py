#!/usr/bin/env python3
"""Check the dev62 pairs (p01-p10, pair ids d62-01 … d62-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: tags stripped, entities decoded), every `links`
substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs keys; known
kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered problems; every
answered problem has at least one link; mode "pair" with one feedback; no duplicate (kind, issue); every entry has a
why; no stray files), every gap kind is planted (must_flag) in at least one pair and has at least one counter-case
(must_not_flag) in the set, exactly one pair has no must_flag (the good report), late-report agrees with the dates
(three calendar months from the feedback), and every gold file runs through /work/shared/dev-pairs/score.py against an
empty analyze JSON {"issues":[],"measures":[],"gaps":[]}. Each feedback must have 800-3000 and each report 1500-5000
non-whitespace characters. Pair-specific form checks follow at the end.
Usage: python3 check.py [dev62-dir]. Exit 1 on failure."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p03/feedback.txt": ("gb18030", "lf"),
    "p04/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("utf-8", "crlf"),
    "p08/report.txt": ("gb18030", "lf"),
}
DOCX = {"p07/report.docx", "p08/feedback.docx"}
HTMLS = {"p07/feedback.html", "p09/report.html"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# feedback date, report date (both must appear in the documents as written here)
DATES = {
    "p01": ("2025年3月18日", "2025年6月11日"), "p02": ("2024年10月22日", "2025年1月16日"),
    "p03": ("2025年5月9日", "2025年7月30日"), "p04": ("2024年12月3日", "2025年2月26日"),
    "p05": ("2025年7月15日", "2025年10月9日"), "p06": ("2024年8月20日", "2024年12月6日"),
    "p07": ("2025年4月1日", "2025年6月25日"), "p08": ("2025年1月14日", "2025年4月8日"),
    "p09": ("2025年2月27日", "2025年5月22日"), "p10": ("2025年8月26日", "2025年11月20日"),
}
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


def html_text(t):
    t = re.sub(r"(?is)<(head|script|style)[^>]*>.*?</\1>", "", t)
    t = re.sub(r"(?i)<br\s*/?>|</(p|div|h\d|tr|li|ul|table)>", "\n", t)
    t = re.sub(r"(?i)</td>", "\t", t)
    t = html.unescape(re.sub(r"<[^>]+>", "", t))
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert rel in HTMLS, "undeclared HTML"
        assert re.search(r'<meta charset="utf-8">', text), "HTML without a utf-8 meta charset"
        return html_text(text), enc + "[html]"
    assert ext == "txt", f"unexpected extension {ext}"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


def cn_date(s):
    y, m, d = map(int, re.fullmatch(r"(\d{4})年(\d{1,2})月(\d{1,2})日", s).groups())
    return datetime.date(y, m, d)


def plus3m(d):
    m = d.month + 3
    y, m = d.year + (m - 1) // 12, (m - 1) % 12 + 1
    return datetime.date(y, m, d.day)


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
TEXT = {}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTMLS):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if [os.path.basename(p) for p in pairs] != [f"p{i:02d}" for i in range(1, 11)]:
    fails.append(f"expected pair folders p01-p10, found {[os.path.basename(p) for p in pairs]}")
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
    if len(rp) != 1 or len(fb) != 1 or g.get("mode") != "pair":
        fails.append(f"{name}: every dev62 pair is mode 'pair' with exactly one feedback.* and one report.*")
        continue
    encs = []
    try:
        ftext, e = visible(fb[0])
        TEXT[name + "/feedback"] = ftext
        encs.append(f"{os.path.basename(fb[0])}={e} ({nchars(ftext)} chars)")
        lo, hi = LENGTHS["feedback"]
        if not lo <= nchars(ftext) <= hi:
            fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
    except Exception as e:
        fails.append(f"{name}: {fb[0]} does not decode as declared: {e}")
        continue
    try:
        text, enc = visible(rp[0])
        TEXT[name + "/report"] = text
        encs.append(f"{os.path.basename(rp[0])}={enc} ({nchars(text)} chars)")
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
    for l in g["links"]:
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
    # dates: both present, report after feedback, late-report gold agrees with the three-month rule
    fd, rd = DATES[name]
    if name == "p07":
        fd_ok = "4月1日" in ftext and "2025-04-03" in ftext
    else:
        fd_ok = fd in ftext
    if not fd_ok or rd not in text:
        fails.append(f"{name}: dates {fd} / {rd} not found in the documents")
    late = cn_date(rd) > plus3m(cn_date(fd))
    days = (cn_date(rd) - cn_date(fd)).days
    if late != (("late-report", None) in {(f["kind"], f["issue"]) for f in g["must_flag"]}):
        fails.append(f"{name}: late-report gold disagrees with the dates ({days} days)")
    if not late and ("late-report", None) not in {(f["kind"], f["issue"]) for f in g["must_not_flag"]}:
        fails.append(f"{name}: an on-time report should carry late-report in must_not_flag")
    r = subprocess.run([sys.executable, SCORE, os.path.join(d, "gold.json"), empty.name], capture_output=True, text=True)
    last = (r.stdout.strip().splitlines() or ["?"])[-1]
    if r.returncode != 0 or not re.fullmatch(r"\d+/\d+", last):
        fails.append(f"{name}: score.py failed: {r.stderr.strip() or last}")
    print(f"{name}: {g['mode']}, {n} issues, must_flag {len(g['must_flag'])}, must_not_flag {len(g['must_not_flag'])}, "
          f"links {len(g['links'])}; {', '.join(encs)}; {days} days{' LATE' if late else ''}; score.py on empty output {last}")
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


def T(key):
    return TEXT.get(key, "")


PUBLISHED = re.compile(r"整改情况.{0,14}(公开|公布)|向社会公开|予以公布|主动公开|接受.{0,10}监督")


def section(t, start, end=None):
    i = t.index(start)
    j = t.index(end, i) if end else len(t)
    return t[i:j]


try:
    # p01: speech by work blocks (先说/再说/第三块/第四块/最后) + 一要…三要; report by five work lines with owners in headings
    _f, _r = T("p01/feedback"), T("p01/report")
    form(all(w in _f for w in ("先说", "再说", "第三块", "第四块", "最后讲", "同时，", "另外，", "一要", "二要", "三要")),
         "p01/feedback: expected work blocks, 同时/另外 turns and 一要…三要")
    form(len(re.findall(r"^（[一二三四五]）\S+条线（牵头领导：", _r, re.M)) == 5 and "完成时限" not in section(_r, "（一）食品", "三、下一步").replace("完成时限：", "")
         and not PUBLISHED.search(_r), "p01/report: expected five 条线 headings carrying owner and time limit, no disclosure")
    _l5 = section(_r, "（五）机关作风条线", "三、下一步工作")
    form(not re.search(r"诫勉|批评教育|处分|退缴|退还|追回|问责", _l5), "p01/report: line (五) must hold no accountability")
    # p02: prose with turns; merged heading; one answer for two problems; nothing on 公益服务台账
    _f, _r = T("p02/feedback"), T("p02/report")
    form(all(w in _f for w in ("从组织覆盖看", "与此相关的是", "同时，", "此外，", "值得肯定的是", "另外，关于行业党委专职工作力量")),
         "p02/feedback: expected the prose turns")
    form("（一）关于党组织覆盖不实和党建工作进章程滞后的问题" in _r and "（三）关于党费收缴和工作经费使用不规范的问题" in _r
         and not re.search(r"虚报|补录|先进律所|服务时长", _r), "p02/report: expected merged headings and no answer on the 公益 records")
    form(not re.search(r"\d", section(_r, "（四）关于律师网络言论", "三、下一步")[12:].split("（责任人")[0]),
         "p02/report: the （四） answer must be figure-free slogans")
    # p03: 1．–5． with two 另外; tab ledger with merged-cell rows; 各课题组; 全部整改完成 vs 推进中
    _f, _r = T("p03/feedback"), T("p03/report")
    form(len(re.findall(r"^[1-5]．", _f, re.M)) == 5 and _f.count("另外，") == 2 and "且项目验收后" in _f and "并且两年来" in _f,
         "p03/feedback: expected five items, two 另外 and the 且/并且 bundles")
    _rows = [l.split("\t") for l in _r.split("\n") if "\t" in l]
    form(len(_rows) == 13 and all(len(x) == 7 for x in _rows) and sum(1 for x in _rows if x[0] == "" and x[1] == "") == 5
         and [x for x in _rows if x[0] == "7"][0][3] == "各课题组" and "推进中" in _r and "已全部整改完成" in _r,
         "p03/report: expected a 7-column tab ledger of 12 rows (5 continuation rows), row 7 owned by 各课题组, the all-done claim")
    # p04: six headings each with 具体表现 ①②③; report: 二、 copied pledges, 五、 without a rule
    _f, _r = T("p04/feedback"), T("p04/report")
    form(len(re.findall(r"^[一二三四五六]、", _f, re.M)) == 6 and _f.count("具体表现：") == 6 and _f.count("①") == 6 and _f.count("③") == 6,
         "p04/feedback: expected six headings with ①②③")
    _s2, _s5 = section(_r, "二、严格执行", "三、纠正"), section(_r, "五、堵住", "六、加强")
    form(len(re.findall(r"^[一二三四五六]、\S+（责任领导：", _r, re.M)) == 6 and "《" not in _s2 and "《" not in _s5
         and not re.search(r"\d", re.sub(r"（\d）", "", _s2.split("）", 1)[1])), "p04/report: expected six bracketed headings, no rule in 二、 or 五、")
    # p05: 共性 1．–3． + 个性 1．–4．; report: shared 共性 block, pasted paragraph twice, 追责 section without 招待
    _f, _r = T("p05/feedback"), T("p05/report")
    form("一、共性问题" in _f and "二、个性问题" in _f and len(re.findall(r"^[1-4]．", _f, re.M)) == 7,
         "p05/feedback: expected 共性 1．–3． and 个性 1．–4．")
    _rep = "坚持把巡察整改作为重要政治任务，组织党员干部深入学习习近平总书记关于巡视工作的重要论述和上级有关文件精神"
    form(_r.count(_rep) == 2 and "四、追责问责情况" in _r and "招待" not in section(_r, "四、追责问责情况", "五、下一步"),
         "p05/report: expected the pasted paragraph twice and no 招待 in the accountability section")
    # p06: 回头看: 5 settled names, 二、（一）–（三）, 三、（一）–（四）; report late, 责任分工 7 items, 环卫 only in totals and 分工
    _f, _r = T("p06/feedback"), T("p06/report")
    form(len(re.findall(r"^（[一二三]）", section(_f, "二、上轮", "三、“回头看”"), re.M)) == 3
         and len(re.findall(r"^（[一二三四]）", section(_f, "三、“回头看”", "四、整改要求"), re.M)) == 4
         and _f.count("”“") >= 4, "p06/feedback: expected 3 unsettled old + 4 new problems and the settled list")
    form(len(re.findall(r"^[1-7]．\S+问题：牵头领导", _r, re.M)) == 7 and _r.count("环卫") == 2
         and "完成时限为结合市容环境整治分步实施" in _r, "p06/report: expected a 7-item 责任分工, 环卫 only twice, no date for item 1")
    # p07: news item with one 巡察也发现了一些问题 sentence + 此外; DOCX report by stage, rules by title only
    _f, _r = T("p07/feedback"), T("p07/report")
    _p = section(_f, "巡察也发现了一些问题：", "针对发现的问题")
    form(_p.count("；") == 4 and "等问题。此外，" in _p and "相关链接" in _f, "p07/feedback: expected 5 ；-problems + 此外 and page chrome")
    _x = zipfile.ZipFile(os.path.join(root, "p07", "report.docx")).read("word/document.xml").decode("utf-8")
    form("<w:b/>" in _x and all(h in _r for h in ("二、立行立改情况", "三、集中整改情况", "四、建章立制情况", "五、追责问责情况"))
         and section(_r, "四、建章立制情况", "五、追责问责情况").count("《") == 5
         and "《" not in section(_r, "二、立行立改情况", "三、集中整改情况"), "p07/report: expected stage sections and a title-only rule list")
    # p08: DOCX evidence-first paragraphs; GB18030 first-person report by 直接部署/过问/督办; no 课题 rule, no 会员 act
    _f, _r = T("p08/feedback"), T("p08/report")
    _x = zipfile.ZipFile(os.path.join(root, "p08", "feedback.docx")).read("word/document.xml").decode("utf-8")
    form("<w:b/>" in _x and _f.count("这反映出") == 6, "p08/feedback: expected six 这反映出 conclusions and bold headings")
    form(_r.count("我") >= 15 and all(h in _r for h in ("一、直接部署", "二、直接过问", "三、直接督办", "四、带头建章立制"))
         and not any("课题" in t or "会员" in t for t in re.findall(r"《[^》]+》", _r)),
         "p08/report: expected a first-person report by the three 直接 and no 课题/会员 rule")
    # p09: 会议纪要 with 一是…五是, 第一/第二, 表态 一是…三是; HTML 通报 with the 100% claim and the pending recovery
    _f, _r = T("p09/feedback"), T("p09/report")
    form("会议纪要" in _f and all(f"{c}是" in _f for c in "一二三四五") and "第一，" in _f and "第二，" in _f,
         "p09/feedback: expected minutes with 一是…五是 and 第一/第二")
    form("信息索引号" in _r and "整改完成率100%" in _r and "正在通过诉讼" in _r
         and len(re.findall(r"^[1-6]．关于“", _r, re.M)) == 6, "p09/report: expected a public 通报 with six items and the 100% claim")
    # p10: six contrast labels; report by 变化一…六 with 对应 tags; no 领导小组 (beyond the addressee), no disclosure
    _f, _r = T("p10/feedback"), T("p10/report")
    form(len(re.findall(r"^\S{2,8}“[^”]{4,12}”。", _f, re.M)) == 6, "p10/feedback: expected six “…” contrast-label paragraphs")
    form(len(re.findall(r"^变化[一二三四五六]：", _r, re.M)) == 6 and _r.count("（对应反馈问题：") == 6 and _r.count("领导小组") == 1
         and "第一责任人" not in _r and "书记" not in _r and not PUBLISHED.search(_r),
         "p10/report: expected six 变化 with tags, no 领导小组/第一责任人/书记, no disclosure")
except (ValueError, IndexError) as e:
    fails.append(f"form check could not find its anchor: {e}")

print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good report: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
