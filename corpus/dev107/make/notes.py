"""Write p01..p10/notes.md for dev107 from the hand-written notes below plus each pair's gold.json (so the gold
section of a note always matches the gold). Run after gold.py: python3 make/notes.py"""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N = {}
N["p01"] = dict(
    unit="藠山县风力发电有限责任公司党支部 (a county-owned wind-power company; enterprise round of the 县国资委党委)",
    forms=["feedback.txt (UTF-8, LF): formal 反馈意见 of the 县国资委党委第二巡察组; 一、巡察发现的主要问题 with three areas "
           "（一）（二）（三）…方面 and continuous 1．–10． “heading。detail” lines; 二、整改意见 （一）–（三） and the deadline sentence are not problems.",
           "report.docx (DOCX, landscape): covering text 一、整改工作组织情况 (领导小组, 第一责任人, totals), 二、 a Word table with the "
           "four parts as columns 序号｜问题表现｜原因剖析｜整改措施｜整改成效｜责任领导｜完成时限 (10 rows), 三、下一步打算, a disclosure sentence."],
    dates="Feedback 2025-04-22; report 2025-07-14: 83 days, inside three months (not late).",
    problems=["分散式风电项目推进迟缓", "“三重一大”执行不严 (186万 contract)", "安全生产责任 (定检超期, 螺栓记录, 灭火器)",
              "运维外包监管 (无证上塔, 扣款未执行)", "物资管理混乱 (盘亏3.2万)", "违规发放津补贴 (5.4万)",
              "生产用车管理不严 (incl. ~0.8万 fuel over-claimed)", "“三会一课”不规范", "意识形态 (公众号无审核)", "选人用人不规范"],
    answers=["row 1: 党支部专题会议, 专班, 9-item 手续清单, weekly 调度", "row 2: contract re-studied, 总经理 提醒谈话, 清单 revised (50万 threshold)",
             "row 3: 3 定检 done, 33 turbines checked, 26 extinguishers, 场长 诫勉, 《风机定检计划管理办法》",
             "row 4: 2 workers removed, 2.6万 deducted, 外包办法 revised", "row 5: 盘点, 保管员 赔偿+批评, 主任 诫勉, 采购办法",
             "row 6: 3.9万 back, 1.5万 pending, 禚立春 党内警告, 薪酬办法 revised", "row 7: 派车单, GPS, 《生产用车管理规定》 — no recovery, nobody dealt with",
             "row 8: annual plan, 党课, record format", "row 9: 3 articles deleted, 三审 rule, training", "row 10: procedures redone, 14 files, 批评教育, 选任办法"],
    traps=["The 问题表现 column restates the feedback: it is problem text, not a (copied) measure; links are taken from the 整改措施 column only.",
           "The 原因剖析 column speaks of 责任意识不强、制度不健全、监督不到位: it is neither a measure, an owner nor a rule.",
           "The claim sits in the result column: row 6's 整改成效 says all 5.4万 is back while its own 整改措施 says 1.5万 is pending.",
           "Row 9's 责任领导 cell is filled — with “公司各部门”, which names nobody.",
           "The covering text's totals (警告1, 诫勉2, 提醒1, 批评教育2; 5 new + 3 revised rules) do add up with the rows; only the 5.4万/all-done claim does not."],
    may=["Row 7 could also earn a note that the 原因剖析's “车辆管理制度缺失” is answered (it is: a rule is made).",
         "Row 2 (a procedural breach by the 总经理) answered by a 提醒谈话 only: an inspector might call it light, not missing.",
         "Row 10: a 批评教育 for a clerk while the appointments were the branch's own decision — debatable weight."])
