using System.Text;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Html;

/// <summary>
/// A manuscript's own changes in HTML, both views in one page as for choices: a deletion and a hand shift are
/// <c>.dipl</c> (the reading view hides them), an addition stands in the line in both views and its marks (⸌ ⸍, raised
/// or lowered by place) are the stylesheet's in the diplomatic view. Each sign written is recorded for the page's legend.
/// </summary>
/// <param name="write">Writes children (the inline renderer's own recursion).</param>
/// <param name="labels">The UI language's labels, for titles; without them, the label keys.</param>
internal sealed class ManuscriptChangeHtml(Action<StringBuilder, IReadOnlyList<InlineNode>> write, Labels? labels)
{
    private readonly SortedSet<ManuscriptSign> _used = [];

    /// <summary>The signs written so far, in the legend's order.</summary>
    public IReadOnlyCollection<ManuscriptSign> Used => _used;

    /// <summary>Writes the node if it is a manuscript change; false if it is not one.</summary>
    public bool TryWrite(StringBuilder sb, InlineNode node)
    {
        switch (node)
        {
            case DeletionNode d:
                var erased = d.Rend is "erased";
                var how = d.Rend is null or "strikethrough" or "erased" ? null : d.Rend;
                Wrap(sb, "del", $"del dipl del-{HtmlText.Token(d.Rend ?? "strikethrough")}", d.Children, Sign(erased ? ManuscriptSign.Erased : ManuscriptSign.Deleted, how, d.Hand));
                break;
            case AdditionNode a:
                var sign = ManuscriptSigns.OfPlace(a.Place);
                var group = ManuscriptSigns.PlaceGroup(sign);
                Wrap(sb, "ins", $"add add-{group}", a.Children, Sign(sign, a.Place == group ? null : a.Place, a.Hand));
                break;
            case SubstitutionNode s:
                Wrap(sb, "span", "subst", s.Children, s.Hand is null ? "" : Title(Hand(s.Hand)));
                break;
            case HandShiftNode h:
                var hand = Hand(h.Description ?? h.HandId ?? "");
                _used.Add(ManuscriptSign.HandShift);
                sb.Append($"<span class=\"handshift dipl\" role=\"note\" aria-label=\"{HtmlText.Escape(hand)}\"{Title(hand)}>✎</span>");
                break;
            case DamageNode d:
                Wrap(sb, "span", "damage", d.Children, Sign(ManuscriptSign.Damage, Join(d.Agent, d.Extent), null));
                break;
            case SpaceNode s:
                var extent = Join(s.Quantity, s.Unit, s.Extent);
                sb.Append($"<span class=\"space dipl\"{Sign(ManuscriptSign.Space, extent, null)}>{new string('\u2002', SpaceWidth(s))}</span>");
                break;
            case RestoreNode r:
                Wrap(sb, "span", "restore", r.Children, Sign(ManuscriptSign.Restored, null, null));
                break;
            case RetraceNode r:
                Wrap(sb, "span", "retrace", r.Children, Sign(ManuscriptSign.Retraced, null, r.Hand));
                break;
            default:
                return false;
        }

        return true;
    }

    /// <summary>The sign's title: what it means, with its detail (how, where, how much) and hand.</summary>
    private string Sign(ManuscriptSign sign, string? detail, string? hand)
    {
        _used.Add(sign);
        var text = Label(ManuscriptSigns.LabelKey(sign)) + (string.IsNullOrEmpty(detail) ? "" : $" ({detail})") + (hand is null ? "" : "; " + Hand(hand));
        return Title(text);
    }

    private string Hand(string description) => $"{Label("hand")}: {description}";

    private string Label(string key) => labels?.Find(key) ?? key;

    private static string Title(string text) => $" title=\"{HtmlText.Escape(text)}\"";

    private static string? Join(params string?[] parts) =>
        parts.Any(p => p is not null) ? string.Join(' ', parts.Where(p => p is not null)) : null;

    /// <summary>A space of characters about as wide (up to twenty), of other units three.</summary>
    private static int SpaceWidth(SpaceNode s) =>
        s.Unit is null or "chars" && int.TryParse(s.Quantity, System.Globalization.CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 1, 20) : 3;

    private void Wrap(StringBuilder sb, string tag, string cssClass, IReadOnlyList<InlineNode> children, string attributes)
    {
        sb.Append($"<{tag} class=\"{cssClass}\"{attributes}>");
        write(sb, children);
        sb.Append($"</{tag}>");
    }
}
