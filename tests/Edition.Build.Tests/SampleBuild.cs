using Edition.TestSupport;

namespace Edition.Build.Tests;

/// <summary>Builds the sample edition once per test class into a temporary output root.</summary>
public sealed class SampleBuild : IDisposable
{
    public SampleBuild()
    {
        OutputRoot = Path.Combine(Path.GetTempPath(), "edition-tests-" + Guid.NewGuid().ToString("N"));
        Result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = RepoPaths.Sample, OutputRoot = OutputRoot, Pdf = false });
    }

    public string OutputRoot { get; }

    public BuildResult Result { get; }

    public string TeiFolder => Path.Combine(Result.OutputDirectory!, "tei");

    public void Dispose()
    {
        if (Directory.Exists(OutputRoot))
        {
            Directory.Delete(OutputRoot, recursive: true);
        }
    }
}