N["p02"] = dict(
    unit="蕹城县区域医学检验中心党支部 (a county regional medical laboratory centre under the 卫健局)",
    forms=["feedback.txt (GB18030, CRLF): the 组长's speech at the 反馈会; praise, then 第一，…第九， paragraphs (one problem each), "
           "a 移交 sentence, then 一要…三要 requirements (not problems) and the three-month sentence.",
           "report.txt (UTF-8, LF): 一、组织领导 (领导小组, 第一责任人, totals), 二、 nine （N）关于“…”的问题 items with lines 问题表现： / 原因剖析： / "
           "整改措施：(一是…) / 责任领导：…；完成时限：… / 整改成效：, 三、建立健全长效机制, 四、下一步打算, disclosure. GOOD REPORT."],
    dates="Speech 2025-05-13; report 2025-08-01: 80 days (not late).",
    problems=["医共体送检覆盖不足", "检验质量管理漏洞 (室间质评, 危急值)", "标本转运不规范", "试剂耗材采购不严 (投放仪器3台)",
              "接受供应商宴请和旅游", "收费不规范 (多收1.86万)", "基层党组织弱化", "干部队伍建设滞后", "审计整改不到位 (19台设备)"],
    answers=["（一）: 14 agreements, 2 routes, 7 items stopped, 32 互认", "（二）: cause analysis, 修订危急值制度, monthly checks",
             "（三）: 18 cold boxes, 转运规范, training", "（四）: 集中采购, 3 instruments registered, 采购办法, 科长 批评教育 (owner and date only in its 成效)",
             "（五）: 2 诫勉, 0.42万 上交, 警示教育, 负面清单", "（六）: 1.86万 refunded, 互斥规则, 科长 批评教育 (rule in 三、长效机制)",
             "（七）: monthly meetings, 3 积极分子, 专题组织生活会", "（八）: 选拔聘任办法, 2 chiefs chosen (date in its 成效), training plan",
             "（九）: 19 devices booked, 固定资产管理办法 revised, 批评教育"],
    traps=["Owner and time limit of （四） are only in its 整改成效 (由副主任詹若渔牵头, 已于2025年6月20日完成).",
           "The rule for （六） is only in the closing 长效机制 section (“针对检验收费不规范问题新建《检验收费月度自查制度》”).",
           "（八）'s 责任 line has no date; the date is in its 整改成效.",
           "Each 原因剖析 is general (责任意识不强、制度执行不严、监督不到位) and is not a measure.",
           "The speech's 一要…三要 repeat words of the problems (责任人和时限, 建章立制) and are not problems."],
    may=["Linking the 长效机制 sentence on 检验收费 to problem 6 would be right, but it is not required (the item itself has measures).",
         "（一）'s 互认 is “长期推进” beside a date: fine."])
N["p03"] = dict(
    unit="蓂溪九年一贯制学校党支部 (a county nine-year school; county round)",
    forms=["feedback.html (UTF-8, LF): a 县纪委监委 website news page with navigation, crumbs, share links and footer; the problems are inline "
           "一是…八是 in the 巡察组指出 paragraph; the 要求 paragraphs are not problems.",
           "report.txt (UTF-16 LE with BOM, LF): own （一）–（七） headings “关于…的问题”; four items carry 【问题表现】【原因剖析】【整改措施】【整改成效】, "
           "three only 【整改措施】【完成情况】; a bracket (责任人；时限) after the measures; problem 六 is skipped."],
    dates="Meeting 2025-03-17 (news 03-18); report 2025-06-06: 81 days (not late).",
    problems=["“双减”落实不到位", "教学质量管理不严", "校园安全隐患 (消防通道, 燃气报警器)", "食堂管理不规范", "违规征订教辅 (3.6万)",
              "课后服务经费 (1.2万 to non-serving staff)", "党组织领导的校长负责制不到位", "教师有偿补课, 师德考核"],
    answers=["（一）: 作业统筹 and weekly posting, monthly survey, 绩效", "（二）: 修订检查办法, fortnightly 教研, 汇报课",
             "（三）: 杂物 cleared, 报警器 repair being arranged, weekly patrol — no date", "（四）: county tender, 陪餐办法",
             "（五）: 3.6万 refunded, 诫勉 + 提醒谈话", "problem 6: NOT ANSWERED", "report （六）: 党支部会议议事规则 (answers problem 7)",
             "report （七）: 2 teachers 警告处分, pledges, 师德考核办法 (answers problem 8)"],
    traps=["The report numbers its own items （一）–（七）: （六） and （七） answer feedback problems 7 and 8, not 6 and 7.",
           "The addressee line names the 县委巡察工作领导小组: that is not a rectification leading group.",
           "Items name 党支部书记、校长蒯文澜 as 责任人 for three problems: owning items is not leading the rectification.",
           "“大部分已整改到位” is a vague claim, not a contradicted figure."],
    may=["（三） could also be called weak in substance (报警器 still not repaired) and without a rule.",
         "（一）'s “此后长期坚持” beside a date is fine."])
