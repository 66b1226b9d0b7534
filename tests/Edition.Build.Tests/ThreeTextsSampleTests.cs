using Edition.TestSupport;

namespace Edition.Build.Tests;

/// <summary>
/// The invented three-texts sample (samples/three-texts: a German letter, its English and French translations and
/// an apparatus of two copies) builds to TEI valid against tei_all, a site offering the synoptic view, and a PDF
/// holding each text: in columns as the sample asks, and in sequence, each under its name, when edition.yml says so.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class ThreeTextsSampleTests : IDisposable
{
    private static readonly string[] Openings = ["Lieber Freund", "Dear friend", "Cher ami"];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "edition-three-texts-sample-" + Guid.NewGuid().ToString("N")[..12]);

    private static string Sample => Path.Combine(RepoPaths.Root, "samples", "three-texts");

    [SkippableFact]
    public void TheSampleBuildsToValidTeiASynopticSiteAndAPdfInColumns()
    {
        var output = Build(Sample);

        var tei = Directory.GetFiles(Path.Combine(output, "tei"), "*.xml").Order(StringComparer.Ordinal).ToArray();
        var valid = Jing.Validate(Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng"), tei);
        Assert.True(valid.ExitCode == 0, $"jing reports:\n{valid.StdOut}{valid.StdErr}");

        var page = File.ReadAllText(Path.Combine(output, "site", "documents", "d1850-03-14.html"));
        Assert.Contains("<option value=\"app-B\" data-cell=\"0\" data-wit=\"B\">", page, StringComparison.Ordinal);
        Assert.Contains("<span class=\"rdg-in\" data-wit=\"B\" hidden>vier</span>", page, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(output, "site", "assets", "synoptic.js")));

        // Side by side: in pdftotext's layout, the headings share a line, and so do the texts' first paragraphs.
        var lines = PdfText(output, "-layout").Split('\n');
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, "German +English +French"));
        Assert.Contains(lines, l => System.Text.RegularExpressions.Regex.IsMatch(l, string.Join(".+", Openings)));
        Assert.Contains(lines, l => l.Contains("vier B", StringComparison.Ordinal)); // the apparatus reading, a footnote in columns
    }

    [SkippableFact]
    public void InSequenceEachTextFollowsTheOtherUnderItsName()
    {
        var project = Incremental.TestCorpus.Copy(Sample, Path.Combine(_root, "sequence"));
        var yml = Path.Combine(project, "edition.yml");
        File.WriteAllText(yml, File.ReadAllText(yml).Replace("texts: columns", "texts: sequence", StringComparison.Ordinal));
        var text = PdfText(Build(project));

        var last = 0;
        foreach (var (name, opening) in new[] { "German", "English", "French" }.Zip(Openings))
        {
            var heading = text.IndexOf(name + "\n", last, StringComparison.Ordinal);
            Assert.True(heading >= 0, $"no heading '{name}' after position {last} in:\n{text}");
            last = text.IndexOf(opening, heading, StringComparison.Ordinal);
            Assert.True(last >= 0, $"'{opening}' does not follow the heading '{name}'");
        }
    }

    private string Build(string project)
    {
        ExternalTool.Require("latexmk", "latexmk");
        ExternalTool.Require("xelatex", "texlive-xetex");
        ExternalTool.Require("pdftotext", "poppler-utils");
        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(_root, "out-" + Path.GetFileName(project)), Pdf = true });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Warning);
        return result.OutputDirectory!;
    }

    private static string PdfText(string output, string mode = "-raw") =>
        ExternalTool.Run("pdftotext", [mode, Path.Combine(output, "print", "edition.pdf"), "-"]).StdOut;

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }
}
