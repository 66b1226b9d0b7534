using Edition.Core.Text;

namespace Edition.Core.Source.Model;

/// <summary>A box on a page image (pixels from the top left) tied to a segment of the transcription by its key.</summary>
public sealed record FacsimileZone(string Segment, int X, int Y, int Width, int Height, SourceSpan Span);