N["p04"] = dict(
    unit="萴溪市强制隔离戒毒所党委 (a city compulsory drug-rehabilitation centre; within-system round of the 市司法局党委)",
    forms=["feedback.docx (DOCX): title, intro, 一、巡察发现的主要问题 with eleven bold （一）–（十一） heading paragraphs each followed by a plain "
           "detail paragraph; 二、整改要求 一要…三要 and the three-month sentence are not problems.",
           "report.txt (GB18030, LF): 一、整改工作总体情况 (领导小组, totals), 二、 eleven “一、关于“…”的问题” items (the item numbering restarts "
           "under the section) with 存在问题： / 问题根源： / 整改措施： / 责任领导…；完成时限： / 完成情况：, and 长效机制： as a fifth part on three items; "
           "三、下一步工作打算; disclosure promised."],
    dates="Feedback 2024-11-14 (三个月内); report 2025-03-28: 134 days — LATE.",
    problems=["学习贯彻不深入", "戒治主业有差距", "所内安全隐患 (探头, 补记)", "所内消费管理 (0.74万 未清退)", "医疗经费和药品管理混乱",
              "违反八项规定 (2.3万 餐费)", "民警执勤执法不规范", "生产习艺项目管理不规范", "基层党组织薄弱", "民警队伍短板", "上轮巡察整改不彻底"],
    answers=["一: 学习计划, 模式调整", "二: 312 方案, 矫治室 opening, 规范", "三: 17+6 探头, 2 民警 批评教育, 电子签到 (rule under 长效机制)",
             "四: 43 prices, 0.74万 returned, 科长 批评教育 (rule under 长效机制)", "五: 盘点, 销毁, 分账, 批评教育 — no rule",
             "六: 1.4万 退赔, 党内警告, 诫勉, 办法 revised", "七: 通报批评3, 政务警告2, 执勤考核细则",
             "八: pasted boilerplate only", "九: 换届, 谈心谈话, 联系点", "十: the same boilerplate", "十一: 13 files, 提醒谈话 (rule under 长效机制)"],
    traps=["The 长效机制 part is where three items' rules are: an analyser that reads only 整改措施 will wrongly find no rule for 三、四、十一.",
           "问题根源 of 五 says 药品管理制度不健全、执行不严 — a cause, not a rule made.",
           "The boilerplate of 八 and 十 has a different first clause (针对…的问题) and is then identical; the links use those first clauses.",
           "The report's own sub-numbering 一、–十一、 sits under 二、反馈问题整改落实情况 and repeats the section numerals."],
    may=["八 and 十 are also vague (slogans, “已完成整改”/“持续推进”); 十's 完成时限 “长期坚持” with no date might be raised too.",
         "The disclosure is promised (“将在市司法局门户网站公开”), not yet done — accepted here as the usual wording."])
