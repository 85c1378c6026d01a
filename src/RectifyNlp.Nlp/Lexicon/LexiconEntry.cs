namespace RectifyNlp.Nlp.Lexicon;

/// <summary>One word of a lexicon in jieba's user-dictionary form: word, frequency, part-of-speech tag.</summary>
/// <param name="Word">The word.</param>
/// <param name="Frequency">Its frequency, on the scale of jieba's dictionary (higher keeps it whole more often).</param>
/// <param name="Tag">Its tag (n, nt for organisations, nr for roles, vn, v, l for set phrases …), or <c>null</c>.</param>
public sealed record LexiconEntry(string Word, long Frequency, string? Tag);
