using MemoryPack;
namespace Edition.Tei.Reading.Views;

/// <summary>One language's text of a document: the original or a translation.</summary>
[MemoryPackable]
public sealed partial record TextView(string Role, string Lang, string LanguageName, IReadOnlyList<BlockView> Blocks)
{
    /// <summary>A witness text's siglum (its division's <c>@n</c>); null for the original and translations.</summary>
    public string? Siglum { get; init; }
}
