using Edition.Import.Wilson;

namespace Edition.Import.Tests.Wilson;

/// <summary>One import of the seed, shared by the tests that only read its output (imports are not free on 2 cores).</summary>
public sealed class SeedImport : IDisposable
{
    private readonly Lazy<(TempProject Project, ImportResult Result)> _run = new(() =>
    {
        var project = new TempProject();
        return (project, Seed.ImportInto(project));
    });

    internal TempProject Project => _run.Value.Project;

    public ImportResult Result => _run.Value.Result;

    public string Original => Project.Read("documents", "1951-06-21", "original.ru.md");

    public string Translation => Project.Read("documents", "1951-06-21", "translation.en.md");

    public string DocumentYml => Project.Read("documents", "1951-06-21", "document.yml");

    public void Dispose()
    {
        if (_run.IsValueCreated)
        {
            _run.Value.Project.Dispose();
        }
    }
}
