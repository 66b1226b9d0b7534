using System.Text.Json;
using Edition.TestSupport;

namespace Edition.Rendering.Tests.Html;

/// <summary>
/// The synoptic view's page, without a browser: each text written once (the script only shows, orders and copies),
/// apparatus readings hidden in place under their witness, what the view offers, and its labels in every language.
/// </summary>
public sealed class SynopticPageTests
{
    private const string Page = "site/documents/d1850-03-14.html";

    private static readonly Lazy<RenderedSite> Site = new(() => RenderedSite.FromProject(Path.Combine(RepoPaths.Root, "samples", "three-texts")));

    [Fact]
    public void EachTextIsWrittenOnceAndReadingsStandHiddenBesideTheirLemmas()
    {
        var html = Site.Value.Page(Page).QuerySelector(".parallel")!.InnerHtml;
        foreach (var words in new[] { "Lieber Freund", "Dear friend", "Cher ami", "vier", "verschneit" })
        {
            Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, ">[^<]*" + words));
        }

        var reading = Site.Value.Page(Page).QuerySelector("#d1850-03-14-de-p2 .lem + .rdg-in")!;
        Assert.Equal("vier", reading.TextContent);
        Assert.Equal("B", reading.GetAttribute("data-wit"));
        Assert.True(reading.HasAttribute("hidden"));
    }

    [Fact]
    public void TheViewOffersEveryTextAndEachWitnessOfTheApparatus()
    {
        var doc = Site.Value.Page(Page);
        var form = doc.QuerySelector("fieldset.synoptic-switch")!;
        Assert.True(form.HasAttribute("hidden")); // shown by the script, which alone makes it work
        Assert.Equal(4, form.QuerySelectorAll("select").Length); // one per source, up to four
        var options = form.QuerySelectorAll("#syn-col-1 option").Select(o => (o.GetAttribute("value"), o.GetAttribute("data-cell"), o.GetAttribute("data-wit"))).ToList();
        Assert.Equal([("de", "0", null), ("en", "1", null), ("fr", "2", null), ("app-A", "0", "A"), ("app-B", "0", "B")], options);
        Assert.Equal(["de", "en", "", ""], form.QuerySelectorAll("select").Select(s => s.QuerySelector("option[selected]")?.GetAttribute("value") ?? ""));
        Assert.Contains("many", doc.QuerySelector(".parallel")!.ClassList);
        Assert.NotNull(doc.QuerySelector("script[src='../assets/synoptic.js']"));
    }

    [Fact]
    public void TheSampleOffersItsPublishedTranslationAsAWitness()
    {
        var options = RenderedSite.Sample.Value.Page("site/documents/d1951-06-21.html").QuerySelectorAll("#syn-col-1 option").Select(o => o.GetAttribute("value") + "@" + o.GetAttribute("data-cell")).ToList();
        Assert.Equal(["ru@0", "en@1", "app-WCDA@1"], options);
    }

    [Fact]
    public void EveryShippedLanguageHasTheViewsLabels()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.Templates, "html", "labels"), "*.json"))
        {
            using var labels = JsonDocument.Parse(File.ReadAllText(file));
            Assert.All(new[] { "synoptic", "synoptic_column", "synoptic_none", "synoptic_from_apparatus" }, key => Assert.True(labels.RootElement.TryGetProperty(key, out _), $"{file} lacks '{key}'"));
        }
    }
}
