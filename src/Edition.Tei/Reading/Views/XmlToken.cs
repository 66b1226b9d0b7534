using MemoryPack;

namespace Edition.Tei.Reading.Views;

/// <summary>What a piece of an XML example is, so a renderer can highlight it.</summary>
public enum XmlTokenKind
{
    /// <summary>Character data, as it stands in the markup (escaped).</summary>
    Text,

    /// <summary>Markup punctuation: <c>&lt;</c>, <c>&lt;/</c>, <c>&gt;</c>, <c>/&gt;</c>, <c>="</c>, <c>"</c>.</summary>
    Markup,
    Element,
    Attribute,

    /// <summary>An attribute's value, escaped, without its quotes.</summary>
    Value,
    Comment,

    /// <summary>A processing instruction or CDATA section, whole.</summary>
    Other,
}

/// <summary>One piece of an XML example's markup, its text exactly as the example is written out.</summary>
[MemoryPackable]
public sealed partial record XmlToken(XmlTokenKind Kind, string Text);
