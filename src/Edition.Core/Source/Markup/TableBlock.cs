using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>A pipe table; every row is a row of the document (Markdown's header row included).</summary>
public sealed record TableBlock(string? Type, string? Key, IReadOnlyList<IReadOnlyList<IReadOnlyList<Inline>>> Rows, SourceSpan Span)
    : Block(Span);
