using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>A paragraph-like block: <c>{#p1} …</c>, <c>{fw header #h} …</c>, <c>{head} …</c>.</summary>
public sealed record TextBlock(BlockKind Kind, string? Type, string? Key, IReadOnlyList<Inline> Content, SourceSpan Span)
    : Block(Span);
