using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>A line break of the original (a Markdown hard break: backslash at line end).</summary>
public sealed record LineBreakInline(SourceSpan Span) : Inline(Span);
