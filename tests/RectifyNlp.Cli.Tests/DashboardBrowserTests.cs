using Microsoft.Playwright;
using RectifyNlp.Tests;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// <c>rectify batch</c>'s dashboard in Debian's Chromium, opened from disk as an analyst would: the charts drawn by the
/// inlined Chart.js with the units' Chinese names, nothing fetched from anywhere, the filters by round, unit and
/// words narrowing the tables and the charts, and a unit's link and its bar leading to its side-by-side report page.
/// </summary>
public sealed class DashboardBrowserTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rectify-dashboard-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static string Chromium => Environment.GetEnvironmentVariable("RECTIFY_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private void Copy(string round, string unit)
    {
        var target = Directory.CreateDirectory(Path.Combine(_folder.FullName, "in", round, unit));
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepositoryPaths.Root, "corpus", "pairs", round, unit)).Where(f => !f.EndsWith("gold.json", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
        }
    }

    private static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} not found: .ci/run installs Debian's chromium (apt-get install chromium)");
        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage"],
        });
    }

    [Fact]
    public async Task A_batch_of_many_units_charts_the_weakest_and_the_filters_reach_the_rest()
    {
        // 70 units: the corpus's first round under numbered folders (the same documents, so analysed once each).
        var pairs = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "corpus", "pairs", "2024-1")).Order(StringComparer.Ordinal).ToList();
        for (var i = 0; i < 70; i++)
        {
            var target = Directory.CreateDirectory(Path.Combine(_folder.FullName, "in", "2024-1", $"u{i:00}"));
            foreach (var file in Directory.EnumerateFiles(pairs[i % pairs.Count]).Where(f => !f.EndsWith("gold.json", StringComparison.Ordinal)))
            {
                File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
            }
        }

        var output = Path.Combine(_folder.FullName, "out");
        var batch = Cli.Run("batch", Path.Combine(_folder.FullName, "in"), "-o", output);
        Assert.True(batch.ExitCode == 0, batch.Error);

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync();
        await page.GotoAsync(new Uri(Path.Combine(output, "index.html")).AbsoluteUri);

        // A bar a unit folder up to 60, the weakest; units sharing a name (the same documents here) have the folder beside it.
        var labels = await page.EvaluateAsync<string[]>("() => Chart.getChart('chart-coverage').data.labels");
        Assert.Equal(60, labels.Length);
        Assert.Equal(60, labels.Distinct().Count());
        Assert.Contains(labels, l => l.EndsWith('）') && l.Contains("（u", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#coverage-note")).ToHaveTextAsync("共 70 个单位，图中为覆盖率最低的 60 个；用上方的筛选或搜索查看其他单位。");
        var canvas = await page.Locator("#chart-coverage").BoundingBoxAsync();
        Assert.InRange(canvas!.Height, 60 * 20, (60 * 26) + 80);

        // A unit chosen: its folders alone, the note gone.
        var name = (await page.Locator("#f-unit option").AllInnerTextsAsync())[1];
        await page.SelectOptionAsync("#f-unit", name);
        var chosen = await page.EvaluateAsync<string[]>("() => Chart.getChart('chart-coverage').data.labels");
        Assert.NotEmpty(chosen);
        Assert.All(chosen, l => Assert.StartsWith(name, l, StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#coverage-note")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task An_analyst_filters_the_dashboard_and_drills_down_from_a_unit_to_its_report_page()
    {
        Copy("2024-1", "baihe");
        Copy("2024-1", "transport");
        Copy("2025-1", "transport");
        var output = Path.Combine(_folder.FullName, "out");
        var batch = Cli.Run("batch", Path.Combine(_folder.FullName, "in"), "-o", output);
        Assert.True(batch.ExitCode == 0, batch.Error);
        Assert.True(File.Exists(Path.Combine(output, "units", "2024-1", "baihe.html")));

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1300, Height = 1000 } });
        var fetched = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith("file:", StringComparison.Ordinal) && !request.Url.StartsWith("data:", StringComparison.Ordinal))
            {
                fetched.Add(request.Url);
            }
        };
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(Path.Combine(output, "index.html")).AbsoluteUri);

        // Both charts are Chart.js charts over the batch's data, units by their Chinese names.
        async Task<string[]> Labels(string chart) => await page.EvaluateAsync<string[]>($"() => Chart.getChart('{chart}').data.labels");
        async Task<string[]> Series(string chart) => await page.EvaluateAsync<string[]>($"() => Chart.getChart('{chart}').data.datasets.map(d => d.label)");
        Assert.Equal(["区交通运输局", "白河镇"], (await Labels("chart-coverage")).Order(StringComparer.Ordinal));
        Assert.Equal(["2024-1", "2025-1"], await Series("chart-categories"));
        Assert.NotEmpty(await Labels("chart-categories"));
        var shots = Path.Combine(RepositoryPaths.Root, "tests", "RectifyNlp.Cli.Tests", "TestResults");
        Directory.CreateDirectory(shots);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(shots, "dashboard.png") });

        // A unit: its rows alone in every table that names units, and in the charts.
        var pairRows = page.Locator("table.filterable").First.Locator("tbody tr:not(.hidden)");
        await Assertions.Expect(pairRows).ToHaveCountAsync(3);
        await page.SelectOptionAsync("#f-unit", "白河镇");
        await Assertions.Expect(pairRows).ToHaveCountAsync(1);
        foreach (var row in await page.Locator("table.filterable tbody tr[data-unit]:not(.hidden)").AllAsync())
        {
            Assert.Equal("白河镇", await row.GetAttributeAsync("data-unit"));
        }

        Assert.Equal(["白河镇"], await Labels("chart-coverage"));
        await Assertions.Expect(page.Locator("#f-count")).ToContainTextAsync("显示");

        // A round: the categories chart shows that round only.
        await page.SelectOptionAsync("#f-unit", "");
        await page.SelectOptionAsync("#f-round", "2025-1");
        Assert.Equal(["2025-1"], await Series("chart-categories"));
        Assert.Equal(["区交通运输局"], await Labels("chart-coverage"));
        await page.SelectOptionAsync("#f-round", "");

        // Words: only rows that contain them.
        await page.FillAsync("#f-text", "养护工程量");
        var found = await page.Locator("table.filterable tbody tr:not(.hidden)").AllInnerTextsAsync();
        Assert.NotEmpty(found);
        Assert.All(found, text => Assert.Contains("养护工程量", text, StringComparison.Ordinal));
        await page.FillAsync("#f-text", "");

        // Drill-down from the unit's row: its side-by-side report page, both documents and the gaps.
        await page.ClickAsync("a.unit-page:text-is('白河镇')");
        // The URL is polled, then the page's content: WaitForURL, once the URL matches, waits for the "load" state, and a
        // CI run timed out there after 30 s with the URL already matched (the bar's click below).
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/units/2024-1/baihe\\.html$"), new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("#documents h3")).ToHaveTextAsync(["反馈意见", "整改报告"]);
        await Assertions.Expect(page.Locator("ol.gaps li").First).ToBeVisibleAsync();

        // … and from the unit's bar: the latest round's page.
        await page.GoBackAsync();
        await page.Locator("#chart-coverage").ScrollIntoViewIfNeededAsync();
        var point = await page.EvaluateAsync<double[]>("""
            () => { const c = Chart.getChart('chart-coverage'); c.stop(); c.update('none'); // bars where they end, not mid-animation (slow on a busy machine)
                    const i = c.data.labels.indexOf('区交通运输局');
                    const bar = c.getDatasetMeta(0).data[i]; const box = c.canvas.getBoundingClientRect();
                    return [box.left + (bar.base + bar.x) / 2, box.top + bar.y]; }
            """);
        await page.Mouse.ClickAsync((float)point[0], (float)point[1]);
        await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/units/2025-1/transport\\.html$"), new() { Timeout = 20_000 });
        await Assertions.Expect(page.Locator("#documents h3")).ToHaveTextAsync(["反馈意见", "整改报告"]);

        Assert.Empty(fetched);
        Assert.Empty(errors);
    }
}
