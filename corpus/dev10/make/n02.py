"""n02 feedback.docx: 校党委巡察组 反馈意见 whose problems sit in a Word table (序号 | 问题类别 | 具体问题),
the category cells merged downwards with w:vMerge; then 整改意见 as plain numbered paragraphs (not problems)."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import build
OUT = os.path.join(os.path.dirname(__file__), "..", "n02")
os.makedirs(OUT, exist_ok=True)
B = []
P = lambda t, **o: B.append(("p", t, o))
P("苕川师范学院党委第三巡察组", center=True, bold=True, size=36, indent=False)
P("关于对文学院党委巡察情况的反馈意见", center=True, bold=True, size=32, indent=False)
P("文学院党委：", indent=False)
P("根据校党委巡察工作安排，2025年9月1日至9月30日，校党委第三巡察组对文学院党委开展了巡察。巡察组通过听取汇报、个别谈话、查阅资料、列席会议、实地走访等方式，共与78名师生个别谈话，调阅党委会和党政联席会会议记录、经费报销凭证、招生复试材料等资料1200余份。现将巡察情况反馈如下。")
P("一、总体评价", bold=True)
P("巡察认为，文学院党委能够贯彻落实校党委决策部署，学科建设取得新进展，汉语言文学专业入选省级一流本科专业建设点，师范生教师资格考试通过率保持在全校前列。学院党委重视教师思想政治工作，师德师风整体向好。")
P("二、巡察发现的主要问题", bold=True)
P("巡察发现的问题按类别列表如下。", indent=True)
c = lambda t, **o: dict(text=t, **o)
V = lambda: {"vmerge": "continue"}
hdr = [c(h, bold=True, center=True) for h in ["序号", "问题类别", "具体问题"]]
rows = [hdr,
 [c("1", center=True), c("党的领导和决策部署落实", vmerge="restart"),
  "学院党委会和党政联席会议事规则自2019年后未再修订，党委把关定向作用发挥不充分，2024年有5次研究教师职称推荐和岗位聘用事项未先经党委会研究。"],
 [c("2", center=True), V(),
  "对哲学社会科学讲座、论坛、报告会审批把关不严，2024年以来举办的38场讲座中有11场未履行报告人审核备案程序。"],
 [c("3", center=True), c("党的建设", vmerge="restart"),
  "教材选用政治把关不到位，部分专业课教材未经学院教材选用委员会审查，3门课程使用境外原版教材未进行内容审读。"],
 [c("4", center=True), V(),
  "学生党员发展把关不严，重数量轻质量，2024年发展的19名学生党员中有6人入党前政治审查材料不全，2名发展对象培养考察期不满一年。"],
 [c("5", center=True), c("全面从严治党和作风建设", vmerge="restart"),
  "横向科研经费管理不规范，2个横向项目在结题前集中列支与项目无关的餐费、礼品费共计3.4万元，学院审核流于形式。"],
 [c("6", center=True), V(),
  "研究生招生复试程序不够严谨，2025年复试中有3份评分表存在涂改且无评委签字确认，复试录音录像资料保存不完整。"],
 [c("7", center=True), c("巡视巡察和审计整改", vmerge="restart"),
  "上轮巡察指出的“教学事故认定处理不严”问题整改不到位，2024年发生2起调停课不报备的教学事故，未按规定认定和通报。"],
]
B.append(("tbl", [800, 2200, 6000], rows, 1))
P("三、整改意见", bold=True)
P("1.切实履行整改主体责任。学院党委要对照反馈问题建立台账，明确责任人和完成时限，党委书记要亲自抓、负总责。")
P("2.健全完善制度机制。要围绕议事决策、意识形态阵地管理、经费使用、招生考试等关键环节查漏补缺，形成长效机制。")
P("3.强化成果运用。要把巡察整改与学科评估、师德师风建设结合起来，以整改实效推动学院事业发展。")
P("学院党委应在收到本反馈意见之日起3个月内，将整改情况报告和主要负责人组织落实整改情况报告报送校党委巡察办。")
P("苕川师范学院党委第三巡察组", indent=False)
P("2025年10月21日", indent=False)
build(os.path.join(OUT, "feedback.docx"), B)
