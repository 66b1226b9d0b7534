using System.Globalization;
using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Core.Source.Yaml;
using Edition.Core.Text;

namespace Edition.Core.Source.Facsimiles;

/// <summary>
/// Reads document.yml's <c>facsimile:</c>: the pages listed under <c>pages:</c>, else the canvases of a manifest
/// file named under <c>manifest:</c>. A local image is checked here (there, and a PNG or JPEG whose size its header
/// gives); URLs are kept as written, never fetched.
/// </summary>
public static class FacsimileLoader
{
    internal static Facsimile? Read(YamlMap? map, string folder, List<Diagnostic> diagnostics)
    {
        if (map is null)
        {
            return null;
        }

        var manifest = map.String("manifest");
        var pages = map.MapList("pages").Select(p => ReadPage(p, folder, diagnostics)).OfType<FacsimilePage>().ToList();
        if (pages.Count == 0 && manifest is not null && !IsWeb(manifest))
        {
            pages = ManifestCanvases.Read(manifest, folder, map.SpanOf("manifest"), diagnostics).ToList();
        }

        return new Facsimile(pages, map.Span) { Manifest = manifest };
    }

    public static bool IsWeb(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || url.StartsWith("http://", StringComparison.OrdinalIgnoreCase);

    private static FacsimilePage? ReadPage(YamlMap map, string folder, List<Diagnostic> diagnostics)
    {
        // Every field read before any is judged, so each is checked (and its mistakes reported) whatever the others hold.
        var (image, service, label) = (map.String("image"), map.String("service"), map.String("label"));
        var (width, height) = (Number(map, "width"), Number(map, "height"));
        var zones = map.MapList("zones").Select(z => ReadZone(z, diagnostics)).OfType<FacsimileZone>().ToList();
        if ((image is null) == (service is null))
        {
            diagnostics.Add(SourceDiagnostics.FacsimilePageIncomplete.At(map.Span, "a page names exactly one of 'image' and 'service'"));
            return null;
        }

        if (image is not null && !IsWeb(image))
        {
            return Local(image, folder, map.SpanOf("image"), diagnostics) is { } local
                ? local with { Label = label, Zones = zones, Span = map.Span }
                : null;
        }

        if (width is not > 0 || height is not > 0)
        {
            diagnostics.Add(SourceDiagnostics.FacsimilePageIncomplete.At(map.Span, $"a page given by URL needs 'width' and 'height' in pixels (its {(image is null ? "service" : "image")} is not fetched at build time)"));
            return null;
        }

        return new FacsimilePage(image, service?.TrimEnd('/'), width.Value, height.Value, map.Span) { Label = label, Zones = zones };
    }

    /// <summary>A file of the document's folder, its size read from its header.</summary>
    internal static FacsimilePage? Local(string image, string folder, SourceSpan at, List<Diagnostic> diagnostics)
    {
        var full = Path.GetFullPath(Path.Combine(folder, image));
        if (!ProjectContainment.IsInside(folder, full) || !File.Exists(full) || SpecialFiles.IsSpecial(full))
        {
            diagnostics.Add(SourceDiagnostics.FacsimileImageMissing.At(at, image, "a page image is a file in the document's folder"));
            return null;
        }

        if (ImageHeader.Read(full) is not { } header)
        {
            diagnostics.Add(SourceDiagnostics.FacsimileImageUnreadable.At(at, image, ""));
            return null;
        }

        return new FacsimilePage(image, null, header.Width, header.Height, at) { LocalPath = full };
    }

    private static FacsimileZone? ReadZone(YamlMap map, List<Diagnostic> diagnostics)
    {
        var segment = map.String("segment", required: true);
        var box = map.StringList("box").Select(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1).ToList();
        if (segment is null || box.Count != 4 || box.Any(n => n < 0) || box[2] == 0 || box[3] == 0)
        {
            diagnostics.Add(SourceDiagnostics.FacsimileZoneInvalid.At(map.SpanOf("box"), "a zone's 'box' is four whole numbers: x, y, width, height in pixels from the image's top left"));
            return null;
        }

        return new FacsimileZone(segment, box[0], box[1], box[2], box[3], map.Span);
    }

    private static int? Number(YamlMap map, string key) =>
        map.String(key) is { } s && int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
