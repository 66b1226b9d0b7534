using Edition.Rendering.Latex;

namespace Edition.Rendering.Tests.Latex;

/// <summary>The one escaping function, character by character, and where it is used (titles, notes, Markdown, index keys).</summary>
public sealed class LatexEscaperTests
{
    [Theory]
    [InlineData(@"\", @"\textbackslash{}")]
    [InlineData("{", @"\{")]
    [InlineData("}", @"\}")]
    [InlineData("%", @"\%")]
    [InlineData("#", @"\#")]
    [InlineData("&", @"\&")]
    [InlineData("$", @"\$")]
    [InlineData("_", @"\_")]
    [InlineData("^", @"\textasciicircum{}")]
    [InlineData("~", @"\textasciitilde{}")]
    [InlineData("<", @"\textless{}")]
    [InlineData(">", @"\textgreater{}")]
    [InlineData("|", @"\textbar{}")]
    [InlineData("\"", @"\textquotedbl{}")]
    [InlineData("'", @"\textquotesingle{}")]
    [InlineData("`", @"\textasciigrave{}")]
    [InlineData("[", "{[}")]
    [InlineData("]", "{]}")]
    [InlineData("--", "-{}-")]
    [InlineData("---", "-{}-{}-")]
    [InlineData("\u00A0", "~")]
    [InlineData("a\nb\tc", "a b c")]
    [InlineData("\u0007", "")]
    public void EscapesEverySpecialCharacter(string text, string expected) => Assert.Equal(expected, LatexEscaper.Escape(text));

    [Theory]
    [InlineData("Товарищ ФИЛИППОВ!")]
    [InlineData("Mao Zedong, 1951-06-21: «шестьдесят» “sixteen”")]
    [InlineData("")]
    public void LeavesOrdinaryTextAlone(string text) => Assert.Equal(text, LatexEscaper.Escape(text));

    [Theory]
    [InlineData("毛泽东", @"\edcjk{毛泽东}")]
    [InlineData("Mao Zedong (毛泽东) & Gao Gang (高岗)", @"Mao Zedong (\edcjk{毛泽东}) \& Gao Gang (\edcjk{高岗})")]
    [InlineData("「中华」", @"\edcjk{「中华」}")]
    public void RunsOfChineseSwitchToTheCjkFont(string text, string expected) => Assert.Equal(expected, LatexEscaper.Escape(text));

    [Theory]
    [InlineData("كتب الولد رسالة.", @"\edarabic{كتب الولد رسالة}.")] // invented; a run keeps its spaces, so its words keep their order
    [InlineData("in Hebrew הילד כתב, then", @"in Hebrew \edhebrew{הילד כתב}, then")]
    [InlineData("مرحبا הילד 문단을 표시한다", @"\edarabic{مرحبا} \edhebrew{הילד} \edcjk{문단을} \edcjk{표시한다}")]
    public void RunsOfArabicHebrewAndHangulSwitchToTheirScriptsFonts(string text, string expected) => Assert.Equal(expected, LatexEscaper.Escape(text));

    [Fact]
    public void NullIsEmpty() => Assert.Equal("", LatexEscaper.Escape(null));

    [Fact]
    public void EscapedTextHasNoBareSpecialCharacter()
    {
        var escaped = LatexEscaper.Escape(Hostile.Text);

        // With the escapes taken out again, no special character is left bare.
        var withoutCommands = System.Text.RegularExpressions.Regex.Replace(escaped, @"\\[a-z]+\{\}|\\[{}%#&$_]|\{[\[\]]\}|-\{\}", "");
        Assert.DoesNotMatch(@"[\\{}%#&$_^~<>|""'`\[\]]", withoutCommands);
    }

    [Fact]
    public void MarkdownTextIsEscapedAndStructureKept()
    {
        // Backquotes would open a code span: the rest of the hostile text is Markdown-neutral.
        var hostile = Hostile.Text.Replace("`", "", StringComparison.Ordinal);
        var tex = LatexMarkdown.ToLatex($"# Heading {hostile}\n\nSome *emphasis* and **strong** `code_1`, [a link](https://example.org/a_b%20c#frag).\n\n- one & two\n- 50%\n\n> quoted $x$\n");
        Assert.Contains(@"\section*{Heading " + LatexEscaper.Escape(hostile) + "}", tex);
        Assert.Contains(@"\emph{emphasis}", tex);
        Assert.Contains(@"\textbf{strong}", tex);
        Assert.Contains(@"\texttt{code\_1}", tex);
        Assert.Contains(@"\edhref{https:/\allowbreak{}/\allowbreak{}example.org/\allowbreak{}a\_b\%20c\#frag}{a link}", tex);
        Assert.Contains("\\begin{itemize}\n\\item one \\& two\n\\item 50\\%\n\\end{itemize}", tex);
        Assert.Contains("\\begin{quote}\nquoted \\$x\\$", tex);
    }
}
