using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Tests.Datatypes;

public sealed class XsdRegexTranslatorTests
{
    [Theory]
    [InlineData("[a-z]+", "abc", true)]
    [InlineData("[a-z]+", "abc1", false)]
    [InlineData("a|b", "ab", false)] // whole-value match, not a search
    [InlineData("^a$", "^a$", true)] // ^ and $ are ordinary characters in XSD
    [InlineData("^a$", "a", false)]
    [InlineData("[a-z-[aeiou]]+", "bcd", true)] // class subtraction
    [InlineData("[a-z-[aeiou]]+", "bad", false)]
    [InlineData(@"\i\c*", "xml:id-1", true)]
    [InlineData(@"\i\c*", "1abc", false)]
    [InlineData(@"[\i-[:]][\c-[:]]*", "a:b", false)] // NCName idiom
    [InlineData(@"\d+", "١٢٣", true)] // \d is any Unicode decimal digit
    [InlineData(@"\s", "\u00A0", false)] // \s is only space, tab, CR, LF
    [InlineData(@"\S+", "a\u00A0b", true)]
    [InlineData(".", "\n", false)] // dot excludes line ends
    [InlineData(".", "\u00E9", true)]
    [InlineData(@"\w+", "ab_", false)] // _ is punctuation, not in \w
    [InlineData(@"\w+", "a1€", true)] // symbols are in \w
    [InlineData(@"\p{Lu}\P{Lu}*", "Abc", true)]
    [InlineData(@"a{2,3}", "aaa", true)]
    [InlineData(@"a{2,3}", "aaaa", false)]
    [InlineData(@"(ab)+", "abab", true)]
    [InlineData(@"[+\-]?\d+(\.\d+)?", "-1.5", true)]
    [InlineData(@"#x", "#x", true)]
    [InlineData(@"[^a]", "b", true)]
    [InlineData(@"[-a]", "-", true)]
    public void MatchesLikeXmlSchema(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, XsdRegexTranslator.ToRegex(pattern).IsMatch(value));
    }

    [Theory]
    [InlineData("(a")]
    [InlineData("a)")]
    [InlineData("[a")]
    [InlineData(@"\1")]
    [InlineData(@"\q")]
    [InlineData("a{,2}")]
    [InlineData("[a-z-[b]x]")]
    public void RejectsInvalidPatterns(string pattern)
    {
        Assert.Throws<DatatypeException>(() => XsdRegexTranslator.ToRegex(pattern));
    }
}
