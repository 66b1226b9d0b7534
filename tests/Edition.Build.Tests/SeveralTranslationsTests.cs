using Edition.Core.Diagnostics;
using Edition.TestSupport;

namespace Edition.Build.Tests;

/// <summary>
/// A document with two translations (the sample with a German translation added): the segments of all three
/// texts point to each other, the translation document.yml names faces the original in print and the other
/// follows, numbered on its own, in a language the preamble declares.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class SeveralTranslationsTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-three-texts-" + Guid.NewGuid().ToString("N")[..12]);

    [SkippableFact]
    public void AThirdTextIsAlignedAndPrintedAfterTheFacingPair()
    {
        var project = Incremental.TestCorpus.Copy(RepoPaths.Sample, Path.Combine(_root, "sample"));
        var texts = Path.Combine(project, "documents", "1951-06-21");
        File.WriteAllText(Path.Combine(texts, "translation.de.md"), File.ReadAllText(Path.Combine(texts, "translation.en.md")).Replace("Comrade", "Genosse", StringComparison.Ordinal));

        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(_root, "out"), Pdf = false });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        // Every keyed segment of the three texts points to its two counterparts, which point back: full coverage.
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == "ED2209");
        var tei = File.ReadAllText(Path.Combine(result.OutputDirectory!, "tei", "d1951-06-21.xml"));
        Assert.Contains("xml:id=\"d1951-06-21-ru-p1\" corresp=\"#d1951-06-21-en-p1 #d1951-06-21-de-p1\"", tei, StringComparison.Ordinal);

        var tex = File.ReadAllText(Path.Combine(result.OutputDirectory!, "print", "edition.tex"));
        Assert.Contains("\\setotherlanguage{german}\n\\setotherlanguage{russian}\n", tex, StringComparison.Ordinal);
        var pages = tex.IndexOf("\\Pages", StringComparison.Ordinal);
        Assert.Contains("\\selectlanguage{english}", tex[..pages], StringComparison.Ordinal);
        var german = tex[pages..];
        Assert.StartsWith("\\Pages\n\\section*{German}\n\\selectlanguage{german}\n\\beginnumbering", german, StringComparison.Ordinal);
        Assert.Contains("Genosse", german, StringComparison.Ordinal);
        Assert.DoesNotContain("Genosse", tex[..pages], StringComparison.Ordinal);
        Assert.DoesNotContain("\\edemptychunk", german[..german.IndexOf("\\endnumbering", StringComparison.Ordinal)], StringComparison.Ordinal);

        // And it compiles (polyglossia stops at a language the preamble did not declare).
        ExternalTool.Require("latexmk", "latexmk");
        ExternalTool.Require("xelatex", "texlive-xetex");
        var bag = new DiagnosticBag();
        var print = Directory.GetFiles(Path.Combine(result.OutputDirectory!, "print")).Select(f => new Core.Output.OutputFile("print/" + Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        Assert.NotNull(Rendering.Latex.LatexCompiler.Compile(tex, print, bag));
        Assert.False(bag.HasErrors, string.Join('\n', bag.Sorted()));
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
