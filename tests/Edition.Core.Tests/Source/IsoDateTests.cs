using Edition.Core.Source.Yaml;

namespace Edition.Core.Tests.Source;

public sealed class IsoDateTests
{
    [Theory]
    [InlineData("1951", true)]
    [InlineData("1951-06", true)]
    [InlineData("1951-06-21", true)]
    [InlineData("1952-02-29", true)]
    [InlineData("1951-02-29", false)]
    [InlineData("1951-13-01", false)]
    [InlineData("1951-6-21", false)]
    [InlineData("21.6.1951", false)]
    [InlineData("", false)]
    public void DatesAreCheckedAgainstTheCalendar(string value, bool valid) => Assert.Equal(valid, IsoDate.IsValid(value));

    [Fact]
    public void TimesOnlyWhereAllowed()
    {
        Assert.False(IsoDate.IsValid("1951-06-21T21:15"));
        Assert.True(IsoDate.IsValid("1951-06-21T21:15", allowTime: true));
        Assert.False(IsoDate.IsValid("1951-06-21T25:15", allowTime: true));
        Assert.Equal("1951-06-21T21:15:00", IsoDate.ToXsd("1951-06-21T21:15"));
    }
}
