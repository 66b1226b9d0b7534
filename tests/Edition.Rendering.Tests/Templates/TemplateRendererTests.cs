using Edition.Core.Diagnostics;
using Edition.Rendering.Templates;

namespace Edition.Rendering.Tests.Templates;

/// <summary>Rendering a theme's templates: whole output however long, substituted includes, extra globals.</summary>
public sealed class TemplateRendererTests : IDisposable
{
    private readonly string _theme = Directory.CreateTempSubdirectory("edition-theme-").FullName;

    [Trait("Speed", "Slow")]
    [Fact]
    public void OutputOfManyMegabytesIsKeptWhole()
    {
        // Scriban's default cuts a converted string, the rendered page among them, at 1 MiB characters.
        Write("long.sbn", "{{ for i in 1..300000 }}line {{ i }}\n{{ end }}END");
        var output = Render(new TemplateRenderer(Set(), "html"), "long.sbn", new { });
        Assert.True(output.Length > 3 << 20, $"{output.Length} characters");
        Assert.EndsWith("line 300000\nEND", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ASubstitutedIncludeIsServedFromItsText()
    {
        Write("page.sbn", "[{{ include \"part.sbn\" }}]");
        Write("part.sbn", "from the file");
        var substitutes = new Dictionary<string, string> { ["part.sbn"] = "given {{ name }}" };
        Assert.Equal("[from the file]", Render(new TemplateRenderer(Set(), "html"), "page.sbn", new { Name = "x" }));
        Assert.Equal("[given x]", Render(new TemplateRenderer(Set(), "html", substitutes), "page.sbn", new { Name = "x" }));
    }

    [Fact]
    public void BuiltinsAreSharedAndCannotBeChangedByATemplate()
    {
        // Every renderer and thread shares one set of Scriban's builtins: a template that changed one would change
        // the pages rendered after it, on any thread. It is a template error at the template's line instead.
        Write("changes.sbn", "a\n{{ date.format = \"%Y\" }}");
        Write("uses.sbn", "{{ array.size [1, 2] }} {{ string.upcase \"x\" }} {{ date.parse \"2026-12-01\" | date.to_string \"%d.%m.%Y\" }}");
        var bag = new DiagnosticBag();
        Assert.Null(new TemplateRenderer(Set(), "html").Render("changes.sbn", new { }, bag));
        var error = Assert.Single(bag.Sorted());
        Assert.Equal("ED5003", error.Code);
        Assert.Equal(2, error.Span.Line);
        var results = Enumerable.Range(0, 8).AsParallel().Select(_ => Render(new TemplateRenderer(Set(), "html"), "uses.sbn", new { })).ToList();
        Assert.All(results, r => Assert.Equal("2 X 01.12.2026", r));
    }

    [Fact]
    public void VariablesAreGlobalsBesideTheModel()
    {
        Write("page.sbn", "{{ title }}: {{ doc }}");
        var bag = new DiagnosticBag();
        var output = new TemplateRenderer(Set(), "html").Render("page.sbn", new { Title = "T" }, bag, variables: new Dictionary<string, object?> { ["doc"] = "D" });
        Assert.Equal("T: D", output);
        Assert.False(bag.HasErrors);
    }

    [Fact]
    public void SourceTextRendersLikeAFileAndItsIncludesComeFromTheTheme()
    {
        Write("part.sbn", "part of {{ title }}");
        var bag = new DiagnosticBag();
        Assert.Equal("<part of T>", new TemplateRenderer(Set(), "html").RenderSource("inline", "<{{ include \"part.sbn\" }}>", new { Title = "T" }, bag));
        Assert.False(bag.HasErrors);
    }

    public void Dispose() => Directory.Delete(_theme, recursive: true);

    private TemplateSet Set() => new(null, _theme);

    private void Write(string name, string text)
    {
        Directory.CreateDirectory(Path.Combine(_theme, "html"));
        File.WriteAllText(Path.Combine(_theme, "html", name), text);
    }

    private static string Render(TemplateRenderer renderer, string name, object model)
    {
        var bag = new DiagnosticBag();
        var output = renderer.Render(name, model, bag);
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
        return output!;
    }
}
