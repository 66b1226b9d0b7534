using MemoryPack;
namespace Edition.Tei.Reading.Views;

/// <summary>
/// One row of the parallel view: a block of each text (null where that text has nothing here). Keyed
/// blocks share a row with their counterparts; unkeyed ones (stamps, folio numbers) stand alone.
/// </summary>
[MemoryPackable]
public sealed partial record SegmentRow(string? Key, IReadOnlyList<BlockView?> Cells)
{
    [MemoryPackIgnore]
    public bool IsAligned => Key is not null;
}
