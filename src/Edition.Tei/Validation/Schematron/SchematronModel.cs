using Edition.Core.Text;

namespace Edition.Tei.Validation.Schematron;

// The compiled form of a schema after includes, extends and abstract patterns are resolved: plain data,
// shared by every thread (XPath expressions are kept as text and compiled per worker, see ExpressionPool).

internal abstract record MessagePart;

internal sealed record TextPart(string Text) : MessagePart;

internal sealed record ValueOfPart(string Select) : MessagePart;

internal sealed record NamePart(string? Path) : MessagePart;

internal sealed record SchLet(string Name, string Value, SourceSpan Location);

internal sealed record SchCheck(
    bool IsAssert,
    string Test,
    string? Id,
    string? Role,
    string? Flag,
    IReadOnlyList<MessagePart> Message,
    IReadOnlyList<string> DiagnosticIds,
    SourceSpan Location);

internal sealed record SchRule(string Context, string? Id, string? Role, string? Flag, IReadOnlyList<SchLet> Lets, IReadOnlyList<SchCheck> Checks, SourceSpan Location);

internal sealed record SchPattern(string? Id, string? Role, IReadOnlyList<SchLet> Lets, IReadOnlyList<SchRule> Rules, SourceSpan Location);

internal sealed record SchPhase(string Id, IReadOnlyList<string> ActivePatterns, IReadOnlyList<SchLet> Lets);

/// <summary>An <c>xsl:key</c>: <c>key(Name, v)</c> finds the nodes matching <see cref="Match"/> whose <see cref="Use"/> is v.</summary>
internal sealed record SchKey(string Name, string Match, string Use, SourceSpan Location);

internal sealed record SchModel(
    IReadOnlyList<KeyValuePair<string, string>> Namespaces,
    IReadOnlyList<SchLet> Lets,
    IReadOnlyList<SchPattern> Patterns,
    IReadOnlyDictionary<string, SchPhase> Phases,
    IReadOnlyDictionary<string, IReadOnlyList<MessagePart>> Diagnostics,
    string? DefaultPhase)
{
    public IReadOnlyList<SchKey> Keys { get; init; } = [];

    /// <summary>The prefixed names of the schema's xsl:function declarations (not run, but not unknown either).</summary>
    public IReadOnlySet<string> XslFunctions { get; init; } = new HashSet<string>();

    /// <summary>The folder of the schema file: <c>document()</c> resolves a string against it.</summary>
    public string Directory { get; init; } = "";
}
