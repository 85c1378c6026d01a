namespace RectifyNlp.Cli.Infrastructure;

/// <summary>A command's work ran past its time limit (<c>--time-limit</c>); the message says which and how long.</summary>
internal sealed class TimeLimitExceededException : Exception
{
    public TimeLimitExceededException()
    {
    }

    public TimeLimitExceededException(string message)
        : base(message)
    {
    }

    public TimeLimitExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
