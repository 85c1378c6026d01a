using System.Text.RegularExpressions;

namespace RectifyNlp.Server.Work;

/// <summary>
/// Keeps the server's folders out of what a user reads: every path under the data folder in a message (a
/// job's failure, a batch's failure reasons) is cut to its file name.
/// </summary>
public sealed class PathScrubber
{
    private readonly Regex _paths;

    /// <summary>Scrubs paths under <paramref name="dataDirectory"/>.</summary>
    public PathScrubber(string dataDirectory)
    {
        ArgumentException.ThrowIfNullOrEmpty(dataDirectory);
        _paths = new Regex(Regex.Escape(Path.GetFullPath(dataDirectory).TrimEnd('/', '\\')) + @"[^\s'""]*", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }

    /// <summary>The message with each such path replaced by its last part.</summary>
    public string Scrub(string message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return _paths.Replace(message, m => Path.GetFileName(m.Value.TrimEnd('/', '\\')));
    }
}
