using Edition.Rendering.Latex;

namespace Edition.Rendering.Tests.Latex;

/// <summary>XeTeX's "Missing character" lines read from a log, wrapped as TeX wraps them (79 characters).</summary>
public sealed class MissingGlyphTests
{
    private const string Log = """
        Chapter 1.
        Missing character: There is no 𐤀 (U+10900) in font Noto Serif Regular/OT:script
        =latn;language=dflt;mapping=tex-text;!
        Missing character: There is no 𐤀 (U+10900) in font Noto Serif Italic/OT:script
        =latn;language=dflt;mapping=tex-text;!
        Missing character: There is no ࡀ (U+0840) in font Noto Serif Regular/OT:script=
        latn;language=dflt;mapping=tex-text;!
        Missing character: There is no x in font cmr10!
        [1]
        """;

    [Fact]
    public void EachCharacterIsReadOnceWithItsCodePointAndFont()
    {
        var glyphs = MissingGlyph.InLog(Log);

        Assert.Equal(["𐤀 (U+10900)", "ࡀ (U+0840)", "x (U+0078)"], glyphs.Select(g => g.Named)); // an older XeTeX names no code point
        Assert.Equal(["Noto Serif Regular", "Noto Serif Regular", "cmr10"], glyphs.Select(g => g.Font));
    }

    [Fact]
    public void ALogWithoutMissingCharactersHasNone() => Assert.Empty(MissingGlyph.InLog("Chapter 1.\n[1] [2]\nOutput written on edition.pdf"));
}
