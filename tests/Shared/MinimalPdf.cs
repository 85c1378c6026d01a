using System.Globalization;
using System.Text;

namespace RectifyNlp.Tests;

/// <summary>
/// A PDF written by hand from its objects (numbered from 1, the catalog first), with a right cross-reference table and
/// a trailer that names the catalog: what the tests need to build a page the readers must meet as it is.
/// </summary>
internal static class MinimalPdf
{
    public static byte[] Build(IReadOnlyList<string> objects)
    {
        var pdf = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>(objects.Count);
        for (var i = 0; i < objects.Count; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(i + 1).Append(" 0 obj\n").Append(objects[i]).Append("\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append("xref\n0 ").Append(objects.Count + 1).Append("\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(offset.ToString("D10", CultureInfo.InvariantCulture)).Append(" 00000 n \n");
        }

        pdf.Append("trailer\n<< /Size ").Append(objects.Count + 1).Append(" /Root 1 0 R >>\nstartxref\n").Append(xref).Append("\n%%EOF\n");
        return Encoding.ASCII.GetBytes(pdf.ToString());
    }
}
