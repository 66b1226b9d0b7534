namespace Edition.Rendering.Html.Models;

/// <summary>How to cite a document or a passage: Chicago text and links to BibTeX, RIS and CSL-JSON files.</summary>
public sealed record CitationView(string Id, string Label, string Chicago, SafeHtml ChicagoHtml, string Bibtex, string Ris, string CslJson, string? Url);
