using Edition.Core.Text;

namespace Edition.Core.Source.Model;

/// <summary>An entry of <c>places.yml</c>.</summary>
public sealed record Place
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();
    public string? Note { get; init; }
    public string? Wikidata { get; init; }
    public string? Geonames { get; init; }
    public required SourceSpan Span { get; init; }
}
