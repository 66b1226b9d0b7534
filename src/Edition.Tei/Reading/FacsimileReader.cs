using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Edition.Tei.Reading.Views;

namespace Edition.Tei.Reading;

/// <summary>
/// Reads a TEI file's <c>facsimile</c>: each <c>surface</c> with a <c>graphic</c> and a size (its coordinates, else
/// the graphic's pixel width and height), and its rectangular zones. A surface without both is left out.
/// </summary>
internal static class FacsimileReader
{
    public static (IReadOnlyList<SurfaceView> Surfaces, string? Manifest) Read(XElement root, ElementLedger ledger)
    {
        var surfaces = new List<SurfaceView>();
        string? manifest = null;
        foreach (var facsimile in root.Elements(TeiNames.N("facsimile")))
        {
            ledger.KnownWithin(facsimile);
            manifest ??= facsimile.Attr("sameAs");
            surfaces.AddRange(facsimile.Elements(TeiNames.N("surface")).Select(Surface).OfType<SurfaceView>());
        }

        return (surfaces, manifest);
    }

    private static SurfaceView? Surface(XElement surface, int index)
    {
        var graphic = surface.Element(TeiNames.N("graphic"));
        var url = graphic?.Attr("url");
        var width = Coordinate(surface.Attr("lrx")) - Coordinate(surface.Attr("ulx")) ?? Pixels(graphic?.Attr("width"));
        var height = Coordinate(surface.Attr("lry")) - Coordinate(surface.Attr("uly")) ?? Pixels(graphic?.Attr("height"));
        if (url is null || width is not > 0 || height is not > 0)
        {
            return null;
        }

        var (line, column) = graphic is IXmlLineInfo info && info.HasLineInfo() ? (info.LineNumber, info.LinePosition) : (0, 0);
        return new SurfaceView(surface.Id() ?? $"surface-{index + 1}", url, width.Value, height.Value, line, column)
        {
            Label = surface.Attr("n"),
            Canvas = surface.Attr("corresp"),
            Zones = surface.Elements(TeiNames.N("zone")).Select(Zone).OfType<ZoneView>().ToList(),
        };
    }

    private static ZoneView? Zone(XElement zone)
    {
        var (ulx, uly, lrx, lry) = (Coordinate(zone.Attr("ulx")), Coordinate(zone.Attr("uly")), Coordinate(zone.Attr("lrx")), Coordinate(zone.Attr("lry")));
        return zone.Id() is { } id && ulx is { } x && uly is { } y && lrx > x && lry > y ? new ZoneView(id, x, y, lrx.Value - x, lry.Value - y) : null;
    }

    private static int? Coordinate(string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d is >= 0 and < int.MaxValue ? (int)Math.Round(d) : null;

    /// <summary>A graphic's size in pixels (<c>1200px</c>, or a bare number); other units say nothing of pixels.</summary>
    private static int? Pixels(string? value) =>
        value is null ? null : Coordinate(value.EndsWith("px", StringComparison.Ordinal) ? value[..^2] : value);
}
