using BenchmarkDotNet.Running;
using RectifyNlp.Benchmarks;

// `write-pair DIR [CHARS]` writes the large analysis pair for timing the CLI itself (README: Benchmarks).
if (args.Length >= 2 && args[0] == "write-pair")
{
    var characters = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 20_000;
    Console.WriteLine(LargePair.Write(args[1], characters));
    return;
}

// `write-batch DIR [PAIRS]` writes a batch folder of PAIRS feedback/report pairs made from the corpus's text pairs
// (each file made unique by a numbered line under its title), for timing `rectify batch` (README: Benchmarks).
if (args.Length >= 2 && args[0] == "write-batch")
{
    var pairs = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 1000;
    Console.WriteLine(LargeBatch.Write(args[1], pairs));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
