using Edition.Core.Diagnostics;
using Edition.TestSupport;

namespace Edition.Build.Tests;

/// <summary>
/// The invented translation-only sample (samples/translation-only, imported from an invented Wilson export): it
/// builds without an error, and its TEI says the original is not transcribed.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class TranslationOnlySampleTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-translation-only-sample-" + Guid.NewGuid().ToString("N")[..12]);

    private static string Sample => Path.Combine(RepoPaths.Samples, "translation-only");

    [Fact]
    public void SampleBuildsWithoutAnError()
    {
        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = Sample, OutputRoot = _root, Pdf = false });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        var tei = File.ReadAllText(Assert.Single(Directory.GetFiles(Path.Combine(result.OutputDirectory!, "tei"), "*1950-03-05*.xml")));
        Assert.Contains("The original (Russian) is not transcribed in this edition", tei, StringComparison.Ordinal);
        Assert.DoesNotContain("type=\"original\"", tei, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
