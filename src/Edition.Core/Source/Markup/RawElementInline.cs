using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>An inline TEI element written by hand (<c>&lt;hi rend="sup"&gt;2&lt;/hi&gt;</c>).</summary>
public sealed record RawElementInline(string Name, IReadOnlyList<KeyValuePair<string, string>> Attributes, IReadOnlyList<Inline> Children, SourceSpan Span)
    : Inline(Span);
