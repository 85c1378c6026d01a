namespace RectifyNlp.Core.Segmentation;

/// <summary>The segmentation stage: text in, words out. Implementations are thread-safe.</summary>
public interface ITokenizer
{
    /// <summary>The words of <paramref name="text"/> in order, whitespace left out, offsets into <paramref name="text"/>.</summary>
    IReadOnlyList<Token> Tokenize(string text);
}
