using AngleSharp.Diffing;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Formulas;

/// <summary>
/// TeX formulas on the site: their source as text for KaTeX (loaded only by a page that has formulas), hostile TeX
/// escaped like any text; XML examples as highlighted code, their words on the page.
/// </summary>
public sealed class FormulaSiteTests
{
    private const string Golden = "tests/Edition.Rendering.Tests/Formulas/Golden/formulas.html";

    [Fact]
    public void DocumentPageMatchesTheGoldenHtml()
    {
        var actual = FormulaEdition.Site.Value.Text(FormulaEdition.Page);
        var golden = Path.Combine(RepoPaths.Root, Golden);
        if (GoldenFile.Updating || !File.Exists(golden))
        {
            GoldenFile.AssertText(Golden, actual);
        }

        var diffs = DiffBuilder.Compare(File.ReadAllText(golden)).WithTest(actual).Build().ToList();
        Assert.True(diffs.Count == 0, $"{diffs.Count} difference(s) from {Golden} (EDITION_UPDATE_GOLDEN=1 rewrites it), first: {string.Join("; ", diffs.Take(3).Select(d => d.Result + " " + d.Target))}");
    }

    [Fact]
    public void TexFormulasAreTheirSourceForKatex()
    {
        var page = FormulaEdition.Site.Value.Page(FormulaEdition.Page);
        Assert.Equal(@"\frac{24}{x}", page.QuerySelector("#p-inline .math-tex:not(.display)")!.TextContent);
        Assert.StartsWith(@"\sum_{i=1}^{n}", page.QuerySelector("#f-display .math-tex.display")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(@"\sqrt[3]{\alpha + \beta}", page.QuerySelector("#p-delimited .math-tex")!.TextContent);
        Assert.Contains(@"\begin{pmatrix} a & b \\ c & d \end{pmatrix}", page.QuerySelector("#p-delimited .math-tex.display")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(@"\input{/etc/passwd}\immediate\write18{rm -rf /}", page.QuerySelector("#p-hostile .math-tex")!.TextContent);
        Assert.NotNull(page.QuerySelector("#p-mathml math mfrac"));
    }

    [Fact]
    public void OnlyAPageWithFormulasLoadsKatex()
    {
        var site = FormulaEdition.Site.Value;
        var scripts = site.Page(FormulaEdition.Page).QuerySelectorAll("script[src]").Select(s => s.GetAttribute("src")).ToList();
        Assert.Contains("../assets/katex/katex.min.js", scripts);
        Assert.Contains("../assets/formulas.js", scripts);
        Assert.NotNull(site.Page(FormulaEdition.Page).QuerySelector("link[href='../assets/katex/katex.min.css']"));
        foreach (var other in site.Pages.Where(p => p != FormulaEdition.Page))
        {
            Assert.DoesNotContain("katex", site.Text(other), StringComparison.Ordinal);
        }

        Assert.Contains(site.Files, f => f.RelativePath == "site/assets/katex/fonts/KaTeX_Main-Regular.woff2");
        Assert.Contains(site.Files, f => f.RelativePath == "site/assets/katex/LICENSE");
    }

    [Fact]
    public void XmlExamplesAreHighlightedCode()
    {
        var page = FormulaEdition.Site.Value.Page(FormulaEdition.Page);
        var inline = page.QuerySelector("#p-egxml-inline code.egxml")!;
        Assert.Equal("<persName ref=\"#tolstoy\">Lev Tolstoy</persName>", inline.TextContent);
        Assert.Equal(["persName", "persName"], inline.QuerySelectorAll(".xml-el").Select(e => e.TextContent));
        Assert.Equal("ref", inline.QuerySelector(".xml-at")!.TextContent);
        Assert.Equal("#tolstoy", inline.QuerySelector(".xml-val")!.TextContent);

        var block = page.QuerySelector("#eg-block pre.egxml > code")!;
        Assert.Equal(
            "<div type=\"letter\">\n  <!-- the opening -->\n  <p rend=\"indent\">Dear &amp; kind <hi rend=\"italic\">friend</hi>,</p>\n  <lb/>\n</div>",
            block.TextContent);
        Assert.Equal("<!-- the opening -->", block.QuerySelector(".xml-com")!.TextContent);
    }
}
