using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Tests.Datatypes;

/// <summary>XML Schema 1.0 Part 2 where it is strict: duration order, years before the common era, ENTITY.</summary>
public sealed class XsdOneZeroConformanceTests
{
    private static readonly IDatatypeContext Context = new NoPrefixes();

    // Appendix D.3.6 (3.2.6.2): durations are ordered by adding them to 1696-09-01, 1697-02-01, 1903-03-01 and
    // 1903-07-01; when the four orders differ the durations are incomparable (null).
    [Theory]
    [InlineData("P364D", "P1Y", -1)]
    [InlineData("P1Y", "P364D", 1)]
    [InlineData("P365D", "P1Y", null)]
    [InlineData("P366D", "P1Y", null)]
    [InlineData("P367D", "P1Y", 1)]
    [InlineData("P27D", "P1M", -1)]
    [InlineData("P28D", "P1M", null)]
    [InlineData("P30D", "P1M", null)]
    [InlineData("P32D", "P1M", 1)]
    [InlineData("P1Y", "P12M", 0)]
    [InlineData("PT24H", "P1D", 0)]
    [InlineData("P5M", "P150D", null)]
    [InlineData("-P1M", "-P27D", -1)]
    public void DurationsAreOrderedByTheFourReferenceDateTimes(string a, string b, int? expected)
    {
        var duration = XsdDatatypeLibrary.Create("duration", []);
        Assert.Equal(expected, duration.Compare(duration.Parse(a, Context)!, duration.Parse(b, Context)!));
    }

    [Theory]
    [InlineData("minExclusive", "P1Y", "P367D", true)]
    [InlineData("minExclusive", "P1Y", "P366D", false)] // indeterminate fails the bound
    [InlineData("maxExclusive", "P1Y", "P364D", true)]
    [InlineData("maxExclusive", "P1Y", "P365D", false)]
    [InlineData("maxInclusive", "P1M", "P30D", false)]
    [InlineData("maxInclusive", "P1M", "P27D", true)]
    [InlineData("minInclusive", "P1M", "P1M", true)]
    public void DurationBoundsFailWhenTheComparisonIsIndeterminate(string facet, string bound, string value, bool valid)
    {
        var datatype = XsdDatatypeLibrary.Create("duration", [new(facet, bound)]);
        Assert.Equal(valid, datatype.IsValid(value, Context));
    }

    // 3.2.7: no year 0000; '-0001' is 1 BCE, which is a leap year, as are -0005, -0009, …
    [Theory]
    [InlineData("date", "-0001-02-29", true)]
    [InlineData("date", "-0005-02-29", true)]
    [InlineData("date", "-0004-02-29", false)]
    [InlineData("date", "-0401-02-29", true)]
    [InlineData("date", "-0101-02-29", false)]
    [InlineData("date", "0000-02-29", false)]
    [InlineData("dateTime", "-0001-02-29T00:00:00Z", true)]
    [InlineData("dateTime", "-0004-02-29T00:00:00", false)]
    [InlineData("dateTime", "0000-01-01T00:00:00", false)]
    [InlineData("gYear", "0000", false)]
    [InlineData("gYear", "-0000", false)]
    [InlineData("gYear", "-0001", true)]
    [InlineData("gYearMonth", "0000-01", false)]
    [InlineData("gYearMonth", "-0001-01", true)]
    public void YearsBeforeTheCommonEraHaveNoYearZero(string type, string value, bool valid)
    {
        Assert.Equal(valid, XsdDatatypeLibrary.Create(type, []).IsValid(value, Context));
    }

    [Fact]
    public void OneBceIsTheYearJustBeforeOneCe()
    {
        var date = XsdDatatypeLibrary.Create("date", [new("minInclusive", "-0001-12-31")]);
        Assert.True(date.IsValid("0001-01-01", Context));
        Assert.False(date.IsValid("-0002-12-31", Context));
        var days = (XsdDateTimeType.Instant)XsdDatatypeLibrary.Create("date", []).Parse("0001-01-01", Context)!;
        var before = (XsdDateTimeType.Instant)XsdDatatypeLibrary.Create("date", []).Parse("-0001-12-31", Context)!;
        Assert.Equal(86400m, days.Seconds - before.Seconds);
    }

    // 3.3.11: an ENTITY must name an unparsed entity declared in the DTD; Edition reads no DTD, so none is declared.
    [Theory]
    [InlineData("ENTITY", "logo")]
    [InlineData("ENTITIES", "logo seal")]
    public void EntityValuesNeedADeclaredUnparsedEntity(string type, string value)
    {
        Assert.False(XsdDatatypeLibrary.Create(type, []).IsValid(value, Context));
    }

    private sealed class NoPrefixes : IDatatypeContext
    {
        public string? LookupNamespace(string prefix) => prefix.Length == 0 ? "" : null;
    }
}
