using Edition.Rendering.Latex;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Latex;

/// <summary>
/// The print edition's own words follow the edition's first interface language, as the site's do: the invented
/// Latin charter with a French interface prints its description, legends and index titles in French, sets its frame
/// in French (polyglossia), and dates in French usage; the English sample keeps its English frame.
/// </summary>
public sealed class PrintLanguageTests
{
    private static readonly Lazy<string> Charter = new(() =>
    {
        var (view, _) = ProjectReader.Read(Path.Combine(RepoPaths.Samples, "latin-charter"));
        return PrintSample.Text(PrintSample.Render(view, PrintSample.DefaultTemplates).Single(f => f.RelativePath == PrintRenderer.TexPath));
    });

    [Fact]
    public void AFrenchInterfacePrintsAFrenchFrame()
    {
        var tex = Charter.Value;
        Assert.Contains(@"\setdefaultlanguage{french}", tex, StringComparison.Ordinal);
        Assert.Contains(@"\setotherlanguage{latin}", tex, StringComparison.Ordinal);
        Assert.Contains(@"\makeindex[name=persons,title={Index des personnes},columns=2,intoc]", tex, StringComparison.Ordinal);
        Assert.Contains(@"\item[{De – à}] Guillaume de Montfaucon (Saint-Aubin)", tex, StringComparison.Ordinal);
        Assert.Contains(@"\item[{Date}] 11 novembre 1204", tex, StringComparison.Ordinal);
        Assert.Contains(@"\chapter{Liste des documents}", tex, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\item[{Archives}]", tex, StringComparison.Ordinal); // the charter names no archive
    }

    [Fact]
    public void TheEnglishSampleKeepsItsEnglishFrame()
    {
        Assert.Contains(@"\setdefaultlanguage{english}", PrintSample.Tex, StringComparison.Ordinal);
        Assert.Contains(@"\item[{From – to}] Mao Zedong (Beijing)", PrintSample.Tex, StringComparison.Ordinal);
        Assert.Contains(@"\chapter{List of documents}", PrintSample.Tex, StringComparison.Ordinal);
    }
}
