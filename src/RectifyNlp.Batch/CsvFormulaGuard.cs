namespace RectifyNlp.Batch;

/// <summary>
/// Keeps a CSV cell from being read as a formula by a spreadsheet (CSV injection): a cell that starts with
/// = + - @, a tab or a carriage return gets a leading apostrophe, as OWASP recommends. A unit or file name
/// such as <c>=HYPERLINK(…)</c> then shows as written instead of running.
/// </summary>
public static class CsvFormulaGuard
{
    private static readonly char[] Triggers = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>The cell's text, with an apostrophe before it when it would start a formula.</summary>
    public static string Escape(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && Array.IndexOf(Triggers, value[0]) >= 0 ? "'" + value : value;
    }
}
