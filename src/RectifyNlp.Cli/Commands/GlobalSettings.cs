using System.ComponentModel;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary>Options every command takes.</summary>
internal class GlobalSettings : CommandSettings
{
    [CommandOption("--verbose")]
    [Description("出错时在标准错误输出中打印详细信息（调用栈）")]
    public bool Verbose { get; init; }
}
