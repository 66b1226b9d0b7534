using Edition.Core.Text;

namespace Edition.Core.Source.Model;

/// <summary>
/// One page image: a file in the document's folder (<see cref="Image"/>), an image by URL, or a IIIF Image API
/// service (<see cref="Service"/>, referenced, never fetched). Its size in pixels is read from a file, or given.
/// </summary>
public sealed record FacsimilePage(string? Image, string? Service, int Width, int Height, SourceSpan Span)
{
    /// <summary>The page's label (a folio, <c>1r</c>); what <c>{pb … facs=…}</c> may name it by, with its image's file name.</summary>
    public string? Label { get; init; }

    /// <summary>The canvas of the manifest this page was taken from.</summary>
    public string? Canvas { get; init; }

    /// <summary>The full path of a local image file (null for a URL or a service).</summary>
    public string? LocalPath { get; init; }

    public IReadOnlyList<FacsimileZone> Zones { get; init; } = [];

    /// <summary>Whether <c>facs=</c> names this page: by its label or its image's file name.</summary>
    public bool IsNamed(string name) =>
        name == Label || (Image is { } image && (image == name || Path.GetFileName(image) == name));
}
