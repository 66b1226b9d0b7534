using Edition.Core.Source.Model;
using MemoryPack;
namespace Edition.Tei.Reading.Views;

/// <summary>Where a document is held, read from <c>msIdentifier</c>, with the conventional short form.</summary>
[MemoryPackable]
public sealed partial record ArchiveView : ArchiveHolding
{
    public string? Repository { get; init; }
    public string? FolioFrom { get; init; }
    public string? FolioTo { get; init; }

    /// <summary>The pages, from the locus typed "page": "3" and "4" for pp. 3–4.</summary>
    public string? PageFrom { get; init; }
    public string? PageTo { get; init; }

    /// <summary>The short form as the TEI gives it: "f. 45, op. 1, d. 339, ll. 64–65".</summary>
    public string? Shelfmark { get; init; }

    /// <summary>The convention the holding's short forms are written in, where the TEI says (their <c>xml:lang</c>); null: its country's.</summary>
    public string? Convention { get; init; }

    /// <summary>Other idnos (e.g. a FRUS volume id), type → value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> OtherIds { get; init; } = [];
    public IReadOnlyList<string> OtherHoldings { get; init; } = [];
}
