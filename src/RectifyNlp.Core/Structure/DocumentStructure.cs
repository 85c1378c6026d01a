using System.Collections.Immutable;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Core.Structure;

/// <summary>The structure recovered from a normalised document.</summary>
/// <param name="Title">The title (lines of a wrapped title joined); empty when none was found.</param>
/// <param name="TitleSpan">Where the title starts and ends; empty when none was found.</param>
/// <param name="Kind">The document kind and its signals.</param>
/// <param name="Sections">The top-level sections; each holds its children.</param>
/// <param name="Sentences">Every sentence, in order.</param>
public sealed record DocumentStructure(
    string Title,
    TextSpan TitleSpan,
    KindDecision Kind,
    ImmutableArray<Section> Sections,
    ImmutableArray<TextSpan> Sentences)
{
    /// <summary>Every section, depth first.</summary>
    public IEnumerable<Section> AllSections => Sections.SelectMany(s => s.DescendantsAndSelf());
}
