using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Core.Source;
using Edition.Core.Text;
using Edition.Rendering.Figures;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Facsimiles;

/// <summary>
/// The page images of every document (TEI surfaces), found once per build: a local file relative to its TEI
/// file, inside the project; a IIIF service or an http(s) image by URL. A file that is missing or outside the
/// project is a warning at its graphic's line, and its page is shown without an image.
/// </summary>
public sealed class FacsimileImages
{
    private readonly Dictionary<(string TeiFile, string Url), FacsimileImage> _images;

    private FacsimileImages(Dictionary<(string, string), FacsimileImage> images) => _images = images;

    public static FacsimileImages None { get; } = new([]);

    /// <param name="origin">
    /// Where the author named a document's page (by its position among the document's surfaces): for an encoded
    /// document, its <c>facsimile:</c> entry in document.yml; null (or a null answer): the graphic's line in the TEI file.
    /// </param>
    public static FacsimileImages Resolve(EditionView edition, IReadOnlyList<EncodedDocument> tei, string projectRoot, DiagnosticBag diagnostics, Func<DocumentView, int, SourceSpan?>? origin = null)
    {
        var sources = tei.ToDictionary(t => t.FileName, t => t.SourceFile, StringComparer.Ordinal);
        var images = new Dictionary<(string, string), FacsimileImage>();
        foreach (var d in edition.Documents)
        {
            var teiPath = sources.GetValueOrDefault(d.TeiFile);
            for (var i = 0; i < d.Facsimile.Count; i++)
            {
                var s = d.Facsimile[i];
                if (images.ContainsKey((d.TeiFile, s.Url)))
                {
                    continue;
                }

                var at = origin?.Invoke(d, i) ?? new SourceSpan(teiPath is null ? "tei/" + d.TeiFile : SourcePaths.Display(teiPath), s.Line, s.Column);
                if (Locate(s, teiPath, projectRoot, at, diagnostics) is { } image)
                {
                    images[(d.TeiFile, s.Url)] = image;
                }
            }
        }

        return new FacsimileImages(images);
    }

    public FacsimileImage? Find(string teiFile, SurfaceView surface) => _images.GetValueOrDefault((teiFile, surface.Url));

    /// <summary>Every local image once, by its bytes.</summary>
    public IReadOnlyList<FacsimileImage> Local => Distinct(_images.Values);

    /// <summary>The local images of these documents (a shard's) once, by their bytes.</summary>
    public IReadOnlyList<FacsimileImage> LocalOf(IEnumerable<DocumentView> documents) =>
        Distinct(documents.SelectMany(d => d.Facsimile.Select(s => Find(d.TeiFile, s))).OfType<FacsimileImage>());

    private static List<FacsimileImage> Distinct(IEnumerable<FacsimileImage> images) =>
        images.Where(i => i.ContentHash is not null).DistinctBy(i => i.ContentHash).OrderBy(i => i.ContentHash, StringComparer.Ordinal).ToList();

    /// <summary>The local page images a print plate shows, each once, copied into <c>print/images/</c>.</summary>
    public IEnumerable<OutputFile> PrintFiles() =>
        Local.Where(i => i.PrintPath is not null)
            .Select(i => OutputFile.Deferred("print/" + i.PrintPath, i.ContentHash!, () => Read(i)));

    private static byte[] Read(FacsimileImage image)
    {
        var bytes = File.ReadAllBytes(image.SourcePath!);
        return OutputFile.HashOf(bytes) == image.ContentHash ? bytes : throw new IOException($"{image.SourcePath} changed during the build: run the build again");
    }

    public string KeyOf(DocumentView d) =>
        string.Join("\n", d.Facsimile.Select(s => s.Url + "=" + Find(d.TeiFile, s)?.Fingerprint));

    private static FacsimileImage? Locate(SurfaceView surface, string? teiPath, string projectRoot, SourceSpan at, DiagnosticBag diagnostics)
    {
        if (surface.Service is { } service && ImageLocator.IsWeb(service))
        {
            return new FacsimileImage(surface.Width, surface.Height) { Service = service, At = at };
        }

        if (ImageLocator.IsWeb(surface.Url))
        {
            return new FacsimileImage(surface.Width, surface.Height) { RemoteUrl = surface.Url, At = at };
        }

        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(teiPath) ?? projectRoot, Uri.UnescapeDataString(surface.Url)));
        if (!ProjectContainment.IsInside(projectRoot, full) || !File.Exists(full) || SpecialFiles.IsSpecial(full))
        {
            diagnostics.Add(RenderingDiagnostics.ImageNotFound.At(at, surface.Url, SourcePaths.Display(full)));
            return null;
        }

        var format = ImageFormat.Of(full);
        return new FacsimileImage(surface.Width, surface.Height)
        {
            SourcePath = full, ContentHash = ImageLocator.Hash(full), At = at, PrintFormat = ImageFormat.ForPrint(format) ? format : null,
        };
    }
}
