using MemoryPack;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>A name met in a document, for the edition's indices: entity kind, list entry id, segment, language and the form used.</summary>
[MemoryPackable]
public sealed partial record Mention(string Kind, string Id, string? Segment, string Lang, string Form);

/// <summary>One document read from its TEI, with the names it mentions.</summary>
[MemoryPackable]
public sealed partial record DocumentReading(DocumentView View, IReadOnlyList<Mention> Mentions);

/// <summary>
/// Everything the Read stage takes from one TEI file, and from that file alone: its documents, the places
/// its ids stand (for links) and, for a volume, the persons and terms of its front matter (persons without
/// occurrences, which come from every file's mentions). What the file yields depends on its bytes only, so
/// the build cache keeps it by content hash and an unchanged file is neither parsed nor read again; so does the
/// <see cref="Report"/> of what its texts hold that was rendered generically or left out.
/// </summary>
[MemoryPackable]
public sealed partial record TeiFileReading(string FileName, IReadOnlyList<DocumentReading> Documents, IReadOnlyList<AnchorView> Anchors, IReadOnlyList<EntryView> Persons, IReadOnlyList<EntryView> Terms)
{
    public ReadingReport Report { get; init; } = ReadingReport.Empty;

    /// <summary>A volume's pages that are not documents (chapters' own text, front and back matter), in document order.</summary>
    public IReadOnlyList<DocumentReading> Parts { get; init; } = [];
}
