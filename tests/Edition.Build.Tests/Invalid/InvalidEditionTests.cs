using Edition.Core.Diagnostics;
using Edition.TestSupport;

namespace Edition.Build.Tests.Invalid;

/// <summary>
/// Each folder here is an invalid edition: the base project (_base) with the case's files laid over it.
/// The build must fail, write nothing, and report exactly the diagnostics in the case's expected.txt.
/// </summary>
public sealed class InvalidEditionTests
{
    private static string CasesFolder => Path.Combine(RepoPaths.Root, "tests", "Edition.Build.Tests", "Invalid");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesFolder).Select(Path.GetFileName).Where(n => !n!.StartsWith('_')).Order(StringComparer.Ordinal))
        {
            data.Add(dir!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsExpectedDiagnosticsAndWritesNothing(string name)
    {
        var work = Path.Combine(Path.GetTempPath(), "edition-invalid-" + Guid.NewGuid().ToString("N"));
        var project = Path.Combine(work, "project");
        var output = Path.Combine(work, "output");
        try
        {
            Lay(Path.Combine(CasesFolder, "_base"), project);
            Lay(Path.Combine(CasesFolder, name), project);
            var deletions = Path.Combine(CasesFolder, name, "delete.txt");
            foreach (var line in File.Exists(deletions) ? File.ReadAllLines(deletions) : [])
            {
                File.Delete(Path.Combine(project, line));
            }

            var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = output, Pdf = false });

            Assert.False(result.Succeeded);
            Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "a failed build must write nothing");
            var actual = string.Join('\n', result.Diagnostics.Select(d => Relative(d, project))) + "\n";
            GoldenFile.AssertText($"tests/Edition.Build.Tests/Invalid/{name}/expected.txt", actual);
            Assert.Contains(result.Diagnostics, d => d.Severity == Severity.Error);
        }
        finally
        {
            if (Directory.Exists(work))
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    private static string Relative(Diagnostic d, string project)
    {
        var file = Path.GetRelativePath(project, Path.GetFullPath(d.Span.File)).Replace('\\', '/');
        return (d with { Span = d.Span with { File = file } }).ToString();
    }

    private static void Lay(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative is "expected.txt" or "delete.txt" or "README.md")
            {
                continue;
            }

            var target = Path.Combine(to, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
