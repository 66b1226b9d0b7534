namespace Edition.Import.Wilson.Citation;

/// <summary>The holdings a citation names, in citation order, and the parts that could not be read.</summary>
public sealed record CitationParseResult(IReadOnlyList<ArchiveCitation> Archives, IReadOnlyList<string> Problems);
