namespace Edition.Import.Wilson.Alignment;

/// <summary>Keys for the body paragraphs of each side, in order, and what could not be paired.</summary>
internal sealed record AlignmentResult(
    IReadOnlyList<string> OriginalKeys,
    IReadOnlyList<string> TranslationKeys,
    int Pairs,
    IReadOnlyList<UnalignedParagraph> Unaligned,
    IReadOnlyList<string> LengthWarnings);
