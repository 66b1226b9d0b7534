namespace Edition.Import.Wilson.Alignment;

/// <summary>A body paragraph with no counterpart in the other language: emitted under a one-sided key for the editor.</summary>
internal sealed record UnalignedParagraph(string Language, string Key, int LineIndex, string Preview);
