using Edition.Core.Diagnostics;
using Edition.Tei.Validation;
using Edition.TestSupport;

namespace Edition.Build.Tests.Shapes;

/// <summary>Builds the invented edition of document shapes (Shapes/edition) once, without the PDF.</summary>
public sealed class ShapesBuild : IDisposable
{
    public ShapesBuild()
    {
        OutputRoot = Path.Combine(Path.GetTempPath(), "edition-shapes-" + Guid.NewGuid().ToString("N")[..12]);
        Result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = Project, OutputRoot = OutputRoot, Pdf = false });
    }

    public static string Project => Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Shapes", "edition");

    public string OutputRoot { get; }

    public BuildResult Result { get; }

    public string Output(string relative) => File.ReadAllText(Path.Combine(Result.OutputDirectory!, relative));

    public void Dispose()
    {
        if (Directory.Exists(OutputRoot))
        {
            Directory.Delete(OutputRoot, recursive: true);
        }
    }
}

/// <summary>
/// A document is one or more texts: a translation alone (the original not transcribed), an original with two
/// translations and segments one text lacks on purpose, two witnesses of one text beside a translation. Each
/// builds to TEI valid against tei_all and the project's schema, a page and a print part.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class DocumentShapesTests(ShapesBuild build) : IClassFixture<ShapesBuild>
{
    [Fact]
    public void EveryShapeBuilds()
    {
        Assert.True(build.Result.Succeeded, string.Join('\n', build.Result.Diagnostics));
        Assert.DoesNotContain(build.Result.Diagnostics, d => d.Severity == Severity.Error);
    }

    [Fact]
    public void ATranslationAloneSaysTheOriginalIsNotTranscribed()
    {
        var tei = build.Output("tei/translation-only.xml");
        Assert.Contains("<note type=\"editorial\">The original (Russian) is not transcribed in this edition; the text given is its translation into English.</note>", tei, StringComparison.Ordinal);
        Assert.Contains("<language ident=\"ru\">Russian</language>\n        <language ident=\"en\">English</language>", tei, StringComparison.Ordinal);
        Assert.Contains("<div type=\"translation\" xml:lang=\"en\" xml:id=\"translation-only-en\">", tei, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"original\"", tei, StringComparison.Ordinal);
        Assert.DoesNotContain(build.Result.Diagnostics, d => d.Code == ValidationDiagnostics.AlignmentCoverage.Id && d.Message.Contains("translation-only", StringComparison.Ordinal));

        var page = build.Output("site/documents/translation-only.html");
        Assert.Contains("From <a", page, StringComparison.Ordinal);
        Assert.Contains("class=\"parallel cols-1\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void ASegmentOneTextLacksOnPurposeIsAGapThereAndCountedApart()
    {
        var tei = build.Output("tei/three-texts.xml");
        Assert.Contains("<p xml:id=\"three-texts-de-p2\" corresp=\"#three-texts-en-p2 #three-texts-fr-p2\">", tei, StringComparison.Ordinal);
        Assert.Contains("<gap reason=\"untranslated\" xml:id=\"three-texts-en-p2\" corresp=\"#three-texts-de-p2 #three-texts-fr-p2\" />", tei, StringComparison.Ordinal);
        Assert.Contains("<gap reason=\"missing\" xml:id=\"three-texts-de-p4\" corresp=\"#three-texts-en-p4 #three-texts-fr-p4\">\n          <desc>the translator's own addition</desc>", tei, StringComparison.Ordinal);
        // The gap stands where the segment would: after the last segment both texts have.
        Assert.True(tei.IndexOf("three-texts-fr-p1\"", StringComparison.Ordinal) < tei.IndexOf("xml:id=\"three-texts-fr-p2\"", StringComparison.Ordinal));
        Assert.True(tei.IndexOf("xml:id=\"three-texts-fr-p2\"", StringComparison.Ordinal) < tei.IndexOf("xml:id=\"three-texts-fr-p3\"", StringComparison.Ordinal));

        var coverage = Assert.Single(build.Result.Diagnostics, d => d.Code == ValidationDiagnostics.AlignmentCoverage.Id && d.Message.Contains("three-texts", StringComparison.Ordinal));
        Assert.Equal("alignment coverage of three-texts.xml: 9 of 9 keyed segments (100%); 2 one-sided by intent", coverage.Message);

        var page = build.Output("site/documents/three-texts.html");
        Assert.Contains("<span class=\"gap\" title=\"untranslated\">[…]</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void WitnessesAlignWithTheBaseAndAreNamedBySiglum()
    {
        var tei = build.Output("tei/two-witnesses.xml");
        Assert.Contains("<div type=\"witness\" xml:lang=\"de\" xml:id=\"two-witnesses-A\" corresp=\"#two-witnesses-en #two-witnesses-B\" n=\"A\" source=\"#two-witnesses-wit-A\">", tei, StringComparison.Ordinal);
        // The second witness aligns with the base only, not with the translation.
        Assert.Contains("<p xml:id=\"two-witnesses-B-p1\" corresp=\"#two-witnesses-A-p1\">", tei, StringComparison.Ordinal);
        Assert.Contains("<p xml:id=\"two-witnesses-en-p1\" corresp=\"#two-witnesses-A-p1\">", tei, StringComparison.Ordinal);
        Assert.Contains("<gap reason=\"addition\" xml:id=\"two-witnesses-A-p1a\" corresp=\"#two-witnesses-B-p1a\" />", tei, StringComparison.Ordinal);

        var page = build.Output("site/documents/two-witnesses.html");
        Assert.Contains(">German (A)</div>", page, StringComparison.Ordinal);
        Assert.Contains(">German (B)</div>", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"row aligned\" data-key=\"p1a\">", page, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void EveryShapeIsValidAgainstTeiAllAndTheProjectSchemaWithJing()
    {
        var files = Directory.GetFiles(Path.Combine(build.Result.OutputDirectory!, "tei"), "*.xml").Order(StringComparer.Ordinal).ToArray();
        foreach (var schema in new[] { Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng"), Path.Combine(RepoPaths.Schemas, "edition.rng") })
        {
            var result = Jing.Validate(schema, files);
            Assert.True(result.ExitCode == 0, $"jing ({Path.GetFileName(schema)}) reports:\n{result.StdOut}{result.StdErr}");
        }
    }

    [SkippableFact]
    public void EveryShapeIsPrinted()
    {
        var tex = build.Output("print/edition.tex");
        Assert.Contains("reports that the invented harvest is in", tex, StringComparison.Ordinal);
        Assert.Contains("Eingegangen am 6. Mai.", tex, StringComparison.Ordinal);

        ExternalTool.Require("latexmk", "latexmk");
        ExternalTool.Require("xelatex", "texlive-xetex");
        var bag = new DiagnosticBag();
        var print = Directory.GetFiles(Path.Combine(build.Result.OutputDirectory!, "print")).Select(f => new Core.Output.OutputFile("print/" + Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        Assert.NotNull(Rendering.Latex.LatexCompiler.Compile(tex, print, bag));
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
    }
}
