namespace Edition.Core.Source.Markup;

/// <summary>The brace language's vocabulary: which names exist and which take labelled parts.</summary>
public static class DirectiveNames
{
    /// <summary>Directives that open a block when they start a paragraph.</summary>
    public static readonly IReadOnlySet<string> Block = new HashSet<string>(StringComparer.Ordinal)
    {
        "fw", "ab", "head", "dateline", "signed",
    };

    public static readonly IReadOnlySet<string> Inline = new HashSet<string>(StringComparer.Ordinal)
    {
        "person", "place", "supplied", "sic", "abbr", "unclear", "gap", "note", "app", "spaced", "u", "date", "pb", "stamp", "foreign",
        "del", "add", "subst", "handShift", "damage", "space", "restore", "retrace",
    };

    /// <summary>Directives whose content has <c>|</c>-separated, labelled parts.</summary>
    public static readonly IReadOnlySet<string> WithParts = new HashSet<string>(StringComparer.Ordinal) { "sic", "abbr", "app", "subst" };

    /// <summary>Directives that stand alone between blocks when a paragraph holds only them.</summary>
    public static readonly IReadOnlySet<string> Milestones = new HashSet<string>(StringComparer.Ordinal) { "pb", "gap", "note" };

    public static string KnownList => string.Join(", ", Inline.Concat(Block).Order(StringComparer.Ordinal));
}
