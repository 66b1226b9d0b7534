namespace Edition.Rendering.Html.Models;

/// <summary>A person or place of an index page with its occurrences, each linking to the passage.</summary>
public sealed record EntryItem
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Names { get; init; } = [];
    public string? Dates { get; init; }
    public string? Note { get; init; }
    public IReadOnlyList<KeyValuePair<string, string>> Links { get; init; } = [];
    public IReadOnlyList<OccurrenceLink> Occurrences { get; init; } = [];
}
