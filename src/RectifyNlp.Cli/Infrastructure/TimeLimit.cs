namespace RectifyNlp.Cli.Infrastructure;

/// <summary>A command's work bounded in time: <c>analyze --time-limit</c>.</summary>
internal static class TimeLimit
{
    /// <summary>
    /// Runs <paramref name="work"/> and returns its result, or throws when it takes longer than <paramref name="seconds"/>
    /// (0: no limit). The work is given a token cancelled at the limit, so the readers and the analysis stop at their
    /// next check; the command answers at the limit without waiting for that check.
    /// </summary>
    public static T Run<T>(Func<CancellationToken, T> work, double seconds, string what)
    {
        if (seconds <= 0)
        {
            return work(CancellationToken.None);
        }

        using var limit = new CancellationTokenSource();
        var task = Task.Run(() => work(limit.Token), CancellationToken.None);
        try
        {
            if (task.Wait(TimeSpan.FromSeconds(seconds)))
            {
                return task.Result;
            }

            limit.Cancel();
            // What the stopped work throws then is of no interest: the limit is the answer.
            task.ContinueWith(t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
            throw new TimeLimitExceededException($"{what}超过 {seconds:0.###} 秒的时间上限（--time-limit），已停止；文件可能过大或结构异常");
        }
        catch (AggregateException e) when (e.InnerExceptions.Count == 1)
        {
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerException!);
            throw;
        }
    }
}
