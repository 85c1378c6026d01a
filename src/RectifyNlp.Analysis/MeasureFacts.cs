using System.Collections.Immutable;
using System.Text.RegularExpressions;

namespace RectifyNlp.Analysis;

/// <summary>What one measure states about itself.</summary>
/// <param name="Owner">Its responsible leader or department, or null.</param>
/// <param name="Deadline">Its time limit, or null.</param>
/// <param name="Status">Its status.</param>
/// <param name="LongTerm">Whether it is stated as ongoing (长期坚持, 常态化): not a gap where a deadline is missing.</param>
/// <param name="Figures">The figures it gives.</param>
/// <param name="IsConcrete">Whether it names a concrete act, object, number or document.</param>
/// <param name="IsSlogan">Whether it is made of slogans with nothing concrete.</param>
/// <param name="IsNonMeasure">Whether it only says work goes on (正在研究, 持续推进).</param>
/// <param name="NamesLeader">
/// Whether its owner is a leader, a person who answers for it (责任领导：副局长X, 由党委书记X牵头), not only a department.
/// </param>
public sealed record MeasureFacts(
    string? Owner,
    string? Deadline,
    MeasureStatus Status,
    bool LongTerm,
    ImmutableArray<string> Figures,
    bool IsConcrete,
    bool IsSlogan,
    bool IsNonMeasure,
    bool NamesLeader = false)
{
    /// <summary>Whether its owner is only whoever it says does the work (由化验员柏丽取样), with no one named to answer for it.</summary>
    public bool OwnerIsDoer { get; init; }
}

/// <summary>Reads owner, time limit, status, figures and concreteness from a measure's own text.</summary>
public sealed partial class MeasureFactReader(AnalysisCues cues)
{
    private readonly AnalysisCues _cues = cues ?? throw new ArgumentNullException(nameof(cues));

    /// <summary>The facts <paramref name="text"/> states. A document-wide claim (每个问题均明确责任领导) is not an owner.</summary>
    public MeasureFacts Read(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (owner, leader, doer) = _cues.OwnerClaim.IsMatch(text) ? (null, false, null) : OwnerOf(text);
        var deadline = Group(_cues.Deadline.Match(text), "when");
        var longTerm = _cues.StatusLongTerm.IsMatch(text);
        var status = StatusOf(text);
        var figures = _cues.Figure.Matches(text).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToImmutableArray();
        // The patterns do not cross a clause boundary (，；。), so one match over the text tells whether any clause matches.
        // Fields (责任领导：…；完成时限：…) say who and when, not what is done: 完成时限 is no act of 完成.
        var acts = FieldRegex().Replace(text, "");
        // A label or a reference (措施5： / （对应反馈问题第4项）) numbers the measure; its digits are no figure of what was done.
        acts = _cues.MeasureLabel.Replace(acts, "");
        // A clause that is a slogan (进一步加强村务公开工作) names no act by the act word in it; one with a figure or a
        // document still does. Nor does a clause that only says where the item stands (已完成。) by its 完成.
        var concrete = _cues.ConcreteAct.IsMatch(acts)
            && ClauseRegex().Split(acts).Any(c => _cues.ConcreteAct.IsMatch(c) && !(_cues.Slogan.IsMatch(c) && !c.Any(char.IsDigit) && !c.Contains('《'))
                && !(c.Trim().Length <= MaxStatusOnly && _cues.StatusDone.IsMatch(c)));
        var isSlogan = !concrete && _cues.Slogan.IsMatch(acts);
        var isNonMeasure = _cues.NonMeasure.IsMatch(text.Trim());
        return new MeasureFacts(owner ?? doer, deadline, status, longTerm, figures, concrete, isSlogan, isNonMeasure, leader) { OwnerIsDoer = owner is null && doer is not null };
    }

    /// <summary>Longest clause that only says where an item stands (已完成 / 均已办结).</summary>
    private const int MaxStatusOnly = 6;

    // A person by title: 书记, 局长, 副乡长, 主任, 经理 …; or the writer of a first-person report (此项由我负责), its principal.
    [GeneratedRegex("^(我本人|我|本人)$|(书记|[局县乡镇区市省部处科股院校馆所站场队社行]长|主任|经理|董事长|总监|主席|委员|组长|同志)")]
    private static partial Regex LeaderTitleRegex();

    /// <summary>The owner <paramref name="text"/> names, as <see cref="Read"/> gives it, without reading its other facts.</summary>
    public string? OwnerIn(string text) => _cues.OwnerClaim.IsMatch(text) ? null : OwnerOf(text) is var (owner, _, doer) ? owner ?? doer : null;

    [GeneratedRegex("[，,；;。]")]
    private static partial Regex ClauseRegex();

    /// <summary>The text without its fields (责任领导：…；完成时限：…).</summary>
    internal static string ActsOf(string text) => FieldRegex().Replace(text, "");

    /// <summary>
    /// What a text says was or will be done, its bracketed group of who and when (（责任人：……；完成时限：……；已完成）) left out
    /// whole, a bare 已完成 among the fields included: the group says nothing of what was done.
    /// </summary>
    internal static string ActsWithoutFieldGroup(string text) => ActsOf(FieldGroupRegex().Replace(text, ""));

    [GeneratedRegex("[（(][^（）()]*" + FieldLabel + "[^（）()]*[）)]")]
    private static partial Regex FieldGroupRegex();

    /// <summary>The status a text states: done wins over in progress where the text says both of different items only if nothing remains.</summary>
    public MeasureStatus StatusOf(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_cues.StatusInProgress.IsMatch(text))
        {
            return MeasureStatus.InProgress;
        }

