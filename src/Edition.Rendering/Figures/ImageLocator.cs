using System.IO.Hashing;
using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Edition.Core.Diagnostics;
using Edition.Core.Source;
using Edition.Core.Text;

namespace Edition.Rendering.Figures;

/// <summary>
/// Finds a graphic's image: an http(s) URL is kept as the address it is; anything else is a path relative to the
/// TEI file's folder, taken only if it leads to an image file inside the project. Each refusal is reported at the
/// graphic's line, and the image is then absent (a placeholder stands for it).
/// </summary>
internal static partial class ImageLocator
{
    public static FigureImage Locate(string url, string? teiPath, string projectRoot, SourceSpan at, DiagnosticBag diagnostics)
    {
        if (IsWeb(url))
        {
            return new FigureImage(url) { RemoteUrl = url };
        }

        if (Scheme().IsMatch(url) || url.StartsWith("//", StringComparison.Ordinal) || url.StartsWith(@"\\", StringComparison.Ordinal))
        {
            diagnostics.Add(RenderingDiagnostics.ImageUrlRefused.At(at, url));
            return new FigureImage(url);
        }

        var relative = Uri.UnescapeDataString(url.Split('#', '?')[0]);
        var folder = Path.GetDirectoryName(teiPath) ?? projectRoot;
        var full = Path.GetFullPath(Path.Combine(folder, relative));
        var name = Path.GetFileName(full);
        if (!ProjectContainment.IsInside(projectRoot, full))
        {
            diagnostics.Add(RenderingDiagnostics.ImageOutsideProject.At(at, url));
            return new FigureImage(name.Length > 0 ? name : url);
        }

        if (!File.Exists(full) || SpecialFiles.Describe(full) is not null)
        {
            diagnostics.Add(RenderingDiagnostics.ImageNotFound.At(at, url, SourcePaths.Display(full)));
            return new FigureImage(name);
        }

        return Copied(url, full, projectRoot, at, diagnostics);
    }

    public static bool IsWeb(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) && url.StartsWith(uri.Scheme + "://", StringComparison.OrdinalIgnoreCase);

    /// <summary>A file in the project: copied under a folder named by its path in the project, so two files of one name never meet.</summary>
    private static FigureImage Copied(string url, string full, string projectRoot, SourceSpan at, DiagnosticBag diagnostics)
    {
        var name = Path.GetFileName(full);
        var format = ImageFormat.Of(full);
        if (!ImageFormat.ForWeb(format))
        {
            diagnostics.Add(RenderingDiagnostics.ImageTypeNotShown.At(at, url, format is null && ImageFormatNamed(full) ? " (its bytes are not of the type its extension names)" : ""));
        }

        if (!ImageFormat.ForPrint(format) && ImageFormat.ForWeb(format))
        {
            diagnostics.Add(RenderingDiagnostics.ImageNotPrintable.At(at, url, "an " + format!.ToUpperInvariant() + " image"));
        }

        var key = Key(Path.GetRelativePath(ProjectContainment.Real(projectRoot), ProjectContainment.Real(full)));
        return new FigureImage(name)
        {
            SitePath = ImageFormat.ForWeb(format) ? $"images/{key}/{SafeName(name)}" : null,
            PrintPath = ImageFormat.ForPrint(format) ? $"images/{key}.{format}" : null,
            SourcePath = full,
            ContentHash = Hash(full),
        };
    }

    private static bool ImageFormatNamed(string path) => Path.GetExtension(path).ToLowerInvariant() is ".png" or ".jpg" or ".jpeg" or ".gif" or ".svg" or ".webp" or ".pdf";

    private static string Key(string projectRelative) =>
        Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(projectRelative.Replace('\\', '/'))))[..16];

    /// <summary>The file's name with only letters, digits, dot, hyphen and underscore: safe in any URL and file system.</summary>
    private static string SafeName(string name)
    {
        var safe = new string(name.Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-').ToArray()).TrimStart('.');
        return safe.Length > 0 ? safe : "image";
    }

    public static string Hash(string path)
    {
        var hash = new XxHash128();
        using (var stream = File.OpenRead(path))
        {
            hash.Append(stream);
        }

        return Convert.ToHexStringLower(hash.GetCurrentHash());
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9+.-]*:")]
    private static partial Regex Scheme();
}
