using Edition.Rendering.Html;
using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// A manuscript's own changes as the print edition's macros (<c>\eddel</c>, <c>\edaddabove</c>, <c>\edhandshift</c>…,
/// in edition.sty): print shows the manuscript's state, deletions struck through and additions between insertion marks.
/// </summary>
internal static class LatexManuscriptChange
{
    /// <summary>The node's LaTeX, or null when it is not a manuscript change.</summary>
    /// <param name="inner">Renders children (the inline renderer's own recursion).</param>
    public static string? Render(InlineNode node, Func<IEnumerable<InlineNode>, string> inner) => node switch
    {
        DeletionNode d => Macro(d.Rend == "erased" ? "eddelerased" : "eddel", inner(d.Children)),
        AdditionNode a => Macro("edadd" + ManuscriptSigns.PlaceGroup(ManuscriptSigns.OfPlace(a.Place)), inner(a.Children)),
        SubstitutionNode s => Macro("edsubst", inner(s.Children)),
        HandShiftNode h => Macro("edhandshift", LatexEscaper.Escape(h.Description ?? h.HandId ?? "")),
        DamageNode d => Macro("eddamage", inner(d.Children)),
        SpaceNode s => Macro("edspace", LatexEscaper.Escape(string.Join(' ', new[] { s.Quantity, s.Unit, s.Extent }.Where(p => p is not null)))),
        RestoreNode r => Macro("edrestore", inner(r.Children)),
        RetraceNode r => Macro("edretrace", inner(r.Children)),
        _ => null,
    };

    private static string Macro(string name, string argument) => $@"\{name}{{{argument}}}";
}
