using RectifyNlp.Core.Normalization;

namespace RectifyNlp.Core.Structure;

/// <summary>The structure stage: a normalised text in, its title, kind, sections and sentences out.</summary>
public interface IStructureParser
{
    /// <summary>Recovers the structure of <paramref name="text"/>.</summary>
    DocumentStructure Parse(NormalizedText text);
}
