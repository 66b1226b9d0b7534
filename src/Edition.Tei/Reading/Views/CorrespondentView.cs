namespace Edition.Tei.Reading.Views;

/// <summary>Sender or recipient from <c>correspAction</c>.</summary>
public sealed record CorrespondentView(string? Name, string? PersonId, string? Place, string? PlaceId, string? When);
