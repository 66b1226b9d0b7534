using Edition.Core.Source.Markup;

namespace Edition.Core.Source.Model;

/// <summary>One language's text of a document (e.g. <c>original.ru.md</c>), parsed into blocks.</summary>
public sealed record DocumentText(TextRole Role, string Language, string File, IReadOnlyList<Block> Blocks);
