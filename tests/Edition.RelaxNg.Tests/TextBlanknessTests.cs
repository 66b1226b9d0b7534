using System.Xml;

namespace Edition.RelaxNg.Tests;

/// <summary>
/// Text between tags (RELAX NG 6.2.7): whitespace alone is ignored before or between child elements, other text is
/// matched. Where a pattern accepts any text (no data or value), the validator reads only whether the text is blank,
/// not its string: the verdicts must be those of the whole text, whichever node types the reader delivers it in
/// (text, CDATA, character references, pieces between comments and processing instructions).
/// </summary>
public sealed class TextBlanknessTests
{
    // <y/> may follow blank text, not other text: the choice commits to text once any is seen.
    private const string ChoiceOfTextOrChild = """
        <element name="x" xmlns="http://relaxng.org/ns/structure/1.0">
          <choice><text/><element name="y"><empty/></element></choice>
        </element>
        """;

    [Theory]
    [InlineData("<x>  <y/></x>")]
    [InlineData("<x>\n\t<!-- c -->\r\n<y/></x>")]
    [InlineData("<x><![CDATA[  ]]><y/></x>")]
    [InlineData("<x>&#32;&#x9;<?pi?> <y/></x>")]
    [InlineData("<x>a long text of prose, well past any chunk the reader hands over at a time, and then some more</x>")]
    [InlineData("<x/>")]
    public void BlankTextBeforeAChildIsIgnored(string xml) => Assert.True(Validate(ChoiceOfTextOrChild, xml).IsValid);

    [Theory]
    [InlineData("<x>a<y/></x>")]
    [InlineData("<x>  <!-- c --> a <y/></x>")]
    [InlineData("<x><![CDATA[ a ]]><y/></x>")]
    [InlineData("<x>&#65;<y/></x>")]
    [InlineData("<x>                                                                                   .<y/></x>")]
    public void OtherTextBeforeAChildIsMatched(string xml)
    {
        var error = Assert.Single(Validate(ChoiceOfTextOrChild, xml).Errors);
        Assert.Equal("ED3001", error.Code);
    }

    [Theory]
    [InlineData("<x>   </x>", true)]
    [InlineData("<x><!-- c --></x>", true)]
    [InlineData("<x> a </x>", false)]
    [InlineData("<x> <!-- c -->b</x>", false)]
    public void TextWhereNoneIsAllowed(string xml, bool valid)
    {
        const string empty = """<element name="x" xmlns="http://relaxng.org/ns/structure/1.0"><empty/></element>""";
        var result = Validate(empty, xml);
        Assert.Equal(valid, result.IsValid);
        if (!valid)
        {
            Assert.StartsWith("text not allowed in element 'x'", Assert.Single(result.Errors).Message, StringComparison.Ordinal);
        }
    }

    private static ValidationResult Validate(string schema, string xml)
    {
        using var schemaReader = XmlReader.Create(new StringReader(schema));
        using var reader = XmlReader.Create(new StringReader(xml), RelaxNgSchema.InstanceReaderSettings());
        return RelaxNgSchema.Load(schemaReader, "memory:schema.rng").Validate(reader, "doc.xml");
    }
}
