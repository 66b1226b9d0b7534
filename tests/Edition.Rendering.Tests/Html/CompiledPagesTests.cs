using Edition.Core.Diagnostics;
using Edition.Core.Output;
using Edition.Rendering.Figures;
using Edition.Rendering.Html;
using Edition.Rendering.Html.Pages;
using Edition.Rendering.Templates;
using Edition.Tei.Encoding;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// The default theme's page templates compiled to C# give Scriban's bytes, page for page; they stand in for their
/// files only while those are the text they were written from, so an edition's own template still goes through Scriban.
/// </summary>
public sealed class CompiledPagesTests
{
    public static TheoryData<string> Samples => [.. Directory.GetDirectories(RepoPaths.Samples).Select(d => Path.GetFileName(d)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void EachCompiledTemplateIsPinnedToTheThemesCurrentText()
    {
        foreach (var (name, sha256, _) in CompiledPages.Known)
        {
            var actual = CompiledPages.Sha256Of(Path.Combine(RepoPaths.Templates, "html", name));
            Assert.True(actual == sha256, $"templates/html/{name} changed: make its compiled form (src/Edition.Rendering/Html/Pages/) write what the new text does, then pin it in CompiledPages.Known as {actual}");
        }
    }

    [Fact]
    public void TheThemesPagesAreRenderedByTheirCompiledForms()
    {
        var compiled = new CompiledPages(new TemplateSet(null, RepoPaths.Templates));
        Assert.All(CompiledPages.Known.Where(k => k.Render is not null), k => Assert.True(compiled.Covers(k.Name), k.Name));
        Assert.False(new CompiledPages(new TemplateSet(null, RepoPaths.Templates) { CompiledPages = false }).Covers("document.sbn"));
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void ASamplesPagesAreScribansBytes(string sample)
    {
        var project = Path.Combine(RepoPaths.Samples, sample);
        var (edition, tei) = ProjectReader.Read(project);
        var figures = FigureImages.Resolve(edition, tei, project, new DiagnosticBag());
        AssertSameSite(edition, tei, project, figures);
    }

    [Fact]
    public void TeiInVolumeAndHostilePagesAreScribansBytes()
    {
        var teiIn = Path.Combine(RepoPaths.Root, "tests", "Edition.Rendering.Tests", "Html", "TeiIn");
        var (edition, tei) = ProjectReader.Read(teiIn);
        AssertSameSite(edition, tei, teiIn);
        var volume = VolumeSiteTests.Volume.Value;
        AssertSameSite(volume.Edition, [], null);
        AssertSameSite(HostileTextTests.Edition(), [], null);
    }

    [SkippableFact]
    [Trait("Speed", "Slow")]
    public void AFrusVolumesPagesAreScribansBytes()
    {
        var volume = Path.Combine(RepoPaths.Shared, "corpus", "frus", "frus1894Nicaragua.xml");
        Skip.IfNot(File.Exists(volume), "the FRUS corpus (../shared/corpus/frus) is not here");
        var project = Path.Combine(Path.GetTempPath(), "edition-compiled-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.Copy(volume, Path.Combine(project, "documents", "frus1894Nicaragua.xml"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: frus1894\ntitle: \"FRUS 1894, Nicaragua\"\nlanguages: [en]\nbase_url: \"https://example.org/frus1894/\"\n");
        var (edition, tei) = ProjectReader.Read(project);
        AssertSameSite(edition, tei, project);
    }

    [Theory]
    [InlineData("document.sbn", false)]
    [InlineData("_head.sbn", true)]
    public void AnEditionsOwnTemplateGoesThroughScriban(string overridden, bool inEveryPage)
    {
        // The theme's text with one comment more: only Scriban, rendering the edition's file, writes the comment.
        var project = Path.Combine(Path.GetTempPath(), "edition-compiled-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(project, "templates", "html"));
        File.WriteAllText(Path.Combine(project, "templates", "html", overridden), File.ReadAllText(Path.Combine(RepoPaths.Templates, "html", overridden)) + "<!-- {{ 'own' + ' template' }} -->\n");
        var (edition, tei) = ProjectReader.Read(RepoPaths.Sample);
        var site = RenderedSite.Render(edition, tei, new TemplateSet(project, RepoPaths.Templates));
        Assert.Contains("<!-- own template -->", site.Text("site/documents/d1951-06-21.html"), StringComparison.Ordinal);
        Assert.Equal(inEveryPage, site.Text("site/documents/d1951-06-21.cite.html").Contains("<!-- own template -->", StringComparison.Ordinal));
    }

    private static void AssertSameSite(EditionView edition, IReadOnlyList<EncodedDocument> tei, string? project, FigureImages? figures = null)
    {
        var compiled = Render(edition, tei, new TemplateSet(project, RepoPaths.Templates), figures);
        var scriban = Render(edition, tei, new TemplateSet(project, RepoPaths.Templates) { CompiledPages = false }, figures);
        Assert.Equal(scriban.Keys.Order(StringComparer.Ordinal), compiled.Keys.Order(StringComparer.Ordinal));
        foreach (var (path, html) in scriban)
        {
            Assert.True(html == compiled[path], $"{path} differs from Scriban's at character {FirstDifference(html, compiled[path])}:\nScriban:  {Around(html, FirstDifference(html, compiled[path]))}\ncompiled: {Around(compiled[path], FirstDifference(html, compiled[path]))}");
        }
    }

    private static Dictionary<string, string> Render(EditionView edition, IReadOnlyList<EncodedDocument> tei, TemplateSet templates, FigureImages? figures)
    {
        var bag = new DiagnosticBag();
        var files = SiteRenderer.Render(edition, tei, templates, bag, figures: figures);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return files.ToDictionary(f => f.RelativePath, f => System.Text.Encoding.UTF8.GetString(f.Content), StringComparer.Ordinal);
    }

    private static int FirstDifference(string a, string b)
    {
        var i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i])
        {
            i++;
        }

        return i;
    }

    private static string Around(string text, int at) =>
        text.Substring(Math.Max(0, at - 60), Math.Min(text.Length, at + 60) - Math.Max(0, at - 60)).Replace("\n", "⏎", StringComparison.Ordinal);
}
