using System.Globalization;
using Edition.Core.Source;
using Edition.Core.Text;
using Edition.Rendering;
using Edition.Tei.Reading;

namespace Edition.Build.Pipeline;

/// <summary>
/// The reader's reports of the build's TEI-in files, as one line (ED5040): each element name rendered generically or
/// left out, how often, in how many files, and where first. One line however large the corpus: a thousand files
/// that use <c>seg</c> give one entry, not a thousand. The reports come with the files' readings, from the cache too.
/// </summary>
internal static class ReadingReports
{
    /// <param name="readings">The readings in the order of <see cref="BuildContext.Tei"/> (null for a file not read).</param>
    public static void Report(BuildContext build, IReadOnlyList<TeiFileReading?> readings)
    {
        var files = Enumerable.Range(0, readings.Count)
            .Where(i => readings[i] is { Report.IsEmpty: false } && build.Tei[i].IsPassThrough && build.Tei[i].SourceFile is not null)
            .Select(i => (File: SourcePaths.Display(build.Tei[i].SourceFile!), readings[i]!.Report))
            .ToList();
        if (files.Count == 0)
        {
            return;
        }

        var single = files.Count == 1;
        var parts = new[]
        {
            Part("rendered generically (text kept)", files.SelectMany(f => f.Report.Generic.Select(c => (f.File, c))), single),
            Part("left out", files.SelectMany(f => f.Report.Omitted.Select(c => (f.File, c))), single),
        }.OfType<string>();
        var prefix = single ? "" : $"in {files.Count} TEI-in files, ";
        build.Diagnostics.Add(RenderingDiagnostics.ElementsRenderedGenerically.At(new SourceSpan(files[0].File, 1, 1), prefix + string.Join("; ", parts)));
    }

    /// <summary>"rendered generically: seg×3 in 2 files (first at a.xml(20,5)), …"; null when nothing is counted.</summary>
    private static string? Part(string label, IEnumerable<(string File, ElementCount Count)> counts, bool single)
    {
        var names = counts
            .GroupBy(c => c.Count.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Total: g.Sum(c => c.Count.Count), Files: g.Count(), First: g.First()))
            .OrderByDescending(n => n.Total)
            .ToList();
        return names.Count == 0 ? null : $"{label}: " + string.Join(", ", names.Select(n =>
        {
            var at = single ? $"{n.First.Count.Line},{n.First.Count.Column}" : $"{n.First.File}({n.First.Count.Line},{n.First.Count.Column})";
            var files = n.Files > 1 ? $" in {n.Files} files" : "";
            return string.Create(CultureInfo.InvariantCulture, $"{n.Name}×{n.Total:N0}{files} (first at {at})");
        }));
    }
}
