using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Iiif;

/// <summary>
/// What of each text stands on each page image: a segment with a zone on that page is tied to the zone (in the
/// transcription and, by its key, in each translation); the others to the page their text's page breaks put them on.
/// </summary>
internal static class PageAnnotations
{
    public sealed record Annotation(int Page, string Lang, string Text, ZoneView? Zone);

    public static IEnumerable<Annotation> Of(DocumentView d)
    {
        var zones = d.Facsimile.SelectMany((s, i) => s.Zones.Select(z => (Zone: z, Page: i))).ToDictionary(z => z.Zone.Id, StringComparer.Ordinal);
        var surfaces = d.Facsimile.Select((s, i) => (s.Id, i)).ToDictionary(s => s.Id, s => s.i, StringComparer.Ordinal);
        var transcription = d.Texts.FirstOrDefault(t => t.Role == "original") ?? d.Texts.FirstOrDefault();
        var byKey = transcription is null ? [] : transcription.Blocks.Where(b => b.Key is not null && b.Facs.Count > 0)
            .ToDictionary(b => b.Key!, b => b.Facs.Where(zones.ContainsKey).Select(f => zones[f]).ToList(), StringComparer.Ordinal);
        foreach (var text in d.Texts)
        {
            var page = text == transcription ? -1 : 0;
            foreach (var block in text.Blocks)
            {
                page = block.Kind == "pb" && block.Facs.FirstOrDefault() is { } f && surfaces.TryGetValue(f, out var p) ? p : PageOf(block, surfaces) ?? page;
                var words = Html.InlineHtmlRenderer.PlainText(block.Inlines).Trim();
                if (words.Length == 0)
                {
                    continue;
                }

                if (block.Key is { } key && byKey.TryGetValue(key, out var placed) && placed.Count > 0)
                {
                    foreach (var (zone, at) in placed)
                    {
                        yield return new Annotation(at, text.Lang, words, zone);
                    }
                }
                else if (page >= 0)
                {
                    yield return new Annotation(page, text.Lang, words, null);
                }
            }
        }
    }

    /// <summary>The page an inline page break inside the block begins.</summary>
    private static int? PageOf(BlockView block, Dictionary<string, int> surfaces) =>
        block.Inlines.OfType<PageBreakNode>().Select(p => p.Facs).LastOrDefault(f => f is not null && surfaces.ContainsKey(f)) is { } facs ? surfaces[facs] : null;
}
