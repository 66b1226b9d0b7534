using Edition.Core.Source.Model;
using Edition.TestSupport;

namespace Edition.Build.Tests.Print;

/// <summary>A one-document edition built from a TEI file's text with its PDF, and the PDF's text (pdftotext's).</summary>
internal sealed class PrintedEdition : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("edition-print-").FullName;

    /// <param name="editionTitle">edition.yml's title (YAML-quoted as given).</param>
    public PrintedEdition(string fileName, string tei, string editionTitle = "Printed")
    {
        ExternalTool.Require("latexmk", "latexmk");
        ExternalTool.Require("pdftotext", "poppler-utils");
        var project = Path.Combine(_root, "project");
        Directory.CreateDirectory(Path.Combine(project, "documents"));
        File.WriteAllText(Path.Combine(project, "documents", fileName), tei);
        File.WriteAllText(Path.Combine(project, "edition.yml"), $"id: printed\ntitle: \"{editionTitle}\"\nlanguages: [en]\nbase_url: \"https://example.org/p/\"\n");
        Result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(_root, "out"), Validation = ValidationPolicy.Off, Cache = false, Site = false });
        var pdf = Path.Combine(Result.OutputDirectory ?? "", "print", "edition.pdf");
        Text = File.Exists(pdf) ? ExternalTool.Run("pdftotext", [pdf, "-"]).StdOut : "";
        Tex = Result.OutputDirectory is { } output ? File.ReadAllText(Path.Combine(output, "print", "edition.tex")) : "";
    }

    public BuildResult Result { get; }

    /// <summary>The PDF's text, empty when there is no PDF.</summary>
    public string Text { get; }

    public string Tex { get; }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
