using Edition.Rendering.Html.Models;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>The legend of the signs a page's text uses for the manuscript's changes, each with a sample drawn as the text draws it.</summary>
internal static class ManuscriptSignLegend
{
    public static IReadOnlyList<SignHtml> Build(InlineHtmlRenderer inline, Labels labels)
    {
        // A copy: drawing the samples records their signs again.
        var used = inline.ManuscriptSignsUsed.ToList();
        var word = labels.Get("sign_sample");
        return used.Select(sign => new SignHtml(
            ManuscriptSigns.LabelKey(sign),
            inline.Render([Sample(sign, word)]),
            labels.Get(ManuscriptSigns.LabelKey(sign)))).ToList();
    }

    private static InlineNode Sample(ManuscriptSign sign, string word)
    {
        IReadOnlyList<InlineNode> text = [new TextNode(word)];
        return sign switch
        {
            ManuscriptSign.Deleted => new DeletionNode(text, null),
            ManuscriptSign.Erased => new DeletionNode(text, "erased"),
            ManuscriptSign.Added => new AdditionNode(text, null),
            ManuscriptSign.AddedAbove => new AdditionNode(text, "above"),
            ManuscriptSign.AddedBelow => new AdditionNode(text, "below"),
            ManuscriptSign.AddedInMargin => new AdditionNode(text, "margin"),
            ManuscriptSign.HandShift => new HandShiftNode(null, "…"),
            ManuscriptSign.Damage => new DamageNode(text, null, null),
            ManuscriptSign.Space => new SpaceNode("3", "chars", null),
            ManuscriptSign.Restored => new RestoreNode([new DeletionNode(text, null)]),
            _ => new RetraceNode(text),
        };
    }
}
