using System.Text.RegularExpressions;
using Edition.Rendering.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>The sample's .tex: golden, deterministic, and with the structure the facing pages need.</summary>
public sealed class PrintRendererTests
{
    [Fact]
    public void SampleMatchesGoldenTex() =>
        GoldenFile.AssertText("tests/Edition.Rendering.Tests/Latex/Golden/mao-stalin-1951/edition.tex", PrintSample.Tex);

    [Fact]
    public void RenderingTwiceGivesTheSameBytes()
    {
        var again = PrintSample.Render(PrintSample.Edition, PrintSample.DefaultTemplates);
        Assert.Equal(PrintSample.Files.Select(f => f.RelativePath), again.Select(f => f.RelativePath));
        Assert.All(PrintSample.Files.Zip(again), pair => Assert.Equal(pair.First.Content, pair.Second.Content));
    }

    [Fact]
    public void ShipsTheThemePackageBesideTheTex() =>
        Assert.Equal(["print/edition.sty", "print/edition.tex"], PrintSample.Files.Select(f => f.RelativePath).Order(StringComparer.Ordinal));

    [Fact]
    public void BothSidesHaveOneChunkPerAlignedRow()
    {
        var tex = PrintSample.Tex;
        var left = Between(tex, @"\begin{Leftside}", @"\end{Leftside}");
        var right = Between(tex, @"\begin{Rightside}", @"\end{Rightside}");
        Assert.Equal(Regex.Count(left, @"\\pstart"), Regex.Count(right, @"\\pstart"));
        Assert.Equal(Regex.Count(left, @"\\pstart"), Regex.Count(left, @"\\pend"));
        Assert.Contains(@"\selectlanguage{russian}", left);
        Assert.Contains(@"\selectlanguage{english}", right);

        // Rows the translation lacks (stamps, folio numbers) stand opposite an empty, unnumbered chunk.
        Assert.Contains(@"\pstart\edemptychunk\pend", right);
        Assert.Contains(@"\pstart\edfoliomargin{65}", left);
    }

    [Fact]
    public void NotesApparatusAndIndexEntriesAreInTheText()
    {
        var tex = PrintSample.Tex;
        Assert.Contains(@"\edtext{sixty}{\Afootnote{sixteen \edsiglum{WCDA}}}", tex);
        Assert.Contains(@"\edtext{Восьмимесячный}{\Afootnote{\edsicreading{Восемимесячный}}}", tex);
        Assert.Contains(@"\footnoteA{Thus in the decipherment, for Сюй Сянцянь (Xu Xiangqian).}", tex);
        // Sort keys lead with the name's place among the sample's nine person and place names, in alphabetical order
        // (Beijing, Gao Gang, Joseph Stalin, Korea, …).
        Assert.Contains(@"Гао Ган\edindex[persons]{000001 Gao Gang@Gao Gang}", tex);
        Assert.Contains(@"Корее\edindex[places]{000002 Korea@Korea}", tex);
        Assert.Contains(@"\printindex[persons]", tex);
        Assert.Contains(@"\edsupplied{with instructions}", tex);
        Assert.Contains(@"\item[\foreignlanguage{english}{APRF}] \foreignlanguage{english}{Archive of the President of the Russian Federation}", tex);
    }

    [Fact]
    public void EveryFieldOfAHostileEditionIsEscaped()
    {
        var tex = PrintSample.Text(PrintSample.Render(Hostile.Edition(), PrintSample.DefaultTemplates).Single(f => f.RelativePath == PrintRenderer.TexPath));
        var escaped = LatexEscaper.Escape(Hostile.Text);
        foreach (var field in new[] { "Edition: ", "Subtitle: ", "Editor ", "role ", "Licence ", "Title: ", "Summary: ", "Русский текст: ", "English text: ", "Note: " })
        {
            Assert.Contains(field + escaped, tex);
        }

        Assert.Contains(@"\edindex[persons]{000000 Person 50 of 5  1 underscore caret tilde back brace lt gt dq sq bq br --  end@Person " + IndexDisplay(escaped) + "}", tex);
        Assert.Contains(@"\edtext{lemma \& co}{\Afootnote{reading 100\% \edsiglum{W\_1}}}", tex);
        Assert.Contains(@"\edurl{https:/\allowbreak{}/\allowbreak{}example.org/\allowbreak{}l\_1\%20\#x}", tex);
        Assert.Contains(@"\item[\foreignlanguage{english}{A\&C}] \foreignlanguage{english}{Archive \& Co}", tex);
    }

    // An index entry's display spells braces out (LatexIndex) and quotes makeindex's ! and @.
    private static string IndexDisplay(string escaped) => escaped.Replace("!@", "\"!\"@", StringComparison.Ordinal)
        .Replace(@"\{", @"\textbraceleft{}", StringComparison.Ordinal).Replace(@"\}", @"\textbraceright{}", StringComparison.Ordinal);

    private static string Between(string text, string start, string end)
    {
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, from, StringComparison.Ordinal);
        return text[from..to];
    }
}
