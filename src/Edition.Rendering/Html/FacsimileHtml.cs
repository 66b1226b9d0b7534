using System.Globalization;
using System.Text;
using Edition.Rendering.Facsimiles;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// The facsimile pane of a document page: each page image at reading size (what a reader without JavaScript
/// sees), with what the viewer script needs as data: its tiles' folder, its size, and its zones with the
/// segments they hold. A page whose image is not available is left out.
/// </summary>
internal static class FacsimileHtml
{
    public static SafeHtml Render(DocumentView d, FacsimileImages images, string root, Labels labels)
    {
        if (d.Facsimile.Count == 0)
        {
            return SafeHtml.Empty;
        }

        var segments = d.Texts.SelectMany(t => t.Blocks).Where(b => b.Id is not null).SelectMany(b => b.Facs.Select(z => (Zone: z, b.Id)))
            .ToLookup(x => x.Zone, x => x.Id!, StringComparer.Ordinal);
        var sb = new StringBuilder();
        sb.Append($"<section class=\"facsimile\" aria-labelledby=\"facs-h\" data-show-label=\"{HtmlText.Escape(labels.Get("facsimile_show"))}\"><h2 id=\"facs-h\">{HtmlText.Escape(labels.Get("facsimile"))}</h2>");
        foreach (var surface in d.Facsimile)
        {
            if (images.Find(d.TeiFile, surface) is { ReadingImage: { } reading } image)
            {
                Page(sb, surface, image, Href(root, reading), image.TilePath is { } tiles ? root + tiles : image.Service, segments, labels);
            }
        }

        sb.Append("</section>");
        return new SafeHtml(sb.ToString());
    }

    private static void Page(StringBuilder sb, SurfaceView surface, FacsimileImage image, string reading, string? tiles, ILookup<string, string> segments, Labels labels)
    {
        var label = $"{labels.Get("facsimile_page")} {surface.Label ?? ""}".Trim();
        var (w, h) = image.ReadingSize;
        var zones = string.Join(";", surface.Zones.Select(z => string.Create(CultureInfo.InvariantCulture, $"{z.Id} {z.X} {z.Y} {z.Width} {z.Height} {string.Join(",", segments[z.Id])}")));
        sb.Append(CultureInfo.InvariantCulture, $"<figure class=\"facs-page\" id=\"facs-{HtmlText.Escape(surface.Id)}\" data-surface=\"{HtmlText.Escape(surface.Id)}\" data-width=\"{surface.Width}\" data-height=\"{surface.Height}\"");
        sb.Append(tiles is null ? "" : $" data-tiles=\"{HtmlText.Escape(tiles)}\"").Append(image.TilePath is null ? "" : " data-level0=\"true\"");
        sb.Append(CultureInfo.InvariantCulture, $" data-zones=\"{HtmlText.Escape(zones)}\"><img src=\"{HtmlText.Escape(reading)}\" alt=\"{HtmlText.Escape(label)}\" width=\"{w}\" height=\"{h}\" loading=\"lazy\">");
        sb.Append($"<figcaption>{HtmlText.Escape(label)}</figcaption></figure>");
    }

    private static string Href(string root, string path) => path.StartsWith("http", StringComparison.Ordinal) ? path : root + path;
}
