using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>A block of a document text, as the author wrote it.</summary>
public abstract record Block(SourceSpan Span)
{
    /// <summary>Set when the author declared the block's segment one-sided on purpose.</summary>
    public OneSided? OneSided { get; init; }
}
