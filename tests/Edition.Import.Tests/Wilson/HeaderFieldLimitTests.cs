using Edition.Core.Text;
using Edition.Import.Wilson;
using Edition.Import.Wilson.Export;
using Xunit.Abstractions;

namespace Edition.Import.Tests.Wilson;

/// <summary>
/// A 20 MB title or summary is no record's: it is refused at its line with the limit named, in memory bounded by a
/// few copies of the field, before it reaches document.yml, the report or the name search.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class HeaderFieldLimitTests(ITestOutputHelper output)
{
    private const int FieldLength = 20 * 1024 * 1024;
    private const long MaxAllocatedBytes = 1024L * 1024 * 1024;

    [SkippableTheory]
    [InlineData("title", "Telegram from Mao", 0, ExportHeaderParser.MaxTitle)]
    [InlineData("summary", "Summary:", 2, ExportHeaderParser.MaxSummary)]
    public void HugeFieldIsRefusedAtItsLine(string field, string anchor, int offset, int limit)
    {
        using var variant = new SeedVariant(lines =>
        {
            lines[SeedVariant.LineIndex(lines, anchor) + offset] = string.Concat(Enumerable.Repeat("Telegram from Mao Zedong to I.V. Stalin ", FieldLength / 40));
            return lines;
        });
        var line = SeedVariant.LineIndex(variant.Lines, anchor) + offset + 1;

        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var result = variant.Import();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;

        output.WriteLine($"{field}: {allocated / 1048576} MB allocated");
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(ImportDiagnostics.FieldTooLong.Id, diagnostic.Code);
        Assert.Equal(new SourceSpan(variant.Export, line, 1), diagnostic.Span);
        Assert.StartsWith($"the header's {field} is 20,971,", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains($"more than the {limit:N0}", diagnostic.Message, StringComparison.Ordinal);
        Assert.True(allocated < MaxAllocatedBytes, $"{allocated / 1048576} MB allocated");
        Assert.Empty(variant.Project.DocumentFolders());
    }
}
