using Edition.Rendering.Templates;
using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>An edition's templates/html/ overrides the default theme file by file; a broken template is a positioned ED5xxx error.</summary>
public sealed class TemplateOverrideTests
{
    private static EditionView Edition => new() { Id = "o", Title = "Override & co", Documents = [new DocumentView { Id = "d1", TeiFile = "d1.xml", Title = "One" }] };

    private static string Project(string file, string content)
    {
        var project = Path.Combine(Path.GetTempPath(), "edition-override-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(project, "templates", "html"));
        File.WriteAllText(Path.Combine(project, "templates", "html", file), content);
        return project;
    }

    [Fact]
    public void AnOverriddenPartialReplacesOnlyItself()
    {
        var project = Project("_foot.sbn", "<footer class=\"custom\">{{ edition.title | h }}</footer></body></html>\n");
        var site = RenderedSite.Render(Edition, [], new TemplateSet(project, RepoPaths.Templates));
        var page = site.Page("site/documents/d1.html");
        Assert.Equal("Override & co", page.QuerySelector("footer.custom")!.TextContent);
        Assert.NotNull(page.QuerySelector(".parallel"));
    }

    [Fact]
    public void ATemplateErrorIsReportedAtItsLine()
    {
        var project = Project("about.sbn", "<p>\n{{ if }}\n");
        var bag = new Core.Diagnostics.DiagnosticBag();
        Rendering.Html.SiteRenderer.Render(Edition, [], new TemplateSet(project, RepoPaths.Templates), bag);
        var errors = bag.Sorted().Where(d => d.Severity == Core.Diagnostics.Severity.Error && d.Code.StartsWith("ED50", StringComparison.Ordinal)).ToList();
        Assert.Equal(errors.Count, errors.Distinct().Count());
        Assert.All(errors, e => Assert.EndsWith("about.sbn", e.Span.File, StringComparison.Ordinal));
        Assert.Equal((2, 7), (errors[0].Span.Line, errors[0].Span.Column));
    }

    [Theory]
    [InlineData("{{ introduction | h }}", "'h' was given HTML")]
    [InlineData("{{ page.title | safe }}", "'safe' accepts only HTML")]
    [InlineData("{{ introduction | url }}", "'url' was given HTML")]
    public void CrossingTheEscapingFunctionsIsATemplateErrorAtItsLine(string line, string message)
    {
        var project = Project("about.sbn", "<p>\n" + line + "\n");
        var bag = new Core.Diagnostics.DiagnosticBag();
        Rendering.Html.SiteRenderer.Render(Edition with { Introduction = "Some *text*." }, [], new TemplateSet(project, RepoPaths.Templates), bag);
        var error = Assert.Single(bag.Sorted(), d => d.Code == "ED5003");
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("about.sbn", error.Span.File, StringComparison.Ordinal);
        Assert.Equal(2, error.Span.Line);
    }
}
