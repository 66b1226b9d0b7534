namespace Edition.Tei.Validation.Integrity;

/// <summary>How many keyed segments of a document's parallel texts have a reciprocal counterpart.</summary>
public sealed record AlignmentCoverage(string FileName, int Keyed, int Aligned)
{
    public double Percent => Keyed == 0 ? 100 : 100.0 * Aligned / Keyed;
}
