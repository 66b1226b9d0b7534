using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Tests.Datatypes;

public sealed class XsdDatatypeTests
{
    private static readonly IDatatypeContext Context = new MapContext();

    [Theory]
    [InlineData("string", " a  b ", true)]
    [InlineData("token", " a  b ", true)]
    [InlineData("NCName", "a:b", false)]
    [InlineData("NCName", " ab ", true)]
    [InlineData("Name", "a:b", true)]
    [InlineData("NMTOKEN", "-1", true)]
    [InlineData("NMTOKENS", "a b  c", true)]
    [InlineData("NMTOKENS", "  ", false)]
    [InlineData("ID", "1a", false)]
    [InlineData("IDREFS", "a b", true)]
    [InlineData("language", "en-GB", true)]
    [InlineData("language", "englishlanguage", false)]
    [InlineData("boolean", "1", true)]
    [InlineData("boolean", "yes", false)]
    [InlineData("decimal", "-.5", true)]
    [InlineData("decimal", "1e3", false)]
    [InlineData("integer", "+007", true)]
    [InlineData("integer", "1.0", false)]
    [InlineData("nonNegativeInteger", "-1", false)]
    [InlineData("positiveInteger", "0", false)]
    [InlineData("byte", "128", false)]
    [InlineData("unsignedShort", "65535", true)]
    [InlineData("long", "9223372036854775808", false)]
    [InlineData("double", "1.5E-3", true)]
    [InlineData("double", "-INF", true)]
    [InlineData("float", "NaN", true)]
    [InlineData("double", "1,5", false)]
    [InlineData("date", "1930-02-28", true)]
    [InlineData("date", "1930-02-30", false)]
    [InlineData("date", "2000-02-29Z", true)]
    [InlineData("date", "1900-02-29", false)]
    [InlineData("date", "-0044-03-15", true)]
    [InlineData("date", "0000-01-01", false)]
    [InlineData("dateTime", "1930-05-01T24:00:00", true)]
    [InlineData("dateTime", "1930-05-01T24:00:01", false)]
    [InlineData("dateTime", "1930-05-01T12:00:00+14:00", true)]
    [InlineData("dateTime", "1930-05-01T12:00:00+15:00", false)]
    [InlineData("time", "23:59:59.999", true)]
    [InlineData("gYear", "1930", true)]
    [InlineData("gYear", "193", false)]
    [InlineData("gYearMonth", "1930-13", false)]
    [InlineData("gMonthDay", "--02-29", true)]
    [InlineData("gMonthDay", "--04-31", false)]
    [InlineData("gDay", "---31", true)]
    [InlineData("date", "12345-01-01", true)]
    [InlineData("date", "01930-01-01", false)]
    [InlineData("date", "193-01-01", false)]
    [InlineData("date", "1930-1-01", false)]
    [InlineData("date", " 1930-01-01 ", true)]
    [InlineData("date", "1930-01-01T", false)]
    [InlineData("date", "1930-01-01+01:30", true)]
    [InlineData("date", "1930-01-01+14:01", false)]
    [InlineData("date", "1930-01-01+01:60", false)]
    [InlineData("date", "1930-01-01+0130", false)]
    [InlineData("date", "-0001-02-29", true)]
    [InlineData("date", "+1930-01-01", false)]
    [InlineData("date", "1930-01-01z", false)]
    [InlineData("date", "1930-01-\u0661\u0662", false)]
    [InlineData("gYear", "-1930", true)]
    [InlineData("gYear", "1930-01", false)]
    [InlineData("gYearMonth", "1930-12", true)]
    [InlineData("time", "24:00:00", true)]
    [InlineData("time", "12:00", false)]
    [InlineData("time", "12:00:00.", false)]
    [InlineData("time", "12:00:00.5Z", true)]
    [InlineData("time", "12:60:00", false)]
    [InlineData("dateTime", "1930-05-01T12:00:00.123456789012345678901234567890", true)]
    [InlineData("dateTime", "1930-05-01 12:00:00", false)]
    [InlineData("gDay", "---32", false)]
    [InlineData("gDay", "--31", false)]
    [InlineData("gMonth", "--13", false)]
    [InlineData("gMonth", "--12--", false)]
    [InlineData("gMonthDay", "---02-28", false)]
    [InlineData("gMonth", "--12", true)]
    [InlineData("duration", "P1Y2M3DT4H5M6.7S", true)]
    [InlineData("duration", "P", false)]
    [InlineData("duration", "P1DT", false)]
    [InlineData("duration", "-PT1M", true)]
    [InlineData("hexBinary", "0aFF", true)]
    [InlineData("hexBinary", "0aF", false)]
    [InlineData("base64Binary", "QQ==", true)]
    [InlineData("base64Binary", "QR==", false)]
    [InlineData("anyURI", "http://example.com/a b#frag", true)]
    [InlineData("anyURI", "%zz", false)]
    [InlineData("QName", "tei:p", true)]
    [InlineData("QName", "nope:p", false)]
    public void LexicalSpace(string type, string value, bool valid)
    {
        var datatype = XsdDatatypeLibrary.Create(type, []);
        Assert.Equal(valid, datatype.IsValid(value, Context));
    }

