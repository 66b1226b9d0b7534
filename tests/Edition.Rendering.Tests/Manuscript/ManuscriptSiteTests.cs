using Edition.Rendering.Tests.Html;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Manuscript;

/// <summary>
/// The invented manuscript letter's page: a deletion is a <c>del</c> of the diplomatic view (hidden by the reading
/// view), an addition an <c>ins</c> read in both and classed by its place, a substitution both, a hand shift a marker
/// naming its hand, and a legend lists only the signs the page uses.
/// </summary>
public sealed class ManuscriptSiteTests
{
    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.FromProject(Path.Combine(RepoPaths.Samples, "manuscript-letter")));

    private static AngleSharp.Dom.IDocument Page => Site.Value.Page("site/documents/d1887-03-14.html");

    [Fact]
    public void ADeletionBelongsToTheDiplomaticViewAndAnAdditionToBoth()
    {
        var p1 = Page.GetElementById("d1887-03-14-en-p1")!;
        var deletion = p1.QuerySelector("del.del")!;
        Assert.Equal("yesterday", deletion.TextContent);
        Assert.Contains("dipl", deletion.ClassList);
        var addition = p1.QuerySelector("ins.add")!;
        Assert.Equal(("this morning", "added above the line"), (addition.TextContent, addition.GetAttribute("title")));
        Assert.Contains("add-above", addition.ClassList);
        Assert.DoesNotContain("dipl", addition.ClassList);
        Assert.Equal("deleted in the manuscript (overwritten)", p1.QuerySelectorAll("del.del")[1].GetAttribute("title"));
    }

    [Fact]
    public void ASubstitutionHoldsBothItsDeletionAndItsAddition()
    {
        var subst = Page.QuerySelector("#d1887-03-14-en-p1 .subst")!;
        Assert.Equal(("glad", "relieved"), (subst.QuerySelector("del.dipl")!.TextContent, subst.QuerySelector("ins.add-inline")!.TextContent));
    }

    [Fact]
    public void AHandShiftNamesItsHandAndARestoredDeletionStands()
    {
        var p3 = Page.GetElementById("d1887-03-14-en-p3")!;
        var shift = p3.QuerySelector(".handshift.dipl[role=note]")!;
        Assert.Equal("Hand: A second hand, in pencil: the father's (invented)", shift.GetAttribute("aria-label"));
        Assert.Equal(shift.GetAttribute("aria-label"), shift.GetAttribute("title"));
        Assert.EndsWith("Hand: A second hand, in pencil: the father's (invented)", p3.QuerySelector("ins.add-below")!.GetAttribute("title"), StringComparison.Ordinal);
        Assert.Equal("Father", p3.QuerySelector(".restore del")!.TextContent);
    }

    [Fact]
    public void TheLegendListsTheSignsThePageUses()
    {
        var legend = Page.QuerySelector("aside.signs-legend.dipl")!;
        Assert.Equal("Signs of the manuscript", legend.QuerySelector("h3")!.TextContent);
        Assert.Equal(
            ["deleted in the manuscript", "erased in the manuscript", "added in the line", "added above the line", "added below the line", "added in the margin",
             "another hand begins (its description on hover)", "damaged in the manuscript", "space left blank", "deletion cancelled: the text stands", "written over again"],
            legend.QuerySelectorAll("dd").Select(d => d.TextContent));
        Assert.NotNull(legend.QuerySelector("dt del.del"));
        Assert.Null(Site.Value.Page("site/documents.html").QuerySelector("aside.signs-legend"));
    }

    [Fact]
    public void TheRussianPageLabelsTheSignsInRussian()
    {
        var page = Site.Value.Page("site/ru/documents/d1887-03-14.html");
        Assert.Equal("Условные знаки рукописи", page.QuerySelector("aside.signs-legend h3")!.TextContent);
        Assert.StartsWith("Почерк: ", page.QuerySelector(".handshift")!.GetAttribute("aria-label"), StringComparison.Ordinal);
    }
}
