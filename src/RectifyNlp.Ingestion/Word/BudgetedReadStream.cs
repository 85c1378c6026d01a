namespace RectifyNlp.Ingestion.Word;

/// <summary>
/// A read-only view of an inflating zip entry that counts the bytes it yields against a budget shared by every
/// part (each part's stream starts from what the last one left), and throws as soon as the budget is spent: a zip bomb costs at most the limit, whatever its headers claim.
/// </summary>
internal sealed class BudgetedReadStream(Stream inner, long budget, Func<Exception> overBudget) : Stream
{
    /// <summary>Bytes still allowed: what the next part starts from.</summary>
    public long Remaining { get; private set; } = budget;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var read = inner.Read(buffer);
        Remaining -= read;
        return Remaining < 0 ? throw overBudget() : read;
    }

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}
