using System.Text.Json;
using RectifyNlp.Assist;
using RectifyNlp.Assist.Tests;
using RectifyNlp.Tests;

namespace RectifyNlp.Server.Tests;

/// <summary>The optional model in the service: asked only when configured; its review sits beside the offline result.</summary>
public sealed class ServiceAssistTests
{
    private static readonly string Feedback = RunningServer.Pair("2024-1", "qingshan", "feedback.txt");
    private static readonly string Report = RunningServer.Pair("2024-1", "qingshan", "report.txt");

    [Fact]
    public async Task With_a_model_configured_each_analysis_carries_its_review_and_the_offline_result_is_unchanged()
    {
        using var model = new LoopbackOpenAi(ModelBehaviour.Good);
        var llm = new LlmSettings(new Uri(model.Endpoint), "qwen2.5", null, TimeSpan.FromSeconds(10));
        await using var offline = await RunningServer.StartAsync();
        await using var assisted = await RunningServer.StartAsync(new ServiceOptions { Urls = "http://127.0.0.1:0", DataDirectory = RunningServer.NewDataFolder(), Llm = llm });
        try
        {
            var plain = await Analyse(offline);
            Assert.Empty(model.Requests); // the offline server asked nobody
            var withModel = await Analyse(assisted);
            Assert.NotEmpty(model.Requests);
            var assist = withModel.GetProperty("assist");
            Assert.True(assist.GetProperty("requests").GetInt32() > 0);
            Assert.All(assist.GetProperty("verdicts").EnumerateArray(), v => Assert.Equal("model", v.GetProperty("source").GetString()));
            foreach (var member in new[] { "issues", "measures", "gaps" })
            {
                Assert.Equal(plain.GetProperty(member).ToString(), withModel.GetProperty(member).ToString());
            }
        }
        finally
        {
            Directory.Delete(assisted.Options.DataDirectory, recursive: true);
        }
    }

    [Fact]
    public async Task A_model_that_is_down_leaves_a_notice_and_the_analysis_done()
    {
        var llm = new LlmSettings(new Uri($"http://127.0.0.1:{LoopbackOpenAi.FreePort()}/v1"), "qwen2.5", null, TimeSpan.FromSeconds(2), Retries: 0);
        await using var server = await RunningServer.StartAsync(new ServiceOptions { Urls = "http://127.0.0.1:0", DataDirectory = RunningServer.NewDataFolder(), Llm = llm });
        try
        {
            var result = await Analyse(server);
            Assert.NotEmpty(result.GetProperty("assist").GetProperty("notices").EnumerateArray());
            Assert.Equal(7, result.GetProperty("gaps").GetArrayLength());
        }
        finally
        {
            Directory.Delete(server.Options.DataDirectory, recursive: true);
        }
    }

    private static async Task<JsonElement> Analyse(RunningServer server)
    {
        using var response = await server.PostAnalysisAsync(Report, Feedback);
        var job = await server.WaitAsync(response.Headers.Location!.ToString());
        Assert.Equal("done", job.GetProperty("status").GetString());
        return job.GetProperty("result");
    }
}
