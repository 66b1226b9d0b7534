using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>Inline content of a block.</summary>
public abstract record Inline(SourceSpan Span);
