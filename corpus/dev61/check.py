#!/usr/bin/env python3
"""Check the dev61 pairs (p01-p10, pair ids d61-01 … d61-10); adapted from corpus/dev44/check.py. General checks:
every file decodes as declared (TXT/HTML: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where declared, a GB18030 file
must not be valid UTF-8; DOCX: word/document.xml paragraph text; HTML: text with tags, <head> and <style> removed), every
`links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only the dev-pairs
keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on answered
problems; every answered problem has at least one link; every pair is mode 'pair' with one feedback; no duplicate
(kind, issue); every entry has a why; no stray files); every gap kind planted (must_flag) has at least one counter-case
(must_not_flag) in the set; each of the seven per-problem kinds (no-owner, no-deadline, no-accountability, no-mechanism,
vague-measure, copied-measure, unanswered-issue) is must_flag at least twice and a counter-case with an issue number at
least twice; exactly one pair has no must_flag (the good report) and every other pair has one to three; every gold file
runs through /work/shared/dev-pairs/score.py against an empty analyze JSON {"issues":[],"measures":[],"gaps":[]}.
Each feedback must have 800-3000 and each report 1500-5000 non-whitespace visible characters. Pair-specific form checks
(problem counts and the planted report forms) follow at the end.
Usage: python3 check.py [dev61-dir]. Exit 1 on failure."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
PER_PROBLEM = ["no-owner", "no-deadline", "no-accountability", "no-mechanism", "vague-measure", "copied-measure",
               "unanswered-issue"]
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/report.txt": ("gb18030", "lf"),
    "p05/report.txt": ("utf-16-le-bom", "lf"),
    "p06/report.txt": ("utf-8", "crlf"),
    "p08/report.html": ("utf-8", "lf"),
    "p09/feedback.txt": ("gb18030", "lf"),
}
DOCX = {"p03/report.docx"}
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


def html_text(raw_text):
    t = re.sub(r"(?is)<(head|style|script)[^>]*>.*?</\1>", "", raw_text)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"<[^>]+>", "\n", t)
    t = html.unescape(t)
    return "\n".join(l.strip() for l in t.split("\n") if l.strip())


def visible(f):
    rel = os.path.relpath(f, root)
    ext = f.rsplit(".", 1)[-1].lower()
    if ext == "docx":
        assert rel in DOCX, "undeclared DOCX"
        return docx_text(f)
    text, enc = decode_bytes(rel, open(f, "rb").read())
    if ext == "html":
        assert "<table" in text, "HTML without a table"
        return html_text(text), enc + "[html]"
    assert ext == "txt", f"unexpected extension {ext}"
    return text, enc


def nchars(t):
    return len(re.sub(r"\s", "", t))


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
n_flag = {k: 0 for k in KINDS}
n_counter_numbered = {k: 0 for k in KINDS}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX):
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
    if set(g) - GOLD_KEYS or not {"mode", "issues", "answered", "must_flag", "must_not_flag"} <= set(g):
        fails.append(f"{name}: gold keys {sorted(g)}")
    if len(rp) != 1:
        fails.append(f"{name}: expected one report.*, found {rp}")
        continue
    if g["mode"] != "pair" or len(fb) != 1:
        fails.append(f"{name}: every dev61 pair is mode 'pair' with exactly one feedback.*")
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
            if k in KINDS:
                if lst == "must_flag":
                    n_flag[k] += 1
                elif i is not None:
                    n_counter_numbered[k] += 1
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
    elif not 1 <= len(g["must_flag"]) <= 3:
        fails.append(f"{name}: {len(g['must_flag'])} must_flag, expected one to three")
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
for k in sorted(planted):
    if not countered.get(k):
        fails.append(f"kind {k} is planted but has no counter-case (must_not_flag)")
for k in PER_PROBLEM:
    if n_flag[k] < 2:
        fails.append(f"per-problem kind {k} is must_flag {n_flag[k]} time(s), expected at least 2")
    if n_counter_numbered[k] < 2:
        fails.append(f"per-problem kind {k} has {n_counter_numbered[k]} numbered counter-case(s), expected at least 2")
if len(good) != 1:
    fails.append(f"expected exactly one pair without must_flag (the good report), found {good}")


def form(ok, what):
    if not ok:
        fails.append(what)


def txt(rel):
    return visible(os.path.join(root, rel))[0]


def items_of(text, pat):
    return re.findall(pat, text, re.M)


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|向社会通报|公开栏|公示栏|公告栏|监督电话|门户网站|网站公开|予以公布|主动公开|公开，接受")
# p01: （一）–（三）…方面 + continuous 1．–7．; report: three groups, owner line after （一）, before （二）, time-only after （三）
_t = txt("p01/feedback.txt")
_p = _t[:_t.index("二、整改意见")]
form(items_of(_p, r"^([1-7])．") == list("1234567") and len(items_of(_p, r"^（[一二三]）.+方面$")) == 3,
     "p01/feedback.txt: expected three （N）…方面 areas with continuous 1．–7．")
_t = txt("p01/report.txt")
_g1 = _t.index("以上3个问题的整改，由副所长柏青禾牵头")
_g2 = _t.index("本部分问题由党支部书记、所长甘砚秋负总责")
_g3 = _t.index("以上两项于2025年6月30日前完成，此后长期坚持。")
_i3, _i4, _i5, _i7 = (_t.index(f"\n{i}．") for i in (3, 4, 5, 7))
_s7 = _t[_i7:_g3]
form(_i3 < _g1 < _g2 < _i4 and _i7 < _g3 and "牵头" not in _s7 and "负责" not in _s7 and "责任" not in _s7
     and "2025年6月10日" in _t and "教育" in _t[_i4:_i5] and not re.search(r"处分|诫勉|批评|谈话", _t[_i4:_i5]),
     "p01/report.txt: expected group owner lines after （一） and before （二）, a time-only line after （三）, "
     "no owner in item 7, no sanction in item 4")
# p02: 问题1：…问题6： + 具体表现：; report GB18030 headings with (牵头领导；责任科室；时限) brackets, heading 三 without 时限
_t = txt("p02/feedback.txt")
form(items_of(_t, r"^问题([1-6])：") == list("123456") and len(items_of(_t, r"^具体表现：")) == 6,
     "p02/feedback.txt: expected 问题1：…问题6： with 具体表现：")
_t = txt("p02/report.txt")
_h = items_of(_t, r"^[一二三四五六]、关于.+的问题（(.+)）$")
form(len(_h) == 6 and all("牵头领导：" in h and "责任科室：" in h for h in _h)
     and ["时限：" in h for h in _h] == [True, True, False, True, True, True] and "2025年2月20日" in _t,
     "p02/report.txt: expected six bracketed headings, only the third without 时限")
# p03: speech 第一，…第六，, 一要…三要; DOCX report with a 责任分工 table skipping 第4项
_t = txt("p03/feedback.txt")
form(all(f"第{c}，" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and "2025年4月22日" in _t,
     "p03/feedback.txt: expected 第一，…第六， and 一要…三要")
_x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
_t = txt("p03/report.docx")
_rows = re.findall(r"^第(\d)项$", _t, re.M)
form("<w:tbl>" in _x and _rows == ["1", "2", "3", "5", "6"] and len(items_of(_t, r"^（[一二三四五六]）.+的问题$")) == 6
     and "2025年7月15日" in _t, "p03/report.docx: expected six items and a 责任分工 table of 第1、2、3、5、6项")
_body4 = _t[_t.index("（四）安全生产存在隐患的问题"):_t.index("（五）意识形态")]
form(not re.search(r"负责|牵头|责任", _body4), "p03/report.docx: item （四） must name no owner")
# p04: news item 一是…六是; report: owners inside sentences, item 六 with 相关科室
_t = txt("p04/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and "七是" not in _t and "发布时间：2025-05-14" in _t,
     "p04/feedback.txt: expected a news item with 一是…六是")
_t = txt("p04/report.txt")
form(len(items_of(_t, r"^[一二三四五六]、.+的问题$")) == 6 and "由分管公共卫生的副院长牵头" in _t and "由护理部牵头、医务科配合" in _t
     and "由相关科室按照职责分工抓好落实" in _t and "2025年8月5日" in _t,
     "p04/report.txt: expected six items with in-sentence owners and 相关科室 in item 六")
_s3 = _t[_t.index("三、药品耗材采购"):_t.index("四、医保基金")]
form(not re.search(r"处分|诫勉|批评|谈话|问责|宴请", _s3), "p04/report.txt: item 三 must have no sanction")
# p05: 一、…六、 heading。detail; report UTF-16 with odd time limits, item 四 without one, no 领导小组/第一责任人/书记
_t = txt("p05/feedback.txt")
form(len(items_of(_t, r"^[一二三四五六]、[^。]+。")) == 6, "p05/feedback.txt: expected 一、…六、 heading。detail")
_t = txt("p05/report.txt")
_secs = re.split(r"\n(?=[一二三四五六]、关于)", _t)
form(len(_secs) == 7 and "本学期末" in _secs[1] and "明年春播前" in _secs[3] and "2024年10月至12月" in _secs[5]
     and "立行立改" in _secs[6] and not re.search(r"时间|时限|前|立行立改|月底|年底|\d+月", _secs[4].replace("正在", ""))
     and not re.search(r"领导小组|第一责任人|书记", _t) and "2024年12月6日" in _t,
     "p05/report.txt: expected odd time limits in items 一、三、五、六, none in 四, and no 领导小组/第一责任人/书记")
# p06: areas with restarting 1．2．(3．) = 7; CRLF report 1．–6． + 三、追责问责情况 keyed 第3、4、1项; nothing on 支部标准化
_t = txt("p06/feedback.txt")
form(items_of(_t, r"^([1-3])．") == list("1212312"), "p06/feedback.txt: expected restarting 1．2．/1．2．3．/1．2．")
_t = txt("p06/report.txt")
_acc = _t[_t.index("三、追责问责情况"):_t.index("四、下一步打算")]
form(items_of(_t, r"^([1-6])．关于") == list("123456") and re.findall(r"针对第(\d)项", _acc) == ["3", "4", "1"]
     and "委员" not in _t.replace("支部委员会", "") and "活动室" not in _t and "2025年5月20日" in _t,
     "p06/report.txt: expected 1．–6． items, 追责 section for 第3、4、1项, nothing on 支部标准化")
# p07: speech 一是…六是; report with annex of five rules (none for 第四项), dated 2025-07-02 (late)
_t = txt("p07/feedback.txt")
form(all(f"{c}是" in _t for c in "一二三四五六") and all(f"{c}要" in _t for c in "一二三") and "2025年3月14日" in _t,
     "p07/feedback.txt: expected 一是…六是 and 一要…三要")
_t = txt("p07/report.txt")
_ann = _t[_t.index("附件：巡察整改建章立制清单"):]
_s4 = _t[_t.index("（四）临时用工管理混乱的问题"):_t.index("（五）党支部组织生活")]
form(len(items_of(_ann, r"^\d．《")) == 5 and "对应第四项" not in _ann and not re.search(r"《|制度|办法|规定", _s4)
     and "2025年7月2日" in _t, "p07/report.txt: expected a five-rule annex with nothing for 第四项, dated 2025-07-02")
# p08: （一）–（七） + 具体表现：; HTML table with rowspan owners, six rows, nothing on 液氨/污水
_t = txt("p08/feedback.txt")
form(len(items_of(_t, r"^（[一二三四五六七]）")) == 7 and len(items_of(_t, r"^具体表现：")) == 7,
     "p08/feedback.txt: expected （一）–（七） with 具体表现：")
_raw = open(os.path.join(root, "p08", "report.html"), encoding="utf-8").read()
_t = txt("p08/report.html")
form(_raw.count('rowspan="2"') == 2 and _raw.count('rowspan="3"') == 1 and _raw.count("<tr>") == 7
     and not re.search(r"液氨|氨氮|污水|安全生产|环保|演练", _t) and "公开方式：主动公开" in _t,
     "p08/report.html: expected a public 通报 with a 6-row table, rowspan owners, nothing on safety/environment")
# p09: GB18030 问题一：…问题六： + 表现：; report of six 【问题N】 blocks with five fields, no disclosure
_t = txt("p09/feedback.txt")
form(len(items_of(_t, r"^问题[一二三四五六]：")) == 6 and len(items_of(_t, r"^表现：")) == 6,
     "p09/feedback.txt: expected 问题一：…问题六： with 表现：")
_t = txt("p09/report.txt")
form(len(items_of(_t, r"^【问题[一二三四五六]】")) == 6
     and all(len(items_of(_t, rf"^{f}：")) == 6 for f in ("分管领导", "牵头科室", "整改措施", "完成时限", "整改进展"))
     and not DISCLOSE.search(_t), "p09/report.txt: expected six five-field blocks and no disclosure")
# p10: （一）…方面 + 1．–7．; first-person report with cross-reference paragraphs by item number
_t = txt("p10/feedback.txt")
_p = _t[:_t.index("二、整改意见")]
form(items_of(_p, r"^([1-7])．") == list("1234567"), "p10/feedback.txt: expected continuous 1．–7．")
_t = txt("p10/report.txt")
form(_t.count("我") >= 8 and "我牵头第1项" in _t and "第2、4、5项列为立行立改" in _t and "针对第3项" in _t
     and "（第4项）" in _t and "2025年4月9日" in _t, "p10/report.txt: expected a first-person report with item cross-references")
for k in PER_PROBLEM:
    print(f"{k}: must_flag {n_flag[k]}, numbered counter-cases {n_counter_numbered[k]}")
print("planted kinds: " + "; ".join(f"{k} {len(planted[k])} ({', '.join(sorted(planted[k]))})" for k in sorted(planted)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
