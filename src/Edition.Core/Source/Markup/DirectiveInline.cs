using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>
/// A brace directive <c>{name arg key=value: part | label: part}</c>. Parts are the content; a directive
/// without a colon (<c>{pb 65}</c>) has none.
/// </summary>
public sealed record DirectiveInline(
    string Name,
    IReadOnlyList<string> Args,
    IReadOnlyDictionary<string, string> Named,
    IReadOnlyList<DirectivePart> Parts,
    SourceSpan Span) : Inline(Span)
{
    public string? Named1(string key) => Named.TryGetValue(key, out var v) ? v : null;
}
