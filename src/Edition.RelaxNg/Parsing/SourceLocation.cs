namespace Edition.RelaxNg.Parsing;

/// <summary>A one-based position in a schema or instance file (0 when unknown).</summary>
internal readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static readonly SourceLocation Unknown = new("", 0, 0);
}
