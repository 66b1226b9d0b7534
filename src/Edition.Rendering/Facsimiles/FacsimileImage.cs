using System.Globalization;

namespace Edition.Rendering.Facsimiles;

/// <summary>
/// Where a page image is shown from: a local file's static IIIF tiles under <c>site/iiif/KEY/</c> (KEY from its
/// bytes, so an unchanged image keeps its tiles), a IIIF Image API service by URL, or a plain image by URL.
/// </summary>
public sealed record FacsimileImage(int Width, int Height)
{
    /// <summary>The width of the image shown without JavaScript (and of the print plate's file): the reading size.</summary>
    public const int ReadingWidth = 800;

    /// <summary>The local file (null for a URL).</summary>
    public string? SourcePath { get; init; }

    /// <summary>The local file's content hash (XxHash128, hex).</summary>
    public string? ContentHash { get; init; }

    /// <summary>The local file's type when xelatex can include it ("jpg", "png" or "pdf"), else null: no print plate.</summary>
    public string? PrintFormat { get; init; }

    /// <summary>Where the page's image is named in the sources (its graphic's line), for what is said about it.</summary>
    public Core.Text.SourceSpan? At { get; init; }

    /// <summary>The copy of the local file a print plate shows, relative to <c>print/</c> (null: none to print).</summary>
    public string? PrintPath => ContentHash is null || PrintFormat is null ? null : $"images/facs-{ContentHash[..16]}.{PrintFormat}";

    /// <summary>A IIIF Image API service's URL, without <c>/info.json</c>.</summary>
    public string? Service { get; init; }

    /// <summary>A plain image's URL (http or https).</summary>
    public string? RemoteUrl { get; init; }

    /// <summary>The tiles' folder in the site, relative to its root; the IIIF image service's id is this folder's URL.</summary>
    public string? TilePath => ContentHash is null ? null : "iiif/" + ContentHash[..16];

    /// <summary>The reading-size image's size: at most <see cref="ReadingWidth"/> wide, in the image's proportions.</summary>
    public (int Width, int Height) ReadingSize =>
        Width <= ReadingWidth ? (Width, Height) : (ReadingWidth, Math.Max(1, (int)Math.Round((double)Height * ReadingWidth / Width)));

    /// <summary>The reading-size image: a file the tiles' folder holds (a size its info.json lists), or a service's or URL's own.</summary>
    public string? ReadingImage
    {
        get
        {
            var (w, h) = ReadingSize;
            var size = string.Create(CultureInfo.InvariantCulture, $"{w},{h}");
            return TilePath is { } tiles ? $"{tiles}/full/{size}/0/default.jpg"
                : Service is { } service ? $"{service}/full/{w},/0/default.jpg"
                : RemoteUrl;
        }
    }

    public string Fingerprint => $"{ContentHash}|{Service}|{RemoteUrl}|{Width}x{Height}";
}
