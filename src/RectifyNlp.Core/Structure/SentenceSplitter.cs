using System.Collections.Immutable;
using RectifyNlp.Core.Documents;
using RectifyNlp.Core.Normalization;

namespace RectifyNlp.Core.Structure;

/// <summary>
/// Splits paragraphs into sentences at 。！？ and …… (closing quotes and brackets stay with the sentence
/// they close); a paragraph's end always ends a sentence.
/// </summary>
internal static class SentenceSplitter
{
    public static ImmutableArray<TextSpan> Split(string text, IEnumerable<Paragraph> paragraphs)
    {
        var sentences = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var paragraph in paragraphs)
        {
            var start = paragraph.Span.Start;
            var end = paragraph.Span.End;
            for (var p = start; p < end; p++)
            {
                if (!CharacterClass.IsSentenceEnd(text[p]))
                {
                    continue;
                }

                var close = p + 1;
                while (close < end && (CharacterClass.IsSentenceEnd(text[close]) || CharacterClass.IsCloser(text[close])))
                {
                    close++;
                }

                // An ellipsis followed by more of the same clause (……等) does not end it.
                if (text[p] == '…' && close < end && text[close] is '等' or '，')
                {
                    p = close - 1;
                    continue;
                }

                sentences.Add(new TextSpan(start, close));
                start = close;
                p = close - 1;
            }

            if (start < end)
            {
                sentences.Add(new TextSpan(start, end));
            }
        }

        return sentences.ToImmutable();
    }
}
