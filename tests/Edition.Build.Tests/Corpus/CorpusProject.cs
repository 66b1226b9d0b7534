using Edition.TestSupport;

namespace Edition.Build.Tests.Corpus;

/// <summary>
/// A throwaway edition project in a temp folder whose documents/ holds copies of TEI files (FRUS volumes
/// from the shared corpus, or test-made TEI). The shared data is read in place and copied only here.
/// </summary>
public sealed class CorpusProject : IDisposable
{
    public CorpusProject(string id, IEnumerable<(string Name, string Path)> files)
    {
        Root = Path.Combine(Path.GetTempPath(), "edition-corpus-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path.Combine(Root, "documents"));
        foreach (var (name, path) in files)
        {
            File.Copy(path, Path.Combine(Root, "documents", name));
        }

        // FRUS volumes are not valid against tei_all (frus: attributes, frus:attachment), their schema of last
        // resort here: their findings are warnings, as an editor would set it until the volume names its schema.
        File.WriteAllText(Path.Combine(Root, "edition.yml"), $"id: {id}\ntitle: \"Corpus {id}\"\nlanguages: [en]\nbase_url: \"https://example.org/{id}/\"\nvalidation: warn\n");
    }

    public string Root { get; }

    public string OutputRoot => Path.Combine(Root, "output");

    public static string FrusVolume(string name) => Path.Combine(RepoPaths.Shared, "corpus", "frus", name + ".xml");

    public BuildResult Build(Func<BuildOptions, BuildOptions>? configure = null, string? outputRoot = null)
    {
        var options = new BuildOptions { ProjectDirectory = Root, OutputRoot = outputRoot ?? OutputRoot, Pdf = false };
        return EditionBuilder.Build(configure?.Invoke(options) ?? options);
    }

    public void Dispose()
    {
        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
