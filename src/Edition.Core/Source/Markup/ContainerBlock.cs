using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>A fenced group of blocks: <c>::: closer</c> … <c>:::</c>.</summary>
public sealed record ContainerBlock(string Kind, string? Type, string? Key, IReadOnlyList<Block> Children, SourceSpan Span)
    : Block(Span);
