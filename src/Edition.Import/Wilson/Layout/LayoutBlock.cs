using Edition.Import.Wilson.Export;

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

    /// <summary>Set with <see cref="Flat"/>, so a block's text is joined once however often it is read.</summary>
    public IReadOnlyList<string> Lines { get; init => (field, Flat) = (value, ExportBlock.Join(value)); } = Lines;

    /// <summary>The lines joined by spaces.</summary>
    public string Flat { get; private set; } = ExportBlock.Join(Lines);

    public bool IsCloser => Kind is LayoutBlockKind.Dateline or LayoutBlockKind.Signed or LayoutBlockKind.CloserText;
}
