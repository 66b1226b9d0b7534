using MemoryPack;

namespace Edition.Tei.Reading;

/// <summary>
/// The elements of a file's texts that no rule of the reader knows and that were rendered generically (their text
/// kept), and those left out (on purpose, or not read at all), by name, most frequent first. Kept with the file's
/// reading, so a reading from the cache brings its report.
/// </summary>
[MemoryPackable]
public sealed partial record ReadingReport(IReadOnlyList<ElementCount> Generic, IReadOnlyList<ElementCount> Omitted)
{
    public static readonly ReadingReport Empty = new([], []);

    [MemoryPackIgnore]
    public bool IsEmpty => Generic.Count == 0 && Omitted.Count == 0;
}
