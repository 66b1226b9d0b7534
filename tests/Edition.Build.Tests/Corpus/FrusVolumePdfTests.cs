using Edition.Core.Source.Model;
using Edition.Rendering;
using Edition.TestSupport;

namespace Edition.Build.Tests.Corpus;

/// <summary>
/// Each FRUS volume of the shared corpus builds with its PDF, as `edition build --validation warn` does (frus1930v01
/// has dangling references), every document typeset as usual: no plain fallback. Minutes each.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class FrusVolumePdfTests
{
    [SkippableTheory]
    [InlineData("frus1894Nicaragua")]
    [InlineData("frus1872p2v5")]
    [InlineData("frus1930v01")]
    public void TheVolumeBuildsWithItsPdf(string volume)
    {
        var path = CorpusProject.FrusVolume(volume);
        Skip.IfNot(File.Exists(path), $"{path} is absent");
        ExternalTool.Require("latexmk", "latexmk");
        using var project = new CorpusProject(volume, [(volume + ".xml", path)]);

        var result = project.Build(o => o with { Pdf = true, Validation = ValidationPolicy.Warn, Cache = false });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.Severity == Edition.Core.Diagnostics.Severity.Error).Take(20)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == RenderingDiagnostics.DocumentPrintedPlainly.Id);
        Assert.True(new FileInfo(Path.Combine(result.OutputDirectory!, "print", "edition.pdf")).Length > 100_000);
    }
}
