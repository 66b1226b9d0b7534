using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>
/// One unit of a block's inline stream after Markdig: a character (with its place, and whether the author
/// escaped it) or a structural mark (line break, emphasis or link boundary, raw tag). The directive
/// parser reads these, so Markdown and the brace language compose without a second Markdown parser.
/// </summary>
internal readonly record struct MarkupUnit(MarkupUnitKind Kind, char Char, bool Escaped, string? Value, SourceSpan Span)
{
    public bool IsChar(char c) => Kind == MarkupUnitKind.Char && !Escaped && Char == c;
}

internal enum MarkupUnitKind
{
    Char,
    LineBreak,
    StyleOpen,
    StyleClose,
    LinkOpen,
    LinkClose,
    RawOpen,
    RawClose,
    RawEmpty,
}
