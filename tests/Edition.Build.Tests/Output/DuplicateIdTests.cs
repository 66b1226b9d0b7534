using Edition.Core.Source.Model;

namespace Edition.Build.Tests.Output;

/// <summary>TEI whose witnesses or notes share an id (or have none) builds, its findings reported, instead of crashing the renderers.</summary>
public sealed class DuplicateIdTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-dupid-" + Guid.NewGuid().ToString("N")[..12]);

    [Fact]
    public void TwoWitnessesWithoutIdAndTwoNotesWithOneIdBuildUnderTheWarnPolicy()
    {
        var project = Path.Combine(_root, "p");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: dup\ntitle: \"Duplicates\"\nlanguages: [en]\nvalidation: warn\n");
        File.WriteAllText(Path.Combine(project, "documents", "letter.xml"), """
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0">
              <teiHeader><fileDesc><titleStmt><title>A letter</title></titleStmt>
                <publicationStmt><p>Test.</p></publicationStmt>
                <sourceDesc><listWit><witness>Draft</witness><witness>Fair copy</witness></listWit></sourceDesc></fileDesc></teiHeader>
              <text><body>
                <p>Dear friend<note xml:id="n1">First.</note>, all is well<note xml:id="n1">Second.</note>.</p>
              </body></text>
            </TEI>
            """);

        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(_root, "out"), Pdf = false, Validation = ValidationPolicy.Warn });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Contains(result.Diagnostics, d => d.Code == "ED2206");
        Assert.Contains("all is well", File.ReadAllText(Path.Combine(_root, "out", "dup", "print", "edition.tex")), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
