using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>
/// 定位原文 on the page, for every gap of several realistic analyses: the gap's evidence is an element of its own
/// (or, where two gaps' evidence crosses, a few pieces) whatever problem or measure it overlaps; the button brings it
/// into view and marks it, and what is marked is exactly the evidence's text.
/// </summary>
public sealed class EvidenceJumpBrowserTests
{
    private static readonly (string Feedback, string Report)[] Pairs =
    [
        (RunningServer.Pair("2024-1", "qingshan", "feedback.txt"), RunningServer.Pair("2024-1", "qingshan", "report.txt")),
        (RunningServer.Pair("2024-1", "baihe", "feedback.txt"), RunningServer.Pair("2024-1", "baihe", "report.txt")),
        (RunningServer.Pair("2024-1", "culture", "feedback.txt"), RunningServer.Pair("2024-1", "culture", "report.txt")),
        (RunningServer.Pair("2025-1", "audit", "feedback.docx"), RunningServer.Pair("2025-1", "audit", "report.docx")),
        (RunningServer.Pair("2025-1", "tuanjie", "feedback.txt"), RunningServer.Pair("2025-1", "tuanjie", "report.txt")),
        (RepositoryPaths.Sample("feedback-opinion.txt"), RepositoryPaths.Sample("rectification-report.txt")),
    ];

    [Fact]
    public async Task Every_gap_with_evidence_jumps_to_its_evidence_and_marks_exactly_it()
    {
        await using var server = await RunningServer.StartAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await BrowserTests.LaunchAsync(playwright);
        var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 900 } });
        await page.GotoAsync(server.BaseAddress.ToString());

        var jumped = 0;
        var overlapping = 0;
        foreach (var (feedback, report) in Pairs)
        {
            await page.SetInputFilesAsync("#feedback", feedback);
            await page.SetInputFilesAsync("#report", report);
            await page.ClickAsync("#submit");
            await Assertions.Expect(page.Locator("#results")).ToBeVisibleAsync(new() { Timeout = 60_000 });
            var id = page.Url[(page.Url.IndexOf('#') + 1)..];
            var job = await server.Client.GetFromJsonAsync<JsonElement>($"/api/analyses/{id}");
            var documents = await server.Client.GetFromJsonAsync<JsonElement>($"/api/analyses/{id}/documents.json");
            var gaps = job.GetProperty("result").GetProperty("gaps").EnumerateArray().ToArray();
            await Assertions.Expect(page.Locator("#gaps li.gap")).ToHaveCountAsync(gaps.Length);

            var withEvidence = 0;
            for (var index = 0; index < gaps.Length; index++)
            {
                var gap = gaps[index];
                var item = page.Locator($"#gap-{index}");
                if (gap.GetProperty("evidenceIn").ValueKind == JsonValueKind.Null)
                {
                    await Assertions.Expect(item.Locator("button.jump")).ToHaveCountAsync(0);
                    continue;
                }

                withEvidence++;
                var role = gap.GetProperty("evidenceIn").GetString()!;
                var (start, end) = (gap.GetProperty("start").GetInt32(), gap.GetProperty("end").GetInt32());
                var expected = documents.GetProperty(role).GetProperty("text").GetString()![start..end];
                var evidence = gap.GetProperty("evidence").GetString()!.TrimEnd('…');
                Assert.StartsWith(evidence, expected, StringComparison.Ordinal);

                // Scroll the text away from the evidence first, so that being in view is the jump's doing.
                await page.EvaluateAsync("role => { const t = document.getElementById(role + '-text'); t.scrollTop = t.scrollTop > 0 ? 0 : t.scrollHeight; window.scrollTo(0, 0); }", role);
                await item.Locator("button.jump").ClickAsync();

                var target = page.Locator($"#{role}-text #span-gap-{index}");
                var name = $"{Path.GetFileName(Path.GetDirectoryName(report))} gap {index} ({gap.GetProperty("kind").GetString()})";
                Assert.True(await target.CountAsync() == 1, $"{name}: no element for its evidence in the {role} text");
                await Assertions.Expect(target).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bflash\b"));
                await Assertions.Expect(target).ToBeInViewportAsync();
                await Assertions.Expect(target).ToBeFocusedAsync();

                // What is marked for this gap, read as a person sees it (the small I1/M3 labels aside), is its evidence.
                var marked = await page.EvaluateAsync<string>(
                    "index => [...document.querySelectorAll(`mark.evidence.flash[data-gap=\"${index}\"]`)].map(m => { const c = m.cloneNode(true); c.querySelectorAll('.tag').forEach(t => t.remove()); return c.textContent; }).join('')",
                    index);
                Assert.True(marked == expected, $"{name}: marked “{marked}”, its evidence is “{expected}”");

                // A gap whose evidence is (or lies in) a problem or measure sentence: the case that used to have no target.
                overlapping += await target.EvaluateAsync<bool>("e => !!(e.closest('.mark-issue, .mark-measure') || e.querySelector('.mark-issue, .mark-measure'))") ? 1 : 0;
                jumped++;
            }

            await Assertions.Expect(page.Locator("#gaps button.jump")).ToHaveCountAsync(withEvidence);
        }

        Assert.True(jumped >= 30, $"only {jumped} gaps with evidence over the six analyses");
        Assert.True(overlapping >= 20, $"only {overlapping} gaps whose evidence overlaps a problem or measure");
    }
}
