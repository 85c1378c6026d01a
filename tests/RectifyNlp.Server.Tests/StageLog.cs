using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace RectifyNlp.Server.Tests;

/// <summary>The server's log lines, kept for a test that must act when a job has reached a stage ("job ID: analysing").</summary>
internal sealed class StageLog : ILoggerProvider
{
    private readonly ConcurrentQueue<string> _lines = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this);

    /// <summary>Waits until a line holds <paramref name="text"/>, at most <paramref name="within"/>.</summary>
    public async Task WaitForAsync(string text, TimeSpan within)
    {
        var deadline = DateTime.UtcNow + within;
        while (!_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"the server never logged “{text}” within {within.TotalSeconds:0} s");
            await Task.Delay(50);
        }
    }

    public void Dispose()
    {
    }

    private sealed class Logger(StageLog log) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            log._lines.Enqueue(formatter(state, exception));
    }
}
