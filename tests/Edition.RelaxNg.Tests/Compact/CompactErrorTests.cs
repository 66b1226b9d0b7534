namespace Edition.RelaxNg.Tests.Compact;

/// <summary>
/// Incorrect compact-syntax schemas (specification section 2, A.1's constraints, A.2): one error each, with its code
/// and the line and column in the .rnc; and the engine's own schema errors placed in the .rnc too.
/// </summary>
public sealed class CompactErrorTests : IDisposable
{
    private readonly CompactSchemas _schemas = new();

    [Theory]
    [InlineData("element a { b | c, d }", 1, 18, "cannot be mixed without parentheses")]
    [InlineData("element a { b & c | d }", 1, 19, "cannot be mixed without parentheses")]
    [InlineData("element a { xsd:string - \"x\" | text }", 1, 30, "must be put in parentheses")]
    [InlineData("element a { text | xsd:string - \"x\" }", 1, 31, "must be put in parentheses")]
    [InlineData("element a { xsd:string - \"x\"* }", 1, 29, "must be put in parentheses")]
    [InlineData("element a | * - b | c { empty }", 1, 15, "must be put in parentheses")]
    [InlineData("element a { empty", 1, 18, "expected '}', found the end of the file")]
    [InlineData("element a { \"unterminated\n\" }", 1, 13, "literal not closed")]
    [InlineData("element a { 'x' ~ }", 1, 19, "a literal after '~'")]
    [InlineData("element a { text } ;", 1, 20, "unexpected character ';'")]
    [InlineData("element a { \\x{110000} }", 1, 13, "an escape must be")]
    [InlineData("element a { \\x{} }", 1, 13, "an escape must be")]
    [InlineData("element a { \\x{0} }", 1, 13, "is not allowed")]
    [InlineData("element a { \\ }", 1, 13, "'\\' must be followed by a name")]
    [InlineData("start = element a { empty }\ninclude \"x.rnc\" { include \"y.rnc\" }", 2, 19, "a definition")]
    [InlineData("start = element\n  a { empty }\nstart", 3, 6, "expected '=', '|=' or '&='")]
    [InlineData("element a { text >> }", 1, 21, "an annotation element")]
    [InlineData("element a { [ x = \"1\" ] text }", 1, 15, "with a prefix")]
    [InlineData("namespace x = \"urn:x\"\nelement a { [ x:a = \"1\" x:a = \"2\" ] text }", 2, 25, "given twice")]
    [InlineData("namespace rng = \"http://relaxng.org/ns/structure/1.0\"\nelement a { [ rng:a = \"1\" ] text }", 2, 15, "RELAX NG namespace")]
    [InlineData("element a { text } >> x [ ]", 1, 1, "cannot end with a following annotation")]
    [InlineData("element a { element }", 1, 21, "a name, 'prefix:*' or '*'")]
    [InlineData("element a { parent element }", 1, 20, "the name of a definition")]
    [InlineData("element a { div }", 1, 13, "must be quoted")]
    public void SyntaxErrors(string rnc, int line, int column, string message) =>
        AssertError(rnc, RelaxNgErrorCodes.CompactSyntax, line, column, message);

    [Theory]
    [InlineData("element p:a { empty }", 1, 9, "'p' is not declared")]
    [InlineData("element a { d:int }", 1, 13, "datatypes prefix 'd' is not declared")]
    [InlineData("namespace x = \"urn:1\"\nnamespace x = \"urn:2\"\nelement a { empty }", 2, 1, "declared twice")]
    [InlineData("default namespace = \"urn:1\"\ndefault namespace = \"urn:2\"\nelement a { empty }", 2, 1, "declared twice")]
    [InlineData("datatypes d = \"urn:1\"\ndatatypes d = \"urn:2\"\nelement a { empty }", 2, 1, "declared twice")]
    [InlineData("namespace xmlns = \"urn:x\"\nelement a { empty }", 1, 1, "'xmlns' cannot be declared")]
    [InlineData("namespace xml = \"urn:x\"\nelement a { empty }", 1, 1, "'xml' can only be bound")]
    [InlineData("namespace x = \"http://www.w3.org/XML/1998/namespace\"\nelement a { empty }", 1, 1, "only be bound to the prefix 'xml'")]
    [InlineData("datatypes xsd = \"urn:x\"\nelement a { empty }", 1, 1, "'xsd' can only be bound")]
    [InlineData("namespace x = inherit\nelement a { [ x:a = \"1\" ] empty }", 2, 15, "bound to inherit")]
    public void DeclarationErrors(string rnc, int line, int column, string message) =>
        AssertError(rnc, RelaxNgErrorCodes.CompactDeclaration, line, column, message);

    [Fact]
    public void UndefinedReferenceIsPlacedInTheRnc()
    {
        var error = _schemas.Error("start = element a { c }\n\nc = element c {\n  missing\n}");
        Assert.Equal((RelaxNgErrorCodes.UndefinedReference, 4, 3), (error.Code, error.Line, error.Column));
        Assert.EndsWith("schema.rnc", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorInAnIncludedFileNamesThatFile()
    {
        var error = _schemas.Error("include \"part.rnc\"\nstart = a", ("part.rnc", "a = element a {\n  empty |\n}"));
        Assert.Equal((RelaxNgErrorCodes.CompactSyntax, 3, 1), (error.Code, error.Line, error.Column));
        Assert.EndsWith("part.rnc", error.File, StringComparison.Ordinal);
    }

    [Fact]
    public void DatatypeErrorIsPlacedAtTheParam()
    {
        var error = _schemas.Error("element a {\n  xsd:string { maxLength = \"x\" }\n}");
        Assert.Equal((RelaxNgErrorCodes.DatatypeProblem, 2), (error.Code, error.Line));
    }

    [Fact]
    public void MissingIncludeIsUnreadable()
    {
        var error = _schemas.Error("include \"absent.rnc\"");
        Assert.Equal((RelaxNgErrorCodes.SchemaUnreadable, 1, 1), (error.Code, error.Line, error.Column));
    }

    [Fact]
    public void BytesThatAreNotUtf8AreUnreadable()
    {
        var path = Path.Combine(_schemas.Folder, "latin1.rnc");
        File.WriteAllBytes(path, [.. "element a { \""u8, 0xE9, .. "\" }"u8]);
        var e = Assert.Throws<RelaxNgSchemaException>(() => RelaxNgSchema.Load(path));
        Assert.Equal(RelaxNgErrorCodes.SchemaUnreadable, Assert.Single(e.Errors).Code);
    }

    [Fact]
    public void Utf16WithAByteOrderMarkIsRead()
    {
        var path = Path.Combine(_schemas.Folder, "utf16.rnc");
        File.WriteAllText(path, "element \u00e9t\u00e9 { empty }", System.Text.Encoding.Unicode);
        Assert.True(CompactSchemas.IsValid(RelaxNgSchema.Load(path), "<\u00e9t\u00e9/>"));
    }

    private void AssertError(string rnc, string code, int line, int column, string message)
    {
        var error = _schemas.Error(rnc);
        Assert.Equal((code, line, column), (error.Code, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.EndsWith("schema.rnc", error.File, StringComparison.Ordinal);
    }

    public void Dispose() => _schemas.Dispose();
}
