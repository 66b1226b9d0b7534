using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Reading;

/// <summary>TEI figures and graphics read into views: images with their url and line, caption, description, the rest kept.</summary>
public sealed class FigureReaderTests
{
    [Fact]
    public void TheFixturesFiguresAreReadWithTheirPartsAndLines()
    {
        var document = Assert.Single(ProjectReader.Read(FigureFixture.Folder).View.Documents);
        var blocks = document.Texts[0].Blocks;

        var map = Assert.Single(blocks, b => b.Id == "fig-map");
        Assert.Equal("figure", map.Kind);
        var figure = Assert.IsType<FigureNode>(Assert.Single(map.Inlines));
        var (line, column) = FigureFixture.GraphicAt("images/map.png");
        Assert.Equal(new GraphicView("images/map.png", line, column), Assert.Single(figure.Graphics));
        Assert.Equal("Plate one: the northern shore", Assert.IsType<TextNode>(Assert.Single(figure.Caption)).Text);
        Assert.Equal("A blue field with a red square at its centre", figure.Description);
        Assert.Equal("p", Assert.Single(map.Children).Kind); // the figure's paragraph, kept

        // Inside a paragraph: a figure node among its phrases, the words after it kept.
        var paragraph = Assert.Single(blocks, b => b.Kind == "p" && b.Inlines.OfType<FigureNode>().Any());
        var sketch = Assert.Single(paragraph.Inlines.OfType<FigureNode>());
        Assert.Equal("Sketch in the margin", Assert.IsType<TextNode>(Assert.Single(sketch.Caption)).Text);
        Assert.Null(sketch.Description);
        Assert.EndsWith("between two lines of figures.", Assert.IsType<TextNode>(paragraph.Inlines[^1]).Text, StringComparison.Ordinal);

        Assert.Contains(blocks, b => b.Inlines is [FigureNode { Graphics: [{ Url: "https://example.org/plates/three.png" }] }]);
    }

    [Fact]
    public void ALoneGraphicIsAFigureAndAFacsimileSurfacesIsNot()
    {
        var project = Directory.CreateTempSubdirectory("edition-figure-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(project, "documents"));
            File.WriteAllText(Path.Combine(project, "edition.yml"), "id: figures\ntitle: \"Figures\"\nlanguages: [en]\n");
            File.WriteAllText(Path.Combine(project, "documents", "one.xml"), """
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0">
                  <teiHeader><fileDesc><titleStmt><title>One</title></titleStmt>
                    <publicationStmt><p>Invented.</p></publicationStmt><sourceDesc><p>Invented.</p></sourceDesc></fileDesc></teiHeader>
                  <sourceDoc><surface><graphic url="page1.jpg"/><zone><line>A line of invented text</line></zone></surface></sourceDoc>
                  <text><body><graphic url="alone.png"><desc>Invented description</desc></graphic><p>Text.</p></body></text>
                </TEI>
                """);
            var document = Assert.Single(ProjectReader.Read(project).View.Documents);
            var alone = Assert.IsType<FigureNode>(Assert.Single(Assert.Single(document.Texts[0].Blocks, b => b.Kind == "figure").Inlines));
            Assert.Equal(("alone.png", 6, 16), (alone.Graphics[0].Url, alone.Graphics[0].Line, alone.Graphics[0].Column));
            Assert.Equal("Invented description", alone.Description);
            Assert.DoesNotContain(document.Back.Concat(document.Front), b => Descendants(b).Any(d => d.Kind == "figure"));
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }

    private static IEnumerable<BlockView> Descendants(BlockView b) => b.Children.SelectMany(Descendants).Prepend(b);
}
