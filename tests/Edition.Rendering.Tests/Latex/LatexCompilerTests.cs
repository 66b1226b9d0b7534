using System.Text.RegularExpressions;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>The sample's PDF: facing pages, line numbers, both note series and the indexes (needs TeX; see <see cref="CompiledSample"/>).</summary>
[Trait("Speed", "Slow")]
public sealed class LatexCompilerTests(CompiledSample sample) : IClassFixture<CompiledSample>
{
    [SkippableFact]
    public void CompilesWithoutErrors()
    {
        sample.Require();
        Assert.StartsWith("%PDF-", System.Text.Encoding.ASCII.GetString(sample.Pdf!, 0, 5));
        Assert.DoesNotContain(sample.Diagnostics, d => d.Severity == Edition.Core.Diagnostics.Severity.Error);
    }

    [SkippableFact]
    public void RussianIsOnTheLeftPageAndItsTranslationOnTheRightOpposite()
    {
        sample.Require();
        foreach (var (ru, en) in new[] { ("1. Товарищ Гао Ган", "1. Comrade Gao Gang"), ("3. Согласно телеграммы", "3. According a telegram") })
        {
            var left = sample.PageOf(ru);
            Assert.True(left % 2 == 0, $"'{ru}' is on page {left}, a right-hand page");
            Assert.Equal(left + 1, sample.PageOf(en));
        }
    }

    [SkippableFact]
    public void LinesAreNumberedInTheOuterMargins()
    {
        sample.Require();
        var left = sample.Pages[sample.PageOf("1. Товарищ Гао Ган") - 1];
        var right = sample.Pages[sample.PageOf("1. Comrade Gao Gang") - 1];
        Assert.Matches(new Regex(@"(?m)^\s*10\s{2,}\S"), left);
        Assert.Matches(new Regex(@"(?m)\S\s{2,}10\s*$"), right);
    }

    [SkippableFact]
    public void EditorialNotesAndApparatusAreFootnotesKeyedToLines()
    {
        sample.Require();
        var text = string.Join('\n', sample.Pages);
        Assert.Matches(new Regex(@"(?m)^\s*\d+ sixty\] sixteen WCDA"), text);
        Assert.Matches(new Regex(@"(?m)^\s*\d+ Восьмимесячный\] Восемимесячный ms\."), text);
        Assert.Contains("The Russian reads «шестьдесят» (sixty)", text);
        Assert.Contains("Thus in the decipherment, for Сюй Сянцянь (Xu Xiangqian).", text);
        Assert.Contains("[with instructions]", text);
        Assert.Contains("f. 65", text);
    }

    [SkippableFact]
    public void IndexesGivePageAndLine()
    {
        sample.Require();
        // The table of contents names the indexes too: theirs are the last pages with the heading.
        var persons = sample.Pages[sample.PageOf("Index of persons", last: true) - 1];
        Assert.Matches(new Regex(@"Gao Gang, \d+-\d+, \d+-\d+"), persons);
        Assert.Matches(new Regex(@"Xu Xiangqian, \d+-\d+"), persons);
        var places = sample.Pages[sample.PageOf("Index of places", last: true) - 1];
        Assert.Matches(new Regex(@"Korea, \d+-\d+"), places);
    }

    [SkippableFact]
    public void FrontMatterHasTitlePrinciplesAndAbbreviations()
    {
        sample.Require();
        Assert.Contains("Mao Zedong to Stalin, 21 June 1951", sample.Pages[0]);
        var text = string.Join('\n', sample.Pages);
        Assert.Contains("Editorial principles", text);
        Assert.Matches(new Regex(@"APRF\s+Archive of the President of the Russian Federation"), text);
    }

    [SkippableFact]
    public void FirstFacingPairIsSavedAsImages()
    {
        sample.Require();
        ExternalTool.Require("pdftoppm", "poppler-utils");
        var left = sample.PageOf("1. Товарищ Гао Ган");
        var prefix = Path.Combine(CompiledSample.ArtifactDirectory, "facing");
        var result = ExternalTool.Run("pdftoppm", ["-png", "-r", "60", "-f", $"{left}", "-l", $"{left + 1}", sample.PdfPath!, prefix]);
        Assert.Equal(0, result.ExitCode);
        var images = Directory.GetFiles(CompiledSample.ArtifactDirectory, "facing-*.png");
        Assert.Equal(2, images.Length);
        Assert.All(images, i => Assert.True(new FileInfo(i).Length > 1000, i));
    }
}
