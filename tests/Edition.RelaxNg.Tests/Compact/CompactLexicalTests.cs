using System.Xml.Linq;

namespace Edition.RelaxNg.Tests.Compact;

/// <summary>
/// The lexical structure (specification section 3 and A.2): escapes before tokens, comments, keywords and quoted
/// identifiers, literals; and annotations (section 5), parsed and dropped. Checked on the XML-syntax translation.
/// </summary>
public sealed class CompactLexicalTests
{
    private static readonly XNamespace Rng = "http://relaxng.org/ns/structure/1.0";

    [Fact]
    public void EscapesAreReplacedBeforeTokenizing()
    {
        var root = CompactSchemas.Translate("element \\x{66}\\x{6f}\\xx{6F} { \"a\\x{A}b\\x{1F600}\" }");
        Assert.Equal("foo", root.Element(Rng + "name")!.Value);
        Assert.Equal("a\nb\U0001F600", root.Element(Rng + "value")!.Value);
    }

    [Fact]
    public void AnEscapeIsNotScannedAgain()
    {
        var root = CompactSchemas.Translate("element a { \"\\x{5C}x{5C}\" }");
        Assert.Equal("\\x{5C}", root.Element(Rng + "value")!.Value);
    }

    [Fact]
    public void CommentsAndDocumentationAreDropped()
    {
        var root = CompactSchemas.Translate("""
            # a comment
            ## documentation of the element
            ##   on two lines
            element a { # comment after a token
              ## English
              "en" |
              ## Japanese
              "jp"
            }#
            """);
        Assert.Equal(["value", "value"], root.Element(Rng + "choice")!.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void KeywordsNeedQuotingOnlyAsIdentifiers()
    {
        var root = CompactSchemas.Translate("start = \\start\n\\start = element start { attribute element { text } }");
        var define = root.Elements(Rng + "define").Single();
        Assert.Equal("start", define.Attribute("name")!.Value);
        Assert.Equal("start", root.Element(Rng + "start")!.Element(Rng + "ref")!.Attribute("name")!.Value);
        Assert.Equal("element", define.Descendants(Rng + "name").Last().Value);
    }

    [Theory]
    [InlineData("\"abc\"", "abc")]
    [InlineData("'a\"b'", "a\"b")]
    [InlineData("\"a'\" ~ 'b\"' ~ \"c\"", "a'b\"c")]
    [InlineData("\"\"\"line one\nline \"two\" \"\"\"", "line one\nline \"two\" ")]
    [InlineData("'''it's'''", "it's")]
    [InlineData("\"\"", "")]
    public void LiteralsSegmentsAndTripleQuotes(string literal, string value)
    {
        var root = CompactSchemas.Translate($"element a {{ {literal} }}");
        Assert.Equal(value, root.Element(Rng + "value")!.Value);
    }

    [Fact]
    public void NewlinesAreNormalizedInTripleQuotedLiterals()
    {
        var root = CompactSchemas.Translate("element a { \"\"\"x\r\ny\rz\"\"\" }");
        Assert.Equal("x\ny\nz", root.Element(Rng + "value")!.Value);
    }

    [Fact]
    public void AnnotationsOfEveryKindAreDropped()
    {
        var root = CompactSchemas.Translate("""
            namespace a = "http://relaxng.org/ns/compatibility/annotations/1.0"
            namespace x = "urn:x"
            ## doc
            [ a:defaultValue = "1" x:note [ "text" x:inner [ attr = "v" "more" ] ] ]
            start = [ x:y = "z" ] element a { [ a:documentation [ "attr" ] ] attribute b { text } >> x:after [ ] }
            x:entity [ name = "picture" ]
            d = element d { xsd:string { [ x:p = "1" ] maxLength = "3" } } >> x:follow [ "f" ]
            """);
        Assert.DoesNotContain(root.Descendants(), e => e.Name.Namespace != Rng);
        Assert.DoesNotContain(root.DescendantsAndSelf().Attributes(), a => a.Name.Namespace != XNamespace.None);
        Assert.Equal(["start", "define"], root.Elements().Select(e => e.Name.LocalName));
    }

    [Fact]
    public void NamesTakeTheirNamespaces()
    {
        var root = CompactSchemas.Translate("""
            default namespace = "urn:d"
            namespace p = "urn:p"
            namespace local = ""
            element e { attribute a { text }, attribute p:a { text }, element p:* - p:b { empty }, attribute * - local:* { text } }
            """);
        var names = root.Descendants().Where(e => e.Name.LocalName is "name" or "nsName").Select(e => $"{e.Name.LocalName}:{e.Attribute("ns")?.Value}:{string.Concat(e.Nodes().OfType<XText>())}");
        Assert.Equal(["name:urn:d:e", "name::a", "name:urn:p:a", "nsName:urn:p:", "name:urn:p:b", "nsName::"], names);
    }

    [Fact]
    public void WithoutADefaultNamespaceElementNamesInherit()
    {
        var root = CompactSchemas.Translate("element e { empty }");
        Assert.Null(root.Element(Rng + "name")!.Attribute("ns"));
    }

    [Fact]
    public void DatatypesCarryTheirLibrary()
    {
        var root = CompactSchemas.Translate("element a { xsd:int | string | \"v\" | token \"t\" }");
        var types = root.Descendants().Where(e => e.Attribute("type") is not null).Select(e => $"{e.Name.LocalName} {e.Attribute("datatypeLibrary")!.Value} {e.Attribute("type")!.Value}");
        Assert.Equal(["data http://www.w3.org/2001/XMLSchema-datatypes int", "data  string", "value  token", "value  token"], types);
    }
}
