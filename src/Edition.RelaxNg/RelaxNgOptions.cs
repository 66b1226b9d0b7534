namespace Edition.RelaxNg;

/// <summary>Knobs for <see cref="RelaxNgSchema.Validate(string, RelaxNgOptions?)"/>.</summary>
public sealed record RelaxNgOptions
{
    public static readonly RelaxNgOptions Default = new();

    /// <summary>Tolerate a DOCTYPE (DtdProcessing.Ignore) instead of rejecting it; entities stay unexpanded.</summary>
    public bool IgnoreDtd { get; init; }

    /// <summary>Check ID uniqueness and IDREF targets (RELAX NG DTD Compatibility).</summary>
    public bool CheckIds { get; init; } = true;

    /// <summary>Stop reporting after this many errors (the verdict stays exact).</summary>
    public int MaxErrors { get; init; } = 1000;
}
