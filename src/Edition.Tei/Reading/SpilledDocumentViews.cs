using System.Collections.Concurrent;
using Edition.Core.Caching;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// The documents' whole views set down in a spill file as each TEI file is read (MemoryPack, as the reading cache
/// keeps them), the readings and then the edition's view keeping summaries; the steps that read a document's text
/// read its whole view back one at a time. From the reading to the print edition, a corpus's texts are on disk
/// rather than in the heap.
/// </summary>
public sealed class SpilledDocumentViews : IDocumentViewStore, IDisposable
{
    private readonly SpillFile _spill = new();
    private readonly ConcurrentDictionary<(string TeiFile, string Id), SpilledBytes> _whole = new();

    /// <summary><paramref name="reading"/> with each document's view set down here and replaced by its summary (a volume's parts stay whole).</summary>
    public TeiFileReading Hold(TeiFileReading reading)
    {
        // An id two documents of the file share (not valid TEI) would name both: such documents stay whole.
        var shared = reading.Documents.GroupBy(d => d.View.Id, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return reading with { Documents = [.. reading.Documents.Select(d => shared.Contains(d.View.Id) ? d : Hold(d))] };
    }

    /// <summary>
    /// A summary's whole view: the summary's header (as the edition dated it) with its texts, rows, front, back,
    /// notes and apparatus read back; null for a view this store did not hold.
    /// </summary>
    public DocumentView? Read(DocumentView summary)
    {
        if (summary.Kind != "document" || !_whole.TryGetValue((summary.TeiFile, summary.Id), out var spilled))
        {
            return null;
        }

        var whole = BinaryEntry.Read<TeiFileReading>(_spill.Read(spilled))?.Documents.SingleOrDefault()?.View
            ?? throw new IOException($"the spilled view of document '{summary.Id}' reads back damaged");
        return summary with
        {
            Texts = whole.Texts,
            Rows = RowAligner.Align(whole.Texts), // a document's rows hold the very blocks of its texts: aligned again, not stored twice
            Front = whole.Front,
            Back = whole.Back,
            Notes = whole.Notes,
            Apparatus = whole.Apparatus,
        };
    }

    public void Dispose() => _spill.Dispose();

    /// <summary>What the lists, indexes, links and metadata read: all but the texts' blocks, the rows, front, back, notes and apparatus.</summary>
    internal static DocumentView Summary(DocumentView d) => d with
    {
        Texts = [.. d.Texts.Select(t => t with { Blocks = [] })],
        Rows = [],
        Front = [],
        Back = [],
        Notes = [],
        Apparatus = [],
    };

    /// <summary>
    /// The view inside a one-document file reading, the type the reading cache writes: the native build's MemoryPack
    /// could not serialise a bare DocumentView once a file reading had been serialised (a generic virtual call with
    /// no compiled body), while the file reading's own formatter, which the cache proves, carries the view as well.
    /// </summary>
    private static byte[] Entry(DocumentReading document) =>
        BinaryEntry.Write(new TeiFileReading(document.View.TeiFile, [document with { View = document.View with { Rows = [] }, Mentions = [] }], [], [], []));

    private DocumentReading Hold(DocumentReading document)
    {
        var view = document.View;
        if (view.Kind != "document" || !_whole.TryAdd((view.TeiFile, view.Id), _spill.Add(Entry(document))))
        {
            return document; // a volume's part, or a file read twice: kept whole
        }

        return document with { View = Summary(view) };
    }
}
