using System.IO.MemoryMappedFiles;
using System.Security.Cryptography;
using System.Text;
using RectifyNlp.Nlp.Lexicon;

namespace RectifyNlp.Nlp.Segmentation;

/// <summary>
/// Keeps the built vocabulary image on disk and maps it back, as jieba caches its prefix dictionary:
/// building from dict.txt takes a few hundred milliseconds, mapping the image a few. The file is keyed by
/// its sources (jieba's files by size and time, the lexicon by content), so editing the lexicon rebuilds
/// it; it holds dictionary data only, never document text. When the cache folder cannot be written the
/// image is used from memory.
/// </summary>
internal static class VocabularyCache
{
    private const string FilePrefix = "vocabulary-v3-";

    /// <summary>The cache folder: RECTIFY_CACHE_DIR, else $XDG_CACHE_HOME/rectify, else ~/.cache/rectify.</summary>
    public static string Folder()
    {
        var configured = Environment.GetEnvironmentVariable("RECTIFY_CACHE_DIR");
        if (!string.IsNullOrEmpty(configured))
        {
            return configured;
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_CACHE_HOME");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        return !string.IsNullOrEmpty(xdg) ? Path.Combine(xdg, "rectify")
            : !string.IsNullOrEmpty(home) ? Path.Combine(home, ".cache", "rectify")
            : Path.Combine(Path.GetTempPath(), "rectify-cache");
    }

    /// <summary>Maps the cached image for these sources, building and storing it first when it is missing or stale.</summary>
    public static JiebaVocabulary Open(ModelPaths paths, LexiconFile? lexicon)
    {
        var key = Key(paths.JiebaDictionary, paths.JiebaEmission, lexicon is null ? null : paths.DomainLexicon);
        var path = Path.Combine(Folder(), $"{FilePrefix}{key}.bin");
        if (TryMap(path, key) is { } mapped)
        {
            return mapped;
        }

        var image = JiebaVocabulary.BuildImage(paths.JiebaDictionary, paths.JiebaEmission, lexicon?.Entries ?? [], key);
        if (TryWrite(path, image) && TryMap(path, key) is { } stored)
        {
            return stored;
        }

        return JiebaVocabulary.FromImage(image);
    }

    private static string Key(string dictionaryPath, string emissionPath, string? lexiconPath)
    {
        var text = new StringBuilder("RectifyNlp.Vocabulary/3");
        foreach (var path in new[] { dictionaryPath, emissionPath })
        {
            var info = new FileInfo(path);
            text.Append('|').Append(Path.GetFileName(path)).Append('|').Append(info.Length).Append('|').Append(info.LastWriteTimeUtc.Ticks);
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        if (lexiconPath is not null)
        {
            hash = SHA256.HashData([.. hash, .. File.ReadAllBytes(lexiconPath)]);
        }

        return Convert.ToHexStringLower(hash)[..24];
    }

    private static unsafe JiebaVocabulary? TryMap(string path, string key)
    {
        MemoryMappedFile? file = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            if (!File.Exists(path))
            {
                return null;
            }

            var length = new FileInfo(path).Length;
            file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            byte* pointer = null;
            view.SafeMemoryMappedViewHandle.AcquirePointer(ref pointer);
            pointer += view.PointerOffset;
            if (JiebaVocabulary.KeyOf(pointer, length) != key)
            {
                view.SafeMemoryMappedViewHandle.ReleasePointer();
                view.Dispose();
                file.Dispose();
                return null;
            }

            // The mapping lives as long as the vocabulary: the view is its owner and is never released.
            return JiebaVocabulary.FromMemory(new Mapping(file, view), pointer, length);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            view?.Dispose();
            file?.Dispose();
            return null;
        }
    }

    private static bool TryWrite(string path, byte[] image)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            Core.IO.AtomicFile.Write(path, stream => stream.Write(image));

            // Images of an older format can never be mapped again.
            foreach (var stale in Directory.EnumerateFiles(Path.GetDirectoryName(path)!, "vocabulary-*.bin"))
            {
                if (!Path.GetFileName(stale).StartsWith(FilePrefix, StringComparison.Ordinal))
                {
                    File.Delete(stale);
                }
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false; // the cache is optional; the image is used from memory
        }
    }

    private sealed record Mapping(MemoryMappedFile File, MemoryMappedViewAccessor View);
}
