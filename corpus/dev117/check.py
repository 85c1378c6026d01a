#!/usr/bin/env python3
"""Check the dev117 pairs (p01-p10, pair ids d117-01 … d117-10); adapted from corpus/dev108/check.py.

General checks (as dev108): every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where
declared, a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding;
DOCX: word/document.xml paragraph text, table cells included), lengths (feedback 800-3000, report 1500-5000 non-space
characters), every `links` substring occurs exactly once in the report's visible text, each gold.json is consistent (only
the dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has a link; mode "pair" with one feedback; no duplicate (kind, issue); every
entry has a why; no stray files), every gap kind is planted (must_flag) in at least one pair and has a counter-case
(must_not_flag) in the set, one or two pairs have no must_flag (good reports), and every gold file runs through
/work/shared/dev-pairs/score.py against an empty analyze JSON. Problem counts: each feedback is split by its own
structure and the count must equal the gold's `issues` (8-12).

Theme checks (AN ORDINARY CITY ROUND IN 2026, AS FILED):
- the round: every feedback names 苈州 and a 市委第N巡察组 and is dated in June 2026 (DATES), every report is dated in
  2026 and after its feedback; late-report is must_flag exactly where the report is dated more than three calendar months
  after the feedback, must_not_flag elsewhere;
- GIVES declares, per problem, what the report gives it: the kind of answer (M concrete measures, V slogans only, C the
  feedback's words turned back into a promise, P a paragraph pasted under another problem too, - nothing), and which of
  O owner, T time limit, S sanction, R lasting rule it carries; NEEDS declares which problems are misconduct an inspector
  wants someone held to account for (X) and which call for a written rule (Q). The report is cut into its items by its own
  structure (ITEMS) and the letters are verified there with fixed patterns (O_RE, T_RE, S_RE, R_RE; in ledgers the owner
  and time-limit columns); V/C/P are verified too;
- the gold must follow: answered ⇔ not '-'; the problem-level must_flag set equals the set the letters imply
  (unanswered-issue ⇔ '-', vague ⇔ V, copied ⇔ C, repeated ⇔ P, no-owner ⇔ answered and no O, no-deadline ⇔ answered
  and no T, no-accountability ⇔ X and no S, no-mechanism ⇔ Q and no R); no must_not_flag contradicts it; every X problem
  has a no-accountability judgement and every Q problem a no-mechanism judgement;
- DOC declares disclosure, leadership and consistency per report; disclosure and leadership are verified with patterns,
  and the four document-level kinds are judged (flag or not-flag) in every gold, flagged exactly where DOC/DATES say.
Pair-specific form checks follow at the end. Usage: python3 check.py [dev117-dir]. Exit 1 on failure; prints OK last."""
import datetime, glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
# declared encodings / line endings of the text and HTML files (every other .txt/.html: UTF-8, LF)
DECLARED = {
    "p02/feedback.txt": ("utf-8", "crlf"),
    "p02/report.txt": ("gb18030", "lf"),
    "p04/feedback.txt": ("utf-16-le-bom", "lf"),
    "p04/report.txt": ("utf-8", "crlf"),
    "p05/report.txt": ("gb18030", "crlf"),
    "p06/report.html": ("gb18030", "lf"),
    "p07/feedback.txt": ("gb18030", "lf"),
    "p08/report.txt": ("utf-16-le-bom", "lf"),
}
HTML = {"p06/feedback.html", "p06/report.html", "p09/report.html"}
DOCX = {"p01/report.docx", "p03/feedback.docx", "p03/report.docx", "p10/feedback.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}

# ---- theme declarations ----
# (feedback date, its written form in the feedback, report date, its written form in the report)
DATES = {
    "p01": ("2026-06-09", "2026年6月9日", "2026-09-04", "2026年9月4日"),
    "p02": ("2026-06-11", "2026年6月11日", "2026-09-07", "2026年9月7日"),
    "p03": ("2026-06-10", "2026年6月10日", "2026-09-03", "2026年9月3日"),
    "p04": ("2026-06-12", "2026年6月12日", "2026-10-16", "2026年10月16日"),
    "p05": ("2026-06-15", "2026年6月15日", "2026-09-10", "2026年9月10日"),
    "p06": ("2026-06-16", "6月16日", "2026-09-11", "2026年9月11日"),
    "p07": ("2026-06-17", "2026年6月17日", "2026-09-14", "2026年9月14日"),
    "p08": ("2026-06-18", "2026年6月18日", "2026-09-15", "2026年9月15日"),
    "p09": ("2026-06-08", "2026年6月8日", "2026-09-28", "2026年9月28日"),
    "p10": ("2026-06-19", "2026年6月19日", "2026-09-16", "2026年9月16日"),
}
# per problem: answer kind (M/V/C/P/-) followed by the parts the report gives it (O owner, T time limit, S sanction, R rule)
GIVES = {
    "p01": {1: "MOT", 2: "MOT", 3: "MOTR", 4: "MOT", 5: "MOTSR", 6: "MOTSR", 7: "MOTR", 8: "MOT", 9: "MOT",
            10: "MOTR", 11: "MOT"},
    "p02": {1: "MOT", 2: "MOT", 3: "MOTR", 4: "MOR", 5: "MOTSR", 6: "-", 7: "MOTSR", 8: "MOT", 9: "MOT"},
    "p03": {1: "MOT", 2: "MOT", 3: "MOT", 4: "MOTS", 5: "MOT", 6: "MOTSR", 7: "MOTS", 8: "MT", 9: "MOTR", 10: "MOT"},
    "p04": {1: "MOT", 2: "MOTR", 3: "MOTR", 4: "MOTS", 5: "MOTR", 6: "MOTR", 7: "VOT", 8: "MOT", 9: "MOTS", 10: "MOT"},
    "p05": {1: "MOTR", 2: "MOT", 3: "COT", 4: "MOTS", 5: "MOTSR", 6: "MOTS", 7: "MOT", 8: "MOTR", 9: "MOTR",
            10: "MOT", 11: "MOT"},
    "p06": {1: "MOT", 2: "MOTS", 3: "MOTSR", 4: "MOT", 5: "MOTR", 6: "MOT", 7: "MOT", 8: "POT", 9: "MOTR", 10: "POT"},
    "p07": {1: "VOT", 2: "MOTR", 3: "MOTS", 4: "MOTS", 5: "MOTSR", 6: "MO", 7: "MOTR", 8: "MOTSR", 9: "MOT",
            10: "MOTR", 11: "MOT"},
    "p08": {1: "MOT", 2: "MOT", 3: "-", 4: "MOTSR", 5: "MOTR", 6: "MOT", 7: "MOTS", 8: "MOT", 9: "MOT", 10: "MOT"},
    "p09": {1: "MOT", 2: "MOT", 3: "MOTR", 4: "MOTR", 5: "MOTR", 6: "MOTSR", 7: "MOT", 8: "MOT", 9: "MOTR"},
    "p10": {1: "MOT", 2: "MOT", 3: "MOTR", 4: "MOTSR", 5: "MOTSR", 6: "MOTS", 7: "MOT", 8: "MOTR", 9: "MOT", 10: "MOT"},
}
# X: misconduct an inspector wants someone held to account for; Q: the feedback names a missing rule or a gap only a rule closes
NEEDS = {
    "p01": dict(X=[5, 6], Q=[5, 7]),
    "p02": dict(X=[3, 5, 7], Q=[3, 4]),
    "p03": dict(X=[4, 6, 7], Q=[5]),
    "p04": dict(X=[4, 5, 9], Q=[3, 6]),
    "p05": dict(X=[4, 5, 6], Q=[7]),
    "p06": dict(X=[3, 6], Q=[5]),
    "p07": dict(X=[3, 4, 5], Q=[7]),
    "p08": dict(X=[4, 7], Q=[4, 5]),
    "p09": dict(X=[5, 6], Q=[3, 4, 9]),
    "p10": dict(X=[4, 5, 6], Q=[3, 5, 8]),
}
# per report: published (disclosure), principal leader leads with a 领导小组 and as 第一责任人 (leadership), claims true (consistent)
DOC = {
    "p01": dict(disclosure=True, leadership=True, consistent=True),
    "p02": dict(disclosure=True, leadership=True, consistent=True),
    "p03": dict(disclosure=True, leadership=True, consistent=False),
    "p04": dict(disclosure=True, leadership=True, consistent=True),
    "p05": dict(disclosure=True, leadership=True, consistent=True),
    "p06": dict(disclosure=True, leadership=True, consistent=True),
    "p07": dict(disclosure=False, leadership=True, consistent=True),
    "p08": dict(disclosure=False, leadership=False, consistent=True),
    "p09": dict(disclosure=True, leadership=True, consistent=True),
    "p10": dict(disclosure=True, leadership=True, consistent=True),
}
# the pasted paragraph (P) and the phrase a copied answer (C) takes back from the feedback
PASTE = {"p06": "党总支组织全体党员深入学习党章党规，坚持问题导向，举一反三，把整改成果体现到学校教育教学各项工作中，以高质量党建引领学校高质量发展"}
COPIED = {("p05", 3): "与疾控机构之间的患者转介信息"}
O_RE = re.compile(r"责任领导|责任人|牵头|由我")
T_RE = re.compile(r"时限|\d{1,2}月\d{1,2}日前|\d{1,2}月底前|年底前|长期坚持|立行立改")
S_RE = re.compile(r"诫勉|批评教育|警告|处分|书面检查|检讨|提醒谈话|免职|免去|立案|调离|扣减|扣发|通报批评|组织处理|作检查")
R_RE = re.compile(r"(制定|修订|出台|印发|建立|完善)[^。；，]{0,20}(制度|机制|办法|规定|细则|规程|规则)"
                  r"|《[^》]{2,30}(制度|办法|规定|细则|规程|规则|机制)》")
SLOGAN = re.compile(r"高度重视|进一步|切实|牢固树立|坚持问题导向|努力")
DISCLOSE = re.compile(r"向社会公开|门户网站|官方网站|公开栏|予以公布|接受[^。]{0,8}监督|主动公开")
NOT_OWNERS = {"", "—", "各项目部"}
LEAD_RE = re.compile(r"整改(工作)?领导小组")

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


def html_text(rel, raw):
    text, enc = decode_bytes(rel, raw)
    m = re.search(r'charset=["\']?([\w-]+)', text[:600], re.I)
    assert m and m.group(1).lower() == enc.split("+")[0], f"meta charset {m and m.group(1)} vs declared {enc}"
    body = re.sub(r"(?is)<head>.*?</head>|<script.*?</script>|<style.*?</style>", "", text)
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h[1-6]|ul|table)>", "\n", body)
    body = re.sub(r"(?i)</td>", "\t", body)
    body = html.unescape(re.sub(r"<[^>]+>", "", body))
    lines = [re.sub(r"[ \t]+", " ", l).strip() for l in body.split("\n")]
    return "\n".join(l for l in lines if l), "html/" + enc


