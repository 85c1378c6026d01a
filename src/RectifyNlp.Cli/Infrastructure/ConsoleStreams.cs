namespace RectifyNlp.Cli.Infrastructure;

/// <summary>Where a command writes: standard output for results, standard error for one-line errors.</summary>
/// <param name="Out">Results (text or JSON), written unwrapped so scripts can read them.</param>
/// <param name="Error">Errors and warnings.</param>
internal sealed record ConsoleStreams(TextWriter Out, TextWriter Error);
