using MemoryPack;

namespace Edition.Tei.Reading.Views;

/// <summary>
/// One page image of a document (a TEI <c>surface</c>): its image's URL as written (a file relative to the TEI
/// file's folder, an http(s) image, or a IIIF Image API service named by its <c>info.json</c>), its size in
/// pixels, and its zones. Line and column place it in the TEI file, for a finding about its image.
/// </summary>
[MemoryPackable]
public sealed partial record SurfaceView(string Id, string Url, int Width, int Height, int Line, int Column)
{
    /// <summary>The page's label (<c>@n</c>: a folio).</summary>
    public string? Label { get; init; }

    /// <summary>The canvas of a IIIF manifest this page is (<c>@corresp</c>).</summary>
    public string? Canvas { get; init; }

    public IReadOnlyList<ZoneView> Zones { get; init; } = [];

    /// <summary>The IIIF Image API service the image comes from (its URL without <c>/info.json</c>), null for an image file.</summary>
    [MemoryPackIgnore]
    public string? Service => Url.EndsWith("/info.json", StringComparison.Ordinal) ? Url[..^"/info.json".Length] : null;
}
