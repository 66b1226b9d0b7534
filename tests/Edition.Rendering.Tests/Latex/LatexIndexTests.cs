using Edition.Rendering.Latex;

namespace Edition.Rendering.Tests.Latex;

/// <summary>Index entries hold balanced braces whatever the name: reledmac and makeindex count \{ and \} as braces.</summary>
public sealed class LatexIndexTests
{
    [Theory]
    [InlineData("Gao Gang }")]
    [InlineData("{ open")]
    [InlineData("a } b { c } d")]
    public void BracesInANameAreSpelledOut(string name)
    {
        var key = LatexIndex.Key(name, 1);
        Assert.Equal(key.Count(c => c == '{'), key.Count(c => c == '}'));
        Assert.DoesNotContain(@"\{", key, StringComparison.Ordinal);
        Assert.DoesNotContain(@"\}", key, StringComparison.Ordinal);
    }

    [Fact]
    public void ABraceInANameIsPrintedAsABrace() =>
        Assert.Equal(@"000001 Gao Gang @Gao Gang \textbraceright{}", LatexIndex.Key("Gao Gang }", 1));
}
