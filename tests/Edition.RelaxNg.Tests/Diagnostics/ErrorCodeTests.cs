namespace Edition.RelaxNg.Tests.Diagnostics;

/// <summary>The schema errors (ED31xx) and the error cap (ED3009), each from a small schema that makes it, at the place named.</summary>
public sealed class ErrorCodeTests : IDisposable
{
    private const string Rng = "xmlns=\"http://relaxng.org/ns/structure/1.0\"";

    private readonly TempFolder _dir = new();

    [Fact]
    public void ForeignRootIsASchemaSyntaxError()
    {
        var error = SchemaError($"""<grammar xmlns="urn:not-relax-ng"><start><empty/></start></grammar>""");
        Assert.Equal(RelaxNgErrorCodes.SchemaSyntax, error.Code);
        Assert.Equal(1, error.Line);
        Assert.Contains("is not a RELAX NG element", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MissingSchemaIsUnreadable()
    {
        var path = Path.Combine(_dir.Path, "absent.rng");
        var e = Assert.Throws<RelaxNgSchemaException>(() => RelaxNgSchema.Load(path));
        var error = Assert.Single(e.Errors);
        Assert.Equal((RelaxNgErrorCodes.SchemaUnreadable, path), (error.Code, error.File));
        Assert.StartsWith("cannot read schema: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReferenceToNoDefineIsUndefined()
    {
        var error = SchemaError($"""
            <grammar {Rng}>
              <start><ref name="missing"/></start>
            </grammar>
            """);
        Assert.Equal((RelaxNgErrorCodes.UndefinedReference, 2), (error.Code, error.Line));
        Assert.Contains("'missing' is not defined", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AttributeInsideAnAttributeViolatesARestriction()
    {
        var error = SchemaError($"""
            <element name="x" {Rng}>
              <attribute name="a"><attribute name="b"/></attribute>
            </element>
            """);
        Assert.Equal((RelaxNgErrorCodes.RestrictionViolated, 1), (error.Code, error.Line)); // at the element the restriction is checked on
        Assert.Equal("attribute is not allowed inside attribute (section 7.1)", error.Message);
    }

    [Fact]
    public void RecursionWithoutAnElementIsIllegal()
    {
        var error = SchemaError($"""
            <grammar {Rng}>
              <start><element name="x"><ref name="a"/></element></start>
              <define name="a"><choice><ref name="a"/><empty/></choice></define>
            </grammar>
            """);
        Assert.Equal((RelaxNgErrorCodes.IllegalRecursion, 3), (error.Code, error.Line));
        Assert.Contains("'a' refers to itself without an element in between", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnyNameInsideTheExceptOfAnyNameIsANameClassError()
    {
        var error = SchemaError($"""
            <element {Rng}>
              <anyName><except><anyName/></except></anyName>
              <empty/>
            </element>
            """);
        Assert.Equal((RelaxNgErrorCodes.NameClassProblem, 2), (error.Code, error.Line));
        Assert.Contains("'anyName' is not allowed in the except of 'anyName'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ErrorsBeyondTheCapAreOneWarning()
    {
        var schema = RelaxNgSchema.Load(_dir.Write("list.rng", $"""<element name="list" {Rng}><zeroOrMore><element name="item"><empty/></element></zeroOrMore></element>"""));
        var instance = _dir.Write("list.xml", "<list>\n" + string.Concat(Enumerable.Repeat("<wrong/>\n", 5)) + "</list>");

        var result = schema.Validate(instance, new RelaxNgOptions { MaxErrors = 2 });

        Assert.Equal(3, result.Errors.Count);
        Assert.All(result.Errors.Take(2), e => Assert.Equal(RelaxNgErrorCodes.UnexpectedElement, e.Code));
        var cap = result.Errors[2];
        Assert.Equal((RelaxNgErrorCodes.TooManyErrors, RelaxNgSeverity.Warning), (cap.Code, cap.Severity));
        Assert.Equal("more than 2 errors; the rest are not reported", cap.Message);
    }

    private RelaxNgError SchemaError(string schema)
    {
        var path = _dir.Write(Guid.NewGuid().ToString("N")[..8] + ".rng", schema);
        var e = Assert.Throws<RelaxNgSchemaException>(() => RelaxNgSchema.Load(path));
        return e.Errors[0];
    }

    public void Dispose() => _dir.Dispose();
}
