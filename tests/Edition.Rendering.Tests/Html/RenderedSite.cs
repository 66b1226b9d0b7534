using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Rendering.Html;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>A site rendered into a temporary folder, with its pages parsed on demand (AngleSharp).</summary>
public sealed class RenderedSite
{
    private readonly Dictionary<string, IDocument> _parsed = new(StringComparer.Ordinal);

    private RenderedSite(EditionView edition, IReadOnlyList<OutputFile> files, DiagnosticBag diagnostics, string directory)
    {
        Edition = edition;
        Files = files;
        Diagnostics = diagnostics;
        Directory = directory;
    }

    public EditionView Edition { get; }

    public IReadOnlyList<OutputFile> Files { get; }

    public DiagnosticBag Diagnostics { get; }

    /// <summary>The folder holding <c>site/</c>.</summary>
    public string Directory { get; }

    public string SiteDirectory => Path.Combine(Directory, "site");

    public static readonly Lazy<RenderedSite> Sample = new(() => FromProject(RepoPaths.Sample));

    /// <summary>Loads, encodes, reads and renders an edition project (the build's stages without validation).</summary>
    public static RenderedSite FromProject(string project)
    {
        var (edition, tei) = ProjectReader.Read(project);
        return Render(edition, tei, new TemplateSet(project, RepoPaths.Templates));
    }

    public static RenderedSite Render(EditionView edition, IReadOnlyList<EncodedDocument> tei, TemplateSet templates, DiagnosticBag? bag = null, Rendering.Figures.FigureImages? figures = null)
    {
        bag ??= new DiagnosticBag();
        var files = SiteRenderer.Render(edition, tei, templates, bag, figures: figures);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        var dir = Path.Combine(Path.GetTempPath(), "edition-site-" + Guid.NewGuid().ToString("N")[..12]);
        foreach (var f in files)
        {
            var path = Path.Combine(dir, f.RelativePath);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, f.Content);
        }

        return new RenderedSite(edition, files, bag, dir);
    }

    public IEnumerable<string> Pages => Files.Select(f => f.RelativePath).Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public string Text(string relativePath) => System.Text.Encoding.UTF8.GetString(Files.Single(f => f.RelativePath == relativePath).Content);

    public IDocument Page(string relativePath)
    {
        if (!_parsed.TryGetValue(relativePath, out var doc))
        {
            doc = _parsed[relativePath] = new HtmlParser().ParseDocument(Text(relativePath));
        }

        return doc;
    }

    /// <summary>Every href/src of every page that is not external, with the page it is on.</summary>
    public IEnumerable<(string Page, string Link)> InternalLinks() =>
        from page in Pages
        from el in Page(page).QuerySelectorAll("a[href], link[href], script[src]")
        let link = el.GetAttribute("href") ?? el.GetAttribute("src")!
        where !link.Contains("://", StringComparison.Ordinal) && !link.StartsWith("mailto:", StringComparison.Ordinal)
        select (page, link);

    /// <summary>Null when the link leads to an existing file (and element, for a fragment); else why not.</summary>
    public string? Broken(string page, string link)
    {
        var hash = link.IndexOf('#');
        var pathPart = hash >= 0 ? link[..hash] : link;
        var fragment = hash >= 0 ? Uri.UnescapeDataString(link[(hash + 1)..]) : null;
        var q = pathPart.IndexOf('?');
        pathPart = q >= 0 ? pathPart[..q] : pathPart;
        var target = pathPart.Length == 0 ? page : Normalize(Path.GetDirectoryName(page)!.Replace('\\', '/') + "/" + Uri.UnescapeDataString(pathPart));
        if (!Files.Any(f => f.RelativePath == target))
        {
            return $"{page}: '{link}' → missing file {target}";
        }

        if (fragment is { Length: > 0 } && target.EndsWith(".html", StringComparison.Ordinal) && Page(target).GetElementById(fragment) is null)
        {
            return $"{page}: '{link}' → no element #{fragment} in {target}";
        }

        return null;
    }

    private static string Normalize(string path)
    {
        var parts = new List<string>();
        foreach (var p in path.Split('/'))
        {
            if (p == ".." && parts.Count > 0 && parts[^1] != "..")
            {
                parts.RemoveAt(parts.Count - 1);
            }
            else if (p == "..")
            {
                parts.Add(p);
            }
            else if (p is not ("." or ""))
            {
                parts.Add(p);
            }
        }

        return string.Join('/', parts);
    }
}
