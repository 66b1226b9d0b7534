namespace Edition.Core.Source.Markup;

/// <summary>
/// The vocabulary of a manuscript's own changes (<c>{del}</c>, <c>{add}</c>, <c>{subst}</c>, <c>{handShift}</c>,
/// <c>{damage}</c>, <c>{space}</c>, <c>{restore}</c>, <c>{retrace}</c>): the attributes each takes and the closed lists
/// of their values, which the site and the print edition each know how to mark.
/// </summary>
public static class ManuscriptChanges
{
    /// <summary>How a deletion was made (TEI <c>del/@rend</c>).</summary>
    public static readonly IReadOnlyList<string> DeletionRends = ["strikethrough", "overwritten", "overtyped", "erased", "underdotted", "bracketed"];

    /// <summary>Where an addition was written (TEI <c>add/@place</c>).</summary>
    public static readonly IReadOnlyList<string> Places = ["above", "below", "inline", "inspace", "margin", "left", "right", "top", "bottom", "end", "opposite", "overleaf"];

    /// <summary>What damaged the text (TEI <c>damage/@agent</c>).</summary>
    public static readonly IReadOnlyList<string> DamageAgents = ["water", "fire", "mould", "rubbing", "smoke", "stain", "tear", "hole", "cut", "fold", "insects"];

    /// <summary>The units a space is measured in (TEI <c>space/@unit</c>).</summary>
    public static readonly IReadOnlyList<string> SpaceUnits = ["chars", "words", "lines", "mm", "cm"];

    /// <summary>The attributes (key=value) each directive takes; the first positional argument stands for the first.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Attributes = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["del"] = ["rend", "hand"],
        ["add"] = ["place", "hand"],
        ["subst"] = ["rend", "place", "hand"],
        ["handShift"] = ["new", "medium"],
        ["damage"] = ["agent", "extent"],
        ["space"] = ["extent", "quantity", "unit"],
        ["restore"] = ["hand"],
        ["retrace"] = ["hand"],
    };

    /// <summary>The closed list an attribute's value comes from, if any.</summary>
    public static IReadOnlyList<string>? AllowedValues(string attribute) => attribute switch
    {
        "rend" => DeletionRends,
        "place" => Places,
        "agent" => DamageAgents,
        "unit" => SpaceUnits,
        _ => null,
    };

    /// <summary>An attribute's value: <c>key=value</c>, or, for the directive's first attribute, the first positional argument.</summary>
    public static string? Value(DirectiveInline d, string attribute) =>
        d.Named1(attribute) ?? (Attributes.TryGetValue(d.Name, out var names) && names[0] == attribute ? d.Args.FirstOrDefault() : null);
}
