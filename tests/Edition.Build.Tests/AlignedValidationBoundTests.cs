using System.Diagnostics;
using Edition.Core.Diagnostics;
using Edition.TestSupport;

namespace Edition.Build.Tests;

/// <summary>
/// One document of 3,000 keyed paragraph pairs, validated as <c>edition validate</c> does (integrity, RELAX NG,
/// Schematron). Speed is measured in the benchmarks (<c>aligned pairs</c>); this bound is there only to catch a
/// return of the quadratic behaviour, under which such a validation took 139 s (and this document's, with more
/// markup per paragraph, several minutes); linear, it takes a few seconds. The bound is on the processor time of
/// the process, which a loaded machine leaves as it is (the elapsed time there was 34 s once), so the test runs
/// alone, not beside other tests of this assembly.
/// </summary>
[Collection(nameof(AlignedValidationBoundTests))]
public sealed class AlignedValidationBoundTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-aligned-" + Guid.NewGuid().ToString("N")[..12]);

    [Trait("Speed", "Slow")]
    [Fact]
    public void ThreeThousandAlignedPairsValidateWellWithinTheQuadraticTime()
    {
        var project = AlignedEdition.Create(Path.Combine(_root, "project"), pairs: 3000);
        var processor = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var result = EditionBuilder.Build(new BuildOptions
        {
            ProjectDirectory = project,
            OutputRoot = Path.Combine(_root, "output"),
            ValidateOnly = true,
            Cache = false,
        });
        clock.Stop();
        var used = Process.GetCurrentProcess().TotalProcessorTime - processor;

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Take(10)));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Severity.Error);
        Assert.True(used < TimeSpan.FromSeconds(30), $"validating 3,000 aligned pairs took {used.TotalSeconds:0.0} s of processor time (bound 30 s; {clock.Elapsed.TotalSeconds:0.0} s elapsed)");
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
