using Edition.Core.Source.Markup;

namespace Edition.Core.Source.Model;

/// <summary>One text of a document (<c>original.ru.md</c>, <c>translation.en.md</c>, <c>witness.B.ru.md</c>), parsed into blocks.</summary>
public sealed record DocumentText(TextRole Role, string Language, string File, IReadOnlyList<Block> Blocks)
{
    /// <summary>A witness's siglum (declared under <c>witnesses:</c> in document.yml); null for the original and translations.</summary>
    public string? Siglum { get; init; }

    /// <summary>What names the text in ids: its language, or a witness's siglum (two witnesses may share a language).</summary>
    public string Tag => Siglum ?? Language;

    /// <summary>The text's file name without <c>.md</c>, as <c>base:</c> names it.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(File);

    /// <summary>
    /// Whether this text and another claim to align segment by segment: the base aligns with every text, and
    /// the original and its translations with one another; a witness aligns with the base only.
    /// </summary>
    public bool AlignsWith(DocumentText other, DocumentText? baseText) =>
        other != this && (this == baseText || other == baseText || (Role != TextRole.Witness && other.Role != TextRole.Witness));
}
