using System.Text;
using Edition.TestSupport;

namespace Edition.Build.Tests;

/// <summary>
/// The invented samples in other languages and scripts (samples/arabic-letter: Arabic and English;
/// samples/latin-charter: Latin and French; samples/chinese-letter: Chinese and English, a zh interface) build without a warning to TEI valid against tei_all, a site whose
/// right-to-left text says so, and a PDF holding every letter of every text: no letter lost to a font without its
/// glyph (pdftotext gives Arabic as presentation forms; NFKC folds them back), no replacement character.
/// </summary>
[Trait("Speed", "Slow")]
public sealed class LanguageSamplesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("edition-language-samples-").FullName;

    [SkippableTheory]
    [InlineData("arabic-letter")]
    [InlineData("latin-charter")]
    [InlineData("chinese-letter")]
    public void TheSampleBuildsToValidTeiASiteAndAPdfWithEveryLetter(string sample)
    {
        var output = Build(Path.Combine(RepoPaths.Samples, sample));

        var tei = Directory.GetFiles(Path.Combine(output, "tei"), "*.xml").Order(StringComparer.Ordinal).ToArray();
        var valid = Jing.Validate(Path.Combine(RepoPaths.Shared, "tei", "tei_all.rng"), tei);
        Assert.True(valid.ExitCode == 0, $"jing reports:\n{valid.StdOut}{valid.StdErr}");

        var pdf = ExternalTool.Run("pdftotext", [Path.Combine(output, "print", "edition.pdf"), "-"]).StdOut.Normalize(NormalizationForm.FormKC);
        Assert.DoesNotContain('\uFFFD', pdf);
        var missing = Letters(Path.Combine(RepoPaths.Samples, sample)).Where(c => !pdf.Contains(c, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, "letters missing from the PDF: " + string.Join(", ", missing.Select(c => $"U+{(int)c:X4} {c}")));
    }

    [SkippableFact]
    public void TheArabicTextRunsRightToLeftOnTheSite()
    {
        var output = Build(Path.Combine(RepoPaths.Samples, "arabic-letter"), pdf: false);
        var page = File.ReadAllText(Path.Combine(output, "site", "documents", "d1890-05-08.html"));
        Assert.Contains("<div class=\"cell cell-0\" lang=\"ar\" dir=\"rtl\">", page, StringComparison.Ordinal);
        Assert.Contains("وصلت البضاعة", page, StringComparison.Ordinal);
        var arabicUi = File.ReadAllText(Path.Combine(output, "site", "ar", "index.html"));
        Assert.Contains("<html lang=\"ar\" dir=\"rtl\">", arabicUi, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void TheChineseTextAndInterfaceAreMarkedChinese()
    {
        var output = Build(Path.Combine(RepoPaths.Samples, "chinese-letter"), pdf: false);
        var page = File.ReadAllText(Path.Combine(output, "site", "zh", "documents", "d1923-04-12.html"));
        Assert.Contains("<html lang=\"zh\">", page, StringComparison.Ordinal);
        Assert.Contains("<div class=\"cell cell-0\" lang=\"zh\">", page, StringComparison.Ordinal);
        Assert.Contains("兄所需之书十二册", page, StringComparison.Ordinal);
        Assert.Contains("全宗 12, 案卷 34, 页 3–4", page, StringComparison.Ordinal);
        Assert.Contains("IMA, coll. 12, file 34, pp. 3–4", File.ReadAllText(Path.Combine(output, "site", "documents", "d1923-04-12.html")), StringComparison.Ordinal);
    }

    /// <summary>Every letter of the sample's texts (the markup's own names and keys left out).</summary>
    private static HashSet<char> Letters(string sample) =>
        Directory.EnumerateFiles(Path.Combine(sample, "documents"), "*.md", SearchOption.AllDirectories)
            .Select(f => System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(f), @"\{[^:}]*:?", ""))
            .SelectMany(t => t).Where(char.IsLetter).ToHashSet();

    private string Build(string project, bool pdf = true)
    {
        if (pdf)
        {
            ExternalTool.Require("latexmk", "latexmk");
            ExternalTool.Require("xelatex", "texlive-xetex");
            ExternalTool.Require("pdftotext", "poppler-utils");
        }

        var result = EditionBuilder.Build(new BuildOptions { ProjectDirectory = project, OutputRoot = Path.Combine(_root, Path.GetFileName(project) + (pdf ? "" : "-site")), Pdf = pdf });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == Core.Diagnostics.Severity.Warning);
        return result.OutputDirectory!;
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
