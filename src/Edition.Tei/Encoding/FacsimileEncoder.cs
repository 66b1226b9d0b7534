using System.Globalization;
using System.Xml.Linq;
using Edition.Core.Source.Facsimiles;
using Edition.Core.Source.Markup;
using Edition.Core.Source.Model;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Encoding;

/// <summary>
/// A document's page images as TEI: <c>facsimile</c> with a <c>surface</c> per page (its <c>graphic</c>, its
/// zones), and the pointers into it: <c>pb/@facs</c> to a surface, a segment's <c>@facs</c> to its zones.
/// </summary>
internal sealed class FacsimileEncoder
{
    private readonly AuthoredDocument _document;
    private readonly Dictionary<DirectiveInline, string> _pageBreaks = new(ReferenceEqualityComparer.Instance);

    public FacsimileEncoder(AuthoredDocument document)
    {
        _document = document;
        var links = FacsimileLinks.Of(document);
        Transcription = links.Transcription;
        for (var i = 0; i < links.PageBreaks.Count; i++)
        {
            if (links.Pages[i] is { } page)
            {
                _pageBreaks[links.PageBreaks[i]] = "#" + SurfaceId(page);
            }
        }
    }

    /// <summary>The text whose page breaks and segments point into the facsimile.</summary>
    public DocumentText? Transcription { get; }

    public string? PageBreak(DirectiveInline pb) => _pageBreaks.GetValueOrDefault(pb);

    /// <summary>The zones of a segment of the transcription, as a pointer list (null: none).</summary>
    public string? Segment(string key)
    {
        var zones = Pages.SelectMany((p, i) => p.Zones.Where(z => z.Segment == key).Select(z => "#" + ZoneId(i, z))).ToList();
        return zones.Count == 0 ? null : string.Join(' ', zones);
    }

    public XElement? Encode()
    {
        if (_document.Meta.Facsimile is not { } facsimile || facsimile.Pages.Count == 0)
        {
            return null;
        }

        return E("facsimile", A("sameAs", facsimile.Manifest is { } m && FacsimileLoader.IsWeb(m) ? m : null),
            facsimile.Pages.Select((p, i) => Surface(p, i).From(p.Span)));
    }

    private IReadOnlyList<FacsimilePage> Pages => _document.Meta.Facsimile?.Pages ?? [];

    private XElement Surface(FacsimilePage page, int index) =>
        E("surface", A(XmlId, SurfaceId(index)), A("n", page.Label), A("corresp", page.Canvas),
            A("ulx", "0"), A("uly", "0"), A("lrx", Number(page.Width)), A("lry", Number(page.Height)),
            E("graphic",
                A("url", page.Service is { } s ? s + "/info.json" : page.Image),
                A("mimeType", MimeType(page)),
                A("width", Number(page.Width) + "px"), A("height", Number(page.Height) + "px")),
            page.Zones.Select(z => E("zone", A(XmlId, ZoneId(index, z)),
                A("ulx", Number(z.X)), A("uly", Number(z.Y)), A("lrx", Number(z.X + z.Width)), A("lry", Number(z.Y + z.Height))).From(z.Span)));

    /// <summary>A IIIF service is named by its info.json, which is JSON-LD; a file by its type.</summary>
    private static string? MimeType(FacsimilePage page) => page.Service is not null ? "application/ld+json"
        : Path.GetExtension(page.Image ?? "").ToLowerInvariant() switch
        {
            ".png" => "image/png",
            ".jpg" or ".jpeg" => "image/jpeg",
            _ => null,
        };

    private string SurfaceId(int index) => $"{_document.Id}-f{index + 1}";

    private string ZoneId(int index, FacsimileZone zone) => $"{SurfaceId(index)}-{zone.Segment}";

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
