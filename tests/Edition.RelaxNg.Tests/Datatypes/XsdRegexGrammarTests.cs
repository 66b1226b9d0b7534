using Edition.RelaxNg.Datatypes;

namespace Edition.RelaxNg.Tests.Datatypes;

/// <summary>
/// XSD 1.0 Part 2, Appendix F, case by case: what the grammar rejects, what it accepts that .NET's regexes do not
/// know, and characters above U+FFFF counted as one character. (Cases in the manner of the W3C XSD test suite's.)
/// </summary>
public sealed class XsdRegexGrammarTests
{
    private const string Gothic = "\U00010330"; // GOTHIC LETTER AHSA, U+10330, category Lo
    private const string OldItalic = "\U00010300";
    private const string MathBold = "\U0001D400"; // MATHEMATICAL BOLD CAPITAL A, Lu

    [Theory]
    [InlineData("a??")] // F.1: quantifier ::= [?*+] | '{' quantity '}': no reluctant forms
    [InlineData("a*?")]
    [InlineData("a+?")]
    [InlineData("a{2}?")]
    [InlineData("a**")]
    [InlineData("a{2}{3}")]
    [InlineData("*a")]
    [InlineData("{2}")]
    [InlineData("a{")]
    [InlineData("a{x}")]
    [InlineData("a{,3}")]
    [InlineData("a{3,2}")]
    [InlineData("a}")] // '{' and '}' are metacharacters (Char excludes them)
    [InlineData("}")]
    [InlineData("]")]
    [InlineData("[]]")] // posCharGroup needs one charRange, and ']' is not an XmlCharIncDash
    [InlineData("[]")]
    [InlineData("[^]")]
    [InlineData("[a")]
    [InlineData("[[a]]")]
    [InlineData("[a-z-a]")] // '-' only first, last, or before a subtraction
    [InlineData("[--z]")]
    [InlineData("[a--]")]
    [InlineData("[z-a]")]
    [InlineData(@"[\d-z]")] // a range's ends are single characters
    [InlineData(@"[a-\d]")]
    [InlineData("[a-z-[b]x]")] // a subtraction ends the class
    [InlineData(@"\p{IsHighSurrogates}")] // surrogate blocks are not in XSD 1.0's list
    [InlineData(@"\p{IsLowSurrogates}")]
    [InlineData(@"\p{IsHighPrivateUseSurrogates}")]
    [InlineData(@"\p{IsTagalog}")] // a Unicode 3.2 block, after XSD 1.0's list
    [InlineData(@"\p{Cs}")] // not among XSD 1.0's categories
    [InlineData(@"\p{LC}")]
    [InlineData(@"\p{Lu")]
    [InlineData(@"\pL")]
    [InlineData(@"\b")] // SingleCharEsc and MultiCharEsc are closed lists
    [InlineData(@"\u0041")]
    [InlineData(@"\x41")]
    [InlineData(@"\$")]
    [InlineData(@"\0")]
    [InlineData(@"\1")]
    [InlineData(@"a\")]
    [InlineData("(a")]
    [InlineData("a)")]
    [InlineData("(?:a)")]
    public void RejectsWhatTheGrammarDoesNot(string pattern)
    {
        Assert.Throws<DatatypeException>(() => XsdRegexTranslator.ToRegex(pattern));
    }

    [Theory]
    [InlineData(@"\p{IsGothic}", Gothic, true)] // blocks .NET does not know, as ranges
    [InlineData(@"\p{IsGothic}", "a", false)]
    [InlineData(@"\p{IsOldItalic}", OldItalic, true)]
    [InlineData(@"\p{IsDeseret}+", "\U00010400\U00010401", true)]
    [InlineData(@"\p{IsMathematicalAlphanumericSymbols}", MathBold, true)]
    [InlineData(@"\p{IsCJKUnifiedIdeographsExtensionB}", "\U00020000", true)]
    [InlineData(@"\p{IsTags}", "\U000E0041", true)]
    [InlineData(@"\p{IsPrivateUse}", "\U000F0000", true)]
    [InlineData(@"\p{IsPrivateUse}", "\uE000", true)]
    [InlineData(@"\p{IsSpecials}", "\uFEFF", true)]
    [InlineData(@"\p{IsSpecials}", "\uFFFD", true)]
    [InlineData(@"\p{IsBasicLatin}+", "abc", true)]
    [InlineData(@"\p{IsLatin-1Supplement}", "é", true)]
    [InlineData(@"\P{IsBasicLatin}", Gothic, true)]
    [InlineData(@"\p{IsGreek}", "α", true)]
    public void KnowsEveryBlockOfTheList(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, XsdRegexTranslator.ToRegex(pattern).IsMatch(value));
    }

    [Theory]
    [InlineData(".", Gothic, true)] // one character, not two code units
    [InlineData("..", Gothic, false)]
    [InlineData("a.b", "a" + Gothic + "b", true)]
    [InlineData(".{3}", Gothic + Gothic + Gothic, true)]
    [InlineData(".{3}", Gothic + "a", false)]
    [InlineData(Gothic + "+", Gothic + Gothic, true)]
    [InlineData("a" + Gothic + "?", "a", true)]
    [InlineData("[" + Gothic + "-\U0001034A]", "\U00010340", true)] // a range over supplementary characters
    [InlineData("[" + Gothic + "-\U0001034A]", "\U0001034B", false)]
    [InlineData("[a" + Gothic + "]{2}", "a" + Gothic, true)]
    [InlineData("[^a]", Gothic, true)]
    [InlineData("[^" + Gothic + "]", "\U00010331", true)]
    [InlineData("[^" + Gothic + "]", Gothic, false)]
    [InlineData(@"\p{L}", Gothic, true)] // categories over all of Unicode
    [InlineData(@"\p{Lu}", MathBold, true)]
    [InlineData(@"\P{L}", Gothic, false)]
    [InlineData(@"[^\p{C}\p{Z}]+", "a" + Gothic, true)] // tei_all's teidata.word
    [InlineData(@"\S", Gothic, true)]
    [InlineData(@"\S+", "a\u00A0" + Gothic, true)]
    [InlineData(@"\w", Gothic, true)]
    [InlineData(@"\W", Gothic, false)]
    [InlineData(@"[\w-[\p{IsGothic}]]", Gothic, false)]
    [InlineData(@"[\w-[\p{IsGothic}]]", "a", true)]
    public void CountsASupplementaryCharacterAsOne(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, XsdRegexTranslator.ToRegex(pattern).IsMatch(value));
    }

