using AngleSharp.Html.Parser;
using Edition.Build.Scaffold;
using Edition.Core.Diagnostics;
using Edition.Core.Source.Yaml;

namespace Edition.Build.Tests;

/// <summary>
/// <c>edition new</c>: each YAML file names its schema on its first line (a copy in the project, equal to the
/// shipped one), and the example document's page shows only the metadata it has; every holding is listed.
/// </summary>
public sealed class ScaffoldProjectTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("edition-scaffold-").FullName;

    [Fact]
    public void EachYamlFileNamesItsSchemaOnItsFirstLine()
    {
        var project = Path.Combine(_root, "e");
        var (files, error) = EditionScaffold.Create(project);
        Assert.Null(error);

        var yaml = files.Where(f => f.EndsWith(".yml", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, yaml.Count);
        foreach (var file in yaml)
        {
            var first = File.ReadLines(file).First();
            Assert.StartsWith("# yaml-language-server: $schema=", first, StringComparison.Ordinal);
            var schema = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, first.Split('=', 2)[1]));
            var kind = Path.GetFileNameWithoutExtension(file);
            Assert.Equal(YamlSchemas.FileName(kind), Path.GetFileName(schema));
            Assert.Equal(YamlSchemas.Text(kind), File.ReadAllText(schema));
        }
    }

    [Fact]
    public void AFreshProjectsDocumentPageShowsNoEmptyRows()
    {
        var page = BuildAndReadPage(project => { });

        var terms = page.QuerySelectorAll("dl.doc-meta dt").Select(dt => dt.TextContent.Trim()).ToList();
        Assert.DoesNotContain("Archival citation", terms);
        Assert.DoesNotContain("Source", terms);
        Assert.All(page.QuerySelectorAll("dl.doc-meta dd"), dd => Assert.False(string.IsNullOrWhiteSpace(dd.TextContent), "an empty row: " + dd.OuterHtml));
        Assert.DoesNotContain("Record", page.QuerySelector("dl.doc-meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheDocumentPageListsEveryHolding()
    {
        var page = BuildAndReadPage(project => File.AppendAllText(Path.Combine(project, "documents", "example", "document.yml"), """
            archive: { country: Russia, repository: "Invented State Archive", repository_abbr: ISA, fond: "1", delo: "2", folios: "3" }
            archives:
              - { country: Russia, repository: "Second Invented Archive", repository_abbr: SIA, fond: "7", delo: "8" }
              - { repository: "Third Invented Archive", repository_abbr: TIA, fond: "9" }
            source: { title: "Invented Archive Online" }

            """));

        var holdings = page.QuerySelectorAll("dl.doc-meta dd.archive").Select(dd => dd.TextContent).ToList();
        Assert.Equal(3, holdings.Count);
        Assert.Contains("ISA, f. 1, d. 2, l. 3", holdings[0], StringComparison.Ordinal);
        Assert.Contains("SIA", holdings[1], StringComparison.Ordinal);
        Assert.Contains("f. 7, d. 8", holdings[1], StringComparison.Ordinal);
        Assert.Contains("TIA", holdings[2], StringComparison.Ordinal);
        var source = page.QuerySelectorAll("dl.doc-meta dt").Single(dt => dt.TextContent.Trim() == "Source").NextElementSibling!.TextContent;
        Assert.Equal("Invented Archive Online", source.Trim());
    }

    private AngleSharp.Html.Dom.IHtmlDocument BuildAndReadPage(Action<string> change)
    {
        var project = Path.Combine(_root, "e");
        Assert.Null(EditionScaffold.Create(project).Error);
        change(project);
        var output = Path.Combine(_root, "out");
        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = output, Pdf = false });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error || d.Code == SourceDiagnostics.UnknownField.Id);
        var html = File.ReadAllText(Path.Combine(output, "e", "site", "documents", "example.html"));
        return new HtmlParser().ParseDocument(html);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
