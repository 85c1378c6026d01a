using System.Text;
using RectifyNlp.Cli;
using RectifyNlp.Cli.Infrastructure;

// The native build of the linux-x64 tool hands the commands it cannot run to the framework-dependent build beside it.
if (NativeHandOver.IsNative && NativeHandOver.CommandToHandOver(args, Environment.GetEnvironmentVariable("RECTIFY_LLM_ENDPOINT")) is { } handedOver)
{
    return NativeHandOver.Run(handedOver, args, Console.Error);
}

// Results go through one buffered UTF-8 writer: segmenting megabytes must not flush per line.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var code = RectifyApp.Run(args, stdout, Console.Error, outIsTerminal: !Console.IsOutputRedirected);
stdout.Flush();
return code;
