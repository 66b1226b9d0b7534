using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

public sealed record TextInline(string Text, SourceSpan Span) : Inline(Span);
