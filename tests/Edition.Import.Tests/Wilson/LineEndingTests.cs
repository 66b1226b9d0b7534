using Edition.TestSupport;

namespace Edition.Import.Tests.Wilson;

/// <summary>An export saved with CRLF (Windows) or CR (old Mac) line ends imports to the same bytes as one saved with LF.</summary>
[Trait("Speed", "Slow")]
public sealed class LineEndingTests
{
    [SkippableTheory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void ImportIsByteIdenticalToTheLfExport(string newline)
    {
        using var lf = new SeedVariant(lines => lines);
        using var other = new SeedVariant(lines => lines, newline);
        Assert.Contains(newline, File.ReadAllText(other.Export), StringComparison.Ordinal);

        var (a, b) = (lf.Import(), other.Import());

        Assert.True(a.Succeeded && b.Succeeded, string.Join('\n', a.Diagnostics.Concat(b.Diagnostics)));
        Assert.Equal(a.Diagnostics.Select(d => d.ToString().Replace(lf.Export, "export", StringComparison.Ordinal)), b.Diagnostics.Select(d => d.ToString().Replace(other.Export, "export", StringComparison.Ordinal)));
        FileTree.AssertSame(lf.Project.Directory, other.Project.Directory, "differs between the LF and the other export");
    }
}
