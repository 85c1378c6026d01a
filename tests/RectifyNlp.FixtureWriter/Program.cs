using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using RectifyNlp.FixtureWriter;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

// Writes the fixtures of tests/RectifyNlp.Ingestion.Tests/Fixtures from corpus/samples:
// GB18030 and UTF-16 copies, .docx, .pdf (LibreOffice), a scanned PDF, an encrypted PDF and a zip bomb.
// Usage: dotnet run --project tests/RectifyNlp.FixtureWriter -- <repository root>
var root = args.Length > 0 ? args[0] : Directory.GetCurrentDirectory();
var samples = Path.Combine(root, "corpus", "samples");
var output = Path.Combine(root, "tests", "RectifyNlp.Ingestion.Tests", "Fixtures");
Directory.CreateDirectory(output);
Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

string[][] progress =
[
    ["序号", "反馈问题", "整改状态"],
    ["一", "村卫生室标准化建设进度滞后", "正在推进"],
    ["二", "违规发放加班误餐补贴", "已完成"],
    ["三", "干部档案认定材料不全", "正在推进"],
];

foreach (var name in new[] { "feedback-speech", "feedback-opinion", "rectification-report" })
{
    var text = File.ReadAllText(Path.Combine(samples, name + ".txt"), Encoding.UTF8);
    File.WriteAllBytes(Path.Combine(output, name + ".gb18030.txt"), Encoding.GetEncoding("GB18030").GetBytes(text));
    File.WriteAllBytes(Path.Combine(output, name + ".utf16le.txt"), [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)]);
    var docx = Path.Combine(output, name + ".docx");
    DocxWriter.Write(text.Split('\n', StringSplitOptions.RemoveEmptyEntries), docx, name == "rectification-report" ? progress : null);
    Soffice(docx, "pdf", output);
}

// A scanned copy of the speech's first page: the page as an image, no text layer.
var scan = Path.Combine(Path.GetTempPath(), "rectify-scan");
Run("pdftoppm", "-r", "150", "-f", "1", "-l", "1", "-gray", "-png", "-singlefile", Path.Combine(output, "feedback-speech.pdf"), scan);
var builder = new PdfDocumentBuilder();
var page = builder.AddPage(595, 842);
page.AddPng(File.ReadAllBytes(scan + ".png"), new PdfRectangle(0, 0, 595, 842));
File.WriteAllBytes(Path.Combine(output, "scanned-speech-page1.pdf"), builder.Build());

// A password-protected PDF (LibreOffice's PDF export with an open password).
var encryptedDir = Directory.CreateTempSubdirectory("rectify-enc").FullName;
Soffice(Path.Combine(output, "feedback-opinion.docx"), """pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"xuncha2025"}}""", encryptedDir);
File.Copy(Path.Combine(encryptedDir, "feedback-opinion.pdf"), Path.Combine(output, "password-protected.pdf"), overwrite: true);

// A zip bomb dressed as a .docx: word/document.xml inflates to 1 GiB of spaces.
using (var bomb = ZipFile.Open(Path.Combine(output, "zip-bomb.docx"), ZipArchiveMode.Create))
{
    AddEntry(bomb, "[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>""");
    using var stream = bomb.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
    var spaces = new byte[1 << 20];
    Array.Fill(spaces, (byte)' ');
    for (var i = 0; i < 1024; i++)
    {
        stream.Write(spaces);
    }
}

Console.WriteLine($"fixtures written to {output}");

static void AddEntry(ZipArchive zip, string name, string content)
{
    using var writer = new StreamWriter(zip.CreateEntry(name).Open());
    writer.Write(content);
}

static void Soffice(string input, string format, string outDir)
{
    var home = Directory.CreateTempSubdirectory("rectify-lo").FullName;
    Run("soffice", $"-env:UserInstallation=file://{home}", "--headless", "--convert-to", format, "--outdir", outDir, input);
}

static void Run(string program, params string[] arguments)
{
    var start = new ProcessStartInfo(program) { UseShellExecute = false };
    foreach (var argument in arguments)
    {
        start.ArgumentList.Add(argument);
    }

    using var process = Process.Start(start)!;
    process.WaitForExit();
    if (process.ExitCode != 0)
    {
        throw new InvalidOperationException($"{program} exited with {process.ExitCode}");
    }
}
