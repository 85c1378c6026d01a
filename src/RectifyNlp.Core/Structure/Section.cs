using System.Collections.Immutable;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Core.Structure;

/// <summary>
/// A numbered part of a document: a heading such as <c>二、挂图销号整改</c>, an inline enumeration item such
/// as <c>一要明确整改目标</c>, or an item of a semicolon list.
/// </summary>
/// <param name="Number">The number without punctuation (一, 3, ①); empty for unnumbered items.</param>
/// <param name="Marker">The numbering exactly as written (一、, （一）, 一要, 问题1：).</param>
/// <param name="Style">The numbering style.</param>
/// <param name="Level">Depth in the document, 1 for the top.</param>
/// <param name="Heading">The heading: the item's text up to its first full stop, without the marker.</param>
/// <param name="Span">The whole section in the normalised text, children included.</param>
/// <param name="HeadingSpan">Where the heading stands.</param>
/// <param name="Children">Its sub-sections, in order.</param>
public sealed record Section(
    string Number,
    string Marker,
    NumberingStyle Style,
    int Level,
    string Heading,
    TextSpan Span,
    TextSpan HeadingSpan,
    ImmutableArray<Section> Children)
{
    /// <summary>This section and all below it, depth first.</summary>
    public IEnumerable<Section> DescendantsAndSelf()
    {
        yield return this;
        foreach (var child in Children)
        {
            foreach (var section in child.DescendantsAndSelf())
            {
                yield return section;
            }
        }
    }
}