N["p05"] = dict(
    unit="薤川县红色教育培训中心党支部 (a county red-education training centre; county round)",
    forms=["feedback.txt (UTF-8, CRLF): a 问题清单 with 问题1：…问题9： heading lines each followed by 具体表现：; the 整改要求 sentence is not a problem.",
           "report.html (UTF-8, LF): a public 关于巡察整改进展情况的通报 on the county government site, with 信息公开 table (索引号, 发布机构, "
           "成文日期, 公开方式：主动公开), 一、组织情况 + totals, 二、 nine 问题N： items each with 原因剖析： / 整改措施：(bracket) / 整改成效：, "
           "三、下一步, comment deadline, phone, address."],
    dates="Feedback 2025-06-10; 通报 2025-08-28: 79 days (not late).",
    problems=["主业定位偏差", "课程和现场教学点滞后", "师资库管理 (0.96万 课酬)", "培训收费 (备案标准, 3.1万 返点)", "违规公务接待 (1.7万)",
              "食堂和客房经营 (0.9万 未入账)", "意识形态阵地管理", "“三会一课”和主题党日质量", "安全管理 (接送车辆, 消防演练)"],
    answers=["1: stopped 商务会议, 6 courses, 12 agreements", "2: 17 corrections, 审核制度, 2 new sites", "3: 外聘教师管理办法, 4 removed, 0.96万 back, 批评教育",
             "4: slogans only", "5: 1.7万 退赔, 诫勉, 接待办法 revised", "6: re-tender, no cash, 0.9万 booked, 批评教育, 日结制度",
             "7: the feedback turned into a promise", "8: slogan opening, then plan, 专题组织生活会, 党课", "9: 2 agreements, 3 vehicles pending, 车辆规定, 1 drill"],
    traps=["Every 问题N： heading restates the feedback's heading: it is problem text, not a copied measure (copied-measure is only 问题7's 整改措施).",
           "The inconsistency is between a 整改成效 (接送车辆资质核验已全部完成) and its own 整改措施 (正在办理), and the all-done total.",
           "Money and sanction totals do add up (0.96 + 1.7 + 0.9 = 3.56万; 诫勉1, 批评教育2; 4 new + 1 revised)."],
    may=["问题4 also leaves the 3.1万 返点 unhandled: no-accountability #4 is arguable beside the vague measure.",
         "问题7 is also vague; the gold keeps it as copied-measure."])
N["p06"] = dict(
    unit="蘩阳县渔业船舶检验站党支部 (a county fishing-vessel inspection station; county round)",
    forms=["feedback.txt (GB18030, LF): 反馈意见 with three areas 一、二、三、在…方面 and RESTARTING 1．–4． heading。detail lines (4+4+4); "
           "the closing 要求 paragraph is not a problem.",
           "report.docx (DOCX): bold item headings 一、–十二、关于…的问题; under each, bold label paragraphs 问题表现 / 原因剖析 / 整改措施 / 责任分工 / "
           "整改成效 (and 下一步打算 on three items), each followed by a plain paragraph; 总体情况 with 领导小组 and totals; no disclosure."],
    dates="Feedback 2025-04-08; report 2025-06-30: 83 days (not late).",
    problems=["渔船安全监管 (检验率81%, 9 ships)", "“三无”船舶清理", "检验信息化滞后", "服务渔民意识", "检验收费廉政风险 (现金, 1.3万 延迟入账)",
              "违规出具检验证书 (3 without boarding)", "差旅费 (0.6万)", "固定资产 (测厚仪)", "“三会一课”", "党员教育管理 (党费)",
              "检验员能力 (过期证书)", "审计整改 (2.8万 往来款)"],
    answers=["一: 9 ships inspected, 到期台账, 联合核查", "二: 5 scrapped, 4 on notice (owner in 成效, 下一步 for the rest)",
             "三: 1260 records entered, terminals, interface tested", "四: 一次告知、一次办结, 预约服务制度, 渔港 days",
             "五: fee list posted, entries checked, 2 批评教育 — rule only promised in 下一步打算", "六: 3 certificates revoked, re-inspection, gear fitted, 影像留存制度 — nobody dealt with",
             "七: 0.6万 back, 会计 批评教育, 规定 revised", "八: 清查建账, 2 devices retrieved; rule named in 成效",
             "九: plan, monthly meetings", "十: dues paid, 批评教育", "十一: licence suspended, 4 trained", "十二: 3 recovered, 1 written off"],
    traps=["下一步打算 promises (下一步将研究制定…) are not rules made; 八's rule, though, IS made and is named only in 整改成效.",
           "二's owner is only in 整改成效 (此项工作由副站长郦南坪牵头).",
           "False friends for disclosure: 村务公开栏张贴认领公告 (a notice to ship owners), 张贴检验收费标准, 党费…在支部内公布.",
           "The restarting 1．–4． numbering: twelve problems, not four.",
           "六's 原因剖析 names the 检验员's fault: naming a fault is not holding anyone to account."],
    may=["三 and 十一 are honest 正在推进 items with dates — fine.", "十一 (a 检验员 working with an expired licence) answered by suspension: some would want a sanction too."])
