using MemoryPack;
namespace Edition.Tei.Reading.Views;

/// <summary>
/// A block of a text: <c>Kind</c> is p, ab, fw, head, table, closer, dateline, signed, pb, gap, note, list or
/// div-head…; <c>Type</c> its TEI @type (fw header, ab received…). Keyed blocks align across languages.
/// </summary>
[MemoryPackable]
public sealed partial record BlockView
{
    public required string Kind { get; init; }
    public string? Type { get; init; }

    /// <summary>The block's xml:id: its permalink anchor.</summary>
    public string? Id { get; init; }

    /// <summary>The alignment key shared with the counterparts (the id without document and language).</summary>
    public string? Key { get; init; }
    public IReadOnlyList<string> Counterparts { get; init; } = [];
    public string Lang { get; init; } = "";
    public IReadOnlyList<InlineNode> Inlines { get; init; } = [];

    /// <summary>Table rows, each a list of cells.</summary>
    public IReadOnlyList<IReadOnlyList<IReadOnlyList<InlineNode>>> Rows { get; init; } = [];

    /// <summary>How many of the table's first rows are headings (TEI <c>row[@role='label']</c>): the print edition repeats them on every page.</summary>
    public int HeaderRows { get; init; }

    /// <summary>Blocks inside a closer or another container.</summary>
    public IReadOnlyList<BlockView> Children { get; init; } = [];

    /// <summary>For page breaks: the folio or page number.</summary>
    public string? N { get; init; }

    /// <summary>What @facs points to: a page break's surface, a segment's zones (ids, without '#').</summary>
    public IReadOnlyList<string> Facs { get; init; } = [];
}
