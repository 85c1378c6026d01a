using RectifyNlp.Cli;

return RectifyApp.Run(args, Console.Out, Console.Error);
