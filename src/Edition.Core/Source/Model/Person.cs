using Edition.Core.Text;

namespace Edition.Core.Source.Model;

/// <summary>An entry of <c>persons.yml</c>.</summary>
public sealed record Person
{
    public required string Id { get; init; }
    public required string Name { get; init; }

    /// <summary>The name as written in each language, by language code.</summary>
    public IReadOnlyDictionary<string, string> Names { get; init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary><c>sort:</c>, the index's sort key ("Clausewitz, Karl von"; the name itself: sorted as written), or null.</summary>
    public string? Sort { get; init; }
    public string? Birth { get; init; }
    public string? Death { get; init; }
    public string? Note { get; init; }
    public string? Wikidata { get; init; }
    public string? Viaf { get; init; }
    public required SourceSpan Span { get; init; }
}
