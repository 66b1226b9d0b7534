namespace Edition.RelaxNg.Tests.Compact;

/// <summary>Each pattern of the compact syntax (specification section 2), judged on instances as its XML form would be.</summary>
public sealed class CompactPatternTests : IDisposable
{
    private readonly CompactSchemas _schemas = new();

    [Theory]
    [InlineData("element a { empty }", "<a/>", true)]
    [InlineData("element a { empty }", "<a>x</a>", false)]
    [InlineData("element a { text }", "<a>x</a>", true)]
    [InlineData("element a { attribute b { text } }", "<a b='1'/>", true)]
    [InlineData("element a { attribute b { text } }", "<a/>", false)]
    [InlineData("element a { element b { empty }, element c { empty } }", "<a><b/><c/></a>", true)]
    [InlineData("element a { element b { empty }, element c { empty } }", "<a><c/><b/></a>", false)]
    [InlineData("element a { element b { empty } & element c { empty } }", "<a><c/><b/></a>", true)]
    [InlineData("element a { element b { empty } | element c { empty } }", "<a><c/></a>", true)]
    [InlineData("element a { element b { empty } | element c { empty } }", "<a><b/><c/></a>", false)]
    [InlineData("element a { element b { empty }? }", "<a/>", true)]
    [InlineData("element a { element b { empty }* }", "<a><b/><b/><b/></a>", true)]
    [InlineData("element a { element b { empty }+ }", "<a/>", false)]
    [InlineData("element a { element b { empty }+ }", "<a><b/><b/></a>", true)]
    [InlineData("element a { list { xsd:integer+ } }", "<a>1 2 3</a>", true)]
    [InlineData("element a { list { xsd:integer+ } }", "<a>1 x</a>", false)]
    [InlineData("element a { mixed { element b { empty }* } }", "<a>x<b/>y</a>", true)]
    [InlineData("element a { notAllowed }", "<a/>", false)]
    [InlineData("element a { (element b { empty } | element c { empty }), element d { empty } }", "<a><c/><d/></a>", true)]
    public void PatternsJudgeInstances(string rnc, string xml, bool valid) =>
        Assert.Equal(valid, CompactSchemas.IsValid(_schemas.Load(rnc), xml));

    [Theory]
    [InlineData("element a { xsd:integer }", "<a>12</a>", true)]
    [InlineData("element a { xsd:integer }", "<a>x</a>", false)]
    [InlineData("element a { xsd:string { maxLength = \"5\" } }", "<a>12345</a>", true)]
    [InlineData("element a { xsd:string { maxLength = \"5\" } }", "<a>123456</a>", false)]
    [InlineData("element a { xsd:string { minLength = \"2\" pattern = \"[a-z]+\" } }", "<a>ab</a>", true)]
    [InlineData("element a { xsd:string { minLength = \"2\" pattern = \"[a-z]+\" } }", "<a>a1</a>", false)]
    [InlineData("element a { xsd:token - \"no\" }", "<a>yes</a>", true)]
    [InlineData("element a { xsd:token - \"no\" }", "<a> no </a>", false)]
    [InlineData("element a { xsd:token - (\"no\" | \"none\") }", "<a>none</a>", false)]
    [InlineData("element a { xsd:token \"x y\" }", "<a> x  y </a>", true)]
    [InlineData("element a { xsd:string \"x y\" }", "<a> x  y </a>", false)]
    [InlineData("element a { \"yes\" | \"no\" }", "<a> no</a>", true)]
    [InlineData("element a { \"yes\" | \"no\" }", "<a>maybe</a>", false)]
    [InlineData("element a { string \" x\" }", "<a> x</a>", true)]
    [InlineData("element a { string \" x\" }", "<a>x</a>", false)]
    [InlineData("element a { token }", "<a> any </a>", true)]
    [InlineData("datatypes d = \"http://www.w3.org/2001/XMLSchema-datatypes\"\nelement a { d:date }", "<a>2024-02-30</a>", false)]
    [InlineData("datatypes xsd = \"http://www.w3.org/2001/XMLSchema-datatypes\"\nelement a { xsd:date }", "<a>2024-02-28</a>", true)]
    public void DatatypesValuesAndParams(string rnc, string xml, bool valid) =>
        Assert.Equal(valid, CompactSchemas.IsValid(_schemas.Load(rnc), xml));

