using System.Text;
using Edition.Rendering.Latex;

namespace Edition.Rendering.Tests.Latex;

/// <summary>
/// The .tex normal form: each case against the rule as it reads (lines trimmed at the end, blank runs collapsed,
/// none leading or trailing, one line end last), and the same bytes however the text is cut into pieces, as the
/// print edition feeds it the template's output and the documents' parts one after another.
/// </summary>
public sealed class TexNormalizerTests
{
    [Theory]
    [InlineData("a\nb", "a\nb\n")]
    [InlineData("a  \t\nb ", "a\nb\n")]
    [InlineData("a\r\nb\r\n", "a\nb\n")]
    [InlineData("a\n\n\n\nb", "a\n\nb\n")]
    [InlineData("a\n  \n\t\n \nb", "a\n\nb\n")]
    [InlineData("\n\n  \na\n", "a\n")]
    [InlineData("a\n\n\n", "a\n")]
    [InlineData("", "\n")]
    [InlineData("\n \n", "\n")]
    [InlineData("  indented\n\tkept", "  indented\n\tkept\n")]
    [InlineData("Москва «дивизий» \u00A0\n", "Москва «дивизий»\n")]
    public void Normalizes_as_the_rule_says(string tex, string expected)
    {
        Assert.Equal(expected, Encoding.UTF8.GetString(TexNormalizer.Normalize(tex)));
    }

    [Fact]
    public void ALineTooLongForTexIsBrokenAtSpacesBeforeAnyComment()
    {
        var words = string.Join(" ", Enumerable.Range(0, 30_000).Select(i => "w" + i));
        var tex = @"\pstart " + words + @" 100\% done % a comment with spaces" + "\nnext";

        var lines = Encoding.UTF8.GetString(TexNormalizer.Normalize(tex)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.All(lines, l => Assert.True(l.Length <= 10_000, l.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(tex.Replace("\n", " ", StringComparison.Ordinal), string.Join(" ", lines));
        Assert.EndsWith("% a comment with spaces", Assert.Single(lines, l => l.Contains("% a comment", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Pieces_give_the_bytes_of_the_whole()
    {
        var tex = "\n\\chapter{Телеграмма}  \r\n\n\n\\pstart Mao  \n\n\\pend\n \n\t\nlast \U0001D4D0 line\n\n";
        var whole = TexNormalizer.Normalize(tex);
        for (var cut = 0; cut <= tex.Length; cut++)
        {
            for (var second = cut; second <= tex.Length; second += 3)
            {
                if (second > cut && char.IsHighSurrogate(tex[second - 1]) || cut > 0 && char.IsHighSurrogate(tex[cut - 1]))
                {
                    continue; // pieces are whole strings: a surrogate pair is never cut
                }

                var normalizer = new TexNormalizer();
                normalizer.Append(tex.AsSpan(0, cut));
                normalizer.Append(tex.AsSpan(cut, second - cut));
                normalizer.Append(tex.AsSpan(second));
                Assert.Equal(whole, normalizer.Finish());
            }
        }
    }

    /// <summary>Streamed to a file as it is written (a corpus's edition.tex, megabytes): the same bytes, and their hash as the output records it.</summary>
    [Fact]
    public void Streamed_gives_the_bytes_of_the_whole_and_their_hash()
    {
        var tex = string.Concat(Enumerable.Range(0, 20_000).Select(i => $"\\pstart line {i} «текст»  \n\n\n"));
        var whole = TexNormalizer.Normalize(tex);
        using var stream = new MemoryStream();

        var normalizer = new TexNormalizer(stream);
        normalizer.Append(tex);
        var (hash, length) = normalizer.FinishStream();

        Assert.Equal(whole, stream.ToArray());
        Assert.Equal(whole.Length, length);
        Assert.Equal(Edition.Core.Output.OutputFile.HashOf(whole), hash);
    }
}
