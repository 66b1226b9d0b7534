using Edition.Core.Text;

namespace Edition.Core.Source.Model;

/// <summary>A hand that wrote in the document (<c>hands:</c> in document.yml), named by <c>{handShift new=ID}</c>.</summary>
public sealed record Hand(string Id, string Label, string? Medium, SourceSpan Span);
