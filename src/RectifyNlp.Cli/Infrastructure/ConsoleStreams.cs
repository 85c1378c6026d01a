namespace RectifyNlp.Cli.Infrastructure;

/// <summary>Where a command writes: standard output for results, standard error for one-line errors.</summary>
/// <param name="Out">Results (text or JSON), written unwrapped so scripts can read them.</param>
/// <param name="Error">Errors and warnings.</param>
/// <param name="OutIsTerminal">Whether <paramref name="Out"/> is a terminal (not a file or a pipe): colour may be used.</param>
internal sealed record ConsoleStreams(TextWriter Out, TextWriter Error, bool OutIsTerminal = false)
{
    /// <summary>Colour on standard output: a terminal, and neither NO_COLOR (https://no-color.org) set nor TERM=dumb.</summary>
    public bool Colour => OutIsTerminal
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
        && Environment.GetEnvironmentVariable("TERM") != "dumb";
}
