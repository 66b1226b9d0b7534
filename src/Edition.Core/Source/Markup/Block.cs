using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>A block of a document text, as the author wrote it.</summary>
public abstract record Block(SourceSpan Span);
