#!/usr/bin/env python3
"""Check the dev120 pairs (p01-p10, pair ids d120-01 … d120-10); adapted from corpus/dev108/check.py.
General checks (as dev108): every file decodes as declared (TXT: UTF-8 / GB18030 / UTF-16 LE with BOM, CRLF only where
declared, a GB18030 file must not be valid UTF-8; HTML: the same, and its <meta charset> must name the declared encoding;
DOCX: word/document.xml paragraph text, table cells included), lengths, every `links` substring occurs exactly once in the
report's visible text (twice only for the declared pasted paragraph of p06), each gold.json is consistent (only the
dev-pairs keys; known kinds; null issue for document-level kinds; ranges; answered vs unanswered-issue; links only on
answered problems; every answered problem has a link; mode "pair"; no duplicate (kind, issue); every entry has a why; no
stray files), every gap kind is planted (must_flag) somewhere and has a counter-case (must_not_flag), one or two pairs have
no must_flag, and every gold file runs through /work/shared/dev-pairs/score.py against an empty analyze JSON.
Problem counts: each feedback is split by its own structure and the count must equal the gold's `issues`.
THEME checks (what makes it last, and who owns it by when): DECL gives, per answered problem, the RULE, the OWNER and the
DEADLINE the report gives it — G(text) given in the problem's own item, X(place, text) given only elsewhere (a closing
建章立制 section, a table column, a preamble list by number; the text must NOT be in the item), N(text) present but not
counting (a slogan, a promise “将研究制定”, “中心”/“相关单位” as owner, “持续推进”/“长期坚持” with nothing datable), None
nothing. Each declared text must occur in the report. The gold must follow: must_flag no-mechanism / no-owner /
no-deadline only where the declaration is N or None, must_not_flag only where it is G or X; every answered problem × kind
without a judgement is listed in UNJUDGED with a reason; each pair judges each of the three kinds on more than half of its
answered problems. Where a declaration is None the problem's item (its heading left out) must not contain the thing (no 《》/制度/办法/
规程/细则 words for a rule, no 责任人/负责 for an owner, no full date for a deadline).
Usage: python3 check.py [dev120-dir]. Exit 1 on failure; prints OK last."""
import glob, html, json, os, re, subprocess, sys, tempfile, zipfile

