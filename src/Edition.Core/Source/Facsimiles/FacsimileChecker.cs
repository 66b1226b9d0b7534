using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;

namespace Edition.Core.Source.Facsimiles;

/// <summary>Checks a document's page images against its transcription: page breaks and pages agree, zones name its segments and lie on their image.</summary>
internal static class FacsimileChecker
{
    public static void Check(AuthoredDocument document, List<Diagnostic> diagnostics)
    {
        if (document.Meta.Facsimile is not { } facsimile)
        {
            return;
        }

        var links = FacsimileLinks.Of(document);
        if (links.ByOrder && links.PageBreaks.Count > 0 && links.PageBreaks.Count != facsimile.Pages.Count)
        {
            diagnostics.Add(SourceDiagnostics.FacsimilePageCount.At(facsimile.Span, facsimile.Pages.Count, links.PageBreaks.Count, links.Transcription!.File));
        }

        for (var i = 0; i < links.PageBreaks.Count; i++)
        {
            if (links.Pages[i] is null && links.PageBreaks[i].Named1("facs") is { } name)
            {
                var known = string.Join(", ", facsimile.Pages.Select(p => p.Label ?? Path.GetFileName(p.Image) ?? "").Where(n => n.Length > 0));
                diagnostics.Add(SourceDiagnostics.FacsimileUnknownPage.At(links.PageBreaks[i].Span, name, known.Length > 0 ? known : "none"));
            }
        }

        var segments = links.Transcription is { } text ? TextAlignment.Of(document).Keys(text) : new Dictionary<string, Markup.Block>();
        foreach (var page in facsimile.Pages)
        {
            foreach (var zone in page.Zones)
            {
                CheckZone(zone, page, segments, links.Transcription?.File, diagnostics);
            }
        }
    }

    private static void CheckZone(FacsimileZone zone, FacsimilePage page, IReadOnlyDictionary<string, Markup.Block> segments, string? file, List<Diagnostic> diagnostics)
    {
        if (!segments.ContainsKey(zone.Segment))
        {
            diagnostics.Add(SourceDiagnostics.FacsimileZoneInvalid.At(zone.Span, $"zone names segment '{zone.Segment}', which {file ?? "the transcription"} does not have"));
        }
        else if ((long)zone.X + zone.Width > page.Width || (long)zone.Y + zone.Height > page.Height)
        {
            diagnostics.Add(SourceDiagnostics.FacsimileZoneInvalid.At(zone.Span, $"the zone of segment '{zone.Segment}' reaches beyond its image ({page.Width} × {page.Height} pixels)"));
        }
    }
}
