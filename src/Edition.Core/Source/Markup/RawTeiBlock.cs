using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>A block of TEI written by hand, for anything the light markup lacks.</summary>
public sealed record RawTeiBlock(string Xml, SourceSpan Span) : Block(Span);
