using RectifyNlp.Cli.Infrastructure;

namespace RectifyNlp.Cli.Tests;

/// <summary>
/// Which command lines the native linux-x64 rectify hands to the framework-dependent build beside it (the ones whose
/// libraries need run-time code generation), and that no other build hands anything over.
/// </summary>
public sealed class NativeHandOverTests
{
    [Theory]
    [InlineData("batch", "corpus/pairs", "-o", "out")]
    [InlineData("search", "公车私用")]
    [InlineData("serve")]
    [InlineData("serve", "--urls", "http://127.0.0.1:5081")]
    [InlineData("train", "--help")]
    [InlineData("evaluate", "--part", "all")]
    [InlineData("idf", "-o", "idf.txt")]
    [InlineData("segment", "a.txt", "--engine", "jieba-net")]
    [InlineData("segment", "a.txt", "--engine=jieba-net")]
    [InlineData("analyze", "--report", "r.txt", "--llm-endpoint", "http://127.0.0.1:11434/v1")]
    [InlineData("checklist", "--report", "r.txt", "-o", "c.docx", "--llm-model", "qwen2.5")]
    public void Commands_that_need_the_JIT_are_handed_over(params string[] args) =>
        Assert.NotNull(NativeHandOver.CommandToHandOver(args, llmEndpointVariable: null));

    [Theory]
    [InlineData]
    [InlineData("--version")]
    [InlineData("--help")]
    [InlineData("analyze", "--feedback", "f.txt", "--report", "r.txt", "--json")]
    [InlineData("analyze", "--help")]
    [InlineData("checklist", "--report", "r.txt", "-o", "c.xlsx")]
    [InlineData("parse", "a.txt", "--json")]
    [InlineData("segment", "a.txt", "--tags")]
    [InlineData("keywords", "a.txt", "--textrank")]
    [InlineData("unknown")]
    public void The_native_build_runs_the_others_itself(params string[] args) =>
        Assert.Null(NativeHandOver.CommandToHandOver(args, llmEndpointVariable: null));

    [Fact]
    public void The_model_named_in_the_environment_hands_analyze_and_checklist_over()
    {
        Assert.NotNull(NativeHandOver.CommandToHandOver(["analyze", "--report", "r.txt"], "http://127.0.0.1:11434/v1"));
        Assert.NotNull(NativeHandOver.CommandToHandOver(["checklist", "--report", "r.txt", "-o", "c.md"], "http://127.0.0.1:11434/v1"));
        Assert.Null(NativeHandOver.CommandToHandOver(["parse", "a.txt"], "http://127.0.0.1:11434/v1"));
    }

    [Fact]
    public void A_JIT_compiled_build_is_not_native() => Assert.False(NativeHandOver.IsNative);
}
