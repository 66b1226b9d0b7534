using Edition.Tei.Reading.Views;

namespace Edition.Rendering.Latex;

/// <summary>
/// One side of a <see cref="PrintRow"/>: its blocks (none gives an empty <c>\pstart\pend</c> that keeps the
/// sides in step) and the folio that begins before them, for the margin.
/// </summary>
public sealed record PrintCell(IReadOnlyList<BlockView> Blocks, string? Folio)
{
    public bool IsEmpty => Blocks.Count == 0;
}
