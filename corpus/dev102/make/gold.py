"""Write p01..p10/gold.json (dev-pairs gold format) for dev102. The gold is hand-judged; this file only keeps it in one
place. Modelled on corpus/dev44/make/gold.py. Debatable points ("may report") are not gold: they are in each pair's
notes.md, because the dev-pairs format has no key for them. Run: python3 make/gold.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def F(kind, issue, why):
    return {"kind": kind, "issue": issue, "why": why}


def L(measure, issue):
    return {"measure": measure, "issue": issue}


G = {}

# p01 蒉川县藨坪镇蔾塘完全小学党支部 (a mountain-area complete primary school, 11 staff, 5 members): DOCX 反馈意见 of an
# extended inspection (延伸巡察), bold 一、…七、 heading paragraphs + one detail paragraph each; the closing paragraph
# (整改 requirements, 三个月内, 公开) and the contact line are not problems. Report: the principal-secretary's plain
# report, own short headings 一、…七、 in feedback order. GOOD REPORT.
G["p01"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "“这件事我是第一责任人，由我牵头抓”: the principal (also the branch secretary) leads, names two helpers and asks after progress every Monday."),
    F("no-disclosure", None, "“整改情况已贴在学校公示栏，也发到了各班家长群” — the rectification itself is published to staff and parents as the feedback asked."),
    F("late-report", None, "Feedback 2025-04-16, report 2025-07-08: 83 days, inside three months."),
    F("inconsistent-claim", None, "“7个问题已改完6个，第一个问题…要长期坚持” matches the items: six done, the meeting rule ongoing; 3,480 = 5 invoices + 2 notes, 4,800 refunded, 1,360 refunded."),
    F("no-accountability", 3, "The principal names himself: 支部会上作了检讨 and a 书面检查 to the 镇中心学校 — plain words for a real sanction."),
    F("no-accountability", 6, "Fees of 4,800 returned; both teachers 写了检查, 作了检讨, 扣了当月绩效, 师德考核不合格."),
    F("no-accountability", 7, "报账员覃德旺 在支部会上作了检讨 for the 白条."),
    F("no-owner", 1, "“由我主持”, records kept by 教导主任宁秀芬."),
    F("no-owner", 2, "“总务主任柯立春负责”; 炊事员老管 keeps the samples."),
    F("no-owner", 5, "“负责人：副校长逄小满”."),
    F("no-deadline", 1, "A fixed day (每月第一个星期三) and 长期坚持, with a termly check — right for a standing duty."),
    F("no-deadline", 2, "“反馈后一个月内（5月16日前）已做完”."),
    F("no-deadline", 5, "Extinguishers replaced 4月20日; the rota is redone 每学期开学前."),
    F("no-mechanism", 5, "“定了女生宿舍值班表并贴在宿舍门口的墙上” with fixed check times — a small unit's lasting rule."),
    F("no-mechanism", 7, "“以后报账要经办人、证明人两人签字，再由我审批，白条一律不报”."),
    F("no-mechanism", 3, "The repair rule (商量, 三家报价, 验收, 备案) is “写进学校的《财务管理办法》”."),
    F("repeated-measure", 7, "#7 shares the words “在支部会上作了检讨” with #3, but each item's acts are its own (white slips checked, two-signature rule)."),
], links=[
    L("每月第一个星期三下午放学后开支部党员大会", 1), L("入库单改成采购人、保管员、值周老师三个人签字", 2),
    L("已请镇中心学校派人对维修工程补做了验收", 3), L("结余的1,360元已于5月9日按学生名单退到每个学生手里", 4),
    L("定了女生宿舍值班表并贴在宿舍门口的墙上", 5), L("向学生收的补课费共4,800元已全部退给家长", 6),
    L("以后报账要经办人、证明人两人签字", 7)])

# p02 茈阳县菂城街道荇桥社区卫生服务站党支部 (8 staff): feedback is an HTML news page of the county health bureau with
# page chrome; the problems are inline 一是…六是 in the 巡察组指出 paragraph; the speech's 一要…三要 and the 表态 are not
# problems. Report (GB18030): the station head's plain report, items 1.–6. in feedback order.
G["p02"] = dict(mode="pair", issues=6, unanswered=[], must_flag=[
    F("no-accountability", 3, "1.2万元 paid as “加班补助” without basis: the report only says it “已经停发” and sets an approval rule — nothing is 清退 and nobody is dealt with, though the speech asked for both (违规发放的补助要清退，对相关责任人要严肃处理)."),
    F("no-deadline", 4, "The two 流动党员 are left open — “继续联系，争取让他们回来” — with no time at all, and the closing confirms it is still being done; every other item is done or dated."),
], must_not_flag=[
    F("no-mechanism", 3, "A rule is given (发补助要先报…批准，没有依据的一分不发); the gap there is accountability."),
    F("copied-measure", 1, "The label “签约随访不实。” restates the problem in four words, then acts follow (43户补随访, 抽查, 扣绩效)."),
    F("no-owner", 4, "“由支部组织委员蒲秀云继续联系” — an owner is named; the gap is the time limit."),
    F("no-accountability", 1, "The doctor who signed for others “写了检查，扣了11月的绩效”."),
    F("no-deadline", 1, "“11月底前已全部…补了随访”."),
    F("no-owner", 2, "“药房禚小娟负责”."),
    F("no-owner", 5, "禚小娟 fills the hand-over record; done 11月8日."),
    F("no-mechanism", 6, "“重新排了夜间值班表…贴在站门口” with a door bell and the night phone, and weekly spot calls."),
    F("no-mechanism", 2, "Monthly stock-take on the last working day, signed by the head."),
    F("weak-leadership", None, "“整改的事我负总责，每周五下午站务会上过一遍进度” — the head and secretary leads and checks every week."),
    F("no-disclosure", None, "“整改情况已张贴在服务站门口的公示栏”, as the speech asked (在服务站公开)."),
    F("late-report", None, "Feedback 2024-10-22, report 2025-01-14: 84 days."),
    F("inconsistent-claim", None, "“6个问题，已完成5个，流动党员的事还在做” matches the items."),
], links=[
    L("没有随访记录的43户", 1), L("过期药品已全部清出", 2), L("2023年发的1.2万元“加班补助”已经停发", 3),
    L("每月请一名党员讲一讲自己工作中碰到的事", 4), L("医废周转箱已挪到后院专门的医废暂存间", 5), L("重新排了夜间值班表", 6)])

# p03 蒉川县蘵溪镇蓂山茶叶专业合作社党支部 (a farm co-operative's branch, 11 members): the 组长's speech at the feedback
# meeting, problems 第一，…第七， each in its own paragraph; praise, 一要…三要 and the 三个月内 sentence are not problems.
# Report (UTF-16 LE BOM): a covering paragraph and a TABLE DRAWN WITH SPACES (cells wrapped onto continuation lines).
G["p03"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("repeated-measure", 2, "Row 2 (盈余分配) and row 5 (社务公开) carry the same sentence — 组织党员和社员学习合作社法和章程，今后严格按章程办事，接受社员(的)监督 — pasted under two unrelated problems, with nothing specific to either (no re-distribution, no member meeting, nothing published)."),
    F("repeated-measure", 5, "Row 5 repeats row 2's sentence, changed only by one 的."),
], must_not_flag=[
    F("no-accountability", 3, "2.6万元 returned by the 理事长, who 在支部会上作了检讨, and the 镇党委 gave him a 诫勉谈话."),
    F("no-owner", 7, "“锅炉工老菅” — a person named the plain way."),
    F("no-deadline", 6, "“春茶收完前”, done — a season as a time limit."),
    F("no-deadline", 2, "“年底前” is given (the gap is the pasted measure)."),
    F("no-mechanism", 4, "出纳 separated, 代理记账 by the 农经站, 每季度末三方对一次账."),
    F("no-mechanism", 6, "The day's buying price is written on the blackboard every morning."),
    F("weak-leadership", None, "“整改由我（支部书记聂长顺）总负责，每半个月在支部会上对一遍表”."),
    F("no-disclosure", None, "The table is on the co-op's 公开栏 and was read out at the 7月12日 社员大会, as the speech asked."),
    F("late-report", None, "Feedback 2025-05-20, report 2025-08-12: 84 days."),
    F("inconsistent-claim", None, "“已改完4个（第3、4、6、7条），第1条要长期坚持，第2、5条正在改” = 7 and matches the 现在怎样 column."),
], links=[
    L("支部会和理事会分开开", 1), L("接受社员监督", 2), L("2.6万元已由理事长庹金福退回合作社账户", 3),
    L("出纳换成社员代表阚桂兰", 4), L("接受社员的监督", 5), L("按说好的价给去年被压价的23户补了差价", 6),
    L("两台锅炉7月已请县特种设备检验所检验", 7)])

# p04 茈阳县苤岭乡敬老院党支部 (a township care home, 7 staff, 34 residents): 反馈意见 (GB18030), 一、发现的主要问题 with
# （一）–（七） heading。detail; 二、整改意见 1．–5． are not problems. Report (UTF-8, CRLF): the head's plain report,
# unnumbered paragraphs “…的问题：” in feedback order.
G["p04"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("copied-measure", 5, "The 消防 paragraph turns the feedback's own list back into promises (要做到灭火器不过期、电动车不在楼道里充电、安全通道不堆放杂物): nothing replaced, moved or cleared, no person, no date — though 整改意见 4 asked for it at once."),
    F("no-mechanism", 2, "The residents' pocket money was counted once and told to them, but no register, no signatures and no monthly check were set up, though 整改意见 3 asked for exactly that system (笔笔有登记、月月有核对、老人签字认可)."),
], must_not_flag=[
    F("no-accountability", 3, "The head himself: 2,300 repaid, 乡党委会上作了检讨, 书面检查, 乡纪委 诫勉谈话."),
    F("no-accountability", 4, "The carer who back-filled the night log “在职工会上作了检查”."),
    F("no-mechanism", 3, "Sales money “当天交会计，开收据，月底入账”."),
    F("no-mechanism", 4, "“定了值班表并贴在值班室墙上”, two carers, rounds every two hours, signed."),
    F("no-owner", 1, "“伙食账由会计隋小梅管，我每月签字”."),
    F("no-owner", 7, "“负责人：副院长缑秀兰”."),
    F("no-deadline", 7, "“春节前办好” — a plain-words time limit for the open insurance item."),
    F("no-deadline", 6, "“从12月起每月5号开支部会”, two held."),
    F("weak-leadership", None, "“我是院长，也是支部书记，整改我负总责”, weekly night checks, a deputy township head supervising."),
    F("no-disclosure", None, "“整改情况已在院里的公开栏贴出来，也在老人们吃饭时念了一遍” (在院内公开)."),
    F("late-report", None, "Feedback 2024-11-12, report 2025-01-24: 73 days."),
], links=[
    L("伙食费按每人每月460元开支", 1), L("已经把每位老人的零用钱清点了一遍", 2), L("1.46万元已于11月底全部交到乡财政所入了账", 3),
    L("夜班改成两名护理员", 4), L("我们要做到灭火器不过期", 5), L("从12月起每月5号开支部会", 6),
    L("5名护理员的劳动合同已于12月20日签订", 7)])

# p05 蒉川县荑口镇司法所党支部 (3 staff): the county bureau's 问题清单 问题一：…问题六： heading + 表现： line; 整改要求 1．–3．
# are not problems. Report (UTF-8): 一是…五是 paragraphs, 问题三 silently skipped, so 三是 answers 问题四. PLAINLY WEAK.
G["p05"] = dict(mode="pair", issues=6, unanswered=[3], must_flag=[
    F("unanswered-issue", 3, "普法台账弄虚作假 (old photos, attendance figures that do not match) is not answered anywhere: 三是 is the 调解补贴 item (问题四)."),
    F("vague-measure", 2, "社区矫正 (an offender 9 days overdue unnoticed) gets only formulas — 进一步加强…严格落实…切实做到不脱管、不漏管，确保…安全稳定 — no check of the two cases, no person, no date."),
    F("no-accountability", 4, "A staff member claimed 900元 for three invented cases for a relative's village: the money is back, but nothing is said of the person, though 整改要求 2 asks 对相关人员依规处理."),
    F("weak-leadership", None, "“所里开了个会，把问题分给大家去改”: no leading person, no 第一责任人, though 整改要求 1 asks the branch secretary to lead; the 所长 appears only as owner of the branch-meeting item."),
    F("late-report", None, "Feedback 2025-03-18, report 2025-07-02: 106 days — past three months and past the list's own date (2025年6月18日前)."),
], must_not_flag=[
    F("unanswered-issue", 4, "Answered under 三是 (调解补贴的问题): the ordinal does not match, the content does."),
    F("no-mechanism", 4, "A two-signature rule for 以案定补 and quarterly phone checks (the gap is accountability)."),
    F("no-owner", 1, "“由专职调解员宓晓燕负责”."),
    F("no-deadline", 1, "“5月底已完成”."),
    F("no-owner", 5, "“由支部书记、所长隗国栋负责”."),
    F("no-deadline", 5, "Quarterly meetings, “长期坚持”."),
    F("no-mechanism", 6, "A duty rota on the door, one person always in, a blackboard for who is out and till when."),
    F("no-disclosure", None, "“整改情况已在镇政务公开栏公示”, as the list asked."),
], links=[
    L("没有签字的12卷已找当事人补签", 1), L("严格落实请销假制度", 2), L("多领的900元补贴已经退回县司法局", 4),
    L("以后每季度至少开一次支部党员大会", 5), L("所里排了值班表贴在门口", 6)])

# p06 茈阳县萑湾乡退役军人服务站 (3 staff): 延伸巡察 反馈意见 (UTF-8, CRLF), areas 一、…方面 with RESTARTING 1．2．(3．)
# (3 + 2 + 2 = 7); 整改意见 （一）–（三） are not problems. Report: DOCX, a covering text and a Word table ledger.
# PLAINLY WEAK.
G["p06"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "The covering text says “7个问题都已经整改到位”, while row 1 reads “已报17份，9份正在办理” and row 4 “正在核对”."),
    F("no-deadline", 4, "Row 4 (17 data errors) has “尽快完成” as its time limit and is still 正在核对; every other row has a date or 立行立改."),
    F("no-owner", 7, "Row 7's 责任人 is “站里” — the station itself, nobody in particular; every other row names a person."),
    F("no-accountability", 6, "1.3万 of gifts bought from the station head's relative's shop without quotes: the row only sets a three-quote rule for the future; nothing on the head, though 整改意见（二） asks to find who is responsible and deal with it."),
], must_not_flag=[
    F("late-report", None, "Feedback 2024-06-05, report 2024-09-03: 90 days, but inside three calendar months (due 2024-09-05)."),
    F("no-mechanism", 6, "The three-quote rule with a 乡纪委 witness is there; the gap is accountability."),
    F("no-accountability", 3, "The family was checked afterwards and was eligible: a procedure slip, no wrongdoing to punish."),
    F("no-accountability", 2, "A duplicate gift, returned, and a 评议 + 公示 rule: an error, not misconduct."),
    F("no-deadline", 2, "“立行立改”, done."),
    F("no-owner", 1, "訾小燕 named; the gap in row 1 is the all-done claim."),
    F("no-mechanism", 5, "Village stations staffed by named 专干 on fixed half-days, monthly spot checks."),
    F("weak-leadership", None, "“整改由站长郜振华牵头，乡党委副书记蓝海鹰分管，每月听一次汇报”."),
    F("no-disclosure", None, "“整改情况已在乡政府门口的政务公开栏张贴”."),
], links=[
    L("材料齐全的17份已于6月20日报县退役军人事务局", 1), L("今后慰问名单先经村“两委”评议", 2), L("对这1户补做了入户核查", 3),
    L("对全乡612人的信息逐条核对", 4), L("9个村级服务站明确由村里的退役军人专干值守", 5), L("今后慰问品采购至少找三家询价", 6),
    L("按人建档，一人一档", 7)])

# p07 蒉川县藨坪市场监督管理所党支部 (6 staff): the 组长's speech with two-level 从…看 paragraphs and RESTARTING inline
# 一是… (3 + 2 + 2 = 7); 一要…三要 not problems. Report: a public HTML 公示 on the county bureau's site with page chrome,
# bold short headings 一、…七、, each with a bracket (负责人；完成时间). GOOD REPORT.
G["p07"] = dict(mode="pair", issues=7, unanswered=[], must_flag=[], must_not_flag=[
    F("weak-leadership", None, "“所长、所党支部书记巩立新对整改负总责，亲自排了整改台账，每周一早会上过一遍进度”."),
    F("no-disclosure", None, "A public 公示 on the bureau website with a 公示 period and a phone number (同时向社会公开)."),
    F("late-report", None, "Feedback 2025-06-10, 公示 2025-08-29: 80 days."),
    F("inconsistent-claim", None, "“7个问题已完成6个，第7个长期坚持” matches the brackets."),
    F("copied-measure", 1, "The heading “案卷不规范的问题” restates the problem; the text below is acts (说明补入卷宗, 回证补送, 审卷)."),
    F("no-accountability", 4, "Gifts paid back (折价460元), 书面检查, 诫勉谈话 by the 局党组, 扣了第三季度绩效 — as the speech demanded."),
    F("no-accountability", 2, "The copying tester was dismissed by the market operator; the officer who should have checked 写了检查."),
    F("no-mechanism", 5, "“定了执法车使用登记制度” (car in the yard, keys to the duty room, approval and log for weekend use)."),
    F("no-mechanism", 6, "Daily check of 12315 cases by the deputy, same-day chasing."),
    F("no-mechanism", 3, "Quarterly review of lift inspection dates with a month's notice."),
    F("no-owner", 2, "“负责人：执法员邹文静”."),
    F("no-deadline", 5, "“立行立改，6月12日起执行”."),
    F("no-deadline", 7, "“长期坚持” for a standing monthly meeting."),
], links=[
    L("已把当时的现场情况说明补入卷宗", 1), L("快检室从6月16日起每天上午开展检测", 2), L("3部超期电梯已于6月27日全部检验", 3),
    L("已把东西折价460元退给了商户", 4), L("定了执法车使用登记制度", 5), L("8件超期件已全部回复当事人并做了回访", 6),
    L("所里4名党员单独过组织生活", 7)])

# p08 茈阳县薸池镇供水站党支部 (6 staff): a 县乡联动巡察组 letter with 1、–8、 items (heading。detail); the 整改要求
# paragraph is not a problem. Report (GB18030, CRLF): the head's plain report 一、…八、 with one-word headings.
G["p08"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("vague-measure", 7, "停水不提前通知 gets only formulas (切实增强服务意识，进一步提高服务水平…努力让群众满意): no notice rule, no channel, no person, no date."),
    F("no-mechanism", 1, "Cash collected without receipts by meter readers: the 3,240元 is booked and the reader punished, but no rule on how water fees are taken from now on, though the feedback says 水费收缴要建立规矩，不能再收“糊涂钱”."),
    F("no-disclosure", None, "The feedback asks to publish the rectification on every village's 公开栏; the report never says it was published. The 低保户减免名单 put on those boards (item 五) is the subsidy list, not the rectification."),
], must_not_flag=[
    F("no-accountability", 4, "The head himself: 1,100元 paid, 镇党委会上作了检讨, 书面检查."),
    F("no-accountability", 8, "Both card players 作了检讨 and lost a month's bonus."),
    F("no-accountability", 1, "The reader who held cash longest 写了检查，扣了两个月绩效 (the gap is the rule)."),
    F("no-owner", 2, "“由化验员柏丽取样” — the person doing it is named inside the sentence."),
    F("no-deadline", 2, "“从9月起每月10号前” — a recurring plain-words time limit."),
    F("no-mechanism", 3, "A stock book, two signatures, monthly stock-take."),
    F("no-mechanism", 8, "“站里定了上班纪律，值班室不准打牌”, weekly spot checks."),
    F("weak-leadership", None, "“我是站长，也是支部书记，整改我负责”, weekly checks."),
    F("late-report", None, "Feedback meeting 2024-08-27, report 2024-11-20: 85 days."),
], links=[
    L("3,240元现金已全部交站里入了账", 1), L("从9月起每月10号前由化验员柏丽取样送县疾控中心检测", 2), L("建了材料出入库登记本", 3),
    L("我两户亲属欠的1,100元水费已于9月全部补交", 4), L("低保户减免水费名单已在各村公开栏公示", 5), L("买了4套防护面具", 6),
    L("切实增强服务意识", 7), L("打牌的2名职工在职工会上作了检讨", 8)])

# p09 蒉川县公路事业发展中心蕞岭养护站党支部 (8 road workers): an HTML news page (GB18030, charset=gb2312, table layout)
# with all problems in one “主要是：…；…等问题” sentence (6); the 要求 and 表态 are not problems. Report (UTF-16 LE BOM,
# CRLF): the head's plain report in ITS OWN ORDER (3,1,2,4,5), 食堂 never mentioned.
G["p09"] = dict(mode="pair", issues=6, unanswered=[6], must_flag=[
    F("unanswered-issue", 6, "职工食堂伙食费收支不清、账目从未公开 has no answer: the report has five items and never mentions the canteen."),
    F("copied-measure", 4, "四、 turns the feedback's words back into a promise (针对作业现场安全防护不规范的问题，今后作业现场要按规定摆放锥桶和警示标志): no check, no training, no person, no date."),
    F("late-report", None, "Feedback 2024-11-05, report 2025-02-26: 113 days — the news item itself says 三个月内."),
], must_not_flag=[
    F("unanswered-issue", 1, "Answered under 二、巡路不到位的事 — the report's order differs from the feedback's."),
    F("no-accountability", 3, "0.8万 refunded by all eight; the head 作了检讨, 诫勉谈话 by the 中心党委, 扣了半年绩效."),
    F("no-mechanism", 3, "Overtime pay only with 抢险记录 and photos, after approval."),
    F("no-owner", 1, "“由副站长弓志刚每天晚上检查签字”."),
    F("no-owner", 2, "“负责人：詹秀丽”."),
    F("no-deadline", 5, "Monthly meeting, “长期坚持”."),
    F("weak-leadership", None, "“我是站长，也是支部书记，整改我牵头，每月底在站务会上对一遍账”."),
    F("no-disclosure", None, "“整改情况已在站里的公示栏贴出” (在站内公开)."),
], links=[
    L("巡路日志由副站长弓志刚每天晚上检查签字", 1), L("差的11袋冷补料", 2), L("8名职工每人退回1,000元", 3),
    L("今后作业现场要按规定摆放锥桶和警示标志", 4), L("每月第一个星期一晚上开学习会", 5)])

# p10 茈阳县粮食收储有限公司薃塘粮站 (4 staff, enterprise round): 反馈意见 (GB18030) 一、巡察发现的问题 with （一）–（八）
# HEADING LINES and a detail line under each; 二、整改要求 1．–4． not problems. Report (UTF-8): 1．–8． items, each ending
# in a bracket (负责人；时间).
G["p10"] = dict(mode="pair", issues=8, unanswered=[], must_flag=[
    F("inconsistent-claim", None, "“8个问题已改完7个，还有1个在改”, but the items show 1 (2.1吨 正在对账, 6月底前), 3 (training in June, 夏粮入库前) and 6 (cashier due 5月26日, after the report) all still open."),
    F("no-owner", 3, "3． (熏蒸) has only “（时间：夏粮入库前）” — no person, where every other item's bracket names one and the 整改要求 asked for a 责任人 for each problem."),
], must_not_flag=[
    F("vague-measure", 8, "Opens with “值班这件事我们高度重视” but then a rota, two night rounds signed, and the guard's pay docked."),
    F("no-accountability", 4, "0.6万 repaid; 诫勉谈话, removed as head, moved to the 仓储部."),
    F("no-accountability", 5, "0.9万 booked; the former head 写了书面检查 (on top of #4's removal)."),
    F("no-accountability", 8, "“扣了他当月工资200元” for the guard who left his post."),
    F("no-deadline", 3, "“夏粮入库前” is a plain time limit (the gap is the owner)."),
    F("no-deadline", 1, "6月底前."),
    F("no-owner", 7, "“负责人：保管员谭秀娥”."),
    F("no-mechanism", 2, "Same-day settlement to the farmer's 一卡通, no more 白条."),
    F("no-mechanism", 4, "Three quotes for transport."),
    F("weak-leadership", None, "The former head is gone; the deputy in charge says “整改我负总责”, and a deputy general manager comes monthly."),
    F("no-disclosure", None, "“整改情况在站门口的公示栏贴了” (在站内公开)."),
    F("late-report", None, "Feedback 2025-02-25, report 2025-05-22: 86 days."),
], links=[
    L("差的2.1吨正在和公司仓储部一起对账", 1), L("12户的粮款已全部付清", 2), L("以后熏蒸作业先报公司审批", 3),
    L("多付的0.6万元已由原站长退回公司", 4), L("0.9万元租金已交公司财务入账", 5), L("来之前由我每天和保管员一起点钱、记账", 6),
    L("站里3名党员每月跟公司机关支部过组织生活", 7), L("定了节假日值班表贴在门卫室", 8)])

for name, g in G.items():
    out = {"mode": g["mode"], "issues": g["issues"],
           "answered": {str(i): i not in g["unanswered"] for i in range(1, g["issues"] + 1)},
           "must_flag": g["must_flag"], "must_not_flag": g["must_not_flag"], "links": g["links"]}
    with open(os.path.join(ROOT, name, "gold.json"), "w", encoding="utf-8") as f:
        json.dump(out, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"{name}/gold.json: {g['issues']} issues, {len(g['must_flag'])} must_flag, {len(g['must_not_flag'])} must_not_flag, {len(g['links'])} links")