N["p07"] = dict(
    unit="荮原县企业退休人员社会化管理服务中心党支部 (a county service centre for retired enterprise staff; county round)",
    forms=["feedback.txt (UTF-8, LF): the 组长's speech; three paragraphs 从…看，一是…；二是…… with the 一是 numbering RESTARTING in each (3+4+3); "
           "一要…四要 are requirements, not problems.",
           "report.txt (UTF-8, CRLF): covering text (领导小组, 第一责任人), 一、整改总体进展 (totals), 二、 a ｜-separated ledger "
           "序号｜存在问题｜原因剖析｜整改措施｜整改成效｜责任人｜完成时限 with 10 rows, 三、下一步打算, disclosure."],
    dates="Speech 2025-03-06 (三个月内); report 2025-06-30: 116 days — LATE.",
    problems=["社会化管理移交率68%", "资格认证把关不严 (4.2万 多发)", "档案管理 (132份)", "慰问金发放 (重复领取)", "违规发放购物卡 (1.8万)",
              "财务管理 (11笔 未集体研究)", "窗口服务作风", "老年活动室闲置", "退休党员管理 (31名)", "下基层走访少"],
    answers=["1: 1046 transferred, 2 stations, 月通报机制", "2: monthly data checks, 3.5万 recovered + 0.7万 enforcement, 2 诫勉, 认证办法",
             "3: files completed, equipment", "4: 0.45万 recovered, 批评教育, bank payment", "5: 1.8万 returned, 原主任 党内警告, 警示教育",
             "6: 财务制度 revised, 11 items documented, 会计 批评教育", "7: 23-item list, 好差评, 1 moved", "8: repair, 开放管理制度 — 完成时限 “视维修改造进度推进”",
             "9: 27 transferred, 4 流动党员, 联系卡制度", "10: slogans only"],
    traps=["In the speech each paragraph restarts 一是: ten problems, not four.",
           "Ledger fields: links sit in field 4 (整改措施); the 存在问题 field restates the feedback.",
           "Row 2 “剩余0.7万元已向法院申请强制执行” and the total “2个正在推进” agree — no inconsistency."],
    may=["Row 3 (archives) has no lasting rule: arguable, not gold.", "Row 10's vagueness also leaves no owner action — only vague-measure is gold."])
