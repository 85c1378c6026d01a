using BenchmarkDotNet.Running;
using RectifyNlp.Benchmarks;

// `write-pair DIR [CHARS]` writes the large analysis pair for timing the CLI itself (README: Benchmarks).
if (args.Length >= 2 && args[0] == "write-pair")
{
    var characters = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
    Console.WriteLine(LargePair.Write(args[1], characters));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
