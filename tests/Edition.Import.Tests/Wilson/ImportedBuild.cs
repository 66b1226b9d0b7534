using Edition.Build;
using Edition.Core.Diagnostics;

namespace Edition.Import.Tests.Wilson;

/// <summary>Every project an import test writes must build without an error: the build (no PDF) run on it.</summary>
internal static class ImportedBuild
{
    public static BuildResult AssertBuilds(TempProject project)
    {
        // edition.yml names an introduction and principles; an editor's project has them, so the test's does too.
        foreach (var page in new[] { "introduction.md", "principles.md" }.Where(p => !File.Exists(project.Path_(p))))
        {
            File.WriteAllText(project.Path_(page), "Imported for a test.\n");
        }

        // The test project's authority lists start empty; one the import added nothing to is no list (the build refuses an empty file).
        foreach (var list in new[] { "persons.yml", "places.yml" }.Select(f => project.Path_(f)).Where(f => File.Exists(f) && new FileInfo(f).Length == 0))
        {
            File.Delete(list);
        }

        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project.Directory, OutputRoot = project.Path_("output"), Pdf = false });
        var errors = result.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        Assert.True(result.OutputDirectory is not null && errors.Count == 0, string.Join('\n', result.Diagnostics));
        return result;
    }
}