N["p08"] = dict(
    unit="茳桥县城市户外广告管理处党支部 (a county outdoor-advertising management office under the 城市管理局; county round)",
    forms=["feedback.html (GB18030, <meta charset=gb18030>, LF): an old-style 纪委 website news page (table layout, menu, crumbs, footer); all eight "
           "problems in one sentence “但也存在……；……；……等问题”; the 要求 paragraph is not a problem.",
           "report.txt (UTF-8, LF): 一、整改工作组织情况 (领导小组, totals), 二、 own items 一、–七、关于…的问题 with 问题表现： / 原因剖析： / 整改措施：(bracket) / "
           "整改成效：, 长效机制： on two items, 三、下一步打算, disclosure. Problem 5 (公益广告) is skipped."],
    dates="Meeting 2025-05-20 (news 05-21); report 2025-08-12: 84 days (not late).",
    problems=["精细化管理部署不到位 (主干道违规广告)", "审批把关不严 (未经安全评估)", "大型设施安全检查流于形式", "有偿使用费欠缴86万",
              "公益广告比例不达标", "违规为关系单位减免使用费", "执法人员以罚代管", "“三会一课”不经常"],
    answers=["一: 137 boards removed, 212 signs, 联动机制", "二: 19 assessments, 2 removed, 评估规定, 科长 诫勉 (owner and date in 成效)",
             "三: the feedback turned into a promise", "四: 52万 collected, 34万 分期, enforcement (rule in 长效机制)", "problem 5: NOT ANSWERED",
             "report 五: 21.6万 reclaimed/14.2万 paid, 减免审批办法 — nobody dealt with (answers problem 6)",
             "report 六: 86 files reviewed, 3 corrected, 暂扣执法证, 2 批评教育, 裁量基准 (answers problem 7)", "report 七: plan, 5 示范岗 (answers problem 8)"],
    traps=["The report's own 五、六、七、 answer problems 6, 7, 8.",
           "二's owner and date are only in its 整改成效.",
           "一 opens by restating the problem (针对…的问题) before real acts: not copied.",
           "处务公开栏公示 of fee cuts is part of a rule, not disclosure of the rectification (which is on the 城市管理局 website).",
           "The report repeats 一、 numerals at two levels (sections and items)."],
    may=["三 is also vague; the gold keeps copied-measure.", "The report never says how many problems it answers; an inspector would count and find 5 missing."])
N["p09"] = dict(
    unit="藋岭县公路勘察设计院党支部 (a county highway survey and design institute; county round)",
    forms=["feedback.txt (UTF-16 LE with BOM, LF): 反馈意见 with （一）–（十三） “heading。detail” lines; the closing 要求 paragraph is not a problem.",
           "report.txt (GB18030, CRLF): a short covering paragraph (院务会议, 综合办公室牵头), then （一）–（十三）关于…的问题; items （一）–（六） have "
           "问题表现： / 原因剖析： / 整改措施： / 责任人：…；完成时限：… / 整改成效：, items （七）–（十三） only 整改措施 / 责任人 / 完成情况. "
           "No disclosure, no totals. Plainly weak."],
    dates="Feedback 2025-05-27; report 2025-08-20: 85 days (not late).",
    problems=["服务重点项目主动性不强", "勘察质量 (310万 变更)", "技术审查不到位", "对外承揽 (出借资质风险)", "合同管理 (少收41万)",
              "违规发放奖金 (12.8万)", "公车私用、私车公养 (副院长, 0.9万)", "财务报销 (0.62万 重复)", "党支部政治功能", "党员发展和教育",
              "人才队伍滞后", "档案和保密", "上轮巡察整改不彻底 (内控)"],
    answers=["（一）: 21 schedules, 周报, 扣绩效", "（二）: review, 2 负责人 扣绩效+通报批评, 规定 revised", "（三）: 三级校审, e-ledger",
             "（四）: partnerships ended, 诫勉, 承揽办法", "（五）: legal review, 29万 + 12万 协议", "（六）: 12.8万 returned, 批评教育, 分配办法",
             "（七）: car taken back, fuel stopped, 用车规定 — no recovery, nobody dealt with", "（八）: 0.62万 recovered, 批评教育",
             "（九）: business item per meeting, 先锋岗", "（十）: 复查, 报上级处理, plan", "（十一）: plan — 责任人 “全院各科室”",
             "（十二）: 集中归档, 专人专柜", "（十三）: 内控汇编 revised, half-yearly checks"],
    traps=["The addressee “县委巡察工作领导小组” is not a rectification leading group.",
           "Items name 院长郜明远 as 责任人 several times: owning items is not leading the rectification.",
           "Half the items lack 问题表现/原因剖析: a missing cause part is not a gap kind."],
    may=["（九） “持续推进” with a date: fine.", "（十） hands the case to the upper party organisation: acceptable.",
         "The report says nothing about a 主要负责人 report or totals; an inspector may ask for both."])
