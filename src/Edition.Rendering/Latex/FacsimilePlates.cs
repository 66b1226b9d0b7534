using Edition.Core.Diagnostics;
using Edition.Rendering.Facsimiles;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>One page image printed on a page of its own after its document: the copied file and its page's label.</summary>
public sealed record PrintPlate(string Path, string Label);

/// <summary>
/// The print plates of edition.yml's <c>print: {facsimiles: plates}</c>: each page image that is a local file xelatex
/// can include, in page order. Images shown from the web are not printed (nothing is fetched at build time).
/// </summary>
internal static class FacsimilePlates
{
    public static bool Wanted(EditionView edition) => edition.PrintFacsimiles == "plates";

    public static IReadOnlyList<PrintPlate> Of(DocumentView d, FacsimileImages images) =>
        d.Facsimile.Select(s => (Surface: s, Image: images.Find(d.TeiFile, s)))
            .Where(p => p.Image?.PrintPath is not null)
            .Select(p => new PrintPlate(p.Image!.PrintPath!, p.Surface.Label ?? ""))
            .ToList();

    /// <summary>Once per document, at its first page shown from the web: its images from the web that have no plate.</summary>
    public static void Report(EditionView edition, FacsimileImages images, DiagnosticBag diagnostics)
    {
        if (!Wanted(edition))
        {
            return;
        }

        foreach (var d in edition.Documents)
        {
            var remote = d.Facsimile.Select(s => images.Find(d.TeiFile, s)).Where(i => i is { SourcePath: null, At: not null }).ToList();
            if (remote.Count > 0)
            {
                var first = remote[0]!;
                diagnostics.Add(RenderingDiagnostics.PageImagesNotPrinted.At(first.At!.Value, remote.Count, d.Id, first.Service ?? first.RemoteUrl));
            }
        }
    }
}
