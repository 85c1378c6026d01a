using System.Text.RegularExpressions;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Analysis;

/// <summary>
/// Notes a text refers to by a mark (……重新作出处理。① / ……对账。[2]) and gives further down, one a line under the
/// marks (注：①责任人：……；完成时限：…… / [2]责任人：……): a report may put the owner and time limit of each measure there
/// instead of in the measure. A line counts as a note only when its mark is used inside the text before it, not at the
/// start of a line, so a list numbered ①②③ is no notes.
/// </summary>
public sealed partial class ReferenceNotes
{
    private readonly Dictionary<string, string> _notes = new(StringComparer.Ordinal);
    private readonly List<TextSpan> _spans = [];

    private ReferenceNotes()
    {
    }

    /// <summary>No notes.</summary>
    public static ReferenceNotes None { get; } = new();

    /// <summary>Whether the text gives any.</summary>
    public bool IsEmpty => _notes.Count == 0;

    /// <summary>Reads the notes of <paramref name="text"/> that <paramref name="accept"/> takes (those that say what the
    /// caller reads from them: a list numbered ①② after an inline ①② is no notes).</summary>
    public static ReferenceNotes Read(string text, Func<string, bool> accept)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(accept);
        var lines = NoteLineRegex().Matches(text);
        if (lines.Count == 0)
        {
            return None;
        }

        var notes = new ReferenceNotes();
        foreach (Match line in lines)
        {
            var mark = line.Groups["mark"].Value;
            // The mark is used before its note, inside a line (after the text it annotates), and the note is new.
            var used = MarkInTextRegex().Matches(text[..line.Index]).Any(m => m.Groups["mark"].Value == mark);
            var note = line.Groups["note"].Value.Trim();
            if (!used || notes._notes.ContainsKey(mark) || !accept(note))
            {
                continue;
            }

            notes._notes[mark] = note;
            notes._spans.Add(new TextSpan(line.Index, line.Index + line.Length));
        }

        return notes.IsEmpty ? None : notes;
    }

    /// <summary>The notes <paramref name="text"/> refers to by the marks inside it, in order.</summary>
    public IEnumerable<string> For(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (IsEmpty)
        {
            yield break;
        }

        foreach (Match m in MarkInTextRegex().Matches(text))
        {
            if (_notes.TryGetValue(m.Groups["mark"].Value, out var note))
            {
                yield return note;
            }
        }
    }

    /// <summary>Whether <paramref name="span"/> is one of the notes (or lies inside the lines that give them).</summary>
    public bool IsNote(TextSpan span) => _spans.Any(s => span.Start >= s.Start && span.Start < s.End);

    // A note line: a mark at a line's start (after 注： or blanks), then its text to the line's end.
    [GeneratedRegex(@"(?m)^[ \t\u3000]*(?:注[:：]\s*)?(?<mark>[①-⑳]|[\[［]\d{1,2}[\]］])(?<note>[^\r\n]+)")]
    private static partial Regex NoteLineRegex();

    // A mark used inside a line: after something that is not a line start or blank.
    [GeneratedRegex(@"(?<=[^\s\u3000])(?<mark>[①-⑳]|[\[［]\d{1,2}[\]］])")]
    private static partial Regex MarkInTextRegex();
}