    [Theory]
    [InlineData("start = a\na = element a { b? }\nb = element b { empty }", "<a><b/></a>", true)]
    [InlineData("start = a\na = element a { b }\nb = element b { empty }\nb |= element c { empty }", "<a><c/></a>", true)]
    [InlineData("start = a\na = element a { b }\nb = attribute x { text }\nb &= attribute y { text }", "<a x='1' y='2'/>", true)]
    [InlineData("start = a\na = element a { b }\nb = attribute x { text }\nb &= attribute y { text }", "<a x='1'/>", false)]
    [InlineData("start = \\element\n\\element = element element { empty }", "<element/>", true)]
    [InlineData("div { start = a }\ndiv { a = element a { empty } }", "<a/>", true)]
    [InlineData("start = element a { grammar { start = element b { parent c } } }\nc = element c { empty }", "<a><b><c/></b></a>", true)]
    public void GrammarsDefinitionsAndDivs(string rnc, string xml, bool valid) =>
        Assert.Equal(valid, CompactSchemas.IsValid(_schemas.Load(rnc), xml));

    [Fact]
    public void IncludeResolvesRelativeToTheIncludingFileAndOverrides()
    {
        Directory.CreateDirectory(Path.Combine(_schemas.Folder, "sub"));
        _schemas.Write("sub/common.rnc", "start = doc\ndoc = element doc { item* }\nitem = element item { text }");
        var schema = _schemas.Load("include \"sub/common.rnc\" {\n  item = element entry { text }\n}");
        Assert.True(CompactSchemas.IsValid(schema, "<doc><entry>x</entry></doc>"));
        Assert.False(CompactSchemas.IsValid(schema, "<doc><item>x</item></doc>"));
    }

    [Fact]
    public void IncludedFileIsCompactWhateverItsName()
    {
        var schema = _schemas.Load("include \"common.txt\"", ("common.txt", "start = element doc { empty }"));
        Assert.True(CompactSchemas.IsValid(schema, "<doc/>"));
    }

    [Fact]
    public void ExternalPatternInheritsTheDefaultNamespace()
    {
        var schema = _schemas.Load(
            "default namespace = \"urn:x\"\nelement doc { external \"part.rnc\" }",
            ("part.rnc", "element part { empty }"));
        Assert.True(CompactSchemas.IsValid(schema, "<doc xmlns='urn:x'><part/></doc>"));
        Assert.False(CompactSchemas.IsValid(schema, "<doc xmlns='urn:x'><part xmlns=''/></doc>"));
    }

    [Fact]
    public void InheritNamesTheNamespaceAnIncludedFileGets()
    {
        var schema = _schemas.Load(
            "namespace y = \"urn:y\"\nstart = element doc { part }\ninclude \"part.rnc\" inherit = y",
            ("part.rnc", "default namespace this = inherit\npart = element part { element * - this:* { empty }* }"));
        Assert.True(CompactSchemas.IsValid(schema, "<doc><part xmlns='urn:y'><q xmlns=''/></part></doc>"));
        Assert.False(CompactSchemas.IsValid(schema, "<doc><part xmlns='urn:y'><y:q xmlns:y='urn:y'/></part></doc>"));
    }

    [Fact]
    public void XmlSchemaMayIncludeACompactOneNamedRnc()
    {
        _schemas.Write("part.rnc", "part = element part { empty }");
        var xml = _schemas.Write("main.rng", """<grammar xmlns="http://relaxng.org/ns/structure/1.0"><include href="part.rnc"/><start><ref name="part"/></start></grammar>""");
        Assert.True(CompactSchemas.IsValid(RelaxNgSchema.Load(xml), "<part/>"));
    }

    public void Dispose() => _schemas.Dispose();
}
