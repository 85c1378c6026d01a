using Microsoft.Playwright;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// The page in a real browser: Debian's Chromium (installed by .ci/run; never a downloaded one) driven by
/// Playwright. Uploads a pair, waits for the analysis, sees the gaps highlighted in the report text, filters
/// them, jumps from a gap to its sentence, downloads the checklist; saves a screenshot.
/// </summary>
public sealed class BrowserTests
{
    /// <summary>Debian's Chromium (RECTIFY_CHROMIUM overrides).</summary>
    public static string Chromium => Environment.GetEnvironmentVariable("RECTIFY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} not found: .ci/run installs Debian's chromium (apt-get install chromium)");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            // As root in a container, and on a machine with no way out: no sandbox, no background traffic.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    [Fact]
    public async Task An_inspector_uploads_a_pair_reads_the_highlighted_gaps_and_downloads_the_checklist()
    {
        await using var server = await RunningServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });
        var outside = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(server.BaseAddress.ToString(), StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };

        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("整改报告审读");

        // The weak report: five gaps, two of them high.
        await page.SetInputFilesAsync("#feedback", RunningServer.Pair("2024-1", "qingshan", "feedback.txt"));
        await page.SetInputFilesAsync("#report", RunningServer.Pair("2024-1", "qingshan", "report.txt"));
        await page.ClickAsync("#submit");
        await Assertions.Expect(page.Locator("#results")).ToBeVisibleAsync(new() { Timeout = 60_000 });

        var shots = Path.Combine(RepositoryPaths.Root, "tests", "RectifyNlp.Server.Tests", "TestResults");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "serve-page-full.png"), FullPage = true });

        // Gaps listed, and their sentences highlighted in the report text, the high ones as high.
        var gaps = page.Locator("#gaps li.gap");
        await Assertions.Expect(gaps).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("#gaps li.gap[data-kind=no-accountability]")).ToContainTextAsync("点名问题未见问责");
        Assert.DoesNotMatch(@"\b(no-[a-z]+|inconsistent-claim|unanswered-issue|high|medium|low)\b", await page.Locator("#gaps").InnerTextAsync());
        await Assertions.Expect(page.Locator("#result-title")).ToContainTextAsync("青山村");
        Assert.True(await page.Locator("#report-text .gap-high").CountAsync() > 0, "no high gap highlighted in the report text");
        Assert.True(await page.Locator("#feedback-text .mark-issue").CountAsync() >= 4, "the feedback's problems are not highlighted");
        Assert.True(await page.Locator("#report-text .mark-measure").CountAsync() > 0, "the report's measures are not highlighted");

        // Filter: without no-deadline, its list item goes and the others stay.
        var noDeadline = page.Locator("#filters label", new() { HasText = "未明确整改时限" }).Locator("input");
        await noDeadline.UncheckAsync();
        await Assertions.Expect(page.Locator("#gaps li.gap[data-kind=no-deadline]")).ToBeHiddenAsync();
        await Assertions.Expect(page.Locator("#gaps li.gap:visible")).ToHaveCountAsync(6);
        await noDeadline.CheckAsync();

        // Jump: the inconsistent claim's button brings its sentence into view, focused.
        var claim = page.Locator("#gaps li.gap[data-kind=inconsistent-claim]");
        await claim.Locator("button.jump").ClickAsync();
        var sentence = page.Locator("#report-text [id^=span-gap-].flash");
        await Assertions.Expect(sentence).ToBeInViewportAsync();
        await Assertions.Expect(sentence).ToContainTextAsync("已全部整改完成");
        await Assertions.Expect(sentence).ToBeFocusedAsync();

        // Screenshot for the record (the jump), then the Word checklist.
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "serve-page.png"), FullPage = false });

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#dl-docx"));
        Assert.Equal("核查清单-青山村.docx", download.SuggestedFilename);
        var saved = Path.Combine(shots, "checklist-from-page.docx");
        await download.SaveAsAsync(saved);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(saved, false))
        {
            var text = word.MainDocumentPart!.Document!.InnerText;
            Assert.Contains("坐收坐支", text, StringComparison.Ordinal);
        }

        // The same checklist as 公文 (GB/T 9704), from its own button.
        var official = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#dl-gongwen"));
        Assert.Equal("核查清单-青山村-公文.docx", official.SuggestedFilename);
        var savedOfficial = Path.Combine(shots, "checklist-gongwen-from-page.docx");
        await official.SaveAsAsync(savedOfficial);
        using (var word = DocumentFormat.OpenXml.Packaging.WordprocessingDocument.Open(savedOfficial, false))
        {
            var fonts = word.MainDocumentPart!.StyleDefinitionsPart!.Styles!.Descendants<DocumentFormat.OpenXml.Wordprocessing.RunFonts>().Select(f => f.EastAsia?.Value).ToList();
            Assert.Contains("仿宋_GB2312", fonts);
            Assert.Contains("被巡察单位：青山村", word.MainDocumentPart.Document!.InnerText, StringComparison.Ordinal);
        }

        // The HTML report, served in a sandbox, still works: its filter hides a kind's gaps.
        var reportPage = await browser.NewPageAsync();
        await reportPage.GotoAsync(new Uri(server.BaseAddress, page.Url[(page.Url.IndexOf('#') + 1)..] is var id ? $"/api/analyses/{id}/report.html" : "").ToString());
        await reportPage.ClickAsync(".filters button[data-kind='no-deadline']");
        await Assertions.Expect(reportPage.Locator("ol.gaps li[data-kind='no-deadline']")).ToBeHiddenAsync();
        await Assertions.Expect(reportPage.Locator("ol.gaps li[data-kind='no-accountability']")).ToBeVisibleAsync();
        await reportPage.CloseAsync();

        // The address names the analysis: reopened later (a reload, a bookmark), it shows again; the recent list has it.
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#results")).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await Assertions.Expect(page.Locator("#gaps li.gap")).ToHaveCountAsync(7);
        await Assertions.Expect(page.Locator("#recent tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#recent tbody tr td.unit")).ToContainTextAsync("青山村");
        await Assertions.Expect(page.Locator("#recent tbody tr td.unit .file")).ToHaveTextAsync("report.txt");

        Assert.Empty(outside);
    }

    [Fact]
    public async Task Beyond_loopback_the_page_asks_for_a_key_and_works_with_it()
    {
        const string key = "inspector-key-for-the-page-0001";
        var options = new ServiceOptions { Urls = "http://0.0.0.0:0", DataDirectory = RunningServer.NewDataFolder(), Keys = [new ApiKey("张巡察", ApiKey.Inspector, ApiKey.Hash(key))] };
        await using var server = await RunningServer.StartAsync(options);
        try
        {
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await LaunchAsync(playwright);
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });
            await page.GotoAsync(server.BaseAddress.ToString());
            await Assertions.Expect(page.Locator("#key-field")).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator("#user")).ToHaveTextAsync("请输入 API 密钥");

            // Without the key the upload is refused, with the reason on the page.
            await page.SetInputFilesAsync("#report", RepositoryPaths.Sample("rectification-report.txt"));
            await page.ClickAsync("#submit");
            await Assertions.Expect(page.Locator("#upload-error")).ToContainTextAsync("401");

            await page.FillAsync("#api-key", key);
            await page.SetInputFilesAsync("#feedback", RepositoryPaths.Sample("feedback-opinion.txt"));
            await page.ClickAsync("#submit");
            await Assertions.Expect(page.Locator("#results")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            await Assertions.Expect(page.Locator("#user")).ToHaveTextAsync("张巡察（inspector）");
            await Assertions.Expect(page.Locator("#gaps li.gap[data-kind=no-owner]")).ToHaveCountAsync(1);
            var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("#dl-xlsx"));
            Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task An_analyst_runs_a_batch_from_the_page_and_downloads_its_workbook()
    {
        await using var server = await RunningServer.StartAsync();
        var zip = Path.Combine(server.Options.DataDirectory, "rounds.zip");
        using (var archive = System.IO.Compression.ZipFile.Open(zip, System.IO.Compression.ZipArchiveMode.Create))
        {
            foreach (var round in new[] { "2024-1", "2025-1" })
            {
                foreach (var file in Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "corpus", "pairs", round, "transport")).Where(f => !f.EndsWith("gold.json", StringComparison.Ordinal)))
                {
                    System.IO.Compression.ZipFileExtensions.CreateEntryFromFile(archive, file, $"{round}/transport/{Path.GetFileName(file)}");
                }
            }
        }

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { AcceptDownloads = true });
        await page.GotoAsync(server.BaseAddress.ToString());
        await Assertions.Expect(page.Locator("#batch")).ToBeVisibleAsync(); // the local user is an admin
        await page.SetInputFilesAsync("#archive", zip);
        await page.ClickAsync("#batch-submit");
        await Assertions.Expect(page.Locator("#batch-summary")).ToContainTextAsync("2 个轮次，1 个单位，2 份报告（各轮合计，同一单位每轮一份）", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#batch-summary")).Not.ToContainTextAsync("屡查屡犯 0 项");

        // The progress counts reports, the summary units: one unit in two rounds is two reports, and both say so.
        await Assertions.Expect(page.Locator("#batch-status")).ToHaveTextAsync("分析完成：已分析 2 / 2 份（每轮每个单位一份）");
        await Assertions.Expect(page.Locator("#batch-summary")).ToContainTextAsync("单位：区交通运输局。");

        // The batch is listed among past ones, and reopens from there after a reload.
        await Assertions.Expect(page.Locator("#recent-batches tbody tr")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("#recent-batches tbody tr").First).ToContainTextAsync("rounds.zip");
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("#batch-result")).ToBeHiddenAsync();
        await page.ClickAsync("#recent-batches button.open-batch");
        await Assertions.Expect(page.Locator("#batch-summary")).ToContainTextAsync("2 个轮次，1 个单位，2 份报告");
        var shots = Path.Combine(RepositoryPaths.Root, "tests", "RectifyNlp.Server.Tests", "TestResults");
        Directory.CreateDirectory(shots);
        await page.Locator("#batch").ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(shots, "serve-batch.png") });
        // The dashboard as served, in its sandbox: its charts drawn, a unit's name leading to that unit's page.
        var id = await page.Locator("#recent-batches tbody tr").First.GetAttributeAsync("data-id");
        var board = await browser.NewPageAsync();
        await board.GotoAsync(new Uri(server.BaseAddress, $"/api/batches/{id}/index.html").ToString());
        Assert.Equal(["区交通运输局"], await board.EvaluateAsync<string[]>("() => Chart.getChart('chart-coverage').data.labels"));
        await board.ClickAsync("a.unit-page[href='units/2025-1/transport.html']");
        await Assertions.Expect(board).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/api/batches/{id}/units/2025-1/transport\\.html$"), new() { Timeout = 20_000 });
        await Assertions.Expect(board.Locator("#documents h3")).ToHaveTextAsync(["反馈意见", "整改报告"]);

        var download = await page.RunAndWaitForDownloadAsync(() => page.ClickAsync("button.batch-download[data-file='batch.xlsx']"));
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        var saved = Path.Combine(server.Options.DataDirectory, "batch.xlsx");
        await download.SaveAsAsync(saved);
        using var workbook = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(saved, false);
        Assert.NotEmpty(workbook.WorkbookPart!.WorksheetParts);
    }
}
