namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>Ends the reading of a compact-syntax schema at its first error (code, message, one-based position).</summary>
internal sealed class CompactSyntaxException(string code, string message, int line, int column) : Exception(message)
{
    public string Code { get; } = code;

    public int Line { get; } = line;

    public int Column { get; } = column;
}
