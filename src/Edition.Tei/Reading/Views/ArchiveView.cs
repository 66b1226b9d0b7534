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

    /// <summary>"f. 45, op. 1, d. 339, ll. 64–65".</summary>
    public string? Shelfmark { get; init; }

    /// <summary>Other idnos (e.g. a FRUS volume id), type → value.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> OtherIds { get; init; } = [];
    public IReadOnlyList<string> OtherHoldings { get; init; } = [];
}