KINDS = {"unanswered-issue", "vague-measure", "copied-measure", "repeated-measure", "no-owner", "no-deadline",
         "no-accountability", "no-mechanism", "inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
DOC_LEVEL = {"inconsistent-claim", "late-report", "no-disclosure", "weak-leadership"}
GOLD_KEYS = {"mode", "issues", "answered", "must_flag", "must_not_flag", "links"}
SCORE = "/work/shared/dev-pairs/score.py"
DECLARED = {
    "p02/report.txt": ("utf-8", "crlf"),
    "p03/report.txt": ("gb18030", "lf"),
    "p04/feedback.txt": ("utf-16-le-bom", "lf"),
    "p05/feedback.txt": ("utf-8", "crlf"),
    "p06/feedback.html": ("gb18030", "lf"),
    "p07/feedback.txt": ("gb18030", "crlf"),
    "p07/report.txt": ("utf-16-le-bom", "lf"),
    "p09/report.txt": ("gb18030", "crlf"),
}
HTML = {"p02/feedback.html", "p06/feedback.html", "p08/report.html", "p10/feedback.html"}
DOCX = {"p01/report.docx", "p03/feedback.docx", "p05/report.docx", "p08/feedback.docx", "p10/report.docx"}
LENGTHS = {"feedback": (800, 3000), "report": (1500, 5000)}
# link texts that occur twice on purpose (one pasted paragraph answering two problems)
TWICE = {"p06": {"组织全站干部职工深入学习习近平生态文明思想"}}
root = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
fails = []


# ---------------- theme declarations ----------------
def G(t):
    return ("G", "item", t)


def X(place, t):
    assert place in ("closing", "table", "preamble")
    return ("X", place, t)


def N(t):
    return ("N", None, t)


THEME_KINDS = ("no-mechanism", "no-owner", "no-deadline")  # index 0, 1, 2 of a declaration
# DECL[pair][problem] = (rule, owner, deadline); unanswered problems are left out
DECL = {
    "p01": {
        1: (G("每年3月集中更新一次"), X("table", "副主任萧砚舟"), X("table", "2025年7月31日")),
        2: (G("提供部门的审核意见设为必经环节"), X("table", "副主任萧砚舟"), X("table", "立行立改")),
        3: (G("出台运维服务考核办法"), X("table", "副主任鲍闻笛"), X("table", "2025年4月30日")),
        4: (X("closing", "《中心采购内部管理规定》"), X("table", "主任邝令仪"), X("table", "2025年4月30日")),
        5: (X("closing", "修订《网络安全责任制实施细则》"), X("table", "副主任鲍闻笛"), X("table", "2025年5月31日")),
        6: (X("closing", "《固定资产和项目档案管理办法》"), X("table", "副主任鲍闻笛"), X("table", "2025年5月31日")),
        7: (X("closing", "《党支部组织生活记录管理规定》"), X("table", "主任邝令仪"),
            X("table", "2025年4月30日前建立归档制度，此后长期坚持")),
        8: (X("closing", "《网站和新媒体信息发布审核制度》"), X("table", "副主任萧砚舟"), X("table", "立行立改")),
        9: (X("closing", "《专业技术人员教育培训管理办法》"), X("table", "主任邝令仪"), X("table", "2025年4月15日")),
        10: (X("closing", "《固定资产和项目档案管理办法》"), X("table", "副主任萧砚舟"), X("table", "2025年12月31日")),
    },
    "p02": {
        1: (G("修订《医用气体安全管理制度》"), G("责任领导：副部长栾季川"), G("完成时限：2025年6月")),
        2: (G("制定《零星维修工单管理规定》"), G("责任领导：副部长栾季川"), G("完成时限：2025年5月31日")),
        3: (G("制定《食堂食材验收管理办法》"), G("责任领导：党支部书记、部长乜青禾"), G("完成时限：立行立改")),
        4: (G("修订《物业服务质量考核办法》"), G("责任领导：副部长栾季川"), None),
        5: (G("纳入《特种设备安全管理制度》"), G("责任领导：副部长栾季川"), N("完成时限：长期坚持")),
        6: (None, G("责任领导：副部长栾季川"), G("完成时限：2025年5月15日")),
        7: (G("制定《能耗统计分析制度》"), G("责任领导：副部长栾季川"), G("完成时限：2025年6月30日")),
        8: (N("严格落实组织生活各项制度"), G("责任领导：党支部书记、部长乜青禾"), N("完成时限：长期坚持")),
        9: (G("制定《后勤关键岗位轮岗实施办法》"), G("责任领导：党支部书记、部长乜青禾"), G("完成时限：2025年6月30日")),
        10: (G("建立特种作业人员培训持证台账"), G("责任领导：副部长栾季川"), G("完成时限：2025年8月31日")),
    },
    "p03": {
        1: (G("建立低保对象季度入户核查制度"), None, G("已于2024年11月底前全部停发")),
        2: (G("制定《临时救助审批操作规程》"), G("责任人：站长庹春林"), G("时限：立行立改")),
        3: (N("今后按要求及时完善档案"), G("由经办人卞小满负责"), G("2025年2月底前完成")),
        4: (G("建立救助资金每月对账制度"), None, G("2025年2月底前查清")),
        5: (N("进一步健全长效机制，规范工作流程"), G("站长庹春林已于11月"), None),
        6: (G("建立每月与县公安局户籍、殡葬管理所火化信息比对的机制"), None, G("已于2024年10月底前全部追回")),
        7: (None, G("责任人：站长庹春林"), G("时限：立行立改")),
        8: (None, G("党小组长周叶安"), G("2025年1月起执行")),
        9: (N("新修订的低保审核确认办法"), G("站长庹春林组织"), G("2025年3月举办")),
        10: (G("风险防控表每年1月更新一次"), G("责任人：站长庹春林"), G("时限：2024年12月31日")),
    },
    "p04": {
        1: (G("贷前调查报告增加实地照片、经营情况核实两项必填内容"), G("责任人：副主任苗向晴、信贷股"), G("完成时限：2025年4月30日")),
        2: (X("closing", "《信贷岗位分离和授权管理办法》"), G("责任人：主任詹鹤年"), G("完成时限：立行立改")),
        3: (G("贷后检查完成情况纳入信贷员月度绩效考核"), G("责任人：副主任苗向晴、信贷股"), G("完成时限：2025年6月30日")),
        4: (X("closing", "《不良贷款包收责任管理办法》"), G("责任人：主任詹鹤年、副主任苗向晴"), N("完成时限：持续推进")),
        5: (N("下一步将研究制定新的信用户评定办法"), G("责任人：信贷股"), N("完成时限：视联社统一部署")),
        6: (G("每季度调取员工本人账户流水"), G("责任人：支部书记、主任詹鹤年，综合岗"), G("完成时限：2025年4月30日")),
        7: (G("柜员交接一律由会计主管现场监交并签字"), G("责任人：会计主管符静姝"), G("完成时限：立行立改")),
        9: (None, G("责任人：支部书记詹鹤年、组织委员"), G("完成时限：2025年3月31日")),
        10: (G("合规培训后一律组织闭卷考试"), G("责任人：副主任苗向晴、综合岗"), G("完成时限：2025年3月31日")),
    },
    "p05": {
        1: (G("修订《监测台站巡检管理办法》"), G("副主任罗秋禾"), G("2024年12月31日")),
        2: (G("制定《前兆观测数据异常核实处置规程》"), G("副主任罗秋禾"), G("2025年1月31日")),
        3: (N("进一步加强值班纪律"), G("主任甄朔风"), G("立行立改")),
        4: (G("制定《仪器设备采购验收管理办法》"), G("副主任罗秋禾"), G("2025年1月15日")),
        5: (G("2025年起科普经费纳入年度部门预算"), G("主任甄朔风"), G("2025年5月12日")),
        6: (None, G("主任甄朔风"), G("2025年6月30日")),
        7: (None, None, G("2025年1月31日")),
        8: (None, G("主任甄朔风"), G("2025年1月31日")),
        9: (None, N("中心"), G("2025年6月30日")),
    },
    "p06": {
        1: (G("制定《生态护林员巡护考核办法》"), X("preamble", "副站长郜晓棠负责第1、6、7项问题"),
            X("preamble", "其余问题均要求于2025年7月31日前整改到位")),
        2: (G("写入《林业站业务审核工作规程》"), X("preamble", "副站长沈牧之负责第2、4、5、10项问题"),
            X("preamble", "其余问题均要求于2025年7月31日前整改到位")),
        3: (G("建立防火物资每季度盘点制度"), X("preamble", "站长佘柏舟负责第3、8、9项问题"),
            N("除第3项问题中防火物资去向需要继续调查外")),
        4: (G("纳入《林业站业务审核工作规程》"), X("preamble", "副站长沈牧之负责第2、4、5、10项问题"),
            X("preamble", "其余问题均要求于2025年7月31日前整改到位")),
        5: (None, X("preamble", "副站长沈牧之负责第2、4、5、10项问题"), X("preamble", "其余问题均要求于2025年7月31日前整改到位")),
        6: (G("制定《生态护林员选聘管理办法》"), X("preamble", "副站长郜晓棠负责第1、6、7项问题"),
            X("preamble", "其余问题均要求于2025年7月31日前整改到位")),
        7: (None, X("preamble", "副站长郜晓棠负责第1、6、7项问题"), X("preamble", "其余问题均要求于2025年7月31日前整改到位")),
        8: (G("制定《林业站财务报账审核制度》"), X("preamble", "站长佘柏舟负责第3、8、9项问题"),
            X("preamble", "其余问题均要求于2025年7月31日前整改到位")),
        9: (None, X("preamble", "站长佘柏舟负责第3、8、9项问题"), X("preamble", "其余问题均要求于2025年7月31日前整改到位")),
        10: (G("调处结束后10个工作日内由经办人移交档案员归档"), X("preamble", "副站长沈牧之负责第2、4、5、10项问题"),
             X("preamble", "其余问题均要求于2025年7月31日前整改到位")),
    },
    "p07": {
        1: (G("制定《医疗纠纷受理登记规范》"), G("责任人：副主任管星野"), G("完成时限：2025年2月28日")),
        2: (G("制定《调解协议审核制度》"), G("责任人：主任冼同尘"), G("完成时限：立行立改")),
        3: (G("制定《专职调解员聘用考核办法》"), G("责任人：主任冼同尘"), G("完成时限：2025年3月15日")),
        4: (G("修订《案卷管理制度》"), G("责任人：内勤喻清如"), N("逐步完成归档")),
        5: (N("今后专家咨询费将严格把关、规范发放"), G("责任人：副主任管星野"), G("完成时限：2025年2月28日")),
        6: (N("将与县医疗责任保险共保体建立理赔对接机制"), None, G("完成时限：2025年3月31日")),
        7: (G("回访率纳入调解员年度考核"), G("责任人：各承办调解员"), None),
        8: (G("今后报销单据一律经医调委主任和局分管领导审批签字后报销"), G("责任人：主任冼同尘"), G("完成时限：立行立改")),
        9: (None, G("责任人：支部书记冼同尘"), N("完成时限：长期坚持")),
        10: (N("免费调解的规定制作成公示牌"), G("责任人：副主任管星野"), G("完成时限：2025年2月15日")),
    },
    "p08": {
        1: (G("修订《生物安全管理制度》"), G("责任人：副总经理宁知白"), G("完成时限：2025年10月31日")),
        2: (X("closing", "制定《种猪销售价格管理办法》"), G("责任人：总经理冯景澄"), G("完成时限：立行立改")),
        3: (X("closing", "制定《饲料采购入库管理规定》"), G("责任人：副总经理宁知白"), G("完成时限：2025年7月15日")),
        4: (G("病死猪处理台账改为与回执逐月对账"), G("责任人：总经理冯景澄"), G("完成时限：2025年7月31日")),
        5: (X("closing", "制定《生产统计管理办法》"), G("责任人：生产部经理庞溪月"), G("完成时限：2025年7月31日")),
        6: (G("合同签订前一律经法律审核"), G("责任人：总经理冯景澄"), G("完成时限：2025年8月31日")),
        7: (X("closing", "修订《安全生产责任制》"), G("责任人：副总经理宁知白"), G("完成时限：2025年7月31日")),
        8: (None, G("责任人：党支部书记殷乔木"), G("完成时限：2025年7月31日")),
        9: (G("制定2025—2027年技术人才培养计划"), G("责任人：总经理冯景澄"), G("完成时限：2025年12月31日前完成首批培养")),
    },
    "p09": {
        1: (G("在业务系统中设置认定时限预警"), G("｜副主任艾松涛｜工伤认定科｜"), G("｜2024年11月30日｜")),
        2: (G("鉴定结论一律以挂号信或当面送达，留存签收凭证"), G("｜副主任艾松涛｜劳动能力鉴定科｜"), G("｜2024年10月31日｜")),
        3: (None, G("｜副主任艾松涛｜待遇核定科｜"), G("｜2024年12月31日｜")),
        4: (G("工伤预防项目结算前一律由中心现场抽查核实"), G("｜主任蒲含章｜综合科｜"), G("｜2024年12月31日｜")),
        5: (N("重新学习《工伤医疗费用审核细则》"), G("｜主任蒲含章｜待遇核定科｜"), G("｜2024年11月30日｜")),
        6: (G("经办岗与复核岗分设"), G("｜主任蒲含章｜财务科｜"), G("｜立行立改｜")),
        7: (None, N("｜—｜—｜"), G("｜2025年3月31日｜")),
        8: (G("按月考核故障响应时间"), G("｜副主任艾松涛｜综合科｜"), G("｜2024年12月31日｜")),
        9: (None, G("｜主任蒲含章｜综合科｜"), G("｜2025年1月｜")),
        10: (G("建立关键岗位轮岗台账"), G("｜主任蒲含章｜综合科｜"), G("｜2024年12月31日｜")),
        11: (N("切实转变工作作风"), G("｜副主任艾松涛｜综合科｜"), N("｜长期坚持｜")),
    },
    "p10": {
        1: (G("建立村级排查台账与派出所警情月度比对制度"), X("table", "副书记钟岸"), X("table", "2025年5月31日")),
        2: (N("下一步将研究制定网格员考核办法"), X("table", "副书记钟岸"), X("table", "2025年12月31日")),
        3: (G("制定《重点人员稳控责任交接办法》"), X("table", "副书记钟岸"), X("table", "立行立改")),
        4: (N("建立报修台账"), N("相关单位"), X("table", "2025年6月30日")),
        5: (G("在信访事项办理台账中设置期限预警"), X("table", "综治中心主任严可风"), X("table", "2025年4月30日")),
        6: (G("修订《综治中心值班管理制度》"), X("table", "综治中心主任严可风"), X("table", "立行立改")),
        7: (G("今后一律由镇财政所和综治中心共同验收"), X("table", "综治中心主任严可风"), X("table", "2025年6月30日")),
        9: (G("明确支部每季度至少专题研究一次"), X("table", "镇机关党支部书记"), X("table", "2025年5月31日")),
    },
}
# answered problem × theme kind deliberately left without a gold judgement, with the reason (see the pair's notes.md)
UNJUDGED = {
    "p02": {(8, "no-mechanism"): "the whole answer is slogans; the gap is vague-measure",
            (8, "no-deadline"): "“长期坚持” for a standing duty; the gap is vague-measure"},
    "p03": {(5, "no-deadline"): "the re-assignment is done; what is missing is the written rule (no-mechanism)",
            (7, "no-mechanism"): "the answer copies the problem back; the gap is copied-measure",
            (8, "no-mechanism"): "a yearly activity plan for a party group; a rule is not clearly needed",
            (9, "no-mechanism"): "training to be attended; a rule is not clearly needed"},
    "p04": {(9, "no-mechanism"): "a meeting plan; whether a rule is needed is debatable"},
    "p05": {(6, "no-mechanism"): "the plan is itself the rule and its revision is under way with a date",
            (7, "no-mechanism"): "“一律填写派车单” is a practice; the gap is the owner",
            (8, "no-mechanism"): "a conversation plan; a rule is not clearly needed",
            (9, "no-mechanism"): "contract renewals; the gap is the owner"},
    "p06": {(5, "no-mechanism"): "re-publicised with the seven-day rule that already exists; keeping the drafts is a practice",
            (7, "no-mechanism"): "pasted paragraph; the gap is repeated-measure",
            (9, "no-mechanism"): "pasted paragraph; the gap is repeated-measure"},
    "p07": {(6, "no-mechanism"): "an 对接机制 is promised with a date; the gap is the owner",
            (9, "no-mechanism"): "members' attendance; a rule is not clearly needed",
            (9, "no-deadline"): "“长期坚持” for a standing duty of attendance",
            (10, "no-mechanism"): "posting the procedures once; no rule is needed"},
    "p08": {(8, "no-mechanism"): "a re-done report; no rule is needed"},
    "p09": {(7, "no-mechanism"): "the missing piece is the owner (归口), flagged as no-owner",
            (9, "no-mechanism"): "a study plan; a rule is not clearly needed",
            (11, "no-mechanism"): "the whole answer is slogans; the gap is vague-measure",
            (11, "no-deadline"): "“长期坚持” for conduct; the gap is vague-measure"},
    "p10": {(4, "no-mechanism"): "the missing piece is the owner, flagged as no-owner"},
}
RULE_WORDS = re.compile(r"《|制度|办法|规定|规程|细则|机制")
OWNER_WORDS = re.compile(r"责任人|责任领导|负责|牵头")
DATE_WORDS = re.compile(r"\d{4}年\d{1,2}月|立行立改|时限：\S")


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
    body = re.sub(r"(?i)<br\s*/?>|</(p|div|li|tr|h[1-6]|ul|table|header|footer|nav|article)>", "\n", body)
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
    return t[i + len(a):t.index(b, i + len(a))]


CN = "一二三四五六七八九十"


def cn(n):
    return CN[n - 1] if n <= 10 else "十" + CN[n - 11]


FW = str.maketrans("０１２３４５６７８９", "0123456789")


def inline(seg, n_expected):
    """Split 一是…；二是…… into its items; returns the item texts."""
    parts = re.split(r"(?:^|[；;，,：:]\s*)((?:十[一二三]?|[一二三四五六七八九])是)", seg)
    items = [(parts[i], parts[i + 1]) for i in range(1, len(parts) - 1, 2)]
    assert [m for m, _ in items] == [cn(k) + "是" for k in range(1, len(items) + 1)], [m for m, _ in items]
    assert len(items) == n_expected, f"{len(items)} inline items, expected {n_expected}"
    return [m + t for m, t in items]


def para_inline(t, leads):
    out = []
    for lead, n in leads:
        para = [l for l in t.split("\n") if l.startswith(lead)]
        assert len(para) == 1, f"paragraph {lead} not found once"
        out += inline(para[0][len(lead):].rstrip("。"), n)
    return out


def problems(name, t):
    """The feedback's problems, split by its own structure."""
    if name == "p01":
        got = re.findall(r"^(\d+)．(.+)$", between(t, "一、巡察发现的主要问题", "二、整改意见"), re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1))
        return [x for _, x in got]
    if name == "p02":
        return para_inline(t, (("在制度建设和执行方面，", 3), ("在监督管理方面，", 4), ("在党的建设和队伍建设方面，", 3)))
    if name == "p03":
        seg = between(t, "一、落实民生保障政策方面", "四、整改要求")
        got = re.findall(r"^([1-4])．(.+)$", seg, re.M)
        assert len([k for k, _ in got if k == "1"]) == 3, "p03: expected numbering to restart in three areas"
        return [x for _, x in got]
    if name == "p04":
        got = re.findall(r"^第([一二三四五六七八九十])，(.+)$", t, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p05":
        got = re.findall(r"^问题(\d+)：(.+)\n具体表现：(.+)$", t, re.M)
        assert [int(k) for k, _, _ in got] == list(range(1, len(got) + 1))
        return [h + "。" + d for _, h, d in got]
    if name == "p06":
        got = re.findall(r"^([０-９]+)．(.+)$", t, re.M)
        assert [int(k.translate(FW)) for k, _ in got] == list(range(1, len(got) + 1)), "p06: full-width numbering"
        return [x for _, x in got]
    if name == "p07":
        seg = between(t, "一、主要问题", "二、整改意见")
        got = re.findall(r"^（(十|[一二三四五六七八九])）(.+)$", seg, re.M)
        assert [c for c, _ in got] == [cn(k) for k in range(1, len(got) + 1)]
        return [x for _, x in got]
    if name == "p08":
        seg = between(t, "问题表现", "整改要求").strip().split("\n")
        assert len(seg) % 3 == 0, "p08: table cells are not in threes"
        rows = [seg[i:i + 3] for i in range(0, len(seg), 3)]
        assert [int(r[0]) for r in rows] == list(range(1, len(rows) + 1)), "p08: 序号 column"
        return [r[2] for r in rows]
    if name == "p09":
        return para_inline(t, (("从落实工伤保险政策看，", 4), ("从内部管理看，", 4), ("从党建和干部队伍建设看，", 3)))
    if name == "p10":
        seg = between(t, "存在以下问题：", "柯望舒强调")
        got = re.findall(r"^(\d)．(.+)$", seg, re.M)
        assert [int(k) for k, _ in got] == list(range(1, len(got) + 1))
        return [x for _, x in got]
    raise KeyError(name)


def split_at(seg, heads):
    """Cut seg at each head (in order); returns the pieces, each starting with its head."""
    pos = []
    for h in heads:
        i = seg.index(h, pos[-1] + 1 if pos else 0)
        pos.append(i)
    return [seg[a:b] for a, b in zip(pos, pos[1:] + [len(seg)])]


def items(name, t):
    """The report's answer to each problem (feedback number -> text segment)."""
    if name == "p01":
        seg = between(t, "二、反馈问题整改落实情况", "三、建章立制情况")
        return dict(zip(range(1, 11), split_at(seg, [f"（{cn(k)}）关于“" for k in range(1, 11)])))
    if name == "p02":
        seg = between(t, "二、整改台账（文本版）", "三、下一步打算")
        return dict(zip(range(1, 11), split_at(seg, [f"【{k}】" for k in range(1, 11)])))
    if name in ("p03", "p06", "p07"):
        seg = between(t, "二、反馈问题整改情况", "三、下一步工作")
        return dict(zip(range(1, 11), split_at(seg, [f"（{cn(k)}）关于" for k in range(1, 11)])))
    if name == "p04":
        seg = between(t, "二、反馈问题整改情况", "三、建章立制情况")
        return dict(zip([1, 2, 3, 4, 5, 6, 7, 9, 10], split_at(seg, [f"问题{cn(k)}：" for k in range(1, 10)])))
    if name == "p05":
        seg = between(t, "整改成效", "三、建章立制情况")
        return dict(zip(range(1, 10), split_at(seg, [f"\n{k}\n" for k in range(1, 10)])))
    if name == "p08":
        seg = between(t, "二、反馈问题整改情况", "三、建章立制情况")
        return dict(zip(range(1, 10), split_at(seg, [f"（{cn(k)}）问题：" for k in range(1, 10)])))
    if name == "p09":
        rows = [l for l in t.split("\n") if re.match(r"^\d+｜", l)]
        assert [int(r.split("｜")[0]) for r in rows] == list(range(1, 12)) and all(len(r.split("｜")) == 7 for r in rows)
        return {k: "｜" + r + "｜" for k, r in enumerate(rows, 1)}  # fenced so “｜…｜” declarations match first/last fields
    if name == "p10":
        seg = between(t, "二、反馈问题整改情况", "三、下一步工作")
        return dict(zip([3, 1, 2, 4, 5, 6, 7, 9], split_at(seg, [f"（{cn(k)}）关于“" for k in range(1, 9)])))
    raise KeyError(name)


def body(name, seg):
    """An item segment without its heading (the restated problem): what the report says in answer."""
    if name == "p05":
        return "\n".join(seg.strip().split("\n")[2:])
    if name == "p09":
        return "｜".join(seg.strip("｜").split("｜")[2:])
    return seg.split("\n", 1)[1] if "\n" in seg else ""


total = {"must_flag": 0, "must_not_flag": 0, "links": 0, "issues": 0}
planted, countered, good = {}, {}, []
theme_tally = {k: [0, 0] for k in THEME_KINDS}
empty = tempfile.NamedTemporaryFile("w", suffix=".json", delete=False)
json.dump({"issues": [], "measures": [], "gaps": []}, empty)
empty.close()
for rel in list(DECLARED) + sorted(DOCX) + sorted(HTML):
    if not os.path.exists(os.path.join(root, rel)):
        fails.append(f"declared file missing: {rel}")
pairs = sorted(glob.glob(os.path.join(root, "p[0-9][0-9]")))
if len(pairs) != 10:
    fails.append(f"expected 10 pair folders, found {len(pairs)}")
texts = {}
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
        fails.append(f"{name}: every dev120 pair is mode 'pair' with exactly one feedback.*")
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
    texts[name] = (ftext, text)
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
        want = 2 if l["measure"] in TWICE.get(name, ()) else 1
        if hits != want:
            fails.append(f"{name}: link occurs {hits} times (want {want}) in the report's visible text: {l['measure']}")
    for k, v in g["answered"].items():
        if v and int(k) not in linked:
            fails.append(f"{name}: answered problem {k} has no link")
    # ---- theme: rule / owner / deadline declarations and the gold's judgements ----
    try:
        segs = items(name, text)
        answered = sorted(int(k) for k, v in g["answered"].items() if v)
        if sorted(DECL[name]) != answered or sorted(segs) != answered:
            fails.append(f"{name}: DECL {sorted(DECL[name])} / report items {sorted(segs)} vs answered {answered}")
        judged = {}
        for lst in ("must_flag", "must_not_flag"):
            for f in g[lst]:
                if f["kind"] in THEME_KINDS:
                    judged[(f["issue"], f["kind"])] = lst
        for k in answered:
            for idx, kind in enumerate(THEME_KINDS):
                dcl, seg = DECL[name][k][idx], segs[k]
                given = dcl is not None and dcl[0] in ("G", "X")
                if dcl is not None:
                    if dcl[2] not in text:
                        fails.append(f"{name} #{k} {kind}: declared text not in report: {dcl[2]}")
                    elif dcl[0] == "G" and dcl[2] not in seg:
                        fails.append(f"{name} #{k} {kind}: declared in the item but not in its segment: {dcl[2]}")
                    elif dcl[0] == "X" and dcl[2] in seg:
                        fails.append(f"{name} #{k} {kind}: declared only in the {dcl[1]} but found in the item: {dcl[2]}")
                else:
                    words = {0: RULE_WORDS, 1: OWNER_WORDS, 2: DATE_WORDS}[idx]
                    m = words.search(body(name, seg))
                    if m:
                        fails.append(f"{name} #{k} {kind}: declared None but the item's answer has {m.group(0)}")
                j = judged.get((k, kind))
                if j == "must_flag" and given:
                    fails.append(f"{name} #{k}: {kind} is flagged but the report gives it: {dcl[2]}")
                if j == "must_not_flag" and not given:
                    fails.append(f"{name} #{k}: {kind} is not-flagged but the report does not give it ({dcl})")
                un = (k, kind) in UNJUDGED.get(name, {})
                if j is None and not un:
                    fails.append(f"{name} #{k}: {kind} has no judgement and is not listed in UNJUDGED")
                if j is not None and un:
                    fails.append(f"{name} #{k}: {kind} is judged but listed in UNJUDGED")
                if j:
                    theme_tally[kind][0 if j == "must_flag" else 1] += 1
        for kind in THEME_KINDS:
            nj = sum(1 for k in answered if (k, kind) in judged)
            if not nj * 2 > len(answered):
                fails.append(f"{name}: {kind} judged on only {nj} of {len(answered)} answered problems")
        for (k, kind) in UNJUDGED.get(name, {}):
            if k not in answered or kind not in THEME_KINDS:
                fails.append(f"{name}: UNJUDGED entry ({k}, {kind}) is not an answered problem × theme kind")
    except Exception as e:
        fails.append(f"{name}: theme checks crashed: {e!r}")
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


# ---- per-pair form checks ----
DISCLOSE = re.compile(r"向社会公开|门户网站|网站.{0,12}公开|网站公开|政务公开栏|主动公开|接受社会监督|接受干部群众监督|内网|公众号公开")
try:
    # p01: items carry no owner names and no 完成时限; owners and dates sit in the annex table; 三、 lists 8 rules
    _f, _t = texts["p01"]
    _items = between(_t, "二、反馈问题整改落实情况", "三、建章立制情况")
    form(not re.search(r"萧砚舟|鲍闻笛|邝令仪|责任领导|完成时限", _items) and _t.count("《") == 8
         and "附件：县委第五巡察组反馈问题整改台账" in _t, "p01/report.docx: owners/dates must sit only in the annex table")
    # p02: ledger as text, ten 【N】 blocks of seven fields; block 4 has an empty 完成时限
    _f, _t = texts["p02"]
    _blocks = items("p02", _t)
    form(all(all(f"\n{x}：" in b for x in ("整改措施", "责任领导", "责任部门", "完成时限", "整改成效")) for b in _blocks.values())
         and re.search(r"^完成时限：$", _blocks[4], re.M) and "当前位置" in _f and "一要压实整改责任" in _f,
         "p02: expected a seven-field text ledger with block 4's 完成时限 empty, and page chrome in the feedback")
    # p03: no 领导小组 / 第一责任人 / 镇党委 in the report; the slogan closes it
    _f, _t = texts["p03"]
    form(not re.search(r"领导小组|第一责任人|镇党委|书记", _t) and "健全长效机制" in _t and DISCLOSE.search(_t),
         "p03/report.txt: expected no leadership of the rectification, the slogan and a 政务公开栏 disclosure")
    # p04: 安全保卫 / 监控 never answered; the report has nine 问题N： items
    _f, _t = texts["p04"]
    form(not re.search(r"安全保卫|监控|值守", _t) and len(re.findall(r"^问题[一二三四五六七八九十]：", _t, re.M)) == 9
         and "一要认真对待" in _f, "p04: expected nine items and nothing on 安全保卫")
    # p05: landscape DOCX table; row 7 owner cells empty, row 9 “中心/中心”; dated 2025-03-03
    _x = zipfile.ZipFile(os.path.join(root, "p05", "report.docx")).read("word/document.xml").decode("utf-8")
    _f, _t = texts["p05"]
    form('w:orient="landscape"' in _x and "<w:tbl>" in _x and "2025年3月3日" in _t and "\n中心\n中心\n" in items("p05", _t)[9],
         "p05/report.docx: expected a landscape table, row 9 owned by 中心, date 2025-03-03")
    # p06: all-done claim vs two items still in progress; the pasted paragraph twice
    _f, _t = texts["p06"]
    form("已全部整改完成" in _t and "正在调试" in _t and "正在逐一向借用的村和扑火队核实去向" in _t
         and _t.count("组织全站干部职工深入学习习近平生态文明思想") == 2 and "您现在的位置" in _f,
         "p06: expected the all-done claim, two ongoing items and the pasted paragraph twice")
    # p07: nothing published; 公示栏 only for the procedures (problem 10)
    _f, _t = texts["p07"]
    form(not DISCLOSE.search(_t) and "公示栏" in items("p07", _t)[10] and "公开" not in _t.replace("调解程序公开不到位", ""),
         "p07/report.txt: expected no disclosure of the rectification")
    # p08: public HTML 通报 with 索引号, nine 问题：/整改情况： pairs, each with 责任人 and 完成时限
    _f, _t = texts["p08"]
    form("索引号" in _t and "主动公开" in _t and _t.count("整改情况：") == 9 and _t.count("责任人：") == 9
         and _t.count("完成时限：") == 9, "p08/report.html: expected nine fielded items in a public 通报")
    # p09: ledger rows 1..11 with 7 fields, row 7 owner “—”; dated 2025-01-20
    _f, _t = texts["p09"]
    form("2025年1月20日" in _t and items("p09", _t)[7].split("｜")[4:6] == ["—", "—"],
         "p09/report.txt: expected row 7 with — owner fields and the 2025-01-20 date")
    # p10: claim 8 done + 1 ongoing vs three 正在推进 rows; 培训 never answered; nothing published
    _f, _t = texts["p10"]
    form("已完成整改8个，第7个问题正在推进" in _t and _t.count("正在推进") == 4 and "培训" not in _t
         and not DISCLOSE.search(_t) and "村务公开栏" in _t, "p10/report.docx: expected the claim, three ongoing rows, no 培训, no disclosure")
except Exception as e:
    fails.append(f"form checks crashed: {e!r}")
print("planted kinds: " + "; ".join(f"{k} {len(planted.get(k, ()))} ({', '.join(sorted(planted.get(k, ())))})" for k in sorted(KINDS)))
print("counter-cases: " + "; ".join(f"{k} {len(countered.get(k, ()))}" for k in sorted(KINDS)))
print("theme judgements (flag/not-flag): " + "; ".join(f"{k} {v[0]}/{v[1]}" for k, v in theme_tally.items()))
print("good reports: " + ", ".join(good))
for f in fails:
    print("FAIL:", f)
print(f"totals: issues {total['issues']}, must_flag {total['must_flag']}, must_not_flag {total['must_not_flag']}, links {total['links']}")
print("OK" if not fails else f"{len(fails)} failure(s)")
sys.exit(1 if fails else 0)
