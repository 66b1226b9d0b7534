using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>Markdown emphasis: <c>*italic*</c>, <c>**bold**</c>.</summary>
public sealed record StyledInline(string Style, IReadOnlyList<Inline> Children, SourceSpan Span) : Inline(Span);
