using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Reading;

/// <summary>Blocks of TEI written elsewhere (FRUS): containers keep their children, phrases among blocks stay text.</summary>
public sealed class BlockReaderTests
{
    [Fact]
    public void APhraseBesideANestedListIsStyledTextNotAnApparatusBlock()
    {
        // The London naval treaty of 1930 (FRUS 1930, vol. I), Article 2, shortened.
        var document = Read("""
            <div type="document" xml:id="d1"><head>Treaty</head>
              <list>
                <item>The following capital ships: <list>
                  <item><hi rend="italic">United States:</hi>
                    <list><item>“Florida”.</item><item>“Utah”.</item></list>
                  </item>
                </list></item>
              </list>
            </div>
            """);
        var list = Assert.Single(document.Texts[0].Blocks, b => b.Kind == "list");
        var item = Assert.Single(list.Children);
        var inner = Assert.Single(item.Children, b => b.Kind == "list");
        var country = Assert.Single(inner.Children);
        var label = country.Children[0];
        Assert.Equal(("text", null), (label.Kind, label.Type));
        var styled = Assert.IsType<StyledNode>(Assert.Single(label.Inlines));
        Assert.Equal(("italic", "United States:"), (styled.Rend, Assert.IsType<TextNode>(Assert.Single(styled.Children)).Text));
        var ships = Assert.Single(country.Children, b => b.Kind == "list");
        Assert.Equal(["“Florida”.", "“Utah”."], ships.Children.Select(s => Assert.IsType<TextNode>(Assert.Single(s.Inlines)).Text));
    }

    private static DocumentView Read(string body)
    {
        var project = Directory.CreateTempSubdirectory("edition-blocks-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(project, "documents"));
            File.WriteAllText(Path.Combine(project, "edition.yml"), "id: blocks\ntitle: \"Blocks\"\nlanguages: [en]\n");
            File.WriteAllText(Path.Combine(project, "documents", "volume.xml"), $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="volume">
                  <teiHeader><fileDesc><titleStmt><title>Volume</title></titleStmt>
                    <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
                  <text><body>{body}</body></text>
                </TEI>
                """);
            return Assert.Single(ProjectReader.Read(project).View.Documents);
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}
