namespace RectifyNlp.Cli.Infrastructure;

/// <summary>A command's work bounded in time: <c>analyze --time-limit</c>.</summary>
internal static class TimeLimit
{
    /// <summary>
    /// Runs <paramref name="work"/> and returns its result, or throws when it takes longer than <paramref name="seconds"/>
    /// (0: no limit). The work is left to the thread pool: the process ends when the command returns.
    /// </summary>
    public static T Run<T>(Func<T> work, double seconds, string what)
    {
        if (seconds <= 0)
        {
            return work();
        }

        var task = Task.Run(work);
        try
        {
            return task.Wait(TimeSpan.FromSeconds(seconds)) ? task.Result
                : throw new TimeLimitExceededException($"{what}超过 {seconds:0.###} 秒的时间上限（--time-limit），已停止；文件可能过大或结构异常");
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException!);
            throw;
        }
    }
}
