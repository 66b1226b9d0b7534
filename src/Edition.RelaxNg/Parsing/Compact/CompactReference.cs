namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>Annotation on an include or externalRef read from compact syntax: what it references is compact syntax too.</summary>
internal sealed class CompactReference
{
    public static readonly CompactReference Instance = new();

    private CompactReference()
    {
    }
}
