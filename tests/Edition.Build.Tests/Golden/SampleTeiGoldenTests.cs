using Edition.TestSupport;

namespace Edition.Build.Tests.Golden;

/// <summary>The sample's TEI, byte for byte, against the files committed in Golden/mao-stalin-1951/tei/.</summary>
public sealed class SampleTeiGoldenTests(SampleBuild build) : IClassFixture<SampleBuild>
{
    [Fact]
    public void BuildSucceedsWithoutDiagnostics()
    {
        Assert.True(build.Result.Succeeded, string.Join('\n', build.Result.Diagnostics));
        Assert.Empty(build.Result.Diagnostics);
    }

    [Theory]
    [InlineData("d1951-06-21.xml")]
    [InlineData("persons.xml")]
    [InlineData("places.xml")]
    public void TeiMatchesGolden(string file)
    {
        var actual = File.ReadAllText(Path.Combine(build.TeiFolder, file));
        GoldenFile.AssertText($"tests/Edition.Build.Tests/Golden/mao-stalin-1951/tei/{file}", actual);
    }

    [Fact]
    public void WritesExactlyTheGoldenSet()
    {
        var written = Directory.GetFiles(build.TeiFolder).Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(["d1951-06-21.xml", "persons.xml", "places.xml"], written);
    }
}
