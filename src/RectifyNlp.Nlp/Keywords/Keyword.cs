namespace RectifyNlp.Nlp.Keywords;

/// <summary>A keyword of a text and its weight (TF-IDF score, or TextRank rank scaled to 1 for the top word).</summary>
public sealed record Keyword(string Word, double Weight);
