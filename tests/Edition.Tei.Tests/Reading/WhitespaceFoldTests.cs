using System.Text.RegularExpressions;
using Edition.Tei.Reading;

namespace Edition.Tei.Tests.Reading;

/// <summary>Whitespace folding in read text: each run of whitespace, as <c>\s+</c> matches it, becomes one space.</summary>
public sealed class WhitespaceFoldTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("plain", "plain")]
    [InlineData("one space each", "one space each")]
    [InlineData("  lead and trail  ", " lead and trail ")]
    [InlineData("a\n    b\tc\r\nd", "a b c d")]
    [InlineData("Мао\u00A0Цзэдун\u2028Сталину\u0085\u000B\u000C", "Мао Цзэдун Сталину ")]
    [InlineData("x \u3000 y", "x y")]
    public void FoldsRunsToOneSpace(string text, string expected)
    {
        Assert.Equal(expected, TeiNames.Fold(text));
    }

    [Fact]
    public void FoldsAsTheRegexDoes()
    {
        // Random texts over letters, spaces and every kind of whitespace .NET's \s knows, against the regex.
        var alphabet = "ab Я \t\n\r\u000B\u000C\u0085\u00A0\u1680\u2000\u2007\u200A\u2028\u2029\u202F\u205F\u3000\u200B\u001F".ToCharArray();
        var random = new Random(1951);
        for (var n = 0; n < 5000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            Assert.Equal(Regex.Replace(text, @"\s+", " "), TeiNames.Fold(text));
        }
    }
}
