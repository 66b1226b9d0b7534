namespace Edition.Rendering.Html.Models;

/// <summary>
/// A document's archival citation: <c>short</c> in the Russian archival form (APRF, f. 45, op. 1, d. 339,
/// ll. 64–65), <c>long</c> spelled out in the UI language (fond, inventory (opis), file (delo), folios).
/// </summary>
public sealed record ArchiveText(string? Repository, string? Abbreviation, string? Place, string Short, string Long);
