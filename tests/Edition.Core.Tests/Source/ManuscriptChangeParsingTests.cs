using Edition.Core.Diagnostics;
using Edition.Core.Source.Markup;

namespace Edition.Core.Tests.Source;

/// <summary>The directives of a manuscript's own changes parse in the brace language's usual shapes.</summary>
public sealed class ManuscriptChangeParsingTests
{
    private static IReadOnlyList<Inline> Content(string text)
    {
        var diagnostics = new List<Diagnostic>();
        var block = Assert.IsType<TextBlock>(Assert.Single(TextMarkupParser.Parse("t.md", text, diagnostics)));
        Assert.Empty(diagnostics);
        return block.Content;
    }

    [Fact]
    public void ASubstitutionHasItsDeletionAndItsLabelledAddition()
    {
        var subst = Assert.IsType<DirectiveInline>(Content("{#p1} {subst rend=overwritten: glad | add: relieved}")[0]);
        Assert.Equal(2, subst.Parts.Count);
        Assert.Equal((null, "add"), (subst.Parts[0].Label, subst.Parts[1].Label));
        Assert.Equal("relieved", Assert.IsType<TextInline>(Assert.Single(subst.Parts[1].Content)).Text);
        Assert.Equal("overwritten", ManuscriptChanges.Value(subst, "rend"));
    }

    [Fact]
    public void AFirstArgumentStandsForTheFirstAttribute()
    {
        var content = Content("{#p1} {add margin: before Easter} {del erased: April} {handShift new=h2}{space extent=\"half a line\"}");
        var directives = content.OfType<DirectiveInline>().ToList();
        Assert.Equal(("margin", "erased"), (ManuscriptChanges.Value(directives[0], "place"), ManuscriptChanges.Value(directives[1], "rend")));
        Assert.Null(ManuscriptChanges.Value(directives[0], "hand"));
        Assert.Equal(("h2", "half a line"), (ManuscriptChanges.Value(directives[2], "new"), ManuscriptChanges.Value(directives[3], "extent")));
        Assert.Empty(directives[2].Parts);
    }
}