N["p10"] = dict(
    unit="蘅台县纸业有限责任公司党总支 (a county-owned paper company; county round)",
    forms=["feedback.txt (UTF-8, LF): 反馈意见 with 一、–十一、 “heading。detail” lines, then 整改建议 （一）–（三） (not problems) and the deadline sentence.",
           "report.txt (UTF-8, LF): 第一部分 组织推进 (领导小组, 第一责任人, totals), 第二部分 eleven “一、关于“…”的问题” items each holding NUMBERED parts "
           "（一）问题表现 （二）原因剖析 （三）整改措施 (with 1．2．3． and a bracket) （四）整改成效 and on five items （五）长效机制, 第三部分 下一步打算, disclosure. GOOD REPORT."],
    dates="Feedback 2025-06-17; report 2025-09-05: 80 days (not late).",
    problems=["国企改革部署不到位", "环保主体责任", "安全生产漏洞 (有限空间)", "原料采购 (废纸过磅)", "应收账款427万", "违规出借资金150万",
              "违规发放购物卡2.4万", "规避招标96万", "党总支领导作用", "职工民主管理", "干部人才队伍老化"],
    answers=["一: plan revised, 1.1万㎡ leased, land to 收储", "二: monitoring calibrated, records, 批评教育, 规程 (长效机制)", "三: 23 signs, approvals, drill, 诫勉",
             "四: video, three-party weighing, price group, 批评教育", "五: 一户一策, 268万 + 159万 诉讼, 批评教育 (rule in 长效机制)",
             "六: 90万 back, 60万 sued and frozen, 党内严重警告, 资金办法", "七: 2.4万 returned, 党内警告, 诫勉", "八: 清查, 政务警告, 招标办法",
             "九: 章程 amended, 22-item 清单", "十: 职代会 held, 公开栏 monthly (owner in 成效)", "十一: 3 young managers, 定向培养, 师带徒"],
    traps=["The numbered parts （一）–（五） inside each item are parts, not problems: eleven problems.",
           "十's owner is only in 整改成效 (由党总支副书记、工会主席殳文秀牵头).",
           "五's rule is only in the （五）长效机制 part.",
           "二 and 三 share an opening clause (坚持当下改与长久立相结合。) but are different measures.",
           "The feedback's 整改建议 （一）–（三） repeat problem words (违规出借资金…规避招标) and are not problems.",
           "厂务公开栏 appears both as a problem (十) and as part of the disclosure; the disclosure also names the company website."],
    may=["一 and 六 are 持续推进 with dates: fine.", "八's accountability came from the 纪检监察组's check: still accountability."])


def gold_lines(g):
    out = []
    for lst in ("must_flag", "must_not_flag"):
        out.append(f"\n### {lst}\n")
        if not g[lst]:
            out.append("- none (good report)")
        for f in g[lst]:
            where = "document" if f["issue"] is None else f"problem {f['issue']}"
            out.append(f"- `{f['kind']}` ({where}): {f['why']}")
    out.append("\n### links (exact substrings of the report's 整改措施 parts)\n")
    for l in g["links"]:
        out.append(f"- problem {l['issue']}: “{l['measure']}”")
    return out


for name, n in N.items():
    g = json.load(open(os.path.join(ROOT, name, "gold.json"), encoding="utf-8"))
    lines = [f"# {name} (d107-{name[1:]}) — {n['unit']}", "", "## Forms", ""] + [f"- {x}" for x in n["forms"]]
    lines += ["", "## Dates", "", n["dates"], "", f"## Problems in order ({g['issues']})", ""]
    lines += [f"{i}. {p}" for i, p in enumerate(n["problems"], 1)]
    assert len(n["problems"]) == g["issues"], name
    lines += ["", "## What answers each problem (the links)", ""] + [f"- {a}" for a in n["answers"]]
    lines += ["", "## Gold (from gold.json)"] + gold_lines(g)
    lines += ["", "## Traps", ""] + [f"- {t}" for t in n["traps"]]
    lines += ["", "## May report (debatable; not gold)", ""] + [f"- {m}" for m in n["may"]]
    open(os.path.join(ROOT, name, "notes.md"), "w", encoding="utf-8").write("\n".join(lines) + "\n")
    print(f"{name}/notes.md")
