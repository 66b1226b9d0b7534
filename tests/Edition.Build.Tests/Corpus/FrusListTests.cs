using AngleSharp.Html.Parser;
using Edition.TestSupport;

namespace Edition.Build.Tests.Corpus;

/// <summary>
/// FRUS front matter (<c>list[@type='persons']</c>, <c>list[@type='terms']</c>) becomes the site's index:
/// each person an entry of persons.html, with its occurrences from <c>persName/@corresp</c> in the documents.
/// (The shared FRUS volumes predate these lists, so a small volume in their shape is made here.)
/// </summary>
public sealed class FrusListTests : IDisposable
{
    private const string Volume = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="frus-test">
          <teiHeader><fileDesc><titleStmt><title type="complete">FRUS test volume</title></titleStmt>
            <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
          <text>
            <front>
              <div type="section" xml:id="persons"><head>Persons</head>
                <list type="persons">
                  <item><hi rend="strong"><persName xml:id="p_AD1">Acheson, Dean</persName></hi>, Secretary of State</item>
                  <item><hi rend="strong"><persName xml:id="p_KGF1">Kennan, George F.</persName></hi>, Counselor of the Department</item>
                </list>
              </div>
              <div type="section" xml:id="terms"><head>Abbreviations and Terms</head>
                <list type="terms">
                  <item><hi rend="strong"><term xml:id="t_NSC1">NSC</term></hi>, National Security Council</item>
                </list>
              </div>
            </front>
            <body>
              <div type="chapter" xml:id="ch1"><head>Chapter</head>
                <div type="document" xml:id="d1" n="1" frus:doc-dateTime-min="1950-01-02T00:00:00Z">
                  <head>Memorandum by the Secretary of State</head>
                  <p><persName corresp="#p_AD1">Acheson</persName> met <persName corresp="#p_KGF1">Kennan</persName> about the <gloss target="#t_NSC1">NSC</gloss>.</p>
                </div>
                <div type="document" xml:id="d2" n="2" frus:doc-dateTime-min="1950-01-03T00:00:00Z">
                  <head>Memorandum of Conversation</head>
                  <p>The Secretary (<persName corresp="#p_AD1">Acheson</persName>) agreed.</p>
                </div>
              </div>
            </body>
          </text>
        </TEI>
        """;

    private readonly string _file = Path.Combine(Path.GetTempPath(), "frus-list-" + Guid.NewGuid().ToString("N")[..12] + ".xml");
    private readonly CorpusProject _project;

    public FrusListTests()
    {
        File.WriteAllText(_file, Volume);
        _project = new CorpusProject("frustest", [("frustest.xml", _file)]);
    }

    [Fact]
    public void PersonsOfTheFrontMatterAreIndexEntriesWithTheirOccurrences()
    {
        var (view, _) = ProjectReader.Read(_project.Root);

        Assert.Equal(["p_AD1", "p_KGF1"], view.Persons.Select(p => p.Id));
        var acheson = view.Persons[0];
        Assert.Equal("Acheson, Dean", acheson.Name);
        Assert.Equal("Secretary of State", acheson.Note);
        Assert.Equal(["frustest-d1", "frustest-d2"], acheson.Occurrences.Select(o => o.DocumentId));
        Assert.Equal("NSC", Assert.Single(view.Terms).Name);
        Assert.Equal("National Security Council", view.Terms[0].Note);
        Assert.Equal("frustest-d1", Assert.Single(view.Terms[0].Occurrences).DocumentId);
    }

    [Fact]
    public void TheSiteListsThePersonsAndLinksTheirMentions()
    {
        var result = _project.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var site = Path.Combine(result.OutputDirectory!, "site");
        var parser = new HtmlParser();
        var persons = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "persons.html")));
        var entry = persons.GetElementById("p_AD1");
        Assert.NotNull(entry);
        Assert.Contains("Acheson, Dean", entry.TextContent, StringComparison.Ordinal);
        Assert.Equal(2, entry.QuerySelectorAll("a[href*='documents/frustest-d']").Length);

        var d1 = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "documents", "frustest-d1.html")));
        Assert.Equal(["persons.html#p_AD1", "persons.html#p_KGF1"], d1.QuerySelectorAll("main a.entity.person").Select(a => a.GetAttribute("href")!.Replace("../", "", StringComparison.Ordinal)));
    }

    [Fact]
    public void TheTermsHaveTheirOwnPageAndGlossesLinkToIt()
    {
        var result = _project.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        var site = Path.Combine(result.OutputDirectory!, "site");
        var parser = new HtmlParser();
        var terms = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "terms.html")));
        var nsc = terms.GetElementById("t_NSC1");
        Assert.NotNull(nsc);
        Assert.Contains("National Security Council", nsc.TextContent, StringComparison.Ordinal);
        Assert.Equal(["../documents/frustest-d1.html"], nsc.QuerySelectorAll("a[href*='documents/frustest-d']").Select(a => a.GetAttribute("href")!.Split('#')[0].Replace("../", "", StringComparison.Ordinal).Insert(0, "../")));
        Assert.Contains(terms.QuerySelectorAll("nav a"), a => a.GetAttribute("href") == "terms.html" && a.GetAttribute("aria-current") == "page");

        var d1 = parser.ParseDocument(File.ReadAllText(Path.Combine(site, "documents", "frustest-d1.html")));
        Assert.Contains(d1.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "../terms.html#t_NSC1");

        // An English-only edition gets an English interface only.
        Assert.False(Directory.Exists(Path.Combine(site, "ru")));
    }

    [Fact]
    public void AVolumeThatListsTheSamePersonAddsItsOccurrencesToTheOneEntry()
    {
        // A later volume of the series lists Acheson under the same id and glosses the same term.
        var second = Path.Combine(_project.Root, "documents", "frustest2.xml");
        File.WriteAllText(second, Volume.Replace("xml:id=\"frus-test\"", "xml:id=\"frus-test-2\"", StringComparison.Ordinal)
            .Replace("FRUS test volume", "FRUS test volume 2", StringComparison.Ordinal)
            .Replace("Acheson, Dean</persName></hi>, Secretary of State", "Acheson, Dean</persName></hi>, former Secretary of State", StringComparison.Ordinal)
            .Replace("1950-01-0", "1952-01-0", StringComparison.Ordinal));
        var result = _project.Build();
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var (view, _) = ProjectReader.Read(_project.Root);
        var acheson = Assert.Single(view.Persons, p => p.Id == "p_AD1");
        Assert.Equal("Secretary of State", acheson.Note); // the first volume's
        Assert.Equal(["frustest-d1", "frustest-d2", "frustest2-d1", "frustest2-d2"], acheson.Occurrences.Select(o => o.DocumentId));
        Assert.Equal(["frustest-d1", "frustest2-d1"], Assert.Single(view.Terms).Occurrences.Select(o => o.DocumentId));

        // The second volume's mentions lead to that entry.
        var d1 = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(result.OutputDirectory!, "site", "documents", "frustest2-d1.html")));
        Assert.Contains("persons.html#p_AD1", d1.QuerySelectorAll("main a.entity.person").Select(a => a.GetAttribute("href")!.Replace("../", "", StringComparison.Ordinal)));
    }

    public void Dispose()
    {
        _project.Dispose();
        File.Delete(_file);
    }
}
