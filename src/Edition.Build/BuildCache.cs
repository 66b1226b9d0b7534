using System.Security.Cryptography;
using Edition.Core.Output;
using Edition.Rendering.Html;

namespace Edition.Build;

/// <summary>
/// The build cache, <c>&lt;out&gt;/.&lt;id&gt;.cache/</c>, beside the output and never inside it: rendered
/// document pages by content key, and the PDF by the hash of the LaTeX it was compiled from. Every entry is
/// keyed by its inputs, so reusing one gives the bytes a clean build would write.
/// </summary>
public sealed class BuildCache
{
    private readonly string _pdfDirectory;

    private BuildCache(string directory)
    {
        Pages = new PageCache(Path.Combine(directory, "pages"));
        _pdfDirectory = Path.Combine(directory, "pdf");
        Manifest = new Output.OutputManifest(Path.Combine(directory, "output.manifest"));
    }

    public PageCache Pages { get; }

    public Output.OutputManifest Manifest { get; }

    public static BuildCache Open(string outputRoot, string editionId) =>
        new(Path.GetFullPath(Path.Combine(outputRoot, $".{editionId}.cache")));

    /// <summary>The PDF compiled earlier from exactly these print files (edition.tex and its style), if any.</summary>
    public byte[]? FindPdf(IReadOnlyList<OutputFile> print)
    {
        var path = Path.Combine(_pdfDirectory, PdfKey(print) + ".pdf");
        return File.Exists(path) ? File.ReadAllBytes(path) : null;
    }

    public void StorePdf(IReadOnlyList<OutputFile> print, byte[] pdf)
    {
        var key = PdfKey(print);
        var path = Path.Combine(_pdfDirectory, key + ".pdf");
        if (File.Exists(path))
        {
            return;
        }

        // One PDF is kept: the previous edition.tex's is stale once this one exists.
        if (Directory.Exists(_pdfDirectory))
        {
            Directory.Delete(_pdfDirectory, recursive: true);
        }

        Directory.CreateDirectory(_pdfDirectory);
        File.WriteAllBytes(path + ".tmp", pdf);
        File.Move(path + ".tmp", path);
    }

    /// <summary>After a successful write: pages no longer asked for go.</summary>
    public void Prune() => Pages.Prune();

    private static string PdfKey(IReadOnlyList<OutputFile> print)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in print.OrderBy(f => f.RelativePath, StringComparer.Ordinal))
        {
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(file.RelativePath));
            hash.AppendData([0]);
            hash.AppendData(SHA256.HashData(file.Content));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }
}
