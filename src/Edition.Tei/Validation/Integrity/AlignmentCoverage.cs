using MemoryPack;
namespace Edition.Tei.Validation.Integrity;

/// <summary>
/// How many keyed segments of a document's parallel texts have a reciprocal counterpart. One-sided segments (whose
/// counterpart is a gap: a segment another text lacks on purpose) are counted apart: they claim no counterpart.
/// </summary>
[MemoryPackable]
public sealed partial record AlignmentCoverage(string FileName, int Keyed, int Aligned, int OneSided = 0)
{
    /// <summary>The segments that claim a counterpart, and how many of them have one.</summary>
    [MemoryPackIgnore]
    public int Claiming => Keyed - OneSided;

    [MemoryPackIgnore]
    public int Matched => Aligned - OneSided;

    [MemoryPackIgnore]
    public double Percent => Claiming == 0 ? 100 : 100.0 * Matched / Claiming;

    /// <summary>Worth telling: a segment without its counterpart, or segments one-sided by intent.</summary>
    [MemoryPackIgnore]
    public bool Reported => Aligned < Keyed || OneSided > 0;

    [MemoryPackIgnore]
    public string OneSidedNote => OneSided == 0 ? "" : $"; {OneSided} one-sided by intent";
}
