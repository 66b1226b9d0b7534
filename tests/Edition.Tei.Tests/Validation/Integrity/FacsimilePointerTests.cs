using Edition.Core.Diagnostics;
using Edition.Tei.Validation;
using Edition.TestSupport;
using static Edition.Tei.Encoding.Tei;

namespace Edition.Tei.Tests.Validation.Integrity;

/// <summary>
/// The TEI Edition writes for the facsimile sample points into its facsimile with every @facs; a pointer made to
/// point nowhere is reported at the author's Markdown line (the TEI-in cases are under Invalid/041–045).
/// </summary>
public sealed class FacsimilePointerTests
{
    private static readonly string Project = Path.Combine(RepoPaths.Samples, "facsimile-letter");

    private static ValidationOptions Options => new() { ProjectSchematron = Path.Combine(RepoPaths.Schemas, "edition.sch") };

    [Fact]
    public void TheSamplesPointersNameItsSurfacesAndZones()
    {
        var (source, tei) = ProjectReader.Encode(Project);
        Assert.Contains(tei.SelectMany(t => t.Tei.Descendants()), e => e.Attribute("facs") is not null);
        var bag = new DiagnosticBag();
        ValidationGate.Validate(tei, source, Options, bag);
        Assert.DoesNotContain(bag.Sorted(), d => d.Severity != Severity.Info);
    }

    [Fact]
    public void APointerMadeToPointNowhereIsReportedAtTheMarkdownLine()
    {
        var (source, tei) = ProjectReader.Encode(Project);
        var elements = tei.Single(t => t.Tei.Descendants(Ns + "facsimile").Any()).Tei.Descendants().ToList();
        elements.First(e => e.Name == Ns + "pb" && (string?)e.Attribute("n") == "1v").SetAttributeValue("facs", "#no-surface");
        elements.First(e => ((string?)e.Attribute("facs"))?.EndsWith("-p3", StringComparison.Ordinal) == true).SetAttributeValue("facs", "#no-zone");

        var bag = new DiagnosticBag();
        ValidationGate.Validate(tei, source, Options, bag);
        var markdown = File.ReadAllLines(Path.Combine(Project, "documents", "1887-03-14", "original.en.md")).ToList();
        var pageBreak = Assert.Single(bag.Sorted(), d => d.Code == ValidationDiagnostics.PageBreakImageNotFound.Id);
        Assert.Equal(("original.en.md", markdown.IndexOf("{pb 1v}") + 1), (Path.GetFileName(pageBreak.Span.File), pageBreak.Span.Line));
        var segment = Assert.Single(bag.Sorted(), d => d.Code == ValidationDiagnostics.SegmentZoneNotFound.Id);
        Assert.Equal(("original.en.md", markdown.FindIndex(l => l.StartsWith("{#p3}", StringComparison.Ordinal)) + 1), (Path.GetFileName(segment.Span.File), segment.Span.Line));
    }
}
