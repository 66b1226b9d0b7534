using MemoryPack;

namespace Edition.Tei.Reading.Views;

/// <summary>
/// One image of a figure: its <c>graphic/@url</c> as written (relative to the TEI file's folder, or an absolute
/// URL) and where the graphic stands in the TEI file, so a missing image is reported at the author's line.
/// </summary>
[MemoryPackable]
public sealed partial record GraphicView(string Url, int Line, int Column)
{
    /// <summary>The display size asked for, as written (TEI data.outputMeasurement: <c>10cm</c>, <c>200px</c>, <c>50%</c>); null when not given.</summary>
    public string? Width { get; init; }

    public string? Height { get; init; }

    /// <summary>A factor to apply to the display size (<c>@scale</c>, as written); null when not given.</summary>
    public string? Scale { get; init; }
}
