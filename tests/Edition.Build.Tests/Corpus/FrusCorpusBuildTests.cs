using Edition.Core.Source.Model;
using Edition.TestSupport;

namespace Edition.Build.Tests.Corpus;

/// <summary>
/// The three FRUS volumes of the shared corpus as one edition. Each volume numbers its documents d1, d2, …, so
/// the same xml:ids recur across files: every document still gets a page of its own, named by volume and
/// division, and every internal link still leads where it should.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class FrusCorpusBuildTests : IClassFixture<FrusCorpusBuildTests.Built>
{
    private static readonly string[] Volumes = ["frus1872p2v5", "frus1894Nicaragua", "frus1930v01"];

    private readonly Built _built;

    public FrusCorpusBuildTests(Built built) => _built = built;

    [SkippableFact]
    public void VolumesThatReuseIdsBuildAsOneEdition()
    {
        var (site, _) = _built.Value;

        // frus1930v01 keeps real findings (dangling refs), hence the warn policy; none is about ids across volumes.
        Assert.True(site.Result.Succeeded, string.Join('\n', site.Result.Diagnostics.Where(d => d.Severity == Core.Diagnostics.Severity.Error).Take(20)));
        Assert.DoesNotContain(site.Result.Diagnostics, d => d.Code == "ED2206");
    }

    [SkippableFact]
    public void EveryDocumentOfEveryVolumeGetsItsOwnPage()
    {
        var (site, facts) = _built.Value;
        var expected = facts.SelectMany(v => v.Value.Documents.Select(d => $"documents/{v.Key}-{d}.html")).Order(StringComparer.Ordinal).ToList();
        var pages = site.Pages.Keys.Where(p => p.StartsWith("documents/", StringComparison.Ordinal) && !p.EndsWith(".cite.html", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, pages.Intersect(expected, StringComparer.Ordinal));

        // The other pages are the volumes' parts (front and back matter, chapters).
        var parts = pages.Except(expected, StringComparer.Ordinal).ToList();
        Assert.True(parts.Count > 50, $"only {parts.Count} part pages");
        Assert.All(parts, p => Assert.NotNull(site.Page(p).QuerySelector("article.volume-part")));

        // The same division id in two volumes: two pages, each with its own volume's document.
        var shared = facts["frus1894Nicaragua"].Documents.Intersect(facts["frus1930v01"].Documents, StringComparer.Ordinal).First();
        var first = site.Page($"documents/frus1894Nicaragua-{shared}.html").QuerySelector("h1")!.TextContent;
        var second = site.Page($"documents/frus1930v01-{shared}.html").QuerySelector("h1")!.TextContent;
        Assert.NotEqual(first, second);
    }

    [SkippableFact]
    public void EveryInternalLinkResolves()
    {
        var (count, broken) = _built.Value.Site.Links("a[href]");
        Assert.True(count > 20000, $"only {count} internal links");
        Assert.True(broken.Count == 0, broken.Count + " broken:\n" + string.Join('\n', broken.Distinct().Take(20)));
    }

    /// <summary>The three volumes built once for the class (no PDF), with what each volume's TEI says.</summary>
    public sealed class Built : IDisposable
    {
        private readonly Lazy<(FrusVolumeBuildTests.BuiltSite Site, Dictionary<string, VolumeFacts> Facts)> _value = new(() =>
        {
            var project = new CorpusProject("frus3", Volumes.Select(v => (v + ".xml", CorpusProject.FrusVolume(v))));
            var facts = Volumes.ToDictionary(v => v, v => VolumeFacts.Read(CorpusProject.FrusVolume(v)), StringComparer.Ordinal);
            return (new FrusVolumeBuildTests.BuiltSite(project, project.Build(o => o with { Validation = ValidationPolicy.Warn }), facts[Volumes[0]]), facts);
        });

        public (FrusVolumeBuildTests.BuiltSite Site, Dictionary<string, VolumeFacts> Facts) Value
        {
            get
            {
                _ = RepoPaths.Shared; // skips with a message where the shared corpus is absent
                return _value.Value;
            }
        }

        public void Dispose()
        {
            if (_value.IsValueCreated)
            {
                _value.Value.Site.Project.Dispose();
            }
        }
    }
}
