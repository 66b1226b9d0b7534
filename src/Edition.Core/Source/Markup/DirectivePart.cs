using Edition.Core.Text;

namespace Edition.Core.Source.Markup;

/// <summary>One <c>|</c>-separated part of a directive, with its optional label (<c>corr:</c>, a witness siglum).</summary>
public sealed record DirectivePart(string? Label, IReadOnlyList<Inline> Content, SourceSpan Span);
