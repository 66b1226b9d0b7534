using Edition.Core.Caching;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// The documents' whole views set down once in a spill file (MemoryPack, as the reading cache keeps them) and read
/// back one at a time by the steps that read a document's text, while the edition's view holds their summaries:
/// from assembly to the print edition, a corpus's texts are on disk rather than in the heap.
/// </summary>
public sealed class SpilledDocumentViews : IDocumentViewStore, IDisposable
{
    private readonly SpillFile _spill = new();
    private readonly Dictionary<DocumentView, SpilledBytes> _whole = new(ReferenceEqualityComparer.Instance);

    /// <summary><paramref name="edition"/> with each document's view set down here and replaced by its summary.</summary>
    public EditionView Hold(EditionView edition)
    {
        var documents = edition.Documents;
        var summaries = new DocumentView[documents.Count];
        var spilled = new SpilledBytes[documents.Count];
        Parallel.For(0, documents.Count, i =>
        {
            // A document's rows hold the very blocks of its texts: aligned again on reading back, not stored twice.
            spilled[i] = _spill.Add(BinaryEntry.Write(documents[i] with { Rows = [] }));
            summaries[i] = Summary(documents[i]);
        });
        for (var i = 0; i < summaries.Length; i++)
        {
            _whole.Add(summaries[i], spilled[i]);
        }

        return edition with { Documents = summaries, Stored = this };
    }

    public DocumentView? Read(DocumentView summary)
    {
        if (!_whole.TryGetValue(summary, out var spilled))
        {
            return null;
        }

        var view = BinaryEntry.Read<DocumentView>(_spill.Read(spilled)) ?? throw new IOException($"the spilled view of document '{summary.Id}' reads back damaged");
        return view with { Rows = RowAligner.Align(view.Texts) };
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
}
