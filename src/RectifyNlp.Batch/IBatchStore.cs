namespace RectifyNlp.Batch;

/// <summary>
/// Where a batch keeps what it found: documents by content hash with a search over their text, analyses by
/// the hashes of their inputs and of the analyser, each analysis's side-by-side page, and failures with their
/// reasons. <see cref="BatchStore"/> is the embedded one (SQLite, FTS5 trigram search); the service's store on
/// PostgreSQL has its own, shared by every instance. Thread-safe.
/// </summary>
public interface IBatchStore : IDisposable
{
    /// <summary>The kind and title of a stored document, or null.</summary>
    (string Kind, string Title)? Document(string hash);

    /// <summary>Stores a document's text (once per content) and where it was found.</summary>
    void AddDocument(string hash, string kind, string title, string text, string path, string round, string unit);

    /// <summary>A stored analysis, or null.</summary>
    StoredAnalysis? Analysis(string key);

    /// <summary>Stores an analysis (and clears a failure recorded for the same unit before).</summary>
    void AddAnalysis(StoredAnalysis analysis);

    /// <summary>Keeps an analysis's side-by-side page (the <c>analyze --html</c> report), compressed, under its key.</summary>
    void AddPage(string key, string html);

    /// <summary>Whether the analysis under <paramref name="key"/> has its page kept.</summary>
    bool HasPage(string key);

    /// <summary>The side-by-side page kept for the analysis under <paramref name="key"/>, or null.</summary>
    string? Page(string key);

    /// <summary>Records a failure.</summary>
    void AddFailure(BatchFailure failure);

    /// <summary>
    /// Removes everything stored under paths that start with <paramref name="prefix"/>: where its documents were
    /// found, the documents nothing else names (text and search entries), the analyses of its reports and its failures.
    /// </summary>
    void ForgetPrefix(string prefix);

    /// <summary>Search over every stored document's text (a substring, Chinese included); at most <paramref name="limit"/> hits.</summary>
    IReadOnlyList<SearchHit> Search(string query, int limit = 50);
}
