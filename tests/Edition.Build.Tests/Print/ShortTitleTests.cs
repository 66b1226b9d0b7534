using Edition.TestSupport;

namespace Edition.Build.Tests.Print;

/// <summary>document.yml's <c>short_title:</c> goes into the TEI as <c>title[@type='short']</c> and from there into the print's running heads.</summary>
public sealed class ShortTitleTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("edition-short-title-").FullName;

    [Fact]
    public void AShortTitleIsEncodedAndPrintedInTheHeads()
    {
        var project = FileTree.Copy(Path.Combine(RepoPaths.Samples, "translation-only"), Path.Combine(_root, "project"));
        var yml = Path.Combine(project, "documents", "1950-03-05", "document.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("date: 1950-03-05", "short_title: \"Mao to Stalin\"\ndate: 1950-03-05", StringComparison.Ordinal));

        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(_root, "out"), Cache = false, Site = false, Pdf = false });

        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var tei = File.ReadAllText(Path.Combine(result.OutputDirectory!, "tei", "d1950-03-05.xml"));
        Assert.Contains("<title type=\"short\">Mao to Stalin</title>", tei, StringComparison.Ordinal);
        var tex = File.ReadAllText(Path.Combine(result.OutputDirectory!, "print", "edition.tex"));
        Assert.Contains(@"\chapter{Telegram from Mao Zedong to I.V. Stalin}\label{doc:d1950-03-05}" + "\n" + @"\chaptermark{Mao to Stalin}", tex, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
