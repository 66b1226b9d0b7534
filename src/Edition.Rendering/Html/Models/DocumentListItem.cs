namespace Edition.Rendering.Html.Models;

/// <summary>
/// A line of the list of documents: a document with what its filters need (ids of persons, places, languages) and
/// where it stands in its volume; or, in a volume's listing, a part of it (a chapter's heading, a page of front or
/// back matter).
/// </summary>
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

    /// <summary>"document"; in a volume's listing also "volume" (its title), "heading" (a part holding documents) or "part" (a page of text).</summary>
    public string Kind { get; init; } = "document";

    /// <summary>The heading level under the list's title (2 for a volume, 3 for its parts, deeper for theirs; at most 6).</summary>
    public int Level { get; init; }

    /// <summary>The volume's title, and the part (chapter, section…) the document is in, with its page; null outside volumes.</summary>
    public string? Volume { get; init; }
    public string? Chapter { get; init; }
    public string? ChapterHref { get; init; }

    /// <summary>The parts it is in, innermost first (what a filtered listing needs to show their headings).</summary>
    public IReadOnlyList<string> Groups { get; init; } = [];
}
