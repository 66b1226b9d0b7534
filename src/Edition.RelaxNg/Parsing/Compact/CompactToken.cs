namespace Edition.RelaxNg.Parsing.Compact;

/// <summary>A token and where it starts in the schema file (one-based line and column).</summary>
/// <remarks>A class, not a struct: a List of this assembly's struct is compiled by the JIT at every process start.</remarks>
internal sealed record CompactToken(CompactTokenKind Kind, string Text, int Line, int Column)
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "attribute", "default", "datatypes", "div", "element", "empty", "external", "grammar", "include", "inherit",
        "list", "mixed", "namespace", "notAllowed", "parent", "start", "string", "text", "token",
    };

    public static bool IsReservedWord(string name) => Keywords.Contains(name);

    public bool Is(string punctuation) => Kind == CompactTokenKind.Punctuation && Text == punctuation;

    public bool IsKeyword(string keyword) => Kind == CompactTokenKind.Keyword && Text == keyword;

    /// <summary>identifierOrKeyword: a name where keywords need no quoting (element and attribute names, params, prefixes).</summary>
    public bool IsIdentifierOrKeyword => Kind is CompactTokenKind.Identifier or CompactTokenKind.QuotedIdentifier or CompactTokenKind.Keyword;

    /// <summary>identifier: a name where a keyword must be quoted (definitions, references).</summary>
    public bool IsIdentifier => Kind is CompactTokenKind.Identifier or CompactTokenKind.QuotedIdentifier;

    /// <summary>How an error message names the token.</summary>
    public string Describe() => Kind switch
    {
        CompactTokenKind.EndOfFile => "the end of the file",
        CompactTokenKind.Literal => "a literal",
        CompactTokenKind.Documentation => "a ## documentation comment",
        CompactTokenKind.QuotedIdentifier => $"'\\{Text}'",
        CompactTokenKind.NsName => $"'{Text}:*'",
        _ => $"'{Text}'",
    };
}
