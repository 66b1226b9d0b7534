namespace Edition.Import.Wilson.Export;

/// <summary>The metadata block that opens a Wilson Center export, up to and including its contents list.</summary>
internal sealed record ExportHeader(
    string Date,
    int DateLine,
    string Title,
    string Citation,
    int CitationLine,
    string? Url,
    string? RecordId,
    string? Summary,
    string? OriginalLanguage,
    string? LanguageCode,
    string? Credits,
    IReadOnlyList<string> Contents,
    int TextStartLine);
