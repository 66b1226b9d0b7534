using Edition.Core.Diagnostics;
using Edition.Core.Source.Model;
using Edition.Core.Xml;
using Edition.Tei.Encoding;
using Edition.Tei.Validation;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Validation;

/// <summary>
/// Each folder under Invalid/ is an edition TEI set (the _base set with the case's files laid over it) that the
/// gate must reject with exactly the diagnostics in its expected.txt.
/// </summary>
public sealed class InvalidValidationCaseTests
{
    private static string CasesFolder => Path.Combine(RepoPaths.Root, "tests", "Edition.Tei.Tests", "Validation", "Invalid");

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(CasesFolder).Select(Path.GetFileName).Where(n => !n!.StartsWith('_')).Order(StringComparer.Ordinal))
        {
            data.Add(dir!);
        }

        return data;
    }

    [Fact]
    public void ThereAreAtLeastThirtyCases() => Assert.True(Cases().Count >= 30);

    [Fact]
    public void TheBaseIsValid() => Assert.Equal("\n", Run(Path.Combine(CasesFolder, "_base"), null));

    [Theory]
    [MemberData(nameof(Cases))]
    public void ReportsExpectedDiagnostics(string name)
    {
        var actual = Run(Path.Combine(CasesFolder, "_base"), Path.Combine(CasesFolder, name));
        GoldenFile.AssertText($"tests/Edition.Tei.Tests/Validation/Invalid/{name}/expected.txt", actual);
        Assert.NotEqual("\n", actual);
    }

    private static string Run(string baseFolder, string? caseFolder)
    {
        var work = Path.Combine(Path.GetTempPath(), "edition-validation-" + Guid.NewGuid().ToString("N"));
        try
        {
            Lay(baseFolder, work);
            var deletions = caseFolder is null ? null : Path.Combine(caseFolder, "delete.txt");
            if (caseFolder is not null)
            {
                Lay(caseFolder, work);
            }

            foreach (var line in deletions is not null && File.Exists(deletions) ? File.ReadAllLines(deletions) : [])
            {
                File.Delete(Path.Combine(work, line));
            }

            var tei = Directory.GetFiles(work, "*.xml").Order(StringComparer.Ordinal)
                .Select(f => new EncodedDocument(Path.GetFileNameWithoutExtension(f), Path.GetFileName(f), SafeXml.Load(f), f, File.ReadAllBytes(f)))
                .ToList();
            var source = new EditionSource(work, new EditionInfo { Id = "cases", Title = "Cases", Schematron = Directory.GetFiles(work, "*.sch").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList()! }, [], [], []);
            var options = new ValidationOptions { ProjectSchematron = Path.Combine(RepoPaths.Schemas, "edition.sch"), ProjectRulesOnTeiIn = true };
            var bag = new DiagnosticBag();
            ValidationGate.Validate(tei, source, options, bag);
            return string.Join('\n', bag.Sorted().Select(d => Relative(d, work))) + "\n";
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static string Relative(Diagnostic d, string work)
    {
        var full = Path.GetFullPath(d.Span.File);
        var file = Path.GetRelativePath(full.StartsWith(work, StringComparison.Ordinal) ? work : RepoPaths.Root, full).Replace('\\', '/');
        return (d with { Span = d.Span with { File = file } }).ToString();
    }

    private static void Lay(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories).Where(f => Path.GetExtension(f) is ".xml" or ".sch"))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }
}
