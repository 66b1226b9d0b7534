namespace Edition.Rendering.Html.Models;

/// <summary>
/// A document's archival citation: <c>short</c> in the Russian archival form (APRF, f. 45, op. 1, d. 339,
/// ll. 64–65), <c>long</c> spelled out in the UI language (fond, inventory (opis), file (delo), folios).
/// </summary>
/// <remarks><see cref="OtherHoldings"/>: the further holdings (document.yml's <c>archives</c>), each in its short form.</remarks>
public sealed record ArchiveText(string? Repository, string? Abbreviation, string? Place, string Short, string Long)
{
    public IReadOnlyList<string> OtherHoldings { get; init; } = [];
}