def docx_text(path):
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    paras = ["".join(re.findall(r"(?s)<w:t[^>]*>(.*?)</w:t>", p)) for p in re.findall(r"(?s)<w:p[ >].*?</w:p>", xml)]
    feats = [f for f, tag in (("tbl", "<w:tbl>"), ("bold-runs", "<w:b/>")) if tag in xml]
    return html.unescape("\n".join(p for p in paras if p.strip())), "docx[" + ",".join(feats) + "]"


def docx_rows(path):
    """Table rows of a DOCX as lists of cell texts."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    rows = []
    for tr in re.findall(r"(?s)<w:tr>.*?</w:tr>", xml):
        cells = ["".join(re.findall(r"(?s)<w:t(?: [^>]*)?>(.*?)</w:t>", tc)) for tc in re.findall(r"(?s)<w:tc>.*?</w:tc>", tr)]
        rows.append([html.unescape(c) for c in cells])
    return rows


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


def between(t, a, b):
    i = t.index(a)
    return t[i + len(a):t.index(b, i)]


CN = "一二三四五六七八九十"


def cn(n):
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


def inline(seg, n_expected):
    """Split 一是…；二是…… into its items; returns the item texts."""
    parts = re.split(r"(?:^|[；;，,：:]\s*)((?:十[一二三]?|[一二三四五六七八九])是)", seg)
    items = [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]
    assert [m for m, _ in items] == [cn(k) + "是" for k in range(1, len(items) + 1)], [m for m, _ in items]
    assert len(items) == n_expected, f"{len(items)} inline items, expected {n_expected}"
    return [m + t for m, t in items]


def problems(name, t):
    """The feedback's problems, split by its own structure."""
    if name == "p01":
        got = re.findall(r"^(\d+)．(.+)$", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1))
        return [x for _, x in got]
    if name == "p02":
        got = re.findall(r"^第([一二三四五六七八九十])，(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p03":
        seg = between(t, "一、党的领导作用发挥和贯彻落实决策部署方面", "四、整改意见")
        assert len(re.findall(r"^1．", seg, re.M)) == 3, "p03: expected numbering to restart in three areas"
        return re.findall(r"^[1-4]．.+$", seg, re.M)
    if name == "p04":
        got = re.findall(r"^问题(\d+)：(.+)\n具体表现：(.+)$", t, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    if name in ("p05", "p09"):
        seg = between(t, "一、", "二、整改意见") if name == "p09" else between(t, "一、贯彻落实", "四、整改意见")
        got = re.findall(r"^(\d+)．(.+)\n(?!\d+．|[一二三四]、)(.+)$", seg, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    if name == "p06":
        para = [l for l in t.split("\n") if "巡察也发现一些问题，主要是：" in l][0]
        return inline(para.split("主要是：", 1)[1].rstrip("。"), 10)
    if name == "p07":
        seg = between(t, "一、主要问题", "二、整改要求")
        got = re.findall(r"^（(十[一二]?|[一二三四五六七八九])）(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p08":
        out = []
        for lead, n in (("在履行职能职责方面，", 3), ("在落实管党治党责任方面，", 4), ("在组织建设和队伍建设方面，", 3)):
            para = [l for l in t.split("\n") if l.startswith(lead)][0]
            out += inline(para[len(lead):].rstrip("。"), n)
        return out
    if name == "p10":
        seg = between(t, "一、贯彻落实体育强市建设部署方面", "四、整改意见")
        got = re.findall(r"^（(十|[一二三四五六七八九])）(.+)\n(.+)$", seg, re.M)
        assert [c for c, _, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [h + d for _, h, d in got]
    raise KeyError(name)


def blocks(seg, head_re, order):
    """Cut seg at lines matching head_re; the i-th block answers problem order[i]."""
    starts = [m.start() for m in re.finditer(head_re, seg, re.M)]
    assert len(starts) == len(order), f"{len(starts)} items, expected {len(order)}"
    ends = starts[1:] + [len(seg)]
    return {k: seg[s:e].strip() for k, s, e in zip(order, starts, ends)}


def items(name, t, path):
    """The report's items, by the report's own structure: problem -> text, or (for ledgers) problem -> field dict."""
    if name == "p01":
        return blocks(between(t, "二、反馈问题整改情况", "三、下一步工作打算"), r"^（[一二三四五六七八九十]+）关于“", range(1, 12))
    if name == "p02":
        return blocks(between(t, "二、整改落实情况", "三、下一步打算"), r"^\d．针对", [1, 2, 3, 4, 5, 9, 7, 8])
    if name == "p03":
        rows = docx_rows(path)
        assert rows[0][:3] == ["序号", "反馈问题", "整改措施"] and all(len(r) == 7 for r in rows)
        return {int(r[0]): dict(measure=r[2], owner=r[3], time=r[5], acc=r[2], status=r[6]) for r in rows[1:]}
    if name == "p04":
        return blocks(between(t, "二、反馈问题整改情况", "三、下一步打算"), r"^（[一二三四五六七八九十]）关于", range(1, 11))
    if name == "p05":
        return blocks(between(t, "二、反馈问题整改情况", "三、下一步工作"), r"^问题\d+：", range(1, 12))
    if name == "p06":
        return blocks(between(t, "二、反馈问题整改情况", "三、下一步工作"), r"^（[一二三四五六七八九十]）关于", range(1, 11))
    if name == "p07":
        rows = [l.split("｜") for l in t.split("\n") if "｜" in l]
        assert rows[0][0] == "序号" and all(len(r) == 8 for r in rows)
        return {int(r[0]): dict(measure=r[2], owner=r[3], time=r[5], acc=r[7], status=r[6]) for r in rows[1:]}
    if name == "p08":
        seg = between(t, "一、聚焦主责主业", "四、下一步打算")
        return blocks(seg, r"^[一二三四]是", [1, 2, 4, 5, 6, 7, 8, 9, 10])
    if name == "p09":
        return blocks(between(t, "二、反馈问题整改情况", "三、下一步工作"), r"^（[一二三四五六七八九]）关于", range(1, 10))
    if name == "p10":
        return blocks(between(t, "二、反馈问题的整改情况", "三、存在的不足"), r"^（[一二三四五六七八九十]）",
                      [4, 5, 6, 7, 8, 9, 10, 1, 2, 3])
    raise KeyError(name)


def measure_text(seg):
    """The measure part of a text item: without owner/time brackets, field lines other than the measure, 此项由… sentences."""
    s = re.sub(r"（(责任领导|责任人|牵头)[^）]*）", "", seg)
    s = "\n".join(l for l in s.split("\n") if not re.match(r"(责任领导|责任处室|责任科室|完成时限|整改成效)：", l))
    s = "\n".join(l for l in s.split("\n") if not re.match(r"问题\d+：", l))
    return re.sub(r"此项由[^。]*。", "", s)


def letters(it):
    """What an item gives, by fixed patterns: a subset of OTSR."""
    if isinstance(it, dict):  # ledger row
        got = ""
        got += "O" if it["owner"].strip() not in NOT_OWNERS else ""
        got += "T" if re.search(r"\d{4}年\d{1,2}月\d{1,2}日", it["time"]) else ""
        got += "S" if S_RE.search(it["measure"] + " " + it["acc"]) else ""
        got += "R" if R_RE.search(it["measure"]) else ""
        return got
    return "".join(c for c, rx in (("O", O_RE), ("T", T_RE), ("S", S_RE), ("R", R_RE)) if rx.search(it))


def months3(d):
    y, m = d.year, d.month + 3
    if m > 12:
        y, m = y + 1, m - 12
    return d.replace(year=y, month=m)


def expected_flags(name):
    g, nd = GIVES[name], NEEDS[name]
    out = set()
    for k, v in g.items():
        a, parts = v[0], v[1:]
        if a == "-":
            out.add(("unanswered-issue", k))
            continue
        out |= {(kind, k) for letter, kind in (("V", "vague-measure"), ("C", "copied-measure"), ("P", "repeated-measure"))
                if a == letter}
        if "O" not in parts:
            out.add(("no-owner", k))
        if "T" not in parts:
            out.add(("no-deadline", k))
        if k in nd["X"] and "S" not in parts:
            out.add(("no-accountability", k))
        if k in nd["Q"] and "R" not in parts:
            out.add(("no-mechanism", k))
    fd, _, rd, _ = DATES[name]
    fd, rd = datetime.date.fromisoformat(fd), datetime.date.fromisoformat(rd)
    if rd > months3(fd):
        out.add(("late-report", None))
    if not DOC[name]["disclosure"]:
        out.add(("no-disclosure", None))
    if not DOC[name]["leadership"]:
        out.add(("weak-leadership", None))
    if not DOC[name]["consistent"]:
        out.add(("inconsistent-claim", None))
    return out


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
flag_kinds = {}
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
        fails.append(f"{name}: every dev117 pair is mode 'pair' with exactly one feedback.*")
    encs, ftext = [], None
    for f in fb:
        try:
            ftext, e = visible(f)
            encs.append(f"feedback.{f.rsplit('.', 1)[1]}={e} ({nchars(ftext)} chars)")
            lo, hi = LENGTHS["feedback"]
            if not lo <= nchars(ftext) <= hi:
                fails.append(f"{name}: feedback has {nchars(ftext)} characters, outside {lo}-{hi}")
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
    if ftext is not None:
        try:
            probs = problems(name, ftext)
            if len(probs) != n:
                fails.append(f"{name}: feedback structure gives {len(probs)} problems, gold says {n}")
            elif not 8 <= n <= 12:
                fails.append(f"{name}: {n} problems, outside 8-12")
        except Exception as e:
            fails.append(f"{name}: feedback problems could not be split by its structure: {e!r}")
        # the round: city, group, dates
        fdate, fword, rdate, rword = DATES[name]
        if "苈州" not in ftext or not re.search(r"市委第[一二三四]巡察组", ftext) or fword not in ftext:
            fails.append(f"{name}: feedback must name 苈州, a 市委第N巡察组 and its date {fword}")
        if rword not in text or not fdate.startswith("2026-06") or not rdate.startswith("2026") or rdate <= fdate:
            fails.append(f"{name}: report date {rword} missing or not after the June 2026 feedback")
    # ---- theme: what the report gives each problem, verified in the report's own items ----
    if sorted(GIVES[name]) != list(range(1, n + 1)):
        fails.append(f"{name}: GIVES does not cover problems 1..{n}")
    try:
        its = items(name, text, rp[0])
        for k, v in GIVES[name].items():
            a, parts = v[0], "".join(sorted(v[1:]))
            if a == "-":
                if k in its:
                    fails.append(f"{name}: problem {k} declared unanswered but the report has an item for it")
                continue
            if k not in its:
                fails.append(f"{name}: problem {k} declared answered but has no item")
                continue
            got = "".join(sorted(letters(its[k])))
            if got != parts:
                fails.append(f"{name}: problem {k} declared {v[1:] or '—'} but the item gives {got or '—'}")
            mt = its[k]["measure"] if isinstance(its[k], dict) else measure_text(its[k])
            if a == "V" and (re.search(r"\d", mt) or not SLOGAN.search(mt)):
                fails.append(f"{name}: problem {k} declared slogans only (V) but its measure has figures or no slogan")
            if a == "M" and not re.search(r"\d|已|停止|取消|改为|一律|实行|纳入|推行|通过|设置|设立|回访|对接|开展|组织|建立|制定|修订", mt):
                fails.append(f"{name}: problem {k} declared concrete (M) but its measure shows no act")
            if a == "P" and (PASTE[name] not in mt or sum(PASTE[name] in (x if isinstance(x, str) else x["measure"])
                                                         for x in its.values()) < 2):
                fails.append(f"{name}: problem {k} declared pasted (P) but the paragraph is not shared")
            if a == "C":
                ph = COPIED[(name, k)]
                if ph not in mt or ph not in ftext or re.search(r"\d", mt):
                    fails.append(f"{name}: problem {k} declared copied (C) but does not restate the feedback without acts")
    except Exception as e:
        fails.append(f"{name}: report items could not be cut by its structure: {e!r}")
    # document-level facts
    if bool(DISCLOSE.search(text)) != DOC[name]["disclosure"]:
        fails.append(f"{name}: disclosure declared {DOC[name]['disclosure']} but the report says otherwise")
    lead = bool(LEAD_RE.search(text)) and "第一责任人" in text
    if lead != DOC[name]["leadership"]:
        fails.append(f"{name}: leadership declared {DOC[name]['leadership']} but 整改领导小组/第一责任人 presence is {lead}")
    # ---- gold consistency ----
    if sorted(map(int, g["answered"])) != list(range(1, n + 1)):
        fails.append(f"{name}: answered keys are not 1..{n}")
    for k, v in g["answered"].items():
        if v != (GIVES[name].get(int(k), "-")[0] != "-"):
            fails.append(f"{name}: answered[{k}]={v} disagrees with GIVES")
    seen = set()
    for lst in ("must_flag", "must_not_flag"):
        for f in g[lst]:
            k, i = f["kind"], f["issue"]
            total[lst] += 1
            (planted if lst == "must_flag" else countered).setdefault(k, set()).add(name)
            if lst == "must_flag":
                flag_kinds[k] = flag_kinds.get(k, 0) + 1
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
    exp = expected_flags(name)
    got_flags = {(f["kind"], f["issue"]) for f in g["must_flag"]}
    for x in sorted(exp - got_flags, key=str):
        fails.append(f"{name}: the declarations imply must_flag {x} but the gold lacks it")
    for x in sorted(got_flags - exp, key=str):
        fails.append(f"{name}: gold must_flag {x} is not implied by the declarations")
    for f in g["must_not_flag"]:
        if (f["kind"], f["issue"]) in exp:
            fails.append(f"{name}: must_not_flag {f['kind']} {f['issue']} contradicts the declarations")
    judged = {(f["kind"], f["issue"]) for f in g["must_flag"] + g["must_not_flag"]}
    for k in DOC_LEVEL:
        if (k, None) not in judged:
            fails.append(f"{name}: document-level kind {k} has no judgement")
    for k in NEEDS[name]["X"]:
        if ("no-accountability", k) not in judged:
            fails.append(f"{name}: misconduct problem {k} has no no-accountability judgement")
    for k in NEEDS[name]["Q"]:
        if ("no-mechanism", k) not in judged:
            fails.append(f"{name}: problem {k} calls for a rule but has no no-mechanism judgement")
    if not g["must_flag"]:
        good.append(name)
    elif not 2 <= len(g["must_flag"]) <= 3:
        fails.append(f"{name}: {len(g['must_flag'])} must_flag; an ordinary report here has two or three weaknesses")
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
try:
    _t = txt("p01/report.docx")
    form(all(len(re.findall(f"^{f}：", _t, re.M)) == 11 for f in ("整改措施", "责任领导", "责任处室", "完成时限", "整改成效"))
         and "<w:b/>" in zipfile.ZipFile(os.path.join(root, "p01", "report.docx")).read("word/document.xml").decode(),
         "p01/report.docx: expected eleven items with five bold-headed field paragraphs")
    _t = txt("p02/feedback.txt")
    form(all(f"{c}要" in _t for c in "一二三") and "三个月内" in _t, "p02/feedback.txt: expected 一要…三要 and 三个月内")
    _t = txt("p02/report.txt")
    form(not re.search(r"安全|危险化学品|演练|隐患", _t), "p02/report.txt: problem 6 (安全生产) must have no answer")
    _four = between(_t, "4．针对", "5．针对")
    form(not T_RE.search(_four), "p02/report.txt: item 4 must carry no time limit")
    _x = zipfile.ZipFile(os.path.join(root, "p03", "report.docx")).read("word/document.xml").decode("utf-8")
    _t = txt("p03/report.docx")
    form("<w:tbl>" in _x and 'w:orient="landscape"' in _x and "已全部整改完成" in _t and _t.count("正在推进") == 2,
         "p03/report.docx: expected a landscape table, an all-done claim and two rows still 正在推进")
    _t = txt("p04/feedback.txt")
    form(_t.count("具体表现：") == 10 and "整改要求：" in _t, "p04/feedback.txt: expected a 问题清单 of ten 问题N：/具体表现：")
    _t = txt("p05/report.txt")
    form(len(re.findall(r"^问题\d+：", _t, re.M)) == 11 and len(re.findall(r"^整改情况：", _t, re.M)) == 11
         and not re.search(r"科研经费管理(办法|制度|规定)", _t), "p05/report.txt: expected 11 问题N：/整改情况： and no 科研经费 rule")
    _t = txt("p06/feedback.html")
    form("当前位置" in _t and "举报电话" in _t and "表示，一是" in _t and "一要" in _t,
         "p06/feedback.html: expected page chrome, 一要… requirements and a 表态 一是…")
    _t = txt("p06/report.html")
    form("索引号" in _t and "主动公开" in _t and _t.count(PASTE["p06"]) == 2, "p06/report.html: expected a public 通报 with one paragraph pasted twice")
    _t = txt("p07/report.txt")
    form(len([l for l in _t.split("\n") if "｜" in l]) == 12 and "门户网站" not in _t and "公开栏" not in _t,
         "p07/report.txt: expected a header + 11 ledger rows and nothing published")
    _t = txt("p08/report.txt")
    form(not LEAD_RE.search(_t) and "第一责任人" not in _t and not re.search(r"校园|普及|教育局", _t) and not DISCLOSE.search(_t),
         "p08/report.txt: expected no 领导小组, no answer on 音乐进校园, nothing published")
    _t = txt("p09/report.html")
    form("索引号" in _t and "2026年9月28日" in _t, "p09/report.html: expected a public page dated 2026-09-28")
    _t = txt("p10/report.txt")
    form(_t.count("我") >= 8 and "本人" in _t and len(re.findall(r"^（[一二三四五六七八九十]）", _t, re.M)) == 10,
         "p10/report.txt: expected the principal's first-person report with ten items")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("must_flag by kind: " + ", ".join(f"{k} {v}" for k, v in sorted(flag_kinds.items())))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