    [Theory]
    [InlineData(@"\i", "_", true)] // F.1.2: \i is XML 1.0 (Second Edition) Letter | '_' | ':'
    [InlineData(@"\i", ":", true)]
    [InlineData(@"\i", "\u0E2F", false)] // THAI PAIYANNOI: a letter, but not an XML 1.0 2e BaseChar
    [InlineData(@"\i", Gothic, false)]
    [InlineData(@"\i", "1", false)]
    [InlineData(@"\c", "\u00B7", true)] // an Extender
    [InlineData(@"\c", "\u0E2F", false)]
    [InlineData(@"\I", "\u0E2F", true)]
    [InlineData(@"\w", "_", false)] // \w excludes punctuation (not .NET's \w)
    [InlineData(@"\w", "€", true)] // and includes symbols
    [InlineData(@"\W", "_", true)]
    [InlineData(@"\d", "٣", true)]
    [InlineData(@"\d", "²", false)] // No, not Nd
    [InlineData(@"\s", "\u00A0", false)]
    [InlineData(@"\s", "\u2028", false)]
    [InlineData(@"\S", "\u2028", true)]
    public void MultiCharacterEscapesAreXsds(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, XsdRegexTranslator.ToRegex(pattern).IsMatch(value));
    }

    [Theory]
    [InlineData("a{0,3000000000}", "aaaa", true)] // a maximum beyond Int32 is no maximum: no string is that long
    [InlineData("a{0,3000000000}", "b", false)]
    [InlineData("a{2,99999999999999999999}", "a", false)]
    [InlineData("a{2,99999999999999999999}", "aaa", true)]
    [InlineData("a{3000000000}", "", false)] // a minimum beyond Int32 is out of reach
    [InlineData("a{3000000000,}", "aaa", false)]
    [InlineData("(a?){3000000000}", "", true)] // unless the atom can match nothing
    [InlineData("(a?){3000000000}", "aa", true)]
    [InlineData("(a|){3000000000}b", "ab", true)]
    [InlineData("a{0}", "", true)]
    [InlineData("a{2,}", "aaaaa", true)]
    [InlineData("x{0,0}", "", true)]
    public void QuantifiersOfAnySize(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, XsdRegexTranslator.ToRegex(pattern).IsMatch(value));
    }

    [Theory]
    [InlineData("[a-z-[aeiou]]+", "xyz", true)] // F.1: charClassSub
    [InlineData("[a-z-[aeiou]]+", "xaz", false)]
    [InlineData("[a-z-[b-y-[c]]]+", "azc", true)] // nested subtraction
    [InlineData("[a-z-[b-y-[c]]]", "d", false)]
    [InlineData("[^a-c-[b]]", "b", false)] // the negation applies before the subtraction
    [InlineData("[^a-c-[b]]", "d", true)]
    [InlineData("[^a-c-[b]]", "a", false)]
    [InlineData("[-a]", "-", true)] // '-' first or last is a character
    [InlineData("[a-]", "-", true)]
    [InlineData("[^-a]", "-", false)]
    [InlineData(@"[\-a]", "-", true)]
    [InlineData(@"[\]]", "]", true)]
    [InlineData("[a^]", "^", true)]
    [InlineData(@"[\^]", "^", true)]
    [InlineData("a|", "", true)] // an empty branch
    [InlineData("()", "", true)]
    [InlineData("^$", "^$", true)] // no anchors in XSD
    [InlineData("a|b", "ab", false)] // implicitly anchored: the whole value
    [InlineData("b", "abc", false)]
    [InlineData(@"\n\r\t", "\n\r\t", true)]
    [InlineData(@"\.\?\*\+\(\)\{\}\[\]\|\\\-\^", ".?*+(){}[]|\\-^", true)]
    [InlineData("#", "#", true)]
    [InlineData(" a", " a", true)]
    public void AcceptsWhatTheGrammarAllows(string pattern, string value, bool expected)
    {
        Assert.Equal(expected, XsdRegexTranslator.ToRegex(pattern).IsMatch(value));
    }
}
