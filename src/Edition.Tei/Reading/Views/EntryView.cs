using MemoryPack;
namespace Edition.Tei.Reading.Views;

/// <summary>A person or place of the edition's index, with every place it is named.</summary>
[MemoryPackable]
public sealed partial record EntryView
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Names { get; init; } = [];
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The index's sort key of the main name (<c>person/@sortKey</c>, or the name's surname and forename parts), or null: derived from the name.</summary>
    public string? SortKey { get; init; }
    public string? Birth { get; init; }
    public string? Death { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Links { get; init; } = [];
    public IReadOnlyList<OccurrenceView> Occurrences { get; init; } = [];
}
