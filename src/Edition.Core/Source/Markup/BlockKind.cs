namespace Edition.Core.Source.Markup;

/// <summary>What a text block is: a body paragraph or one of the document's own apparatus parts.</summary>
public enum BlockKind
{
    /// <summary>A body paragraph (TEI <c>p</c>): must carry a key that aligns it with the other language.</summary>
    Paragraph,

    /// <summary>Plain text inside a container (e.g. a closer's certification line).</summary>
    Plain,
    Ab,
    Fw,
    Head,
    Dateline,
    Signed,
}
