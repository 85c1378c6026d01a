using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;
using RectifyNlp.Core.Structure;

namespace RectifyNlp.Core;

/// <summary>A document read, normalised and structured: what every later stage starts from.</summary>
/// <param name="Raw">The reader's output.</param>
/// <param name="Text">The normalised text all offsets refer to.</param>
/// <param name="Structure">Title, kind, sections and sentences.</param>
public sealed record ParsedDocument(RawDocument Raw, NormalizedText Text, DocumentStructure Structure);
