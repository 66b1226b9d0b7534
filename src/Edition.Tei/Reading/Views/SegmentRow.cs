namespace Edition.Tei.Reading.Views;

/// <summary>
/// One row of the parallel view: a block of each text (null where that text has nothing here). Keyed
/// blocks share a row with their counterparts; unkeyed ones (stamps, folio numbers) stand alone.
/// </summary>
public sealed record SegmentRow(string? Key, IReadOnlyList<BlockView?> Cells)
{
    public bool IsAligned => Key is not null;
}
