using System.Text;
using RectifyNlp.Cli;

// Results go through one buffered UTF-8 writer: segmenting megabytes must not flush per line.
using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16) { AutoFlush = false };
var code = RectifyApp.Run(args, stdout, Console.Error, outIsTerminal: !Console.IsOutputRedirected);
stdout.Flush();
return code;
