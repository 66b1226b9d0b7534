using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Edition.Build.Tests.Corpus;

/// <summary>
/// TEI-in at scale: a whole FRUS volume dropped into documents/ builds (with the validation gate, without
/// the PDF) into one page per <c>div[@type='document']</c>, every footnote rendered, every internal link resolving.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class FrusVolumeBuildTests : IClassFixture<FrusVolumeBuildTests.Built>
{
    private readonly Built _built;

    public FrusVolumeBuildTests(Built built) => _built = built;

    [SkippableFact]
    public void TheBuildSucceedsThroughTheValidationGate()
    {
        var result = _built.Value.Result;
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Take(20)));
    }

    [SkippableFact]
    public void EveryDocumentDivisionGetsOnePageAndEveryOtherPartOneToo()
    {
        var site = _built.Value;
        Assert.Equal(138, site.Tei.Documents.Count);
        var pages = site.Pages.Keys.Where(p => p.StartsWith("documents/", StringComparison.Ordinal) && !p.EndsWith(".cite.html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        // A volume's documents are named by volume and division (every FRUS volume has its own d1).
        var documents = site.Tei.Documents.Select(d => $"documents/frus1894Nicaragua-{d}.html").Order(StringComparer.Ordinal).ToList();
        Assert.Equal(documents, pages.Intersect(documents, StringComparer.Ordinal));

        // Besides, a page for each part of the volume that is not a document: its title page, front matter and compilation.
        Assert.Equal(["documents/frus1894Nicaragua-comp1.html", "documents/frus1894Nicaragua-front.html", "documents/frus1894Nicaragua-message-of-the-president.html", "documents/frus1894Nicaragua-toc.html"], pages.Except(documents, StringComparer.Ordinal));
    }

    [SkippableFact]
    public void EveryFootnoteIsRenderedOnItsDocumentsPage()
    {
        var site = _built.Value;
        Assert.True(site.Tei.Footnotes.Count > 150);
        var missing = site.Tei.Footnotes.Where(n => n.Id is not null).Where(n => site.Page($"documents/frus1894Nicaragua-{n.Document}.html").GetElementById(n.Id!) is not { } li || string.IsNullOrWhiteSpace(li.TextContent)).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} footnotes missing, e.g. " + string.Join(", ", missing.Take(10)));
        foreach (var document in site.Tei.Footnotes.GroupBy(n => n.Document))
        {
            var items = site.Page($"documents/frus1894Nicaragua-{document.Key}.html").QuerySelectorAll(".note-list > li");
            Assert.Equal(document.Count(), items.Length);
            Assert.All(items, li => Assert.False(string.IsNullOrWhiteSpace(li.TextContent)));
        }
    }

    [SkippableFact]
    public void EveryInternalLinkResolves()
    {
        var (count, broken) = _built.Value.Links("a[href], link[href], script[src], img[src]");
        Assert.True(count > 5000, $"only {count} internal links");
        Assert.True(broken.Count == 0, broken.Count + " broken:\n" + string.Join('\n', broken.Distinct().Take(20)));
    }

    /// <summary>The volume built once for the class; its site's HTML pages parsed with AngleSharp.</summary>
    public sealed class Built : IDisposable
    {
        private readonly Lazy<BuiltSite> _value = new(() =>
        {
            var volume = CorpusProject.FrusVolume("frus1894Nicaragua");
            var project = new CorpusProject("frus1894", [("frus1894Nicaragua.xml", volume)]);
            return new BuiltSite(project, project.Build(), VolumeFacts.Read(volume));
        });

        public BuiltSite Value => _value.Value;

        public void Dispose()
        {
            if (_value.IsValueCreated)
            {
                _value.Value.Project.Dispose();
            }
        }
    }

    public sealed class BuiltSite
    {
        public BuiltSite(CorpusProject project, BuildResult result, VolumeFacts tei)
        {
            Project = project;
            Result = result;
            Tei = tei;
            Site = Path.Combine(result.OutputDirectory ?? throw new InvalidOperationException(string.Join('\n', result.Diagnostics.Take(20))), "site");
            var parser = new HtmlParser();
            Pages = Directory.GetFiles(Site, "*.html", SearchOption.AllDirectories)
                .ToDictionary(f => Path.GetRelativePath(Site, f).Replace('\\', '/'), f => (IDocument)parser.ParseDocument(File.ReadAllText(f)), StringComparer.Ordinal);
        }

        public CorpusProject Project { get; }

        public BuildResult Result { get; }

        public VolumeFacts Tei { get; }

        public string Site { get; }

        public Dictionary<string, IDocument> Pages { get; }

        public IDocument Page(string path) => Pages[path];

        /// <summary>How many internal links the elements matching <paramref name="selector"/> make, and why those that are broken are.</summary>
        public (int Count, List<string> Broken) Links(string selector)
        {
            var broken = new List<string>();
            var count = 0;
            foreach (var (page, doc) in Pages)
            {
                foreach (var el in doc.QuerySelectorAll(selector))
                {
                    var link = el.GetAttribute("href") ?? el.GetAttribute("src")!;
                    if (link.Contains("://", StringComparison.Ordinal) || link.StartsWith("mailto:", StringComparison.Ordinal))
                    {
                        continue;
                    }

                    count++;
                    if (Broken(page, link) is { } why)
                    {
                        broken.Add(why);
                    }
                }
            }

            return (count, broken);
        }

        /// <summary>Null when the link leads to an existing file (and element, for a fragment); else why not.</summary>
        public string? Broken(string page, string link)
        {
            var hash = link.IndexOf('#');
            var pathPart = hash >= 0 ? link[..hash] : link;
            var fragment = hash >= 0 ? Uri.UnescapeDataString(link[(hash + 1)..]) : null;
            var target = pathPart.Length == 0 ? page : Path.GetRelativePath(Site, Path.GetFullPath(Path.Combine(Site, Path.GetDirectoryName(page)!, Uri.UnescapeDataString(pathPart)))).Replace('\\', '/');
            if (!File.Exists(Path.Combine(Site, target)))
            {
                return $"{page}: '{link}' → missing file {target}";
            }

            return fragment is { Length: > 0 } && Pages.TryGetValue(target, out var doc) && doc.GetElementById(fragment) is null
                ? $"{page}: '{link}' → no element #{fragment} in {target}"
                : null;
        }
    }
}
