# p03 report: a co-operative's part-time branch secretary types the ledger as a table drawn with spaces (as it looks
# when a Word table is retyped in a plain editor): columns padded by display width (a CJK character is two columns),
# long cells wrapped onto continuation lines with the other columns left blank. Defines TEXT for build.py.
import unicodedata


def width(s):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in s)


def wrap(s, cols):
    lines, cur = [], ""
    for c in s:
        if width(cur + c) > cols:
            lines.append(cur)
            cur = ""
        cur += c
    if cur:
        lines.append(cur)
    return lines or [""]


def pad(s, cols):
    return s + " " * (cols - width(s))


COLS = [6, 20, 50, 14, 14, 10]  # display columns: 序号, 问题, 怎么改的, 负责人, 完成时间, 现在怎样
HEAD = ["序号", "问题", "怎么改的", "负责人", "完成时间", "现在怎样"]
ROWS = [
    ["1", "支部作用没发挥",
     "支部会和理事会分开开，每月10号晚上开支部会，先学习半小时再议事；4名一年没参加组织生活的党员，我逐个上门谈了话，6月、7月的支部会都来了",
     "聂长顺", "长期坚持", "已开始"],
    ["2", "盈余分配不按章程",
     "组织党员和社员学习合作社法和章程，今后严格按章程办事，接受社员监督",
     "庹金福", "年底前", "正在改"],
    ["3", "挪用补助2.6万元",
     "2.6万元已由理事长庹金福退回合作社账户，揉捻机归合作社所有；庹金福在支部会上作了检讨，镇党委对他进行了诫勉谈话",
     "庹金福", "6月15日", "已完成"],
    ["4", "会计出纳一人管",
     "出纳换成社员代表阚桂兰，会计请镇农经站代理记账，每季度末三方对一次账",
     "聂长顺", "6月底前", "已完成"],
    ["5", "社务不公开",
     "组织党员和社员学习合作社法和章程，今后严格按章程办事，接受社员的监督",
     "聂长顺", "年底前", "正在改"],
    ["6", "压价收购散户茶青",
     "按说好的价给去年被压价的23户补了差价，共3460元。今年起每天的收购价早上写在收茶点的黑板上",
     "庹金福", "春茶收完前", "已完成"],
    ["7", "锅炉没年检",
     "两台锅炉7月已请县特种设备检验所检验，合格；厂房电线请镇上电工重新拉了",
     "锅炉工老菅", "7月底前", "已完成"],
]


def table():
    rule = "-" * sum(COLS)
    out = [rule, "".join(pad(h, c) for h, c in zip(HEAD, COLS)).rstrip(), rule]
    for row in ROWS:
        cells = [wrap(v, c - 2) for v, c in zip(row, COLS)]
        for i in range(max(len(x) for x in cells)):
            out.append("".join(pad(x[i] if i < len(x) else "", c) for x, c in zip(cells, COLS)).rstrip())
        out.append(rule)
    return "\n".join(out)


TEXT = """蓂山茶叶专业合作社党支部巡察整改情况

县委巡察办、蘵溪镇党委：

5月20日，县委第四巡察组在我社开了反馈会，指出了7个问题。第二天晚上支部开会，11名党员都到了，把7个问题分到了人，列了下面这张表。整改由我（支部书记聂长顺）总负责，每半个月在支部会上对一遍表，镇农业综合服务中心的瞿站长帮我们把关。

""" + table() + """

7个问题已改完4个（第3、4、6、7条），第1条要长期坚持，第2、5条正在改。这张表已经贴在合作社门口的公开栏，7月12日社员大会上也念给大家听了。

蓂山茶叶专业合作社党支部
2025年8月12日
"""
