namespace Edition.Rendering.Html.Models;

/// <summary>A document in the list of documents, with what its filters need (ids of persons, places, languages).</summary>
public sealed record DocumentListItem
{
    public required string Id { get; init; }
    public required string Title { get; init; }
    public required string Href { get; init; }
    public string? Date { get; init; }
    public string? DateText { get; init; }
    public string? Summary { get; init; }
    public string? DocumentType { get; init; }
    public IReadOnlyList<string> Persons { get; init; } = [];
    public IReadOnlyList<string> Places { get; init; } = [];
    public IReadOnlyList<string> Langs { get; init; } = [];
}
