namespace Edition.Tei.Reading.Views;

/// <summary>One language's text of a document: the original or a translation.</summary>
public sealed record TextView(string Role, string Lang, string LanguageName, IReadOnlyList<BlockView> Blocks);
