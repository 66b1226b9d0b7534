namespace Edition.Build.Tests.Incremental;

/// <summary>Small projects and output comparisons for the incremental, session and shard tests.</summary>
internal static class TestCorpus
{
    /// <summary>A small FRUS-shaped corpus: one TEI file per document, so each has its own source hash.</summary>
    public static string Synthetic(string root, int count)
    {
        var project = Path.Combine(root, "synth");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "edition.yml"), "id: synth\ntitle: \"Synthetic\"\nlanguages: [en]\nbase_url: \"https://example.org/synth/\"\n");
        for (var i = 1; i <= count; i++)
        {
            File.WriteAllText(Path.Combine(project, "documents", $"v{i}.xml"), $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="v{i}">
                  <teiHeader><fileDesc><titleStmt><title type="complete">Volume {i}</title></titleStmt>
                    <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
                  <text><body>
                    <div type="chapter" xml:id="ch{i}"><head>Chapter {i}</head>
                      <div type="document" xml:id="d{i}" n="{i}" frus:doc-dateTime-min="1950-01-0{i}T00:00:00Z">
                        <head>Memorandum {i}</head>
                        <p>Text of document {i}.</p>
                      </div>
                    </div>
                  </body></text>
                </TEI>
                """);
        }

        return project;
    }

    public static string Copy(string from, string to) => Edition.TestSupport.FileTree.Copy(from, to);

    public static void Edit(string file, string from, string to) =>
        File.WriteAllText(file, File.ReadAllText(file).Replace(from, to, StringComparison.Ordinal));

    /// <summary>Same files, same bytes.</summary>
    public static void AssertSameOutput(string a, string b) => Edition.TestSupport.FileTree.AssertSame(a, b, "differs from a clean build");
}
