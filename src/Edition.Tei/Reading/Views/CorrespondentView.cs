using MemoryPack;
namespace Edition.Tei.Reading.Views;

/// <summary>Sender or recipient from <c>correspAction</c>.</summary>
[MemoryPackable]
public sealed partial record CorrespondentView(string? Name, string? PersonId, string? Place, string? PlaceId, string? When);
