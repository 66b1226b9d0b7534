using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>A paragraph holding only page breaks, gaps or notes: they stand between blocks, not in one.</summary>
public sealed record MilestoneBlock(IReadOnlyList<Inline> Items, SourceSpan Span) : Block(Span);
