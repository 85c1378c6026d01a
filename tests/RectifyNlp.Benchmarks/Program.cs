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

// `size-sweep DIR [KB …]` writes a report of each size (default 50 KB … 16 MB) with its feedback and analyses each
// in a process of its own: the table of README: Benchmarks (issue 20). `size-one DIR [--profile]` is one of them.
if (args.Length >= 2 && args[0] == "size-sweep")
{
    var sizes = args.Length > 2 ? args[2..].Select(a => long.Parse(a, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : SizeSweep.DefaultSizesKb;
    Console.WriteLine(SizeSweep.Run(args[1], sizes));
    return;
}

if (args.Length >= 2 && args[0] == "size-one")
{
    SizeSweep.One(args[1], profile: args.Contains("--profile"));
    return;
}

// `sample-loop [N]`: the service's analysis of the sample pair, warm, N times, timed by step (issue 20).
if (args.Length >= 1 && args[0] == "sample-loop")
{
    Console.WriteLine(SampleLoop.Run(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200));
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
