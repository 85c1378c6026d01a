using System.ComponentModel;
using Spectre.Console.Cli;

namespace RectifyNlp.Cli.Commands;

/// <summary>Options every command takes.</summary>
internal class GlobalSettings : CommandSettings
{
    [CommandOption("--verbose")]
    [Description("Print details of errors (stack traces) to standard error.")]
    public bool Verbose { get; init; }
}
