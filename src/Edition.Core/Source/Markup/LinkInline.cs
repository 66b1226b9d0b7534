using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

public sealed record LinkInline(string Url, IReadOnlyList<Inline> Children, SourceSpan Span) : Inline(Span);