        if (_cues.StatusDone.IsMatch(text))
        {
            return MeasureStatus.Done;
        }

        if (_cues.StatusPlanned.IsMatch(text))
        {
            return MeasureStatus.Planned;
        }

        return _cues.StatusLongTerm.IsMatch(text) ? MeasureStatus.InProgress : MeasureStatus.Unknown;
    }

    /// <summary>
    /// The first owner named, and whether a leader is among the owners named: a leader's field filled in (责任领导：…,
    /// 责任人：…) or a person by title (由副局长X牵头), not a department alone (由人事科负责). A leader field left blank
    /// (责任领导：— in a ledger whose form asks for one) means nobody answers for the item, whatever department is named
    /// beside it, unless the item's own words name a leader (这项工作由副主任X负责).
    /// </summary>
    private (string? Owner, bool Leader, string? Doer) OwnerOf(string text)
    {
        string? owner = null;
        string? doing = null;
        string? field = null;
        var leader = false;
        var blankLeader = false;
        // Whoever a small unit's item says does the work (由化验员柏丽取样送检 / 记录由党员吉小波记) owns it when the item has no
        // owner field: one that is there, even left blank (责任领导：/), says who answers for it, and the doer does not.
        var ownerField = OwnerFieldRegex().IsMatch(text);
        foreach (Match match in _cues.Owner.Matches(text))
        {
            if (Group(match, "doer") is { } doer)
            {
                doing ??= ownerField ? null : doer;
                continue;
            }

            var who = Group(match, "who");
            var blank = who is null || BlankRegex().IsMatch(who);
            if (blank && LeaderFieldRegex().IsMatch(match.Value))
            {
                blankLeader = true;
                continue;
            }

            // An owner field that names nobody in particular (责任单位：各部门 / 相关单位) leaves the item without one.
            if (!blank && _cues.OwnerNobody.IsMatch(who!))
            {
                if (FieldLabelRegex().Match(match.Value) is { Success: true, Index: 0 })
                {
                    return (null, false, null);
                }

                continue;
            }

            owner ??= blank ? null : who;
            leader |= !blank && (LeaderFieldRegex().IsMatch(match.Value.TrimStart('【', '；', ';', '：', ':', '\n')) || LeaderTitleRegex().IsMatch(who!));
            // An owner field (责任领导：……) says who answers for the item; a 由……督办 inside its measures says who acts.
            if (field is null && !blank && FieldLabelRegex().Match(match.Value) is { Success: true, Index: 0 })
            {
                field = who;
            }
        }

        // A leader field left blank is answered only by a leader named in the item's own words (这项工作由副主任X负责).
        if (blankLeader && !leader)
        {
            return (null, false, null);
        }

        return (field ?? owner, leader, doing);
    }

    [GeneratedRegex("^[—－\\-/／\\s]*$|^(无|空|暂无|待定|未定|未明确)$")]
    private static partial Regex BlankRegex();

    /// <summary>A field's name (责任领导, 完成时限, 完成情况 …): one list for every reader of fields, whatever follows the name.</summary>
    internal const string FieldName = "((?<![\\u4e00-\\u9fff])责任|责任(领导|人|单位|部门|科室|股室|处室|主体|部室)|整改责任|(?<![主要])负责人|分管领导|主责(单位|部门)|牵头(领导|单位|部门|科室|股室|处室)|配合(单位|部门)|(整改|完成)(时限|时间)|时限|完成情况|整改(进展|进度|状态|结果)|进展情况|目前进展|进展|进度|谁负责|(啥|什么)时候(办完|完成))";

    /// <summary>A field's label with its colon or in brackets (责任领导：, 【时限】).</summary>
    internal const string FieldLabel = "(" + FieldName + "\\s*[:：]|【(责任|责任人|责任领导|责任单位|时限|完成时限|整改时限|进展|成效)】)";

    [GeneratedRegex(FieldLabel + "[^；;。）)\\n]*")]
    private static partial Regex FieldRegex();

    [GeneratedRegex(FieldLabel)]
    private static partial Regex FieldLabelRegex();

    [GeneratedRegex("^(责任领导|牵头领导|责任人|分管领导|负责人)")]
    private static partial Regex LeaderFieldRegex();

    [GeneratedRegex("(责任|负责人|牵头|分管领导|主责|谁负责)[\\u4e00-\\u9fff]{0,3}\\s*([:：]|】)")]
    private static partial Regex OwnerFieldRegex();

    private static string? Group(Match match, string name)
    {
        if (!match.Success)
        {
            return null;
        }

        var value = match.Groups[name].Value.Trim();
        // Fields run together with no stop between them (责任领导：龚若兰责任部室：办公室完成时限：……) end where the next label begins.
        if (FieldLabelRegex().Match(value) is { Success: true, Index: > 0 } next)
        {
            value = value[..next.Index];
        }

        value = value.Trim().TrimEnd('，', '、', '；', '。');
        // A field closed by its bracket ((完成时限：2025年1月底)) ends before it; a bracket opened inside stays.
        if (value.EndsWith('）') && value.IndexOf('（') < 0)
        {
            value = value[..^1];
        }

        // What says whose item it is (此项由我亲自牵头 → 我): the item and the 由 before its owner, the 亲自 after.
        value = ItemLeadRegex().Replace(value, "");
        return value.Length == 0 ? null : value;
    }

    [GeneratedRegex("^[（(]?(此项|该项|本项|这项工作|此项工作|该项工作)?由|(亲自|具体)$")]
    private static partial Regex ItemLeadRegex();
}
