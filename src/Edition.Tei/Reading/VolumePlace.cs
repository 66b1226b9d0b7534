namespace Edition.Tei.Reading;

/// <summary>
/// Where a page of a volume stands: in its front, body or back; in which part (chapter, compilation, section…);
/// and its position among the volume's pages, in document order.
/// </summary>
internal sealed record VolumePlace(string Matter, string? PartId, string? PartTitle, int Position);