    [Theory]
    [InlineData("decimal", "1.0", "1")]
    [InlineData("decimal", "-0", "0.00")]
    [InlineData("double", "1e0", "1.0")]
    [InlineData("boolean", "true", "1")]
    [InlineData("dateTime", "2000-01-01T12:00:00Z", "2000-01-01T13:00:00+01:00")]
    [InlineData("token", " a   b ", "a b")]
    [InlineData("QName", "tei:p", "p2:p")]
    [InlineData("hexBinary", "0a", "0A")]
    public void ValueEquality(string type, string a, string b)
    {
        var datatype = XsdDatatypeLibrary.Create(type, []);
        Assert.True(datatype.SameValue(datatype.Parse(a, Context)!, datatype.Parse(b, Context)!));
    }

    [Theory]
    [InlineData("string", "length", "3", "abc", true)]
    [InlineData("string", "length", "3", "abcd", false)]
    [InlineData("string", "minLength", "2", "a", false)]
    [InlineData("NMTOKENS", "maxLength", "2", "a b c", false)]
    [InlineData("hexBinary", "length", "2", "0a0b", true)]
    [InlineData("integer", "minInclusive", "1", "0", false)]
    [InlineData("integer", "maxExclusive", "10", "9", true)]
    [InlineData("decimal", "totalDigits", "3", "12.34", false)]
    [InlineData("decimal", "fractionDigits", "1", "1.50", true)]
    [InlineData("date", "minInclusive", "1900-01-01", "1899-12-31", false)]
    [InlineData("double", "maxInclusive", "1", "NaN", false)]
    [InlineData("token", "pattern", "[A-Z]{2}", " GB ", true)]
    public void Facets(string type, string facet, string facetValue, string value, bool valid)
    {
        var datatype = XsdDatatypeLibrary.Create(type, [new(facet, facetValue)]);
        Assert.Equal(valid, datatype.IsValid(value, Context));
    }

    [Theory]
    [InlineData("integer", "length", "1")]
    [InlineData("string", "minInclusive", "a")]
    [InlineData("string", "enumeration", "a")]
    [InlineData("string", "whiteSpace", "collapse")]
    [InlineData("integer", "minInclusive", "x")]
    [InlineData("string", "color", "red")]
    public void BadParametersAreSchemaErrors(string type, string facet, string facetValue)
    {
        Assert.Throws<DatatypeException>(() => XsdDatatypeLibrary.Create(type, [new(facet, facetValue)]));
    }

    [Fact]
    public void UnknownTypeAndLibraryAreSchemaErrors()
    {
        Assert.Throws<DatatypeException>(() => XsdDatatypeLibrary.Create("dateTimeStamp2", []));
        Assert.Throws<DatatypeException>(() => DatatypeLibraries.Create("http://example.com/dt", "x", []));
        Assert.Throws<DatatypeException>(() => DatatypeLibraries.Create("", "integer", []));
    }

    private sealed class MapContext : IDatatypeContext
    {
        public string? LookupNamespace(string prefix) => prefix switch
        {
            "" => "",
            "tei" or "p2" => "http://www.tei-c.org/ns/1.0",
            _ => null,
        };
    }
}
