using System.Collections.Concurrent;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// What earlier builds of a long-lived process (<c>edition serve</c>) read from each TEI file, by its name and
/// content hash: reading depends on the file alone, so an unchanged file's views are reused. In memory only.
/// </summary>
public sealed class ReadingCache
{
    private readonly ConcurrentDictionary<(string File, string Hash), IReadOnlyList<(DocumentView View, IReadOnlyList<(string Kind, string Id, string? Segment, string Lang, string Form)> Mentions)>> _read = new();
    private readonly ConcurrentDictionary<(string File, string Hash), byte> _used = new();

    internal IReadOnlyList<(DocumentView View, IReadOnlyList<(string Kind, string Id, string? Segment, string Lang, string Form)> Mentions)> Read(EncodedDocument document)
    {
        var key = (document.FileName, document.ContentHash);
        _used[key] = 0;
        return _read.GetOrAdd(key, _ => DocumentReader.Read(document.FileName, document.Tei));
    }

    /// <summary>After a build: files no longer read (edited or gone) are let go.</summary>
    public void Prune()
    {
        foreach (var key in _read.Keys.Where(k => !_used.ContainsKey(k)))
        {
            _read.TryRemove(key, out _);
        }

        _used.Clear();
    }
}
