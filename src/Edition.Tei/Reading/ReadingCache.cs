using Edition.Core.Caching;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// What earlier builds of a long-lived process (<c>edition serve</c>) read from each TEI file, by its name and
/// content hash: reading depends on the file alone, so an unchanged file's views are reused. In memory only.
/// </summary>
public sealed class ReadingCache
{
    private readonly ContentCache<IReadOnlyList<(DocumentView View, IReadOnlyList<(string Kind, string Id, string? Segment, string Lang, string Form)> Mentions)>> _read = new(null, "", _ => [], _ => null);

    internal IReadOnlyList<(DocumentView View, IReadOnlyList<(string Kind, string Id, string? Segment, string Lang, string Form)> Mentions)> Read(EncodedDocument document)
    {
        var key = document.FileName + "\n" + document.ContentHash;
        if (_read.Get(key) is { } known)
        {
            return known;
        }

        var read = DocumentReader.Read(document.FileName, document.Tei);
        _read.Put(key, read);
        return read;
    }

    /// <summary>Starts a build: files it does not read are let go at <see cref="Commit"/>.</summary>
    public void Begin() => _read.Begin();

    /// <summary>After a successful build: files no longer read (edited or gone) are let go.</summary>
    public void Commit() => _read.Commit();
}
