namespace Edition.Import.Wilson.Layout;

/// <summary>
/// A classified block. <see cref="Role"/> names apparatus that both languages share (header, telegram,
/// received…): such blocks get the role as key. <see cref="Number"/> is a body paragraph's number ("2.") or a
/// page break's folio.
/// </summary>
internal sealed record LayoutBlock(LayoutBlockKind Kind, IReadOnlyList<string> Lines, int LineIndex)
{
    public string? Type { get; init; }

    public string? Role { get; init; }

    public string? Key { get; init; }

    public int? Number { get; init; }

    /// <summary>A continuation header: the text goes on to a new leaf here.</summary>
    public bool StartsLeaf { get; init; }

    public string Flat => string.Join(' ', Lines.Select(l => l.Trim()));

    public bool IsCloser => Kind is LayoutBlockKind.Dateline or LayoutBlockKind.Signed or LayoutBlockKind.CloserText;
}
