using System.Diagnostics;
using RectifyNlp.Core.Documents;

namespace RectifyNlp.Ingestion.Pdf;

/// <summary>
/// Reads a page without a text layer: poppler's pdftoppm renders it to a grey image in a private temporary
/// folder, Tesseract reads the image. Both run as child processes with a timeout; the folder is removed.
/// </summary>
internal sealed class TesseractOcr(OcrOptions options)
{
    private const string InstallHint = "请安装 tesseract-ocr、tesseract-ocr-chi-sim 和 poppler-utils（apt-get install tesseract-ocr tesseract-ocr-chi-sim poppler-utils）";

    /// <summary>Fails with a message naming what to install when the tools or the language are missing.</summary>
    public void EnsureAvailable(string sourceName, int page)
    {
        var pdftoppm = Locate(options.PdftoppmPath);
        var tesseract = Locate(options.TesseractPath);
        if (pdftoppm is null || tesseract is null)
        {
            throw new DocumentReadException(DocumentReadError.OcrUnavailable,
                $"{sourceName}：第 {page} 页没有文字层（扫描件），需要 OCR 但未找到 {(pdftoppm is null ? "pdftoppm" : "tesseract")}；{InstallHint}");
        }

        var (code, languages, _) = Run(tesseract, ["--list-langs"], null);
        if (code != 0 || !languages.Split('\n').Any(l => l.Trim() == options.Language))
        {
            throw new DocumentReadException(DocumentReadError.OcrUnavailable,
                $"{sourceName}：第 {page} 页没有文字层（扫描件），需要 OCR 但 Tesseract 缺少 {options.Language} 语言包；{InstallHint}");
        }
    }

    /// <summary>The page's text, paragraphs separated by blank lines as Tesseract sees its blocks.</summary>
    public string ReadPage(string pdfPath, int page, string sourceName, CancellationToken cancellationToken = default)
    {
        var pdftoppm = Locate(options.PdftoppmPath)!;
        var tesseract = Locate(options.TesseractPath)!;
        var folder = Directory.CreateTempSubdirectory("rectify-ocr-");
        try
        {
            var image = Path.Combine(folder.FullName, "page");
            var (code, _, error) = Run(pdftoppm, ["-r", options.Dpi.ToString(), "-f", page.ToString(), "-l", page.ToString(), "-gray", "-png", "-singlefile", pdfPath, image], sourceName, cancellationToken);
            if (code != 0)
            {
                throw new DocumentReadException(DocumentReadError.Corrupt, $"{sourceName}：第 {page} 页无法渲染以进行 OCR（pdftoppm：{FirstLine(error)}）");
            }

            (code, var text, error) = Run(tesseract, [image + ".png", "stdout", "-l", options.Language, "--psm", "3"], sourceName, cancellationToken);
            if (code != 0)
            {
                throw new DocumentReadException(DocumentReadError.OcrUnavailable, $"{sourceName}：第 {page} 页 OCR 失败（tesseract：{FirstLine(error)}）");
            }

            return text;
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private (int Code, string Output, string Error) Run(string program, IEnumerable<string> arguments, string? sourceName, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["OMP_THREAD_LIMIT"] = "1";
        using var process = Process.Start(start) ?? throw new DocumentReadException(DocumentReadError.OcrUnavailable, $"无法启动 {program}；{InstallHint}");
        var output = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var error = process.StandardError.ReadToEndAsync(CancellationToken.None);
        // The page's own timeout, or the job stopped (deleted, past its limit, shutting down): the tool is killed either way.
        using var wait = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        wait.CancelAfter(options.PageTimeout);
        try
        {
            process.WaitForExitAsync(wait.Token).GetAwaiter().GetResult();
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            cancellationToken.ThrowIfCancellationRequested();
            throw new DocumentReadException(DocumentReadError.OcrUnavailable,
                $"{sourceName ?? program}：OCR 超时（{Path.GetFileName(program)} 超过 {options.PageTimeout.TotalSeconds:0} 秒）");
        }

        return (process.ExitCode, output.GetAwaiter().GetResult(), error.GetAwaiter().GetResult());
    }

    /// <summary>The tool's full path: as given when it is a path, else the first match on PATH.</summary>
    internal static string? Locate(string program)
    {
        if (program.Contains('/'))
        {
            return File.Exists(program) ? program : null;
        }

        var path = Environment.GetEnvironmentVariable("PATH") ?? string.Empty;
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, program))
            .FirstOrDefault(File.Exists);
    }

    private static string FirstLine(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim() ?? "无输出";
}
