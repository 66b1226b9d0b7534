using Edition.Rendering.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>edition.yml's <c>print: {texts: …}</c> on the three-texts sample: facing pair then the rest, each text in sequence, or columns; two texts face each other whatever it says.</summary>
public sealed class PrintTextsTests
{
    private static readonly Lazy<Tei.Reading.Views.EditionView> ThreeTexts = new(() => ProjectReader.Read(Path.Combine(RepoPaths.Root, "samples", "three-texts")).View);

    private static string Tex(Tei.Reading.Views.EditionView edition, string layout) =>
        PrintSample.Text(PrintSample.Render(edition with { PrintTexts = layout }, PrintSample.DefaultTemplates).Single(f => f.RelativePath == PrintRenderer.TexPath));

    [Fact]
    public void TheSampleAsksForColumns() => Assert.Equal("columns", ThreeTexts.Value.PrintTexts);

    [Fact]
    public void FacingSetsTheFirstTwoOnFacingPagesAndTheThirdAfter()
    {
        var tex = Tex(ThreeTexts.Value, "facing");
        var pages = tex.IndexOf("\\Pages", StringComparison.Ordinal);
        Assert.True(pages > tex.IndexOf("\\begin{pages}", StringComparison.Ordinal));
        Assert.Contains("\\section*{French}", tex[pages..], StringComparison.Ordinal);
        Assert.DoesNotContain("paracol", tex, StringComparison.Ordinal);
    }

    [Fact]
    public void SequenceSetsEachTextAfterTheOtherUnderItsName()
    {
        var tex = Tex(ThreeTexts.Value, "sequence");
        var headings = new[] { "German", "English", "French" }.Select(n => tex.IndexOf($"\\section*{{{n}}}\n\\selectlanguage", StringComparison.Ordinal)).ToList();
        Assert.All(headings, h => Assert.True(h > 0));
        Assert.Equal(headings.Order(), headings);
        Assert.DoesNotContain("\\begin{pages}", tex, StringComparison.Ordinal);
        Assert.DoesNotContain("\\edemptychunk", tex, StringComparison.Ordinal); // a text alone leaves out the rows it lacks
    }

    [Fact]
    public void ColumnsSetTheTextsSideBySideRowByRow()
    {
        var tex = Tex(ThreeTexts.Value, "columns");
        Assert.Contains("\\usepackage{paracol}", tex, StringComparison.Ordinal);
        Assert.Contains("\\begin{paracol}{3}\n\\noindent\\textbf{German}\\par\n\\switchcolumn \\noindent\\textbf{English}\\par\n\\switchcolumn \\noindent\\textbf{French}\\par\n\\switchcolumn*\n\\begin{otherlanguage}{german}\n", tex, StringComparison.Ordinal);
        Assert.Contains("Lieber Freund", tex, StringComparison.Ordinal);
        Assert.Contains("\\footnote{drei A ] vier B}", tex, StringComparison.Ordinal); // the apparatus reading, by its siglum, after the lemma's
        Assert.DoesNotContain("\\begin{pages}", tex, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sequence")]
    [InlineData("columns")]
    public void TwoTextsFaceEachOtherWhateverTheSetting(string layout)
    {
        var tex = Tex(PrintSample.Edition, layout);
        Assert.Contains("\\begin{pages}", tex, StringComparison.Ordinal);
        Assert.DoesNotContain("\\begin{paracol}", tex, StringComparison.Ordinal);
    }
}
