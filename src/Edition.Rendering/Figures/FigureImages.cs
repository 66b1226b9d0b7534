using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Text;
using Edition.Core.Source;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Figures;

/// <summary>
/// The images of an edition's figures, found once per build (each problem reported once, at its graphic's line)
/// and then read by the site and the print edition alike: where each image is, the files to copy into
/// <c>site/images/</c> and <c>print/images/</c>, and what each document's pages depend on (their cache keys).
/// </summary>
public sealed class FigureImages
{
    private readonly Dictionary<(string TeiFile, string Url), FigureImage> _images;

    private FigureImages(Dictionary<(string, string), FigureImage> images) => _images = images;

    /// <summary>The documents' page images (their facsimiles), resolved with the figures' and read by the same renderers.</summary>
    public Facsimiles.FacsimileImages Facsimiles { get; set; } = Rendering.Facsimiles.FacsimileImages.None;

    /// <summary>No image files (a render outside a build): http(s) images are shown, every other one is absent.</summary>
    public static FigureImages None { get; } = new([]);

    /// <param name="projectRoot">The project's folder: no image outside it is copied.</param>
    public static FigureImages Resolve(EditionView edition, IReadOnlyList<EncodedDocument> tei, string projectRoot, DiagnosticBag diagnostics)
    {
        var sources = tei.ToDictionary(t => t.FileName, t => t.SourceFile, StringComparer.Ordinal);
        var images = new Dictionary<(string, string), FigureImage>();
        var reported = new HashSet<(string, int, int)>();
        foreach (var d in edition.FullDocuments())
        {
            foreach (var g in DocumentGraphics.Of(d))
            {
                var teiPath = sources.GetValueOrDefault(d.TeiFile);
                var at = new SourceSpan(teiPath is null ? "tei/" + d.TeiFile : SourcePaths.Display(teiPath), g.Line, g.Column);
                // A graphic that two documents' views share (a volume's front matter) is found and reported once.
                if (reported.Add((d.TeiFile, g.Line, g.Column)))
                {
                    images.TryAdd((d.TeiFile, g.Url), ImageLocator.Locate(g.Url, teiPath, projectRoot, at, diagnostics));
                }
            }
        }

        return new FigureImages(images);
    }

    /// <summary>The image a graphic of this TEI file names.</summary>
    public FigureImage Find(string teiFile, string url) =>
        _images.GetValueOrDefault((teiFile, url)) ?? (ImageLocator.IsWeb(url) ? new FigureImage(url) { RemoteUrl = url } : new FigureImage(Path.GetFileName(url.Split('#', '?')[0]) is { Length: > 0 } n ? n : url));

    /// <summary>What a document's page and print part read of the images (not their bytes: the page names the file, the PDF's key hashes it).</summary>
    public string KeyOf(DocumentView d) =>
        string.Join("\n", DocumentGraphics.Of(d).Select(g => g.Url).Distinct(StringComparer.Ordinal).Select(u => u + "=" + Find(d.TeiFile, u).Fingerprint))
        + (d.Facsimile.Count == 0 ? "" : "\nfacsimile\n" + Facsimiles.KeyOf(d));

    public IEnumerable<OutputFile> SiteFiles() => Files(i => i.SitePath, "site/");

    public IEnumerable<OutputFile> PrintFiles() => Files(i => i.PrintPath, "print/");

    /// <summary>Each image once, read only if the output does not hold it already (its hash taken when it was found).</summary>
    private IEnumerable<OutputFile> Files(Func<FigureImage, string?> path, string folder) =>
        _images.Values.Where(i => path(i) is not null && i.SourcePath is not null)
            .DistinctBy(path, StringComparer.Ordinal)
            .OrderBy(path, StringComparer.Ordinal)
            .Select(i => OutputFile.Deferred(folder + path(i), i.ContentHash!, () => Read(i)));

    private static byte[] Read(FigureImage image)
    {
        var bytes = File.ReadAllBytes(image.SourcePath!);
        return OutputFile.HashOf(bytes) == image.ContentHash ? bytes : throw new IOException($"{image.SourcePath} changed during the build: run the build again");
    }
}
