using System.Text.RegularExpressions;

namespace RectifyNlp.Cli.Infrastructure;

/// <summary>
/// Keeps absolute paths out of what a user reads: each becomes its last name (a file's or a folder's). The
/// folders a program runs from are its operator's business, and a message is read far from that machine.
/// </summary>
internal static partial class PathRedaction
{
    [GeneratedRegex(@"(?<![\w.~-])(?:[A-Za-z]:)?[\\/](?:[^\\/\s'""“”‘’：，；（）()<>]+[\\/])+([^\\/\s'""“”‘’：，；（）()<>]*)")]
    private static partial Regex AbsolutePath();

    public static string Redact(string message) =>
        AbsolutePath().Replace(message, m => m.Groups[1].Length > 0 ? m.Groups[1].Value : LastFolder(m.Value));

    private static string LastFolder(string path) => Path.GetFileName(path.TrimEnd('/', '\\'));
}
