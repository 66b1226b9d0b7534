using MemoryPack;
namespace Edition.Tei.Validation.Integrity;

/// <summary>How many keyed segments of a document's parallel texts have a reciprocal counterpart.</summary>
[MemoryPackable]
public sealed partial record AlignmentCoverage(string FileName, int Keyed, int Aligned)
{
    [MemoryPackIgnore]
    public double Percent => Keyed == 0 ? 100 : 100.0 * Aligned / Keyed;
}
