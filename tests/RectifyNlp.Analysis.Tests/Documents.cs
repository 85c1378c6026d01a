namespace RectifyNlp.Analysis.Tests;

/// <summary>A small feedback and a report that answers it well; tests change one thing at a time.</summary>
internal static class Documents
{
    public const string Feedback = """
        区委第一巡察组关于巡察区农业农村局党组的反馈意见
        2025年3月，区委第一巡察组对区农业农村局党组开展了常规巡察。
        一、巡察发现的主要问题
        1.高标准农田建设项目推进缓慢，年度计划建设的2万亩仅完成0.6万亩。
        2.违规发放补贴，2024年局机关以“值班补助”名义向工作人员发放补贴4.2万元。
        3.涉农资金管理制度缺失，项目资金拨付缺少审核流程。
        4.机关党支部“三会一课”落实不到位，组织生活会批评与自我批评流于形式。
        二、整改意见
        要对照问题逐项整改，按时报送整改情况报告。
        """;

    /// <summary>
    /// A feedback in two areas, two problems each (a supply cooperative's), for reports that give owners, time limits and
    /// rules by the problems' numbers.
    /// </summary>
    public const string SupplyCoopFeedback = """
        县委第四巡察组关于巡察县供销合作社联合社党组的反馈意见
        一、贯彻落实上级决策部署方面
        （一）农资储备任务落实不到位。2024年春耕化肥储备仅完成计划的六成，2个乡镇网点断供半个月。
        （二）农产品收购价格不公示。3个收购点未张贴收购价格，群众反映压级压价。
        二、全面从严治党方面
        （一）公务用车管理不规范。1辆公务车节假日未入库封存，出车记录事后补登。
        （二）门市部现金收入未及时入账。最长在出纳处滞留40天，累计金额2.3万元。
        县委第四巡察组
        2025年3月10日
        """;

    public const string GoodReport = """
        中共区农业农村局党组关于巡察整改情况的报告
        2025年4月10日，区委第一巡察组向局党组反馈了巡察意见，现将整改情况报告如下。
        局党组成立巡察整改工作领导小组，党组书记任组长，对重点问题直接部署、直接督办。
        一、关于“高标准农田建设项目推进缓慢”的问题
        责任领导：分管副局长；完成时限：2025年9月底。实行周调度，已完成建设1.5万亩，其余0.5万亩正在施工。
        二、关于“违规发放补贴”的问题
        违规发放的4.2万元已全部清退，对负有直接责任的办公室主任给予诫勉谈话。
        三、关于“涉农资金管理制度缺失”的问题
        制定《涉农资金拨付审核办法》，实行科室初审、财务复核、分管领导审批三级审核。已完成。
        四、关于“机关党支部‘三会一课’落实不到位”的问题
        制定年度党课计划，重新召开专题组织生活会，班子成员逐一开展批评与自我批评。已完成。
        整改情况已于2025年6月20日在局门户网站公开。
        中共区农业农村局党组
        2025年6月30日
        """;

    /// <summary>The good report with one piece of text replaced (the replaced text must be there).</summary>
    public static string Report(string find, string replace)
    {
        Assert.Contains(find, GoodReport, StringComparison.Ordinal);
        return GoodReport.Replace(find, replace, StringComparison.Ordinal);
    }
}
