using Edition.Core.Text;

namespace Edition.Core.Source.Model;

/// <summary>Sender or recipient: authority ids, and the time of the action when known (ISO date or date-time).</summary>
public sealed record Correspondent(string? PersonId, string? PlaceId, string? When, SourceSpan Span);
