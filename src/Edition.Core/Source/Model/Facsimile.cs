using Edition.Core.Text;

namespace Edition.Core.Source.Model;

/// <summary>A document's page images (<c>facsimile:</c> in document.yml): its pages in order, and the manifest they came from.</summary>
public sealed record Facsimile(IReadOnlyList<FacsimilePage> Pages, SourceSpan Span)
{
    /// <summary>The IIIF Presentation manifest named under <c>manifest:</c> (a file in the document's folder, or a URL), if any.</summary>
    public string? Manifest { get; init; }
}
