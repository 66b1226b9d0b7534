using System.Globalization;
using System.Xml.Linq;
using Edition.Core.Source.Markup;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Encoding;

/// <summary>
/// The directives of a manuscript's own changes as TEI's transcription elements: <c>del</c>, <c>add</c>, <c>subst</c>,
/// <c>handShift</c>, <c>damage</c>, <c>space</c>, <c>restore</c>, <c>retrace</c>. A hand is a pointer to the header's
/// <c>handNote</c>.
/// </summary>
/// <param name="part">Encodes a directive's n-th part (the inline encoder's own recursion).</param>
internal sealed class ManuscriptChangeEncoder(EncodingContext context, Func<DirectiveInline, int, IEnumerable<XNode>> part)
{
    public XElement? Encode(DirectiveInline d) => d.Name switch
    {
        "del" => Deletion(d, part(d, 0)),
        "add" => Addition(d, part(d, 0)),
        "subst" => E("subst", A("hand", Hand(d, "hand")), Deletion(d, part(d, 0), withHand: false), Addition(d, part(d, 1), withHand: false)),
        "handShift" => E("handShift", A("new", Hand(d, "new")), A("medium", d.Named1("medium"))),
        "damage" => E("damage", A("agent", Value(d, "agent")), A("extent", d.Named1("extent")), part(d, 0)),
        "space" => Space(d),
        "restore" => E("restore", A("hand", Hand(d, "hand")), part(d, 0)),
        "retrace" => E("retrace", A("hand", Hand(d, "hand")), part(d, 0)),
        _ => null,
    };

    private XElement Deletion(DirectiveInline d, IEnumerable<XNode> content, bool withHand = true) =>
        E("del", A("rend", Value(d, "rend")), withHand ? A("hand", Hand(d, "hand")) : null, content);

    private XElement Addition(DirectiveInline d, IEnumerable<XNode> content, bool withHand = true) =>
        E("add", A("place", d.Name == "subst" ? d.Named1("place") : Value(d, "place")), withHand ? A("hand", Hand(d, "hand")) : null, content);

    /// <summary>A size in numbers is a quantity of units (<c>extent=3 unit=chars</c>); in words, an extent (<c>"half a line"</c>).</summary>
    private static XElement Space(DirectiveInline d)
    {
        var extent = Value(d, "extent");
        var quantity = d.Named1("quantity") ?? (IsNumber(extent) ? extent : null);
        return E("space",
            A("quantity", quantity),
            A("unit", d.Named1("unit")),
            A("extent", quantity is null ? extent : null));
    }

    private static bool IsNumber(string? value) =>
        value is not null && decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out _);

    private static string? Value(DirectiveInline d, string attribute) => ManuscriptChanges.Value(d, attribute);

    private string? Hand(DirectiveInline d, string attribute) =>
        Value(d, attribute) is { } id ? "#" + TeiIds.Hand(context.Doc, id) : null;
}
