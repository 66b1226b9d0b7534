using Edition.Tei.Reading.Views;
using Edition.TestSupport;

namespace Edition.Tei.Tests.Reading;

/// <summary>TeX formulas are read as their TeX source (inline or displayed), XML examples as their markup's tokens.</summary>
public sealed class FormulaReaderTests
{
    [Theory]
    [InlineData("TeX")]
    [InlineData("tex")]
    [InlineData("LaTeX")]
    [InlineData("latex")]
    [InlineData("application/x-tex")]
    public void AFormulaInTexNotationIsItsSource(string notation)
    {
        var p = Block($$"""<p>Ratio <formula notation="{{notation}}">\frac{24}{x}</formula> here.</p>""");
        var formula = Assert.IsType<TexFormulaNode>(p.Inlines[1]);
        Assert.Equal((@"\frac{24}{x}", false), (formula.Tex, formula.Display));
        Assert.True(formula.Line > 0);
    }

    [Theory]
    [InlineData("""<p><formula notation="TeX" rend="display">x^2</formula></p>""")]
    [InlineData("""<p><formula notation="TeX">$$x^2$$</formula></p>""")]
    [InlineData("""<p><formula notation="TeX">\[ x^2 \]</formula></p>""")]
    public void AFormulaIsDisplayedByItsRendOrItsDelimiters(string xml)
    {
        var formula = Assert.IsType<TexFormulaNode>(Assert.Single(Block(xml).Inlines));
        Assert.Equal(("x^2", true), (formula.Tex, formula.Display));
    }

    [Fact]
    public void AFormulaAmongBlocksIsADisplayedBlock()
    {
        var block = Block("""<formula notation="TeX" xml:id="f1">\sum_i i</formula>""");
        Assert.Equal(("formula", "f1"), (block.Kind, block.Id));
        Assert.Equal(new TexFormulaNode(@"\sum_i i", true), Assert.IsType<TexFormulaNode>(Assert.Single(block.Inlines)) with { Line = 0, Column = 0 });
    }

    [Fact]
    public void AFormulaInAnotherNotationStaysAsItWas()
    {
        var p = Block("""<p><formula notation="AsciiMath">a/b</formula></p>""");
        Assert.Equal("formula", Assert.IsType<ElementNode>(Assert.Single(p.Inlines)).Name);
    }

    [Fact]
    public void AnXmlExampleIsItsMarkupWithoutTheFilesIndentation()
    {
        var block = Block("""
            <egXML xmlns="http://www.tei-c.org/ns/Examples">
                      <div type="letter">
                        <!-- a comment -->
                        <p>A &amp; B</p><lb/>
                      </div>
                    </egXML>
            """);
        Assert.Equal("egXML", block.Kind);
        var example = Assert.IsType<XmlExampleNode>(Assert.Single(block.Inlines));
        Assert.True(example.Display);
        Assert.Equal("<div type=\"letter\">\n  <!-- a comment -->\n  <p>A &amp; B</p><lb/>\n</div>", string.Concat(example.Tokens.Select(t => t.Text)));
        Assert.Contains(new XmlToken(XmlTokenKind.Element, "div"), example.Tokens);
        Assert.Contains(new XmlToken(XmlTokenKind.Attribute, "type"), example.Tokens);
        Assert.Contains(new XmlToken(XmlTokenKind.Value, "letter"), example.Tokens);
        Assert.Contains(new XmlToken(XmlTokenKind.Comment, "<!-- a comment -->"), example.Tokens);
    }

    [Fact]
    public void AnXmlExampleInAParagraphIsInline()
    {
        var p = Block("""<p>Mark it <egXML xmlns="http://www.tei-c.org/ns/Examples"><name xml:id="n1" ref="#a&quot;b">X</name></egXML> so.</p>""");
        var example = Assert.IsType<XmlExampleNode>(p.Inlines[1]);
        Assert.False(example.Display);
        Assert.Equal("<name xml:id=\"n1\" ref=\"#a&quot;b\">X</name>", string.Concat(example.Tokens.Select(t => t.Text)));
    }

    private static BlockView Block(string xml)
    {
        var project = Directory.CreateTempSubdirectory("edition-formulas-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(project, "documents"));
            File.WriteAllText(Path.Combine(project, "edition.yml"), "id: formulas\ntitle: \"Formulas\"\nlanguages: [en]\n");
            File.WriteAllText(Path.Combine(project, "documents", "formulas.xml"), $"""
                <?xml version="1.0" encoding="UTF-8"?>
                <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="formulas">
                  <teiHeader><fileDesc><titleStmt><title>Formulas</title></titleStmt>
                    <publicationStmt><p>Test.</p></publicationStmt><sourceDesc><p>Test.</p></sourceDesc></fileDesc></teiHeader>
                  <text><body><div>{xml}</div></body></text>
                </TEI>
                """);
            var document = Assert.Single(ProjectReader.Read(project).View.Documents);
            return Assert.Single(Assert.Single(Assert.Single(document.Texts).Blocks).Children);
        }
        finally
        {
            Directory.Delete(project, recursive: true);
        }
    }
}
