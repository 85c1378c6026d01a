using System.Collections.Immutable;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Core.Structure;

/// <summary>A section while the parser is still building the tree; frozen into a <see cref="Section"/>.</summary>
internal sealed class SectionNode(NumberingStyle style, string number, string marker, int rank, TextSpan headingSpan)
{
    public NumberingStyle Style { get; } = style;

    public string Number { get; } = number;

    public string Marker { get; } = marker;

    /// <summary>Usual depth in the official hierarchy; lower is more senior.</summary>
    public int Rank { get; } = rank;

    public TextSpan HeadingSpan { get; } = headingSpan;

    public int Start { get; set; }

    public int End { get; set; }

    public List<SectionNode> Children { get; } = [];

    /// <summary>Puts <paramref name="node"/> under the deepest child that contains its start, clamped to it.</summary>
    public void Insert(SectionNode node)
    {
        var parent = this;
        while (true)
        {
            var inner = parent.Children.Find(c => c.Start <= node.Start && node.Start < c.End);
            if (inner is null)
            {
                break;
            }

            parent = inner;
        }

        node.End = Math.Min(node.End, parent.End);
        var at = parent.Children.FindIndex(c => c.Start > node.Start);
        parent.Children.Insert(at < 0 ? parent.Children.Count : at, node);
    }

    public Section Freeze(string text, int level) => new(
        Number,
        Marker,
        Style,
        level,
        HeadingSpan.Slice(text),
        new TextSpan(Start, End),
        HeadingSpan,
        [.. Children.Select(c => c.Freeze(text, level + 1))]);

    public static ImmutableArray<Section> FreezeAll(IEnumerable<SectionNode> nodes, string text) =>
        [.. nodes.Select(n => n.Freeze(text, 1))];
}
