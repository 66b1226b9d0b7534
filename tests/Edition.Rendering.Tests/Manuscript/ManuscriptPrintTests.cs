using Edition.Rendering.Latex;
using Edition.Rendering.Tests.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Manuscript;

/// <summary>
/// The invented manuscript letter in print: deletions struck (<c>\eddel</c>, ulem's <c>\sout</c>), additions between
/// the marks of their place, the hand shift its hand's description, and a front-matter legend of only the signs used.
/// </summary>
public sealed class ManuscriptPrintTests
{
    private static readonly Lazy<string> Tex = new(() =>
    {
        var (edition, _) = ProjectReader.Read(Path.Combine(RepoPaths.Samples, "manuscript-letter"));
        return PrintSample.Text(PrintSample.Render(edition, PrintSample.DefaultTemplates).Single(f => f.RelativePath == PrintRenderer.TexPath));
    });

    [Fact]
    public void ChangesPrintAsTheirMacros()
    {
        Assert.Contains(@"came \eddel{yesterday} \edaddabove{this morning}, and I read it \eddel{twice} \edaddinline{three times}", Tex.Value, StringComparison.Ordinal);
        Assert.Contains(@"\edsubst{\eddel{glad}\edaddinline{relieved}}", Tex.Value, StringComparison.Ordinal);
        Assert.Contains(@"\edhandshift{A second hand, in pencil: the father\textquotesingle{}s (invented)}\edaddbelow{And bring the books you promised.}", Tex.Value, StringComparison.Ordinal);
        Assert.Contains(@"\eddelerased{for the whole of April}", Tex.Value, StringComparison.Ordinal);
        Assert.Contains(@"\edspace{6 chars}", Tex.Value, StringComparison.Ordinal);
        Assert.Contains(@"\edrestore{\eddel{Father}}", Tex.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void TheFrontMatterExplainsTheSignsUsed()
    {
        var legend = Tex.Value[Tex.Value.IndexOf(@"\chapter{Signs of the manuscript}", StringComparison.Ordinal)..];
        Assert.Contains(@"\eddel{text} & deleted in the manuscript \\", legend, StringComparison.Ordinal);
        Assert.Contains(@"\edaddmargin{text} & added in the margin \\", legend, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\chapter{Signs of the manuscript}", PrintSample.Tex, StringComparison.Ordinal); // the telegram uses none
    }

    [Fact]
    public void EditionStyStrikesWithUlem()
    {
        var sty = File.ReadAllText(Path.Combine(RepoPaths.Templates, "latex", "support", "edition.sty"));
        Assert.Contains(@"\RequirePackage[normalem]{ulem}", sty, StringComparison.Ordinal);
        Assert.Contains(@"\newcommand{\eddel}[1]{\sout{#1}}", sty, StringComparison.Ordinal);
    }
}
